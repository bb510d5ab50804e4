"""One error body for the whole API: {"error": {"code", "message", "details"}}.

Handlers raise `ApiError` (or aiohttp's HTTP exceptions); the middleware turns either into
that body, and an unexpected exception into a 500 that says nothing of the internals (the
log has the traceback). Pages outside /api/ keep aiohttp's own responses, for the web UI.
"""
from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

import pydantic
from aiohttp import web

from policies.errors import key_path

log = logging.getLogger(__name__)
M = TypeVar("M", bound=pydantic.BaseModel)

_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
          422: "invalid", 429: "rate_limited", 500: "internal", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None,
                 details: dict[str, Any] | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict:
    return {"error": {"code": code, "message": message, "details": details or {}}}


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response(error_body(code, message, details), status=status, headers=headers)


def is_api(request: web.Request) -> bool:
    return request.path.startswith("/api/")


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except ApiError as e:
        return error_response(e.status, e.code, e.message, e.details, e.headers)
    except web.HTTPException as e:
        if not is_api(request) or e.status < 400:
            raise
        return error_response(e.status, _CODES.get(e.status, "error"), e.reason,
                              headers={k: v for k, v in e.headers.items() if k.lower() == "allow"})
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        if not is_api(request):
            raise
        return error_response(500, "internal", "the server could not complete this request; it has been logged")


async def read_json(request: web.Request, model: type[M]) -> M:
    """The request's JSON body as `model`; a 400/422 naming each bad key otherwise."""
    if request.content_type != "application/json":
        raise ApiError(415, "send the body as application/json")
    try:
        raw = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ApiError(400, f"the body is not valid JSON: {e}") from e
    except web.HTTPRequestEntityTooLarge as e:
        raise ApiError(413, "the body is too large") from e
    try:
        return model.model_validate(raw)
    except pydantic.ValidationError as e:
        problems = {key_path(tuple(err["loc"])): err["msg"] for err in e.errors()}
        raise ApiError(422, "the body does not have the expected shape", details={"fields": problems}) from e

"""Logging in and out: POST, GET and DELETE /api/v1/session.

Login answers {"account": {...}, "csrf": "..."} and sets the `pw_session` cookie (see
server/sessions.py); too many failures answer 429 before any password is checked. The
procedure itself, shared with the web form, is server/login.py.
"""
from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from server import keys
from server import login as login_procedure
from server.access import PERSON_ROLES, Principal, require
from server.accounts import get_account_by_id
from server.errors import ApiError, read_json
from server.login import log_in, log_out, start_session
from server.security import csrf_exempt

PATH = "/api/v1/session"


class LoginBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)


def session_body(account: dict[str, Any], csrf: str) -> dict[str, Any]:
    return {"account": {"id": int(account["id"]), "username": account["username"],
                        "display_name": account["display_name"], "role": account["role"],
                        "school_id": account["school_id"], "staff_ref": account["staff_ref"]},
            "csrf": csrf}


@csrf_exempt
async def login(request: web.Request) -> web.Response:
    body = await read_json(request, LoginBody)
    result = await log_in(request, body.username, body.password)
    if result.retry_after is not None:
        wait = result.retry_after
        raise ApiError(429, f"too many failed logins; try again in {wait} seconds",
                       details={"retry_after": wait}, headers={"Retry-After": str(wait)})
    if not result.ok:
        raise ApiError(401, "wrong username or password")
    response = web.json_response(session_body(result.account, result.session.csrf))
    start_session(response, request, result)
    return response


def _session_principal(request: web.Request) -> Principal:
    who = require(request, *PERSON_ROLES)
    if who.kind != "session":
        raise ApiError(403, "only a person's session can do this")
    return who


async def current(request: web.Request) -> web.Response:
    who = _session_principal(request)
    account = await get_account_by_id(request.app[keys.DB], who.account_id)
    if account is None:
        raise ApiError(401, "log in, or send a valid bearer token")
    return web.json_response(session_body(account, who.csrf or ""))


async def logout(request: web.Request) -> web.Response:
    who = _session_principal(request)
    response = web.Response(status=204)
    await log_out(request, who, response)
    return response


def setup(app: web.Application) -> None:
    login_procedure.setup(app)
    app.router.add_post(PATH, login)
    app.router.add_get(PATH, current)
    app.router.add_delete(PATH, logout)

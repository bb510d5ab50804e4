"""Request middlewares: security headers, who is asking, and CSRF.

`middlewares()` is what create_app installs, outermost first:

1. headers: every response gets a strict Content-Security-Policy (no inline script),
   nosniff, no referrer, no framing, and `Cache-Control: no-store` unless it is a static
   asset under /static/ (anything else may carry personal data). For /api/ paths this
   middleware runs the error middleware inside itself, so error bodies get the headers too.
2. auth: `Authorization: Bearer pwt_...` (a proxy or an extension) or else the `pw_session`
   cookie becomes request[server.access.PRINCIPAL]. Nothing valid: no principal, and the
   handler's `require(...)` answers 401.
3. csrf: a state-changing request authenticated by the session cookie must carry the
   session's CSRF token (header `X-CSRF-Token` or form field `_csrf`), else 403 "csrf".
   Any state-changing request not made with a bearer token must also, when it carries an
   Origin header, come from this server's own origin. Bearer requests are exempt from
   both: a browser never adds an Authorization header on its own, and extensions send their
   own origin.
"""
from __future__ import annotations

import hmac
import logging
import weakref
from datetime import datetime
from urllib.parse import urlsplit

from aiohttp import web

from server import keys
from server.access import PRINCIPAL, Principal, bearer, principal, token_principal
from server.config import ServerConfig
from server.db import Database, DatabaseError, ts
from server.errors import ApiError, error_middleware, is_api
from server.sessions import TOUCH_EVERY, cookie_value, resolve_session

log = logging.getLogger(__name__)

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "_csrf"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
_EXEMPT = "__postwarden_csrf_exempt__"

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
STATIC_PREFIX = "/static/"


def csrf_exempt(handler):
    """For the one request a session cookie may make without the CSRF token: logging in
    (which drops whatever session the browser sent). Its Origin is still checked."""
    setattr(handler, _EXEMPT, True)
    return handler


# -- headers ---------------------------------------------------------------------------------


def apply_headers(request: web.Request, headers) -> None:
    """Put the security headers on a response's headers. A handler that streams (calls
    `prepare()` itself) must call this before preparing: headers cannot change after."""
    headers.update(SECURITY_HEADERS)
    if not request.path.startswith(STATIC_PREFIX):
        headers["Cache-Control"] = "no-store"


@web.middleware
async def headers_middleware(request: web.Request, handler):
    try:
        if is_api(request):
            response = await error_middleware(request, handler)
        else:
            response = await handler(request)
    except web.HTTPException as e:      # redirects, and aiohttp's own pages outside /api/
        apply_headers(request, e.headers)
        raise
    except ApiError as e:               # outside /api/: the app's error middleware renders it
        apply_headers(request, e.headers)
        raise
    if not response.prepared:
        apply_headers(request, response.headers)
    return response


# -- who is asking ---------------------------------------------------------------------------

#: When this process last wrote each token's last_used_at, per database: a proxy sends
#: many requests a minute, and each need not be a write.
_token_writes: weakref.WeakKeyDictionary[Database, dict[int, datetime]] = weakref.WeakKeyDictionary()


async def touch_token(db: Database, token_id: int, now: datetime) -> None:
    written = _token_writes.setdefault(db, {})
    last = written.get(token_id)
    if last is not None and last <= now < last + TOUCH_EVERY:
        return
    written[token_id] = now
    # The condition keeps several servers sharing one database to one write a minute too.
    await db.execute("UPDATE tokens SET last_used_at = ? WHERE id = ? "
                     "AND (last_used_at IS NULL OR last_used_at <= ?)",
                     ts(now), token_id, ts(now - TOUCH_EVERY))


async def _identify(request: web.Request) -> Principal | None:
    app = request.app
    value = bearer(request)
    if value is not None:
        # A bearer header decides: an invalid token is not rescued by a cookie.
        who = await token_principal(app[keys.DB], value)
        if who is not None and who.token_id is not None:
            await touch_token(app[keys.DB], who.token_id, app[keys.CLOCK]())
            return who
        return None
    cookie = cookie_value(request)
    if cookie is None:
        return None
    return await resolve_session(app[keys.DB], cookie, app[keys.CLOCK](), app[keys.CONFIG].sessions)


@web.middleware
async def auth_middleware(request: web.Request, handler):
    try:
        who = await _identify(request)
    except DatabaseError as e:
        # Unknown is not anonymous: say "try later" (a proxy keeps its batch) rather than 401.
        log.error("auth: cannot look up the caller: %s", type(e).__name__)
        request.app[keys.HEALTH].database.failure(f"database unavailable ({type(e).__name__})",
                                                  request.app[keys.CLOCK]())
        raise ApiError(503, "the server cannot check who you are right now; try again shortly",
                       headers={"Retry-After": "30"}) from e
    if who is not None:
        request[PRINCIPAL] = who
    return await handler(request)


# -- CSRF ------------------------------------------------------------------------------------


def _origin(scheme: str, netloc: str) -> str:
    scheme, netloc = scheme.lower(), netloc.lower()
    default = {"http": ":80", "https": ":443"}.get(scheme)
    if default and netloc.endswith(default):
        netloc = netloc[: -len(default)]
    return f"{scheme}://{netloc}"


def own_origins(request: web.Request, config: ServerConfig) -> set[str]:
    """The origin the browser used to reach us, and the configured public one (TLS may end
    at a reverse proxy, so the request itself can look like http while the page is https)."""
    origins = {_origin(request.scheme, request.host)}
    if config.public_url:
        public = urlsplit(config.public_url)
        if public.scheme and public.netloc:
            origins.add(_origin(public.scheme, public.netloc))
    return origins


def _check_origin(request: web.Request) -> None:
    sent = request.headers.get("Origin")
    if sent is None:
        return
    parts = urlsplit(sent.strip())
    if not (parts.scheme and parts.netloc) or _origin(parts.scheme, parts.netloc) not in own_origins(
            request, request.app[keys.CONFIG]):
        raise ApiError(403, "this request came from another site's page", code="csrf")


async def _sent_token(request: web.Request) -> str | None:
    value = request.headers.get(CSRF_HEADER)
    if value:
        return value
    if request.content_type in _FORM_TYPES:
        form = await request.post()   # aiohttp keeps it: the handler's post() gets the same
        field = form.get(CSRF_FIELD)
        if isinstance(field, str) and field:
            return field
    return None


def _exempt(request: web.Request) -> bool:
    match = request.match_info
    return getattr(getattr(match, "handler", None), _EXEMPT, False)


@web.middleware
async def csrf_middleware(request: web.Request, handler):
    if request.method in STATE_CHANGING:
        who = principal(request)
        if who is None or who.kind != "token":
            _check_origin(request)
        if who is not None and who.kind == "session" and not _exempt(request):
            sent = await _sent_token(request)
            if sent is None:
                raise ApiError(403, f"send the {CSRF_HEADER} header this session was given at login",
                               code="csrf")
            if not who.csrf or not hmac.compare_digest(sent.encode("utf-8"), who.csrf.encode("utf-8")):
                raise ApiError(403, f"the {CSRF_HEADER} header does not match this session", code="csrf")
    return await handler(request)


def middlewares() -> list:
    return [headers_middleware, auth_middleware, csrf_middleware]

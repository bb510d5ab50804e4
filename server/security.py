"""Request middlewares: security headers, who is asking, and CSRF.

`middlewares()` is what create_app installs, outermost first:

1. headers: every response gets a strict Content-Security-Policy (no inline script),
   nosniff, no referrer, no framing, `Cache-Control: no-store` unless it is a static asset
   under /static/ (anything else may carry personal data), and Strict-Transport-Security
   when served over TLS or when `public_url` is https. For /api/ paths this middleware
   runs the error middleware inside itself, so error bodies get the headers too.
2. auth: `Authorization: Bearer pwt_...` (a proxy or an extension) or else the `pw_session`
   cookie becomes request[server.access.PRINCIPAL]. Nothing valid: no principal, and the
   handler's `require(...)` answers 401. A valid token is looked up in the database once
   every few seconds, not on every request (server/token_cache.py).
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
from server.access import PRINCIPAL, Principal, bearer, hash_secret, principal, token_principal_by_hash
from server.config import ServerConfig
from server.db import Database, DatabaseError, ts
from server.errors import ApiError, error_middleware, is_api
from server.sessions import TOUCH_EVERY, cookie_value, resolve_session
from server.token_cache import TOKEN_CACHE

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
#: Sent when staff reach us over https (TLS here, or `public_url` https behind a terminator):
#: browsers then refuse plain http to this host for a year, so a network attacker cannot
#: strip TLS from the login page. Not includeSubDomains: other hosts of the school's domain
#: are not ours to decide for.
HSTS = "max-age=31536000"


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
    if request.secure or _public_https(request.app[keys.CONFIG]):
        headers["Strict-Transport-Security"] = HSTS
    if not request.path.startswith(STATIC_PREFIX):
        headers["Cache-Control"] = "no-store"


def _public_https(config: ServerConfig) -> bool:
    return bool(config.public_url) and config.public_url.strip().lower().startswith("https://")


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


async def _token(app: web.Application, value: str) -> Principal | None:
    """A bearer token's principal: from the in-memory cache (server/token_cache.py) while it
    is fresh, else from the database."""
    db, cache, now = app[keys.DB], app[TOKEN_CACHE], app[keys.CLOCK]()
    token_hash = hash_secret(value)
    who = cache.get(token_hash, now)
    if who is None:
        generation = cache.generation
        who = await token_principal_by_hash(db, token_hash)
        if who is None or who.token_id is None:
            return None
        cache.put(token_hash, who, now, generation)
    await touch_token(db, who.token_id, now)
    return who


async def _identify(request: web.Request) -> Principal | None:
    app = request.app
    value = bearer(request)
    if value is not None:
        # A bearer header decides: an invalid token is not rescued by a cookie.
        return await _token(app, value)
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

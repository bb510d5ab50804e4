"""People's sessions: a random cookie value, of which the database keeps only the SHA-256.

A stolen copy of the `sessions` table therefore logs nobody in. A session ends when it has
been idle for `sessions.idle_minutes`, when it is `sessions.absolute_hours` old however busy
it is, at logout, and at once when its account is disabled (the lookup joins the account, so
a disabled account's session stops working even before its rows are deleted). Login always
makes a new session id, so an id planted in a browser before login is worthless after it.

Time comes from the app's clock (app[keys.CLOCK]), so tests can move it. `last_seen` is
written at most once a minute, so a busy page does not turn every request into a write.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web

from server.access import Principal, hash_secret
from server.config import ServerConfig, Sessions
from server.db import Database, Queries, parse_ts, ts

COOKIE = "pw_session"
#: How stale `last_seen` may get before a request writes it again.
TOUCH_EVERY = timedelta(minutes=1)
#: A cookie value longer than this is not one of ours; it is not even hashed.
MAX_COOKIE_LENGTH = 128
_MAX_USER_AGENT = 300


@dataclass(frozen=True)
class NewSession:
    value: str      # goes into the cookie, and nowhere else
    id_hash: str    # what the database keeps
    csrf: str


async def create_session(q: Queries, account_id: int, now: datetime, *, address: str = "",
                         user_agent: str = "") -> NewSession:
    value = secrets.token_urlsafe(32)
    new = NewSession(value=value, id_hash=hash_secret(value), csrf=secrets.token_urlsafe(32))
    stamp = ts(now)
    await q.execute("INSERT INTO sessions (id_hash, account_id, csrf, created_at, last_seen, address, user_agent) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new.id_hash, account_id, new.csrf, stamp, stamp, address[:64], user_agent[:_MAX_USER_AGENT])
    return new


async def resolve_session(db: Database, value: str, now: datetime, settings: Sessions) -> Principal | None:
    """The principal for a cookie value, or None when it is unknown, expired or its account disabled."""
    if not value or len(value) > MAX_COOKIE_LENGTH:
        return None
    id_hash = hash_secret(value)
    row = await db.fetchrow(
        "SELECT s.csrf, s.created_at, s.last_seen, a.id AS account_id, a.username, a.role, a.school_id, "
        "a.staff_ref, a.disabled_at FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ?",
        id_hash)
    if row is None:
        return None
    last_seen = parse_ts(row["last_seen"])
    if (row["disabled_at"] is not None
            or now - last_seen >= timedelta(minutes=settings.idle_minutes)
            or now - parse_ts(row["created_at"]) >= timedelta(hours=settings.absolute_hours)):
        await delete_session(db, id_hash)
        return None
    if now - last_seen >= TOUCH_EVERY:
        await db.execute("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", ts(now), id_hash)
    return Principal(kind="session", role=row["role"], school_id=row["school_id"],
                     account_id=int(row["account_id"]), username=row["username"],
                     staff_ref=row["staff_ref"], session_id=id_hash, csrf=row["csrf"])


async def delete_session(q: Queries, id_hash: str) -> None:
    await q.execute("DELETE FROM sessions WHERE id_hash = ?", id_hash)


async def delete_account_sessions(q: Queries, account_id: int) -> int:
    """Log an account out everywhere; returns how many sessions ended."""
    return await q.execute("DELETE FROM sessions WHERE account_id = ?", account_id)


async def delete_expired(q: Queries, now: datetime, settings: Sessions) -> int:
    """Sessions nobody came back to: deleted at each login, so the table does not grow."""
    return await q.execute("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?",
                           ts(now - timedelta(minutes=settings.idle_minutes)),
                           ts(now - timedelta(hours=settings.absolute_hours)))


# -- the cookie ------------------------------------------------------------------------------


def cookie_value(request: web.Request) -> str | None:
    return request.cookies.get(COOKIE) or None


def cookie_secure(request: web.Request, config: ServerConfig) -> bool:
    """Secure when this request came over TLS, or the public address is https (TLS ends at a
    reverse proxy in front of us, so the request itself looks like plain HTTP)."""
    return request.secure or (config.public_url or "").lower().startswith("https://")


def set_cookie(response: web.StreamResponse, request: web.Request, config: ServerConfig, value: str) -> None:
    # No Max-Age: the cookie goes when the browser closes (shared staff-room computers);
    # the server enforces the idle and absolute limits whatever the browser keeps.
    response.set_cookie(COOKIE, value, path="/", httponly=True, samesite="Strict",
                        secure=cookie_secure(request, config))


def clear_cookie(response: web.StreamResponse, request: web.Request, config: ServerConfig) -> None:
    response.del_cookie(COOKIE, path="/", httponly=True, samesite="Strict",
                        secure=cookie_secure(request, config))

"""Who is asking, and what they may do.

A request is made by a person (a session cookie: staff, reviewer or admin) or a machine (a
bearer token: a proxy or an extension). Either way it becomes one `Principal`, which the
auth middleware puts on the request; handlers then call `require(...)` with the roles they
allow and `require_school(...)` for the school a row belongs to. An account or token with
no school is trust-wide. A row from another school answers 404, not 403, so its existence
is not disclosed.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Literal

from aiohttp import web

from server.db import Database, now_ts
from server.errors import ApiError

PERSON_ROLES = ("staff", "reviewer", "admin")
MACHINE_ROLES = ("proxy", "extension")
TOKEN_PREFIX = "pwt_"


@dataclass(frozen=True)
class Principal:
    kind: Literal["session", "token"]
    role: str                      # one of PERSON_ROLES or MACHINE_ROLES
    school_id: str | None          # None: trust-wide
    account_id: int | None = None
    token_id: int | None = None
    username: str = ""
    staff_ref: str | None = None   # a person's name as the proxies log it
    session_id: str | None = None  # hash of the session cookie
    csrf: str | None = None

    @property
    def actor(self) -> str:
        """How the audit log names this principal."""
        if self.kind == "session":
            return f"account:{self.account_id}:{self.username}"
        return f"token:{self.token_id}:{self.role}"

    def can_see_school(self, school_id: str) -> bool:
        return self.school_id is None or self.school_id == school_id


#: request[PRINCIPAL]: set by the auth middleware, or absent. A typed key: aiohttp warns on strings.
PRINCIPAL = web.RequestKey("postwarden.principal", Principal)


def principal(request: web.Request) -> Principal | None:
    return request.get(PRINCIPAL)


def require(request: web.Request, *roles: str) -> Principal:
    """The request's principal if its role is one of `roles`; 401 or 403 otherwise."""
    who = principal(request)
    if who is None:
        raise ApiError(401, "log in, or send a valid bearer token")
    if who.role not in roles:
        raise ApiError(403, "your role cannot do this")
    return who


def require_school(who: Principal, school_id: str) -> None:
    if not who.can_see_school(school_id):
        raise ApiError(404, "no such item")


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


async def create_token(db: Database, school_id: str, kind: str, name: str) -> tuple[int, str]:
    """A new bearer token for a proxy or an extension deployment; the value is shown once."""
    if kind not in MACHINE_ROLES:
        raise ValueError(f"token kind must be one of {MACHINE_ROLES}")
    value = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token_id = await db.fetchval(
        "INSERT INTO tokens (school_id, kind, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        school_id, kind, name, hash_secret(value), now_ts())
    return int(token_id), value


async def token_principal_by_hash(db: Database, token_hash: str) -> Principal | None:
    """The principal of an enabled token, by the SHA-256 of its value; None if unknown or disabled."""
    row = await db.fetchrow("SELECT id, school_id, kind, name FROM tokens "
                            "WHERE token_hash = ? AND disabled_at IS NULL", token_hash)
    if row is None:
        return None
    return Principal(kind="token", role=row["kind"], school_id=row["school_id"],
                     token_id=int(row["id"]), username=row["name"])


def bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


TOKEN_COLUMNS = "id, school_id, kind, name, created_at, last_used_at, disabled_at"


async def list_tokens(q: Database, school_id: str | None = None) -> list[dict]:
    """Tokens (never their values, which are not stored), of one school or all, oldest first."""
    sql = f"SELECT {TOKEN_COLUMNS} FROM tokens"
    rows = await (q.fetch(sql + " WHERE school_id = ? ORDER BY id", school_id) if school_id
                  else q.fetch(sql + " ORDER BY id"))
    return [dict(r) for r in rows]


async def disable_token(q: Database, token_id: int, school_id: str | None = None) -> dict | None:
    """Stop a token working (a token already disabled keeps its first time); the token's row as
    it was, or None if there is no such token (in `school_id`, when given)."""
    row = await q.fetchrow(f"SELECT {TOKEN_COLUMNS} FROM tokens WHERE id = ?", token_id)
    if row is None or (school_id is not None and row["school_id"] != school_id):
        return None
    await q.execute("UPDATE tokens SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL", now_ts(), token_id)
    return dict(row)

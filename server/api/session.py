"""Logging in and out: POST, GET and DELETE /api/v1/session.

Login answers {"account": {...}, "csrf": "..."} and sets the `pw_session` cookie (see
server/sessions.py). The password is checked off the event loop (argon2 is deliberately
slow), an unknown username is checked against a dummy hash so it costs the same time, and
too many failures answer 429 before any password is checked (server/login_limit.py). A
wrong username, a wrong password and a disabled account get the same answer.
"""
from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from server import keys, login_limit
from server.access import PERSON_ROLES, Principal, hash_secret, require
from server.accounts import get_account, get_account_by_id, normalise_username
from server.errors import ApiError, read_json
from server.passwords import hash_password, needs_rehash, verify_password
from server.security import csrf_exempt
from server.sessions import (MAX_COOKIE_LENGTH, clear_cookie, cookie_value, create_session, delete_expired,
                             delete_session, set_cookie)

PATH = "/api/v1/session"
#: Password checks running at once. Each argon2 check takes ~64 MiB and a core for a moment;
#: a burst of logins queues here instead of exhausting memory or the default executor.
PASSWORD_CHECKS = web.AppKey("password_checks", asyncio.Semaphore)


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
    app = request.app
    db, audit, config = app[keys.DB], app[keys.AUDIT], app[keys.CONFIG]
    body = await read_json(request, LoginBody)
    now = app[keys.CLOCK]()
    username = normalise_username(body.username)
    address = request.remote or ""
    limit_keys = [login_limit.username_key(username), login_limit.address_key(address)]

    wait = await login_limit.retry_after(db, limit_keys, now, config.sessions)
    if wait is not None:
        raise ApiError(429, f"too many failed logins; try again in {wait} seconds",
                       details={"retry_after": wait}, headers={"Retry-After": str(wait)})

    account = await get_account(db, username)
    stored = account["password_hash"] if account is not None else None
    loop = asyncio.get_running_loop()
    async with app[PASSWORD_CHECKS]:
        ok = await loop.run_in_executor(None, verify_password, stored, body.password)
    if not ok or account is None or account["disabled_at"] is not None:
        async with db.transaction() as tx:
            await login_limit.record_failure(tx, limit_keys, now, config.sessions)
            await audit.record("anonymous", "session.login_failed",
                               school_id=account["school_id"] if account is not None else None,
                               detail={"username": username}, tx=tx)
        await audit.sync_head()
        raise ApiError(401, "wrong username or password")

    new_hash = None
    if stored is not None and needs_rehash(stored):
        try:
            async with app[PASSWORD_CHECKS]:
                new_hash = await loop.run_in_executor(None, hash_password, body.password)
        except ValueError:
            new_hash = None   # shorter than today's minimum: keep the old hash until it is changed
    old_cookie = cookie_value(request)
    async with db.transaction() as tx:
        if old_cookie is not None and len(old_cookie) <= MAX_COOKIE_LENGTH:
            await delete_session(tx, hash_secret(old_cookie))   # rotated: never reuse an id set before login
        await delete_expired(tx, now, config.sessions)
        new = await create_session(tx, int(account["id"]), now, address=address,
                                   user_agent=request.headers.get("User-Agent", ""))
        await login_limit.clear(tx, login_limit.username_key(username))
        if new_hash is not None:
            await tx.execute("UPDATE accounts SET password_hash = ? WHERE id = ?", new_hash, account["id"])
        who = Principal(kind="session", role=account["role"], school_id=account["school_id"],
                        account_id=int(account["id"]), username=account["username"])
        await audit.record(who.actor, "session.login", school_id=account["school_id"],
                           target=f"account:{account['id']}", tx=tx)
    await audit.sync_head()
    response = web.json_response(session_body(account, new.csrf))
    set_cookie(response, request, config, new.value)
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
    app = request.app
    who = _session_principal(request)
    async with app[keys.DB].transaction() as tx:
        await delete_session(tx, who.session_id)
        await app[keys.AUDIT].record(who.actor, "session.logout", school_id=who.school_id,
                                     target=f"account:{who.account_id}", tx=tx)
    await app[keys.AUDIT].sync_head()
    response = web.Response(status=204)
    clear_cookie(response, request, app[keys.CONFIG])
    return response


def setup(app: web.Application) -> None:
    app[PASSWORD_CHECKS] = asyncio.Semaphore(4)
    app.router.add_post(PATH, login)
    app.router.add_get(PATH, current)
    app.router.add_delete(PATH, logout)

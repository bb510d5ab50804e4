"""Logging a person in and out: one procedure for the API (JSON) and the web form (pages).

Too many failures answer "wait" before any password is checked (server/login_limit.py).
The password is checked off the event loop (argon2 is deliberately slow), at most a few at
once; an unknown username is checked against a dummy hash so it costs the same time; a
wrong username, a wrong password and a disabled account look the same to the caller. A
successful login always makes a new session and drops any the browser sent (rotation).
Every outcome is audited. Callers turn the result into their own kind of answer.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from server import keys, login_limit
from server.access import Principal, hash_secret
from server.accounts import get_account, normalise_username
from server.client_address import client_address
from server.passwords import hash_password, needs_rehash, verify_password
from server.sessions import (MAX_COOKIE_LENGTH, NewSession, clear_cookie, cookie_value, create_session,
                             delete_expired, delete_session, set_cookie)

#: Password checks running at once. Each argon2 check takes ~64 MiB and a core for a moment;
#: a burst of logins queues here instead of exhausting memory or the default executor.
PASSWORD_CHECKS = web.AppKey("password_checks", asyncio.Semaphore)


@dataclass(frozen=True)
class LoginResult:
    account: dict[str, Any] | None = None    # set when logged in
    session: NewSession | None = None
    retry_after: int | None = None           # set when refused for too many failures

    @property
    def ok(self) -> bool:
        return self.account is not None


async def log_in(request: web.Request, username: str, password: str) -> LoginResult:
    app = request.app
    db, audit, config = app[keys.DB], app[keys.AUDIT], app[keys.CONFIG]
    now = app[keys.CLOCK]()
    username = normalise_username(username)
    address = client_address(request)
    limit_keys = [login_limit.username_key(username), login_limit.address_key(address)]

    wait = await login_limit.retry_after(db, limit_keys, now, config.sessions)
    if wait is not None:
        return LoginResult(retry_after=wait)

    account = await get_account(db, username)
    stored = account["password_hash"] if account is not None else None
    loop = asyncio.get_running_loop()
    async with app[PASSWORD_CHECKS]:
        ok = await loop.run_in_executor(None, verify_password, stored, password)
    if not ok or account is None or account["disabled_at"] is not None:
        async with db.transaction() as tx:
            await login_limit.record_failure(tx, limit_keys, now, config.sessions)
            await audit.record("anonymous", "session.login_failed",
                               school_id=account["school_id"] if account is not None else None,
                               detail={"username": username}, tx=tx)
        await audit.sync_head()
        return LoginResult()

    new_hash = None
    if stored is not None and needs_rehash(stored):
        try:
            async with app[PASSWORD_CHECKS]:
                new_hash = await loop.run_in_executor(None, hash_password, password)
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
    return LoginResult(account=account, session=new)


def start_session(response: web.StreamResponse, request: web.Request, result: LoginResult) -> None:
    assert result.session is not None
    set_cookie(response, request, request.app[keys.CONFIG], result.session.value)


async def log_out(request: web.Request, who: Principal, response: web.StreamResponse) -> None:
    app = request.app
    async with app[keys.DB].transaction() as tx:
        await delete_session(tx, who.session_id)
        await app[keys.AUDIT].record(who.actor, "session.logout", school_id=who.school_id,
                                     target=f"account:{who.account_id}", tx=tx)
    await app[keys.AUDIT].sync_head()
    clear_cookie(response, request, app[keys.CONFIG])


def setup(app: web.Application) -> None:
    app[PASSWORD_CHECKS] = asyncio.Semaphore(4)

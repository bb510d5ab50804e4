"""Logging in and out from a browser form, and the front door that sends each role home.

The form posts to /login, which follows exactly the API's login (server/api/session.py):
the same rate limit before any password is checked, the same constant-cost check of an
unknown username, the same session rotation, cookie and audit rows. Only the answer differs:
a redirect or the form again, instead of JSON.
"""
from __future__ import annotations

import asyncio

from aiohttp import web

from server import keys, login_limit
from server.access import hash_secret, principal
from server.accounts import get_account, normalise_username
from server.api.session import PASSWORD_CHECKS
from server.passwords import hash_password, needs_rehash, verify_password
from server.security import csrf_exempt
from server.sessions import (MAX_COOKIE_LENGTH, clear_cookie, cookie_value, create_session, delete_expired,
                             delete_session, set_cookie)
from server.ui.render import page, redirect, render, safe_next

MAX_USERNAME = 200
MAX_PASSWORD = 1024


def see_other(location: str) -> web.Response:
    """A 303 that can carry a cookie (a returned response, not a raised one)."""
    return web.Response(status=303, headers={"Location": location})


def home_for(role: str) -> str:
    return "/review/queue" if role in ("reviewer", "admin") else "/me"


async def home(request: web.Request) -> web.StreamResponse:
    who = principal(request)
    raise redirect(home_for(who.role) if who is not None and who.kind == "session" else "/login")


async def login_form(request: web.Request) -> web.Response:
    return render(request, "login.html", error=None, username="",
                  next=safe_next(request.query.get("next")) or "")


@csrf_exempt
async def login_submit(request: web.Request) -> web.StreamResponse:
    app = request.app
    db, audit, config = app[keys.DB], app[keys.AUDIT], app[keys.CONFIG]
    form = await request.post()
    username = normalise_username(str(form.get("username", ""))[:MAX_USERNAME])
    password = str(form.get("password", ""))
    target = safe_next(str(form.get("next", ""))) or ""

    def again(message: str, status: int) -> web.Response:
        return render(request, "login.html", status=status, error=message, username=username, next=target)

    if not username or not password or len(password) > MAX_PASSWORD:
        return again("Enter your username and password.", 400)
    now = app[keys.CLOCK]()
    address = request.remote or ""
    limit_keys = [login_limit.username_key(username), login_limit.address_key(address)]
    wait = await login_limit.retry_after(db, limit_keys, now, config.sessions)
    if wait is not None:
        return again(f"Too many failed logins: try again in {wait} seconds.", 429)

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
        return again("Wrong username or password.", 401)

    new_hash = None
    if stored is not None and needs_rehash(stored):
        try:
            async with app[PASSWORD_CHECKS]:
                new_hash = await loop.run_in_executor(None, hash_password, password)
        except ValueError:
            new_hash = None
    old_cookie = cookie_value(request)
    async with db.transaction() as tx:
        if old_cookie is not None and len(old_cookie) <= MAX_COOKIE_LENGTH:
            await delete_session(tx, hash_secret(old_cookie))
        await delete_expired(tx, now, config.sessions)
        new = await create_session(tx, int(account["id"]), now, address=address,
                                   user_agent=request.headers.get("User-Agent", ""))
        await login_limit.clear(tx, login_limit.username_key(username))
        if new_hash is not None:
            await tx.execute("UPDATE accounts SET password_hash = ? WHERE id = ?", new_hash, account["id"])
        await audit.record(f"account:{account['id']}:{account['username']}", "session.login",
                           school_id=account["school_id"], target=f"account:{account['id']}", tx=tx)
    await audit.sync_head()
    response = see_other(target or home_for(account["role"]))
    set_cookie(response, request, config, new.value)
    return response


@page
async def logout(request: web.Request) -> web.StreamResponse:
    """POST only (with the form's CSRF token): a link could be followed by another site."""
    app = request.app
    who = principal(request)
    response = see_other("/login?done=logged_out")
    if who is not None and who.kind == "session":
        async with app[keys.DB].transaction() as tx:
            await delete_session(tx, who.session_id)
            await app[keys.AUDIT].record(who.actor, "session.logout", school_id=who.school_id,
                                         target=f"account:{who.account_id}", tx=tx)
        await app[keys.AUDIT].sync_head()
    clear_cookie(response, request, app[keys.CONFIG])
    return response


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/", home)
    r.add_get("/login", login_form)
    r.add_post("/login", login_submit)
    r.add_post("/logout", logout)

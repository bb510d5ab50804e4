"""Logging in and out from a browser form, and the front door that sends each role home.

The form posts to /login, which runs the API's own login procedure (server/login.py): the
same rate limit, constant-cost check, session rotation, cookie and audit rows. Only the
answer differs: a redirect or the form again, instead of JSON.
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import principal
from server.accounts import normalise_username
from server.login import log_in, log_out, start_session
from server.security import csrf_exempt
from server.sessions import clear_cookie
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
    form = await request.post()
    username = normalise_username(str(form.get("username", ""))[:MAX_USERNAME])
    password = str(form.get("password", ""))
    target = safe_next(str(form.get("next", ""))) or ""

    def again(message: str, status: int) -> web.Response:
        return render(request, "login.html", status=status, error=message, username=username, next=target)

    if not username or not password or len(password) > MAX_PASSWORD:
        return again("Enter your username and password.", 400)
    result = await log_in(request, username, password)
    if result.retry_after is not None:
        return again(f"Too many failed logins: try again in {result.retry_after} seconds.", 429)
    if not result.ok:
        return again("Wrong username or password.", 401)
    response = see_other(target or home_for(result.account["role"]))
    start_session(response, request, result)
    return response


@page
async def logout(request: web.Request) -> web.StreamResponse:
    """POST only (with the form's CSRF token): a link could be followed by another site."""
    who = principal(request)
    response = see_other("/login?done=logged_out")
    if who is not None and who.kind == "session":
        await log_out(request, who, response)
    else:
        clear_cookie(response, request, request.app[keys.CONFIG])
    return response


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/", home)
    r.add_get("/login", login_form)
    r.add_post("/login", login_submit)
    r.add_post("/logout", logout)

"""Proxies and extension deployments: their bearer tokens, listed, created and disabled.

The same functions as `postwarden token ...` (server/access.py), so the UI and the shell
cannot disagree on what a token is. A new token's value is shown once, on the page that
answers the form (never in a URL, never stored: only its hash is), with `no-store` like
every page; after that only its name, kind and last use are visible. Each change is audited
in the same transaction, naming the token, never its value.
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import MACHINE_ROLES, create_token, disable_token, list_tokens
from server.errors import ApiError
from server.token_cache import TOKEN_CACHE
from server.ui.admin import admin_school, school_query
from server.ui.render import page, redirect, render

MAX_NAME = 120
KIND_LABELS = {"proxy": "Proxy (sends events)", "extension": "Browser extension deployment"}


async def _page(request, school, status=200, form=None, errors=None, created=None):
    tokens = await list_tokens(request.app[keys.DB], school)
    return render(request, "admin/tokens.html", status=status, tokens=tokens, kinds=MACHINE_ROLES,
                  kind_labels=KIND_LABELS, form=form or {}, errors=errors or {}, created=created,
                  q=school_query(request, school))


@page
async def tokens_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return await _page(request, school)


@page
async def tokens_create(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    posted = await request.post()
    form = {"kind": str(posted.get("kind", "")), "name": " ".join(str(posted.get("name", "")).split())}
    errors = {}
    if form["kind"] not in MACHINE_ROLES:
        errors["kind"] = "Choose proxy or extension."
    if not form["name"]:
        errors["name"] = "Say what the token is for, e.g. main-site proxy."
    elif len(form["name"]) > MAX_NAME or any(ord(c) < 32 for c in form["name"]):
        errors["name"] = f"At most {MAX_NAME} printable characters."
    if errors:
        return await _page(request, school, 422, form, errors)
    app = request.app
    async with app[keys.DB].transaction() as tx:
        token_id, value = await create_token(tx, school, form["kind"], form["name"])
        await app[keys.AUDIT].record(who.actor, "token.create", school_id=school, target=f"token:{token_id}",
                                     detail={"kind": form["kind"], "name": form["name"]}, tx=tx)
    await app[keys.AUDIT].sync_head()
    return await _page(request, school, 200, created={"id": token_id, "value": value, **form})


@page
async def tokens_disable(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    token_id = int(request.match_info["id"])
    app = request.app
    async with app[keys.DB].transaction() as tx:
        row = await disable_token(tx, token_id, school)
        if row is None:
            raise ApiError(404, "no such token")
        if row["disabled_at"] is None:
            await app[keys.AUDIT].record(who.actor, "token.disable", school_id=school, target=f"token:{token_id}",
                                         detail={"kind": row["kind"], "name": row["name"]}, tx=tx)
    app[TOKEN_CACHE].evict_token(token_id)     # committed: stop it now, not when the cache expires
    await app[keys.AUDIT].sync_head()
    q = school_query(request, school)
    raise redirect("/admin/tokens" + q + ("&" if q else "?") + "done=token_disabled")


def setup(app: web.Application) -> None:
    app.router.add_get("/admin/tokens", tokens_page)
    app.router.add_post("/admin/tokens", tokens_create)
    app.router.add_post(r"/admin/tokens/{id:\d{1,12}}/disable", tokens_disable)

"""A member of staff's own record: what was logged about them, why, how long it is kept, and
a form to comment on or challenge each entry (which reaches the reviewers' queue).

The ICO expects monitored workers to be able to see and challenge what is held on them. The
events come from the API's `own_events` (only rows with the person's own staff_ref, in
their own school), and a challenge goes through the API's `file_challenge`.
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import require
from server.api.events import file_challenge, own_events, paging_from_query
from server.errors import ApiError
from server.ui.render import page, query_with, redirect, render

MAX_TEXT = 4000


@page
async def my_events(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    if not who.staff_ref:
        return render(request, "me/unlinked.html", status=409)
    limit, before = paging_from_query(request)
    events, nxt = await own_events(request.app, who, limit, before, [])
    return render(request, "me/events.html", events=events,
                  retention=request.app[keys.CONFIG].retention,
                  next_url=("?" + query_with(request, before=nxt)) if nxt else None)


@page
async def challenge_submit(request: web.Request) -> web.StreamResponse:
    who = require(request, "staff", "reviewer", "admin")
    form = await request.post()
    text = str(form.get("text", "")).strip()
    if not text or len(text) > MAX_TEXT:
        raise ApiError(422, f"Write 1 to {MAX_TEXT} characters.")
    event_id = request.match_info["id"]
    await file_challenge(request.app, who, event_id, text)
    raise redirect(f"/me?done=challenged#event-{event_id}")


def setup(app: web.Application) -> None:
    app.router.add_get("/me", my_events)
    app.router.add_post("/me/events/{id:[A-Za-z0-9._:-]{1,128}}/challenge", challenge_submit)

"""Posting holds (policy 004, 4.6): times when the school's own accounts must not post, e.g.
during an incident review. A hold is checked by the Hold model the config file's `holds:` go
through; the stored list replaces the file's, so removing the file's hold is possible too.
Times are entered in the school's own time zone and stored with their UTC offset. Before a
hold is added, "Show what would change" re-judges the last fortnight's logged posts with it
(server/whatif.py: posting holds need no post text, so they are re-judged exactly).
"""
from __future__ import annotations

from datetime import datetime

import pydantic
from aiohttp import web

from policies.schooldata.config import Hold
from server import keys
from server.api.review_common import school_zone
from server.errors import ApiError
from server.school_data import EditError, engine_for, save_section
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render
from server.whatif import REJUDGED, what_if

MAX_HOLDS = 200
#: A hold is about the days around now: the what-if looks at the last fortnight's posts.
WHATIF_DAYS = 14


def _current(request: web.Request, school: str) -> list[dict]:
    return [h.model_dump(mode="json") for h in request.app[keys.SCHOOLS][school].engine.school.holds]


def _page(request, school, status=200, form=None, errors=None, whatif=None):
    return render(request, "admin/holds.html", status=status, holds=_current(request, school), form=form or {},
                  errors=errors or {}, q=school_query(request, school), whatif=whatif, rejudged=REJUDGED)


@page
async def holds_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return _page(request, school)


def _local(value: str, zone) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=zone)


@page
async def holds_submit(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    posted = await request.post()
    holds = _current(request, school)
    zone = school_zone(request.app, school)
    if posted.get("remove") is not None:
        try:
            index = int(str(posted.get("remove")))
            removed = holds.pop(index)
        except (ValueError, IndexError):
            raise ApiError(404, "no such hold") from None
        detail = {"removed": 1, "holds": len(holds), "start": removed["start"]}
        form, errors = {}, {}
    else:
        form = {k: str(posted.get(k, "")).strip()[:200] for k in ("start", "end", "reason", "platforms")}
        errors = {}
        data: dict = {"reason": form["reason"] or None,
                      "platforms": [p.strip().lower() for p in form["platforms"].split(",") if p.strip()]}
        for key in ("start", "end"):
            try:
                data[key] = _local(form[key], zone).isoformat()
            except ValueError:
                errors[key] = "Enter a date and time."
        if not errors:
            try:
                hold = Hold.model_validate(data)
                holds.append(hold.model_dump(mode="json"))
            except pydantic.ValidationError as e:
                errors["end"] = "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors())
        if len(holds) > MAX_HOLDS:
            errors["start"] = f"At most {MAX_HOLDS} holds."
        if errors:
            return _page(request, school, 422, form, errors)
        if posted.get("action") == "preview":
            # What the hold would have changed over the last WHATIF_DAYS days, saving nothing.
            app = request.app
            try:
                engine = await engine_for(app[keys.DB], school, app[keys.SCHOOLS][school].config_path, holds=holds)
            except EditError as e:
                return _page(request, school, 422, form, {"end": "; ".join(e.problems)})
            whatif = await what_if(app[keys.DB], school, engine, app[keys.CLOCK](), WHATIF_DAYS)
            return _page(request, school, 200, form, whatif=whatif)
        detail = {"added": 1, "holds": len(holds), "start": data["start"], "end": data["end"]}

    async def write(tx):
        await save_section(tx, school, "holds", holds)
    try:
        await save_and_reload(request, who, school, "school.holds_update", write, detail, holds=holds)
    except EditError as e:
        return _page(request, school, 422, form, {"end": "; ".join(e.problems)})
    q = school_query(request, school)
    raise redirect("/admin/holds" + q + ("&" if q else "?") + "done=holds_saved")


def setup(app: web.Application) -> None:
    app.router.add_get("/admin/holds", holds_page)
    app.router.add_post("/admin/holds", holds_submit)

"""Roster upload: the pupils' MIS CSV export, with column mapping, a preview, line-numbered
errors, and nothing applied until the admin confirms.

The upload is parsed by the roster loader the config file's roster goes through
(policies/schooldata/roster.py: its encodings, header synonyms and per-line errors), so an
upload is accepted exactly when the same file named in the config would load. Until
confirmed, the upload waits as the school's `roster_pending` document; confirming makes it
the `roster` document, which replaces the roster file's pupils in the engine.
"""
from __future__ import annotations

from aiohttp import web

from policies.schooldata.roster import REQUIRED_ROSTER, ROSTER_FIELDS, read_roster
from server import keys
from server.errors import ApiError
from server.school_data import EditError, delete_section, load_edits, save_section
from server.ui import csv_upload
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render

FIELD_LABELS = {"first_name": "First name", "last_name": "Last name", "preferred_name": "Preferred name",
                "year_group": "Year group", "date_of_birth": "Date of birth", "photo_consent": "Photo consent",
                "name_consent": "Name consent", "social_handles": "Social media handles"}


def inspect(pending: dict) -> dict:
    """Headers, the mapping in effect, a preview of the first rows and every problem, by line."""
    return csv_upload.inspect(pending, ROSTER_FIELDS, REQUIRED_ROSTER, read_roster)


def _back(request: web.Request, school: str, done: str | None = None) -> web.HTTPSeeOther:
    q = school_query(request, school)
    if done:
        q += ("&" if q else "?") + "done=" + done
    return redirect("/admin/roster" + q)


@page
async def roster_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    edits = await load_edits(request.app[keys.DB], school)
    pending = edits.get("roster_pending")
    engine = request.app[keys.SCHOOLS][school].engine
    current = {"pupils": len(engine.school.pupils),
               "source": (edits["roster"].get("filename") or "an upload") if edits.get("roster") else "the config file"}
    return render(request, "admin/roster.html", pending=pending, info=inspect(pending) if pending else None,
                  current=current, fields=ROSTER_FIELDS, labels=FIELD_LABELS, required=REQUIRED_ROSTER,
                  q=school_query(request, school), error=None)


@page
async def upload(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    pending, size = await csv_upload.read_csv_upload(request, "roster", "roster.csv")
    async with request.app[keys.DB].transaction() as tx:
        await save_section(tx, school, "roster_pending", pending)
        await request.app[keys.AUDIT].record(who.actor, "school.roster_upload", school_id=school,
                                             target=f"school:{school}", detail={"bytes": size}, tx=tx)
    await request.app[keys.AUDIT].sync_head()
    raise _back(request, school)


@page
async def map_columns(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    db = request.app[keys.DB]
    pending = (await load_edits(db, school)).get("roster_pending")
    if pending is None:
        raise _back(request, school)
    form = await request.post()
    headers = inspect({"text": pending["text"], "columns": {}})["headers"]
    columns = {}
    for f in ROSTER_FIELDS:
        chosen = str(form.get(f"col_{f}", ""))
        if chosen:
            if chosen not in headers:
                raise ApiError(422, f"{FIELD_LABELS[f]}: the file has no such column.")
            columns[f] = chosen
    pending["columns"] = columns
    await save_section(db, school, "roster_pending", pending)
    raise _back(request, school)


@page
async def confirm(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    db = request.app[keys.DB]
    pending = (await load_edits(db, school)).get("roster_pending")
    if pending is None:
        raise _back(request, school)
    info = inspect(pending)
    if info["problems"]:
        raise ApiError(422, "The upload has errors; correct the file or the column mapping first.")

    async def write(tx):
        await save_section(tx, school, "roster", pending)
        await delete_section(tx, school, "roster_pending")
    try:
        await save_and_reload(request, who, school, "school.roster_update", write,
                              {"pupils": info["count"], "columns": sorted(pending.get("columns") or {})},
                              roster=pending)
    except EditError as e:
        return render(request, "admin/roster.html", status=422, pending=pending, info=info, current=None,
                      fields=ROSTER_FIELDS, labels=FIELD_LABELS, required=REQUIRED_ROSTER,
                      q=school_query(request, school), error="; ".join(e.problems))
    raise _back(request, school, "roster_saved")


@page
async def discard(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    await delete_section(request.app[keys.DB], school, "roster_pending")
    raise _back(request, school, "roster_discarded")


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/admin/roster", roster_page)
    r.add_post("/admin/roster", upload)
    r.add_post("/admin/roster/columns", map_columns)
    r.add_post("/admin/roster/confirm", confirm)
    r.add_post("/admin/roster/discard", discard)

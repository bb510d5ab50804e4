"""The staff list: who the school's staff are (the config's `staff:` CSV, or an uploaded
one), and an upload of a new staff CSV with a preview, line-numbered errors, and nothing
applied until the admin confirms.

It works as the roster upload does (server/ui/admin_roster.py), through the same shared
reading and inspection (server/ui/csv_upload.py) and the staff loader a config file's staff
CSV goes through. Until confirmed the upload waits as the `staff_pending` document;
confirming makes it the `staff` document, which replaces the staff file's list in the engine.
"""
from __future__ import annotations

from aiohttp import web

from policies.schooldata.roster import REQUIRED_STAFF, STAFF_FIELDS, read_staff
from server import keys
from server.errors import ApiError
from server.school_data import EditError, delete_section, load_edits, save_section
from server.ui import csv_upload
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render

FIELD_LABELS = {"username": "Username", "first_name": "First name", "last_name": "Last name", "role": "Role"}


def inspect(pending: dict) -> dict:
    return csv_upload.inspect(pending, STAFF_FIELDS, REQUIRED_STAFF, read_staff)


def _back(request: web.Request, school: str, done: str | None = None) -> web.HTTPSeeOther:
    q = school_query(request, school)
    if done:
        q += ("&" if q else "?") + "done=" + done
    return redirect("/admin/staff" + q)


def _render(request, school, edits, pending, status=200, error=None):
    staff = request.app[keys.SCHOOLS][school].engine.school.staff
    source = (edits["staff"].get("filename") or "an upload") if edits.get("staff") else "the config file"
    return render(request, "admin/staff.html", status=status, staff=staff, source=source, pending=pending,
                  info=inspect(pending) if pending else None, fields=STAFF_FIELDS, labels=FIELD_LABELS,
                  required=REQUIRED_STAFF, q=school_query(request, school), error=error)


@page
async def staff_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    edits = await load_edits(request.app[keys.DB], school)
    return _render(request, school, edits, edits.get("staff_pending"))


@page
async def upload(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    pending, size = await csv_upload.read_csv_upload(request, "staff", "staff.csv")
    async with request.app[keys.DB].transaction() as tx:
        await save_section(tx, school, "staff_pending", pending)
        await request.app[keys.AUDIT].record(who.actor, "school.staff_upload", school_id=school,
                                             target=f"school:{school}", detail={"bytes": size}, tx=tx)
    await request.app[keys.AUDIT].sync_head()
    raise _back(request, school)


@page
async def map_columns(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    db = request.app[keys.DB]
    pending = (await load_edits(db, school)).get("staff_pending")
    if pending is None:
        raise _back(request, school)
    form = await request.post()
    headers = inspect({"text": pending["text"], "columns": {}})["headers"]
    columns = {}
    for f in STAFF_FIELDS:
        chosen = str(form.get(f"col_{f}", ""))
        if chosen:
            if chosen not in headers:
                raise ApiError(422, f"{FIELD_LABELS[f]}: the file has no such column.")
            columns[f] = chosen
    pending["columns"] = columns
    await save_section(db, school, "staff_pending", pending)
    raise _back(request, school)


@page
async def confirm(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    db = request.app[keys.DB]
    edits = await load_edits(db, school)
    pending = edits.get("staff_pending")
    if pending is None:
        raise _back(request, school)
    info = inspect(pending)
    if info["problems"]:
        raise ApiError(422, "The upload has errors; correct the file or the column mapping first.")

    async def write(tx):
        await save_section(tx, school, "staff", pending)
        await delete_section(tx, school, "staff_pending")
    try:
        await save_and_reload(request, who, school, "school.staff_update", write,
                              {"staff": info["count"], "columns": sorted(pending.get("columns") or {})},
                              staff=pending)
    except EditError as e:
        return _render(request, school, edits, pending, 422, "; ".join(e.problems))
    raise _back(request, school, "staff_saved")


@page
async def discard(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    await delete_section(request.app[keys.DB], school, "staff_pending")
    raise _back(request, school, "staff_discarded")


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/admin/staff", staff_page)
    r.add_post("/admin/staff", upload)
    r.add_post("/admin/staff/columns", map_columns)
    r.add_post("/admin/staff/confirm", confirm)
    r.add_post("/admin/staff/discard", discard)

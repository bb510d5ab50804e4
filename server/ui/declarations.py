"""Declarations of relationships outside school (policy 003, Appendix 1): a member of staff
declares from their own page that a pupil is, say, their child or a relative; an admin
approves or rejects it. Approved declarations join the config's `declarations:` list in the
school's engine (server/school_data.py), so contact with that pupil is no longer flagged as
undeclared.

Approval rebuilds the engine through the loader, which refuses a declaration naming a pupil
who is not on the roster, so an approved declaration always protects someone real. The
audit rows name the declaration and the member of staff, never the pupil.
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import require
from server.db import now_ts
from server.errors import ApiError
from server.school_data import EditError
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.render import page, redirect, render

RELATIONSHIPS = ("my child", "relative", "family friend", "neighbour", "other")
MAX_NAME = 200
MAX_DETAILS = 2000


async def _mine(request: web.Request, who) -> list[dict]:
    rows = await request.app[keys.DB].fetch(
        "SELECT id, pupil, relationship, details, state, submitted_at, decided_at, decision_note "
        "FROM declarations WHERE school_id = ? AND staff_ref = ? ORDER BY id DESC", who.school_id, who.staff_ref)
    return [dict(r) for r in rows]


def _own(who) -> None:
    if not who.staff_ref or not who.school_id:
        raise ApiError(409, "Your account is not linked to a member of staff of one school; ask an admin to link it.")


@page
async def my_declarations(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    _own(who)
    return render(request, "me/declarations.html", mine=await _mine(request, who), relationships=RELATIONSHIPS,
                  form={}, errors={})


@page
async def declare(request: web.Request) -> web.StreamResponse:
    who = require(request, "staff", "reviewer", "admin")
    _own(who)
    posted = await request.post()
    form = {"pupil": " ".join(str(posted.get("pupil", "")).split())[:MAX_NAME + 1],
            "relationship": str(posted.get("relationship", "")),
            "details": str(posted.get("details", "")).strip()[:MAX_DETAILS + 1]}
    errors = {}
    if not form["pupil"] or len(form["pupil"]) > MAX_NAME:
        errors["pupil"] = f"Enter the pupil's full name as the school knows it (up to {MAX_NAME} characters)."
    if form["relationship"] not in RELATIONSHIPS:
        errors["relationship"] = "Choose how you know the pupil."
    if len(form["details"]) > MAX_DETAILS:
        errors["details"] = f"Up to {MAX_DETAILS} characters."
    if errors:
        return render(request, "me/declarations.html", status=422, mine=await _mine(request, who),
                      relationships=RELATIONSHIPS, form=form, errors=errors)
    app = request.app
    async with app[keys.DB].transaction() as tx:
        new_id = await tx.fetchval(
            "INSERT INTO declarations (school_id, staff_ref, account_id, pupil, relationship, details, state, "
            "submitted_at) VALUES (?, ?, ?, ?, ?, ?, 'submitted', ?) RETURNING id",
            who.school_id, who.staff_ref, who.account_id, form["pupil"], form["relationship"], form["details"],
            now_ts())
        await app[keys.AUDIT].record(who.actor, "declaration.submit", school_id=who.school_id,
                                     target=f"declaration:{new_id}", detail={"staff_ref": who.staff_ref}, tx=tx)
    await app[keys.AUDIT].sync_head()
    raise redirect("/me/declarations?done=declared")


async def _listing(request: web.Request, school: str) -> tuple[list[dict], list[dict]]:
    rows = [dict(r) for r in await request.app[keys.DB].fetch(
        "SELECT id, staff_ref, pupil, relationship, details, state, submitted_at, decided_at, decision_note "
        "FROM declarations WHERE school_id = ? ORDER BY id DESC LIMIT 500", school)]
    return [r for r in rows if r["state"] == "submitted"], [r for r in rows if r["state"] != "submitted"]


@page
async def admin_list(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    waiting, decided = await _listing(request, school)
    return render(request, "admin/declarations.html", waiting=waiting, decided=decided,
                  q=school_query(request, school), error=None)


@page
async def decide(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    app = request.app
    decl_id = int(request.match_info["id"])
    form = await request.post()
    verdict = str(form.get("decision", ""))
    if verdict not in ("approve", "reject"):
        raise ApiError(422, "Approve or reject.")
    note = str(form.get("note", "")).strip()[:MAX_DETAILS]
    row = await app[keys.DB].fetchrow("SELECT id, staff_ref, pupil, relationship, state FROM declarations "
                                      "WHERE id = ? AND school_id = ?", decl_id, school)
    if row is None:
        raise ApiError(404, "no such declaration")
    if row["state"] != "submitted":
        raise ApiError(409, "This declaration has already been decided.")
    state = "approved" if verdict == "approve" else "rejected"

    async def write(tx):
        changed = await tx.execute(
            "UPDATE declarations SET state = ?, decided_at = ?, decided_by = ?, decision_note = ? "
            "WHERE id = ? AND school_id = ? AND state = 'submitted'", state, now_ts(), who.account_id, note,
            decl_id, school)
        if changed != 1:
            raise ApiError(409, "This declaration has already been decided.")
    detail = {"staff_ref": row["staff_ref"], "state": state}
    action = f"declaration.{verdict}"
    try:
        if state == "approved":
            await save_and_reload(request, who, school, action, write, detail,
                                  target=f"declaration:{decl_id}", declarations=[
                {"user": row["staff_ref"], "pupil": row["pupil"], "context": row["relationship"]}])
        else:
            async with app[keys.DB].transaction() as tx:
                await write(tx)
                await app[keys.AUDIT].record(who.actor, action, school_id=school, target=f"declaration:{decl_id}",
                                             detail=detail, tx=tx)
            await app[keys.AUDIT].sync_head()
    except EditError as e:
        waiting, decided = await _listing(request, school)
        return render(request, "admin/declarations.html", status=422, waiting=waiting, decided=decided,
                      q=school_query(request, school),
                      error=f"Declaration {decl_id} cannot be approved: " + "; ".join(e.problems))
    q = school_query(request, school)
    raise redirect("/admin/declarations" + q + ("&" if q else "?") + f"done=declaration_{state}")


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/me/declarations", my_declarations)
    r.add_post("/me/declarations", declare)
    r.add_get("/admin/declarations", admin_list)
    r.add_post(r"/admin/declarations/{id:\d{1,18}}", decide)

"""Admin edits of school data, stored in the database and applied on top of the file config,
on SQLite and PostgreSQL: nothing saved on a validation error, an edit in force at once and
again after a restart (another server on the same database sees it on start), school-scoped,
audited; declarations from submission to the engine."""
from __future__ import annotations

from server import keys
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"
WEEK = {f"day_{d}": "" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def timetable_form(**changes: str) -> dict[str, str]:
    form = {"timezone": "Europe/London", **WEEK, "day_mon": "09:00-12:00, 13:00-15:00",
            "terms": "2026-09-03 to 2026-12-18", "closures": "2026-11-27",
            "overrides": "p.patel: tue 09:00-10:00", "days": "14", "action": "save"}
    form.update(changes)
    return form


async def settings(client) -> dict:
    rows = await client.app[keys.DB].fetch("SELECT school_id, key FROM settings WHERE key LIKE 'school.%'")
    return {(r["school_id"], r["key"]) for r in rows}


async def test_timetable_edit_is_validated_stored_and_survives_a_restart(client, server_config, clock,
                                                                          aiohttp_client_factory):
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    bad = await client.post("/admin/timetable", data=timetable_form(day_tue="10:00-09:00", terms="2026-12-18 to 2026-09-03"),
                            headers=headers, allow_redirects=False)
    assert bad.status == 422
    page = await bad.text()
    assert "ends before it starts" in page and "line 1: term ends (2026-09-03) before it starts" in page
    assert await settings(client) == set()

    ok = await client.post("/admin/timetable", data=timetable_form(), headers=headers, allow_redirects=False)
    assert ok.status == 303 and "done=timetable_saved" in ok.headers["Location"]
    assert await settings(client) == {(SCHOOL, "school.timetable"), (SCHOOL, "school.staff_overrides")}
    tt = client.app[keys.SCHOOLS][SCHOOL].engine.school.timetable
    assert [str(p) for p in tt.week[0]] == ["09:00-12:00", "13:00-15:00"] and 1 not in tt.week
    assert set(tt.overrides) == {"p.patel"}
    audit = await client.app[keys.DB].fetch("SELECT school_id, target FROM audit_log "
                                            "WHERE action = 'school.timetable_update'")
    assert audit == [{"school_id": SCHOOL, "target": f"school:{SCHOOL}"}]

    # A second server on the same database builds the edited engine at start.
    from server.app import create_app
    other = await aiohttp_client_factory(create_app(server_config, clock=clock))
    again = other.app[keys.SCHOOLS][SCHOOL].engine.school.timetable
    assert [str(p) for p in again.week[0]] == ["09:00-12:00", "13:00-15:00"]


async def test_admin_pages_are_for_admins_of_the_school(client):
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    await make_account(client, "adm", "admin")
    headers = await login(client, "st")
    assert (await client.get("/admin/timetable", allow_redirects=False)).status == 403
    resp = await client.post("/admin/timetable", data=timetable_form(), headers=headers, allow_redirects=False)
    assert resp.status == 403 and await settings(client) == set()
    headers = await login(client, "adm")
    assert (await client.get("/admin/timetable?school=another-school")).status == 404
    # No CSRF token: refused before anything is read.
    resp = await client.post("/admin/timetable", data=timetable_form(), allow_redirects=False)
    assert resp.status == 403 and await settings(client) == set()


async def test_declaration_from_submission_to_the_engine(client):
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    await make_account(client, "adm", "admin")
    staff = await login(client, "st")
    resp = await client.post("/me/declarations", data={"pupil": "Chloé  Martin", "relationship": "relative"},
                             headers=staff, allow_redirects=False)
    assert resp.status == 303
    row = await client.app[keys.DB].fetchrow("SELECT id, school_id, staff_ref, pupil, state FROM declarations")
    assert (row["school_id"], row["staff_ref"], row["pupil"], row["state"]) == (SCHOOL, "c.teacher", "Chloé Martin",
                                                                               "submitted")
    # Staff cannot decide their own declaration.
    resp = await client.post(f"/admin/declarations/{row['id']}", data={"decision": "approve"}, headers=staff)
    assert resp.status == 403
    admin = await login(client, "adm")
    resp = await client.post(f"/admin/declarations/{row['id']}", data={"decision": "approve"}, headers=admin,
                             allow_redirects=False)
    assert resp.status == 303
    school = client.app[keys.SCHOOLS][SCHOOL].engine.school
    chloe = next(p for p in school.pupils if p.full_name == "Chloé Martin")
    assert school.declared("c.teacher", chloe).context == "relative"
    # Deciding twice is refused.
    resp = await client.post(f"/admin/declarations/{row['id']}", data={"decision": "reject"}, headers=admin)
    assert resp.status == 409

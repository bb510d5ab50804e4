"""The staff list and logos admin pages through the real app on SQLite and PostgreSQL (the
browser tests in tests/e2e/test_ui_admin.py drive the same pages): an uploaded staff list
waits until confirmed, then is in force and survives a restart; a logo is stored as bytes per
school, in force at once and after a restart, its feature picture is served only to admins
and never cached, bad files and oversized ones are refused, and removing it is audited."""
from __future__ import annotations

import io
import json

import aiohttp

from server import keys
from server.ui.admin_logos import MAX_BYTES
from tests.images.conftest import fixture_bytes
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"


def upload(name: str, data: bytes, content_type: str) -> aiohttp.FormData:
    form = aiohttp.FormData()
    form.add_field("file", io.BytesIO(data), filename=name, content_type=content_type)
    return form


def runtime(app):
    return app[keys.SCHOOLS][SCHOOL]


async def test_staff_upload_waits_for_confirmation_then_survives_restart(client, server_config, clock,
                                                                       aiohttp_client_factory):
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    before = [s.username for s in runtime(client.app).engine.school.staff]
    csv = b"username,first_name,last_name,role\nz.zed,Zoe,Zed,Caretaker\n"
    resp = await client.post("/admin/staff", data=upload("new.csv", csv, "text/csv"), headers=headers,
                             allow_redirects=False)
    assert resp.status == 303
    assert [s.username for s in runtime(client.app).engine.school.staff] == before      # not yet
    page = await client.get("/admin/staff")
    assert "All 1 staff read without errors." in await page.text()
    resp = await client.post("/admin/staff/confirm", headers=headers, allow_redirects=False)
    assert resp.status == 303 and "done=staff_saved" in resp.headers["Location"]
    assert [s.username for s in runtime(client.app).engine.school.staff] == ["z.zed"]
    from server.app import create_app
    other = await aiohttp_client_factory(create_app(server_config, clock=clock))
    assert [s.username for s in runtime(other.app).engine.school.staff] == ["z.zed"]


async def test_logo_stored_in_force_served_to_admins_and_removed(client, server_config, clock,
                                                                 aiohttp_client_factory):
    await make_account(client, "adm", "admin")
    await make_account(client, "ct", "staff", staff_ref="c.teacher")
    headers = await login(client, "adm")
    crest = fixture_bytes("crest.png")

    for name, data, kind, status, message in [
        ("x.png", b"GIF89a" + b"\0" * 64, "image/png", 422, "not a PNG or JPEG"),
        ("x.png", fixture_bytes("corrupt.png"), "image/png", 422, "cannot be used"),
        ("x.png", b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_BYTES, "image/png", 413, "larger than 2 MB"),
    ]:
        resp = await client.post("/admin/logos", data=upload(name, data, kind), headers=headers)
        assert resp.status == status and message in await resp.text(), name
    assert await client.app[keys.DB].fetch("SELECT id FROM logos") == []

    resp = await client.post("/admin/logos", data=upload("crest.png", crest, "image/png"), headers=headers,
                             allow_redirects=False)
    assert resp.status == 303 and "done=logo_saved" in resp.headers["Location"]
    (row,) = await client.app[keys.DB].fetch("SELECT id, school_id, data, size FROM logos")
    assert row["school_id"] == SCHOOL and bytes(row["data"]) == crest and row["size"] == len(crest)
    logos = runtime(client.app).engine.school.logos
    assert [p.name for p in logos] == ["crest.png"] and logos[0].read_bytes() == crest
    (audit,) = await client.app[keys.DB].fetch("SELECT detail FROM audit_log WHERE action = 'school.logo_add'")
    assert json.loads(audit["detail"])["id"] == row["id"] and json.loads(audit["detail"])["bytes"] == len(crest)

    again = await client.post("/admin/logos", data=upload("copy.png", crest, "image/png"), headers=headers)
    assert again.status == 422 and "already uploaded" in await again.text()

    picture = await client.get(f"/admin/logos/{row['id']}/features.png")
    assert picture.status == 200 and picture.headers["Cache-Control"] == "no-store"
    assert (await picture.read()).startswith(b"\x89PNG")
    assert (await client.get("/admin/logos/999999/features.png")).status == 404

    from server.app import create_app
    other = await aiohttp_client_factory(create_app(server_config, clock=clock))
    assert [p.read_bytes() for p in runtime(other.app).engine.school.logos] == [crest]
    await login(other, "ct")
    assert (await other.get(f"/admin/logos/{row['id']}/features.png")).status == 403

    resp = await client.post("/admin/logos/remove", data={"remove": f"u:{row['id']}"}, headers=headers,
                             allow_redirects=False)
    assert resp.status == 303 and "done=logo_removed" in resp.headers["Location"]
    assert runtime(client.app).engine.school.logos == []
    assert await client.app[keys.DB].fetch("SELECT id FROM logos") == []
    assert len(await client.app[keys.DB].fetch("SELECT seq FROM audit_log WHERE action = 'school.logo_remove'")) == 1
    missing = await client.post("/admin/logos/remove", data={"remove": f"u:{row['id']}"}, headers=headers)
    assert missing.status == 404

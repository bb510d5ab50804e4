"""GET /api/v1/proxy/school on SQLite and PostgreSQL: a proxy gets its own school's stored
edits, versioned by the school's edits counter (a 304 while nothing changed), never another
school's, never an upload still waiting for confirmation; and the bundle, built on the proxy's
side (server/school_bundle.py), gives the engine the server itself judges with."""
from __future__ import annotations

import base64
import hashlib

import pytest

from server import keys, school_bundle
from server.access import create_token
from server.app import create_app
from server.config import School
from server.db import now_ts
from tests.conftest import ROOT
from tests.images.conftest import fixture_bytes
from tests.server.helpers import login, make_account
from tests.server.test_admin_staff_logos import upload

SCHOOL = "hollins-park"
OTHER = "second-school"
RULE = "upland/personal-no-individual-pupil-matters"
PATH = "/api/v1/proxy/school"


def bearer(token: str, etag: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if etag:
        headers["If-None-Match"] = etag
    return headers


async def fetch(client, token: str, etag: str | None = None) -> tuple[int, str, dict | None]:
    resp = await client.get(PATH, headers=bearer(token, etag))
    body = await resp.json() if resp.status == 200 else None
    if resp.status == 304:
        assert await resp.read() == b""
    assert resp.headers["Cache-Control"] == "no-store"      # it can hold the roster
    return resp.status, resp.headers["ETag"], body


async def save_rule(client, headers, decision: str) -> None:
    resp = await client.post("/admin/rules", data={f"{RULE}:personal": decision, "action": "save"},
                             headers=headers, allow_redirects=False)
    assert resp.status == 303 and "done=rules_saved" in resp.headers["Location"], await resp.text()


def rule_decision(engine) -> str:
    return next(r for r in engine.pack.rules if r.id == RULE).decision.personal.value


async def test_a_proxy_gets_its_schools_edits_and_a_304_until_the_next_edit(client):
    _, token = await create_token(client.app[keys.DB], SCHOOL, "proxy", "site proxy")
    status, etag, body = await fetch(client, token)
    assert status == 200
    assert body == {"school": SCHOOL, "version": 0, "edits": {}, "declarations": [], "logos": []}
    assert (await fetch(client, token, etag))[:2] == (304, etag)
    assert (await fetch(client, token, f'W/{etag}, "other"'))[0] == 304

    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    await save_rule(client, headers, "block")
    status, etag_1, body = await fetch(client, token, etag)         # the old ETag no longer matches
    assert status == 200 and etag_1 != etag
    assert body["version"] == 1 and body["edits"]["rule_decisions"][RULE]["personal"] == "block"

    # A staff list uploaded but not confirmed is not in force: not sent, and the version stays.
    csv = b"username,first_name,last_name,role\nz.zed,Zoe,Zed,Caretaker\n"
    resp = await client.post("/admin/staff", data=upload("new.csv", csv, "text/csv"), headers=headers,
                             allow_redirects=False)
    assert resp.status == 303
    assert (await fetch(client, token, etag_1))[0] == 304
    status, _, body = await fetch(client, token)
    assert set(body["edits"]) == {"rule_decisions"}
    confirmed = await client.post("/admin/staff/confirm", headers=headers, allow_redirects=False)
    assert confirmed.status == 303
    status, _, body = await fetch(client, token, etag_1)
    assert status == 200 and body["version"] == 2 and "z.zed" in body["edits"]["staff"]["text"]


async def test_the_bundle_builds_the_engine_the_server_judges_with(client):
    """Rule decision, hold and uploaded logo: parsed and built as the proxy does, on the same
    config file, the engine agrees with the server's own."""
    _, token = await create_token(client.app[keys.DB], SCHOOL, "proxy", "site proxy")
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    await save_rule(client, headers, "block")
    hold = await client.post("/admin/holds", data={"start": "2027-01-11T09:00", "end": "2027-01-11T17:00",
                                                   "reason": "inspection", "action": "add"},
                             headers=headers, allow_redirects=False)
    assert hold.status == 303, await hold.text()
    crest = fixture_bytes("crest.png")
    logo = await client.post("/admin/logos", data=upload("crest.png", crest, "image/png"), headers=headers,
                             allow_redirects=False)
    assert logo.status == 303

    status, _, body = await fetch(client, token)
    assert status == 200 and body["version"] == 3
    bundle = school_bundle.parse(body)
    assert [x["data"] for x in bundle["logos"]] == [crest]
    runtime = client.app[keys.SCHOOLS][SCHOOL]
    built = school_bundle.build(runtime.config_path, bundle)
    assert rule_decision(built) == rule_decision(runtime.engine) == "block"
    assert built.school.holds == runtime.engine.school.holds and len(built.school.holds) == 2
    assert [p.read_bytes() for p in built.school.logos] == [p.read_bytes() for p in runtime.engine.school.logos] \
        == [crest]


async def test_an_uploaded_roster_leaves_with_only_the_columns_read(client):
    """The MIS export may carry columns postwarden never reads (here a medical note): the
    proxy gets the pupils, not the rest of the file."""
    _, token = await create_token(client.app[keys.DB], SCHOOL, "proxy", "site proxy")
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO((ROOT / "demo" / "roster.csv").read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Forename", "Surname", "Year", "Medical notes", "photo_consent", "name_consent"])
    for row in rows:   # the demo school's pupils (its declarations name some), and a note each
        writer.writerow([row["first_name"], row["last_name"], row["year_group"], "asthma inhaler",
                         row["photo_consent"], row["name_consent"]])
    export = out.getvalue().encode()
    sent = await client.post("/admin/roster", data=upload("mis.csv", export, "text/csv"), headers=headers,
                             allow_redirects=False)
    assert sent.status == 303
    mapped = await client.post("/admin/roster/columns", headers=headers, allow_redirects=False,
                               data={"col_first_name": "Forename", "col_last_name": "Surname",
                                     "col_year_group": "Year"})
    assert mapped.status == 303
    confirmed = await client.post("/admin/roster/confirm", headers=headers, allow_redirects=False)
    assert confirmed.status == 303, await confirmed.text()

    status, _, body = await fetch(client, token)
    roster = body["edits"]["roster"]
    assert status == 200 and "asthma" not in roster["text"] and "Medical" not in roster["text"]
    built = school_bundle.build(client.app[keys.SCHOOLS][SCHOOL].config_path, school_bundle.parse(body))
    server_pupils = client.app[keys.SCHOOLS][SCHOOL].engine.school.pupils
    assert built.school.pupils == server_pupils and len(server_pupils) == len(rows)


@pytest.fixture
def two_schools(server_config):
    server_config.schools.append(School(id=OTHER, config=ROOT / "demo" / "school.yaml"))
    return server_config


async def test_a_proxy_reads_only_its_own_school(two_schools, clock, aiohttp_client_factory):
    client = await aiohttp_client_factory(create_app(two_schools, clock=clock))
    db = client.app[keys.DB]
    _, ours = await create_token(db, SCHOOL, "proxy", "site proxy")
    _, theirs = await create_token(db, OTHER, "proxy", "their proxy")
    await make_account(client, "adm", "admin", school_id=SCHOOL)
    headers = await login(client, "adm")
    await save_rule(client, headers, "block")

    assert (await fetch(client, ours))[2]["edits"]["rule_decisions"][RULE]["personal"] == "block"
    status, their_etag, body = await fetch(client, theirs)
    assert body == {"school": OTHER, "version": 0, "edits": {}, "declarations": [], "logos": []}
    # Their ETag is not ours, even at the same version number.
    our_etag = (await fetch(client, ours))[1]
    assert school_bundle.etag(OTHER, 1) != school_bundle.etag(SCHOOL, 1)
    assert (await fetch(client, theirs, our_etag))[0] == 200 and their_etag != our_etag
    # The token decides the school: there is no way to ask for another one.
    resp = await client.get(PATH + f"?school={SCHOOL}", headers=bearer(theirs))
    assert (await resp.json())["school"] == OTHER


async def test_each_full_read_is_audited_and_a_304_is_not(client):
    db = client.app[keys.DB]
    _, token = await create_token(db, SCHOOL, "proxy", "site proxy")
    reads = "SELECT COUNT(*) FROM audit_log WHERE action = 'school.bundle_read'"
    _, etag, _ = await fetch(client, token)
    row = await db.fetchrow("SELECT actor, school_id, target FROM audit_log WHERE action = 'school.bundle_read'")
    assert row["school_id"] == SCHOOL and row["target"] == f"school:{SCHOOL}" and row["actor"]
    assert (await fetch(client, token, etag))[0] == 304
    assert await db.fetchval(reads) == 1
    await fetch(client, token)
    assert await db.fetchval(reads) == 2


async def test_a_school_this_server_does_not_serve_is_not_read(client):
    """A database shared by several servers holds other schools' edits: a token for one of
    those gets nothing here, even if the row exists."""
    db = client.app[keys.DB]
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)", "elsewhere", "Elsewhere", now_ts())
    _, token = await create_token(db, "elsewhere", "proxy", "another server's proxy")
    resp = await client.get(PATH, headers=bearer(token))
    assert resp.status == 404 and await db.fetchval(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'school.bundle_read'") == 0


async def test_other_callers_are_refused(client):
    _, extension = await create_token(client.app[keys.DB], SCHOOL, "extension", "devices")
    assert (await client.get(PATH, headers=bearer(extension))).status == 403
    assert (await client.get(PATH)).status == 401
    assert (await client.get(PATH, headers=bearer("pwt_not-a-token"))).status == 401


def test_a_bundle_that_is_not_one_is_refused():
    good = {"school": SCHOOL, "version": 1, "edits": {}, "declarations": [], "logos": []}
    assert school_bundle.parse(good)["version"] == 1
    for bad, message in [
        ({**good, "version": -1}, "version"),
        ({**good, "edits": {"weather": {}}}, r"sections this proxy does not know \(weather\)"),
        ({**good, "logos": [{"filename": "a.png", "sha256": hashlib.sha256(b"x").hexdigest(),
                             "data": base64.b64encode(b"y").decode()}]}, "does not match its sha256"),
        ({**good, "logos": [{"filename": "a.png", "sha256": "0" * 64, "data": "not base64!"}]}, "not base64"),
        ({k: v for k, v in good.items() if k != "declarations"}, "declarations"),
    ]:
        with pytest.raises(school_bundle.BundleError, match=message):
            school_bundle.parse(bad)


"""The reviewers' events API and staff's own view: no content in lists, every opening
audited, triage and notes audited with the change, staff see only their own, another school's
event answers 404, and exports neutralise spreadsheet formulas."""
from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

from server import keys
from server.audit import verify
from server.db import ts
from server.events_store import store_batch
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"
OTHER = "other-school"
FLAG = [{"category": "pupil_name", "rule": "pupil-names", "clause": "4.2 Pupils' names", "severity": "high"}]


def event(eid: str, at, *, user: str = "c.teacher", platform: str = "x", decision: str = "allow",
          findings=(), status: str = "checked", excerpt: str = "hello there", recipients=()):
    return {"id": eid, "at": at.isoformat(), "user": user, "platform": platform, "action": "post",
            "decision": decision, "status": status, "findings": list(findings), "recipients": list(recipients),
            "content": {"sha256": "a" * 64, "length": 40, "excerpt": excerpt}}


async def store(client, events, school: str = SCHOOL):
    app = client.app
    await store_batch(app[keys.DB], school, "test", events, app[keys.CONFIG], received=app[keys.CLOCK]())


async def seed(client, clock):
    """Events of two members of staff; c.teacher's flagged one is the newest."""
    t = clock()
    await store(client, [
        event("u1", t - timedelta(hours=3)),
        event("u2", t - timedelta(hours=2), user="d.teacher", platform="facebook"),
        event("f1", t - timedelta(hours=1), decision="warn", findings=FLAG, recipients=["@pupil_friend"]),
        event("n1", t - timedelta(minutes=30), status="unchecked"),
    ])


async def audit_rows(client, action: str, target: str | None = None) -> list[dict]:
    sql = "SELECT * FROM audit_log WHERE action = ?"
    args = [action]
    if target is not None:
        sql += " AND target = ?"
        args.append(target)
    return await client.app[keys.DB].fetch(sql + " ORDER BY seq", *args)


async def test_list_has_no_content_and_filters(client, clock):
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    await login(client, "rev")
    resp = await client.get("/api/v1/events")
    assert resp.status == 200
    body = await resp.json()
    assert [e["id"] for e in body["events"]] == ["n1", "f1", "u2", "u1"]   # newest first
    assert body["next"] is None
    text = json.dumps(body)
    assert "hello there" not in text and "excerpt" not in text and "pupil-names" not in text
    f1 = body["events"][1]
    assert f1["kind"] == "flagged" and f1["triage"] == "new" and f1["categories"] == ["pupil_name"]
    assert f1["at"].endswith("+00:00")

    async def ids(query: str) -> list[str]:
        r = await client.get("/api/v1/events?" + query)
        assert r.status == 200, await r.text()
        return [e["id"] for e in (await r.json())["events"]]
    assert await ids("kind=flagged") == ["f1"]
    assert await ids("kind=usage,unchecked") == ["n1", "u2", "u1"]
    assert await ids("staff=d.teacher") == ["u2"]
    assert await ids("platform=facebook") == ["u2"]
    assert await ids("category=pupil_name") == ["f1"]
    assert await ids("category=pupil") == []
    assert await ids("decision=warn") == ["f1"]
    assert await ids("triage=new") == ["f1"]
    since = (clock() - timedelta(hours=2, minutes=1)).isoformat()
    until = (clock() - timedelta(minutes=45)).isoformat()
    from urllib.parse import quote
    assert await ids(f"from={quote(since)}&to={quote(until)}") == ["f1", "u2"]
    for bad in ("kind=nope", "limit=201", "limit=0", "before=xyz", "from=yesterday", "category=a%20b"):
        r = await client.get("/api/v1/events?" + bad)
        assert r.status == 400, bad
        assert (await r.json())["error"]["code"] == "bad_request"


async def test_keyset_paging(client, clock):
    t = clock()
    # Two events at the same instant: the seq breaks the tie, so none is skipped or repeated.
    await store(client, [event(f"e{i}", t - timedelta(minutes=i // 2)) for i in range(7)])
    await make_account(client, "rev", "reviewer")
    await login(client, "rev")
    seen, cursor = [], None
    while True:
        url = "/api/v1/events?limit=3" + (f"&before={cursor}" if cursor else "")
        body = await (await client.get(url)).json()
        seen += [e["id"] for e in body["events"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(f"e{i}" for i in range(7)) and len(seen) == 7


async def test_each_opening_is_audited(client, clock):
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    await login(client, "rev")
    for n in (1, 2):
        resp = await client.get("/api/v1/events/f1")
        assert resp.status == 200
        body = await resp.json()
        assert body["excerpt"] == "hello there"
        assert body["findings"][0]["clause"] == "4.2 Pupils' names"
        assert body["body"]["recipients"] == ["@pupil_friend"]
        rows = await audit_rows(client, "event.read", "f1")
        assert len(rows) == n
        assert rows[-1]["school_id"] == SCHOOL and rows[-1]["actor"].endswith(":rev")
    # Listing reads no content and is not audited.
    await client.get("/api/v1/events")
    assert len(await audit_rows(client, "event.read")) == 2
    assert (await client.get("/api/v1/events/nope")).status == 404


async def test_triage_and_notes(client, clock):
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    dsl = await make_account(client, "dsl", "reviewer")
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    headers = await login(client, "rev")
    assert (await client.post("/api/v1/events/f1/triage", json={"state": "in_review"})).status == 403   # no CSRF
    resp = await client.post("/api/v1/events/f1/triage", headers=headers,
                             json={"state": "escalated_dsl", "assignee": dsl, "note": "for the DSL"})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["triage"] == "escalated_dsl" and body["assignee_id"] == dsl
    assert body["triage_updated_at"] == clock().isoformat()
    [row] = await audit_rows(client, "event.triage", "f1")
    detail = json.loads(row["detail"])
    assert detail == {"from": "new", "to": "escalated_dsl", "assignee": dsl, "note": True}
    assert "for the DSL" not in row["detail"]   # the note's words stay out of the audit log

    # The assignee is kept unless sent; null unassigns.
    body = await (await client.post("/api/v1/events/f1/triage", headers=headers, json={"state": "in_review"})).json()
    assert body["assignee_id"] == dsl
    body = await (await client.post("/api/v1/events/f1/triage", headers=headers,
                                    json={"state": "in_review", "assignee": None})).json()
    assert body["assignee_id"] is None

    staff_id = (await client.app[keys.DB].fetchrow("SELECT id FROM accounts WHERE username = 'st'"))["id"]
    for bad in ({"state": "done"}, {"state": "closed", "assignee": staff_id}, {"state": "closed", "extra": 1},
                {"state": "closed", "note": "   "}):
        resp = await client.post("/api/v1/events/f1/triage", headers=headers, json=bad)
        assert resp.status == 422, bad
    resp = await client.post("/api/v1/events/f1/notes", headers=headers, json={"text": "spoke to them"})
    assert resp.status == 201
    note = await resp.json()
    assert note["kind"] == "note" and note["author"]["username"] == "rev"
    assert len(await audit_rows(client, "event.note", "f1")) == 1
    detail = await (await client.get("/api/v1/events/f1")).json()
    assert [n["text"] for n in detail["notes"]] == ["for the DSL", "spoke to them"]
    assert (await verify(client.app[keys.DB], client.app[keys.CONFIG].data_path / "audit-head.json")).ok


async def test_staff_see_only_their_own(client, clock):
    await seed(client, clock)
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    headers = await login(client, "st")
    assert (await client.get("/api/v1/events")).status == 403
    assert (await client.get("/api/v1/events/f1")).status == 403
    assert (await client.get("/api/v1/events/export")).status == 403
    resp = await client.get("/api/v1/me/events")
    assert resp.status == 200
    body = await resp.json()
    assert [e["id"] for e in body["events"]] == ["n1", "f1", "u1"]   # not d.teacher's u2
    f1 = body["events"][1]
    assert f1["why"] == [{"category": "pupil_name", "rule": "pupil-names", "clause": "4.2 Pupils' names",
                          "severity": "high"}]
    assert f1["retain_until"] == (clock() - timedelta(hours=1) + timedelta(days=365)).isoformat()
    assert "assignee_id" not in f1
    # Another's event: as if it did not exist.
    resp = await client.post("/api/v1/me/events/u2/challenge", headers=headers, json={"text": "not me"})
    assert resp.status == 404
    # A staff account with no staff_ref has no events to show, and says why.
    await make_account(client, "nolink", "staff")
    await login(client, "nolink")
    resp = await client.get("/api/v1/me/events")
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "not_linked"


async def test_challenge_reopens_and_reaches_reviewers(client, clock):
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    headers = await login(client, "rev")
    await client.post("/api/v1/events/f1/triage", headers=headers, json={"state": "closed"})
    headers = await login(client, "st")
    resp = await client.post("/api/v1/me/events/f1/challenge", headers=headers,
                             json={"text": "The name is a colleague's, not a pupil's."})
    assert resp.status == 201, await resp.text()
    assert (await resp.json())["triage"] == "new"
    mine = await (await client.get("/api/v1/me/events?kind=flagged")).json()
    assert [n["kind"] for n in mine["events"][0]["my_notes"]] == ["challenge"]
    [row] = await audit_rows(client, "event.challenge", "f1")
    assert json.loads(row["detail"])["triage"] == ["closed", "new"]

    await login(client, "rev")
    listed = await (await client.get("/api/v1/events?triage=new")).json()
    assert [e["id"] for e in listed["events"]] == ["f1"]
    detail = await (await client.get("/api/v1/events/f1")).json()
    assert detail["notes"][-1]["kind"] == "challenge"
    assert detail["notes"][-1]["author"]["username"] == "st"


async def test_another_schools_event_is_not_found(client, clock):
    db = client.app[keys.DB]
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)", OTHER, "Other", ts(clock()))
    await store(client, [event("theirs", clock(), decision="warn", findings=FLAG)], school=OTHER)
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    headers = await login(client, "rev")
    assert (await client.get("/api/v1/events/theirs")).status == 404
    assert (await client.post("/api/v1/events/theirs/triage", headers=headers, json={"state": "closed"})).status == 404
    assert (await client.post("/api/v1/events/theirs/notes", headers=headers, json={"text": "x"})).status == 404
    listed = await (await client.get("/api/v1/events")).json()
    assert "theirs" not in [e["id"] for e in listed["events"]]
    assert (await client.get(f"/api/v1/events?school={OTHER}")).status == 404
    assert await audit_rows(client, "event.read", "theirs") == []
    assert await db.fetchval("SELECT triage FROM events WHERE id = 'theirs'") == "new"

    # A staff member of the other school with the same staff_ref sees only their school's events.
    await make_account(client, "other-st", "staff", school_id=OTHER, staff_ref="c.teacher")
    await login(client, "other-st")
    mine = await (await client.get("/api/v1/me/events")).json()
    assert [e["id"] for e in mine["events"]] == ["theirs"]

    # A trust-wide reviewer sees both schools.
    await make_account(client, "trust", "reviewer", school_id=None)
    await login(client, "trust")
    listed = await (await client.get("/api/v1/events")).json()
    assert {"theirs", "f1"} <= {e["id"] for e in listed["events"]}
    assert (await client.get("/api/v1/events/theirs")).status == 200


async def test_csv_export_neutralises_formulas(client, clock):
    t = clock()
    await store(client, [
        event("x1", t, user="=cmd|'/c calc'!A1", platform="+x", excerpt="=HYPERLINK(\"http://evil\")"),
        event("x2", t - timedelta(minutes=1), user="@sum", excerpt="-harmless", decision="warn", findings=FLAG),
        event("x3", t - timedelta(minutes=2), user="plain", excerpt="plain words"),
    ])
    await make_account(client, "rev", "reviewer")
    await login(client, "rev")
    resp = await client.get("/api/v1/events/export?format=csv")
    assert resp.status == 200, await resp.text()
    assert resp.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in resp.headers["Content-Disposition"]
    assert resp.headers["Cache-Control"] == "no-store"
    rows = list(csv.DictReader(io.StringIO(await resp.text())))
    assert [r["id"] for r in rows] == ["x1", "x2", "x3"]
    x1, x2, x3 = rows
    assert x1["staff_ref"] == "'=cmd|'/c calc'!A1" and x1["platform"] == "'+x"
    assert x1["excerpt"].startswith("'=HYPERLINK")
    assert x2["staff_ref"] == "'@sum" and x2["excerpt"] == "'-harmless"
    assert x2["rules"] == "pupil-names" and x2["clauses"] == "4.2 Pupils' names"
    assert x3["staff_ref"] == "plain" and x3["excerpt"] == "plain words"
    for r in rows:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in r.values())
    [row] = await audit_rows(client, "events.export")
    detail = json.loads(row["detail"])
    assert detail["rows"] == 3 and row["target"] == "csv"

    resp = await client.get("/api/v1/events/export?format=json&kind=flagged")
    body = await resp.json()
    assert body["count"] == 1 and [e["id"] for e in body["events"]] == ["x2"]
    assert body["events"][0]["excerpt"] == "-harmless"   # JSON needs no neutralising
    assert len(await audit_rows(client, "events.export")) == 2
    assert (await client.get("/api/v1/events/export?format=xml")).status == 400

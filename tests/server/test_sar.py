"""Subject access: everything held about one member of staff, others' identifiers redacted,
for admins and for the person themselves, audited; and `postwarden sar export`."""
from __future__ import annotations

import asyncio
import json
from datetime import timedelta

from server import keys
from server.cli import main
from server.db import open_database, ts
from server.events_store import store_batch
from tests.conftest import ROOT
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"
FINDING = {"category": "pupil_name", "rule": "pupil-names", "clause": "4.2", "severity": "high",
           "message": "Names a pupil", "evidence": "Amelia Jones"}


def event(eid: str, at, user: str, **extra) -> dict:
    return {"id": eid, "at": at.isoformat(), "user": user, "platform": "x", "action": "dm",
            "account": {"id": "1", "handle": "@c_teacher"}, "recipients": ["@amelia_j", "@friend"],
            "decision": "warn", "findings": [FINDING],
            "content": {"text": "Well done Amelia Jones!"}, **extra}


async def seed(client, clock) -> None:
    app = client.app
    db = app[keys.DB]
    app[keys.CONFIG].retention.content = "full"   # so a finding's evidence is stored, to be redacted
    now = clock()
    await store_batch(db, SCHOOL, "test", [event("mine", now - timedelta(hours=1), "c.teacher"),
                                           event("theirs", now, "d.teacher")], app[keys.CONFIG], received=now)
    await db.execute("INSERT INTO acknowledgements (school_id, staff_ref, post_hash, decision, rules, justification, "
                     "created_at, expires_at, retain_until) VALUES (?, ?, ?, 'warn', ?, ?, ?, ?, ?)",
                     SCHOOL, "c.teacher", "b" * 64, '["pupil-names"]', "parent asked me to", ts(now),
                     ts(now + timedelta(hours=1)), ts(now + timedelta(days=365)))
    await db.execute("INSERT INTO reports (school_id, staff_ref, event_id, comment, created_at, retain_until) "
                     "VALUES (?, ?, ?, ?, ?, ?)", SCHOOL, "d.teacher", "theirs", "not mine", ts(now),
                     ts(now + timedelta(days=365)))


async def test_admin_export_redacts_others(client, clock):
    await seed(client, clock)
    await make_account(client, "rev", "reviewer")
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    await make_account(client, "adm", "admin")
    headers = await login(client, "rev")
    await client.post("/api/v1/events/mine/notes", headers=headers, json={"text": "asked the DSL"})
    assert (await client.get("/api/v1/events/mine")).status == 200
    assert (await client.get("/api/v1/staff/c.teacher/export")).status == 403    # reviewers cannot
    headers = await login(client, "st")
    await client.post("/api/v1/me/events/mine/challenge", headers=headers, json={"text": "her mum asked me"})
    assert (await client.get("/api/v1/staff/c.teacher/export")).status == 403    # nor staff, for others

    await login(client, "adm")
    resp = await client.get("/api/v1/staff/c.teacher/export")
    assert resp.status == 200, await resp.text()
    assert "attachment" in resp.headers["Content-Disposition"]
    data = await resp.json()
    assert data["subject"] == {"school": SCHOOL, "staff_ref": "c.teacher"}
    assert [a["username"] for a in data["accounts"]] == ["st"]
    [ev] = data["events"]
    assert ev["id"] == "mine" and ev["excerpt"]
    assert ev["event"]["recipients"] == ["[redacted]", "[redacted]"]
    assert ev["event"]["account"]["handle"] == "@c_teacher"                 # their own: kept
    assert ev["event"]["findings"][0]["clause"] == "4.2"
    assert ev["event"]["findings"][0]["evidence"] == "[redacted]"
    assert [(n["kind"], n["author"]) for n in ev["notes"]] == [("note", "[redacted]"), ("challenge", "st")]
    assert '"rev"' not in json.dumps(data)                                   # no reviewer named anywhere
    [ack] = data["acknowledgements"]
    assert ack["justification"] == "parent asked me to" and ack["rules"] == ["pupil-names"]
    assert data["reports"] == []                                             # d.teacher's report is not theirs
    actions = [(a["action"], a["by"]) for a in data["accesses"]]
    assert ("event.read", "[redacted]") in actions and ("event.challenge", "you") in actions
    assert "theirs" not in json.dumps(data)

    rows = await client.app[keys.DB].fetch("SELECT * FROM audit_log WHERE action = 'sar.export'")
    assert len(rows) == 1 and rows[0]["target"] == "staff:c.teacher" and rows[0]["actor"].endswith(":adm")
    assert json.loads(rows[0]["detail"]) == {"events": 1, "acknowledgements": 1, "reports": 0}


async def test_staff_export_their_own(client, clock):
    await seed(client, clock)
    await make_account(client, "st", "staff", staff_ref="d.teacher")
    await login(client, "st")
    resp = await client.get("/api/v1/me/export")
    assert resp.status == 200
    data = await resp.json()
    assert [e["id"] for e in data["events"]] == ["theirs"]
    assert [r["comment"] for r in data["reports"]] == ["not mine"]
    assert data["acknowledgements"] == []
    # Asking again lists the first export among the accesses, done by them.
    data = await (await client.get("/api/v1/me/export")).json()
    assert [(a["action"], a["by"]) for a in data["accesses"]] == [("sar.export", "you")]


async def test_another_schools_admin_cannot_export(client, clock):
    await seed(client, clock)
    db = client.app[keys.DB]
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES ('other', 'O', ?)", ts(clock()))
    await make_account(client, "oadm", "admin", school_id="other")
    await login(client, "oadm")
    assert (await client.get(f"/api/v1/staff/c.teacher/export?school={SCHOOL}")).status == 404
    data = await (await client.get("/api/v1/staff/c.teacher/export")).json()
    assert data["subject"]["school"] == "other" and data["events"] == [] and data["acknowledgements"] == []


def test_sar_export_command(tmp_path, capsys):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    live = data_dir / "postwarden.db"
    config = tmp_path / "server.yaml"
    config.write_text(json.dumps({"data_dir": str(data_dir), "proxy": {"enabled": False},
                                  "schools": [{"id": SCHOOL, "config": str(ROOT / "demo" / "school.yaml")}]}),
                      encoding="utf-8")

    async def build():
        from server.config import load_server_config
        from datetime import datetime, timezone
        db = await open_database(f"sqlite:{live}", live)
        try:
            await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, 'HP', ?)", SCHOOL,
                             ts(datetime.now(timezone.utc)))
            await store_batch(db, SCHOOL, "test", [event("mine", datetime.now(timezone.utc), "c.teacher")],
                              load_server_config(config))
        finally:
            await db.close()
    asyncio.run(build())
    assert main(["sar", "export", "--config", str(config), "--school", SCHOOL, "--staff", "c.teacher"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in out["events"]] == ["mine"]
    assert out["events"][0]["event"]["recipients"] == ["[redacted]", "[redacted]"]
    assert main(["sar", "export", "--config", str(config), "--school", "nope", "--staff", "x"]) == 2
    assert main(["audit", "verify", "--config", str(config)]) == 0
    assert "1 rows checked" in capsys.readouterr().out   # the export was audited

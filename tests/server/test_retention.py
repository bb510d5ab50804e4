"""The purge: each kind of row goes at its retention, notes go with their event, old audit
rows go as a prefix and the chain still verifies, and the purge itself is audited."""
from __future__ import annotations

import asyncio
import json
from datetime import timedelta

from server import keys, retention
from server.accounts import create_account
from server.audit import AuditLog, verify
from server.cli import main
from server.db import open_database, ts
from server.events_store import store_batch
from server.retention import purge
from tests.conftest import ROOT


def event(eid: str, at, *, user: str = "c.teacher", decision: str = "allow", findings=(), status: str = "checked"):
    return {"id": eid, "at": at.isoformat(), "user": user, "platform": "x", "action": "post",
            "decision": decision, "status": status, "findings": list(findings),
            "content": {"sha256": "a" * 64, "length": 10, "excerpt": "hello"}}


FLAG = [{"category": "pupil_name", "rule": "pupil-names", "clause": "4.2", "severity": "high"}]


async def seed(db, config, clock) -> None:
    now = clock()
    config.retention.usage_days = 30
    config.retention.flagged_days = 365
    config.retention.unchecked_days = 200
    await store_batch(db, "hollins-park", "test", [
        event("usage1", now),
        event("flag1", now, decision="warn", findings=FLAG),
        event("unchecked1", now, status="unchecked"),
    ], config, received=now)
    await db.execute("INSERT INTO event_notes (event_id, school_id, kind, text, at) VALUES (?, ?, 'note', ?, ?)",
                     "flag1", "hollins-park", "looked at it", ts(now))
    await db.execute("INSERT INTO acknowledgements (school_id, staff_ref, post_hash, decision, created_at, "
                     "expires_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?)", "hollins-park", "c.teacher",
                     "b" * 64, "warn", ts(now), ts(now + timedelta(hours=1)), ts(now + timedelta(days=100)))
    await db.execute("INSERT INTO reports (school_id, staff_ref, created_at, retain_until) VALUES (?, ?, ?, ?)",
                     "hollins-park", "c.teacher", ts(now), ts(now + timedelta(days=150)))


async def ids(db) -> set[str]:
    return {r["id"] for r in await db.fetch("SELECT id FROM events")}


async def test_each_kind_goes_at_its_day_count(db, server_config, clock, tmp_path):
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES ('hollins-park', 'HP', ?)", ts(clock()))
    audit = AuditLog(db, tmp_path / "audit-head.json", clock)
    await seed(db, server_config, clock)
    start = clock()

    async def purge_at(days: float, seconds: int = 0):
        return await purge(db, audit, server_config, start + timedelta(days=days, seconds=seconds))

    counts = await purge_at(30, -1)
    assert counts["events"] == 0 and await ids(db) == {"usage1", "flag1", "unchecked1"}
    counts = await purge_at(30)
    assert counts["events"] == 1 and await ids(db) == {"flag1", "unchecked1"}
    counts = await purge_at(100)
    assert counts["acknowledgements"] == 1 and counts["reports"] == 0
    assert await db.fetchval("SELECT COUNT(*) FROM acknowledgements") == 0
    counts = await purge_at(150)
    assert counts["reports"] == 1 and await db.fetchval("SELECT COUNT(*) FROM reports") == 0
    assert (await purge_at(200, -1))["events"] == 0
    assert (await purge_at(200))["events"] == 1 and await ids(db) == {"flag1"}
    assert await db.fetchval("SELECT COUNT(*) FROM event_notes") == 1
    assert (await purge_at(365))["events"] == 1 and await ids(db) == set()
    # The flagged event's note went with it.
    assert await db.fetchval("SELECT COUNT(*) FROM event_notes") == 0

    # Each purge that deleted something is audited, with counts and nothing else.
    rows = await db.fetch("SELECT actor, detail FROM audit_log WHERE action = 'retention.purge' ORDER BY seq")
    assert [r["actor"] for r in rows] == ["system:purge"] * 5
    assert json.loads(rows[-1]["detail"])["events"] == 1
    assert all(set(json.loads(r["detail"])) <= {"events", "acknowledgements", "reports", "sessions",
                                                 "login_failures", "audit_rows"} for r in rows)


async def test_sessions_and_login_failures_expire(db, server_config, clock, tmp_path):
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES ('hollins-park', 'HP', ?)", ts(clock()))
    audit = AuditLog(db, tmp_path / "audit-head.json", clock)
    account = await create_account(db, "alice", "staff", school_id="hollins-park")
    now = clock()
    s = server_config.sessions
    for name, created, seen in (("fresh", now, now),
                                ("idle", now - timedelta(hours=1), now - timedelta(minutes=s.idle_minutes + 1)),
                                ("old", now - timedelta(hours=s.absolute_hours + 1), now)):
        await db.execute("INSERT INTO sessions (id_hash, account_id, csrf, created_at, last_seen) "
                         "VALUES (?, ?, 'x', ?, ?)", name, account, ts(created), ts(seen))
    await db.execute("INSERT INTO login_failures (key, at) VALUES ('k', ?), ('k', ?)",
                     ts(now), ts(now - timedelta(minutes=s.login_window_minutes + 1)))
    counts = await purge(db, audit, server_config, now)
    assert counts["sessions"] == 2 and counts["login_failures"] == 1
    assert [r["id_hash"] for r in await db.fetch("SELECT id_hash FROM sessions")] == ["fresh"]
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures") == 1


async def test_old_audit_rows_go_and_the_chain_still_verifies(db, server_config, clock, tmp_path):
    head = tmp_path / "audit-head.json"
    audit = AuditLog(db, head, clock)
    for i in range(5):
        await audit.record("account:1:r", "event.read", target=f"old{i}")
    clock.advance(days=40)
    for i in range(3):
        await audit.record("account:1:r", "event.read", target=f"new{i}")
    server_config.retention.audit_days = 30
    counts = await purge(db, audit, server_config, clock())
    assert counts["audit_rows"] == 5
    targets = [r["target"] for r in await db.fetch("SELECT target FROM audit_log ORDER BY seq")]
    assert targets == ["new0", "new1", "new2", ""]      # the purge's own row last
    base = await db.fetchrow("SELECT base_seq FROM audit_head")
    assert base["base_seq"] == 5
    result = await verify(db, head)
    assert result.ok, result.describe()
    assert result.rows == 4
    # Appends after the purge still chain on.
    await audit.record("account:1:r", "event.read", target="after")
    assert (await verify(db, head)).ok
    # Everything old: the whole chain goes; the base is then the head, and it still verifies.
    clock.advance(days=40)
    counts = await purge(db, audit, server_config, clock())
    assert counts["audit_rows"] == 5
    assert await db.fetchval("SELECT COUNT(*) FROM audit_log") == 1   # this purge's own row
    assert (await verify(db, head)).ok


async def test_a_broken_chain_is_not_purged(db, server_config, clock, tmp_path):
    head = tmp_path / "audit-head.json"
    audit = AuditLog(db, head, clock)
    for i in range(4):
        await audit.record("account:1:r", "event.read", target=f"old{i}")
    await db.execute("UPDATE audit_log SET target = 'changed' WHERE seq = 2")
    clock.advance(days=40)
    server_config.retention.audit_days = 30
    counts = await purge(db, audit, server_config, clock())
    assert counts["audit_rows"] == 0
    assert "audit row 2" in counts["audit_refused"]
    assert await db.fetchval("SELECT COUNT(*) FROM audit_log WHERE seq <= 4") == 4   # the evidence is kept
    result = await verify(db, head)
    assert not result.ok and result.seq == 2


async def test_run_once_records_health(client, clock):
    app = client.app
    counts = await retention.run_once(app)
    assert counts is not None and app[keys.HEALTH].purge.ok
    await app[keys.DB].execute("DROP TABLE reports")   # a real failure, from the database
    assert await retention.run_once(app) is None
    purge_health = app[keys.HEALTH].purge
    assert not purge_health.ok and purge_health.failures == 1 and "reports" in purge_health.last_error
    health = await (await client.get("/api/v1/health")).json()
    assert health["components"]["purge"]["ok"] is False


def test_purge_command(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    live = data / "postwarden.db"

    async def build():
        db = await open_database(f"sqlite:{live}", live)
        try:
            await db.execute("INSERT INTO login_failures (key, at) VALUES ('k', '2000-01-01T00:00:00.000000Z')")
        finally:
            await db.close()
    asyncio.run(build())
    config = tmp_path / "server.yaml"
    config.write_text(json.dumps({"data_dir": str(data), "proxy": {"enabled": False},
                                  "schools": [{"id": "hollins-park", "config": str(ROOT / "demo" / "school.yaml")}]}),
                      encoding="utf-8")
    assert main(["purge", "--config", str(config)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["login_failures"] == 1 and out["events"] == 0
    assert main(["audit", "verify", "--config", str(config)]) == 0

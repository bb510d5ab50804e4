"""POST /api/v1/ingest: proxies deliver events; each is stored once, minimised, under the
token's school, with its kind and retention; a bad batch stores nothing and says why."""
from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest

from server import keys
from server.access import create_token
from server.config import School
from server.db import now_ts
from tests.server.helpers import login, make_account

TEXT = "Call 07700 900123 or mail j.smith@example.org about amelie dubois https://example.org/a"


def event(**over) -> dict:
    """An event shaped as addon/events.py make_event makes it (content mode minimal)."""
    out = {
        "id": uuid.uuid4().hex,
        "at": "2026-11-20T09:30:00+00:00",
        "logged_at": "2026-11-20T09:30:01+00:00",
        "user": "c.teacher",
        "platform": "x",
        "host": "x.com",
        "action": "post",
        "operation": "CreateTweet",
        "account": {"id": "123", "handle": "@mr_walker_y6"},
        "recipients": [],
        "media": [],
        "decision": "allow",
        "effect": "forwarded",
        "status": "checked",
        "reason": None,
        "ack": False,
        "findings": [],
        "content": {"sha256": hashlib.sha256(b"hello").hexdigest(), "length": 5, "excerpt": "hello"},
        "fallback": False,
        "opaque": False,
        "notes": [],
    }
    out.update(over)
    return out


def flagged(**over) -> dict:
    return event(**{"decision": "warn", "effect": "held", "findings": [
        {"category": "pupil_name", "rule": "upland/personal-no-individual-pupil-matters",
         "clause": "Upland Primary School Social Media Policy, Personal use of social media",
         "severity": "high", "message": "Names a pupil in full: Amélie Dubois.", "evidence": "amelie dubois"},
        {"category": "pupil_name", "rule": "upland/other", "clause": "x", "severity": "high"},
        {"category": "directed_time", "rule": "upland/personal-use-own-time", "clause": "y", "severity": "medium"},
    ], **over})


def two_schools(test):
    """Serve a second school (same policy) for this test, to see rows land in the right one."""
    test.two_schools = True
    return test


@pytest.fixture
def server_config(server_config, request):
    if getattr(request.function, "two_schools", False):
        server_config.schools.append(School(id="riverside", name="Riverside Academy",
                                            config=Path(server_config.schools[0].config)))
    return server_config


@pytest.fixture
async def proxy(client) -> dict[str, str]:
    _, value = await create_token(client.app[keys.DB], "hollins-park", "proxy", "test")
    return {"Authorization": f"Bearer {value}"}


async def send(client, headers, events, batch=None):
    resp = await client.post("/api/v1/ingest", json={"batch": batch or uuid.uuid4().hex, "events": events},
                             headers=headers)
    return resp.status, await resp.json()


async def rows(client, sql="SELECT * FROM events ORDER BY seq", *args):
    return await client.app[keys.DB].fetch(sql, *args)


async def test_batch_is_stored_and_a_retry_answers_the_stored_counts(client, proxy):
    events = [event(), flagged(), event(status="unchecked", reason="timeout", effect="forwarded")]
    status, body = await send(client, proxy, events, batch="b-1")
    assert (status, body) == (200, {"batch": "b-1", "accepted": 3, "duplicates": 0})
    status, body = await send(client, proxy, events, batch="b-1")
    assert (status, body) == (200, {"batch": "b-1", "accepted": 3, "duplicates": 0})
    assert len(await rows(client)) == 3
    batches = await rows(client, "SELECT batch_id, accepted, duplicates FROM ingest_batches")
    assert batches == [{"batch_id": "b-1", "accepted": 3, "duplicates": 0}]
    assert client.app[keys.HEALTH].ingest.ok


async def test_overlapping_batches_store_each_event_once(client, proxy):
    a, b, c = event(), flagged(), event()
    assert (await send(client, proxy, [a, b]))[1]["accepted"] == 2
    status, body = await send(client, proxy, [b, c, c])
    assert status == 200
    assert (body["accepted"], body["duplicates"]) == (1, 2)
    stored = await rows(client)
    assert sorted(r["id"] for r in stored) == sorted([a["id"], b["id"], c["id"]])


@two_schools
async def test_events_are_stored_under_the_tokens_school(client, proxy):
    _, other = await create_token(client.app[keys.DB], "riverside", "proxy", "riverside proxy")
    e = event(school="hollins-park", school_id="hollins-park")   # what an event says is ignored
    status, _ = await send(client, {"Authorization": f"Bearer {other}"}, [e])
    assert status == 200
    (row,) = await rows(client)
    assert row["school_id"] == "riverside"
    assert row["source"].startswith("token:") and row["source"].endswith(":riverside proxy")
    body = json.loads(row["body"])
    assert "school" not in body and "school_id" not in body


def content_event() -> dict:
    # A proxy that sent more than the server allows: the full text, an unredacted excerpt,
    # the findings' evidence, and keys the server does not know.
    return flagged(content={"sha256": "0" * 64, "length": 3, "excerpt": TEXT, "text": TEXT},
                   extra_secret=TEXT, user_agent="Mozilla/5.0")


async def test_minimal_content_keeps_hash_length_and_a_redacted_excerpt(client, proxy):
    client.app[keys.CONFIG].retention.content = "minimal"
    e = content_event()
    assert (await send(client, proxy, [e]))[0] == 200
    (row,) = await rows(client)
    body = json.loads(row["body"])
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    assert body["content"] == {"sha256": digest, "length": len(TEXT),
                               "excerpt": "Call ##### ###### or mail [email] about amelie dubois [link]"}
    assert row["content_hash"] == digest
    assert row["excerpt"] == body["content"]["excerpt"]
    stored = json.dumps(row, ensure_ascii=False)
    for secret in ("07700", "j.smith@example.org", "https://example.org/a", "Mozilla"):
        assert secret not in stored
    assert all(set(f) <= {"category", "rule", "clause", "severity"} for f in body["findings"])
    assert "extra_secret" not in body and "user_agent" not in body


async def test_hash_content_keeps_only_hash_and_length(client, proxy):
    client.app[keys.CONFIG].retention.content = "hash"
    assert (await send(client, proxy, [content_event()]))[0] == 200
    (row,) = await rows(client)
    body = json.loads(row["body"])
    assert body["content"] == {"sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "length": len(TEXT)}
    assert row["excerpt"] is None
    assert "amelie" not in json.dumps(row, ensure_ascii=False)


async def test_full_content_keeps_the_text_and_evidence(client, proxy):
    client.app[keys.CONFIG].retention.content = "full"
    assert (await send(client, proxy, [content_event()]))[0] == 200
    (row,) = await rows(client)
    body = json.loads(row["body"])
    assert body["content"]["text"] == TEXT
    assert body["findings"][0]["evidence"] == "amelie dubois"
    assert "extra_secret" not in body


async def test_excerpt_only_event_under_full_stays_an_excerpt(client, proxy):
    client.app[keys.CONFIG].retention.content = "full"
    e = event(content={"sha256": "A" * 64, "length": 12, "excerpt": "ring 0123 456"})
    assert (await send(client, proxy, [e]))[0] == 200
    (row,) = await rows(client)
    assert json.loads(row["body"])["content"] == {"sha256": "a" * 64, "length": 12, "excerpt": "ring #### ###"}


async def test_kinds_triage_categories_and_retention(client, proxy):
    usage = event(at="2026-11-20T10:30:00+01:00")
    flag = flagged(at="2026-11-20T09:30:00Z", ack=True, effect="acknowledged")
    warned = event(decision="warn", effect="passed_with_warning")
    unchecked = event(status="unchecked", reason="timeout", decision="allow")
    unchecked_flag = flagged(status="unchecked", reason="checkers_busy")
    status, _ = await send(client, proxy, [usage, flag, warned, unchecked, unchecked_flag])
    assert status == 200
    got = {r["id"]: r for r in await rows(client)}
    u, f, w, c, cf = (got[e["id"]] for e in (usage, flag, warned, unchecked, unchecked_flag))
    assert u["at"] == "2026-11-20T09:30:00.000000Z"          # +01:00 normalised to UTC
    assert json.loads(u["body"])["at"] == "2026-11-20T09:30:00+00:00"
    assert (u["kind"], u["triage"], u["retain_until"]) == ("usage", "none", "2027-02-18T09:30:00.000000Z")
    assert (f["kind"], f["triage"], f["retain_until"]) == ("flagged", "new", "2027-11-20T09:30:00.000000Z")
    assert f["categories"] == "pupil_name directed_time"
    assert (f["acknowledged"], f["effect"], f["decision"]) == (1, "acknowledged", "warn")
    assert (w["kind"], w["triage"]) == ("flagged", "new")
    assert (c["kind"], c["triage"], c["retain_until"]) == ("unchecked", "none", "2027-11-20T09:30:00.000000Z")
    assert cf["kind"] == "unchecked"
    assert (u["staff_ref"], u["platform"], u["action"], u["received_at"]) == (
        "c.teacher", "x", "post", "2026-11-20T10:00:00.000000Z")


async def test_malformed_events_refuse_the_batch_naming_each_index(client, proxy):
    good = event()
    no_id = event()
    del no_id["id"]
    no_at = event()
    del no_at["at"]
    events = [good, no_id, no_at, event(at="2026-11-20T09:30:00"), event(content={"length": "5"}),
              event(decision="maybe"), "not an event", event(at="yesterday")]
    status, body = await send(client, proxy, events, batch="bad")
    assert status == 422
    fields = body["error"]["details"]["fields"]
    assert set(fields) == {"events[1].id", "events[2].at", "events[3].at", "events[4].content.length",
                           "events[5].decision", "events[6]", "events[7].at"}
    assert "offset" in fields["events[3].at"]
    assert await rows(client) == []
    assert await rows(client, "SELECT * FROM ingest_batches") == []


@pytest.mark.parametrize("payload, field", [
    ({"events": [{}]}, "batch"),
    ({"batch": "", "events": [{}]}, "batch"),
    ({"batch": "x" * 101, "events": [{}]}, "batch"),
    ({"batch": "has space", "events": [{}]}, "batch"),
    ({"batch": "b", "events": []}, "events"),
    ({"batch": "b", "events": [{}] * 1001}, "events"),
])
async def test_batch_shape_is_checked(client, proxy, payload, field):
    resp = await client.post("/api/v1/ingest", json=payload, headers=proxy)
    assert resp.status == 422
    assert field in (await resp.json())["error"]["details"]["fields"]


async def test_only_proxy_tokens_may_ingest(client, proxy):
    db = client.app[keys.DB]
    batch = {"batch": "b", "events": [event()]}
    assert (await client.post("/api/v1/ingest", json=batch)).status == 401
    resp = await client.post("/api/v1/ingest", json=batch, headers={"Authorization": "Bearer pwt_nonsense"})
    assert resp.status == 401
    _, ext = await create_token(db, "hollins-park", "extension", "test")
    resp = await client.post("/api/v1/ingest", json=batch, headers={"Authorization": f"Bearer {ext}"})
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "forbidden")
    token_id, disabled = await create_token(db, "hollins-park", "proxy", "old")
    await db.execute("UPDATE tokens SET disabled_at = ? WHERE id = ?", now_ts(), token_id)
    resp = await client.post("/api/v1/ingest", json=batch, headers={"Authorization": f"Bearer {disabled}"})
    assert resp.status == 401
    await make_account(client, "admin1", "admin")
    csrf = await login(client, "admin1")
    assert (await client.post("/api/v1/ingest", json=batch, headers=csrf)).status == 403
    assert await rows(client) == []


async def test_database_failure_answers_503_stores_nothing_and_a_retry_succeeds(client, proxy):
    db = client.app[keys.DB]
    events = [event(), flagged()]
    await db.execute("ALTER TABLE events RENAME TO events_away")   # a real failure, mid-transaction
    try:
        status, body = await send(client, proxy, events, batch="b-503")
    finally:
        await db.execute("ALTER TABLE events_away RENAME TO events")
    assert (status, body["error"]["code"]) == (503, "unavailable")
    health = client.app[keys.HEALTH]
    assert not health.ingest.ok and health.status == "degraded"
    assert await rows(client, "SELECT * FROM ingest_batches") == []   # the record went with the events
    status, body = await send(client, proxy, events, batch="b-503")
    assert (status, body["accepted"]) == (200, 2)
    assert health.ingest.ok

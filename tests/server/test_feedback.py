"""POST /api/v1/ack and /api/v1/report: a warning acknowledged gives a token the proxy can
verify; a block cannot be acknowledged; a report opens a row; both are audited."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from server import acks, keys
from server.access import create_token

HASH = acks.post_hash("So proud of amelie dubois in my class today")


@pytest.fixture
async def extension(client) -> tuple[int, dict[str, str]]:
    token_id, value = await create_token(client.app[keys.DB], "hollins-park", "extension", "test")
    return token_id, {"Authorization": f"Bearer {value}"}


def ack_body(**over) -> dict:
    return {"user": "c.teacher", "post_hash": HASH, "platform": "facebook", "decision": "warn",
            "rules": ["upland/personal-no-individual-pupil-matters"],
            "justification": "Parent asked me to share it.", **over}


async def audit_rows(client, action):
    return await client.app[keys.DB].fetch("SELECT * FROM audit_log WHERE action = ? ORDER BY seq", action)


async def test_ack_stores_a_row_and_answers_a_token_the_proxy_can_verify(client, extension, clock):
    token_id, headers = extension
    resp = await client.post("/api/v1/ack", json=ack_body(), headers=headers)
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    expires = datetime.fromisoformat(body["expires_at"])
    assert expires == (clock.now + timedelta(minutes=10)).replace(microsecond=0)
    secret = client.app[keys.SECRET]
    assert acks.verify_token(secret, body["ack"], "hollins-park", "c.teacher", HASH, now=clock.now)
    # Another person, another text, another school, or too late: refused.
    assert not acks.verify_token(secret, body["ack"], "hollins-park", "s.office", HASH, now=clock.now)
    assert not acks.verify_token(secret, body["ack"], "hollins-park", "c.teacher", acks.post_hash("other"),
                                 now=clock.now)
    assert not acks.verify_token(secret, body["ack"], "riverside", "c.teacher", HASH, now=clock.now)
    assert not acks.verify_token(secret, body["ack"], "hollins-park", "c.teacher", HASH, now=expires)
    assert not acks.verify_token(b"another key", body["ack"], "hollins-park", "c.teacher", HASH, now=clock.now)
    assert body["ack"].startswith(f"pwa1.{int(expires.timestamp())}.")

    (row,) = await client.app[keys.DB].fetch("SELECT * FROM acknowledgements")
    assert (row["school_id"], row["staff_ref"], row["post_hash"], row["platform"], row["decision"]) == (
        "hollins-park", "c.teacher", HASH, "facebook", "warn")
    assert json.loads(row["rules"]) == ["upland/personal-no-individual-pupil-matters"]
    assert row["justification"] == "Parent asked me to share it."
    assert row["retain_until"] == "2027-11-20T10:00:00.000000Z"   # retention.flagged_days after now
    (audit,) = await audit_rows(client, "acknowledgement.create")
    assert audit["actor"] == f"token:{token_id}:extension"
    assert (audit["school_id"], audit["target"]) == ("hollins-park", f"acknowledgement:{row['id']}")
    assert "Parent asked" not in audit["detail"]


def test_post_hash_ignores_spacing_but_not_words():
    assert acks.post_hash("  So  proud\nof\tyou ") == acks.post_hash("So proud of you")
    assert acks.post_hash("Ame\u0301lie") == acks.post_hash("Amélie")   # NFC
    assert acks.post_hash("So proud of you") != acks.post_hash("So proud of them")


async def test_a_block_cannot_be_acknowledged(client, extension):
    _, headers = extension
    resp = await client.post("/api/v1/ack", json=ack_body(decision="block"), headers=headers)
    assert resp.status == 409
    assert (await resp.json())["error"]["code"] == "conflict"
    resp = await client.post("/api/v1/ack", json=ack_body(decision="allow"), headers=headers)
    assert resp.status == 422
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM acknowledgements") == 0
    assert await audit_rows(client, "acknowledgement.create") == []


@pytest.mark.parametrize("change, field", [
    ({"post_hash": "abc"}, "post_hash"),
    ({"user": ""}, "user"),
    ({"justification": "x" * 2001}, "justification"),
    ({"rules": "one-rule"}, "rules"),
])
async def test_bad_acks_are_refused(client, extension, change, field):
    _, headers = extension
    resp = await client.post("/api/v1/ack", json=ack_body(**change), headers=headers)
    assert resp.status == 422
    assert field in (await resp.json())["error"]["details"]["fields"]


async def test_report_opens_a_row_and_is_audited(client, extension, clock):
    token_id, headers = extension
    resp = await client.post("/api/v1/report", headers=headers, json={
        "user": "c.teacher", "post_hash": HASH, "event_id": "abc123",
        "rules": ["upland/personal-no-individual-pupil-matters"], "comment": "Amélie is my daughter."})
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    (row,) = await client.app[keys.DB].fetch("SELECT * FROM reports")
    assert body == {"report": {"id": row["id"], "state": "open", "created_at": clock.now.isoformat()}}
    assert (row["school_id"], row["staff_ref"], row["post_hash"], row["event_id"], row["state"]) == (
        "hollins-park", "c.teacher", HASH, "abc123", "open")
    assert row["comment"] == "Amélie is my daughter."
    assert row["retain_until"] == "2027-11-20T10:00:00.000000Z"
    (audit,) = await audit_rows(client, "report.create")
    assert (audit["actor"], audit["target"]) == (f"token:{token_id}:extension", f"report:{row['id']}")
    assert "daughter" not in audit["detail"]


async def test_a_report_names_what_is_wrong(client, extension):
    _, headers = extension
    resp = await client.post("/api/v1/report", headers=headers, json={"user": "c.teacher", "comment": "wrong"})
    assert resp.status == 422
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM reports") == 0


async def test_only_extensions_acknowledge_and_report(client):
    _, proxy = await create_token(client.app[keys.DB], "hollins-park", "proxy", "p")
    for path, body in (("/api/v1/ack", ack_body()), ("/api/v1/report", {"user": "u", "post_hash": HASH})):
        assert (await client.post(path, json=body)).status == 401
        resp = await client.post(path, json=body, headers={"Authorization": f"Bearer {proxy}"})
        assert resp.status == 403

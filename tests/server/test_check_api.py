"""POST /api/v1/check: the server's verdict is the CLI's, for extensions and logged-in people,
and a check stores nothing of the draft."""
from __future__ import annotations

import base64
import io
import json

import pytest

from policies.model import ImageInput, Post
from server import keys
from server.access import create_token
from server.acks import post_hash
from server.api.check import MAX_IMAGE_BYTES, MAX_IMAGES, MAX_TEXT_CHARS
from tests.conftest import ROOT
from tests.server.helpers import login, make_account

DEMO_POSTS = [json.loads(line) for line in (ROOT / "demo" / "posts.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
FACE = (ROOT / "tests" / "images" / "fixtures" / "face.jpg").read_bytes()
PUPIL_POST = DEMO_POSTS[2]   # names Amélie Dubois (demo/roster.csv) from a personal account
BENIGN = DEMO_POSTS[0]


@pytest.fixture
async def extension(client) -> dict[str, str]:
    _, value = await create_token(client.app[keys.DB], "hollins-park", "extension", "test")
    return {"Authorization": f"Bearer {value}"}


async def check(client, headers, draft):
    # As a stream: aiohttp warns about sending a large body as raw bytes.
    resp = await client.post("/api/v1/check", data=io.BytesIO(json.dumps(draft).encode()),
                             headers={**headers, "Content-Type": "application/json"})
    return resp.status, await resp.json()


async def test_every_demo_post_gets_the_clis_verdict(client, extension, demo_engine):
    assert "Dubois" in PUPIL_POST["text"].title()
    for draft in DEMO_POSTS:
        status, body = await check(client, extension, draft)
        assert status == 200, body
        expected = demo_engine.check(Post.from_dict(draft)).to_dict()
        assert body.pop("post_hash") == post_hash(draft.get("text", ""))
        assert body == expected
    status, body = await check(client, extension, PUPIL_POST)
    assert body["decision"] == "warn"
    assert "pupil_name" in {f["category"] for f in body["findings"]}


async def test_benign_draft_is_allowed(client, extension):
    status, body = await check(client, extension, BENIGN)
    assert status == 200
    assert (body["decision"], body["findings"]) == ("allow", [])
    assert len(body["post_hash"]) == 64


async def test_images_reach_the_engine(client, extension, demo_engine):
    draft = {**BENIGN, "images": [{"data": base64.b64encode(FACE).decode(), "name": "face.jpg"}]}
    status, body = await check(client, extension, draft)
    assert status == 200, body
    post = Post.from_dict(BENIGN)
    post = Post(**{**{f: getattr(post, f) for f in Post.__slots__}, "images": (ImageInput("face.jpg", FACE),)})
    assert {k: v for k, v in body.items() if k != "post_hash"} == demo_engine.check(post).to_dict()
    assert body["decision"] != "allow"   # a child-like face on a personal account is not allowed silently


async def test_a_check_stores_nothing_of_the_draft(client, extension):
    db = client.app[keys.DB]
    for draft in (PUPIL_POST, BENIGN):
        assert (await check(client, extension, draft))[0] == 200
    for table in ("events", "acknowledgements", "reports", "ingest_batches"):
        assert await db.fetchval(f"SELECT COUNT(*) FROM {table}") == 0


async def test_time_defaults_to_now_and_the_official_flag_is_not_trusted(client, extension, demo_engine):
    # The extension cannot make a personal account official by saying so.
    draft = {**PUPIL_POST, "account": {"handle": "@chris.walker.77", "official": True}}
    del draft["at"]
    status, body = await check(client, extension, draft)
    assert status == 200
    expected = demo_engine.check(Post.from_dict({**draft, "at": client.app[keys.CLOCK]().isoformat()}))
    assert {k: v for k, v in body.items() if k != "post_hash"} == expected.to_dict()


@pytest.mark.parametrize("change, status, field", [
    ({"text": "x" * (MAX_TEXT_CHARS + 1)}, 413, "text"),
    ({"images": [{"data": "aGVsbG8=", "name": "a.png"}] * (MAX_IMAGES + 1)}, 422, "images"),
    ({"images": [{"data": "not base64!", "name": "a.png"}]}, 422, "images[0].data"),
    ({"images": [{"data": base64.b64encode(b"\0" * (MAX_IMAGE_BYTES + 1)).decode()}]}, 413, "images[0].data"),
    ({"action": "shout"}, 422, "action"),
    ({"at": "2026-11-24T19:30:00"}, 422, "at"),
    ({"platform": ""}, 422, "platform"),
    ({"recipients": "@someone"}, 422, "recipients"),
])
async def test_bad_drafts_are_refused_clearly(client, extension, change, status, field):
    got, body = await check(client, extension, {**BENIGN, **change})
    assert got == status, body
    assert field in body["error"]["details"]["fields"]


async def test_machines_other_than_extensions_are_refused(client, extension):
    assert (await check(client, {}, BENIGN))[0] == 401
    _, proxy = await create_token(client.app[keys.DB], "hollins-park", "proxy", "p")
    status, body = await check(client, {"Authorization": f"Bearer {proxy}"}, BENIGN)
    assert (status, body["error"]["code"]) == (403, "forbidden")


async def test_staff_check_their_own_drafts_as_themselves(client, demo_engine):
    await make_account(client, "chris", "staff", staff_ref="c.teacher")
    headers = await login(client, "chris")
    draft = {k: v for k, v in DEMO_POSTS[1].items() if k != "user"}   # directed time: depends on the user
    status, body = await check(client, headers, draft)
    assert status == 200, body
    expected = demo_engine.check(Post.from_dict({**draft, "user": "c.teacher"})).to_dict()
    assert {k: v for k, v in body.items() if k != "post_hash"} == expected
    status, body = await check(client, headers, {**draft, "user": "s.office"})
    assert status == 403


async def test_reviewers_may_ask_what_if_for_a_member_of_staff(client, demo_engine):
    await make_account(client, "dsl", "reviewer", staff_ref="d.lead")
    headers = await login(client, "dsl")
    status, body = await check(client, headers, PUPIL_POST)
    assert status == 200
    assert {k: v for k, v in body.items() if k != "post_hash"} == demo_engine.check(Post.from_dict(PUPIL_POST)).to_dict()
    assert (await check(client, headers, {**BENIGN, "school": "another-school"}))[0] == 404


async def test_trust_wide_accounts_name_the_school(client):
    await make_account(client, "trust", "admin", school_id=None)
    headers = await login(client, "trust")
    status, body = await check(client, headers, BENIGN)
    assert status == 422 and "school" in body["error"]["details"]["fields"]
    assert (await check(client, headers, {**BENIGN, "school": "hollins-park"}))[0] == 200
    assert (await check(client, headers, {**BENIGN, "school": "nowhere"}))[0] == 404


async def test_a_session_check_needs_the_csrf_header(client):
    await make_account(client, "chris", "staff", staff_ref="c.teacher")
    await login(client, "chris")
    status, body = await check(client, {}, BENIGN)
    assert (status, body["error"]["code"]) == (403, "csrf")

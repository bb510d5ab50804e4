"""Two servers on one database (as a trust runs them), on SQLite and PostgreSQL: an admin's
edit saved through one is in force on the other without a restart, within
`schools.CHECK_EVERY` of the other's clock; an edit saved on a server that has not yet
noticed another server's edit keeps both."""
from __future__ import annotations

import io
import json

import pytest

from server import keys
from server.access import create_token
from server.app import create_app
from server.schools import CHECK_EVERY
from tests.server.helpers import login, make_account
from tests.server.test_school_data import timetable_form

SCHOOL = "hollins-park"
RULE = "upland/personal-no-individual-pupil-matters"
#: demo/posts.jsonl's third post: names a pupil on the demo roster from a personal account.
PUPIL_POST = {"platform": "facebook", "action": "post", "account": {"handle": "@chris.walker.77"},
              "user": "c.teacher", "at": "2026-11-24T18:00:00+00:00",
              "text": "So proud of amelie dubois in my class today, her first ever solo in assembly!"}


@pytest.fixture
async def second(server_config, clock, aiohttp_client_factory, client):
    """Server B: its own app and engines on the `client` server's database (A started first)."""
    return await aiohttp_client_factory(create_app(server_config, clock=clock))


async def check(client, token: str) -> str:
    resp = await client.post("/api/v1/check", data=io.BytesIO(json.dumps(PUPIL_POST).encode()),
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert RULE in {f["rule"] for f in body["findings"]}
    return body["decision"]


def decision(app) -> str:
    rule = next(r for r in app[keys.SCHOOLS][SCHOOL].engine.pack.rules if r.id == RULE)
    return rule.decision.personal.value


async def test_an_edit_on_one_server_is_in_force_on_the_other_without_a_restart(client, second, clock):
    _, token = await create_token(second.app[keys.DB], SCHOOL, "extension", "devices")
    assert await check(second, token) == "warn"                 # B has looked: nothing edited yet

    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    saved = await client.post("/admin/rules", data={f"{RULE}:personal": "block", "action": "save"},
                              headers=headers, allow_redirects=False)
    assert saved.status == 303 and "done=rules_saved" in saved.headers["Location"]
    assert await check(client, token) == "block"                # in force at once where it was saved

    # B read the versions less than CHECK_EVERY ago (by its clock), so it has not looked again...
    assert await check(second, token) == "warn"
    # ...and once that long has passed, B's next request notices the edit and rebuilds.
    clock.advance(seconds=CHECK_EVERY.total_seconds())
    assert await check(second, token) == "block"
    assert decision(second.app) == "block"
    assert second.app[keys.SCHOOLS][SCHOOL].version == client.app[keys.SCHOOLS][SCHOOL].version == 1

    # An edit saved on B reaches A the same way.
    headers_b = await login(second, "adm")
    back = await second.post("/admin/rules", data={f"{RULE}:personal": "warn", "action": "save"},
                             headers=headers_b, allow_redirects=False)
    assert back.status == 303
    clock.advance(seconds=CHECK_EVERY.total_seconds())
    assert await check(client, token) == "warn"
    versions = await client.app[keys.DB].fetch("SELECT id, edits_version FROM schools")
    assert versions == [{"id": SCHOOL, "edits_version": 2}]


async def test_an_edit_saved_before_noticing_another_servers_edit_keeps_both(client, second, clock):
    await make_account(client, "adm", "admin")
    headers_a = await login(client, "adm")          # A has looked at the versions (nothing edited)
    headers_b = await login(second, "adm")
    # B saves a timetable; A, within CHECK_EVERY of its last look, has not noticed it...
    saved = await second.post("/admin/timetable", data=timetable_form(), headers=headers_b, allow_redirects=False)
    assert saved.status == 303
    assert monday(client.app) == ["08:50-10:30", "10:45-12:00", "13:00-15:20"]      # the file's
    # ...when an admin saves a rule decision on A: A's engine has both edits, not only its own.
    saved = await client.post("/admin/rules", data={f"{RULE}:personal": "block", "action": "save"},
                              headers=headers_a, allow_redirects=False)
    assert saved.status == 303
    assert (monday(client.app), decision(client.app)) == (["09:00-12:00", "13:00-15:00"], "block")
    assert decision(second.app) == "warn"                 # B has not looked again yet: the pack's
    clock.advance(seconds=CHECK_EVERY.total_seconds())
    assert (await second.get("/login")).status == 200    # B's next request notices A's edit
    assert (monday(second.app), decision(second.app)) == (["09:00-12:00", "13:00-15:00"], "block")
    assert client.app[keys.SCHOOLS][SCHOOL].version == second.app[keys.SCHOOLS][SCHOOL].version == 2


def monday(app) -> list[str]:
    return [str(p) for p in app[keys.SCHOOLS][SCHOOL].engine.school.timetable.week[0]]

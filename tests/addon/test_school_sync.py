"""The proxy follows the edits admins save on the server (addon/school_sync.py).

The real server app (aiohttp TestServer on loopback, SQLite) and the real addon in taddons
with the demo school's config and real engines. An admin's edit saved through the web UI
changes what the proxy does to the same post once the proxy has synced; a fetch that fails,
or edits that do not load on the proxy, leave the engines in force; a restarted proxy puts
the edits it kept in force at once even while the server is down. Each post is one event.

The sync thread polls once at start and then every `postwarden_school_sync_s` (an hour
here), so each test drives `sync_once` itself, on a thread as the poller does, while the
app serves on the test's event loop: the engines are swapped on the loop before it returns.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestClient
from mitmproxy import exceptions
from mitmproxy.test import taddons

from addon.school_sync import CACHE_FILE
from addon.warden import Postwarden
from server.school_data import bump_version, save_section
from tests.addon.test_shipper import start_app
from tests.e2e.serverproc import ROOT
from tests.server.helpers import login, make_account

from .conftest import make_flow

RULE = "upland/personal-no-individual-pupil-matters"
POST_URL = "https://x.com/i/api/graphql/q/CreateTweet"
#: Names a pupil on the demo roster from a personal account: the pack warns, unless edited.
PUPIL_POST = {"variables": {"tweet_text": "So proud of amelie dubois in my class today, her first solo!"}}
X = {"cookie": "twid=u%3D1447", "proxy-authorization": "Basic ai5qb25lczpwdw=="}   # j.jones:pw
SATURDAY_EVENING = 1795284000.0       # 2026-11-21T18:00Z
DOWN = "http://127.0.0.1:9"      # nothing listens: connection refused


@pytest_asyncio.fixture
async def server(tmp_path):
    app = await start_app(tmp_path)
    client = TestClient(app.server)
    await client.start_server()
    await make_account(client, "adm", "admin")
    app.headers = await login(client, "adm")
    app.client = client
    yield app
    await client.close()


@pytest.fixture
def make_proxy(tmp_path):
    """Proxies made by a test; `make.stop(a)` shuts one down (as mitmproxy's exit does)."""
    made = []

    def make(url: str, token: str, data: str = "proxy", **options):
        token_file = tmp_path / "proxy-token"
        token_file.write_text(token + "\n")
        a = Postwarden()
        tctx = taddons.context(a)
        tctx.__enter__()
        made.append((a, tctx))
        options = {"postwarden_school_sync_s": 3600, "postwarden_check_workers": 1, **options}
        tctx.configure(a, postwarden_config=str(ROOT / "demo" / "school.yaml"),
                       postwarden_data_dir=str(tmp_path / data), postwarden_server=url,
                       postwarden_server_token_file=str(token_file), **options)
        return a

    def stop(a: Postwarden) -> None:
        for entry in [m for m in made if m[0] is a]:
            made.remove(entry)
            a.done()
            entry[1].__exit__(None, None, None)
    make.stop = stop
    yield make
    for a, _ in list(made):
        stop(a)


async def sync(a: Postwarden) -> bool:
    """One sync, as the poller does it. The poller's own first sync may come before or after
    it (they take turns): either way, once this returns, the proxy judges with the edits the
    server had when it was called (engines are swapped on the loop before it resumes here)."""
    return await asyncio.to_thread(a.school_sync.sync_once)


async def post(a: Postwarden) -> str:
    """Send the pupil post through the addon: what happened to it."""
    f = make_flow("POST", POST_URL, PUPIL_POST, X)
    f.request.timestamp_start = SATURDAY_EVENING      # own time: only the pupil's name is in question
    await a.request(f)
    return f.metadata["postwarden"]["effect"]


def events(a: Postwarden) -> list[dict]:
    """Every event the proxy logged, shipped to the server already or not."""
    a.spool.flush()
    with contextlib.closing(sqlite3.connect(a.spool.path)) as db:
        return [json.loads(body) for (body,) in db.execute("SELECT body FROM events ORDER BY seq")]


async def save_rule(server, decision: str) -> None:
    resp = await server.client.post("/admin/rules", data={f"{RULE}:personal": decision, "action": "save"},
                                    headers=server.headers, allow_redirects=False)
    assert resp.status == 303 and "done=rules_saved" in resp.headers["Location"], await resp.text()


@pytest.mark.parametrize("inline_text_chars", [1000, 0], ids=["on-the-loop", "on-a-judge-thread"])
async def test_an_admin_edit_changes_the_proxys_verdict_after_a_sync(server, make_proxy, inline_text_chars):
    a = make_proxy(server.url, server.token, postwarden_inline_text_chars=inline_text_chars)
    assert not await sync(a)              # nothing edited yet: the file's engines stay
    assert await post(a) == "held"        # the pack warns: held for acknowledgement

    await save_rule(server, "block")
    await sync(a)
    assert a.school_sync.version == 1 and a.school_sync.updates == 1
    assert await post(a) == "blocked"
    assert not await sync(a)              # 304: nothing new, nothing rebuilt
    assert a.school_sync.updates == 1 and a.school_sync.last_error == ""

    await save_rule(server, "allow")
    assert await sync(a)                  # the poller waits an hour: this sync is the one
    assert await post(a) == "forwarded"
    assert [(e["decision"], e["effect"]) for e in events(a)] == [
        ("warn", "held"), ("block", "blocked"), ("allow", "forwarded")]


async def test_a_failed_fetch_keeps_the_engines_in_force(server, make_proxy):
    a = make_proxy(server.url, server.token)
    await save_rule(server, "block")
    await sync(a)
    assert await post(a) == "blocked"

    await server.server.close()           # the server goes away
    assert not await sync(a)
    stats = a.school_sync.stats()
    assert stats["consecutive_failures"] >= 1 and "cannot reach" in stats["last_error"]
    assert stats["version"] == 1
    assert await post(a) == "blocked"
    assert [e["effect"] for e in events(a)] == ["blocked", "blocked"]


async def test_edits_that_do_not_load_here_keep_the_engines_in_force(server, make_proxy):
    """A server whose copy of the config file differs could store an edit this proxy cannot
    load: the proxy keeps its engines, says so, and does not rebuild it on every poll."""
    a = make_proxy(server.url, server.token)
    await save_rule(server, "block")
    await sync(a)
    assert await post(a) == "blocked"

    async with server.db.transaction() as tx:
        await save_section(tx, "hollins-park", "timetable", {"timezone": "Mars/Olympus_Mons"})
        version = await bump_version(tx, "hollins-park")
    assert not await sync(a)
    stats = a.school_sync.stats()
    assert stats["not_loaded"] == version and stats["version"] == 1
    assert "do not load here" in stats["last_error"] and "timezone" in stats["last_error"]
    assert await post(a) == "blocked"
    assert not await sync(a)              # a 304: the same edits are not built again...
    stats = a.school_sync.stats()
    assert stats["not_loaded"] == version and stats["last_error"] == ""   # ...so no new error


async def test_a_restarted_proxy_applies_the_edits_it_kept_while_the_server_is_down(server, make_proxy, tmp_path):
    first = make_proxy(server.url, server.token, data="kept")
    await save_rule(server, "block")
    await sync(first)
    kept = tmp_path / "kept" / CACHE_FILE
    assert kept.stat().st_mode & 0o077 == 0          # it can hold the roster: owner only
    assert json.loads(kept.read_text())["bundle"]["version"] == 1
    make_proxy.stop(first)
    await server.server.close()                      # the server goes away; the proxy restarts

    again = make_proxy(server.url, server.token, data="kept")
    await sync(again)
    stats = again.school_sync.stats()
    assert "cannot reach" in stats["last_error"] and stats["version"] == 1
    assert await post(again) == "blocked"
    make_proxy.stop(again)

    # Edits kept from another server are not this one's: the config file alone until it answers.
    elsewhere = make_proxy(DOWN, server.token, data="kept")
    await sync(elsewhere)
    assert elsewhere.school_sync.stats()["version"] is None
    assert await post(elsewhere) == "held"


async def test_the_option_is_checked_and_zero_turns_syncing_off(server, make_proxy):
    a = make_proxy(server.url, server.token, postwarden_school_sync_s=0)
    assert a.school_sync is None and a.shipper is not None
    with pytest.raises(exceptions.OptionsError, match="postwarden_school_sync_s"):
        make_proxy(server.url, server.token, data="other", postwarden_school_sync_s=-1)

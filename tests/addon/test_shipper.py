"""Shipping the spool to the real server app (aiohttp TestServer on loopback, SQLite).

The shipper runs on its own thread and makes blocking HTTP requests, so each test drives it
with `asyncio.to_thread` while the app serves on the test's event loop. Only the back-off
test talks to something other than the app: loopback sockets that refuse or drop connections.
"""
from __future__ import annotations

import asyncio
import json
import random
import socket
import sqlite3
import ssl
import threading
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer
from mitmproxy import exceptions
from mitmproxy.test import taddons

from addon.shipper import Shipper, Target, batch_id
from addon.spool import Spool
from addon.warden import Postwarden
from server import keys
from server.access import create_token
from server.app import create_app
from server.config import load_server_config
from tests.e2e.loopback import make_pki
from tests.e2e.serverproc import ROOT, sample_events

from .conftest import FixedEngine

SCHOOL = "hollins-park"


class App:
    def __init__(self, server: TestServer, token: str, scheme: str = "http"):
        self.server = server
        self.token = token
        host = "localhost" if scheme == "https" else "127.0.0.1"
        self.url = f"{scheme}://{host}:{server.port}/"

    @property
    def db(self):
        return self.server.app[keys.DB]

    async def stored_ids(self) -> list[str]:
        return [r["id"] for r in await self.db.fetch("SELECT id FROM events ORDER BY seq")]


async def start_app(tmp_path: Path, ssl_context: ssl.SSLContext | None = None) -> App:
    cfg = load_server_config(ROOT / "demo" / "server.yaml")
    cfg.data_dir = tmp_path / "server"
    cfg.database.dsn = f"sqlite:{tmp_path / 'server' / 'postwarden.db'}"
    cfg.proxy.enabled = False
    server = TestServer(create_app(cfg))
    await server.start_server(ssl=ssl_context)
    _, token = await create_token(server.app[keys.DB], SCHOOL, "proxy", "test proxy")
    return App(server, token, "https" if ssl_context else "http")


@pytest_asyncio.fixture
async def app(tmp_path):
    a = await start_app(tmp_path)
    yield a
    await a.server.close()


@pytest.fixture
def spool(tmp_path):
    s = Spool(tmp_path / "spool.sqlite")
    yield s
    s.close()


@pytest.fixture
def make_shipper():
    """Shippers made by a test are stopped (thread and connection) when it ends."""
    made: list[Shipper] = []

    def make(*args, **kwargs) -> Shipper:
        made.append(Shipper(*args, **kwargs))
        return made[-1]
    yield make
    for s in made:
        s.stop()


def fill(spool: Spool, events: list[dict]) -> None:
    for e in events:
        assert spool.put(e)
    spool.flush()


async def drain(shipper: Shipper, limit: int = 100) -> int:
    """Ship batch after batch until nothing is pending; returns how many batches went."""
    sent = 0
    for _ in range(limit):
        if not await asyncio.to_thread(shipper.ship_once):
            return sent
        sent += 1
    raise AssertionError("the spool never emptied")


async def test_ships_every_event_once_and_marks_them_shipped(app, spool, make_shipper):
    events = sample_events(230)
    fill(spool, events)
    shipper = make_shipper(spool, app.url, app.token, batch_size=100)
    assert await drain(shipper) == 3
    assert shipper.shipped == 230 and shipper.batches == 3 and shipper.failed == 0
    assert spool.counts() == {"pending": 0, "shipped": 230, "rejected": 0}
    assert sorted(await app.stored_ids()) == sorted(e["id"] for e in events)
    flagged = await app.db.fetchval("SELECT COUNT(*) FROM events WHERE kind = 'flagged' AND triage = 'new'")
    assert flagged == sum(1 for e in events if e["decision"] == "warn")


async def test_a_batch_sent_again_is_stored_once(app, spool, tmp_path, make_shipper):
    """The server stored a batch but its answer was lost: the events are still pending, go
    again with the same batch id, and are confirmed without being stored twice."""
    events = sample_events(40)
    fill(spool, events)
    shipper = make_shipper(spool, app.url, app.token, batch_size=40)
    await drain(shipper)
    with sqlite3.connect(tmp_path / "spool.sqlite") as db:   # as if mark_shipped never ran
        db.execute("UPDATE events SET shipped = 0")
    db.close()
    assert batch_id([e for _, e in spool.pending(40)]) == batch_id(events)
    await drain(shipper)
    # Confirmed twice, from the batch's stored answer the second time (so no duplicates).
    assert shipper.shipped == 80 and shipper.duplicates == 0
    assert spool.counts()["pending"] == 0
    ids = await app.stored_ids()
    assert sorted(ids) == sorted(e["id"] for e in events) and len(ids) == len(set(ids))


async def test_events_already_stored_count_as_duplicates(app, spool, tmp_path, make_shipper):
    first = sample_events(10)
    fill(spool, first)
    shipper = make_shipper(spool, app.url, app.token)
    await drain(shipper)
    with sqlite3.connect(tmp_path / "spool.sqlite") as db:   # pending again, with new ones
        db.execute("UPDATE events SET shipped = 0 WHERE seq <= 5")
    db.close()
    fill(spool, sample_events(3))
    await drain(shipper)
    assert shipper.shipped == 18 and shipper.duplicates == 5
    assert len(await app.stored_ids()) == 13


async def test_a_refused_token_ships_nothing_until_the_file_holds_a_good_one(app, spool, tmp_path, make_shipper):
    fill(spool, sample_events(5))
    token_file = tmp_path / "token"
    token_file.write_text("pwt_not-a-real-token\n")
    shipper = make_shipper(spool, app.url, lambda: token_file.read_text().strip())
    assert not await asyncio.to_thread(shipper.ship_once)
    assert shipper.failed == 1 and "token" in shipper.last_error
    assert spool.counts()["pending"] == 5 and await app.stored_ids() == []
    token_file.write_text(app.token + "\n")     # the admin puts the right token in; no restart
    await drain(shipper)
    assert shipper.shipped == 5 and shipper.consecutive_failures == 0 and shipper.last_error == ""


async def test_a_malformed_event_is_set_aside_and_the_rest_ship(app, spool, make_shipper):
    events = sample_events(9)
    events[6]["at"] = "last tuesday"            # the server refuses this one
    fill(spool, events)
    shipper = make_shipper(spool, app.url, app.token, batch_size=9)
    await drain(shipper)
    assert shipper.rejected == 1 and shipper.shipped == 8
    assert spool.counts() == {"pending": 0, "shipped": 8, "rejected": 1}
    assert sorted(await app.stored_ids()) == sorted(e["id"] for i, e in enumerate(events) if i != 6)
    assert spool.retry_rejected() == 1 and spool.counts()["pending"] == 1


async def test_https_with_the_schools_own_ca(tmp_path, spool, make_shipper):
    pki = make_pki(tmp_path / "pki", names=("localhost",))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(pki.cert, pki.key)
    a = await start_app(tmp_path, ctx)
    try:
        fill(spool, sample_events(4))
        untrusting = make_shipper(spool, a.url, a.token)   # the system's CAs do not know this one
        assert not await asyncio.to_thread(untrusting.ship_once)
        assert "CERTIFICATE_VERIFY_FAILED" in untrusting.last_error
        shipper = make_shipper(spool, a.url, a.token, cafile=pki.ca)
        await drain(shipper)
        assert shipper.shipped == 4 and len(await a.stored_ids()) == 4
        # Close the client's kept-alive connection first: a TLS server closing it would wait
        # for the client's close_notify, which a blocked client never sends.
        shipper.stop()
    finally:
        await a.server.close()


async def test_the_thread_ships_what_arrives_and_stops(app, spool, make_shipper):
    shipper = make_shipper(spool, app.url, app.token, idle=0.05).start()
    try:
        for n in (3, 7):
            fill(spool, sample_events(n))
            shipper.wake()
            for _ in range(400):
                if spool.counts()["pending"] == 0:
                    break
                await asyncio.sleep(0.025)
        assert spool.counts() == {"pending": 0, "shipped": 10, "rejected": 0}
    finally:
        await asyncio.to_thread(shipper.stop)
    assert not shipper._thread.is_alive()
    assert len(await app.stored_ids()) == 10


# -- back-off, against sockets that refuse or drop connections --------------------------------


class Dropper:
    """A loopback listener that accepts each connection and closes it at once."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


def refused_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()       # nothing listens there now: connections are refused
    return port


@pytest.mark.parametrize("server", ["refuses", "drops"])
def test_failures_back_off_exponentially_with_jitter_and_ship_nothing(spool, server, make_shipper):
    fill(spool, sample_events(3))
    dropper = Dropper() if server == "drops" else None
    port = dropper.port if dropper else refused_port()
    shipper = make_shipper(spool, f"http://127.0.0.1:{port}", "pwt_x", backoff_base=0.002, backoff_cap=0.016,
                      rng=random.Random(7))
    try:
        shipper.start()
        while shipper.failed < 8:
            shipper._stop.wait(0.01)
    finally:
        shipper.stop()
    assert spool.counts() == {"pending": 3, "shipped": 0, "rejected": 0}
    assert shipper.shipped == 0 and shipper.consecutive_failures == shipper.failed
    assert ("refused" if server == "refuses" else "cannot reach") in shipper.last_error
    if dropper:
        assert dropper.accepted >= 8
        dropper.close()
    delays = list(shipper.delays)[:8]
    for n, delay in enumerate(delays, start=1):
        ceiling = min(0.016, 0.002 * 2 ** (n - 1))
        assert ceiling / 2 <= delay <= ceiling          # jitter within [d/2, d], capped
    assert len(set(delays)) == len(delays)              # jittered, not in lock-step
    assert max(delays[4:]) <= 0.016                     # the cap holds


def test_backoff_is_capped_around_thirty_seconds_by_default(spool, make_shipper):
    shipper = make_shipper(spool, "http://127.0.0.1:9", "pwt_x")
    assert 0.25 <= shipper.backoff(1) <= 0.5 and 0.5 <= shipper.backoff(2) <= 1.0
    assert all(15.0 <= shipper.backoff(n) <= 30.0 for n in range(7, 40))


@pytest.mark.parametrize("url, message", [
    ("ftp://server.example/", "not an http"),
    ("https://user:secret@server.example/", "token file"),
    ("https://server.example/?token=x", "no query"),
])
def test_server_url_errors(url, message):
    with pytest.raises(ValueError, match=message):
        Target.parse(url)


def test_target_keeps_a_path_prefix():
    assert Target.parse("https://school.example/postwarden/").path == "/postwarden/api/v1/ingest"
    assert Target.parse("http://127.0.0.1:8080").port == 8080


# -- the addon's options ------------------------------------------------------------------------


@pytest.fixture
def addon(tmp_path):
    a = Postwarden()
    a.engine_factory = lambda path: FixedEngine()
    with taddons.context(a) as tctx:
        yield a, tctx
        a.done()


def test_addon_ships_when_a_server_is_configured(addon, tmp_path):
    a, tctx = addon
    token = tmp_path / "token"
    token.write_text("pwt_abc\n")
    tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), postwarden_data_dir=str(tmp_path / "d"),
                   postwarden_server="http://127.0.0.1:9", postwarden_server_token_file=str(token))
    assert a.shipper is not None and a.shipper.spool is a.spool and a.shipper._thread.is_alive()
    assert str(a.shipper.target) == "http://127.0.0.1:9/api/v1/ingest"
    tctx.configure(a, postwarden_server="")        # shipping off again: the thread stops
    assert a.shipper is None


@pytest.mark.parametrize("options, message", [
    ({"postwarden_server": "http://127.0.0.1:9"}, "needs postwarden_server_token_file"),
    ({"postwarden_server": "http://127.0.0.1:9", "postwarden_server_token_file": "/nonexistent/token"},
     "postwarden_server_token_file"),
    ({"postwarden_server": "ldap://x", "postwarden_server_token_file": "TOKEN"}, "postwarden_server:"),
    ({"postwarden_server": "https://x.example", "postwarden_server_token_file": "TOKEN",
      "postwarden_server_ca": "/nonexistent/ca.pem"}, "postwarden_server_ca"),
    ({"postwarden_server": "https://x.example", "postwarden_server_token_file": "TOKEN",
      "postwarden_server_ca": "NOTPEM"}, "postwarden_server_ca"),
])
def test_addon_option_errors(addon, tmp_path, options, message):
    a, tctx = addon
    (tmp_path / "token").write_text("pwt_abc\n")
    (tmp_path / "bad.pem").write_text("not a certificate\n")
    options = {k: v.replace("TOKEN", str(tmp_path / "token")).replace("NOTPEM", str(tmp_path / "bad.pem"))
               for k, v in options.items()}
    with pytest.raises(exceptions.OptionsError, match=message):
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"),
                       postwarden_data_dir=str(tmp_path / "d"), **options)
    assert a.shipper is None


def test_batch_id_depends_on_the_events_only():
    events = sample_events(3)
    assert batch_id(events) == batch_id(json.loads(json.dumps(events)))
    assert batch_id(events) != batch_id(events[:2])

"""kill -9 the server again and again while a proxy ships to it: nothing lost, nothing twice.

The real `postwarden serve --no-proxy` runs as a subprocess on SQLite; a spool of 3,000
addon events ships to it through the real shipper in small batches. Five times, at a random
moment while batches are going in, the server is killed with SIGKILL (no clean-up at all);
while it is down its database file is opened read-only and must pass `PRAGMA
integrity_check`; then it is started again on the same port. At the end every event is
stored exactly once and the spool has nothing left to ship.
"""
from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from addon.shipper import Shipper
from addon.spool import Spool

from .serverproc import ServerProcess, free_port, proxy_token, sample_events, write_config

EVENTS = 3000
KILLS = 5
TIME_LIMIT = 120        # seconds for the whole test; a bound, not a measurement


def integrity(db_path: Path) -> str:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def wait_until(condition, deadline: float, what: str) -> None:
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def test_kill_9_while_shipping_loses_nothing_and_stores_nothing_twice(tmp_path):
    deadline = time.monotonic() + TIME_LIMIT
    rng = random.Random(5)
    port = free_port()
    config = write_config(tmp_path / "server", port=port)
    db_path = tmp_path / "server" / "data" / "postwarden.db"
    token = proxy_token(config)

    spool = Spool(tmp_path / "spool.sqlite")
    events = sample_events(EVENTS)
    for e in events:
        assert spool.put(e)
    spool.flush()

    server = ServerProcess(config, port).start()
    # Small batches, so there are many transactions to be killed in the middle of; short
    # back-off, so the test spends its time shipping rather than waiting.
    shipper = Shipper(spool, server.url, token, batch_size=10, timeout=5, backoff_base=0.05,
                      backoff_cap=0.5, idle=0.05).start()
    checks = []
    try:
        for _ in range(KILLS):
            before = shipper.batches
            wait_until(lambda: shipper.batches > before, deadline, "a batch to go in after the (re)start")
            time.sleep(rng.uniform(0, 0.15))
            assert spool.counts()["pending"] > 0, "shipping finished before the server could be killed"
            server.kill()
            checks.append(integrity(db_path))
            server = ServerProcess(config, port).start()
        wait_until(lambda: spool.counts()["pending"] == 0, deadline, "the spool to empty")
    finally:
        shipper.stop()
        status = server.stop()
        spool.close()

    assert checks == ["ok"] * KILLS
    assert status == 0, server.text()
    assert shipper.failed > 0          # the kills did interrupt shipping
    assert Spool(tmp_path / "spool.sqlite").counts() == {"pending": 0, "shipped": EVENTS, "rejected": 0}
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        count, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM events").fetchone()
        stored = {row[0] for row in db.execute("SELECT id FROM events")}
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    assert count == distinct == EVENTS
    assert stored == {e["id"] for e in events}

"""A durable local spool of events, bounded on disk, ready for shipping to the server.

SQLite in WAL mode with `synchronous=FULL` (an acknowledged event survives a crash or power
loss). Writes happen on one writer thread fed by a bounded queue, so the proxy's event loop
never waits on the disk. When the spool passes its size bound it deletes shipped events
first, then the oldest unshipped ones, counting and logging each loss. A full disk or a
broken database is counted and logged; traffic is never affected.

Shipping (addon/shipper.py) reads `pending()`, sends, then calls `mark_shipped()`; each
event's `id` is its idempotency key. An event the server refuses as malformed is marked
rejected: kept (for an admin to look at, or to send again after an upgrade with
`retry_rejected()`), never pending, and trimmed with the shipped ones.
"""
from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    size INTEGER NOT NULL,
    shipped INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_unshipped ON events (shipped, seq);
"""
_STOP = object()
PENDING, SHIPPED, REJECTED = 0, 1, 2
GROUP = 500     # most events written in one transaction
#: Seconds the writer waits for more events after the first of a group. One commit (an
#: fsync, with synchronous=FULL) per event cost a busy proxy about as much CPU as judging
#: the post; an event already waits in memory between the hook and the writer, and waiting
#: this much longer changes only how many are written together. An event is in the database
#: at most this long, plus the write, after `put`.
LINGER = 0.02


class Spool:
    def __init__(self, path: Path | str, max_bytes: int = 256 * 1024 * 1024, queue_size: int = 10_000,
                 linger: float = LINGER):
        self.path = Path(path)
        self.linger = linger
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.written = 0
        self.dropped = 0        # deleted unshipped to stay within the bound, or queue overflow
        self.errors = 0
        self._queue: queue.Queue = queue.Queue(maxsize=queue_size)
        with self._connect() as db:
            db.executescript(SCHEMA)
            self._size = db.execute("SELECT COALESCE(SUM(size), 0) FROM events").fetchone()[0]
        db.close()
        self._thread = threading.Thread(target=self._run, name="postwarden-spool", daemon=True)
        self._thread.start()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        return db

    def put(self, event: dict) -> bool:
        """Queue an event; never blocks. False (and counted) when the queue is full."""
        try:
            self._queue.put_nowait(event)
            return True
        except queue.Full:
            self.dropped += 1
            log.error("postwarden spool: queue full, event %s lost", event.get("id"))
            return False

    def flush(self) -> None:
        """Wait until every queued event has been written (or failed)."""
        self._queue.join()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    def _run(self) -> None:
        db = self._connect()
        try:
            while True:
                group = [self._queue.get()]
                if group[-1] is not _STOP and self.linger > 0 and self._queue.qsize() < GROUP - 1:
                    # Sleep rather than wait on the queue for the rest of the group: a
                    # waiting writer is woken by every `put` (a thread switch and a GIL
                    # hand-over on the proxy's event loop per event), a sleeping one not.
                    time.sleep(self.linger)
                while len(group) < GROUP and group[-1] is not _STOP:
                    try:
                        group.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                try:
                    self._write_group(db, [e for e in group if e is not _STOP])
                finally:
                    for _ in group:
                        self._queue.task_done()
                if group[-1] is _STOP:
                    return
        finally:
            db.close()

    def _write_group(self, db: sqlite3.Connection, events: list) -> None:
        """Whatever arrived together goes in one transaction: one fsync for a burst, not one
        per event, so a busy proxy's spool keeps up."""
        if not events:
            return
        written = self.written
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            self.errors += len(events)
            log.error("postwarden spool: %d events not stored: %s", len(events), e)
            return
        for event in events:
            try:
                self._write(db, event)
            except Exception as e:   # the writer must outlive any one bad event
                self.errors += 1
                log.error("postwarden spool: event not stored: %s", e)
        try:
            db.execute("COMMIT")
        except sqlite3.Error as e:
            lost = self.written - written
            self.errors += lost
            self.written = written
            log.error("postwarden spool: %d events not stored: %s", lost, e)
            try:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                self._size = db.execute("SELECT COALESCE(SUM(size), 0) FROM events").fetchone()[0]
            except sqlite3.Error:
                pass

    def _write(self, db: sqlite3.Connection, event: dict) -> None:
        body = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
        size = len(body.encode("utf-8", "surrogatepass"))
        try:
            db.execute("INSERT OR IGNORE INTO events (id, body, size) VALUES (?, ?, ?)",
                       (str(event.get("id")), body, size))
            self._size += size
            self.written += 1
            if self._size > self.max_bytes:
                self._trim(db)
        except sqlite3.Error as e:
            self.errors += 1
            log.error("postwarden spool: cannot write event %s: %s", event.get("id"), e)

    def _trim(self, db: sqlite3.Connection) -> None:
        target = int(self.max_bytes * 0.9)
        for state in (SHIPPED, REJECTED, PENDING):
            while self._size > target:
                rows = db.execute("SELECT seq, size FROM events WHERE shipped = ? ORDER BY seq LIMIT 100",
                                  (state,)).fetchall()
                if not rows:
                    break
                db.execute(f"DELETE FROM events WHERE seq IN ({','.join('?' * len(rows))})",
                           [r[0] for r in rows])
                self._size -= sum(r[1] for r in rows)
                if state != SHIPPED:
                    self.dropped += len(rows)
                    log.error("postwarden spool: over %d bytes, deleted %d unshipped events",
                              self.max_bytes, len(rows))

    # -- for the shipper (and tests): their own connection, safe alongside the writer -------

    def pending(self, limit: int = 500) -> list[tuple[int, dict]]:
        with _closing(self._connect()) as db:
            rows = db.execute("SELECT seq, body FROM events WHERE shipped = 0 ORDER BY seq LIMIT ?",
                              (limit,)).fetchall()
        return [(seq, json.loads(body)) for seq, body in rows]

    def mark_shipped(self, seqs: list[int]) -> None:
        if not seqs:
            return
        with _closing(self._connect()) as db:
            db.execute(f"UPDATE events SET shipped = 1 WHERE seq IN ({','.join('?' * len(seqs))})", seqs)

    def mark_rejected(self, seqs: list[int]) -> None:
        """Events the server refused as malformed: kept, but no longer pending."""
        if not seqs:
            return
        with _closing(self._connect()) as db:
            db.execute(f"UPDATE events SET shipped = {REJECTED} WHERE seq IN ({','.join('?' * len(seqs))})", seqs)

    def retry_rejected(self) -> int:
        """Make rejected events pending again (after the server was fixed); returns how many."""
        with _closing(self._connect()) as db:
            return db.execute(f"UPDATE events SET shipped = {PENDING} WHERE shipped = {REJECTED}").rowcount

    def counts(self) -> dict[str, int]:
        """Events by state: pending, shipped, rejected."""
        with _closing(self._connect()) as db:
            rows = dict(db.execute("SELECT shipped, COUNT(*) FROM events GROUP BY shipped").fetchall())
        return {"pending": rows.get(PENDING, 0), "shipped": rows.get(SHIPPED, 0),
                "rejected": rows.get(REJECTED, 0)}

    def count(self) -> int:
        with _closing(self._connect()) as db:
            return db.execute("SELECT COUNT(*) FROM events").fetchone()[0]


class _closing:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc) -> None:
        self.db.close()

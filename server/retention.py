"""Retention: the purge that deletes what the retention settings no longer allow keeping.

Events, acknowledgements and reports carry their own `retain_until` (set when stored, from
config.retention), so the purge only compares times; an event's notes go with it (ON DELETE
CASCADE). Sessions past their idle or absolute limit and login failures past their window
are deleted too, and audit rows older than `audit_days`.

Audit rows are deleted only as a prefix of the chain, and only once that prefix has been
checked: the chain's base (audit_head.base_seq/base_hash) moves to the last deleted row in
the same transaction, so `postwarden audit verify` still passes afterwards, and a purge never
destroys the evidence of a tampered row. Each purge that deletes anything is itself audited
(counts only, no personal data).

Rows are deleted in batches, each its own transaction, so a first purge of a large database
never holds the (SQLite) writer for long. `purge_ctx` runs the purge in the background every
`purge_every_minutes` and records failures in app[keys.HEALTH].purge.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta

from aiohttp import web

from server import keys
from server.audit import AuditLog, walk_chain
from server.config import ServerConfig
from server.db import Database, DatabaseError, ts

log = logging.getLogger(__name__)

#: Rows one delete statement removes; each batch is its own transaction.
BATCH = 1000
#: The first purge after start-up waits at most this long (then every purge_every_minutes).
FIRST_DELAY_SECONDS = 300


async def _delete_batches(db: Database, table: str, key: str, where: str, *args) -> int:
    """Delete every row of `table` matching `where`, BATCH rows per transaction."""
    total = 0
    sql = (f"DELETE FROM {table} WHERE {key} IN "
           f"(SELECT {key} FROM {table} WHERE {where} ORDER BY {key} LIMIT {BATCH})")
    while True:
        async with db.transaction() as tx:
            n = await tx.execute(sql, *args)
        total += n
        if n < BATCH:
            return total


async def purge(db: Database, audit: AuditLog, config: ServerConfig, now: datetime) -> dict[str, int | str]:
    """Delete everything past its retention at `now`; returns the counts deleted.

    `audit_refused` (a message) appears instead of deleting audit rows when the part of the
    chain due for deletion does not verify: that evidence is kept for an investigation.
    """
    r, s = config.retention, config.sessions
    stamp = ts(now)
    counts: dict[str, int | str] = {
        "events": await _delete_batches(db, "events", "seq", "retain_until <= ?", stamp),
        "acknowledgements": await _delete_batches(db, "acknowledgements", "id", "retain_until <= ?", stamp),
        "reports": await _delete_batches(db, "reports", "id", "retain_until <= ?", stamp),
        "sessions": await _delete_batches(
            db, "sessions", "id_hash", "last_seen < ? OR created_at < ?",
            ts(now - timedelta(minutes=s.idle_minutes)), ts(now - timedelta(hours=s.absolute_hours))),
        "login_failures": await _delete_batches(
            db, "login_failures", "id", "at <= ?", ts(now - timedelta(minutes=s.login_window_minutes))),
    }
    async with db.transaction() as tx:
        deleted, refused = await _purge_audit(tx, ts(now - timedelta(days=r.audit_days)))
        counts["audit_rows"] = deleted
        if refused:
            counts["audit_refused"] = refused
        if any(v for v in counts.values()):
            await audit.record("system:purge", "retention.purge", detail=counts, tx=tx)
    await audit.sync_head()
    if refused:
        log.error("purge: old audit rows kept, because %s; run `postwarden audit verify`", refused)
    return counts


async def _purge_audit(tx, cutoff: str) -> tuple[int, str]:
    """Delete the chain's rows older than `cutoff`, as a prefix, and move the base past them."""
    lock = " FOR UPDATE" if tx.dialect == "postgresql" else ""
    head = await tx.fetchrow(f"SELECT seq, base_seq, base_hash FROM audit_head WHERE id = 1{lock}")
    if head is None:
        return 0, ""
    base_seq, head_seq = int(head["base_seq"]), int(head["seq"])
    first_kept = await tx.fetchval("SELECT MIN(seq) FROM audit_log WHERE seq > ? AND at >= ?", base_seq, cutoff)
    # Rows are appended in time order, so the old rows are the chain's start; one kept row
    # keeps every row after it too (a clock set back on one server never splits the chain).
    cut = head_seq if first_kept is None else int(first_kept) - 1
    if cut <= base_seq:
        return 0, ""
    walk = await walk_chain(tx, base_seq, head["base_hash"], cut)
    if walk.broken_seq is not None:
        return 0, f"audit row {walk.broken_seq} is {walk.reason}"
    deleted = await tx.execute("DELETE FROM audit_log WHERE seq <= ?", cut)
    await tx.execute("UPDATE audit_head SET base_seq = ?, base_hash = ? WHERE id = 1", cut, walk.last_hash)
    return deleted, ""


async def purge_ctx(app: web.Application):
    """cleanup_ctx entry: the purge every config.retention.purge_every_minutes, stopped on shutdown."""
    task = asyncio.create_task(_purge_loop(app), name="postwarden-purge")
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _purge_loop(app: web.Application) -> None:
    config = app[keys.CONFIG]
    every = config.retention.purge_every_minutes * 60
    await asyncio.sleep(min(every, FIRST_DELAY_SECONDS))
    while True:
        await run_once(app)
        await asyncio.sleep(every)


async def run_once(app: web.Application) -> dict[str, int | str] | None:
    """One purge, its outcome recorded in health; None when it failed (the log says why)."""
    health = app[keys.HEALTH].purge
    now = app[keys.CLOCK]()
    try:
        counts = await purge(app[keys.DB], app[keys.AUDIT], app[keys.CONFIG], now)
    except (DatabaseError, OSError) as e:
        log.error("purge failed: %s", e)
        health.failure(str(e), now)
        return None
    except Exception as e:   # a bug must not end the loop: the next run tries again
        log.exception("purge failed")
        health.failure(f"{type(e).__name__}: {e}", now)
        return None
    if "audit_refused" in counts:
        health.failure(str(counts["audit_refused"]), now)
    else:
        health.success()
    return counts

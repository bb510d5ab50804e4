"""The append-only audit log: who read, exported, triaged or changed what, chained by hashes.

Each row's hash is SHA-256 over the previous row's hash and the row's own canonical JSON, so
editing, deleting or reordering a row breaks every hash after it (`postwarden audit verify`).
`audit_head` holds the newest (seq, hash); an append reads and moves it in one transaction
(row-locked on PostgreSQL, under the single writer on SQLite), so concurrent appends from
several servers still form one chain. Deleting rows at the end would leave a shorter but
valid chain, so the head is also written to a file outside the database after each append.

Call `record(..., tx=tx)` inside the transaction of the action being audited, so the action
and its audit row commit (or fail) together.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from server.db import Database, Queries, ts

log = logging.getLogger(__name__)

GENESIS = "0" * 64


def row_hash(prev_hash: str, seq: int, at: str, school_id: str | None, actor: str, action: str,
             target: str, detail: str) -> str:
    canonical = json.dumps([seq, at, school_id, actor, action, target, detail],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def canonical_detail(detail: dict[str, Any] | None) -> str:
    return json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


class AuditLog:
    def __init__(self, db: Database, head_file: Path | None = None,
                 clock: Callable[[], datetime] | None = None):
        self.db = db
        self.head_file = head_file
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    async def record(self, actor: str, action: str, *, school_id: str | None = None, target: str = "",
                     detail: dict[str, Any] | None = None, tx: Queries | None = None) -> int:
        """Append one row; returns its seq. `actor` is Principal.actor or 'system:<job>'."""
        if tx is not None:
            seq, digest = await self._append(tx, actor, action, school_id, target, detail)
        else:
            async with self.db.transaction() as own:
                seq, digest = await self._append(own, actor, action, school_id, target, detail)
            self.write_head(seq, digest)
        return seq

    async def _append(self, q: Queries, actor: str, action: str, school_id: str | None,
                      target: str, detail: dict[str, Any] | None) -> tuple[int, str]:
        lock = " FOR UPDATE" if q.dialect == "postgresql" else ""
        head = await q.fetchrow(f"SELECT seq, hash FROM audit_head WHERE id = 1{lock}")
        if head is None:
            await q.execute("INSERT INTO audit_head (id, seq, hash, base_seq, base_hash) VALUES (1, 0, ?, 0, ?) "
                            "ON CONFLICT (id) DO NOTHING", GENESIS, GENESIS)
            head = await q.fetchrow(f"SELECT seq, hash FROM audit_head WHERE id = 1{lock}")
        seq = int(head["seq"]) + 1
        at = ts(self.clock())
        detail_text = canonical_detail(detail)
        digest = row_hash(head["hash"], seq, at, school_id, actor, action, target, detail_text)
        await q.execute("INSERT INTO audit_log (seq, at, school_id, actor, action, target, detail, prev_hash, hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        seq, at, school_id, actor, action, target, detail_text, head["hash"], digest)
        await q.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, digest)
        return seq, digest

    async def sync_head(self) -> None:
        """Write the database's head to the file (after appends made inside others' transactions)."""
        head = await self.db.fetchrow("SELECT seq, hash FROM audit_head WHERE id = 1")
        if head is not None:
            self.write_head(int(head["seq"]), head["hash"])

    def write_head(self, seq: int, digest: str) -> None:
        if self.head_file is None:
            return
        try:
            current = read_head_file(self.head_file)
            if current is not None and current[0] >= seq:
                return   # another append (or another server process) already wrote a newer head
            tmp = self.head_file.with_suffix(".tmp")
            tmp.write_text(json.dumps({"seq": seq, "hash": digest}) + "\n", encoding="utf-8")
            os.replace(tmp, self.head_file)
        except OSError as e:
            log.error("audit: cannot write the chain head to %s: %s", self.head_file, e)


def read_head_file(path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return int(data["seq"]), str(data["hash"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        return None


# -- verification ----------------------------------------------------------------------------

#: Rows read per query while walking the chain, so a years-long log never sits in memory.
_PAGE = 1000


@dataclass
class VerifyResult:
    """What `verify` found. `ok` false: `seq` is the first row at fault and `reason` says how."""
    ok: bool
    rows: int = 0                     # rows whose hashes were checked
    base_seq: int = 0
    head_seq: int = 0
    seq: int | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.ok:
            span = f"rows {self.base_seq + 1}..{self.head_seq}" if self.head_seq > self.base_seq else "no rows"
            return f"audit chain intact: {self.rows} rows checked ({span})"
        where = f"row {self.seq}" if self.seq is not None else "the chain"
        return f"audit chain broken at {where}: {self.reason}"


@dataclass
class _Walk:
    """Where a walk ended: the last good (seq, hash), or the first broken row and why."""
    last_seq: int
    last_hash: str
    rows: int
    broken_seq: int | None = None
    reason: str = ""


async def walk_chain(q: Queries, base_seq: int, base_hash: str, upto: int) -> _Walk:
    """Check rows base_seq+1..upto in order: each row's hash over its own content, its link
    to the row before, and that no seq is missing. Stops at the first fault."""
    prev_seq, prev_hash, count = base_seq, base_hash, 0
    while prev_seq < upto:
        rows = await q.fetch("SELECT seq, at, school_id, actor, action, target, detail, prev_hash, hash "
                             "FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                             prev_seq, upto, _PAGE)
        if not rows:
            return _Walk(prev_seq, prev_hash, count, prev_seq + 1,
                         f"missing: rows {prev_seq + 1}..{upto} were deleted (the head is at {upto})")
        for r in rows:
            seq = int(r["seq"])
            if seq != prev_seq + 1:
                gap = f"row {prev_seq + 1}" if seq == prev_seq + 2 else f"rows {prev_seq + 1}..{seq - 1}"
                return _Walk(prev_seq, prev_hash, count, prev_seq + 1, f"missing: {gap} deleted")
            own = row_hash(r["prev_hash"], seq, r["at"], r["school_id"], r["actor"], r["action"],
                           r["target"], r["detail"])
            if own != r["hash"]:
                return _Walk(prev_seq, prev_hash, count, seq,
                             "edited: the row's content does not match its hash")
            if r["prev_hash"] != prev_hash:
                return _Walk(prev_seq, prev_hash, count, seq,
                             f"unlinked: its prev_hash is not row {prev_seq}'s hash "
                             "(rows were removed, replaced or reordered)")
            prev_seq, prev_hash, count = seq, r["hash"], count + 1
    return _Walk(prev_seq, prev_hash, count)


async def verify(db: Queries, head_file: Path | None) -> VerifyResult:
    """Walk the chain from audit_head's base to its head and compare the end with the head
    file kept outside the database.

    Catches an edited row (its hash), a deleted row (a gap in seq), removed or reordered rows
    (prev_hash), a head that does not match the last row, rows beyond the head, and rows
    deleted at the end together with the head moved back (the file is ahead or differs).
    Rows appended while this runs are not checked (the walk stops at the head read first).
    """
    max_seq = await db.fetchval("SELECT MAX(seq) FROM audit_log")
    head = await db.fetchrow("SELECT seq, hash, base_seq, base_hash FROM audit_head WHERE id = 1")
    file_head = read_head_file(head_file) if head_file is not None else None
    if head is None:
        if max_seq is not None:
            return VerifyResult(False, seq=int(max_seq), reason="audit_log has rows but audit_head is missing")
        if file_head is not None and file_head[0] > 0:
            return VerifyResult(False, seq=file_head[0],
                                reason=f"the database has no audit chain but the head file {head_file} "
                                       f"records row {file_head[0]}: the log was emptied")
        return VerifyResult(True)
    head_seq, head_hash = int(head["seq"]), head["hash"]
    base_seq, base_hash = int(head["base_seq"]), head["base_hash"]
    result = VerifyResult(True, base_seq=base_seq, head_seq=head_seq)

    def broken(seq: int | None, reason: str) -> VerifyResult:
        result.ok, result.seq, result.reason = False, seq, reason
        return result

    if base_seq > head_seq:
        return broken(head_seq, f"audit_head's base ({base_seq}) is beyond its head ({head_seq})")
    below = await db.fetchval("SELECT MAX(seq) FROM audit_log WHERE seq <= ?", base_seq)
    if below is not None:
        return broken(int(below), f"row {below} is at or before the chain's base ({base_seq}): "
                                  "rows were inserted before it")
    walk = await walk_chain(db, base_seq, base_hash, head_seq)
    result.rows = walk.rows
    if walk.broken_seq is not None:
        return broken(walk.broken_seq, walk.reason)
    if walk.last_hash != head_hash:
        return broken(head_seq, "audit_head's hash is not the last row's hash")
    if max_seq is not None and int(max_seq) > head_seq:
        return broken(head_seq + 1, f"row {head_seq + 1} is beyond audit_head ({head_seq}): "
                                    "rows were added without moving the head")

    if head_file is None:
        return result
    if file_head is None:
        if head_file.exists():
            result.warnings.append(f"the head file {head_file} cannot be read: the chain's end is unchecked")
        elif head_seq > 0:
            result.warnings.append(f"no head file at {head_file}: the chain's end is unchecked "
                                   "(normal only if this server has never appended)")
        return result
    file_seq, file_hash = file_head
    if file_seq > head_seq:
        return broken(head_seq + 1, f"the head file {head_file} records row {file_seq} but the database "
                                    f"ends at {head_seq}: rows {head_seq + 1}..{file_seq} were deleted")
    if file_seq == base_seq:
        if file_hash != base_hash:
            return broken(file_seq, f"the head file {head_file} has a different hash for row {file_seq}")
    elif file_seq > base_seq:
        stored = await db.fetchval("SELECT hash FROM audit_log WHERE seq = ?", file_seq)
        if stored != file_hash:
            return broken(file_seq, f"the head file {head_file} has a different hash for row {file_seq}: "
                                    "the rows from there on were replaced")
    # file_seq < base_seq: that row has been purged; nothing left to compare it with.
    return result

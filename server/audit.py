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

"""The audit chain: `verify` finds an edited, deleted or reordered row and names it; rows
deleted at the end are caught by the head file; concurrent appends form one chain; and
`postwarden audit verify` reports it all with its exit code."""
from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from server.audit import AuditLog, read_head_file, verify
from server.cli import main
from server.db import open_database
from tests.conftest import ROOT

ROWS = 6


async def make_chain(db, head_file: Path, clock, n: int = ROWS) -> AuditLog:
    audit = AuditLog(db, head_file, clock)
    for i in range(n):
        await audit.record(f"account:{i}:reviewer{i}", "event.read", school_id="hollins-park",
                           target=f"ev{i}", detail={"n": i})
        clock.advance(minutes=1)
    return audit


async def swap_contents(db, a: int, b: int) -> None:
    """Swap everything but seq between rows a and b (what an editor of the table might do)."""
    cols = ("at", "school_id", "actor", "action", "target", "detail", "prev_hash", "hash")
    ra = await db.fetchrow(f"SELECT {', '.join(cols)} FROM audit_log WHERE seq = ?", a)
    rb = await db.fetchrow(f"SELECT {', '.join(cols)} FROM audit_log WHERE seq = ?", b)
    sets = ", ".join(f"{c} = ?" for c in cols)
    await db.execute(f"UPDATE audit_log SET {sets} WHERE seq = ?", *[rb[c] for c in cols], a)
    await db.execute(f"UPDATE audit_log SET {sets} WHERE seq = ?", *[ra[c] for c in cols], b)


async def swap_order(db, a: int, b: int) -> None:
    await db.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", a)
    await db.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", a, b)
    await db.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", b)


async def test_untouched_chain_verifies(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    result = await verify(db, head)
    assert result.ok, result.describe()
    assert (result.rows, result.base_seq, result.head_seq) == (ROWS, 0, ROWS)
    assert read_head_file(head)[0] == ROWS
    assert result.warnings == []


async def test_empty_log_verifies(db, tmp_path):
    result = await verify(db, tmp_path / "audit-head.json")
    assert result.ok and result.rows == 0


@pytest.mark.parametrize("tamper, seq, words", [
    ("edit", 3, "edited"),
    ("delete_middle", 3, "missing"),
    ("swap_contents", 3, "edited"),
    ("swap_order", 3, "edited"),
    ("relink", 4, "unlinked"),
])
async def test_tampering_is_found_and_named(db, tmp_path, clock, tamper, seq, words):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    if tamper == "edit":
        await db.execute("UPDATE audit_log SET detail = ? WHERE seq = 3", '{"n":99}')
    elif tamper == "delete_middle":
        await db.execute("DELETE FROM audit_log WHERE seq = 3")
    elif tamper == "swap_contents":
        await swap_contents(db, 3, 4)
    elif tamper == "swap_order":
        await swap_order(db, 3, 4)
    elif tamper == "relink":
        # Row 3 rewritten with its hash recomputed: row 3 now checks out on its own, but row 4
        # still links to the hash row 3 had.
        from server.audit import row_hash
        r = await db.fetchrow("SELECT * FROM audit_log WHERE seq = 3")
        forged = row_hash(r["prev_hash"], 3, r["at"], r["school_id"], r["actor"], r["action"], r["target"],
                          '{"n":"forged"}')
        await db.execute("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3", '{"n":"forged"}', forged)
    result = await verify(db, head)
    assert not result.ok
    assert result.seq == seq, result.describe()
    assert words in result.reason
    assert f"row {seq}" in result.describe()


async def test_last_row_deleted_with_head_moved_back_is_caught_by_the_head_file(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    prev = await db.fetchrow("SELECT seq, hash FROM audit_log WHERE seq = ?", ROWS - 1)
    await db.execute("DELETE FROM audit_log WHERE seq = ?", ROWS)
    await db.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", prev["seq"], prev["hash"])
    # Inside the database the shorter chain is consistent ...
    assert (await verify(db, None)).ok
    # ... but the head file, outside it, remembers row 6.
    result = await verify(db, head)
    assert not result.ok and result.seq == ROWS
    assert "head file" in result.reason and "deleted" in result.reason


async def test_last_row_deleted_head_untouched(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    await db.execute("DELETE FROM audit_log WHERE seq = ?", ROWS)
    result = await verify(db, head)
    assert not result.ok and result.seq == ROWS and "missing" in result.reason


async def test_chain_replaced_from_a_row_on_is_caught_by_the_head_file(db, tmp_path, clock):
    """Rewriting the tail consistently (hashes recomputed) still differs from the file's hash."""
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    await db.execute("DELETE FROM audit_log WHERE seq >= 4")
    prev = await db.fetchrow("SELECT seq, hash FROM audit_log WHERE seq = 3")
    await db.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", prev["seq"], prev["hash"])
    forger = AuditLog(db, None, clock)   # no head file: the forger cannot reach it
    for i in range(3):
        await forger.record("account:1:x", "event.read", target=f"other{i}")
    result = await verify(db, head)
    assert not result.ok and result.seq == ROWS and "different hash" in result.reason


async def test_row_beyond_head_is_found(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    await db.execute("INSERT INTO audit_log (seq, at, school_id, actor, action, target, detail, prev_hash, hash) "
                     "SELECT seq + 1, at, school_id, actor, action, target, detail, hash, hash FROM audit_log "
                     "WHERE seq = ?", ROWS)
    result = await verify(db, head)
    assert not result.ok and result.seq == ROWS + 1 and "beyond" in result.reason


async def test_missing_head_file_is_a_warning(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    await make_chain(db, head, clock)
    head.unlink()
    result = await verify(db, head)
    assert result.ok and result.warnings and "no head file" in result.warnings[0]


async def test_concurrent_appends_form_one_chain(db, tmp_path, clock):
    head = tmp_path / "audit-head.json"
    audit = AuditLog(db, head, clock)
    seqs = await asyncio.gather(*(audit.record("system:test", "test.append", target=str(i)) for i in range(50)))
    assert sorted(seqs) == list(range(1, 51))
    result = await verify(db, head)
    assert result.ok, result.describe()
    assert result.rows == 50
    assert read_head_file(head)[0] == 50
    targets = {r["target"] for r in await db.fetch("SELECT target FROM audit_log")}
    assert targets == {str(i) for i in range(50)}


# -- the command -----------------------------------------------------------------------------


def write_config(tmp_path: Path, data_dir: Path, dsn: str) -> Path:
    path = tmp_path / f"server-{abs(hash(dsn))}.yaml"
    path.write_text(json.dumps({
        "data_dir": str(data_dir),
        "database": {"dsn": dsn},
        "proxy": {"enabled": False},
        "schools": [{"id": "hollins-park", "config": str(ROOT / "demo" / "school.yaml")}],
    }), encoding="utf-8")
    return path


def test_cli_verifies_and_finds_an_edit_in_a_copy_of_the_sqlite_file(tmp_path, capsys):
    from tests.server.conftest import Clock
    data = tmp_path / "data"
    data.mkdir()
    live = data / "postwarden.db"

    async def build():
        db = await open_database(f"sqlite:{live}", live)
        try:
            await make_chain(db, data / "audit-head.json", Clock())
        finally:
            await db.close()
    asyncio.run(build())
    config = write_config(tmp_path, data, f"sqlite:{live}")
    assert main(["audit", "verify", "--config", str(config)]) == 0
    assert f"{ROWS} rows checked" in capsys.readouterr().out

    # Tamper with a copy (the live file stays as it was) and point the command at it.
    copy = data / "copy.db"
    with closing(sqlite3.connect(live)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(copy)) as con, con:
        con.execute("UPDATE audit_log SET detail = '{}' WHERE seq = 2")
    bad = write_config(tmp_path, data, f"sqlite:{copy}")
    assert main(["audit", "verify", "--config", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "broken at row 2" in err and "edited" in err
    assert main(["audit", "verify", "--config", str(config)]) == 0


async def test_cli_on_postgresql(pg_cluster, tmp_path):
    dsn = await pg_cluster.new_database()
    data = tmp_path / "data"
    data.mkdir()
    from tests.server.conftest import Clock
    db = await open_database(dsn, None)
    try:
        await make_chain(db, data / "audit-head.json", Clock())
        config = write_config(tmp_path, data, dsn)
        # main() runs its own event loop: give it a thread of its own.
        assert await asyncio.to_thread(main, ["audit", "verify", "--config", str(config)]) == 0
        await db.execute("DELETE FROM audit_log WHERE seq = 4")
        assert await asyncio.to_thread(main, ["audit", "verify", "--config", str(config)]) == 1
    finally:
        await db.close()


def test_cli_cannot_open(tmp_path, capsys):
    config = write_config(tmp_path, tmp_path / "data", "postgresql://nobody@127.0.0.1:1/none")
    assert main(["audit", "verify", "--config", str(config)]) == 2
    assert "cannot open the database" in capsys.readouterr().err
    assert main(["audit", "verify", "--config", str(tmp_path / "missing.yaml")]) == 2

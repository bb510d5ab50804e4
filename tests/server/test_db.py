"""The database layer: one schema and one SQL dialect on SQLite and PostgreSQL."""
from __future__ import annotations

import asyncio

import pytest

from server.db import IntegrityError, migrations, now_ts


async def test_migrations_apply_once(db):
    names = [name for _, name, _ in migrations(db.dialect)]
    applied = [r["name"] for r in await db.fetch("SELECT name FROM schema_migrations ORDER BY version")]
    assert applied == names
    assert await db.migrate() == []


async def test_insert_returning_and_conflict(db):
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)", "s1", "School One", now_ts())
    new_id = await db.fetchval(
        "INSERT INTO accounts (school_id, username, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        "s1", "alice", "staff", now_ts(), now_ts())
    assert isinstance(new_id, int)
    changed = await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                               "s1", "again", now_ts())
    assert changed == 0
    with pytest.raises(IntegrityError):
        await db.execute("INSERT INTO accounts (school_id, username, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                         "s1", "alice", "staff", now_ts(), now_ts())


async def test_transaction_rolls_back_and_isolates(db):
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)", "s1", "One", now_ts())
    with pytest.raises(RuntimeError):
        async with db.transaction() as tx:
            await tx.execute("UPDATE schools SET name = ? WHERE id = ?", "Changed", "s1")
            raise RuntimeError("abort")
    assert await db.fetchval("SELECT name FROM schools WHERE id = ?", "s1") == "One"

    async def bump(n: int) -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO settings (school_id, key, value, updated_at) VALUES (?, ?, ?, ?)",
                             "s1", f"k{n}", str(n), now_ts())
    await asyncio.gather(*(bump(n) for n in range(20)))
    assert await db.fetchval("SELECT COUNT(*) FROM settings") == 20

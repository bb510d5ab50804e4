"""Fixtures for the server's tests: every database test runs on SQLite and on PostgreSQL.

PostgreSQL is a real server started once per test session on loopback (tests/pgcluster.py);
each test gets its own empty database in it, and its own SQLite file in tmp_path.
"""
from __future__ import annotations

import pytest
import pytest_asyncio

from server.db import Database, open_database
from tests.pgcluster import PgCluster

DIALECTS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=DIALECTS)
def dialect(request) -> str:
    return request.param


@pytest_asyncio.fixture
async def database_url(dialect, request, tmp_path) -> str:
    """'sqlite:<path>' or a fresh PostgreSQL DSN: the `database.dsn` a server config takes."""
    if dialect == "sqlite":
        return f"sqlite:{tmp_path / 'postwarden.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    return await cluster.new_database()


@pytest_asyncio.fixture
async def db(database_url) -> Database:
    from pathlib import Path
    sqlite = Path(database_url.removeprefix("sqlite:")) if database_url.startswith("sqlite:") else None
    database = await open_database(database_url, sqlite)
    yield database
    await database.close()

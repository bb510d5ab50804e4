"""Fixtures for the server's tests: every database test runs on SQLite and on PostgreSQL.

PostgreSQL is a real server started once per test session on loopback (tests/pgcluster.py,
the `pg_cluster` fixture in tests/conftest.py, which the browser tests share); each test
gets its own empty database in it, and its own SQLite file in tmp_path.
"""
from __future__ import annotations

import pytest
import pytest_asyncio

from server.db import Database, open_database
from tests.conftest import DIALECTS


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


class Clock:
    """The server's clock in tests: starts at a fixed moment; `advance` moves it."""

    def __init__(self, start: str = "2026-11-20T10:00:00+00:00"):
        from datetime import datetime
        self.now = datetime.fromisoformat(start)

    def __call__(self):
        return self.now

    def advance(self, **delta) -> None:
        from datetime import timedelta
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server_config(database_url, tmp_path):
    """The demo server config, with its data and database in this test's own places."""
    from tests.conftest import ROOT
    from server.config import load_server_config
    cfg = load_server_config(ROOT / "demo" / "server.yaml")
    cfg.data_dir = tmp_path / "data"
    cfg.database.dsn = database_url
    cfg.proxy.enabled = False
    return cfg


@pytest_asyncio.fixture
async def client(server_config, clock, aiohttp_client_factory):
    """A real aiohttp test server for the app, on loopback, on SQLite or PostgreSQL."""
    from server.app import create_app
    return await aiohttp_client_factory(create_app(server_config, clock=clock))


@pytest_asyncio.fixture
async def aiohttp_client_factory():
    from aiohttp.test_utils import TestClient, TestServer
    clients = []

    async def make(app):
        c = TestClient(TestServer(app))
        await c.start_server()
        clients.append(c)
        return c
    yield make
    for c in clients:
        await c.close()

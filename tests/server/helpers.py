"""Helpers for the server's API tests: accounts, logging in, and the CSRF header."""
from __future__ import annotations

from aiohttp.test_utils import TestClient

from server import keys
from server.accounts import create_account

PASSWORD = "correct horse battery staple"


async def make_account(client: TestClient, username: str, role: str, school_id: str | None = "hollins-park",
                       staff_ref: str | None = None, password: str = PASSWORD) -> int:
    return await create_account(client.app[keys.DB], username, role, school_id=school_id,
                                password=password, staff_ref=staff_ref)


async def login(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    """Log in through the API; returns the headers a state-changing request then needs."""
    resp = await client.post("/api/v1/session", json={"username": username, "password": password})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    return {"X-CSRF-Token": body["csrf"]}

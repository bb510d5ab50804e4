"""The app starts on both databases and answers unknown API paths with the one error shape."""
from __future__ import annotations

from server import keys


async def test_unknown_api_path_has_error_body(client):
    resp = await client.get("/api/v1/no-such-thing")
    assert resp.status == 404
    body = await resp.json()
    assert body["error"]["code"] == "not_found"


async def test_schools_registered(client):
    rows = await client.app[keys.DB].fetch("SELECT id, name FROM schools")
    assert rows == [{"id": "hollins-park", "name": "Hollins Park Primary School"}]

"""GET /api/v1/extension/config: the school, pack, limits and the proxy's own platform map,
cacheable with an ETag."""
from __future__ import annotations

import json

import pytest

from addon.platformmap import DEFAULT_DIR
from server import keys
from server.access import create_token
from server.api import check


@pytest.fixture
async def extension(client) -> dict[str, str]:
    _, value = await create_token(client.app[keys.DB], "hollins-park", "extension", "test")
    return {"Authorization": f"Bearer {value}"}


async def test_config_names_the_school_pack_and_limits(client, extension):
    resp = await client.get("/api/v1/extension/config", headers=extension)
    assert resp.status == 200
    body = await resp.json()
    assert body["school"] == {"id": "hollins-park", "name": "Hollins Park Primary School"}
    assert body["pack"]["id"] == "upland-primary"
    assert body["fail_mode"] == "open"
    assert body["limits"]["max_text_chars"] == check.MAX_TEXT_CHARS
    assert body["limits"]["max_images"] == check.MAX_IMAGES
    assert body["ack_ttl_seconds"] == 600


async def test_platform_map_is_the_proxys_files(client, extension):
    body = await (await client.get("/api/v1/extension/config", headers=extension)).json()
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in DEFAULT_DIR.glob("*.json")}
    generic = files.pop("_generic")
    assert body["generic"] == generic
    assert set(body["platforms"]) == set(files)
    # Served as the files say it (JSON lists for YAML-free tuples; nothing added, nothing lost).
    assert body["platforms"] == files


async def test_etag_answers_304_when_unchanged(client, extension):
    first = await client.get("/api/v1/extension/config", headers=extension)
    etag = first.headers["ETag"]
    again = await client.get("/api/v1/extension/config", headers={**extension, "If-None-Match": etag})
    assert again.status == 304
    assert again.headers["ETag"] == etag
    stale = await client.get("/api/v1/extension/config", headers={**extension, "If-None-Match": '"old"'})
    assert stale.status == 200


async def test_only_extension_tokens(client):
    assert (await client.get("/api/v1/extension/config")).status == 401
    _, proxy = await create_token(client.app[keys.DB], "hollins-park", "proxy", "p")
    resp = await client.get("/api/v1/extension/config", headers={"Authorization": f"Bearer {proxy}"})
    assert resp.status == 403

"""The OpenAPI document is served, well formed, and lists every /api route the app has."""
from __future__ import annotations

import pytest
import yaml
from aiohttp import web

from server.api.openapi import DOCUMENT, documented_operations, load_document


def registered_operations(app: web.Application) -> set[tuple[str, str]]:
    out = set()
    for route in app.router.routes():
        path = route.resource.canonical if route.resource is not None else ""
        if path.startswith("/api/") and route.method not in ("HEAD", "*"):
            out.add((route.method, path))
    return out


async def test_every_api_route_is_documented(client):
    registered = registered_operations(client.app)
    assert ("POST", "/api/v1/ingest") in registered
    missing = registered - documented_operations(load_document())
    assert not missing, f"add these to {DOCUMENT.name}: {sorted(missing)}"


async def test_document_is_served_as_json_and_yaml_without_login(client):
    resp = await client.get("/api/v1/openapi.json")
    assert resp.status == 200
    as_json = await resp.json()
    assert as_json["openapi"].startswith("3.1")
    resp = await client.get("/api/v1/openapi.yaml")
    assert resp.status == 200
    assert resp.content_type == "application/yaml"
    assert yaml.safe_load(await resp.text()) == as_json


def test_one_error_body_is_shared():
    doc = load_document()
    error = doc["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["required"] == ["code", "message", "details"]
    for path, item in doc["paths"].items():
        for method, op in item.items():
            for status, answer in op.get("responses", {}).items():
                if status.startswith(("4", "5")) and "$ref" not in answer:
                    schema = answer["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Error"}, (method, path, status)


def test_a_key_twice_or_a_dangling_ref_is_refused(tmp_path):
    twice = tmp_path / "twice.yaml"
    twice.write_text("openapi: 3.1.0\npaths:\n  /a: {}\n  /a: {}\n")
    with pytest.raises(ValueError, match="appears twice"):
        load_document(twice)
    dangling = tmp_path / "dangling.yaml"
    dangling.write_text("openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n"
                        "        '200': {$ref: '#/components/responses/Nope'}\n")
    with pytest.raises(ValueError, match="points at nothing"):
        load_document(dangling)

"""GET /api/v1/openapi.json and /api/v1/openapi.yaml: the API's OpenAPI 3.1 document, no login.

The document is written by hand (server/api/openapi.yaml, beside this file) so its prose can
say what the API means, not only its shapes; tests/server/test_openapi.py checks that every
/api route the app registers is in it, so it cannot fall behind the code. It is read and
checked once, when the app is built: a broken document fails at start-up, not on a request.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

DOCUMENT = Path(__file__).with_name("openapi.yaml")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):   # libyaml when present: 10x faster
    """SafeLoader that refuses a key given twice (YAML would keep the last one silently, and
    two helpers adding the same path would quietly lose one of them)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_document(path: Path = DOCUMENT) -> dict[str, Any]:
    """The document as data (shared: do not change it); ValueError naming the file when it is
    not a usable OpenAPI 3.1 document."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ValueError(f"{path}: {e}") from e
    return parse_document(text, str(path))


@functools.lru_cache(maxsize=4)
def parse_document(text: str, name: str) -> dict[str, Any]:
    """Parsed once per text: every app a process builds (tests build many) shares the work."""
    try:
        doc = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 — a safe loader
    except yaml.YAMLError as e:
        raise ValueError(f"{name}: {e}") from e
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3.1"):
        raise ValueError(f"{name}: not an OpenAPI 3.1 document")
    if not isinstance(doc.get("paths"), dict):
        raise ValueError(f"{name}: no paths")
    _check_refs(doc, name)
    return doc


def _check_refs(doc: dict, name: str) -> None:
    """Every local $ref points at something, so a typo is a start-up error, not a broken client."""
    def resolve(ref: str) -> bool:
        node: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and not resolve(ref):
                raise ValueError(f"{name}: $ref {ref!r} points at nothing")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(doc)


def documented_operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(METHOD, path) for every operation the document lists."""
    return {(method.upper(), path) for path, item in doc["paths"].items()
            for method in item if method in METHODS}


def setup(app: web.Application) -> None:
    as_yaml = DOCUMENT.read_bytes()   # read once: both forms are of the same text
    doc = parse_document(as_yaml.decode("utf-8"), str(DOCUMENT))
    as_json = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    async def serve_json(request: web.Request) -> web.Response:
        return web.Response(body=as_json, content_type="application/json", charset="utf-8")

    async def serve_yaml(request: web.Request) -> web.Response:
        return web.Response(body=as_yaml, content_type="application/yaml", charset="utf-8")

    app.router.add_get("/api/v1/openapi.json", serve_json)
    app.router.add_get("/api/v1/openapi.yaml", serve_yaml)

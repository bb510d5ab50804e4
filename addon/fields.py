"""Field paths: how the platform map says where a value sits in a request.

    variables.tweet_text                 body (JSON, form or multipart fields)
    query:media_id   header:x-fb-friendly-name   cookie:twid
    path:0  (the whole path)   path:1  (group 1 of the matched rule's path regex)
    header:x-instagram-rupload-params.upload_id   (JSON inside a header)

Steps are separated by dots; `name[]` iterates a list, `name[key=value]` keeps the list items
whose `key` equals `value`, `name[key=value][0]` keeps only the first of the items so far
(bsky.app's applyWrites: whether the first post of a thread is a reply), `*` is any key, or
any item of a list (Messenger's upload answer keys its `metadata` by index as a JSON object,
which the web client reads as it would a list).
A string met before the last step is decoded as JSON when it looks like JSON (Facebook
`variables`, Threads `text_post_app_info`), so JSON inside a form field, a header or a
multipart part is reached by the same path; an http(s) URL met there is read as
{host, path, query} (`value.singleUploadUrl.path`: the path a later upload to that URL has,
without its signed query). Text walks never open URLs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

from addon.bodies import Part, loads_json

_STEP = re.compile(r"(?:[^.\[]|\[[^\]]*\])+")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
MAX_EMBEDDED_JSON = 1024 * 1024
MAX_WALK_NODES = 20000


@dataclass
class RequestView:
    """The parts of a request the platform map can address, decoded once."""
    method: str
    host: str
    path: str
    query: dict[str, Any]
    headers: dict[str, str]
    cookies: dict[str, str]
    body: Any = None
    files: list[Part] = field(default_factory=list)
    raw: bytes = b""
    path_groups: tuple[str | None, ...] = ()
    _json: dict[str, Any] = field(default_factory=dict, repr=False)

    def values(self, spec: str) -> list[Any]:
        """Every value at `spec`, lists at the end flattened one level; absent -> []."""
        source, key, steps = _parse(spec)
        if source == "path":
            idx = int(key) if key.isdigit() else -1
            if idx == 0:
                root: Any = self.path
            elif 0 < idx <= len(self.path_groups):
                root = self.path_groups[idx - 1]
            else:
                return []
            if root is None:
                return []
            return _flatten(self._walk(root, steps))
        if source == "header":
            root = self.headers.get(key)
        elif source == "cookie":
            root = self.cookies.get(key)
        else:
            root = self.body if source == "body" else self.query
            return _flatten(self._walk(root, steps))
        if root is None:
            return []
        return _flatten(self._walk(root, steps))

    def first(self, spec: str) -> str | None:
        for v in self.values(spec):
            s = scalar(v)
            if s:
                return s
        return None

    def _maybe_json(self, value: Any) -> Any:
        if isinstance(value, str) and 1 < len(value) <= MAX_EMBEDDED_JSON:
            head = value.lstrip()[:1]
            if head in ("{", "["):
                if value not in self._json:
                    self._json[value] = loads_json(value)
                decoded = self._json[value]
                return value if decoded is None else decoded
        return value

    def _walk(self, value: Any, steps: tuple[Step, ...]) -> Iterator[Any]:
        if not steps:
            yield value
            return
        value = _url_parts(self._maybe_json(value))
        name, brackets = steps[0]
        if name == "*":
            children = (list(value.values()) if isinstance(value, dict)
                        else list(value) if isinstance(value, list) else [])
        elif name:
            if not isinstance(value, dict) or name not in value:
                return
            children = [value[name]]
        else:
            children = [value]
        for br in brackets:
            expanded = []
            if br.isascii() and br.isdigit():   # the n-th of all the items so far
                for child in children:
                    child = self._maybe_json(child)
                    expanded.extend(child if isinstance(child, list) else [child])
                children = expanded[int(br):int(br) + 1]
                continue
            for child in children:
                child = self._maybe_json(child)
                items = child if isinstance(child, list) else [child]
                if br == "":
                    expanded.extend(items)
                else:
                    key, _, want = br.partition("=")
                    expanded.extend(i for i in items
                                    if isinstance(i, dict) and scalar(i.get(key)) == want)
            children = expanded
        for child in children:
            yield from self._walk(child, steps[1:])

    def walk_strings(self, spec: str, keys: frozenset[str] | None,
                     keys_regex: re.Pattern | None) -> list[str]:
        """String leaves under `spec` whose key is in `keys` (or matches `keys_regex`)."""
        out: list[str] = []
        budget = [MAX_WALK_NODES]

        def visit(value: Any, key: str | None, depth: int) -> None:
            budget[0] -= 1
            if budget[0] < 0 or depth > 64:
                return
            value = self._maybe_json(value)
            if isinstance(value, dict):
                for k, v in value.items():
                    visit(v, str(k), depth + 1)
            elif isinstance(value, list):
                for v in value:
                    visit(v, key, depth + 1)
            elif isinstance(value, str) and value.strip() and key is not None:
                if (keys is not None and key in keys) or (keys_regex and keys_regex.search(key)):
                    out.append(value)

        for root in (self.values(spec) if spec else [self.body]):
            visit(root, None, 0)
        return out


#: A path step: the key (or "*", or "" for the value itself) and its bracket filters.
Step = tuple[str, tuple[str, ...]]


@lru_cache(maxsize=4096)
def _parse(spec: str) -> tuple[str, str, tuple[Step, ...]]:
    """(source, its key, steps) of a field path. Specs come from the platform map, so a
    proxy meets few: each is parsed once, not on every look-up of every request. The key
    is the header name (lowercased), the cookie name or the path group; "" for body/query."""
    source, _, rest = spec.partition(":") if _has_source(spec) else ("body", "", spec)
    key = ""
    if source in ("path", "header", "cookie"):
        key, _, rest = rest.partition(".")
        if source == "header":
            key = key.lower()
    steps = tuple((step.split("[", 1)[0], tuple(_BRACKETS.findall(step))) for step in _steps(rest))
    return source, key, steps


def _has_source(spec: str) -> bool:
    head = spec.split(".", 1)[0]
    return ":" in head and head.split(":", 1)[0] in ("body", "query", "header", "cookie", "path")


def _steps(rest: str) -> list[str]:
    return _STEP.findall(rest) if rest else []


def _url_parts(value: Any) -> Any:
    """An absolute http(s) URL as {host, path, query} (the path raw, as requests' paths are
    matched; the query's values decoded, the last of a repeated name kept); anything else
    as it is."""
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        return value
    parts = urlsplit(value)
    return {"host": (parts.hostname or "").lower(), "path": parts.path or "/",
            "query": dict(parse_qsl(parts.query, keep_blank_values=True))}


def _flatten(values: Iterator[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if isinstance(v, list):
            out.extend(v)
        elif v is not None:
            out.append(v)
    return out


def scalar(value: Any) -> str | None:
    """A value as text when it is a string or a number; booleans, null, objects -> None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return value
    return None


def cookie_dict(header_values: list[str]) -> dict[str, str]:
    """Cookies from Cookie headers, values URL-decoded (X's twid is `u%3D<id>`)."""
    out: dict[str, str] = {}
    for header in header_values:
        for piece in header.split(";"):
            if "=" in piece:
                k, v = piece.split("=", 1)
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                out.setdefault(k.strip(), unquote(v))
    return out

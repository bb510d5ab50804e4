"""Reads of mitmproxy `Headers` for the per-request path: the same answers as its own
`get`, `get_all` and `items()`, in one pass over the raw fields.

mitmproxy answers each `headers.get(name)` through about ten Python calls (the name to
bytes, a case-folding call per field, the values back to text, folding), and `items()`
looks every name up again among all the fields. The addon reads a monitored request's
and response's headers a dozen times across its hooks, so these few loops add up.
"""
from __future__ import annotations

from mitmproxy import http


def text(value: bytes) -> str:
    """A field's bytes as mitmproxy's Headers give them."""
    return value.decode("utf-8", "surrogateescape")


def get_all(headers: http.Headers, name: bytes) -> list[str]:
    """`headers.get_all(name)`; `name` lowercase bytes."""
    return [text(v) for k, v in headers.fields if k.lower() == name]


def get(headers: http.Headers, name: bytes) -> str | None:
    """`headers.get(name)`: every value of the header, folded with ", "; `name` lowercase bytes."""
    values = [v for k, v in headers.fields if k.lower() == name]
    if not values:
        return None
    return text(values[0]) if len(values) == 1 else ", ".join(text(v) for v in values)


def fold(headers: http.Headers) -> tuple[dict[str, str], list[str]]:
    """({lowercased name: value}, the Cookie headers' values): the same as
    `{k.lower(): v for k, v in headers.items()}` and `headers.get_all("cookie")`."""
    grouped: dict[bytes, tuple[bytes, list[bytes]]] = {}   # name.lower() -> (first name, values)
    for name, value in headers.fields:
        key = name.lower()
        if key in grouped:
            grouped[key][1].append(value)
        else:
            grouped[key] = (name, [value])
    out: dict[str, str] = {}
    for name, values in grouped.values():
        out[text(name).lower()] = (text(values[0]) if len(values) == 1
                                   else ", ".join(text(v) for v in values))
    cookie = grouped.get(b"cookie")
    return out, [text(v) for v in cookie[1]] if cookie else []

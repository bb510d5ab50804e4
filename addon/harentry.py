"""Turn one HAR entry, as any exporter writes it, into what mitmproxy's loader reads exactly.

`mitmproxy.io.har.request_to_flow` reads the entries Chrome and mitmproxy write. Other
exporters differ, and the loader then fails on the entry or rebuilds the wrong bytes:
- HAR 1.2 makes `postData.text` and `postData.params` exclusive: a form body may come as
  `params` only, or as `params` beside an empty `text` (the loader needs `text`);
- a body may be base64 (`postData.encoding: "base64"`), the compressed bytes as sent, or text
  decoded as UTF-8 (browsers) where mitmproxy writes Latin-1 (the loader re-encodes a body with
  no declared charset as Latin-1, so a browser's "ó" in a multipart field came back as one
  invalid UTF-8 byte);
- cookies may be listed only in `cookies`, with no Cookie header (identity is read from it);
- `time`, `httpVersion`, `headers` or the response may be missing (aborted requests);
- a response body may be stored as it came over the wire (base64 of the gzip bytes with its
  Content-Encoding kept), or carry an encoding the loader cannot re-encode.
`normalise` returns a new entry (the input is not changed) with these made explicit; the
request's bytes are what the browser sent, whichever convention the exporter used.
"""
from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from typing import Any

from mitmproxy.net import encoding as content_encoding
from mitmproxy.net.http.headers import infer_content_encoding

BASE64_ENCODINGS = ("base64", "b64")
# Characters no text body carries but a binary body decoded one byte per character does.
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FORM_SAFE = re.compile(r"^[A-Za-z0-9._~*%+\-!'()]*$")


def normalise(entry: dict, started: str | None = None) -> dict:
    """A copy of `entry` that `request_to_flow` loads with the request's real bytes; `started`
    stands in for a missing `startedDateTime` (the previous entry's)."""
    out = dict(entry)
    if not isinstance(out.get("startedDateTime"), str) and started:
        out["startedDateTime"] = started
    request = dict(entry.get("request") or {})
    out["request"] = request
    if not isinstance(out.get("time"), (int, float)) or out["time"] < 0:
        out["time"] = 0
    request.setdefault("httpVersion", "")
    headers = _header_list(request.get("headers"))
    request["headers"] = headers
    _cookie_header(request, headers)
    if isinstance(request.get("postData"), dict):
        request["postData"] = _post_data(request["postData"], headers)
    out["response"] = _response(entry.get("response"))
    return out


def minimal_response(entry: dict) -> dict:
    """`entry` with its response reduced to the status: for a response the loader cannot rebuild
    (an unknown Content-Encoding, a broken body), so that the request is still judged."""
    response = entry.get("response") if isinstance(entry.get("response"), dict) else {}
    status = response.get("status") if isinstance(response.get("status"), int) else 0
    return {**entry, "response": {"status": status, "httpVersion": "", "headers": [], "content": {}}}


def _header_list(raw: Any) -> list[dict]:
    """Headers as {name, value} strings; entries that are neither dicts nor pairs are dropped."""
    out: list[dict] = []
    for h in raw if isinstance(raw, list) else []:
        if isinstance(h, dict) and "name" in h:
            name, value = h.get("name"), h.get("value", "")
        elif isinstance(h, (list, tuple)) and len(h) >= 2:
            name, value = h[0], h[1]
        else:
            continue
        out.append({"name": str(name), "value": "" if value is None else str(value)})
    return out


def _get(headers: list[dict], name: str) -> str | None:
    return next((h["value"] for h in headers if h["name"].lower() == name), None)


def _cookie_header(request: dict, headers: list[dict]) -> None:
    """Cookies listed only in `cookies` become the Cookie header the browser sent."""
    if _get(headers, "cookie") is not None:
        return
    pairs = [f"{c['name']}={c.get('value', '')}" for c in request.get("cookies") or []
             if isinstance(c, dict) and c.get("name")]
    if pairs:
        headers.append({"name": "cookie", "value": "; ".join(pairs)})


def _post_data(post: dict, headers: list[dict]) -> dict:
    post = dict(post)
    ctype = _get(headers, "content-type")
    if ctype is None and post.get("mimeType"):
        ctype = str(post["mimeType"])
        headers.append({"name": "content-type", "value": ctype})
    ctype = ctype or ""
    text = post.get("text")
    if str(post.get("encoding") or "").lower() in BASE64_ENCODINGS and isinstance(text, str):
        try:
            body = base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError):
            body = text.encode("utf-8", "surrogateescape")
        post["text"] = _unwire(body, _get(headers, "content-encoding"))
        return post
    if not isinstance(text, str) or (not text and post.get("params")):
        # params only, or params beside an empty text (HAR 1.2 makes the two exclusive; an
        # exporter that writes both with the text empty means the params)
        text = _from_params(post.get("params"), ctype, headers)
    post["text"] = _text_bytes(text, ctype)
    return post


def _unwire(body: bytes, encoding: str | None) -> bytes:
    """The decoded body: base64 bodies are sometimes the compressed bytes as they were sent
    (Content-Encoding kept); the loader compresses what it is given, so decode them first."""
    if encoding and encoding.strip().lower() not in ("", "identity"):
        try:
            decoded = content_encoding.decode(body, encoding.strip().lower())
        except ValueError:
            return body
        if isinstance(decoded, bytes):
            return decoded
    return body


def _text_bytes(text: str, ctype: str) -> bytes | str:
    """The bytes a textual `postData.text` stands for. With a declared or implied charset (JSON,
    HTML, charset=...) the loader encodes it correctly: keep the text. Otherwise mitmproxy's
    export decoded the bytes as Latin-1 (then encoding back to Latin-1 gives valid UTF-8, or a
    binary body full of control characters) while browsers decode them as UTF-8 (encoding back
    to Latin-1 gives invalid UTF-8 for any accented letter): tell the two apart."""
    if infer_content_encoding(ctype) != "latin-1":
        return text
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape")
    try:
        latin.decode("utf-8")
        return latin
    except UnicodeDecodeError:
        pass
    return latin if _BINARY_CHARS.search(text) else text.encode("utf-8")


def _from_params(params: Any, ctype: str, headers: list[dict]) -> str:
    """Rebuild a body given only as `params` (form fields, or multipart parts)."""
    items = [p for p in params if isinstance(p, dict) and "name" in p] if isinstance(params, list) else []
    if ctype.lower().startswith("multipart/"):
        return _multipart(items, ctype, headers)
    names_values = [(str(p["name"]), str(p.get("value", ""))) for p in items]
    # Exporters differ: some write the values as sent (still percent-encoded), some decoded.
    if all(_FORM_SAFE.match(n) and _FORM_SAFE.match(v) for n, v in names_values):
        return "&".join(f"{n}={v}" for n, v in names_values)
    return urllib.parse.urlencode(names_values, quote_via=urllib.parse.quote)


def _multipart(items: list[dict], ctype: str, headers: list[dict]) -> str:
    m = re.search(r'boundary="?([^";]+)"?', ctype)
    boundary = m.group(1) if m else "----postwardenHarBoundary"
    if not m:
        for h in headers:
            if h["name"].lower() == "content-type":
                h["value"] = f"multipart/form-data; boundary={boundary}"
        if not any(h["name"].lower() == "content-type" for h in headers):
            headers.append({"name": "content-type", "value": f"multipart/form-data; boundary={boundary}"})
    out = []
    for p in items:
        disp = f'form-data; name="{p["name"]}"'
        if p.get("fileName") is not None:
            disp += f'; filename="{p["fileName"]}"'
        head = f"Content-Disposition: {disp}\r\n"
        if p.get("contentType"):
            head += f"Content-Type: {p['contentType']}\r\n"
        out.append(f"--{boundary}\r\n{head}\r\n{p.get('value', '')}\r\n")
    return "".join(out) + f"--{boundary}--\r\n"


def _response(response: Any) -> dict:
    """A response the loader reads: the fields it needs, and a base64 body that is the wire's
    compressed bytes decoded (the loader would compress it a second time)."""
    response = dict(response) if isinstance(response, dict) else {}
    if not isinstance(response.get("status"), int):
        response["status"] = 0
    response.setdefault("httpVersion", "")
    response["headers"] = _header_list(response.get("headers"))
    content = dict(response["content"]) if isinstance(response.get("content"), dict) else {}
    response["content"] = content
    encoding = _get(response["headers"], "content-encoding")
    if (str(content.get("encoding") or "").lower() in BASE64_ENCODINGS and isinstance(content.get("text"), str)
            and encoding):
        try:
            raw = base64.b64decode(content["text"], validate=False)
        except (binascii.Error, ValueError):
            return response
        body = _unwire(raw, encoding)
        if body is not raw:
            content["text"] = base64.b64encode(body).decode("ascii")
    return response

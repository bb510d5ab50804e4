"""Request bodies: bounded decompression and parsing of every encoding the platforms use.

mitmproxy's `.content` decompresses without a size cap and its `multipart_form` splits parts
on line breaks (corrupting binary parts such as X APPEND segments), so this module decodes
`raw_content` itself with a cap and parses multipart with its own binary-safe splitter.
Content-Type is a hint, never trusted: LinkedIn sends JSON as text/plain.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import brotli
import zstandard

MAX_FORM_FIELDS = 2000
MAX_PARTS = 500
JSON_MAX_BYTES = 8 * 1024 * 1024


class BodyError(ValueError):
    """A body that cannot be inspected; `reason` is the stable word logged as unchecked."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes = field(repr=False)


@dataclass(slots=True)
class Body:
    """A decoded body: `tree` for field lookups, `files` for multipart file parts, `raw`."""
    raw: bytes = b""
    kind: str = "empty"            # empty | json | form | multipart | text | binary
    tree: Any = None
    files: list[Part] = field(default_factory=list)


def decode_content(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Undo Content-Encoding (gzip, deflate, br, zstd, chained), never producing > limit bytes."""
    data = raw or b""
    if len(data) > limit:
        raise BodyError("too_large", f"{len(data)} bytes on the wire")
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):   # the last applied is listed last
        if coding in ("identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            data = _zlib(data, 16 + zlib.MAX_WBITS, limit)
        elif coding == "deflate":
            try:
                data = _zlib(data, zlib.MAX_WBITS, limit)
            except BodyError as e:
                if e.reason != "bad_encoding":
                    raise
                data = _zlib(data, -zlib.MAX_WBITS, limit)   # raw deflate, as some clients send
        elif coding == "br":
            data = _brotli(data, limit)
        elif coding == "zstd":
            data = _zstd(data, limit)
        else:
            raise BodyError("unknown_encoding", coding)
    return data


def _zlib(data: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as e:
        raise BodyError("bad_encoding", str(e)) from e
    if len(out) > limit or d.unconsumed_tail:
        raise BodyError("decoded_too_large", f"inflates past {limit} bytes")
    if not d.eof:
        raise BodyError("bad_encoding", "truncated compressed body")
    return out


def _brotli(data: bytes, limit: int) -> bytes:
    d = brotli.Decompressor()
    out = bytearray()
    chunk = 64 * 1024
    try:
        pending = data
        while True:
            # output_buffer_limit keeps each step bounded; afterwards feed b"" until the
            # decompressor can take input again (brotli's documented protocol).
            piece = d.process(pending, output_buffer_limit=chunk)
            pending = b""
            out += piece
            if len(out) > limit:
                raise BodyError("decoded_too_large", f"inflates past {limit} bytes")
            if d.is_finished() or (not piece and d.can_accept_more_data()):
                break
    except brotli.error as e:
        raise BodyError("bad_encoding", str(e)) from e
    if not d.is_finished():
        raise BodyError("bad_encoding", "truncated compressed body")
    return bytes(out)


def _zstd(data: bytes, limit: int) -> bytes:
    d = zstandard.ZstdDecompressor().decompressobj()
    out = bytearray()
    try:
        # decompressobj has no output cap, so feed small slices: one RLE block can expand
        # 3 bytes to 128 KiB, so a 256-byte slice yields at most a few MiB before the check.
        for i in range(0, len(data), 256):
            out += d.decompress(data[i:i + 256])
            if len(out) > limit:
                raise BodyError("decoded_too_large", f"inflates past {limit} bytes")
            if d.eof:
                break
    except zstandard.ZstdError as e:
        raise BodyError("bad_encoding", str(e)) from e
    if not d.eof:
        raise BodyError("bad_encoding", "truncated compressed body")
    return bytes(out)


def parse(data: bytes, content_type: str | None) -> Body:
    """Parse decoded bytes by sniffing, with Content-Type as a hint only.

    A body that says what it is and is not that (multipart without a boundary or cut short,
    JSON that does not parse) is a BodyError: its fields cannot be read, so the fail mode
    decides, rather than it passing as text with nothing in it to judge."""
    if not data:
        return Body()
    ctype = (content_type or "").lower()
    if ctype.startswith("multipart/"):
        boundary = _param(content_type or "", "boundary")
        if not boundary:
            raise BodyError("bad_multipart", "no boundary in the Content-Type")
        fields, files = parse_multipart(data, boundary.encode("latin-1", "replace"))
        return Body(raw=data, kind="multipart", tree=fields, files=files)
    head = data[:64].lstrip()
    if head[:1] in (b"{", b"["):
        must = _says_json(ctype)
        if len(data) <= JSON_MAX_BYTES:
            tree = loads_json(data)
            if tree is not None:
                return Body(raw=data, kind="json", tree=tree)
            if must:
                raise BodyError("bad_json", "the body is not valid JSON")
        elif must:
            raise BodyError("too_large", f"a JSON body over {JSON_MAX_BYTES} bytes")
    if "x-www-form-urlencoded" in ctype or (_looks_textual(data) and b"=" in data[:4096]
                                            and not ctype.startswith(("image/", "video/"))):
        tree = parse_form(data)
        if tree:
            return Body(raw=data, kind="form", tree=tree)
    if _looks_textual(data):
        return Body(raw=data, kind="text", tree=None)
    return Body(raw=data, kind="binary")


def _says_json(ctype: str) -> bool:
    """Whether a body starting with `{` or `[` must be JSON: declared so, or sent with no type
    or as text/plain (LinkedIn sends JSON as text/plain, `sendBeacon` of a string as well)."""
    mime = ctype.split(";", 1)[0].strip()
    return mime in ("", "text/plain", "application/json", "text/json") or mime.endswith("+json")


def loads_json(data: bytes | str) -> Any:
    """JSON or None; deep nesting and bad bytes give None rather than an exception."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def parse_form(data: bytes | str) -> dict[str, Any]:
    """Form fields as {name: value | [values]}; `name[]` collects into a list under `name`."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError as e:
        raise BodyError("too_many_fields", str(e)) from e
    return group_fields(pairs)


def group_fields(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        is_list = key.endswith("[]")
        if is_list:
            key = key[:-2]
        if key in out:
            prev = out[key]
            out[key] = (prev if isinstance(prev, list) else [prev]) + [value]
        else:
            out[key] = [value] if is_list else value
    return out


def parse_multipart(data: bytes, boundary: bytes) -> tuple[dict[str, Any], list[Part]]:
    """Split a multipart/form-data body (RFC 7578) without touching the bytes of any part."""
    delimiter = b"--" + boundary
    start = data.find(delimiter)
    if start < 0:
        raise BodyError("bad_multipart", "boundary not found")
    pos = start + len(delimiter)
    pairs: list[tuple[str, str]] = []
    files: list[Part] = []
    while True:
        if data[pos:pos + 2] == b"--":
            break   # closing delimiter
        if data[pos:pos + 2] != b"\r\n":
            raise BodyError("bad_multipart", "malformed delimiter line")
        pos += 2
        end = data.find(b"\r\n" + delimiter, pos)
        if end < 0:
            raise BodyError("bad_multipart", "truncated (no closing boundary)")
        header_end = data.find(b"\r\n\r\n", pos, end + 2)
        if header_end < 0:
            if data[pos:end].strip():
                raise BodyError("bad_multipart", "part without a header block")
            headers, content = {}, b""
        else:
            headers = _part_headers(data[pos:header_end])
            content = data[header_end + 4:end]
        disposition = headers.get("content-disposition", "")
        name = _param(disposition, "name") or ""
        filename = _param(disposition, "filename")
        ctype = headers.get("content-type", "")
        # Every part keeps its exact bytes in `files`; text parts are also fields.
        files.append(Part(name, filename, ctype, content))
        if filename is None and (not ctype or ctype.lower().startswith(("text/", "application/json"))):
            charset = _param(ctype, "charset") or "utf-8"
            try:
                value = content.decode(charset, "replace")
            except LookupError:
                value = content.decode("utf-8", "replace")
            pairs.append((name, value))
        if len(files) > MAX_PARTS:
            raise BodyError("too_many_fields", f"more than {MAX_PARTS} parts")
        pos = end + 2 + len(delimiter)
    return group_fields(pairs), files


def _part_headers(block: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in block.split(b"\r\n"):
        if b":" in line:
            k, v = line.split(b":", 1)
            headers[k.strip().decode("latin-1").lower()] = v.strip().decode("utf-8", "replace")
    return headers


def _param(header: str, name: str) -> str | None:
    """A parameter of a header value (`boundary=...`, `name="..."`), quotes removed."""
    for piece in _split_params(header)[1:]:
        if "=" not in piece:
            continue
        k, v = piece.split("=", 1)
        if k.strip().lower() == name:
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1].replace('\\"', '"')
            return v
    return None


def _split_params(header: str) -> list[str]:
    out, cur, quoted = [], [], False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _looks_textual(data: bytes) -> bool:
    sample = data[:2048]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        return e.start >= len(sample) - 4   # a character cut at the end of the sample


IMAGE_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(data: bytes) -> str | None:
    """The image type by magic bytes (JPEG, PNG, GIF, WebP, HEIC), else None."""
    for magic, mime in IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"avif"):
        return "image/heic" if data[8:12] != b"avif" else "image/avif"
    return None

"""What the admin's uploads share: reading the posted file within a size limit (logos too);
for the roster and the staff list, decoding the MIS CSV and inspecting it against a loader
(headers, column mapping in effect, a preview of the first rows, every problem by line).

The CSVs go through the loaders a config file's CSVs go through (policies/schooldata/roster.py),
so an upload is accepted exactly when the same file named in the config would load.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from policies.errors import ConfigError
from policies.schooldata.roster import decode_csv, read_table
from server.errors import ApiError

MAX_BYTES = 5 * 1024 * 1024
PREVIEW_ROWS = 10
MAX_NAME = 200


async def read_file_upload(request: web.Request, what: str, max_bytes: int, missing: str) -> tuple[web.FileField, bytes]:
    """The posted `file` field and its bytes, read no further than `max_bytes` (checked
    before and while reading): 413 over it, 422 (`missing`) when no file was chosen."""
    too_big = f"The {what} is larger than {max_bytes // (1024 * 1024)} MB."
    if request.content_length is not None and request.content_length > max_bytes + 64 * 1024:
        raise ApiError(413, too_big)
    form = await request.post()
    item = form.get("file")
    if not isinstance(item, web.FileField):
        raise ApiError(422, missing)
    raw = item.file.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ApiError(413, too_big)
    return item, raw


async def read_csv_upload(request: web.Request, what: str, default_name: str) -> tuple[dict[str, Any], int]:
    """The posted `file` as a pending upload {"text", "filename", "columns"} and its size in
    bytes; 413 over MAX_BYTES, 422 when missing or empty."""
    item, raw = await read_file_upload(request, f"{what} file", MAX_BYTES, "Choose a CSV file to upload.")
    if not raw.strip():
        raise ApiError(422, "The file is empty.")
    name = (item.filename or default_name).replace("/", "_").replace("\\", "_")[:MAX_NAME]
    return {"text": decode_csv(raw), "filename": name, "columns": {}}, len(raw)


def inspect(pending: dict, fields: tuple[str, ...], required: tuple[str, ...],
            reader: Callable[..., list]) -> dict:
    """Headers, the mapping in effect, a preview of the first rows and every problem, by line."""
    text, columns = pending["text"], pending.get("columns") or {}
    # The same reading as the loader's: a report's title lines above the header, TAB or
    # semicolon separators, one whole-name column (policies/schooldata/export_table.py).
    table = read_table(text, fields, required, columns)
    headers = [h for h in table.headers if h is not None]
    mapping = dict(table.mapping)
    if table.name_column:
        mapping.setdefault("first_name", table.name_column)
        mapping.setdefault("last_name", table.name_column)
    preview = []
    for line, row in table.rows():
        if len(preview) >= PREVIEW_ROWS:
            break
        values = table.values(row)
        preview.append((line, [values.get(f, "") for f in fields]))
    try:
        loaded = reader(Path(pending.get("filename") or "upload"), columns, text=text)
        problems, count = [], len(loaded)
    except ConfigError as e:
        problems, count = e.problems, 0
    unmapped = [h for h in headers if h not in mapping.values()]
    return {"headers": headers, "mapping": mapping, "preview": preview, "problems": problems, "count": count,
            "unmapped": unmapped, "missing": [f for f in required if f not in mapping]}

"""The school's logos: the ones the logo detector looks for in photos on personal accounts.

Shown with a picture of what the detector keys on (server/logo_preview.py: its keypoints
and compared tiles drawn over the logo), so an admin can see that a logo has enough detail
to be found before relying on it. A new logo is uploaded here (PNG or JPEG, size-limited,
decoded by the same guarded decoder photos go through) and stored in the database's `logos`
table, per school; removing the config file's own logo stores the kept list as the `logos`
section. Either way the school's engine is rebuilt and the change audited (ids and sizes,
never the bytes) in one transaction.
"""
from __future__ import annotations

import asyncio
import hashlib
import re
from pathlib import Path

from aiohttp import web

from policies.images.decode import UnreadableImage, decode
from server import keys
from server.db import now_ts
from server.errors import ApiError
from server.logo_preview import render_png, summary, template
from server.school_data import EditError, save_section, stored_logos
from server.ui.admin import admin_school, save_and_reload, school_query
from server.ui.csv_upload import read_file_upload
from server.ui.render import page, redirect, render

MAX_BYTES = 2 * 1024 * 1024
MAX_LOGOS = 20
MAX_NAME = 100
TYPES = {b"\x89PNG\r\n\x1a\n": ("image/png", ".png"), b"\xff\xd8\xff": ("image/jpeg", ".jpg")}


def _sniff(raw: bytes) -> tuple[str, str] | None:
    """(content type, extension) by the file's first bytes, not its name or claimed type."""
    return next((t for magic, t in TYPES.items() if raw.startswith(magic)), None)


def _safe_name(name: str | None, ext: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._ -]+", "_", Path((name or "logo").replace("\\", "/")).stem).strip(" ._") or "logo"
    return stem[:MAX_NAME] + ext


def _file_logos(request: web.Request, school: str) -> list[str]:
    return list(request.app[keys.SCHOOLS][school].engine.school.config.logos)


async def _page(request, school, status=200, errors=None):
    files = _file_logos(request, school)
    uploaded = await stored_logos(request.app[keys.DB], school, with_data=False)
    return render(request, "admin/logos.html", status=status, files=files, uploaded=uploaded,
                  errors=errors or {}, q=school_query(request, school),
                  max_mb=MAX_BYTES // (1024 * 1024))


def _back(request: web.Request, school: str, done: str) -> web.HTTPSeeOther:
    q = school_query(request, school)
    return redirect("/admin/logos" + q + ("&" if q else "?") + "done=" + done)


@page
async def logos_page(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    return await _page(request, school)


def _check(raw: bytes) -> dict:
    """Decode the upload as the detector would, or say why not (a ValueError's message)."""
    d = decode(raw)
    features = summary(template(raw))
    return {"width": d.width, "height": d.height, "keypoints": features.keypoints, "tiles": features.tiles}


@page
async def upload(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    try:
        item, raw = await read_file_upload(request, "logo", MAX_BYTES, "Choose a PNG or JPEG file to upload.")
    except ApiError as e:
        return await _page(request, school, e.status, {"file": e.message})
    kind = _sniff(raw)
    if kind is None:
        return await _page(request, school, 422, {"file": "The file is not a PNG or JPEG image."})
    db = request.app[keys.DB]
    current = await stored_logos(db, school)
    if len(current) + len(_file_logos(request, school)) >= MAX_LOGOS:
        return await _page(request, school, 422, {"file": f"At most {MAX_LOGOS} logos; remove one first."})
    try:
        info = await asyncio.get_running_loop().run_in_executor(None, _check, raw)
    except (UnreadableImage, ValueError) as e:
        return await _page(request, school, 422, {"file": f"This logo cannot be used: {e}."})
    content_type, ext = kind
    name = _safe_name(item.filename, ext)
    sha = hashlib.sha256(raw).hexdigest()
    if any(x["sha256"] == sha for x in current):
        return await _page(request, school, 422, {"file": "That logo is already uploaded."})
    new = {"filename": name, "data": raw}
    detail = {"bytes": len(raw), "width": info["width"], "height": info["height"],
              "keypoints": info["keypoints"], "sha256": sha, "logos": len(current) + 1}

    async def write(tx):
        row = await tx.fetchrow(
            "INSERT INTO logos (school_id, filename, content_type, data, size, sha256, width, height, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            school, name, content_type, raw, len(raw), sha, info["width"], info["height"], now_ts())
        detail["id"] = row["id"]
    try:
        await save_and_reload(request, who, school, "school.logo_add", write, detail, uploaded_logos=current + [new])
    except EditError as e:
        return await _page(request, school, 422, {"file": "; ".join(e.problems)})
    raise _back(request, school, "logo_saved")


@page
async def remove(request: web.Request) -> web.StreamResponse:
    who, school = admin_school(request)
    posted = await request.post()
    which = str(posted.get("remove", ""))
    db = request.app[keys.DB]
    current = await stored_logos(db, school)
    files = _file_logos(request, school)
    kind, _, ref = which.partition(":")
    if kind == "u" and ref.isdigit() and any(x["id"] == int(ref) for x in current):
        gone = next(x for x in current if x["id"] == int(ref))
        detail = {"id": gone["id"], "bytes": gone["size"], "logos": len(current) - 1 + len(files)}

        async def write(tx):
            await tx.execute("DELETE FROM logos WHERE school_id = ? AND id = ?", school, gone["id"])
        replace = {"uploaded_logos": [x for x in current if x["id"] != gone["id"]]}
    elif kind == "f" and ref.isdigit() and int(ref) < len(files):
        kept = files[:int(ref)] + files[int(ref) + 1:]
        detail = {"file": int(ref), "logos": len(current) + len(kept)}

        async def write(tx):
            await save_section(tx, school, "logos", kept)
        replace = {"logos": kept}
    else:
        raise ApiError(404, "no such logo")
    try:
        await save_and_reload(request, who, school, "school.logo_remove", write, detail, **replace)
    except EditError as e:
        return await _page(request, school, 422, {"file": "; ".join(e.problems)})
    raise _back(request, school, "logo_removed")


def _no_store(body: bytes) -> web.Response:
    return web.Response(body=body, content_type="image/png", headers={"Cache-Control": "no-store"})


async def _features(data: bytes) -> bytes:
    try:
        return await asyncio.get_running_loop().run_in_executor(None, render_png, data)
    except ValueError as e:     # UnreadableImage too
        raise ApiError(422, f"This logo cannot be drawn: {e}.") from None


@page
async def uploaded_features(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    ref = request.match_info["id"]
    rows = await request.app[keys.DB].fetch("SELECT data FROM logos WHERE school_id = ? AND id = ?", school,
                                            int(ref)) if ref.isdigit() else []
    if not rows:
        raise ApiError(404, "no such logo")
    return _no_store(await _features(bytes(rows[0]["data"])))


@page
async def file_features(request: web.Request) -> web.Response:
    who, school = admin_school(request)
    ref = request.match_info["index"]
    files = _file_logos(request, school)
    if not ref.isdigit() or int(ref) >= len(files):
        raise ApiError(404, "no such logo")
    base = request.app[keys.SCHOOLS][school].engine.school.base_dir
    return _no_store(await _features((base / files[int(ref)]).read_bytes()))


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/admin/logos", logos_page)
    r.add_post("/admin/logos", upload)
    r.add_post("/admin/logos/remove", remove)
    r.add_get("/admin/logos/{id}/features.png", uploaded_features)
    r.add_get("/admin/logos/file/{index}/features.png", file_features)

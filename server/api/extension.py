"""GET /api/v1/extension/config: what the browser extension needs (extension tokens only).

The school, its pack, the fail mode, the check API's limits, and the platform map. The map is
the proxy's own (addon/platforms/*.json, loaded and validated by addon/platformmap.py) and is
served as those files say it, so the extension and the proxy share one description of each
platform rather than two copies that drift apart.

The answer changes only when the server restarts with new files, so it is built once per
school and carries an ETag; the extension keeps the last answer and revalidates with
If-None-Match, and gets a 304 while nothing changed.
"""
from __future__ import annotations

import functools
import hashlib
import json

from aiohttp import web

from addon.platformmap import PlatformMap
from server import acks, keys
from server.access import require
from server.api import check, etags, feedback
from server.app import MAX_BODY
from server.errors import ApiError


def platform_data(pmap: PlatformMap) -> tuple[dict, dict]:
    """(platform id -> its file's data, the generic file's data), as written in the files."""
    platforms = {pid: p.model_dump(mode="json", exclude_unset=True) for pid, p in sorted(pmap.platforms.items())}
    return platforms, pmap.generic.model_dump(mode="json", exclude_unset=True)


def build(app: web.Application, school_id: str, platforms: dict, generic: dict) -> dict:
    school = app[keys.SCHOOLS][school_id]
    pack = school.engine.pack
    return {
        "school": {"id": school.id, "name": school.name},
        "pack": {"id": pack.id, "version": pack.version, "title": pack.title},
        "fail_mode": app[keys.CONFIG].proxy.fail_mode,
        "limits": {
            "max_body_bytes": MAX_BODY,
            "max_text_chars": check.MAX_TEXT_CHARS,
            "max_images": check.MAX_IMAGES,
            "max_image_bytes": check.MAX_IMAGE_BYTES,
            "max_recipients": check.MAX_RECIPIENTS,
            "max_justification_chars": feedback.MAX_JUSTIFICATION_CHARS,
            "max_comment_chars": feedback.MAX_COMMENT_CHARS,
        },
        "ack_ttl_seconds": acks.TTL_SECONDS,
        "platforms": platforms,
        "generic": generic,
    }


class ConfigCache:
    """The encoded answer and its ETag, per school, built on first request."""

    def __init__(self, platforms: dict, generic: dict):
        self.platforms, self.generic = platforms, generic
        self._built: dict[str, tuple[bytes, str]] = {}

    def get(self, app: web.Application, school_id: str) -> tuple[bytes, str]:
        built = self._built.get(school_id)
        if built is None:
            data = build(app, school_id, self.platforms, self.generic)
            body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
            built = self._built[school_id] = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        return built


CACHE = web.AppKey("extension_config", ConfigCache)


async def extension_config(request: web.Request) -> web.Response:
    who = require(request, "extension")
    if who.school_id not in request.app[keys.SCHOOLS]:
        raise ApiError(404, "this token's school is not served here")
    body, etag = request.app[CACHE].get(request.app, who.school_id)
    # Cache-Control is the security middleware's (no-store on every API answer): the extension
    # keeps the body itself and revalidates with If-None-Match, which costs a 304.
    headers = {"ETag": etag, "Vary": "Authorization"}
    if etags.matches(request.headers.get("If-None-Match", ""), etag):
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, content_type="application/json", charset="utf-8", headers=headers)


@functools.cache
def shipped_platforms() -> tuple[dict, dict]:
    """The shipped map, read once per process (the files ship with the code)."""
    return platform_data(PlatformMap.load())


def setup(app: web.Application) -> None:
    # Loaded now, so a broken platform file stops the server starting rather than one request.
    app[CACHE] = ConfigCache(*shipped_platforms())
    app.router.add_get("/api/v1/extension/config", extension_config)

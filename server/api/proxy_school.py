"""GET /api/v1/proxy/school: the edits admins stored for the proxy's own school (proxy tokens only).

A proxy builds its engines from its copy of the school's config file; the timetable, holds,
rule decisions, rosters, official accounts, logos and declarations that admins edit in the
web UI live in the database. A proxy polls this route and builds the same engine the
server's check API uses (addon/school_sync.py), so a verdict never depends on the path a
post took. The bundle's format is server/school_bundle.py.

Polling is cheap: the ETag is the school's edits version (one small read) and a proxy that
sends it back in If-None-Match gets a 304 until an admin's edit raises it. The school is
always the token's, and one this server serves: a proxy never reads another school's data,
nor, through a shared database, a school this server was not configured with. Each full
read (not a 304) is audited: the bundle holds the roster.
"""
from __future__ import annotations

import json

from aiohttp import web

from server import keys, school_bundle
from server.access import require
from server.api import etags
from server.errors import ApiError


async def proxy_school(request: web.Request) -> web.Response:
    who = require(request, "proxy")
    db = request.app[keys.DB]
    school = who.school_id
    if school not in request.app[keys.SCHOOLS]:
        raise ApiError(404, "this token's school is not served here")
    version = await school_bundle.edits_version(db, school)
    if version is None:
        raise ApiError(404, "this token's school has no record on this server")
    etag = school_bundle.etag(school, version)
    # Cache-Control stays the security middleware's no-store: the bundle holds personal data
    # (the roster); the proxy keeps it itself and revalidates with If-None-Match.
    headers = {"ETag": etag, "Vary": "Authorization"}
    if etags.matches(request.headers.get("If-None-Match", ""), etag):
        return web.Response(status=304, headers=headers)
    bundle = await school_bundle.read_bundle(db, school, version)
    body = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    await request.app[keys.AUDIT].record(who.actor, "school.bundle_read", school_id=school,
                                         target=f"school:{school}", detail={"version": version, "bytes": len(body)})
    return web.Response(body=body, content_type="application/json", charset="utf-8", headers=headers)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/proxy/school", proxy_school)

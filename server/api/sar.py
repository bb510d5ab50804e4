"""Subject-access exports (server/sar.py) over HTTP.

GET /api/v1/staff/{staff_ref}/export[?school=ID]  admins, for anyone of their school (trust-wide
                                                  admins name the school on a multi-school server)
GET /api/v1/me/export                             anyone signed in, about themselves

Both answer a JSON attachment and are audited as "sar.export".
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import require
from server.api.review_common import check_staff_ref, own_staff_ref, school_of_request
from server.sar import export_subject


def _attachment(data: dict, school_id: str, when) -> web.Response:
    resp = web.json_response(data)
    resp.headers["Content-Disposition"] = (
        f'attachment; filename="postwarden-subject-access-{school_id}-{when:%Y%m%d}.json"')
    return resp


async def staff_export(request: web.Request) -> web.Response:
    who = require(request, "admin")
    staff_ref = check_staff_ref(request.match_info["staff_ref"])
    school_id = school_of_request(request, who)
    now = request.app[keys.CLOCK]()
    data = await export_subject(request.app[keys.DB], request.app[keys.AUDIT], school_id, staff_ref,
                                actor=who.actor, now=now)
    return _attachment(data, school_id, now)


async def my_export(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    staff_ref = own_staff_ref(who)
    school_id = school_of_request(request, who)
    now = request.app[keys.CLOCK]()
    data = await export_subject(request.app[keys.DB], request.app[keys.AUDIT], school_id, staff_ref,
                                actor=who.actor, now=now)
    return _attachment(data, school_id, now)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/staff/{staff_ref}/export", staff_export)
    app.router.add_get("/api/v1/me/export", my_export)

"""Time on platform (server/usage.py) for reviewers and admins of a school, and for each
member of staff about themselves.

GET /api/v1/usage?from=YYYY-MM-DD&to=YYYY-MM-DD[&staff=REF][&school=ID]
GET /api/v1/me/usage?from=YYYY-MM-DD&to=YYYY-MM-DD

Dates are the school's days (its timetable's time zone), both ends included. Minutes are
derived from timestamps only (no content), so reading them is not audited.
"""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import require
from server.api.review_common import check_staff_ref, own_staff_ref, parse_day, school_of_request, school_zone
from server.errors import ApiError
from server.usage import usage_report


async def _report(request: web.Request, school_id: str, staff_ref: str | None) -> web.Response:
    q = request.query
    if "from" not in q or "to" not in q:
        raise ApiError(400, "give `from` and `to` (YYYY-MM-DD, the school's days, both included)")
    first, last = parse_day(q["from"], "from"), parse_day(q["to"], "to")
    try:
        report = await usage_report(request.app[keys.DB], school_id, school_zone(request.app, school_id),
                                    first, last, request.app[keys.CONFIG].usage, staff_ref)
    except ValueError as e:
        raise ApiError(400, str(e)) from e
    return web.json_response(report)


async def school_usage(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    school_id = school_of_request(request, who)
    staff = request.query.get("staff")
    return await _report(request, school_id, check_staff_ref(staff) if staff is not None else None)


async def my_usage(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    ref = own_staff_ref(who)
    return await _report(request, school_of_request(request, who), ref)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/usage", school_usage)
    app.router.add_get("/api/v1/me/usage", my_usage)

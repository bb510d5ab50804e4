"""What the review routes (events, usage, subject access) share: which school a request is
about, the school's time zone, parsing dates and times from query strings, and the signed-in
person's own staff_ref. Not a route module (no `setup`)."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from aiohttp import web

from server import keys
from server.access import Principal
from server.errors import ApiError

STAFF_REF = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")


def school_of_request(request: web.Request, who: Principal, *, required: bool = True) -> str | None:
    """The school a request is about: the `school` query parameter, else the principal's own,
    else the only school. Another school than the principal's answers 404. A trust-wide
    principal on a multi-school server must name one when `required` (None otherwise)."""
    schools = request.app[keys.SCHOOLS]
    asked = request.query.get("school")
    if asked is not None:
        if asked not in schools or not who.can_see_school(asked):
            raise ApiError(404, f"no such school: {asked[:80]!r}")
        return asked
    if who.school_id is not None:
        return who.school_id
    if len(schools) == 1:
        return next(iter(schools))
    if required:
        raise ApiError(400, "this server has several schools: say which with ?school=",
                       details={"schools": sorted(schools)})
    return None


def school_zone(app: web.Application, school_id: str) -> ZoneInfo:
    """The school's timetable time zone: its days are the school's days."""
    school = app[keys.SCHOOLS].get(school_id)
    if school is None:
        return ZoneInfo("UTC")
    return school.engine.school.timetable.zone


def parse_day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"`{name}` must be a date, YYYY-MM-DD", details={"parameter": name}) from None


def parse_instant(value: str, name: str, zone: ZoneInfo, *, end: bool = False) -> datetime:
    """An ISO 8601 time with an offset, or a date meaning its whole day in `zone` (`end`:
    the midnight after it, so `to=2026-11-20` includes all of the 20th)."""
    if len(value) == 10:
        day = parse_day(value, name)
        if end:
            day += timedelta(days=1)
        return datetime.combine(day, time(0), zone).astimezone(timezone.utc)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"`{name}` must be an ISO 8601 time with an offset, or a date",
                       details={"parameter": name}) from None
    if when.tzinfo is None:
        raise ApiError(400, f"`{name}` has no UTC offset", details={"parameter": name})
    return when.astimezone(timezone.utc)


def own_staff_ref(who: Principal) -> str:
    """The signed-in person's staff_ref, which links them to their events."""
    if not who.staff_ref:
        raise ApiError(409, "your account is not linked to a member of staff (no staff_ref): ask an admin",
                       code="not_linked")
    return who.staff_ref


def check_staff_ref(value: str) -> str:
    if not STAFF_REF.match(value):
        raise ApiError(400, "a staff reference is 1 to 200 printable characters")
    return value


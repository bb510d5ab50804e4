"""Rendering pages: the Jinja2 environment, the per-role navigation, and the `page` wrapper
that turns the API's errors into pages (a 401 becomes a trip to the login page).

Autoescaping is on for every template, whatever its extension: everything a page shows that
came from traffic (excerpts, handles, recipients, file names) is attacker-controlled.
"""
from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from aiohttp import web

from server import keys
from server.access import Principal, principal
from server.api.review_common import school_zone
from server.db import parse_ts
from server.errors import ApiError

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
ENV = web.AppKey("ui.jinja", jinja2.Environment)

#: Messages a redirect may ask a page to show (by code, so no text is reflected from the URL).
NOTICES = {
    "triaged": "Triage updated.",
    "noted": "Note added.",
    "challenged": "Your comment has been sent to the reviewers.",
    "logged_out": "You have logged out.",
    "timetable_saved": "Timetable saved and in force.",
    "roster_saved": "Roster saved and in force.",
    "roster_discarded": "The uploaded roster was discarded; nothing changed.",
    "declared": "Your declaration has been sent to an admin for approval.",
    "declaration_approved": "Declaration approved and in force.",
    "declaration_rejected": "Declaration rejected.",
    "holds_saved": "Posting holds saved and in force.",
    "rules_saved": "Rule decisions saved and in force.",
    "pack_saved": "Policy pack changed and in force.",
    "official_saved": "Official accounts saved and in force.",
    "token_disabled": "Token disabled.",
    "staff_saved": "Staff list saved and in force.",
    "staff_discarded": "The uploaded staff list was discarded; nothing changed.",
    "logo_saved": "Logo added and in force.",
    "logo_removed": "Logo removed.",
}
TRIAGE_LABELS = {"none": "Not in triage", "new": "New", "in_review": "In review",
                 "escalated_dsl": "Escalated to DSL", "escalated_hr": "Escalated to HR", "closed": "Closed"}


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             autoescape=True, undefined=jinja2.ChainableUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["triage_label"] = lambda v: TRIAGE_LABELS.get(v, v)
    env.filters["urlq"] = lambda v: quote(str(v), safe="")
    return env


def nav_for(who: Principal | None) -> list[tuple[str, str]]:
    """(path, label) for the signed-in person's role: nobody sees a link they cannot follow."""
    if who is None:
        return []
    items: list[tuple[str, str]] = []
    if who.role in ("reviewer", "admin"):
        items += [("/review/queue", "Triage queue"), ("/review/events", "Event log"),
                  ("/review/charts", "Charts")]
    if who.staff_ref:
        items.append(("/me", "My events"))
    if who.role == "admin":
        items.append(("/admin", "Admin"))
    return items


def local_time(request: web.Request, value: str | None, school_id: str | None = None,
               fmt: str = "%a %d %b %Y %H:%M") -> str:
    """An ISO or stored time in the school's own time zone (its days are the school's days)."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value) if "T" in value else parse_ts(value)
    except ValueError:
        return value
    schools = request.app[keys.SCHOOLS]
    sid = school_id or (principal(request).school_id if principal(request) else None) or next(iter(schools))
    return when.astimezone(school_zone(request.app, sid)).strftime(fmt)


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    who = principal(request)
    path = request.path
    nav = [(href, label, path == href or path.startswith(href + "/")) for href, label in nav_for(who)]
    notice = NOTICES.get(request.query.get("done", ""))
    html = request.app[ENV].get_template(template).render(
        who=who, csrf=(who.csrf if who is not None else ""), nav=nav, notice=notice, path=path,
        school_picker=school_picker(request, who),
        time=lambda v, school=None: local_time(request, v, school), **context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


#: Pages about one school, where a trust-wide account picks which (`?school=`).
PICKER_PATHS = ("/admin", "/review/yearly")


def school_picker(request: web.Request, who: Principal | None) -> dict[str, Any] | None:
    """For a trust-wide reviewer or admin on a server with several schools, on a page about one
    school: the schools to pick from and the one picked (or None)."""
    schools = request.app[keys.SCHOOLS]
    if who is None or who.school_id is not None or who.role not in ("reviewer", "admin") or len(schools) < 2:
        return None
    if not any(request.path == p or request.path.startswith(p + "/") for p in PICKER_PATHS):
        return None
    return {"schools": sorted(((s.id, s.name) for s in schools.values()), key=lambda x: x[1].lower()),
            "current": request.query.get("school"), "action": request.path}


def query_with(request: web.Request, **changes: str | None) -> str:
    """This page's query string with some parameters changed or (None) removed."""
    params = {k: v for k, v in request.query.items() if k not in changes and k != "done"}
    params.update({k: v for k, v in changes.items() if v is not None})
    return urlencode(params)


def safe_next(value: str | None) -> str | None:
    """A post-login destination: a path on this site only, never another host."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


def page(handler):
    """A UI handler: not signed in goes to the login page; the API's errors render as a page
    with the same status and message."""
    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as e:
            if e.status == 401:
                target = request.path_qs if request.method == "GET" else "/"
                raise web.HTTPSeeOther("/login?" + urlencode({"next": target})) from None
            return render(request, "error.html", status=e.status, message=e.message, code=e.code)
    return wrapped


def redirect(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location)

"""The admin area's front page, and what every admin page shares: which school it is about,
and saving an edit (store it, rebuild the school's engine, audit it, in one transaction).

Edits live in the database (server/school_data.py), never in the server's files, because a
trust runs several servers on one database.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from server import keys
from server.access import Principal, require
from server.api.review_common import school_of_request
from server.db import Queries
from server.school_data import EditError, bump_version, engine_for, versions
from server.ui.render import page, render

log = logging.getLogger(__name__)

Field = dict[str, str]


def admin_school(request: web.Request) -> tuple[Principal, str]:
    """The admin and the school the page is about (`?school=` for a trust-wide admin)."""
    who = require(request, "admin")
    return who, school_of_request(request, who)


def school_query(request: web.Request, school: str) -> str:
    """The `?school=` to keep on a form's action, for a trust-wide admin on a multi-school server."""
    return f"?school={school}" if "school" in request.query else ""


async def save_and_reload(request: web.Request, who: Principal, school: str, action: str,
                          write: Callable[[Queries], Awaitable[None]], detail: dict[str, Any],
                          target: str | None = None, **replace: Any) -> None:
    """Build the school's engine as it will be with `replace` (the edited sections) on top of
    the file and the stored edits (EditError, with nothing written, if it would not load),
    then write the edit, its audit row and the school's raised edits version in one
    transaction and put the engine in force. Other servers on the database see the version
    move and rebuild their engine (server/schools.py). If it moved by more than this edit
    since the engine was built, another edit (here or on another server) came in between,
    which the engine built here may lack, so the engine is rebuilt from the database instead."""
    app = request.app
    runtime = app[keys.SCHOOLS][school]
    built_from = (await versions(app[keys.DB])).get(school, 0)
    engine = await engine_for(app[keys.DB], school, runtime.config_path, **replace)
    async with app[keys.DB].transaction() as tx:
        await write(tx)
        version = await bump_version(tx, school)
        await app[keys.AUDIT].record(who.actor, action, school_id=school, target=target or f"school:{school}",
                                     detail=detail, tx=tx)
    if version == built_from + 1:
        runtime.engine, runtime.version = engine, version
    else:
        try:
            await app[keys.SCHOOLS].reload(app[keys.DB], school)
        except EditError as e:      # saved already: keep this edit in force, say why not the rest
            log.error("school %s: this edit with another server's does not load: %s", school, "; ".join(e.problems))
            runtime.engine, runtime.version = engine, version
    await app[keys.AUDIT].sync_head()


SECTIONS = [
    ("/admin/timetable", "Timetable", "Directed periods, terms, closures and per-staff timetables, "
                                      "with a what-if over recent activity before you save."),
    ("/admin/roster", "Pupil roster", "Upload the MIS export, map its columns, preview and confirm."),
    ("/admin/staff", "Staff list", "The school's staff, and a new staff list from the MIS, previewed "
                                   "before it is applied."),
    ("/admin/logos", "Logos", "The school's logos the detector looks for in photos, with what it keys on."),
    ("/admin/declarations", "Declarations", "Relationships with pupils outside school that staff "
                                            "have declared, to approve or reject."),
    ("/admin/holds", "Posting holds", "Times when the school's official accounts must not post."),
    ("/admin/rules", "Rules and decisions", "The policy pack, and allow, warn or block for each of its rules, "
                                             "for personal and official accounts."),
    ("/admin/official", "Official accounts", "The school's own accounts, judged as official."),
    ("/admin/tokens", "Proxies and extension tokens", "Make, list and disable the tokens proxies and "
                                                      "extensions use."),
    ("/review/yearly", "Yearly review", "The filtering and monitoring review the DfE standards ask for "
                                        "each year: rules in force, findings, changes made."),
]


@page
async def index(request: web.Request) -> web.Response:
    who = require(request, "admin")
    school = school_of_request(request, who, required=False)
    if school is None:      # a trust-wide admin, several schools: the picker (base.html) first
        return render(request, "admin/index.html", sections=[], school=None, q="")
    runtime = request.app[keys.SCHOOLS][school]
    return render(request, "admin/index.html", sections=SECTIONS, school=runtime,
                  q=school_query(request, school))


def setup(app: web.Application) -> None:
    app.router.add_get("/admin", index)

"""The web UI's routes: static files, then each area's pages (one module per area).

Listed in server/app.py's ROUTES like the API's modules.
"""
from __future__ import annotations

from aiohttp import web

from server.ui import admin, admin_holds, admin_roster, admin_timetable, auth, charts, declarations, me, review
from server.ui import admin_official, admin_rules, admin_tokens, yearly
from server.ui import admin_logos, admin_staff
from server.ui.render import ENV, STATIC, make_env

AREAS = (auth, review, charts, me, admin, admin_timetable, admin_roster, declarations, admin_holds,
         admin_rules, admin_official, admin_tokens, yearly, admin_staff, admin_logos)


def setup(app: web.Application) -> None:
    app[ENV] = make_env()
    app.router.add_static("/static/", STATIC, append_version=False)
    for area in AREAS:
        area.setup(app)

"""Every request first brings the schools' engines up to date with edits saved on another
server sharing the database (server/schools.py, `Schools.refresh`).

A middleware rather than a background poll: an engine is only ever used by a request, so the
request is the moment to look, and an idle server reads nothing. The look is throttled to
once every `schools.CHECK_EVERY` (by the app's clock), so it costs one small query per few
seconds however busy the server is.
"""
from __future__ import annotations

from aiohttp import web

from server import keys


@web.middleware
async def fresh_engines(request: web.Request, handler):
    app = request.app
    schools = app.get(keys.SCHOOLS)
    if schools is not None:
        await schools.refresh(app[keys.DB], app[keys.CLOCK]())
    return await handler(request)

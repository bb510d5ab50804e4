"""GET /api/v1/health: for monitoring and for the proxies; no login needed.

{"status": "ok"|"degraded", "components": {...}} from app[keys.HEALTH], after pinging the
database. A failed ping marks the database component failed and answers 503, so a load
balancer or monitor sees the failure without parsing the body. Other components (ingest)
make the status "degraded" but still answer 200: this server can serve, and taking it out
of a load balancer's rotation for one failed batch would make things worse. The body never carries the
database's own error text (it can name hosts and users); the log has it.
"""
from __future__ import annotations

import logging

from aiohttp import web

from server import keys

log = logging.getLogger(__name__)


async def health(request: web.Request) -> web.Response:
    app = request.app
    state = app[keys.HEALTH]
    try:
        await app[keys.DB].ping()
    except Exception as e:   # any failure to answer is the database being unavailable
        log.error("health: the database did not answer: %s", e)
        state.database.failure("the database did not answer", app[keys.CLOCK]())
    else:
        state.database.success()
    return web.json_response(state.report(), status=200 if state.database.ok else 503)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/health", health)

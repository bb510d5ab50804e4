"""The aiohttp application: `create_app(config)` builds it; `postwarden serve` runs it.

Resources (database, engines, audit log, background jobs) live in `cleanup_ctx`, so they
open before the first request and close in reverse order on shutdown, in tests too. Each
group of routes is one module with a `setup(app)` function, listed in ROUTES.
"""
from __future__ import annotations

import importlib
import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web

from server import keys
from server.audit import AuditLog
from server.config import ServerConfig
from server.db import open_database
from server.errors import error_middleware
from server.health import Health
from server.schools import Schools
from server.token_cache import TOKEN_CACHE, TokenCache

log = logging.getLogger(__name__)

#: Largest request body: an ingest batch or a draft with its images.
MAX_BODY = 32 * 1024 * 1024

ROUTES = (
    "server.api.health",
    "server.api.openapi",
    "server.api.session",
    "server.api.check",
    "server.api.ingest",
    "server.api.proxy_school",
    "server.api.feedback",
    "server.api.extension",
    "server.api.events",
    "server.api.usage",
    "server.api.sar",
    "server.api.pac",
    "server.ui.routes",
)


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


def create_app(config: ServerConfig, *, clock: Callable[[], datetime] | None = None) -> web.Application:
    from server import security
    from server.school_sync import fresh_engines
    app = web.Application(middlewares=[error_middleware, *security.middlewares(), fresh_engines],
                          client_max_size=MAX_BODY)
    app[keys.CONFIG] = config
    app[keys.CLOCK] = clock or system_clock
    app[keys.HEALTH] = Health()
    app[keys.SECRET] = load_secret(config.data_path / "secret")
    app[TOKEN_CACHE] = TokenCache()
    app.cleanup_ctx.append(_database)
    app.cleanup_ctx.append(_schools)
    from server import retention
    app.cleanup_ctx.append(retention.purge_ctx)
    for name in ROUTES:
        importlib.import_module(name).setup(app)
    return app


async def _database(app: web.Application):
    config = app[keys.CONFIG]
    password = None
    if config.database.password_file is not None:
        password = config.path(config.database.password_file).read_text(encoding="utf-8").strip()
    db = await open_database(config.database.dsn, config.sqlite_path, password=password,
                             pool_max=config.database.pool_max)
    app[keys.DB] = db
    app[keys.AUDIT] = AuditLog(db, config.data_path / "audit-head.json", app[keys.CLOCK])
    yield
    await app[keys.AUDIT].sync_head()
    await db.close()


async def _schools(app: web.Application):
    schools = Schools.load(app[keys.CONFIG])
    await schools.register(app[keys.DB])
    app[keys.SCHOOLS] = schools
    yield


def load_secret(path: Path) -> bytes:
    """The server's HMAC key, made on first start; 0600 so only the service account reads it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return bytes.fromhex(path.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        value = secrets.token_bytes(32)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value.hex() + "\n", encoding="utf-8")
        tmp.chmod(0o600)
        tmp.replace(path)
        return value

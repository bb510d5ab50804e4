"""Every typed `web.AppKey` the server uses, in one place, so a handler's dependencies are
easy to find and a typo is an import error rather than a KeyError at request time."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from server.audit import AuditLog
from server.config import ServerConfig
from server.db import Database
from server.health import Health
from server.schools import Schools

CONFIG = web.AppKey("config", ServerConfig)
DB = web.AppKey("db", Database)
SCHOOLS = web.AppKey("schools", Schools)
AUDIT = web.AppKey("audit", AuditLog)
HEALTH = web.AppKey("health", Health)
#: The time now, UTC. Tests pass a clock they move, to check timeouts and retention.
CLOCK = web.AppKey("clock", Callable[[], datetime])
#: Keys for HMAC tokens (acknowledgements the proxy honours), from <data_dir>/secret.
SECRET = web.AppKey("secret", bytes)

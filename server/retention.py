"""Retention: the purge job (to be written)."""
from __future__ import annotations

from aiohttp import web


async def purge_ctx(app: web.Application):
    yield

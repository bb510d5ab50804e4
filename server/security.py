"""Request middlewares for who is asking, CSRF and security headers (to be completed)."""
from __future__ import annotations

from aiohttp import web

from server import keys
from server.access import PRINCIPAL, bearer, token_principal


@web.middleware
async def auth_middleware(request: web.Request, handler):
    value = bearer(request)
    if value is not None:
        who = await token_principal(request.app[keys.DB], value)
        if who is not None:
            request[PRINCIPAL] = who
    return await handler(request)


def middlewares() -> list:
    return [auth_middleware]

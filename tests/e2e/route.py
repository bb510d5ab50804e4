"""A mitmproxy script for tests and benchmarks only: a resolver that sends every host name to
one loopback address (`--set route_to=127.0.0.1:PORT`), whatever name and port were asked for.

It stands in for a hosts file. The client CONNECTs to `x.com:443`; mitmproxy, its
`allow_hosts`/`ignore_hosts` matching and postwarden's scope decision all see `x.com:443` as
the destination (and `x.com` as SNI); only the socket goes to the local upstream. IP literals
and `localhost` resolve as usual (the proxy's own listening socket needs them). As a second
guard the tests' proxies trust only the test CA upstream, so nothing can be sent to a real
site even if this resolver were bypassed.
"""
from __future__ import annotations

import ipaddress
import socket

from mitmproxy import ctx, exceptions

_real_getaddrinfo = socket.getaddrinfo


def _is_literal(host) -> bool:
    if host is None or host == "localhost":
        return True
    try:
        ipaddress.ip_address(host.decode() if isinstance(host, bytes) else host)
        return True
    except ValueError:
        return False


class RouteToLoopback:
    def __init__(self) -> None:
        self.target: tuple[str, int] | None = None

    def load(self, loader) -> None:
        loader.add_option("route_to", str, "", "host:port every host name resolves to.")

    def configure(self, updated: set[str]) -> None:
        if "route_to" not in updated:
            return
        host, _, port = ctx.options.route_to.rpartition(":")
        if host != "127.0.0.1" or not port.isdigit():
            raise exceptions.OptionsError("route_to must be 127.0.0.1:PORT")
        self.target = (host, int(port))
        socket.getaddrinfo = self._getaddrinfo   # asyncio looks it up on every resolution

    def _getaddrinfo(self, host, port, family=0, type=0, proto=0, flags=0):
        if _is_literal(host) or self.target is None:
            return _real_getaddrinfo(host, port, family, type, proto, flags)
        return _real_getaddrinfo(self.target[0], self.target[1], socket.AF_INET, type, proto, flags)

    def done(self) -> None:
        socket.getaddrinfo = _real_getaddrinfo


addons = [RouteToLoopback()]

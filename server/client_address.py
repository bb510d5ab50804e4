"""The address a request comes from, as the login limit and the session record see it.

Behind a TLS terminator (nginx, Caddy, IIS ARR) every request arrives from the terminator,
so counting failed logins per peer would put the whole school in one bucket: one person
guessing would lock everyone out, and the limit per address would mean nothing. When the
peer is one of `listen.trusted_proxies`, the client is therefore read from X-Forwarded-For:
the rightmost hop that is not itself a trusted proxy. Hops to its left were written by the
client and can say anything, so they are never used. From any other peer, and when the
setting is empty, forwarded headers are ignored: anyone can send them.
"""
from __future__ import annotations

import functools
import ipaddress
from collections.abc import Sequence

from aiohttp import web

from server import keys

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@functools.lru_cache(maxsize=8)
def trusted_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    """The config's entries (checked by server/config.py) as networks."""
    return tuple(ipaddress.ip_network(e, strict=False) for e in entries)


def parse_address(text: str) -> IPAddress | None:
    """An address as peers and X-Forwarded-For give it ("10.0.0.5", "2001:db8::1", "[2001:db8::1]:443",
    "10.0.0.5:51234"), IPv4-mapped IPv6 as plain IPv4; None if it is not one."""
    text = text.strip()
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]          # IPv4 with a port
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress, networks: Sequence[Network]) -> bool:
    return any(address in n for n in networks)


def forwarded_client(peer: str, forwarded_for: Sequence[str], networks: Sequence[Network]) -> str:
    """The client's address: `peer`, or when `peer` is trusted, the rightmost X-Forwarded-For
    hop that is not trusted (the leftmost hop if all are). A hop that is not an address ends
    the walk at the last one that was: only a trusted proxy could have written it there."""
    peer_address = parse_address(peer)
    if not networks or peer_address is None or not _trusted(peer_address, networks):
        return peer
    client = str(peer_address)
    hops = [hop for value in forwarded_for for hop in value.split(",")]
    for hop in reversed(hops):
        address = parse_address(hop)
        if address is None:
            break
        client = str(address)
        if not _trusted(address, networks):
            break
    return client


def client_address(request: web.Request) -> str:
    """The address of whoever sent `request` (see the module's docstring); "" if unknown."""
    peer = request.remote or ""
    networks = trusted_networks(tuple(request.app[keys.CONFIG].listen.trusted_proxies))
    if not networks:
        return peer
    return forwarded_client(peer, request.headers.getall("X-Forwarded-For", ()), networks)

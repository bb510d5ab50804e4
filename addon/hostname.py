"""A request's host as mitmproxy's `Request.pretty_host` gives it, parsed once per distinct
Host header / :authority instead of once per look-up.

`pretty_host` parses the authority on every access (a regex, an IDNA round trip, a host
check): about as much CPU as the rest of recognising a flow, and the addon asks for a
monitored request's host five or six times across its hooks. The answer depends only on
the authority string, and a proxy sees few distinct ones, so they are remembered (bounded).
"""
from __future__ import annotations

from mitmproxy import http
from mitmproxy.net.http.url import parse_authority

from addon.headers import get

MAX_REMEMBERED = 4096
_parsed: dict[str, str] = {}   # authority -> its host, as pretty_host returns it


def pretty_host(req: http.Request) -> str:
    """Exactly `req.pretty_host`."""
    if req.data.http_version in (b"HTTP/2.0", b"HTTP/3"):
        authority = req.host_header   # :authority, else Host
    else:
        authority = get(req.data.headers, b"host")   # what host_header reads for HTTP/1
    if not authority:
        return req.host
    try:
        return _parsed[authority]
    except KeyError:
        pass
    if len(_parsed) >= MAX_REMEMBERED:
        _parsed.clear()
    host = _parsed[authority] = parse_authority(authority, check=False)[0]
    return host

"""GET /proxy.pac (and /wpad.dat): the proxy auto-config file browsers are pointed at.

It sends the monitored platforms' hosts, from the same platform map the proxy decrypts by
(addon/platformmap.py), and the host of the proxy's acknowledgement links to the proxy;
every other name goes DIRECT, so ordinary browsing never touches the proxy at all. `*.x`
patterns match subdomains only, as in the proxy's own scope.

The script uses no PAC helper functions (no DNS look-ups, which block the browser): a table
of exact names and a list of suffixes, written as JSON literals, so it is easy to read and to
test. With `proxy.fail_mode: closed` there is no DIRECT fallback for monitored hosts: when the
proxy is down, posting to them fails rather than going unchecked.

No authentication: browsers fetch it before anyone logs in, and it holds nothing private.
"""
from __future__ import annotations

import ipaddress
import json
from urllib.parse import urlsplit

from aiohttp import web

from addon.platformmap import PlatformMap, normalise_host
from server import keys
from server.config import ServerConfig

CONTENT_TYPE = "application/x-ns-proxy-autoconfig"
#: The addon's default `postwarden_ack_host`: acknowledgement links the proxy answers itself.
ACK_HOST = "postwarden.invalid"
_WILDCARD = ("", "0.0.0.0", "::", "[::]")
PAC_HOSTS = web.AppKey("pac_hosts", tuple)

TEMPLATE = """\
// postwarden proxy auto-config for {school}.
// Monitored social platforms go through the school's proxy; every other site goes DIRECT.
var PROXY = {proxy};
var EXACT = {exact};
var SUFFIXES = {suffixes};

function FindProxyForURL(url, host) {{
  host = host.toLowerCase();
  if (host.charAt(host.length - 1) == ".") host = host.substring(0, host.length - 1);
  if (EXACT.hasOwnProperty(host)) return PROXY;
  for (var i = 0; i < SUFFIXES.length; i++) {{
    var tail = "." + SUFFIXES[i];
    if (host.length > tail.length && host.substring(host.length - tail.length) == tail) return PROXY;
  }}
  return "DIRECT";
}}
"""


def split_hosts(patterns: list[str]) -> tuple[list[str], list[str]]:
    """(exact names, suffixes): `*.bsky.app` becomes the suffix `bsky.app`."""
    exact: set[str] = set()
    suffixes: set[str] = set()
    for p in patterns:
        p = normalise_host(p)
        if p.startswith("*."):
            suffixes.add(p[2:])
        elif p:
            exact.add(p)
    return sorted(exact), sorted(suffixes)


def proxy_address(config: ServerConfig, request_host: str | None) -> str:
    """host:port browsers reach the proxy at. A proxy listening on every address is reached
    by the server's public name, or else by the name the browser fetched this file from."""
    host = config.proxy.host
    if host in _WILDCARD:
        host = (urlsplit(config.public_url).hostname if config.public_url else None) or request_host or "127.0.0.1"
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass
    return f"{host}:{config.proxy.port}"


def pac_script(hosts: tuple[str, ...] | list[str], proxy: str, *, fail_closed: bool,
               school: str = "this school") -> str:
    exact, suffixes = split_hosts(list(hosts))
    directive = f"PROXY {proxy}" if fail_closed else f"PROXY {proxy}; DIRECT"
    return TEMPLATE.format(
        school=school.replace("\n", " "),
        proxy=json.dumps(directive),
        exact=json.dumps({h: 1 for h in exact}, indent=None, separators=(", ", ": ")),
        suffixes=json.dumps(suffixes, separators=(", ", ": ")))


async def proxy_pac(request: web.Request) -> web.Response:
    app = request.app
    config = app[keys.CONFIG]
    schools = app.get(keys.SCHOOLS)
    runtime = schools.get(config.proxy_school) if schools else None
    script = pac_script(app[PAC_HOSTS], proxy_address(config, request.url.host),
                        fail_closed=config.proxy.fail_mode == "closed",
                        school=runtime.name if runtime else config.proxy_school)
    return web.Response(text=script, content_type=CONTENT_TYPE)


def setup(app: web.Application) -> None:
    # The shipped platform map, the same one the proxy decrypts by; loaded once.
    app[PAC_HOSTS] = (*PlatformMap.load().all_host_patterns(), ACK_HOST)
    app.router.add_get("/proxy.pac", proxy_pac)
    app.router.add_get("/wpad.dat", proxy_pac)   # WPAD by DNS fetches http://wpad.<domain>/wpad.dat

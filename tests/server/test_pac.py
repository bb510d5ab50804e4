"""GET /proxy.pac: the monitored platforms go to the proxy, everything else DIRECT.

The PAC file's logic is evaluated here in Python on the tables the server generated (parsed
from the served file), and checked against the proxy's own TLS scope for the same names, so
the browser sends the proxy exactly what the proxy decrypts. Where Node.js is installed, the
served JavaScript itself is run too.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from addon.platformmap import PlatformMap
from addon.scope import Scope
from server.app import create_app
from server.api.pac import ACK_HOST, CONTENT_TYPE


@pytest.fixture(params=["sqlite"])
def dialect(request) -> str:
    """The PAC file does not touch the database: SQLite alone is enough here."""
    return request.param


class Pac:
    """The served file's tables, and FindProxyForURL's logic over them."""

    def __init__(self, text: str):
        self.text = text
        self.proxy = json.loads(_var(text, "PROXY"))
        self.exact = set(json.loads(_var(text, "EXACT")))
        self.suffixes = json.loads(_var(text, "SUFFIXES"))

    def find(self, host: str) -> str:
        host = host.lower()
        if host.endswith("."):
            host = host[:-1]
        if host in self.exact:
            return self.proxy
        for suffix in self.suffixes:
            tail = "." + suffix
            if len(host) > len(tail) and host.endswith(tail):
                return self.proxy
        return "DIRECT"


def _var(text: str, name: str) -> str:
    m = re.search(rf"^var {name} = (.*);$", text, re.M)
    assert m, f"no var {name} in the PAC file"
    return m.group(1)


async def fetch(client, path: str = "/proxy.pac") -> Pac:
    resp = await client.get(path)
    assert resp.status == 200
    assert resp.content_type == CONTENT_TYPE
    return Pac(await resp.text())


CASES = [
    ("x.com", True), ("api.x.com", True), ("X.COM.", True), ("twitter.com", True),
    ("upload.twitter.com", True), ("www.facebook.com", True), ("web.whatsapp.com", True),
    ("mmg.whatsapp.net", True), ("sub.bsky.network", True), ("mastodon.social", True),
    (ACK_HOST, True),
    ("notx.com", False), ("x.com.bank.example", False), ("bank.example", False),
    ("whatsapp.com", False), ("bsky.network", False), ("news.example", False),
    ("xx.com", False), ("my-x.com", False), ("localhost", False), ("10.0.0.1", False),
]


async def test_monitored_hosts_go_to_the_proxy_and_the_rest_direct(client):
    pac = await fetch(client)
    got = {host: pac.find(host) for host, _ in CASES}
    assert got == {host: "PROXY 127.0.0.1:8081; DIRECT" if through else "DIRECT" for host, through in CASES}


async def test_the_pac_file_sends_the_proxy_exactly_what_it_decrypts(client):
    """Every listed host, a subdomain of each, and look-alikes: PAC and proxy scope agree."""
    pac = await fetch(client)
    patterns = PlatformMap.load().all_host_patterns()
    scope = Scope(patterns)
    names = set()
    for p in patterns:
        bare = p.removeprefix("*.")
        names |= {bare, f"www.{bare}", f"a.b.{bare}", f"not{bare}", f"{bare}.evil.example", f"{bare}x"}
    assert len(names) > 200
    for name in sorted(names):
        assert (pac.find(name) != "DIRECT") == scope.intercept(name, None), name


async def test_no_login_needed_and_wpad_serves_the_same(client):
    pac = await fetch(client)
    wpad = await fetch(client, "/wpad.dat")
    assert wpad.text == pac.text
    assert "FindProxyForURL" in pac.text and "Hollins Park Primary School" in pac.text


async def test_fail_closed_has_no_direct_fallback(server_config, aiohttp_client_factory):
    server_config.proxy.fail_mode = "closed"
    client = await aiohttp_client_factory(create_app(server_config))
    pac = await fetch(client)
    assert pac.find("x.com") == "PROXY 127.0.0.1:8081"
    assert pac.find("news.example") == "DIRECT"


async def test_a_proxy_on_every_address_is_named_by_the_public_url(server_config, aiohttp_client_factory):
    server_config.proxy.host = "0.0.0.0"
    server_config.proxy.port = 3128
    server_config.public_url = "https://postwarden.school.example/"
    client = await aiohttp_client_factory(create_app(server_config))
    assert (await fetch(client)).find("x.com") == "PROXY postwarden.school.example:3128; DIRECT"


async def test_without_a_public_url_the_name_the_browser_used(server_config, aiohttp_client_factory):
    server_config.proxy.host = "::"
    client = await aiohttp_client_factory(create_app(server_config))
    resp = await client.get("/proxy.pac", headers={"Host": "pw.school.example:8080"})
    assert Pac(await resp.text()).find("x.com") == "PROXY pw.school.example:8081; DIRECT"


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
async def test_the_javascript_itself_agrees(client):
    pac = await fetch(client)
    hosts = ["x.com", "api.x.com", "X.COM.", "notx.com", "x.com.bank.example", "whatsapp.com",
             "web.whatsapp.com", "sub.bsky.network", "bsky.network", ACK_HOST, "news.example"]
    script = pac.text + f"\nconsole.log(JSON.stringify({json.dumps(hosts)}.map(h => FindProxyForURL('https://' + h + '/', h))));\n"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(out.stdout) == [pac.find(h) for h in hosts]

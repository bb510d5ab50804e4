"""`listen.trusted_proxies`: behind a TLS terminator the login limit counts the forwarded
client's address; from any other peer X-Forwarded-For is ignored. On SQLite and PostgreSQL,
through the real login endpoint (the test client connects from 127.0.0.1).
"""
from __future__ import annotations

import ipaddress

import pytest
import pytest_asyncio

from policies.errors import ConfigError
from server import keys, login_limit
from server.client_address import forwarded_client, parse_address
from server.config import load_server_config
from tests.conftest import ROOT
from tests.server.helpers import PASSWORD, make_account

SESSION = "/api/v1/session"


async def attempt(client, username: str, forwarded: str) -> int:
    resp = await client.post(SESSION, json={"username": username, "password": "wrong password!"},
                             headers={"X-Forwarded-For": forwarded})
    return resp.status


async def app_client(server_config, clock, aiohttp_client_factory, trusted: list[str]):
    from server.app import create_app
    server_config.listen.trusted_proxies = trusted
    return await aiohttp_client_factory(create_app(server_config, clock=clock))


@pytest_asyncio.fixture
async def behind_proxy(server_config, clock, aiohttp_client_factory):
    return await app_client(server_config, clock, aiohttp_client_factory, ["127.0.0.1", "10.0.0.0/8"])


async def test_a_trusted_peer_is_limited_per_forwarded_address(behind_proxy):
    for i in range(5):     # five usernames: only the address limit can bite
        assert await attempt(behind_proxy, f"user{i}", "203.0.113.5") == 401
    assert await attempt(behind_proxy, "someone", "203.0.113.5") == 429
    # Whatever the client wrote to the left of what the terminator added counts for nothing.
    assert await attempt(behind_proxy, "someone", "198.51.100.7, 203.0.113.5") == 429
    # Another member of staff behind the same terminator is not locked out.
    assert await attempt(behind_proxy, "someone", "203.0.113.6") == 401
    # A second trusted hop (10.1.2.3) is skipped: the client is the hop before it.
    assert await attempt(behind_proxy, "someone", "203.0.113.5, 10.1.2.3") == 429
    db = behind_proxy.app[keys.DB]
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                             login_limit.address_key("203.0.113.5")) == 5
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                             login_limit.address_key("127.0.0.1")) == 0


async def test_an_untrusted_peer_cannot_choose_its_address(server_config, clock, aiohttp_client_factory):
    client = await app_client(server_config, clock, aiohttp_client_factory, ["10.0.0.0/8"])
    for i in range(5):     # a new forwarded address each time, as a guesser would send
        assert await attempt(client, f"user{i}", f"203.0.113.{i}") == 401
    assert await attempt(client, "someone", "203.0.113.99") == 429
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                                              login_limit.address_key("127.0.0.1")) == 5


async def test_without_the_setting_forwarded_headers_are_ignored(client):
    await make_account(client, "alice", "admin")
    resp = await client.post(SESSION, json={"username": "alice", "password": PASSWORD},
                             headers={"X-Forwarded-For": "203.0.113.5"})
    assert resp.status == 200
    assert await client.app[keys.DB].fetchval("SELECT address FROM sessions") == "127.0.0.1"


async def test_the_session_records_the_forwarded_address(behind_proxy):
    await make_account(behind_proxy, "alice", "admin")
    resp = await behind_proxy.post(SESSION, json={"username": "alice", "password": PASSWORD},
                                   headers={"X-Forwarded-For": "203.0.113.5"})
    assert resp.status == 200
    assert await behind_proxy.app[keys.DB].fetchval("SELECT address FROM sessions") == "203.0.113.5"


def test_a_bad_entry_is_a_config_error_naming_the_key(tmp_path):
    path = tmp_path / "server.yaml"
    path.write_text("listen: {port: 8080, trusted_proxies: [10.0.0.0/8, not-an-address]}\n"
                    f"schools: [{{id: hollins-park, config: {ROOT / 'demo' / 'school.yaml'}}}]\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_server_config(path)
    assert "listen.trusted_proxies[1]" in str(e.value) and "not-an-address" in str(e.value)


NETS = [ipaddress.ip_network("127.0.0.1"), ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("2001:db8::/32")]


@pytest.mark.parametrize("peer, forwarded, client", [
    ("127.0.0.1", [], "127.0.0.1"),                                   # trusted, nothing forwarded
    ("192.0.2.1", ["203.0.113.5"], "192.0.2.1"),                      # untrusted peer: header ignored
    ("127.0.0.1", ["203.0.113.5"], "203.0.113.5"),
    ("127.0.0.1", ["1.2.3.4, 203.0.113.5", "10.0.0.2"], "203.0.113.5"),   # two headers, one list
    ("127.0.0.1", ["10.0.0.3, 10.0.0.2"], "10.0.0.3"),                # every hop trusted: the leftmost
    ("127.0.0.1", ["203.0.113.5, garbage"], "127.0.0.1"),             # unreadable: stop at the last good hop
    ("127.0.0.1", ["garbage, 10.0.0.2"], "10.0.0.2"),
    ("::ffff:127.0.0.1", ["203.0.113.5:51234"], "203.0.113.5"),       # mapped peer; a hop with a port
    ("2001:db8::1", ["[2001:db8:ffff::7]:443"], "2001:db8:ffff::7"),  # inside 2001:db8::/32: trusted, leftmost
    ("2001:db8::1", ["[2001:dead::7]:443"], "2001:dead::7"),
])
def test_forwarded_client(peer, forwarded, client):
    assert forwarded_client(peer, forwarded, NETS) == client


def test_parse_address():
    assert parse_address(" 10.0.0.1 ") == ipaddress.ip_address("10.0.0.1")
    assert parse_address("unknown") is None
    assert parse_address("") is None

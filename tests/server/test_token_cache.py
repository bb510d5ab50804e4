"""Bearer tokens are looked up in the database once every few seconds, not on every request
(server/token_cache.py): a token disabled elsewhere stops within the cache's TTL, one
disabled through this server's admin pages stops at once. On SQLite and PostgreSQL; the
cache's own bounds and its race with a disable are checked on the class itself.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server import keys
from server.access import Principal, create_token, disable_token
from server.token_cache import TOKEN_CACHE, TTL, TokenCache
from tests.server.helpers import login, make_account

CONFIG = "/api/v1/extension/config"


async def test_a_token_disabled_elsewhere_stops_within_the_ttl(client, clock):
    db = client.app[keys.DB]
    token_id, value = await create_token(db, "hollins-park", "extension", "laptops")
    auth = {"Authorization": f"Bearer {value}"}
    assert (await client.get(CONFIG, headers=auth)).status == 200
    # What `postwarden token disable` does, from another process: this server is not told.
    assert await disable_token(db, token_id) is not None
    clock.advance(seconds=TTL.total_seconds() - 1)
    assert (await client.get(CONFIG, headers=auth)).status == 200     # still the cached answer
    clock.advance(seconds=1)
    assert (await client.get(CONFIG, headers=auth)).status == 401
    clock.advance(seconds=TTL.total_seconds() * 3)
    assert (await client.get(CONFIG, headers=auth)).status == 401     # a disabled token is not cached


async def test_a_token_disabled_on_the_admin_page_stops_at_once(client):
    db = client.app[keys.DB]
    token_id, value = await create_token(db, "hollins-park", "extension", "laptops")
    _, other = await create_token(db, "hollins-park", "extension", "office")
    auth, other_auth = {"Authorization": f"Bearer {value}"}, {"Authorization": f"Bearer {other}"}
    assert (await client.get(CONFIG, headers=auth)).status == 200
    assert (await client.get(CONFIG, headers=other_auth)).status == 200
    await make_account(client, "adm", "admin")
    headers = await login(client, "adm")
    off = await client.post(f"/admin/tokens/{token_id}/disable", data={}, headers=headers, allow_redirects=False)
    assert off.status == 303
    assert (await client.get(CONFIG, headers=auth)).status == 401     # no clock moved
    assert (await client.get(CONFIG, headers=other_auth)).status == 200


async def test_cached_requests_still_mark_the_token_used(client, clock):
    db = client.app[keys.DB]
    _, value = await create_token(db, "hollins-park", "proxy", "main site")
    auth = {"Authorization": f"Bearer {value}"}
    await client.get("/api/v1/health", headers=auth)
    clock.advance(seconds=61)
    await client.get("/api/v1/health", headers=auth)
    assert len(client.app[TOKEN_CACHE]) == 1
    assert await db.fetchval("SELECT last_used_at FROM tokens") == "2026-11-20T10:01:01.000000Z"


# -- the cache itself ------------------------------------------------------------------------

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def who(token_id: int) -> Principal:
    return Principal(kind="token", role="extension", school_id="hollins-park", token_id=token_id)


def test_a_lookup_that_started_before_an_eviction_is_not_cached():
    cache = TokenCache()
    generation = cache.generation          # a lookup starts ...
    cache.evict_token(1)                   # ... the token is disabled and evicted meanwhile ...
    cache.put("h1", who(1), NOW, generation)   # ... and its answer, read before, arrives
    assert cache.get("h1", NOW) is None
    cache.put("h1", who(1), NOW, cache.generation)
    assert cache.get("h1", NOW) == who(1)


def test_entries_expire_and_the_cache_is_bounded():
    cache = TokenCache(ttl=timedelta(seconds=5), max_entries=3)
    for i in range(5):
        cache.put(f"h{i}", who(i), NOW + timedelta(seconds=i), cache.generation)
    assert len(cache) == 3
    assert cache.get("h0", NOW + timedelta(seconds=4)) is None          # the oldest went first
    assert cache.get("h4", NOW + timedelta(seconds=4)) == who(4)
    assert cache.get("h2", NOW + timedelta(seconds=7)) is None          # stored at 2 s, 5 s TTL
    assert cache.get("h4", NOW + timedelta(seconds=3)) is None          # a clock set back: not trusted

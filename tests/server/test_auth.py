"""Logging in and out, sessions' lifetimes, disabled accounts and the failed-login limit,
through the real API on SQLite and PostgreSQL."""
from __future__ import annotations

import hashlib

from argon2 import PasswordHasher

from server import keys, login_limit
from server.accounts import disable_account
from server.passwords import needs_rehash
from server.sessions import COOKIE
from tests.server.helpers import PASSWORD, login, make_account

SESSION = "/api/v1/session"


def session_cookie(client) -> str:
    for cookie in client.session.cookie_jar:
        if cookie.key == COOKIE:
            return cookie.value
    raise AssertionError("no session cookie in the jar")


async def get_with_cookie(client, value: str):
    """A request carrying exactly this cookie, whatever the jar holds."""
    client.session.cookie_jar.clear()
    return await client.get(SESSION, headers={"Cookie": f"{COOKIE}={value}"})


async def audit_rows(client, action: str) -> list[dict]:
    return await client.app[keys.DB].fetch("SELECT actor, action, school_id, target, detail FROM audit_log "
                                           "WHERE action = ? ORDER BY seq", action)


# -- logging in ------------------------------------------------------------------------------


async def test_login_answers_the_account_and_sets_the_cookie(client):
    account_id = await make_account(client, "Alice", "reviewer", staff_ref="a.smith")
    resp = await client.post(SESSION, json={"username": "alice", "password": PASSWORD})
    assert resp.status == 200
    body = await resp.json()
    assert body["account"] == {"id": account_id, "username": "alice", "display_name": "", "role": "reviewer",
                               "school_id": "hollins-park", "staff_ref": "a.smith"}
    assert len(body["csrf"]) >= 32
    assert session_cookie(client)

    again = await client.get(SESSION)
    assert again.status == 200
    assert await again.json() == body
    rows = await audit_rows(client, "session.login")
    assert [(r["actor"], r["school_id"], r["target"]) for r in rows] == [
        (f"account:{account_id}:alice", "hollins-park", f"account:{account_id}")]


async def test_username_is_case_and_space_insensitive(client):
    await make_account(client, "bob", "staff", staff_ref="b.jones")
    resp = await client.post(SESSION, json={"username": "  BOB ", "password": PASSWORD})
    assert resp.status == 200


async def test_wrong_password_and_unknown_user_get_the_same_answer(client):
    await make_account(client, "alice", "admin")
    wrong = await client.post(SESSION, json={"username": "alice", "password": "not the password"})
    unknown = await client.post(SESSION, json={"username": "nobody", "password": PASSWORD})
    assert wrong.status == unknown.status == 401
    assert (await wrong.json())["error"] == (await unknown.json())["error"]
    assert COOKIE not in wrong.cookies and COOKIE not in unknown.cookies
    rows = await audit_rows(client, "session.login_failed")
    assert [(r["actor"], r["detail"]) for r in rows] == [("anonymous", '{"username":"alice"}'),
                                                        ("anonymous", '{"username":"nobody"}')]


async def test_login_body_is_validated(client):
    resp = await client.post(SESSION, json={"username": "alice"})
    assert resp.status == 422
    assert "password" in (await resp.json())["error"]["details"]["fields"]


async def test_account_without_a_password_cannot_log_in(client):
    from server.accounts import create_account
    await create_account(client.app[keys.DB], "nopass", "admin", school_id=None)
    resp = await client.post(SESSION, json={"username": "nopass", "password": PASSWORD})
    assert resp.status == 401


async def test_old_hash_is_upgraded_at_login(client):
    db = client.app[keys.DB]
    await make_account(client, "alice", "admin")
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    await db.execute("UPDATE accounts SET password_hash = ? WHERE username = 'alice'", weak)
    assert needs_rehash(weak)
    await login(client, "alice")
    stored = await db.fetchval("SELECT password_hash FROM accounts WHERE username = 'alice'")
    assert stored != weak and not needs_rehash(stored)
    client.session.cookie_jar.clear()
    await login(client, "alice")   # the new hash verifies


# -- the session -----------------------------------------------------------------------------


async def test_only_the_hash_of_the_cookie_is_stored(client):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    value = session_cookie(client)
    rows = await client.app[keys.DB].fetch("SELECT * FROM sessions")
    assert len(rows) == 1
    assert rows[0]["id_hash"] == hashlib.sha256(value.encode()).hexdigest()
    assert value not in " ".join(str(v) for v in rows[0].values())


async def test_login_rotates_the_session(client):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    first = session_cookie(client)
    await login(client, "alice")   # the jar sends the first cookie with this login
    second = session_cookie(client)
    assert second != first
    assert (await get_with_cookie(client, first)).status == 401
    assert (await get_with_cookie(client, second)).status == 200
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM sessions") == 1


async def test_idle_timeout(client, clock):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    clock.advance(minutes=29)
    assert (await client.get(SESSION)).status == 200   # activity moves the idle deadline on
    clock.advance(minutes=29)
    assert (await client.get(SESSION)).status == 200
    clock.advance(minutes=30)
    resp = await client.get(SESSION)
    assert resp.status == 401
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM sessions") == 0


async def test_absolute_timeout_however_busy(client, clock):
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    for _ in range(12 * 3 - 1):   # every 20 minutes for 11 h 40 min
        clock.advance(minutes=20)
        assert (await client.get(SESSION)).status == 200
    clock.advance(minutes=20)      # 12 hours since login
    assert (await client.get(SESSION)).status == 401


async def test_last_seen_is_written_at_most_once_a_minute(client, clock):
    db = client.app[keys.DB]
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    at_login = await db.fetchval("SELECT last_seen FROM sessions")
    clock.advance(seconds=50)
    await client.get(SESSION)
    assert await db.fetchval("SELECT last_seen FROM sessions") == at_login
    clock.advance(seconds=20)
    await client.get(SESSION)
    assert await db.fetchval("SELECT last_seen FROM sessions") == "2026-11-20T10:01:10.000000Z"


async def test_logout_ends_the_session(client):
    account_id = await make_account(client, "alice", "admin")
    headers = await login(client, "alice")
    value = session_cookie(client)
    resp = await client.delete(SESSION, headers=headers)
    assert resp.status == 204
    assert resp.cookies[COOKIE].value == ""
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM sessions") == 0
    assert (await get_with_cookie(client, value)).status == 401
    rows = await audit_rows(client, "session.logout")
    assert [r["actor"] for r in rows] == [f"account:{account_id}:alice"]


async def test_logout_needs_a_session(client):
    resp = await client.delete(SESSION)
    assert resp.status == 401


async def test_disabling_an_account_ends_its_sessions(client):
    db = client.app[keys.DB]
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    async with db.transaction() as tx:
        await disable_account(tx, "alice")
    assert await db.fetchval("SELECT COUNT(*) FROM sessions") == 0
    assert (await client.get(SESSION)).status == 401
    again = await client.post(SESSION, json={"username": "alice", "password": PASSWORD})
    assert again.status == 401


async def test_a_disabled_accounts_session_stops_even_if_not_deleted(client):
    db = client.app[keys.DB]
    await make_account(client, "alice", "admin")
    await login(client, "alice")
    await db.execute("UPDATE accounts SET disabled_at = '2026-11-20T10:00:00.000000Z' WHERE username = 'alice'")
    assert (await client.get(SESSION)).status == 401


# -- the failed-login limit ------------------------------------------------------------------


async def fail(client, username: str, times: int) -> None:
    for _ in range(times):
        resp = await client.post(SESSION, json={"username": username, "password": "wrong password!"})
        assert resp.status == 401


async def test_too_many_failures_for_a_username_then_recovery(client, clock):
    await make_account(client, "alice", "admin")
    await fail(client, "alice", 5)
    blocked = await client.post(SESSION, json={"username": "alice", "password": PASSWORD})
    assert blocked.status == 429
    assert blocked.headers["Retry-After"] == str(15 * 60)
    assert (await blocked.json())["error"]["code"] == "rate_limited"
    # A refused attempt is not counted, so it cannot stretch the block.
    assert await client.app[keys.DB].fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                                              login_limit.username_key("alice")) == 5
    clock.advance(minutes=14, seconds=59)
    still = await client.post(SESSION, json={"username": "alice", "password": PASSWORD})
    assert still.status == 429 and still.headers["Retry-After"] == "1"
    clock.advance(seconds=1)
    assert (await client.post(SESSION, json={"username": "alice", "password": PASSWORD})).status == 200


async def test_too_many_failures_from_one_address_across_usernames(client):
    await make_account(client, "alice", "admin")
    for name in ("u1", "u2", "u3", "u4", "u5"):
        await fail(client, name, 1)
    resp = await client.post(SESSION, json={"username": "alice", "password": PASSWORD})
    assert resp.status == 429


async def test_success_clears_the_usernames_failures_only(client):
    db = client.app[keys.DB]
    await make_account(client, "alice", "admin")
    await fail(client, "alice", 3)
    await login(client, "alice")
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                             login_limit.username_key("alice")) == 0
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                             login_limit.address_key("127.0.0.1")) == 3


async def test_old_failures_are_deleted(client, clock):
    db = client.app[keys.DB]
    await fail(client, "someone", 2)
    clock.advance(minutes=16)
    await fail(client, "someone", 1)
    assert await db.fetchval("SELECT COUNT(*) FROM login_failures") == 2   # one per key, the old ones gone

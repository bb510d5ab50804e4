"""Failed-login limits: too many failures for a username, or from one address, and login
answers 429 for a while without even checking the password.

Each failure is counted twice, under the username and under the client's address, so one
address cannot guess at many accounts and many addresses cannot guess at one account. Behind
a TLS terminator listed in `listen.trusted_proxies`, the address is the one it forwards
(server/client_address.py); otherwise it is the peer's. An unknown username is counted
like a real one, so the limit says nothing about which usernames exist. `sessions.login_attempts` failures are allowed for each key inside the
last `login_window_minutes`; any attempt after that answers 429 (and is not counted, so an
attacker cannot extend the block) until the oldest of them ages out of the window. The keys are stored as SHA-256 hashes: the table exists to count, not to
keep a list of who tried to log in from where; rows older than the window are deleted.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from server.config import Sessions
from server.db import Database, Queries, parse_ts, ts


def username_key(username: str) -> str:
    return hashlib.sha256(f"user:{username}".encode("utf-8")).hexdigest()


def address_key(address: str) -> str:
    return hashlib.sha256(f"addr:{address}".encode("utf-8")).hexdigest()


def _window(settings: Sessions) -> timedelta:
    return timedelta(minutes=settings.login_window_minutes)


async def retry_after(db: Database, keys: Sequence[str], now: datetime, settings: Sessions) -> int | None:
    """Seconds until another attempt is allowed, or None when one is allowed now."""
    window = _window(settings)
    wait = 0.0
    for key in keys:
        rows = await db.fetch("SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at",
                              key, ts(now - window))
        if len(rows) >= settings.login_attempts:
            # Allowed again once the failure that puts the count at the limit leaves the window.
            oldest_that_counts = parse_ts(rows[len(rows) - settings.login_attempts]["at"])
            wait = max(wait, (oldest_that_counts + window - now).total_seconds())
    return max(1, math.ceil(wait)) if wait > 0 else None


async def record_failure(q: Queries, keys: Sequence[str], now: datetime, settings: Sessions) -> None:
    await q.execute("DELETE FROM login_failures WHERE at <= ?", ts(now - _window(settings)))
    for key in keys:
        await q.execute("INSERT INTO login_failures (key, at) VALUES (?, ?)", key, ts(now))


async def clear(q: Queries, key: str) -> None:
    await q.execute("DELETE FROM login_failures WHERE key = ?", key)

"""Bearer tokens looked up recently, kept in memory for a few seconds.

The browser extension calls the check API as staff type and a proxy ships every few
seconds: looking the token up in the database on every request was the largest cost of a
check after the engine itself (a SELECT on a reader thread and the hop there and back).
A valid token's principal is kept here for `TTL`, keyed by the token's SHA-256 (never the
value), at most `MAX_ENTRIES` of them. Unknown and disabled tokens are not kept, so a token
made a moment ago works at once and guessing costs a lookup each time, as before.

Revocation: a token disabled through this server (the admin pages) is evicted at once by
`evict_token`; one disabled elsewhere (`postwarden token disable`, another server sharing a
trust's database) stops working here within `TTL`. An eviction also stops a lookup that
was already in flight from caching what it read before the disable committed.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from aiohttp import web

from server.access import Principal

#: How long a looked-up token is trusted without asking the database again.
TTL = timedelta(seconds=5)
#: Tokens kept at once: a school has a few proxies and one extension token per deployment.
MAX_ENTRIES = 1024


class TokenCache:
    def __init__(self, ttl: timedelta = TTL, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: dict[str, tuple[Principal, datetime]] = {}
        #: Moves on every eviction; a lookup that started before one does not store its answer.
        self.generation = 0

    def get(self, token_hash: str, now: datetime) -> Principal | None:
        entry = self._entries.get(token_hash)
        if entry is None:
            return None
        who, stored = entry
        if stored <= now < stored + self.ttl:
            return who
        del self._entries[token_hash]
        return None

    def put(self, token_hash: str, who: Principal, now: datetime, generation: int) -> None:
        """Keep `who`, unless an eviction happened since `generation` was read (the lookup
        may have seen the token before it was disabled)."""
        if generation != self.generation:
            return
        if token_hash not in self._entries and len(self._entries) >= self.max_entries:
            self._drop_stale(now)
            while len(self._entries) >= self.max_entries:
                del self._entries[next(iter(self._entries))]     # the oldest stored
        self._entries.pop(token_hash, None)                      # re-stored: now the newest
        self._entries[token_hash] = (who, now)

    def evict_token(self, token_id: int) -> None:
        """Forget the token with this id (disabled through this server): it stops at once."""
        self.generation += 1
        for key in [k for k, (who, _) in self._entries.items() if who.token_id == token_id]:
            del self._entries[key]

    def _drop_stale(self, now: datetime) -> None:
        for key in [k for k, (_, stored) in self._entries.items() if not stored <= now < stored + self.ttl]:
            del self._entries[key]

    def __len__(self) -> int:
        return len(self._entries)


#: app[TOKEN_CACHE]: made by create_app, read by the auth middleware, evicted by the admin pages.
TOKEN_CACHE = web.AppKey("token_cache", TokenCache)

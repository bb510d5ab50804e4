"""The posting account of a login session, for platforms whose requests never name it.

Mastodon's web client sends only a bearer token, LinkedIn's only the opaque `li_at` cookie
(CONTRACT's account is then empty). The same session's responses do name the account:
Mastodon's `verify_credentials` and the answer to each status it posts, LinkedIn's
`/voyager/api/me`. Which field identifies the session and which responses name its account
is platform data (`session` in the platform files); this module only keeps the pairs.

Only a hash of the session's secret is kept, never the token or cookie itself. Bounded LRU;
the live addon reads it on its event loop while its worker learns, so one lock guards it.
"""
from __future__ import annotations

import hashlib
import threading
from typing import Any

from cachetools import LRUCache

from addon.fields import RequestView
from addon.identity import account_id
from addon.platformmap import Platform, PlatformMap, SessionLearn


class SessionAccounts:
    def __init__(self, pmap: PlatformMap, max_entries: int = 20_000):
        self.pmap = pmap
        self._accounts: LRUCache = LRUCache(maxsize=max_entries)
        self._lock = threading.Lock()

    def account(self, platform: Platform, view: RequestView) -> tuple[str, str | None] | None:
        """(account id, handle or None) learnt for the session `view` belongs to."""
        key = self._key(platform, view)
        if key is None:
            return None
        with self._lock:
            return self._accounts.get(key)

    def learn(self, platform: Platform, view: RequestView, status: int, document: Any) -> bool:
        """Record the account a successful response names for the session of its request."""
        spec = platform.session
        if spec is None or not 200 <= status < 300:
            return False
        source = next((s for s in spec.learn if self._matches(s, view)), None)
        if source is None:
            return False
        key = self._key(platform, view)
        if key is None:
            return False
        answer = RequestView("", "", "", {}, {}, {}, body=document)
        ident = account_id(answer, source.id, self.pmap.regex)
        if not ident:
            return False
        handle = account_id(answer, source.handle, self.pmap.regex) if source.handle else None
        if handle:
            handle = qualified_handle(platform, handle, view.host)
        with self._lock:
            self._accounts[key] = (ident, handle)
        return True

    def _matches(self, source: SessionLearn, view: RequestView) -> bool:
        if source.methods and view.method not in source.methods:
            return False
        return bool(self.pmap.regex(source.path).search(view.path))

    @staticmethod
    def _key(platform: Platform, view: RequestView) -> bytes | None:
        spec = platform.session
        if spec is None:
            return None
        secret = view.first(spec.key)
        if not secret:
            return None
        # The host is part of the key: a Mastodon token belongs to one instance.
        return hashlib.sha256("\x00".join((platform.id, view.host, secret)).encode(
            "utf-8", "surrogatepass")).digest()


def qualified_handle(platform: Platform, handle: str, host: str) -> str:
    """The handle as the platform writes it: its prefix, and (Mastodon) the instance's
    domain when a response or a mention gave a local name without one."""
    bare = handle.removeprefix(platform.handle_prefix) if platform.handle_prefix else handle
    if platform.session is not None and platform.session.qualify_handle and "@" not in bare and host:
        bare = f"{bare}@{host}"
    return platform.handle_prefix + bare

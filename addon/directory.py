"""What the session has learnt from responses: account ids -> handles, conversations -> members.

Requests often name people by id (X `user_id`, Instagram path ids, Bluesky DIDs and
`convoId`); the browser has usually just fetched the profile or conversation, so the
responses of the same session name them. Which response fields pair an id with a handle is
platform data (`directory` and `conversations` in the platform files). Bounded LRU maps.
"""
from __future__ import annotations

import re
import threading
from typing import Any

from cachetools import LRUCache

from addon.fields import scalar
from addon.platformmap import Platform

MAX_NODES = 50000


class Directory:
    """The live addon reads it on its event loop (extracting a request) while its worker
    thread learns from responses, and an LRU read reorders entries: one lock guards both."""

    def __init__(self, max_entries: int = 100_000):
        self._handles: LRUCache = LRUCache(maxsize=max_entries)
        self._conversations: LRUCache = LRUCache(maxsize=max_entries // 10 or 1)
        self._lock = threading.Lock()

    def handle(self, platform: str, account_id: str | None) -> str | None:
        if not account_id:
            return None
        with self._lock:
            return self._handles.get((platform, account_id))

    def add(self, platform: str, account_id: str, handle: str) -> None:
        with self._lock:
            self._handles[(platform, account_id)] = handle

    def members(self, platform: str, conversation_id: str) -> tuple[tuple[str, str | None], ...]:
        with self._lock:
            return self._conversations.get((platform, conversation_id), ())

    def knows_conversation(self, platform: str, conversation_id: str) -> bool:
        with self._lock:
            return (platform, conversation_id) in self._conversations

    def learn(self, platform: Platform, document: Any) -> int:
        """Record every id/handle pair and conversation in a decoded JSON response."""
        if not platform.directory and not platform.conversations:
            return 0
        learnt = 0
        stack = [(document, 0)]
        budget = MAX_NODES
        while stack and budget > 0:
            node, depth = stack.pop()
            budget -= 1
            if isinstance(node, list):
                stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
                continue
            if not isinstance(node, dict) or depth > 64:
                continue
            for pair in platform.directory:
                ident, handle = scalar(_get(node, pair.id)), scalar(_get(node, pair.handle))
                if ident and handle:
                    self.add(platform.id, ident, _prefixed(platform, handle))
                    learnt += 1
                    short = _capture(pair.id_regex, ident) if pair.id_regex else None
                    if short and short != ident:
                        self.add(platform.id, short, _prefixed(platform, handle))
            for conv in platform.conversations:
                ident = scalar(_get(node, conv.id))
                members = _get(node, conv.members.removesuffix("[]"))
                if ident and isinstance(members, list):
                    found = []
                    for m in members:
                        if isinstance(m, dict) and scalar(_get(m, conv.member_id)):
                            mid = scalar(_get(m, conv.member_id))
                            h = scalar(_get(m, conv.member_handle))
                            found.append((mid, _prefixed(platform, h) if h else None))
                            if h:
                                self.add(platform.id, mid, _prefixed(platform, h))
                    if found:
                        with self._lock:
                            self._conversations[(platform.id, ident)] = tuple(found)
                        learnt += 1
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        return learnt


def _get(node: dict, dotted: str) -> Any:
    cur: Any = node
    for step in dotted.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(step)
    return cur


def _capture(pattern: str, value: str) -> str | None:
    """Group 1 of `pattern` in `value` (re caches the compiled pattern); None if no match."""
    m = re.search(pattern, value)
    return (m.group(1) if m.groups() else m.group(0)) if m else None


def _prefixed(platform: Platform, handle: str) -> str:
    p = platform.handle_prefix
    return handle if not p or handle.startswith(p) else p + handle

"""Each image decoded and analysed once, however often it is attached.

Uploads repeat: the same photo goes to three platforms, a post is edited and resent, the
addon sees the upload and then the post that attaches it. Results are cached by the
SHA-256 of the bytes (never by name), including refusals, so a bomb is refused once, cheaply.

Caches are bounded LRUs (cachetools) behind a lock: cachetools caches are not thread-safe,
and the server judges posts on worker threads. Work happens outside the lock; two threads
racing on one new image may both analyse it, which costs time, never correctness.
"""
from __future__ import annotations

import hashlib
import threading
from typing import Callable, Generic, TypeVar

from cachetools import LRUCache

from .decode import Decoded, UnreadableImage, decode

T = TypeVar("T")

#: Decoded pictures are ~0.5 MB each; results are small and kept far longer.
DECODED_ENTRIES = 16
RESULT_ENTRIES = 1024


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ResultCache(Generic[T]):
    """Results (or the UnreadableImage refusal) per image content."""

    def __init__(self, maxsize: int = RESULT_ENTRIES):
        self._cache: LRUCache[str, T | UnreadableImage] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()
        self.computed = 0   # how many times `compute` ran (tests and the benchmark read it)

    def get(self, data: bytes, compute: Callable[[Decoded], T]) -> T:
        key = digest(data)
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            try:
                hit = compute(decoded(data, key))
            except UnreadableImage as e:
                hit = e
            with self._lock:
                self._cache[key] = hit
                self.computed += 1
        if isinstance(hit, UnreadableImage):
            raise hit
        return hit

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


_decoded: LRUCache[str, Decoded | UnreadableImage] = LRUCache(maxsize=DECODED_ENTRIES)
_decoded_lock = threading.Lock()


def decoded(data: bytes, key: str | None = None) -> Decoded:
    """The image decoded for analysis, shared by every check that looks at it."""
    key = key or digest(data)
    with _decoded_lock:
        hit = _decoded.get(key)
    if hit is None:
        try:
            hit = decode(data)
        except UnreadableImage as e:
            hit = e
        with _decoded_lock:
            _decoded[key] = hit
    if isinstance(hit, UnreadableImage):
        raise hit
    return hit

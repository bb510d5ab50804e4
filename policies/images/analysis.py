"""Each image decoded and analysed once, however often it is attached.

Uploads repeat: the same photo goes to three platforms, a post is edited and resent, the
addon sees the upload and then the post that attaches it. Results are cached by the
SHA-256 of the bytes (never by name), including refusals, so a bomb is refused once, cheaply.

Caches are bounded LRUs (cachetools) behind a lock: cachetools caches are not thread-safe,
and the server judges posts on worker threads. Work happens outside the lock; two threads
racing on one new image may both analyse it, which costs time, never correctness.

A photo's SIFT keypoints, most of the logo check's work, depend on the photo alone, and
OpenCV computes them mostly on one core. So when a picture is first decoded and some config
in this process looks for logos (`logos.in_use`), its keypoints are started on a background
thread (`start_keypoints`) while the caller goes on: in a check, to the face finder, which
runs first and which OpenCV spreads over the cores. On two cores a photo then costs about
its longer check rather than the sum of both. The keypoints are wasted when no logo check
follows (an official account's photo, checked for faces only): time on the other core, never
a different verdict.
"""
from __future__ import annotations

import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Generic, TypeVar

from cachetools import LRUCache

from . import logos
from .decode import Decoded, UnreadableImage, decode
from .logos import PhotoFeatures

T = TypeVar("T")

#: Decoded pictures are ~0.5 MB each (~1.5 MB with their keypoints); results are small and
#: kept far longer.
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
        else:
            if logos.in_use():
                start_keypoints(hit)
        with _decoded_lock:
            _decoded[key] = hit
    if isinstance(hit, UnreadableImage):
        raise hit
    return hit


#: Threads that compute keypoints beside the checks: two, for the addon's two check workers
#: (a check whose keypoints wait in the queue is no slower than one that computes its own).
_keypoint_threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="postwarden-keypoints")
_keypoints_lock = threading.Lock()


def start_keypoints(d: Decoded) -> Future[PhotoFeatures]:
    """The picture's keypoints, being computed in the background; started once per picture."""
    with _keypoints_lock:
        return d.derived("keypoints", lambda d: _keypoint_threads.submit(PhotoFeatures, d))


def keypoints(d: Decoded) -> PhotoFeatures:
    """The picture's keypoints, waiting for them if they are still being computed."""
    return start_keypoints(d).result()

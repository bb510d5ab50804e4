"""Media uploaded in pieces, reassembled per upload id within a memory bound and an expiry.

X sends INIT / APPEND (segment_index n) / FINALIZE; Instagram rupload can resume at an
`Offset`; Mastodon and Bluesky learn the id only from the response; Reddit's bytes go to an
S3 bucket under a key its lease response paired with the media id the post names (`expect`).
An upload is judged once whole, then kept (until it expires) for the post that attaches it.
"""
from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

from cachetools import TTLCache

from addon.bodies import image_type

MAX_LEASES = 10_000


class UploadError(ValueError):
    """`reason` is the stable word logged with the unchecked event."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass
class Upload:
    platform: str
    upload_id: str
    created: float
    segments: dict[int, bytes] = field(default_factory=dict, repr=False)
    data: bytes | None = field(default=None, repr=False)
    expected: int | None = None
    judged: bool = False

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        return sum(len(s) for s in self.segments.values())

    @property
    def complete(self) -> bool:
        return self.data is not None

    @property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.data).hexdigest() if self.data is not None else None

    @property
    def mime(self) -> str | None:
        return image_type(self.data) if self.data is not None else None


class UploadStore:
    def __init__(self, max_total: int = 256 * 1024 * 1024, max_each: int = 64 * 1024 * 1024,
                 ttl: float = 3600.0, clock: Callable[[], float] = time.monotonic):
        self.max_total = max_total
        self.max_each = max_each
        self.ttl = ttl
        self.clock = clock
        self._uploads: OrderedDict[tuple[str, str], Upload] = OrderedDict()
        self._leases: TTLCache = TTLCache(maxsize=MAX_LEASES, ttl=ttl, timer=clock)
        self._total = 0
        self.evicted = 0

    def __len__(self) -> int:
        return len(self._uploads)

    def get(self, platform: str, upload_id: str) -> Upload | None:
        """The upload by its id, or by the key a lease paired with an id."""
        self._expire()
        return (self._uploads.get((platform, upload_id))
                or self._uploads.get((platform, self.resolve(platform, upload_id))))

    def expect(self, platform: str, key: str, upload_id: str) -> None:
        """An upload that will arrive under `key` is the one posts name `upload_id` (a lease
        for another host's bucket); one that already arrived is re-keyed."""
        if key == upload_id:
            return
        self._leases[(platform, key)] = upload_id
        if (platform, key) in self._uploads:
            self.alias(platform, key, upload_id)

    def resolve(self, platform: str, key: str) -> str:
        """The id a lease paired with `key`, else `key` itself."""
        return self._leases.get((platform, key), key)

    def begin(self, platform: str, upload_id: str, expected: int | None = None) -> Upload:
        self._expire()
        if expected is not None and expected > self.max_each:
            raise UploadError("too_large", f"announced {expected} bytes")
        up = self._uploads.get((platform, upload_id))
        if up is None:
            up = self._uploads[(platform, upload_id)] = Upload(platform, upload_id, self.clock())
        if expected is not None:
            up.expected = expected
        return up

    def append(self, platform: str, upload_id: str, index: int, data: bytes) -> Upload:
        """Store segment `index` (X APPEND); a repeated index replaces the earlier one."""
        up = self.begin(platform, upload_id)
        if up.complete:
            raise UploadError("already_complete")
        if index < 0 or index > 10_000:
            raise UploadError("bad_segment", str(index))
        old = up.segments.get(index, b"")
        if up.size - len(old) + len(data) > self.max_each:
            self._drop((platform, upload_id))
            raise UploadError("too_large", f"over {self.max_each} bytes")
        up.segments[index] = data
        self._account(len(data) - len(old))
        return up

    def finalize(self, platform: str, upload_id: str, md5: str | None = None) -> Upload:
        """Join the segments in order; a gap or a wrong MD5 is an error (and not judged)."""
        up = self.get(platform, upload_id)
        if up is None:
            raise UploadError("unknown_upload", upload_id)
        if up.complete:
            return up
        indexes = sorted(up.segments)
        if not indexes or indexes != list(range(len(indexes))):
            raise UploadError("missing_segments", f"have {indexes[:20]}")
        data = b"".join(up.segments[i] for i in indexes)
        if up.expected is not None and len(data) != up.expected:
            raise UploadError("size_mismatch", f"{len(data)} != {up.expected}")
        if md5 and hashlib.md5(data).hexdigest() != md5.lower():
            raise UploadError("md5_mismatch")
        up.segments.clear()
        up.data = data
        return up

    def put(self, platform: str, upload_id: str, data: bytes, offset: int = 0,
            total: int | None = None) -> Upload:
        """A whole upload, or the piece at `offset` of a resumable one (Instagram rupload)."""
        up = self.begin(platform, upload_id, total)
        if offset == 0:
            self._account(-up.size)
            up.segments.clear()
            up.data = None
        elif up.complete or offset != up.size:
            raise UploadError("bad_offset", f"offset {offset}, have {up.size}")
        if offset + len(data) > self.max_each:
            self._drop((platform, upload_id))
            raise UploadError("too_large", f"over {self.max_each} bytes")
        up.segments[len(up.segments)] = data
        self._account(len(data))
        if total is None or up.size >= total:
            joined = b"".join(up.segments[i] for i in sorted(up.segments))
            up.segments.clear()
            up.data = joined
        return up

    def alias(self, platform: str, old_id: str, new_id: str) -> None:
        """Re-key an upload whose id came in the response (Mastodon, Bluesky)."""
        up = self._uploads.pop((platform, old_id), None)
        if up is None:
            return
        up.upload_id = new_id
        prev = self._uploads.pop((platform, new_id), None)
        if prev is not None:
            self._account(-prev.size)
        self._uploads[(platform, new_id)] = up

    def _account(self, delta: int) -> None:
        self._total += delta
        while self._total > self.max_total and self._uploads:
            key = next(iter(self._uploads))   # oldest first
            self._drop(key)
            self.evicted += 1

    def _drop(self, key: tuple[str, str]) -> None:
        up = self._uploads.pop(key, None)
        if up is not None:
            self._total -= up.size

    def _expire(self) -> None:
        now = self.clock()
        while self._uploads:
            key, up = next(iter(self._uploads.items()))
            if now - up.created <= self.ttl:
                break
            self._drop(key)

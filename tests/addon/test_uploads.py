import hashlib

import pytest

from addon.uploads import UploadError, UploadStore


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_segments_join_in_index_order_and_md5_checks():
    s = UploadStore()
    for i, piece in [(2, b"cc"), (0, b"aa"), (1, b"bb")]:
        s.append("x", "7", i, piece)
    up = s.finalize("x", "7", hashlib.md5(b"aabbcc").hexdigest())
    assert up.data == b"aabbcc" and up.complete


def test_gap_or_wrong_md5_is_refused():
    s = UploadStore()
    s.append("x", "1", 0, b"a")
    s.append("x", "1", 2, b"c")
    with pytest.raises(UploadError, match="missing_segments"):
        s.finalize("x", "1")
    s.append("x", "2", 0, b"a")
    with pytest.raises(UploadError, match="md5_mismatch"):
        s.finalize("x", "2", "0" * 32)
    with pytest.raises(UploadError, match="unknown_upload"):
        s.finalize("x", "nope")


def test_per_upload_and_total_bounds():
    s = UploadStore(max_total=10, max_each=6)
    with pytest.raises(UploadError, match="too_large"):
        s.append("x", "big", 0, b"1234567")
    assert s.get("x", "big") is None
    s.put("x", "a", b"123456")
    s.put("x", "b", b"123456")      # over the total: the oldest goes
    assert s.get("x", "a") is None and s.get("x", "b") is not None and s.evicted == 1


def test_uploads_expire():
    clock = Clock()
    s = UploadStore(ttl=60, clock=clock)
    s.put("mastodon", "1", b"abc")
    clock.now = 61
    assert s.get("mastodon", "1") is None and len(s) == 0


def test_resumable_offsets_and_alias():
    s = UploadStore()
    up = s.put("instagram", "u", b"abc", offset=0, total=6)
    assert not up.complete
    with pytest.raises(UploadError, match="bad_offset"):
        s.put("instagram", "u", b"zz", offset=5, total=6)
    up = s.put("instagram", "u", b"def", offset=3, total=6)
    assert up.data == b"abcdef"
    s.alias("instagram", "u", "media-9")
    assert s.get("instagram", "media-9").data == b"abcdef" and s.get("instagram", "u") is None

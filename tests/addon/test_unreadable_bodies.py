"""A monitored write whose body cannot be read: the fail mode decides, with one event.

`closed` answers 503 (the network sends nothing unchecked), `open` forwards; either way the
request is logged once, unchecked, with the reason. Real flows through the real addon.
"""
import gzip
import json

import pytest
from mitmproxy.test import taddons

from addon.warden import Postwarden

from .conftest import JPEG, FixedEngine, make_flow, multipart

X = {"cookie": "twid=u%3D1447", "proxy-authorization": "Basic ai5qb25lczpwdw=="}   # j.jones:pw
POST_URL = "https://x.com/i/api/graphql/q/CreateTweet"
MASTO = {"authorization": "Bearer tok"}


def _truncated_multipart() -> tuple[bytes, str]:
    body, ctype = multipart([("file", "pitch.jpg", "image/jpeg", JPEG)])
    return body[: len(body) // 2], ctype


_cut, _cut_type = _truncated_multipart()

#: (name, url, body, headers, reason): one of each way a body cannot be read.
UNREADABLE = [
    ("malformed-json", POST_URL, b'{"variables": {"tweet_text": "Our head', {"content-type": "application/json"},
     "bad_json"),
    ("json-as-text-plain", "https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages"
     "?action=createMessage", b'{"message": {"body": {"text": "cut', {"content-type": "text/plain;charset=UTF-8"},
     "bad_json"),
    ("truncated-multipart", "https://mastodon.social/api/v2/media", _cut, {**MASTO, "content-type": _cut_type},
     "bad_multipart"),
    ("multipart-no-boundary", "https://mastodon.social/api/v2/media", b"file=x",
     {**MASTO, "content-type": "multipart/form-data"}, "bad_multipart"),
    ("bad-gzip", POST_URL, b"\x1f\x8b\x08\x00garbage", {"content-encoding": "gzip", "content-type": "application/json"},
     "bad_encoding"),
    ("gzip-bomb", POST_URL, gzip.compress(b"{" + b" " * (3 * 1024 * 1024)),
     {"content-encoding": "gzip", "content-type": "application/json"}, "decoded_too_large"),
    ("unknown-encoding", POST_URL, b"\x00\x01snappy", {"content-encoding": "snappy", "content-type": "application/json"},
     "unknown_encoding"),
    ("too-large-on-the-wire", POST_URL, b'{"variables": {"tweet_text": "' + b"a" * (1024 * 1024) + b'"}}',
     {"content-type": "application/json"}, "too_large"),
]


@pytest.fixture
def addon(tmp_path):
    made = []

    def make(mode: str, engine=None):
        a = Postwarden()
        a.engine_factory = lambda path: engine or FixedEngine()
        tctx = taddons.context(a)
        tctx.__enter__()
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), postwarden_fail_mode=mode,
                       postwarden_max_body_mb=1, postwarden_data_dir=str(tmp_path / f"data{len(made)}"))
        made.append((a, tctx))
        return a
    yield make
    for a, tctx in made:
        a.done()
        tctx.__exit__(None, None, None)


def events(a: Postwarden) -> list[dict]:
    a.spool.flush()
    return [e for _, e in a.spool.pending()]


@pytest.mark.parametrize("name,url,body,headers,reason", UNREADABLE, ids=[u[0] for u in UNREADABLE])
async def test_closed_answers_503_and_logs_once(addon, name, url, body, headers, reason):
    engine = FixedEngine("allow")
    a = addon("closed", engine)
    f = make_flow("POST", url, body, {**X, **headers})
    await a.request(f)
    assert f.response is not None and f.response.status_code == 503
    assert f.response.headers["x-postwarden"] == "failed-closed"
    assert json.loads(f.response.content)["error"] == "postwarden_unavailable"
    assert f.metadata["postwarden"] == {"effect": "failed_closed", "unchecked": reason}
    [ev] = events(a)
    assert (ev["status"], ev["reason"], ev["effect"]) == ("unchecked", reason, "blocked")
    assert engine.posts == []   # nothing was judged: there was nothing readable to judge


@pytest.mark.parametrize("name,url,body,headers,reason", UNREADABLE, ids=[u[0] for u in UNREADABLE])
async def test_open_forwards_and_logs_once(addon, name, url, body, headers, reason):
    a = addon("open", FixedEngine("block"))
    f = make_flow("POST", url, body, {**X, **headers})
    await a.request(f)
    assert f.response is None
    assert f.metadata["postwarden"]["unchecked"] == reason
    [ev] = events(a)
    assert (ev["status"], ev["reason"], ev["effect"]) == ("unchecked", reason, "forwarded")


@pytest.mark.parametrize("mode", ["open", "closed"])
async def test_readable_and_unrelated_flows_are_untouched(addon, mode):
    a = addon(mode, FixedEngine("allow"))
    post = make_flow("POST", POST_URL, {"variables": {"tweet_text": "Sports day!"}}, X)
    bank = make_flow("POST", "https://secure.bank.example/payments", b'{"amount": 1',
                     {"content-type": "application/json", "content-encoding": "gzip"})
    read = make_flow("GET", "https://x.com/home", None, X)
    for f in (post, bank, read):
        await a.request(f)
        assert f.response is None
    assert "postwarden" not in bank.metadata
    assert [(e["action"], e["status"]) for e in events(a)] == [("post", "checked"), ("view", "checked")]


async def test_an_upload_piece_that_cannot_be_read_is_refused_too(addon):
    """An X APPEND whose multipart is cut short: its bytes would be missing from the image
    judged at FINALIZE, so closed refuses it as it refuses any unreadable write."""
    a = addon("closed")
    body, ctype = multipart([("media", "blob", "application/octet-stream", JPEG)])
    f = make_flow("POST", "https://upload.x.com/i/media/upload.json?command=APPEND&media_id=9&segment_index=0",
                  body[:-20], {**X, "content-type": ctype})
    await a.request(f)
    assert f.response is not None and f.response.status_code == 503
    assert [(e["action"], e["reason"]) for e in events(a)] == [("other", "bad_multipart")]


@pytest.mark.parametrize("mode,status,effect", [("open", None, "forwarded"), ("closed", 503, "blocked")])
async def test_an_upload_that_cannot_be_put_together_follows_the_fail_mode(addon, mode, status, effect):
    """X FINALIZE with a segment never seen: the image cannot be judged. Open forwards it
    (logged unchecked); closed refuses it, as it refuses any write it cannot check."""
    a = addon(mode)
    init = make_flow("POST", "https://upload.x.com/i/media/upload.json?command=INIT&media_id=9"
                     "&total_bytes=99999&media_type=image%2Fjpeg", b"", X)
    await a.request(init)
    body, ctype = multipart([("media", "blob", "application/octet-stream", JPEG)])
    append = make_flow("POST", "https://upload.x.com/i/media/upload.json?command=APPEND&media_id=9&segment_index=1",
                       body, {**X, "content-type": ctype})
    await a.request(append)                      # segment 0 never arrives
    final = make_flow("POST", "https://upload.x.com/i/media/upload.json?command=FINALIZE&media_id=9", b"", X)
    await a.request(final)
    assert (final.response.status_code if final.response else None) == status
    last = events(a)[-1]
    assert last["status"] == "unchecked" and last["reason"].startswith("upload_") and last["effect"] == effect

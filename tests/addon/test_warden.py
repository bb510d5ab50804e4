"""The mitmproxy addon class, driven through taddons like mitmproxy's own addon tests."""
import asyncio
import json
import ssl
import threading
from pathlib import Path

import pytest
from mitmproxy import exceptions, http, tls
from mitmproxy.proxy import context
from mitmproxy.test import taddons, tflow

from addon.identity import StaffIdentity
from addon.warden import Postwarden

from .conftest import FixedEngine, make_flow

POST_URL = "https://x.com/i/api/graphql/q/CreateTweet"
POST_BODY = {"variables": {"tweet_text": "What a morning!"}}
X = {"cookie": "twid=u%3D1447", "proxy-authorization": "Basic ai5qb25lczpwdw=="}   # j.jones:pw


@pytest.fixture
def addon_ctx(tmp_path):
    def make(engine=None, **options):
        a = Postwarden()
        a.engine_factory = lambda path: engine or FixedEngine()
        tctx = taddons.context(a)
        tctx.__enter__()
        options.setdefault("postwarden_data_dir", str(tmp_path / f"data{len(made)}"))
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"), **options)
        made.append((a, tctx))
        return a, tctx
    made = []
    yield make
    for a, tctx in made:
        a.done()
        tctx.__exit__(None, None, None)


def events(a):
    a.spool.flush()
    return [e for _, e in a.spool.pending()]


async def test_allow_forwards_and_logs(addon_ctx):
    a, _ = addon_ctx()
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert f.response is None
    assert f.metadata["postwarden"]["effect"] == "forwarded"
    [ev] = events(a)
    assert ev["user"] == "j.jones" and ev["action"] == "post" and ev["status"] == "checked"
    assert "text" not in ev["content"] and ev["content"]["excerpt"] == "What a morning!"


async def test_reads_are_logged_as_views(addon_ctx):
    a, _ = addon_ctx()
    f = make_flow("GET", "https://x.com/home", None, X)
    await a.request(f)
    assert f.response is None and events(a)[0]["action"] == "view"


@pytest.mark.parametrize("flow", [
    make_flow("POST", "https://secure.lloydsbank.co.uk/api/payments", {"amount": 1}),
    make_flow("GET", "https://www.bbc.co.uk/news"),
])
async def test_unrelated_flows_untouched(addon_ctx, flow):
    a, _ = addon_ctx(FixedEngine("block"))
    before = flow.get_state()
    await a.request(flow)
    assert flow.get_state() == before and events(a) == []


async def test_already_handled_and_replayed_flows_are_skipped(addon_ctx):
    a, _ = addon_ctx(FixedEngine("block"))
    answered = make_flow("POST", POST_URL, POST_BODY, X)
    answered.response = http.Response.make(200, b"cached")
    not_live = make_flow("POST", POST_URL, POST_BODY, X, live=False)
    for f in (answered, not_live):
        await a.request(f)
    assert answered.response.content == b"cached" and not_live.response is None


async def test_block_answers_json(addon_ctx):
    a, _ = addon_ctx(FixedEngine("block"))
    f = make_flow("POST", POST_URL, POST_BODY, {**X, "accept": "*/*", "sec-fetch-mode": "cors"})
    await a.request(f)
    assert f.response.status_code == 403
    body = json.loads(f.response.content)
    assert body["error"] == "postwarden_blocked" and body["postwarden"]["findings"][0]["clause"] == "Policy 1.1"
    ev = events(a)[0]
    assert ev["effect"] == "blocked" and ev["findings"][0] == {"category": "offensive", "rule": "test/1",
                                                              "clause": "Policy 1.1", "severity": "high"}


async def test_warn_held_until_acknowledged_once(addon_ctx):
    a, _ = addon_ctx(FixedEngine("warn"))
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert f.response.status_code == 428
    ack_url = json.loads(f.response.content)["postwarden"]["ack_url"]
    # Someone else cannot use the link.
    other = make_flow("GET", ack_url, None, {"proxy-authorization": "Basic bS5vdGhlcjpwdw=="})
    await a.request(other)
    assert other.response.status_code == 404
    ack = make_flow("GET", ack_url, None, X)
    await a.request(ack)
    assert ack.response.status_code == 200
    again = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(again)
    assert again.response is None and again.metadata["postwarden"]["effect"] == "acknowledged"
    third = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(third)
    assert third.response.status_code == 428       # the acknowledgement passed one post only


async def test_warn_log_mode_passes(addon_ctx):
    a, _ = addon_ctx(FixedEngine("warn"), postwarden_warn_mode="log")
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert f.response is None and events(a)[0]["effect"] == "passed_with_warning"


async def test_engine_error_fail_open(addon_ctx):
    a, _ = addon_ctx(FixedEngine(explode=True))
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert f.response is None
    ev = events(a)[0]
    assert ev["status"] == "unchecked" and ev["reason"] == "engine_error:RuntimeError"


async def test_engine_error_fail_closed(addon_ctx):
    a, _ = addon_ctx(FixedEngine(explode=True), postwarden_fail_mode="closed")
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert f.response.status_code == 403 and events(a)[0]["status"] == "unchecked"


@pytest.mark.parametrize("stage", ["inspect_request", "add_media", "judge"])
@pytest.mark.parametrize("mode,status", [("open", None), ("closed", 503)])
async def test_addon_exception_applies_fail_mode(addon_ctx, mode, status, stage):
    """A bug in the addon's own code (injected here, in each stage of the request side,
    whether it runs on the event loop or on a thread) never escapes to mitmproxy."""
    a, _ = addon_ctx(postwarden_fail_mode=mode)

    def broken(*args):
        raise ValueError(f"bug in {stage}")
    setattr(a.pipeline, stage, broken)
    body = dict(POST_BODY, variables={"tweet_text": "Look!", "media": {"media_entities": [{"media_id": "77"}]}})
    f = make_flow("POST", POST_URL, body if stage == "add_media" else POST_BODY, X)
    await a.request(f)          # must not raise into mitmproxy
    if stage == "judge" and mode == "closed":
        status = 403            # no verdict: the fail mode's verdict (a block) is applied
    assert (f.response.status_code if f.response else None) == status
    logged = events(a)
    assert len(logged) == 1 and logged[0]["status"] == "unchecked"
    assert logged[0]["reason"].startswith("engine_error" if stage == "judge" else "error:ValueError")
    read = make_flow("GET", "https://x.com/home", None, X)
    await a.request(read)
    assert read.response is None   # reads always pass


class GatedEngine(FixedEngine):
    """Blocks on posts containing "slow" until released; answers the others at once."""

    def __init__(self, decision="block"):
        super().__init__(decision)
        self.started, self.release = threading.Event(), threading.Event()

    def check(self, post):
        if "slow" in post.text:
            self.started.set()
            self.release.wait(30)     # a safety bound only: the tests always release it
        return super().check(post)


def slow_post(long: bool = False):
    text = "a slow one" + (" and a long one" * 100 if long else "")
    return make_flow("POST", POST_URL, {"variables": {"tweet_text": text}}, X)


# Short text-only posts are judged on the event loop by default (postwarden_inline_text_chars):
# these tests are about the judge threads, so they send every post there (0), or send a post
# longer than the inline limit.
@pytest.mark.parametrize("inline,long", [(0, False), (1000, True)])
async def test_a_slow_check_does_not_hold_up_the_next(addon_ctx, inline, long):
    engine = GatedEngine()
    # A timeout far beyond the test: with a single judge the second post would sit behind the
    # first until it ran out, and come back unchecked instead of blocked.
    a, _ = addon_ctx(engine, postwarden_check_workers=2, postwarden_check_timeout_ms=60_000,
                     postwarden_inline_text_chars=inline)
    try:
        first = asyncio.ensure_future(a.request(slow_post(long)))
        assert await asyncio.to_thread(engine.started.wait, 30)
        second = make_flow("POST", POST_URL, POST_BODY, X)
        await a.request(second)
        assert second.metadata["postwarden"]["effect"] == "blocked"
        assert second.metadata["postwarden"]["unchecked"] is None
        assert not first.done()
    finally:
        engine.release.set()
    await first
    assert [e["status"] for e in events(a)] == ["checked", "checked"]


@pytest.mark.parametrize("mode,effect,status", [("open", "forwarded", None), ("closed", "blocked", 403)])
async def test_overrun_checks_never_block_inspection_and_fail_fast_when_all_busy(
        addon_ctx, mode, effect, status):
    engine = GatedEngine("allow")
    a, _ = addon_ctx(engine, postwarden_check_workers=1, postwarden_check_timeout_ms=50,
                     postwarden_fail_mode=mode, postwarden_inline_text_chars=0)
    try:
        stuck = slow_post()
        await a.request(stuck)                      # overruns: its verdict never comes
        assert engine.started.is_set()
        read = make_flow("GET", "https://x.com/home", None, X)
        await a.request(read)                       # inspection does not wait for the judge
        assert read.response is None
        busy = make_flow("POST", POST_URL, POST_BODY, X)
        await a.request(busy)                       # the only judge is stuck: fail at once
        assert (busy.response.status_code if busy.response else None) == status
    finally:
        engine.release.set()
    await asyncio.to_thread(a.judges.submit(lambda ins, eng: None, None).result, 30)
    after = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(after)
    assert after.response is None
    assert [(e["action"], e["effect"], e.get("reason")) for e in events(a)] == [
        ("post", effect, "timeout"), ("view", "forwarded", None),
        ("post", effect, "checkers_busy"), ("post", "forwarded", None)]


async def test_bomb_is_forwarded_unchecked(addon_ctx):
    import gzip
    a, _ = addon_ctx(FixedEngine("block"), postwarden_max_body_mb=1)
    f = make_flow("POST", POST_URL, gzip.compress(b"{" + b" " * (4 * 1024 * 1024)),
                  {**X, "content-encoding": "gzip", "content-type": "application/json"})
    await a.request(f)
    assert f.response is None
    ev = events(a)[0]
    assert ev["status"] == "unchecked" and ev["reason"] == "decoded_too_large"


def test_monitored_writes_are_never_streamed(addon_ctx):
    a, _ = addon_ctx()
    f = make_flow("POST", POST_URL, None, X)
    f.request.stream = True
    a.requestheaders(f)
    assert f.request.stream is False
    other = make_flow("POST", "https://cdn.example/upload", None)
    other.request.stream = True
    a.requestheaders(other)
    assert other.request.stream is True


def client_hello(sni: str | None) -> tls.ClientHello:
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    c = ssl.create_default_context()
    c.check_hostname = False
    obj = c.wrap_bio(incoming, outgoing, server_hostname=sni)
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    return tls.ClientHello(outgoing.read()[9:])   # record (5) and handshake (4) headers


@pytest.mark.parametrize("sni,address,intercept", [
    ("x.com", "x.com", True),
    ("upload.x.com", "upload.x.com", True),
    ("WWW.FACEBOOK.COM", "www.facebook.com", True),
    ("secure.lloydsbank.co.uk", "secure.lloydsbank.co.uk", False),
    ("facebook.com.evil.test", "facebook.com.evil.test", False),
    ("notx.com", "notx.com", False),
    (None, "x.com", True),
    (None, "104.244.42.1", False),
    ("x.com", "bank.example", True),
    ("mastodon.example", "mastodon.example", False),
    ("toot.school.example", "toot.school.example", True),     # postwarden_extra_hosts
    ("messenger.com", "messenger.com", False),                 # postwarden_never_intercept
])
def test_tls_scope(addon_ctx, sni, address, intercept):
    a, tctx = addon_ctx(postwarden_extra_hosts=["toot.school.example"],
                        postwarden_never_intercept=["messenger.com", "*.messenger.com"])
    ctx = context.Context(tflow.tclient_conn(), tctx.options)
    ctx.server.address = (address, 443)
    data = tls.ClientHelloData(ctx, client_hello(sni))
    a.tls_clienthello(data)
    assert data.ignore_connection is (not intercept)


def test_tls_scope_cannot_crash(addon_ctx):
    a, _ = addon_ctx()
    data = tls.ClientHelloData(None, None)   # a broken hook input
    a.tls_clienthello(data)
    assert data.ignore_connection is True


@pytest.mark.parametrize("options,match", [
    ({"postwarden_fail_mode": "sideways"}, "postwarden_fail_mode"),
    ({"postwarden_platforms": "/nonexistent"}, "postwarden_platforms"),
    ({"postwarden_user_source": "ipmap"}, "ipmap"),
    ({"postwarden_user_source": "header"}, "secret"),
    ({"postwarden_ip_map": "/nonexistent/ipmap.csv"}, "identity"),
    ({"postwarden_max_body_mb": 0}, "positive"),
    ({"postwarden_check_workers": 0}, "positive"),
    ({"postwarden_check_workers": 33}, "at most 32"),
    ({"postwarden_never_intercept": ["ba*nk.com"]}, "hosts"),
])
def test_bad_options_fail_at_start(tmp_path, options, match):
    a = Postwarden()
    a.engine_factory = lambda path: FixedEngine()
    with taddons.context(a) as tctx:
        with pytest.raises(exceptions.OptionsError, match=match):
            tctx.configure(a, postwarden_config=str(tmp_path / "s.yaml"),
                           postwarden_data_dir=str(tmp_path), **options)
    a.done()


def test_bad_config_fails_at_start(tmp_path):
    a = Postwarden()
    with taddons.context(a) as tctx:
        with pytest.raises(exceptions.OptionsError, match="postwarden_config"):
            tctx.configure(a, postwarden_config=str(tmp_path / "missing.yaml"))
    a.done()


async def test_ip_map_and_signed_header_users(addon_ctx, tmp_path):
    ipmap = tmp_path / "ipmap.csv"
    ipmap.write_text("127.0.0.0/8,lab-1\n127.0.0.1,j.jones  # laptop\n")
    a, _ = addon_ctx(postwarden_user_source="ipmap", postwarden_ip_map=str(ipmap))
    f = make_flow("POST", POST_URL, POST_BODY, {"cookie": "twid=u%3D1"})
    f.client_conn.peername = ("127.0.0.1", 5000)
    await a.request(f)
    assert events(a)[0]["user"] == "j.jones"
    secret = tmp_path / "secret"
    secret.write_bytes(b"s3cret\n")
    b, _ = addon_ctx(postwarden_user_source="header", postwarden_user_secret_file=str(secret),
                     postwarden_data_dir=str(tmp_path / "d2"))
    good = make_flow("POST", POST_URL, POST_BODY, {"x-postwarden-user": StaffIdentity.sign(b"s3cret", "k.walsh")})
    forged = make_flow("POST", POST_URL, POST_BODY, {"x-postwarden-user": "k.walsh.00ff"})
    for f in (good, forged):
        await b.request(f)
        assert "x-postwarden-user" not in f.request.headers
    assert [e["user"] for e in events(b)] == ["k.walsh", None]


async def test_response_learning_and_websocket_counting(addon_ctx):
    a, _ = addon_ctx()
    lookup = make_flow("GET", "https://x.com/i/api/graphql/q/UserByScreenName", None, X)
    await a.request(lookup)
    lookup.response = http.Response.make(200, json.dumps({"data": {"user": {"result": {
        "rest_id": "1447", "core": {"screen_name": "msjones"}}}}}))
    await a.response(lookup)
    f = make_flow("POST", POST_URL, POST_BODY, X)
    await a.request(f)
    assert events(a)[-1]["account"] == {"id": "1447", "handle": "@msjones"}

    ws = tflow.tflow(req=make_flow("GET", "https://web.whatsapp.com/ws/chat").request, ws=True)
    await a.request(ws)
    for _ in range(100):
        ws.websocket.messages.append(ws.websocket.messages[0])
        await a.websocket_message(ws)
    a.websocket_end(ws)
    assert len(ws.websocket.messages) <= 64
    last = events(a)[-1]
    assert last["platform"] == "whatsapp" and any(n.startswith("websocket_frames:") for n in last["notes"])


def test_script_entry_point_loads():
    import runpy
    mod = runpy.run_path(str(Path(__file__).resolve().parents[2] / "addon" / "script.py"))
    assert isinstance(mod["addons"][0], Postwarden)
    mod["addons"][0].done()


@pytest.mark.parametrize("encoding", [None, "gzip"])
@pytest.mark.parametrize("padding", [0, 100 * 1024])
async def test_small_and_large_or_compressed_bodies_are_judged_alike(addon_ctx, encoding, padding):
    """A small plain body is inspected on the event loop, a big or compressed one on the
    worker thread: the engine sees the same post and the same decision is applied."""
    import gzip
    engine = FixedEngine("block")
    a, _ = addon_ctx(engine)
    body = json.dumps({"variables": {"tweet_text": "Same words either way."},
                       "features": {"pad": " " * padding}}).encode()
    headers = dict(X, **{"content-type": "application/json"})
    if encoding:
        body, headers["content-encoding"] = gzip.compress(body), encoding
    f = make_flow("POST", POST_URL, body, headers)
    await a.request(f)
    assert f.response is not None and f.response.status_code == 403
    assert [p.text for p in engine.posts] == ["Same words either way."]
    logged = events(a)
    assert len(logged) == 1 and logged[0]["decision"] == "block" and logged[0]["status"] == "checked"


async def test_an_upload_id_learnt_from_the_answer_ties_the_image_to_the_post(addon_ctx):
    """Mastodon: the image goes up first and its id comes back in the answer; the status then
    names that id. The live hooks split the work (small requests and answers on the event
    loop, the upload store on the worker thread): the engine still gets the image with the
    post."""
    from .conftest import JPEG, multipart
    engine = FixedEngine("allow")
    a, _ = addon_ctx(engine)
    mastodon = {"authorization": "Bearer tok-1", **X}
    body, ctype = multipart([("file", "class.jpg", "image/jpeg", JPEG)])
    upload = make_flow("POST", "https://mastodon.social/api/v2/media", body,
                       dict(mastodon, **{"content-type": ctype}))
    await a.request(upload)
    assert upload.response is None
    upload.response = http.Response.make(202, json.dumps({"id": "1099", "type": "image"}),
                                         {"content-type": "application/json"})
    await a.response(upload)
    status = make_flow("POST", "https://mastodon.social/api/v1/statuses",
                       {"status": "Our trip!", "media_ids": ["1099"]}, mastodon)
    await a.request(status)
    posts = [p for p in engine.posts if p.text == "Our trip!"]
    assert len(posts) == 1 and [i.name for i in posts[0].images] == ["upload:1099"]
    assert [e["media"] for e in events(a) if e["action"] == "post"] == [["upload:1099"]]


def test_the_scope_reaches_mitmproxy_as_anchored_allow_hosts(addon_ctx):
    """Other hosts are relayed as plain TCP from the start (no TLS layer in their stack)."""
    import re
    a, tctx = addon_ctx()
    (pattern,) = tctx.options.allow_hosts
    allowed = lambda hostport: bool(re.search(pattern, hostport, re.IGNORECASE))  # as mitmproxy does
    assert allowed("x.com:443") and allowed("upload.x.com:443") and allowed("WWW.FACEBOOK.COM:443")
    assert not allowed("news.example:443") and not allowed("evilx.com:443")
    assert not allowed("x.com.attacker.example:443") and not allowed("127.0.0.1:443")


def test_an_admins_own_allow_hosts_is_left_alone(tmp_path):
    a = Postwarden()
    a.engine_factory = lambda path: FixedEngine()
    with taddons.context(a) as tctx:
        tctx.configure(a, allow_hosts=[r"^intranet\.example:443$"])
        tctx.configure(a, postwarden_config=str(tmp_path / "school.yaml"),
                       postwarden_data_dir=str(tmp_path / "data"))
        assert tctx.options.allow_hosts == [r"^intranet\.example:443$"]
        a.done()

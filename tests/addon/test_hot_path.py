"""The per-request shortcuts (bench/addon_hooks.py) give exactly what the slower forms gave:
mitmproxy's `pretty_host`, its Headers' reads, `Request.query`, the field-path parser, the
redacted excerpt, event ids, and the spool's grouping."""
import uuid

import pytest
from mitmproxy import http
from mitmproxy.test import tflow

from addon import events, headers
from addon.fields import RequestView, cookie_dict
from addon.hostname import pretty_host
from addon.pipeline import _host, _light_view
from addon.spool import Spool


def request(url: str, fields: list[tuple[bytes, bytes]], http_version: str = "HTTP/1.1") -> http.Request:
    req = http.Request.make("GET", url)
    req.headers = http.Headers(fields)
    req.http_version = http_version
    return req


HOSTS = [
    request("https://x.com/i/api", [(b"Host", b"x.com")]),
    request("https://x.com/i/api", [(b"host", b"X.COM.")]),
    request("https://x.com/i/api", [(b"Host", b"x.com:8443")]),
    request("https://example.org/", [(b"Host", b"b\xc3\xbccher.example")]),        # IDN, UTF-8
    request("https://example.org/", [(b"Host", b"xn--bcher-kva.example")]),
    request("https://example.org/", [(b"Host", b"[::1]:8080")]),
    request("https://example.org/", [(b"Host", b"not a host")]),                  # malformed
    request("https://example.org/", [(b"Host", b"")]),
    request("https://mastodon.example/api/v1/statuses", []),                       # no Host
    request("https://bsky.social/xrpc/x", [], "HTTP/2.0"),                          # :authority
    request("https://bsky.social/xrpc/x", [(b"Host", b"other.example")], "HTTP/2.0"),
]


@pytest.mark.parametrize("req", HOSTS, ids=lambda r: repr(r.host_header))
def test_pretty_host_is_mitmproxys(req):
    for _ in range(2):   # parsed, then remembered
        assert pretty_host(req) == req.pretty_host
    assert _host(req) == (req.pretty_host or req.host or "").lower().rstrip(".")


def test_pretty_host_follows_a_changed_host_header():
    req = request("https://x.com/", [(b"Host", b"x.com")])
    assert pretty_host(req) == "x.com"
    req.headers["Host"] = "www.threads.net"
    assert pretty_host(req) == "www.threads.net" == req.pretty_host


HEADER_SETS = [
    [],
    [(b"Content-Type", b"application/json"), (b"Cookie", b"twid=u%3D1447; ct0=abc")],
    [(b"X-A", b"1"), (b"x-a", b"2"), (b"X-a", b"3")],                       # folded, first name
    [(b"cookie", b"a=1"), (b"Cookie", b"b=2; a=9"), (b"COOKIE", b'c="3"')],
    [(b"X-Bytes", b"caf\xc3\xa9 \xff"), (b"\xc3\x89t\xc3\xa9", b"1"), (b"\xc3\xa9t\xc3\xa9", b"2")],
]


@pytest.mark.parametrize("fields", HEADER_SETS)
def test_view_headers_and_cookies_are_what_headers_give(fields):
    f = tflow.tflow(req=request("https://x.com/i/api/graphql/q/CreateTweet", fields))
    view = _light_view(f)
    assert view.headers == {k.lower(): v for k, v in f.request.headers.items()}
    assert view.cookies == cookie_dict(f.request.headers.get_all("cookie"))


@pytest.mark.parametrize("fields", HEADER_SETS)
def test_header_reads_are_mitmproxys(fields):
    h = http.Headers(fields)
    names = {k.lower() for k, _ in fields} | {b"absent", b"content-encoding"}
    for name in names:
        assert headers.get(h, name) == h.get(name.decode("utf-8", "surrogateescape"))
        assert headers.get_all(h, name) == h.get_all(name)
    assert headers.fold(h) == ({k.lower(): v for k, v in h.items()}, h.get_all("cookie"))


@pytest.mark.parametrize("path", ["/i/api", "/", "/p?a=1&a=2&b", "/p?q=%E2%9C%93&x=", "/p?", "/p#frag",
                                  "/p?a=1#frag", "/p?a=1&a=2&a=3"])
def test_view_query_is_requests_query(path):
    f = tflow.tflow(req=request("https://x.com" + path, [(b"Host", b"x.com")]))
    want: dict = {}
    for k, v in f.request.query.items(multi=True):
        want[k] = (want[k] if isinstance(want[k], list) else [want[k]]) + [v] if k in want else v
    view = _light_view(f)
    assert view.query == want and view.path == (f.request.path.split("?", 1)[0] or "/")


def test_field_paths_read_the_same_twice():
    view = RequestView("POST", "x.com", "/a/b", {"q": ["1", "2"]}, {"x-fb-friendly-name": "Make"},
                       {"twid": "u=1447"},
                       body={"variables": '{"items": [{"k": "a", "t": "one"}, {"k": "b", "t": "two"}]}',
                             "d": {"e": 1, "f": 2}},
                       path_groups=("g1", None))
    cases = {"variables.items[].t": ["one", "two"], "variables.items[k=b].t": ["two"],
             "variables.items[][0].t": ["one"], "d.*": [1, 2], "header:X-FB-Friendly-Name": ["Make"],
             "cookie:twid": ["u=1447"], "query:q": ["1", "2"], "path:0": ["/a/b"], "path:1": ["g1"],
             "path:2": [], "path:3": [], "body:d.e": [1], "missing.key": [], "header:absent": []}
    for _ in range(2):   # parsed once, then from the cache
        assert {spec: view.values(spec) for spec in cases} == cases


def _redact_every_pattern(text: str, limit: int = events.EXCERPT) -> str:
    out = events._URL.sub("[link]", text)
    out = events._EMAIL.sub("[email]", out)
    out = events._DIGIT.sub("#", out)
    out = " ".join(out.split())
    return out if len(out) <= limit else out[:limit - 1] + "…"


@pytest.mark.parametrize("text", [
    "What a morning!", "Call 07700 900123 or mail head@school.example now",
    "see https://school.example/a?b=1 and ftp://x", "@handle says hi", "a@b", "name@@x.y",
    "http:// nothing", "mail me: j.smith+pta@mail.school.example.", "٣ ٤ unicode digits",
    "x" * 200 + " a@b.co", "https://a.example/x@y.z 12", "  spaced \n out  ",
])
def test_excerpt_is_the_same_as_with_every_pattern_run(text):
    assert events.redact(text) == _redact_every_pattern(text)


def test_an_event_put_just_before_close_is_stored(tmp_path):
    s = Spool(tmp_path / "spool.sqlite", linger=0.05)
    assert s.put({"id": "last", "action": "post"})
    s.close()   # while the writer is still gathering its group
    s = Spool(tmp_path / "spool.sqlite")
    assert [e["id"] for _, e in s.pending()] == ["last"]
    s.close()


def test_events_put_while_the_writer_gathers_are_all_stored(tmp_path):
    s = Spool(tmp_path / "spool.sqlite", linger=0.05)
    for i in range(50):
        assert s.put({"id": f"e{i}", "action": "post"})
    s.flush()
    assert s.written == 50 and s.errors == 0
    assert [e["id"] for _, e in s.pending()] == [f"e{i}" for i in range(50)]
    s.close()


def test_event_ids_are_uuid4_hex():
    ids = [events.event_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for i in ids:
        u = uuid.UUID(hex=i)
        assert u.hex == i and u.version == 4 and u.variant == uuid.RFC_4122
    # every other bit is random: each of the 122 free bits is seen both set and clear
    free = ((1 << 128) - 1) & ~((0xc000 << 48) | (0xf000 << 64))
    seen_set = seen_clear = 0
    for i in ids:
        n = int(i, 16)
        seen_set |= n
        seen_clear |= ~n
    assert seen_set & free == free and seen_clear & free == free

"""The real `postwarden proxy` (a mitmdump subprocess) between a client and a local HTTPS
upstream, all on loopback.

The client CONNECTs to real names (`x.com:443`, `bank.example:443`); inside the proxy,
`route.py` resolves every name to the upstream, so the scope decision sees the names a browser
would send.
"""
from __future__ import annotations

import gzip
import json
import ssl
from pathlib import Path

import pytest
from cryptography import x509

from addon.spool import Spool

from .loopback import (Proxy, Upstream, client_context, common_args, make_pki, peer_der,
                       postwarden_argv, school_config, send, tunnel)

POST_PATH = "/i/api/graphql/q/CreateTweet"
JSON = {"content-type": "application/json"}
BENIGN = "What a glorious autumn walk this afternoon, the leaves are wonderful."
PUPIL = "Well done Dawid Kowalczyk on winning the spelling bee!"   # a demo-roster pupil, no name consent


def tweet(text: str) -> bytes:
    return json.dumps({"variables": {"tweet_text": text}}).encode()


class Stack:
    def __init__(self, folder: Path):
        self.folder = folder
        self.pki = make_pki(folder / "pki")
        self.upstream = Upstream(self.pki)
        self.config = school_config(folder)
        self.data = folder / "data"
        self.proxy: Proxy | None = None
        self.ctx: ssl.SSLContext | None = None

    def start(self, *extra: str) -> Stack:
        conf = self.folder / "conf"
        self.proxy = Proxy(postwarden_argv(self.config, self.data,
                                           common_args(conf, self.pki, self.upstream.port), *extra),
                           cwd=self.folder)
        # mitmproxy writes its CA on first start; the client trusts it and the upstream's CA.
        self.ctx = client_context(conf / "mitmproxy-ca-cert.pem", self.pki.ca)
        return self

    def connect(self, host: str):
        assert self.proxy is not None and self.ctx is not None
        return tunnel(self.proxy.port, host, self.ctx)

    def post(self, text: str, host: str = "x.com"):
        conn = self.connect(host)
        try:
            return send(conn, "POST", POST_PATH, tweet(text), JSON)
        finally:
            conn.close()

    def close(self) -> None:
        try:
            if self.proxy is not None:
                self.proxy.stop()
        finally:
            self.upstream.close()

    def events(self) -> list[dict]:
        spool = Spool(self.data / "spool.sqlite")
        try:
            return [e for _, e in spool.pending()]
        finally:
            spool.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = Stack(tmp_path_factory.mktemp("e2e"))
    try:
        s.start()
        yield s
    finally:
        s.close()


def upstream_got(stack: Stack, marker: str) -> bool:
    return any(marker.encode() in body for body in stack.upstream.bodies())


def test_post_naming_a_pupil_is_held_and_never_reaches_the_platform(stack):
    status, headers, body = stack.post(PUPIL)
    assert status == 428 and headers["x-postwarden"] == "held"
    answer = json.loads(body)["postwarden"]
    assert answer["decision"] == "warn" and answer["findings"][0]["category"] == "pupil_name"
    assert not upstream_got(stack, "Kowalczyk")


def test_benign_post_passes_to_the_platform(stack):
    status, headers, body = stack.post(BENIGN)
    assert status == 200 and json.loads(body)["upstream"] == "loopback"
    assert "x-postwarden" not in headers
    assert upstream_got(stack, BENIGN)


def test_monitored_host_is_intercepted_with_the_proxy_certificate(stack):
    """The positive control for the next test: x.com is decrypted, so the leaf is mitmproxy's."""
    conn = stack.connect("x.com")
    try:
        assert send(conn, "GET", "/home")[0] == 200
        der = peer_der(conn)
    finally:
        conn.close()
    assert der != stack.pki.leaf_der
    issuer = x509.load_der_x509_certificate(der).issuer.rfc4514_string()
    assert "mitmproxy" in issuer


@pytest.mark.parametrize("host", ["bank.example", "news.example", "notx.com", "x.com.bank.example"])
def test_non_monitored_tls_is_not_decrypted(stack, host):
    conn = stack.connect(host)
    try:
        status, _, _ = send(conn, "POST", "/transfer", b"amount=10", {"content-type": "text/plain"})
        der = peer_der(conn)
    finally:
        conn.close()
    assert status == 200
    assert der == stack.pki.leaf_der          # the upstream's own certificate, end to end


MALFORMED = {
    "bad_gzip": (b"\x1f\x8b\x08\x00not really gzip", {**JSON, "content-encoding": "gzip"}),
    "gzip_bomb": (gzip.compress(b"[" * (40 * 1024 * 1024)), {**JSON, "content-encoding": "gzip"}),
    "truncated_json": (b'{"variables": {"tweet_text": "half a po', JSON),
    "invalid_utf8": (b'{"variables": {"tweet_text": "\xff\xfe\xed\xa0\x80"}}', JSON),
    "lone_surrogate": (b'{"variables": {"tweet_text": "\\ud800 hi"}}', JSON),
    "deep_nesting": (b'{"variables": ' + b'[' * 100_000 + b']' * 100_000 + b'}', JSON),
    "wrong_types": (b'{"variables": {"tweet_text": {"a": [1, null, true]}}}', JSON),
    "multipart_no_boundary": (b"--x\r\nContent-Disposition: form-data\r\n\r\nhi\r\n--x--",
                              {"content-type": "multipart/form-data"}),
    "unknown_encoding": (b"abc", {**JSON, "content-encoding": "x-made-up"}),
    "charset_lie": ("tweet_text=caf\u00e9".encode("utf-16"),
                    {"content-type": "application/x-www-form-urlencoded; charset=utf-8"}),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_body_fails_open_without_crashing(stack, name):
    body, headers = MALFORMED[name]
    conn = stack.connect("x.com")
    try:
        status, answer_headers, _ = send(conn, "POST", POST_PATH, body, headers)
    finally:
        conn.close()
    # Fail mode `open` (the default): forwarded, never answered by postwarden.
    assert status == 200 and "x-postwarden" not in answer_headers
    assert stack.proxy.alive()


def test_after_malformed_bodies_unrelated_flows_still_pass(stack):
    for name in MALFORMED:                   # whatever order pytest ran them in, run them all
        body, headers = MALFORMED[name]
        conn = stack.connect("x.com")
        try:
            send(conn, "POST", POST_PATH, body, headers)
        finally:
            conn.close()
    assert stack.post(BENIGN + " Again.")[0] == 200
    bank = stack.connect("bank.example")
    try:
        assert send(bank, "GET", "/")[0] == 200 and peer_der(bank) == stack.pki.leaf_der
    finally:
        bank.close()
    assert stack.proxy.alive()
    out = stack.proxy.text()
    assert "Traceback" not in out and "Addon error" not in out, out[-4000:]


def test_every_post_is_logged_once_and_the_spool_survives_shutdown(tmp_path):
    """A proxy of its own, stopped cleanly (SIGINT), then its spool read: one event per post,
    none for the bank."""
    s = Stack(tmp_path)
    try:
        s.start()
        assert s.post(PUPIL)[0] == 428
        assert s.post(BENIGN)[0] == 200
        conn = s.connect("x.com")
        try:
            assert send(conn, "POST", POST_PATH, *MALFORMED["bad_gzip"])[0] == 200
        finally:
            conn.close()
        bank = s.connect("bank.example")
        try:
            assert send(bank, "GET", "/")[0] == 200
        finally:
            bank.close()
        assert s.proxy.stop() == 0
        events = s.events()
    finally:
        s.close()
    assert [(e["action"], e["effect"], e["status"], e.get("reason")) for e in events] == [
        ("post", "held", "checked", None), ("post", "forwarded", "checked", None),
        ("post", "forwarded", "unchecked", "bad_encoding")]
    assert not upstream_got(s, "Kowalczyk")

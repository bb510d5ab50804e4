"""`postwarden serve` with its proxy: what it prints, the proxy's token and CA, a post through
the proxy arriving at the server, the proxy restarted when it dies, and a clean stop.

Nothing leaves the machine: the proxy runs with mitmproxy's `connection_strategy: lazy` (set
in its confdir's config.yaml, the place docs/deploy.md gives for mitmproxy options), so a
post the addon holds is answered by the proxy itself without any upstream connection.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import time

import pytest
import yaml

from addon.shipper import read_token
from server.access import hash_secret

from .loopback import school_config
from .serverproc import ServerProcess, free_port, post_through_proxy, write_config

PUPIL = "Well done Dawid Kowalczyk on winning the spelling bee!"   # a demo-roster pupil, no consent
RUNNING = "postwarden is running"
PROXY_READY = "proxy listening at"


class Stack:
    def __init__(self, folder):
        self.folder = folder
        self.port, self.proxy_port = free_port(), free_port()
        self.config = write_config(folder, port=self.port, school_config=school_config(folder / "school"),
                                   proxy={"enabled": True, "host": "127.0.0.1", "port": self.proxy_port})
        self.data = folder / "data"
        (self.data / "mitmproxy").mkdir(parents=True)
        (self.data / "mitmproxy" / "config.yaml").write_text(
            yaml.safe_dump({"connection_strategy": "lazy", "proxyauth": "any"}))
        self.server = self.start()

    def start(self) -> ServerProcess:
        server = ServerProcess(self.config, self.port, no_proxy=False).start()
        server.wait_for(RUNNING)
        return server

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.data / 'postwarden.db'}?mode=ro", uri=True)

    def post(self, text: str, user: str = "j.jones") -> int:
        return post_through_proxy(self.proxy_port, self.data / "mitmproxy" / "mitmproxy-ca-cert.pem", text, user)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = Stack(tmp_path_factory.mktemp("serve"))
    yield s
    if s.server.alive():
        s.server.stop()


def test_start_prints_where_everything_is(stack):
    out = stack.server.text()
    ca = stack.data / "mitmproxy" / "mitmproxy-ca-cert.pem"
    assert f"http://127.0.0.1:{stack.port}/" in out
    assert f"http://127.0.0.1:{stack.port}/proxy.pac" in out
    assert f"127.0.0.1:{stack.proxy_port}" in out
    assert str(ca) in out and ca.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert f"user add --config {stack.config} --username admin --role admin --trust" in out


def test_the_proxy_token_is_private_and_a_valid_proxy_token(stack):
    path = stack.data / "proxy-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with stack.db() as db:
        row = db.execute("SELECT kind, school_id, disabled_at FROM tokens WHERE token_hash = ?",
                         (hash_secret(read_token(path)),)).fetchone()
        audited = db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'token.create'").fetchone()[0]
    db.close()
    assert row == ("proxy", "hollins-park", None) and audited == 1


def test_a_post_through_the_proxy_arrives_at_the_server(stack):
    status = stack.post(PUPIL)
    assert status != 200        # held by the addon: answered by the proxy, never forwarded
    deadline = time.monotonic() + 30
    row = None
    while row is None and time.monotonic() < deadline:
        with stack.db() as db:
            row = db.execute("SELECT staff_ref, platform, action, kind, triage, categories, body "
                             "FROM events WHERE action = 'post'").fetchone()
        db.close()
        time.sleep(0.2)
    assert row is not None, stack.server.text()
    staff_ref, platform, action, kind, triage, categories, body = row
    assert (staff_ref, platform, action, kind, triage) == ("j.jones", "x", "post", "flagged", "new")
    assert "pupil_name" in categories
    content = json.loads(body)["content"]
    assert "text" not in content and len(content["excerpt"]) <= 80   # retention.content: minimal


def test_the_proxy_is_started_again_when_it_dies(stack):
    [child] = stack.server.children()
    os.kill(child, signal.SIGKILL)
    stack.server.wait_for(PROXY_READY, count=2)
    [again] = stack.server.children()
    assert again != child
    assert stack.post(PUPIL) != 200


def test_stop_then_start_again_keeps_the_token_and_the_ca(stack):
    token = (stack.data / "proxy-token").read_text()
    ca = (stack.data / "mitmproxy" / "mitmproxy-ca-cert.pem").read_bytes()
    [child] = stack.server.children()
    assert stack.server.stop() == 0
    assert "postwarden: stopping" in stack.server.text()
    assert not os.path.exists(f"/proc/{child}") or _zombie(child)
    stack.server = stack.start()
    assert (stack.data / "proxy-token").read_text() == token
    assert (stack.data / "mitmproxy" / "mitmproxy-ca-cert.pem").read_bytes() == ca
    with stack.db() as db:
        assert db.execute("SELECT COUNT(*) FROM tokens").fetchone()[0] == 1
    db.close()
    assert stack.server.stop() == 0


def _zombie(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().split()[2] == "Z"
    except FileNotFoundError:
        return True

"""`postwarden serve`: an admin's edit saved in the web UI changes what its proxy does.

The server and its child proxy are real processes (as in test_serve.py); the proxy follows
the school's edits every `proxy.school_sync_seconds` (1 here). A post naming a pupil is
held (the pack warns); an admin sets that rule to block through the web UI; once the proxy
says it judges with the edits, the same post is blocked. Each post is one event on the server.

Nothing leaves the machine: mitmproxy's `connection_strategy: lazy` lets the proxy answer
a post it holds or blocks without any upstream connection.
"""
from __future__ import annotations

import http.client
import json
import sqlite3
import subprocess
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
import yaml

from .loopback import school_config
from .serverproc import POSTWARDEN, START_TIMEOUT, ServerProcess, free_port, post_through_proxy, write_config

PUPIL = "Well done Dawid Kowalczyk on winning the spelling bee!"   # a demo-roster pupil, no consent
RULE = "upland/personal-no-individual-pupil-matters"
PASSWORD = "correct horse battery staple"
RUNNING = "postwarden is running"
FOLLOWING = "postwarden: following the school's edits at"
IN_FORCE = "postwarden: now judging with the school's edits, version 1"


class Stack:
    def __init__(self, folder):
        self.folder = folder
        self.port, self.proxy_port = free_port(), free_port()
        self.config = write_config(folder, port=self.port, school_config=school_config(folder / "school"),
                                   proxy={"enabled": True, "host": "127.0.0.1", "port": self.proxy_port,
                                          "school_sync_seconds": 1})
        self.data = folder / "data"
        (self.data / "mitmproxy").mkdir(parents=True)
        (self.data / "mitmproxy" / "config.yaml").write_text(
            yaml.safe_dump({"connection_strategy": "lazy", "proxyauth": "any"}))
        self.server = ServerProcess(self.config, self.port, no_proxy=False).start()
        self.server.wait_for(RUNNING)

    def post(self, text: str, user: str = "j.jones") -> int:
        """A post to x.com through the proxy: the status the proxy answered."""
        return post_through_proxy(self.proxy_port, self.data / "mitmproxy" / "mitmproxy-ca-cert.pem", text, user)

    def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, resp.getheaders(), resp.read()
        finally:
            conn.close()

    def admin_session(self) -> tuple[str, str]:
        """A trust-wide admin made with the real CLI, logged in: (cookie header, CSRF token)."""
        subprocess.run([str(POSTWARDEN), "user", "add", "--config", str(self.config), "--username", "admin",
                        "--role", "admin", "--trust", "--password-stdin"],
                       input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, check=True)
        status, headers, body = self.request(
            "POST", "/api/v1/session", json.dumps({"username": "admin", "password": PASSWORD}).encode(),
            {"Content-Type": "application/json"})
        assert status == 200, body
        cookie = SimpleCookie()
        for name, value in headers:
            if name.lower() == "set-cookie":
                cookie.load(value)
        return "; ".join(f"{k}={m.value}" for k, m in cookie.items()), json.loads(body)["csrf"]

    def post_events(self, count: int) -> list[tuple[str, str]]:
        """(decision, effect) of the posts the server has stored, once it has `count` of them."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            db = sqlite3.connect(f"file:{self.data / 'postwarden.db'}?mode=ro", uri=True)
            try:
                rows = db.execute("SELECT body FROM events WHERE action = 'post' ORDER BY at, id").fetchall()
            finally:
                db.close()
            if len(rows) >= count or time.monotonic() > deadline:
                return [(e["decision"], e["effect"]) for e in (json.loads(body) for (body,) in rows)]
            time.sleep(0.2)


@pytest.fixture
def stack(tmp_path):
    s = Stack(tmp_path)
    yield s
    if s.server.alive():
        s.server.stop()


def test_an_admin_edit_in_the_web_ui_changes_what_the_proxy_does(stack):
    stack.server.wait_for(FOLLOWING)
    assert f"{FOLLOWING} http://127.0.0.1:{stack.port}/api/v1/proxy/school every 1s" in stack.server.text()
    assert stack.post(PUPIL) == 428                 # the pack warns: held for acknowledgement

    cookie, csrf = stack.admin_session()
    status, headers, body = stack.request(
        "POST", "/admin/rules?school=hollins-park",
        urlencode({f"{RULE}:personal": "block", "action": "save", "_csrf": csrf}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    assert status == 303 and "done=rules_saved" in dict(headers)["Location"], body

    stack.server.wait_for(IN_FORCE)                  # within a second or two of the save
    assert stack.post(PUPIL) == 403
    assert sorted(stack.post_events(2)) == [("block", "blocked"), ("warn", "held")]
    # The proxy logged each post once (its spool keeps what it shipped).
    spool = sqlite3.connect(f"file:{stack.data / 'spool.sqlite'}?mode=ro", uri=True)
    try:
        logged = [json.loads(body)["action"] for (body,) in spool.execute("SELECT body FROM events")]
    finally:
        spool.close()
    assert logged.count("post") == 2

"""The real `postwarden serve` as a subprocess, and real addon events, for the server's
end-to-end tests (crash, serve) and `bench/server.py`.

`ServerProcess` writes a server config into a folder (SQLite there, or a PostgreSQL DSN),
starts `postwarden serve` on a loopback port, waits for its "listening" line, and can stop
it gracefully (SIGTERM) or kill it (SIGKILL) and start it again on the same port.
`sample_events` makes events with the addon's own `make_event`, as a proxy spools them.
"""
from __future__ import annotations

import base64
import http.client
import json
import os
import signal
import socket
import subprocess
import ssl
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from addon.events import make_event
from addon.extract import Extracted
from addon.pipeline import Inspection

ROOT = Path(__file__).resolve().parents[2]
POSTWARDEN = Path(sys.executable).with_name("postwarden")
LISTENING = "postwarden: listening on "
START_TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(folder: Path, *, port: int, dsn: str = "", proxy: dict | None = None,
                 school_config: Path | None = None) -> Path:
    """A server config for the demo school (or `school_config`) with its data in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = {
        "data_dir": str(folder / "data"),
        "listen": {"host": "127.0.0.1", "port": port},
        "proxy": proxy or {"enabled": False},
        "database": {"dsn": dsn},
        "schools": [{"id": "hollins-park", "config": str(school_config or ROOT / "demo" / "school.yaml")}],
    }
    path = folder / "server.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


class ServerProcess:
    """`postwarden serve --config ...` on a loopback port, its output kept for asserts."""

    def __init__(self, config: Path, port: int, *, no_proxy: bool = True, cpu: int | None = None):
        self.config = config
        self.port = port
        self.no_proxy = no_proxy
        self.cpu = cpu
        self.proc: subprocess.Popen | None = None
        self.output: list[str] = []
        self._reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        argv = [str(POSTWARDEN), "serve", "--config", str(self.config)] + (["--no-proxy"] if self.no_proxy else [])
        ready = threading.Event()
        preexec = (lambda: os.sched_setaffinity(0, {self.cpu})) if self.cpu is not None else None
        self.proc = subprocess.Popen(argv, cwd=self.config.parent, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     errors="replace", preexec_fn=preexec)
        proc = self.proc

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                self.output.append(line.rstrip("\n"))
                if LISTENING in line:
                    ready.set()
            ready.set()    # exited: wake the starter

        self._reader = threading.Thread(target=read, name="serve-output", daemon=True)
        self._reader.start()
        if not ready.wait(START_TIMEOUT) or proc.poll() is not None:
            self.kill()
            raise RuntimeError("postwarden serve did not start:\n" + self.text())
        return self

    def text(self) -> str:
        return "\n".join(self.output)

    def wait_for(self, text: str, count: int = 1, timeout: float = START_TIMEOUT) -> None:
        """Until `text` has appeared in `count` lines of output (or fail, with the output)."""
        deadline = time.monotonic() + timeout
        while sum(text in line for line in list(self.output)) < count:
            if time.monotonic() > deadline or not self.alive():
                raise AssertionError(f"no {text!r} (x{count}) from postwarden serve:\n" + self.text())
            time.sleep(0.05)

    def children(self) -> list[int]:
        assert self.proc is not None
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(x) for x in path.read_text().split()]

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as in a power cut of the process."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        self._reap()

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, as systemd stops it; the exit status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._reap()
        return self.proc.returncode

    def _reap(self) -> None:
        if self.proc is None:
            return
        self.proc.wait(30)
        if self._reader is not None:
            self._reader.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def post_through_proxy(proxy_port: int, ca: Path, text: str, user: str = "j.jones") -> int:
    """An X post sent through the proxy on `proxy_port` (as `user`, by proxy authentication,
    trusting the proxy's CA `ca`): the status the proxy answered."""
    ctx = ssl.create_default_context(cafile=str(ca))
    auth = base64.b64encode(f"{user}:pw".encode()).decode()
    conn = http.client.HTTPSConnection("127.0.0.1", proxy_port, context=ctx, timeout=30)
    conn.set_tunnel("x.com", 443, headers={"Proxy-Authorization": f"Basic {auth}"})
    try:
        conn.request("POST", "/i/api/graphql/q/CreateTweet",
                     body=json.dumps({"variables": {"tweet_text": text}}),
                     headers={"content-type": "application/json", "cookie": "twid=u%3D1447"})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def proxy_token(config: Path, school: str = "hollins-park", name: str = "test proxy") -> str:
    """A new proxy token, made with the real `postwarden token add` command."""
    out = subprocess.run([str(POSTWARDEN), "token", "add", "--config", str(config), "--school", school,
                          "--kind", "proxy", "--name", name],
                         capture_output=True, text=True, timeout=60, check=True)
    return out.stdout.strip()


TEXTS = ("What a lovely sunny walk by the river this afternoon.",
         "Well done Dawid Kowalczyk on winning the spelling bee!",
         "Call me on 07700 900123 about the fair, or write to office@school.example",
         "Reading the news this morning.")
FINDING = {"category": "pupil_name", "rule": "upland/personal-no-individual-pupil-matters", "severity": "high",
           "clause": "Upland Primary School Social Media Policy, Personal use of social media",
           "message": "Names a pupil in full: Dawid Kowalczyk.", "evidence": "dawid kowalczyk"}


def sample_events(n: int, *, start: datetime | None = None, users: int = 12) -> list[dict]:
    """`n` events as the addon makes them: posts (some flagged), reads, and a few unchecked."""
    start = start or datetime.now(timezone.utc) - timedelta(hours=1)
    out = []
    for i in range(n):
        kind = i % 10
        action = "view" if kind in (0, 1, 2) else ("dm" if kind == 3 else "post")
        text = "" if action == "view" else TEXTS[i % len(TEXTS)]
        ex = Extracted(platform=("x", "facebook", "instagram")[i % 3], action=action, rule="create",
                       operation="CreateTweet" if action == "post" else None,
                       account_id=str(1000 + i % users), account_handle=f"@staff{i % users}", text=text,
                       recipients=["@friend"] if action == "dm" else [])
        ins = Inspection(extracted=ex, user=f"staff.{i % users}", at=start + timedelta(seconds=i),
                         host="x.com")
        flagged = kind in (4, 5)
        verdict = {"decision": "warn", "findings": [dict(FINDING)]} if flagged else {"decision": "allow", "findings": []}
        event = make_event(ins, verdict, "held" if flagged else "forwarded", "minimal",
                           unchecked="timeout" if kind == 6 else None)
        out.append(event)
    return out

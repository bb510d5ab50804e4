"""Loopback plumbing for the end-to-end tests and `bench/proxy.py`: certificates, a local
HTTPS upstream, a school config that never depends on the clock, and the real
`postwarden proxy` (or a bare mitmdump) as a subprocess.

Inside the proxy, `route.py` (a mitmproxy script loaded next to the addon) resolves every
host name to the local upstream, so clients CONNECT to the real names (`x.com:443`,
`bank.example:443`) and nothing ever leaves the machine.
"""
from __future__ import annotations

import datetime
import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
ROUTE_SCRIPT = Path(__file__).with_name("route.py")
POSTWARDEN = Path(sys.executable).with_name("postwarden")
MITMDUMP = Path(sys.executable).with_name("mitmdump")
#: Names the upstream's certificate covers: monitored platforms and ordinary sites.
UPSTREAM_NAMES = ("x.com", "*.x.com", "bank.example", "news.example", "notx.com", "x.com.bank.example")
READY = "proxy listening at 127.0.0.1:"
START_TIMEOUT = 60


@dataclass(frozen=True)
class Pki:
    ca: Path        # the test CA's certificate (what the proxy trusts upstream)
    cert: Path      # the upstream's chain
    key: Path
    leaf_der: bytes


def make_pki(folder: Path, names: tuple[str, ...] = UPSTREAM_NAMES) -> Pki:
    """A throwaway CA and an upstream leaf for `names`, written under `folder`."""
    now = datetime.datetime.now(datetime.timezone.utc)
    valid = (now - datetime.timedelta(days=1), now + datetime.timedelta(days=7))
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "postwarden e2e upstream CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(valid[0]).not_valid_after(valid[1])
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                         critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(valid[0]).not_valid_after(valid[1])
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    pki = Pki(folder / "upstream-ca.pem", folder / "upstream.pem", folder / "upstream-key.pem",
              leaf.public_bytes(serialization.Encoding.DER))
    pki.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pki.cert.write_bytes(leaf.public_bytes(serialization.Encoding.PEM) + pki.ca.read_bytes())
    pki.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return pki


def school_config(folder: Path) -> Path:
    """The demo school without timetable or holds, so a verdict never depends on the clock
    (in directed time even a harmless post would be held)."""
    demo = ROOT / "demo"
    doc = yaml.safe_load((demo / "school.yaml").read_text(encoding="utf-8"))
    doc["roster"] = str(demo / doc["roster"])
    doc["staff"] = str(demo / doc["staff"])
    doc["timetable"] = {"timezone": doc["timetable"]["timezone"]}
    doc["holds"] = []
    doc.pop("staff_overrides", None)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "school.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


# -- the upstream -----------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    host: str
    method: str
    path: str
    body: bytes


class Upstream:
    """A threaded HTTPS/1.1 server on 127.0.0.1 that records every request it receives.

    It answers `{"ok": true, ...}`, or what `answer(seen)` returns for a request (JSON bytes;
    None for the default), so a test can play a platform's response, e.g. a profile whose
    handle the addon learns."""

    def __init__(self, pki: Pki, answer: Callable[[Seen], bytes | None] | None = None):
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                seen = Seen(self.headers.get("host", ""), self.command, self.path, body)
                with upstream._lock:
                    upstream.seen.append(seen)
                out = (answer(seen) if answer else None) or json.dumps({"ok": True, "upstream": "loopback"}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:   # quiet
                pass

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(pki.cert, pki.key)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="e2e-upstream", daemon=True)
        self._thread.start()

    def bodies(self) -> list[bytes]:
        with self._lock:
            return [s.body for s in self.seen]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- the proxy --------------------------------------------------------------------------


class Proxy:
    """A proxy subprocess on 127.0.0.1 (port chosen by the OS), its output kept for asserts."""

    def __init__(self, argv: list[str], cwd: Path, pin_cpu: int | None = None):
        self.output: list[str] = []
        self._ready = threading.Event()
        self.port = 0
        preexec = (lambda: os.sched_setaffinity(0, {pin_cpu})) if pin_cpu is not None else None
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, errors="replace",
                                     preexec_fn=preexec)
        self._reader = threading.Thread(target=self._read, name="e2e-proxy-output", daemon=True)
        self._reader.start()
        if not self._ready.wait(START_TIMEOUT) or not self.port:
            self.stop()
            raise RuntimeError("the proxy did not start:\n" + self.text())

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line.rstrip("\n"))
            if not self.port and READY in line:
                self.port = int(line.split(READY, 1)[1].split(".", 1)[0])
                self._ready.set()
        self._ready.set()    # exited: wake the starter

    def text(self) -> str:
        return "\n".join(self.output)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> int:
        """SIGINT (mitmproxy shuts down and runs the addons' `done`), then kill if it hangs."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(20)
        self._reader.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return self.proc.returncode


def common_args(confdir: Path, pki: Pki, upstream_port: int) -> list[str]:
    """mitmdump arguments every proxy under test gets: loopback only, the test CA upstream."""
    return ["--listen-host", "127.0.0.1", "--listen-port", "0",
            "--set", f"confdir={confdir}",
            "--set", f"ssl_verify_upstream_trusted_ca={pki.ca}",
            "-s", str(ROUTE_SCRIPT), "--set", f"route_to=127.0.0.1:{upstream_port}"]


def postwarden_argv(config: Path, data_dir: Path, common: list[str], *extra: str) -> list[str]:
    return [str(POSTWARDEN), "proxy", "--config", str(config), "--",
            *common, "--set", f"postwarden_data_dir={data_dir}", *extra]


def mitmdump_argv(common: list[str], *extra: str) -> list[str]:
    return [str(MITMDUMP), "--set", "flow_detail=0", *common, *extra]


# -- the client -------------------------------------------------------------------------


def client_context(*cafiles: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=None)
    ctx.load_verify_locations(cadata="".join(p.read_text() for p in cafiles))
    return ctx


def tunnel(proxy_port: int, host: str, ctx: ssl.SSLContext, timeout: float = 30) -> http.client.HTTPSConnection:
    """A kept-alive HTTPS connection to `host:443` through the proxy (HTTP CONNECT)."""
    conn = http.client.HTTPSConnection("127.0.0.1", proxy_port, context=ctx, timeout=timeout)
    conn.set_tunnel(host, 443)
    return conn


def send(conn: http.client.HTTPSConnection, method: str, path: str, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()


def peer_der(conn: http.client.HTTPSConnection) -> bytes:
    assert conn.sock is not None
    return conn.sock.getpeercert(binary_form=True)

"""The school's proxy as a child of `postwarden serve`: its token, its command line, its life.

- The proxy ships to this server with its own proxy token, made on first start and kept in
  `<data_dir>/proxy-token` (mode 0600; only the file's path is on the command line). A token
  an admin disabled is not silently replaced: the proxy then cannot ship, and the log says so
  and how to make a new one.
- mitmproxy's confdir is `<data_dir>/mitmproxy`, so the CA staff devices trust is this
  server's own and survives restarts and upgrades; the proxy's spool is in `<data_dir>`.
- The child is restarted with back-off (1 s doubling to 30 s, reset after a minute of
  running) whenever it exits, and on Linux it gets SIGTERM if this process dies, so a
  killed server never leaves an orphan proxy holding the port.
"""
from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import sys
from pathlib import Path

from aiohttp import web

from addon.shipper import read_token
from server import keys
from server.access import create_token, hash_secret
from server.config import ServerConfig

log = logging.getLogger(__name__)

TOKEN_FILE = "proxy-token"
TOKEN_NAME = "postwarden serve: local proxy"
READY = "proxy listening at "
BACKOFF_START, BACKOFF_CAP, STABLE_AFTER = 1.0, 30.0, 60.0
STOP_TIMEOUT = 20.0


def confdir(config: ServerConfig) -> Path:
    return config.data_path / "mitmproxy"


def ca_path(config: ServerConfig) -> Path:
    """The CA certificate (no key) mitmproxy writes on first start: what staff devices trust."""
    return confdir(config) / "mitmproxy-ca-cert.pem"


async def ensure_proxy_token(app: web.Application, config: ServerConfig) -> Path:
    """The path of the local proxy's token file, making the token on first start."""
    path = config.data_path / TOKEN_FILE
    db = app[keys.DB]
    school = config.proxy_school
    if path.exists():
        try:
            value = read_token(path)
        except (OSError, ValueError) as e:
            log.error("%s cannot be read (%s); making a new proxy token", path, e)
        else:
            row = await db.fetchrow("SELECT school_id, kind, disabled_at FROM tokens WHERE token_hash = ?",
                                    hash_secret(value))
            if row is not None and row["kind"] == "proxy" and row["school_id"] == school:
                if row["disabled_at"] is not None:
                    log.error("the local proxy's token was disabled, so the proxy cannot ship events; "
                              "delete %s and restart to make a new one", path)
                path.chmod(0o600)
                return path
            log.warning("the token in %s is not a proxy token of %s in this database; making a new one",
                        path, school)
    async with db.transaction() as tx:
        token_id, value = await create_token(tx, school, "proxy", TOKEN_NAME)
        await app[keys.AUDIT].record("system:serve", "token.create", school_id=school,
                                     target=f"token:{token_id}", detail={"kind": "proxy", "name": TOKEN_NAME},
                                     tx=tx)
    await app[keys.AUDIT].sync_head()
    _write_secret(path, value)
    log.info("made proxy token %d for the local proxy; kept in %s", token_id, path)
    return path


def _write_secret(path: Path, value: str) -> None:
    """Write a file only its owner can read, atomically, never world-readable on the way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    os.replace(tmp, path)


def proxy_argv(config: ServerConfig, server_url: str, token_file: Path) -> list[str]:
    """`postwarden proxy` for the school, shipping to `server_url`."""
    p = config.proxy
    school_config = config.school_config(config.proxy_school)
    argv = [sys.executable, "-m", "server.cli", "proxy", "--config", str(school_config), "--",
            "--listen-host", p.host, "--listen-port", str(p.port),
            "--set", f"confdir={confdir(config)}",
            "--set", f"postwarden_data_dir={config.data_path}",
            "--set", f"postwarden_server={server_url}",
            "--set", f"postwarden_server_token_file={token_file}",
            # Admins' edits reach the proxy's judges within this many seconds (addon/school_sync.py).
            "--set", f"postwarden_school_sync_s={p.school_sync_seconds}",
            "--set", f"postwarden_fail_mode={p.fail_mode}",
            "--set", f"postwarden_user_source={p.user_source}",
            "--set", f"postwarden_content_log={config.retention.content}",
            # The extension's acknowledgements (X-Postwarden-Ack) are signed with this key.
            "--set", f"postwarden_ack_key_file={config.data_path / 'secret'}",
            "--set", f"postwarden_ack_school={config.proxy_school}"]
    if p.ip_map is not None:
        argv += ["--set", f"postwarden_ip_map={config.path(p.ip_map)}"]
    return argv


class ProxySupervisor:
    """Runs the proxy, restarts it when it exits, stops it on request."""

    def __init__(self, argv: list[str], *, cwd: Path | None = None):
        self.argv = argv
        self.cwd = cwd
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0
        self.listening = asyncio.Event()
        self._stopping = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="postwarden-proxy-supervisor")

    async def wait_ready(self, timeout: float, stop: asyncio.Event) -> bool:
        """True once the proxy listens (its CA is written by then); False after `timeout` or on stop."""
        waiters = [asyncio.ensure_future(self.listening.wait()), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()
        return self.listening.is_set()

    async def _run(self) -> None:
        delay = BACKOFF_START
        loop = asyncio.get_running_loop()
        while not self._stopping:
            started = loop.time()
            try:
                self.proc = await asyncio.create_subprocess_exec(
                    *self.argv, cwd=self.cwd, stdin=asyncio.subprocess.DEVNULL,
                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
                    # Its own session: Ctrl-C at a terminal reaches only us, and we stop the
                    # proxy in order (never restarting it because it died of the same Ctrl-C).
                    start_new_session=True,
                    preexec_fn=_die_with_parent if _prctl is not None else None)
            except OSError as e:
                log.error("cannot start the proxy: %s", e)
                rc: int | str = "not started"
            else:
                self.starts += 1
                if self._stopping:      # stop() came while the process was being made
                    self.proc.send_signal(signal.SIGINT)
                await self._relay(self.proc)
                rc = await self.proc.wait()
            self.listening.clear()
            if self._stopping:
                break
            if loop.time() - started >= STABLE_AFTER:
                delay = BACKOFF_START
            log.error("the proxy exited (%s); starting it again in %.0fs", rc, delay)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)
            delay = min(BACKOFF_CAP, delay * 2)

    async def _relay(self, proc: asyncio.subprocess.Process) -> None:
        """The proxy's own messages go to our stderr, marked; its start is noted."""
        assert proc.stdout is not None
        async for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            if READY in line:
                self.listening.set()
            if line:
                print(f"proxy: {line}", file=sys.stderr, flush=True)

    async def stop(self) -> None:
        """SIGINT (mitmproxy shuts down, its addon stops shipping and closes the spool); SIGKILL
        if it has not exited within STOP_TIMEOUT."""
        self._stopping = True
        self._wake.set()
        proc = self.proc
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(proc.wait(), STOP_TIMEOUT)
            except TimeoutError:
                log.error("the proxy did not stop within %.0fs; killing it", STOP_TIMEOUT)
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        if self._task is not None:
            await self._task


# Linux: the child gets SIGTERM when this process dies, even by SIGKILL. libc is loaded here,
# before any fork, so the pre-exec hook only makes one system call.
_PR_SET_PDEATHSIG = 1
try:
    _libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
    _prctl = _libc.prctl if _libc is not None else None
except (OSError, AttributeError):
    _prctl = None


def _die_with_parent() -> None:
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

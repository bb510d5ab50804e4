"""Keeping the proxy's engines in step with the edits admins save in the server's web UI.

Admins edit the timetable, holds, rule decisions, rosters, official accounts, logos and
declarations in the server's web UI; the server stores them in its database and rebuilds
its own engine. A proxy reads only its config file, so without this it would judge with
rules the school has changed, and a verdict would depend on the path a post took.

`SchoolSync` polls the server's GET /api/v1/proxy/school (server/api/proxy_school.py) every
`interval` seconds on a thread of its own (never the proxy's event loop), with the last ETag
in If-None-Match, so an unchanged school costs a 304. When the edits change it builds new
engines on that thread, with the server's own `build_engine` on the proxy's config file
(server/school_bundle.py), and hands them to `adopt`, which puts them in force. A failed
fetch, or edits that do not load here, leave the engines in force, are logged and show in
`stats()`.

The bundle in force is kept in `<data_dir>/school-edits.json` (owner-only: it can hold the
roster). A restarted proxy puts it in force first thing, before it asks the server (which
may be down or slow), then asks with its ETag; a newer answer replaces it.
"""
from __future__ import annotations

import contextlib
import http.client
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from addon.shipper import USER_AGENT, Target, describe_error, server_error_message, connection, tls_context
from server import school_bundle

log = logging.getLogger(__name__)

SCHOOL_PATH = "/api/v1/proxy/school"
CACHE_FILE = "school-edits.json"
#: A bundle larger than this is refused (rosters and logos are well under it).
MAX_BUNDLE = 64 * 1024 * 1024
#: A failure that repeats is logged again at most this often.
LOG_AGAIN = 600.0

#: adopt(sync, engines, version): put the engines in force (the sync is passed so a
#: superseded one can be ignored).
Adopt = Callable[["SchoolSync", list[Any], int], None]


def engine_builder(config_path: Path, workers: int) -> Callable[[dict], list[Any]]:
    """`build` for a proxy with `workers` judge threads: one engine each (detectors keep
    objects that are not safe to share), from its config file plus a bundle's edits."""
    return lambda bundle: [school_bundle.build(config_path, bundle) for _ in range(workers)]


class SyncError(Exception):
    """One failed fetch; the message is what the log and `last_error` say."""


class SchoolSync:
    """Polls the server for the school's edits on its own thread and adopts new engines."""

    def __init__(self, url: str, token: Callable[[], str], *, build: Callable[[dict], list[Any]],
                 adopt: Adopt, interval: float = 30.0, cafile: str | Path | None = None,
                 cache: Path | None = None, timeout: float = 15.0):
        self.target = Target.parse(url, SCHOOL_PATH)
        self._token = token
        self._ssl = tls_context(cafile) if self.target.scheme == "https" else None
        self._build = build
        self._adopt = adopt
        self.interval = interval
        self.cache = cache
        self.timeout = timeout
        self._lock = threading.Lock()       # one sync at a time (the thread, or a caller)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._etag: str | None = None
        self._in_force = school_bundle.NOTHING_EDITED   # the engines were built from the file
        self._first = True
        # Counters and state (written under the lock; read from anywhere).
        self.version: int | None = None     # the edits version in force (None: not synced yet)
        self.not_loaded: int | None = None  # a version whose edits do not load here
        self.syncs = 0                      # answers received (200 or 304)
        self.updates = 0                    # times new engines were adopted
        self.failed = 0
        self.consecutive_failures = 0
        self.last_error = ""
        self._last_logged = ("", 0.0)

    # -- thread ---------------------------------------------------------------------------

    def start(self) -> SchoolSync:
        """Sync at once (a restarted proxy is current without waiting an interval), then
        every `interval` seconds."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="postwarden-school-sync", daemon=True)
            self._thread.start()
            log.info("postwarden: following the school's edits at %s every %ss", self.target, self.interval)
        return self

    def stop(self) -> None:
        """Stop after the sync under way; not waited for (it may be building engines, which
        are then not adopted: `adopt` ignores a superseded sync)."""
        self._stop.set()

    def stats(self) -> dict:
        return {"target": str(self.target), "version": self.version, "not_loaded": self.not_loaded,
                "syncs": self.syncs, "updates": self.updates, "failed": self.failed,
                "consecutive_failures": self.consecutive_failures, "last_error": self.last_error}

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sync_once()
            except Exception as e:      # the thread must outlive anything one sync does
                log.exception("postwarden: syncing the school's edits failed unexpectedly")
                with self._lock:
                    self._failure(f"unexpected error: {type(e).__name__}: {e}")
            self._stop.wait(self.interval)

    # -- one sync -------------------------------------------------------------------------

    def sync_once(self) -> bool:
        """Ask the server once; True when new engines were handed to `adopt`. The first
        time, the kept bundle is put in force before asking (the server may be down, or slow
        to answer), and asking sends its ETag, so an unchanged school answers 304."""
        with self._lock:
            if self._stop.is_set():
                return False
            adopted = False
            if self._first:
                self._first = False
                kept = self._read_cache()
                if kept is not None:
                    adopted = self._put_in_force(*kept)
            try:
                answer = self._fetch()
            except SyncError as e:
                self._failure(str(e))
                return adopted
            self.syncs += 1
            self._success()
            if answer is None:
                return adopted
            return self._put_in_force(*answer) or adopted

    def _put_in_force(self, etag: str, bundle: dict, raw: dict) -> bool:
        version = bundle["version"]
        if school_bundle.digest(bundle) == self._in_force:
            self._etag, self.version, self.not_loaded = etag, version, None
            self._write_cache(etag, raw)
            return False
        try:
            engines = self._build(bundle)
        except Exception as e:
            # Not retried until the next edit (as the server does): the same edits would fail again.
            self._etag, self.not_loaded = etag, version
            problems = "; ".join(getattr(e, "problems", None) or [str(e)])
            self._failure(f"the school's edits (version {version}) do not load here: {problems}",
                          count=False, level=logging.ERROR)
            return False
        if self._stop.is_set():
            return False
        self._adopt(self, engines, version)
        self._etag, self.version, self.not_loaded = etag, version, None
        self._in_force = school_bundle.digest(bundle)
        self.updates += 1
        self._write_cache(etag, raw)
        return True

    def _fetch(self) -> tuple[str, dict, dict] | None:
        """(ETag, parsed bundle, raw bundle), or None for 304. SyncError on any failure."""
        try:
            token = self._token()
        except (OSError, ValueError) as e:
            raise SyncError(f"cannot read the server token: {e}") from e
        headers = {"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT, "Accept": "application/json"}
        if self._etag:
            headers["If-None-Match"] = self._etag
        conn = connection(self.target, self.timeout, self._ssl)
        try:
            conn.request("GET", self.target.path, headers=headers)
            resp = conn.getresponse()
            raw = resp.read(MAX_BUNDLE + 1)
            status, etag = resp.status, resp.getheader("ETag") or ""
        except (OSError, http.client.HTTPException) as e:
            raise SyncError(f"cannot reach {self.target.scheme}://{self.target.host}:{self.target.port}: "
                            f"{describe_error(e)}") from e
        finally:
            conn.close()
        if status == 304:
            return None
        if status != 200:
            hint = {401: "; check postwarden_server_token_file", 403: "; is it a proxy token?",
                    404: "; is the server older than this proxy?"}.get(status, "")
            raise SyncError(f"the server answered {status}: {server_error_message(raw)}{hint}")
        if len(raw) > MAX_BUNDLE:
            raise SyncError(f"the school's edits are larger than {MAX_BUNDLE // (1024 * 1024)} MB")
        try:
            data = json.loads(raw)
            return etag, school_bundle.parse(data), data
        except ValueError as e:
            raise SyncError(f"the server's answer is not the school's edits: {e}") from e

    # -- the kept bundle ------------------------------------------------------------------

    def _read_cache(self) -> tuple[str, dict, dict] | None:
        if self.cache is None or not self.cache.exists():
            return None
        try:
            kept = json.loads(self.cache.read_text(encoding="utf-8"))
            if kept["server"] != str(self.target):
                log.warning("postwarden: %s holds the edits of another server (%s); not used",
                            self.cache, kept["server"])
                return None
            return str(kept["etag"]), school_bundle.parse(kept["bundle"]), kept["bundle"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            log.warning("postwarden: %s cannot be used (%s); waiting for the server's edits", self.cache, e)
            return None

    def _write_cache(self, etag: str, raw: dict) -> None:
        """Atomically, owner-only from the start (it can hold the roster)."""
        if self.cache is None:
            return
        tmp = self.cache.with_name(self.cache.name + ".tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"server": str(self.target), "etag": etag, "bundle": raw}, f,
                          ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.cache)
        except OSError as e:
            log.warning("postwarden: cannot keep the school's edits in %s: %s", self.cache, e)

    # -- outcomes -------------------------------------------------------------------------

    def _success(self) -> None:
        if self.consecutive_failures:
            log.warning("postwarden: the school's edits can be fetched again after %d failures",
                        self.consecutive_failures)
        self.consecutive_failures = 0
        self.last_error = ""

    def _failure(self, message: str, count: bool = True, level: int = logging.WARNING) -> None:
        if count:
            self.failed += 1
            self.consecutive_failures += 1
        self.last_error = message
        now = time.monotonic()
        last_message, last_at = self._last_logged
        if message != last_message or now - last_at >= LOG_AGAIN:
            log.log(level, "postwarden: %s; the engines in force are unchanged", message)
            self._last_logged = (message, now)

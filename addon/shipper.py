"""Shipping: the proxy's spooled events go to the postwarden server, and nothing is lost.

One thread of its own (never the proxy's event loop, so a slow or absent server cannot hold
up a flow) takes up to `batch_size` pending events from the spool, POSTs them to
`<server>/api/v1/ingest` with the proxy's bearer token, and marks them shipped only when
the server answered 200 for every one of them. Anything else (refused connection, timeout,
5xx, a wrong token) leaves them pending and backs off exponentially with jitter, capped,
before the next try. The server stores an event id once, so a batch whose answer was lost
is simply sent again and counted as duplicates.

The batch id is a hash of the batch's event ids: a retried batch has the same id and the
server answers it from its record, and a batch with other contents never reuses an id.

A batch the server refuses as malformed (400/413/422) is split in halves until the one
event it refuses is alone; that event is marked rejected in the spool (kept, logged and
counted, never sent again by itself) so it cannot hold up the events behind it.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import logging
import random
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from addon.spool import Spool

log = logging.getLogger(__name__)

INGEST_PATH = "/api/v1/ingest"
MAX_BATCH = 1000            # the server's limit per request
USER_AGENT = "postwarden-proxy/0.1"
MALFORMED = (400, 413, 422)
TOKEN_REFUSED = (401, 403)


class ShippingError(Exception):
    """One failed attempt; the message is what the log and `last_error` say."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Target:
    """Where ingest lives: scheme, host, port and the path (a server behind a path prefix works)."""
    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, url: str, endpoint: str = INGEST_PATH) -> Target:
        """`url` is the server's address; `endpoint` the API path under it (ingest by default)."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{url!r} is not an http:// or https:// URL")
        if parts.username or parts.password:
            raise ValueError("put the token in the token file, not in the URL")
        if parts.query or parts.fragment:
            raise ValueError(f"{url!r}: the server URL takes no query or fragment")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return cls(parts.scheme, parts.hostname, port, parts.path.rstrip("/") + endpoint)

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{self.path}"


def read_token(path: Path) -> str:
    """The token from its file (first line, trimmed); a clear error when absent or empty."""
    value = Path(path).expanduser().read_text(encoding="utf-8").strip()
    if not value or "\n" in value or " " in value:
        raise ValueError(f"{path}: expected one token (pwt_...) on one line")
    return value


def tls_context(cafile: str | Path | None) -> ssl.SSLContext:
    """Verifying TLS: the system's CAs, or only the given bundle (a school's own CA)."""
    if cafile:
        return ssl.create_default_context(cafile=str(Path(cafile).expanduser()))
    return ssl.create_default_context()


def connection(target: Target, timeout: float, context: ssl.SSLContext | None) -> http.client.HTTPConnection:
    """A connection to the server (not yet opened): TLS with `context` for https."""
    if target.scheme == "https":
        return http.client.HTTPSConnection(target.host, target.port, timeout=timeout, context=context)
    return http.client.HTTPConnection(target.host, target.port, timeout=timeout)


def batch_id(events: list[dict]) -> str:
    digest = hashlib.sha256("\n".join(str(e.get("id")) for e in events).encode("utf-8")).hexdigest()
    return f"b-{digest[:40]}"


class Shipper:
    """Ships a spool to the server on its own thread; counters say how it is going.

    `token` is the token itself or a callable returning it (read from the token file again
    after the server refuses it, so a rotated token needs no restart).
    """

    def __init__(self, spool: Spool, url: str, token: str | Callable[[], str], *,
                 cafile: str | Path | None = None, batch_size: int = 500, timeout: float = 15.0,
                 backoff_base: float = 0.5, backoff_cap: float = 30.0, idle: float = 1.0,
                 rng: random.Random | None = None):
        if not 1 <= batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size must be between 1 and {MAX_BATCH}")
        self.spool = spool
        self.target = Target.parse(url)
        self._token = token if callable(token) else (lambda: token)
        self._token_value = self._token()
        self._ssl = tls_context(cafile) if self.target.scheme == "https" else None
        self.batch_size = batch_size
        self.timeout = timeout
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.idle = idle
        self._rng = rng or random.Random()
        self._limit = batch_size       # smaller while isolating a malformed event
        self._token_refused = False
        self._conn: http.client.HTTPConnection | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        # Counters (written by the shipping thread only; read from anywhere).
        self.shipped = 0               # events the server confirmed, then marked shipped
        self.duplicates = 0            # of those, events it already had (sent before)
        self.batches = 0               # batches confirmed
        self.failed = 0                # failed attempts
        self.rejected = 0              # events refused as malformed, kept in the spool
        self.consecutive_failures = 0
        self.last_error = ""
        self.last_success: float | None = None
        self.delays: deque[float] = deque(maxlen=64)   # the latest back-off waits, for status
        self._last_logged = ("", 0.0)

    # -- thread -------------------------------------------------------------------------

    def start(self) -> Shipper:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="postwarden-shipper", daemon=True)
            self._thread.start()
            log.info("postwarden: shipping events to %s", self.target)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the request in flight (bounded by `timeout` of waiting for it)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._close()

    def wake(self) -> None:
        """Ship now rather than after the idle pause (new events, or a test)."""
        self._wake.set()

    def stats(self) -> dict:
        return {"target": str(self.target), "shipped": self.shipped, "duplicates": self.duplicates,
                "batches": self.batches, "failed": self.failed, "rejected": self.rejected,
                "consecutive_failures": self.consecutive_failures, "last_error": self.last_error}

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                sent = self.ship_once()
            except Exception as e:     # the thread must outlive anything one batch does
                log.exception("postwarden: shipping failed unexpectedly")
                sent = False
                self._failure(f"unexpected error: {type(e).__name__}: {e}")
            if self._stop.is_set():
                break
            if self.consecutive_failures:
                self._pause(self.delays[-1])
            elif not sent:
                self._pause(self.idle)
        self._close()

    def _pause(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    # -- one batch ------------------------------------------------------------------------

    def ship_once(self) -> bool:
        """Send one batch of pending events. True when the server took a batch (or an event
        was set aside as rejected); False when nothing was pending or the attempt failed."""
        try:
            rows = self.spool.pending(self._limit)
        except Exception as e:
            self._failure(f"cannot read the spool: {e}")
            return False
        if not rows:
            return False
        events = [event for _, event in rows]
        try:
            answer = self._post({"batch": batch_id(events), "events": events})
        except _Malformed as e:
            return self._malformed(rows, e)
        except ShippingError as e:
            self._failure(str(e), e.retry_after)
            return False
        accepted, duplicates = answer
        if accepted + duplicates != len(events):
            self._failure(f"the server confirmed {accepted + duplicates} of {len(events)} events; "
                          "keeping them all pending")
            return False
        try:
            self.spool.mark_shipped([seq for seq, _ in rows])
        except Exception as e:
            # The server has them: sending them again later only counts them as duplicates.
            self._failure(f"cannot mark shipped events in the spool: {e}")
            return False
        self.shipped += len(events)
        self.duplicates += duplicates
        self.batches += 1
        self._success()
        return True

    def _post(self, body: dict) -> tuple[int, int]:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        status, headers, raw = self._request(data)
        if status == 200:
            self._token_refused = False
            try:
                answer = json.loads(raw)
                if answer.get("batch") != body["batch"]:
                    raise ValueError("a different batch id")
                return int(answer["accepted"]), int(answer["duplicates"])
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise ShippingError(f"the server's answer is not an ingest result ({e})") from e
        message = server_error_message(raw)
        if status in MALFORMED:
            raise _Malformed(status, message)
        if status in TOKEN_REFUSED:
            self._token_refused = True    # read the file again before the next attempt
            raise ShippingError(f"the server refused this proxy's token ({status}: {message}); "
                                "check postwarden_server_token_file")
        retry_after = _retry_after(headers.get("retry-after"))
        raise ShippingError(f"the server answered {status}: {message}", retry_after)

    def _request(self, data: bytes) -> tuple[int, dict[str, str], bytes]:
        if self._token_refused:
            self._reload_token()
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self._token_value}",
                   "User-Agent": USER_AGENT, "Accept": "application/json"}
        for attempt in (1, 2):
            fresh = self._conn is None
            conn = self._connection()
            try:
                conn.request("POST", self.target.path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                if resp.will_close:
                    self._close()
                return resp.status, {k.lower(): v for k, v in resp.getheaders()}, raw
            except (OSError, http.client.HTTPException) as e:
                self._close()
                # A kept-alive connection the server closed while idle: one immediate retry on
                # a new one. A fresh connection failing is a real failure.
                if fresh or attempt == 2 or isinstance(e, (socket.timeout, ssl.SSLCertVerificationError)):
                    raise ShippingError(f"cannot reach {self.target.scheme}://{self.target.host}:"
                                        f"{self.target.port}: {describe_error(e)}") from e
        raise AssertionError("unreachable")

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = connection(self.target, self.timeout, self._ssl)
        return self._conn

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _reload_token(self) -> None:
        try:
            self._token_value = self._token()
        except (OSError, ValueError) as e:
            log.error("postwarden: cannot read the server token again: %s", e)

    # -- outcomes ---------------------------------------------------------------------------

    def _malformed(self, rows: list[tuple[int, dict]], e: _Malformed) -> bool:
        if len(rows) > 1:
            # Halve until the refused event is alone; the others ship in the smaller batches.
            self._limit = max(1, len(rows) // 2)
            log.warning("postwarden: the server refused a batch of %d events as malformed (%s); "
                        "sending smaller batches to find the event", len(rows), e)
            return True
        seq, event = rows[0]
        self.spool.mark_rejected([seq])
        self.rejected += 1
        log.error("postwarden: the server refused event %s (%s); it stays in the spool, marked "
                  "rejected, and is not sent again", event.get("id"), e)
        return True

    def _success(self) -> None:
        if self.consecutive_failures:
            log.warning("postwarden: shipping to %s works again after %d failed attempts",
                        self.target, self.consecutive_failures)
        self.consecutive_failures = 0
        self.last_error = ""
        self.last_success = time.monotonic()
        if self._limit < self.batch_size:
            self._limit = min(self.batch_size, self._limit * 2)

    def _failure(self, message: str, retry_after: float | None = None) -> None:
        self.failed += 1
        self.consecutive_failures += 1
        self.last_error = message
        delay = self.backoff(self.consecutive_failures)
        if retry_after is not None:
            delay = min(self.backoff_cap, max(delay, retry_after))
        self.delays.append(delay)
        # One log line per new kind of failure, then at most one a minute: a server down for
        # an hour must not fill the disk with the same line.
        now = time.monotonic()
        last_message, last_at = self._last_logged
        if message != last_message or now - last_at >= 60:
            log.warning("postwarden: shipping events failed (%d in a row): %s; retrying in %.1fs",
                        self.consecutive_failures, message, delay)
            self._last_logged = (message, now)

    def backoff(self, failures: int) -> float:
        """Exponential back-off with jitter: a random wait in [d/2, d], d = base * 2^(n-1),
        capped. The jitter keeps many proxies from retrying in step after an outage."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** min(failures - 1, 30)))
        return ceiling * (0.5 + 0.5 * self._rng.random())


class _Malformed(ShippingError):
    def __init__(self, status: int, message: str):
        super().__init__(f"{status}: {message}")
        self.status = status


def server_error_message(raw: bytes) -> str:
    """The server's error message (its one error body), or the start of whatever came back."""
    try:
        body = json.loads(raw)
        err = body.get("error") if isinstance(body, dict) else None
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])[:300]
    except ValueError:
        pass
    return raw[:200].decode("utf-8", "replace").strip() or "no body"


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def describe_error(e: BaseException) -> str:
    if isinstance(e, socket.timeout):
        return "no answer in time"
    if isinstance(e, ConnectionRefusedError):
        return "connection refused"
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__

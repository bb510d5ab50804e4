"""Acknowledgements the browser extension carries: the `X-Postwarden-Ack` request header.

When a member of staff proceeds past a warning in the extension, the server signs a token for
that school, that person and that text (server/acks.py, docs/interfaces.md) and the extension
sends the post with it. The proxy then lets that warned post through as acknowledged instead
of holding it a second time. A token counts only for a warn (never a block), only for the
user the proxy itself identified and the SHA-256 of the text the proxy itself extracted,
only until it expires, and only once here (spent tokens are kept on disk, so a restart of
the proxy does not make them good again). The header never reaches the platform.
"""
from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from mitmproxy import http

from addon.decide import Outcome
from addon.headers import get_all
from addon.pipeline import Inspection
from server import acks

ACK_HEADER = "x-postwarden-ack"
_ACK_NAME = ACK_HEADER.encode()
_METADATA = "postwarden_ack"
MAX_TOKEN = 512
MAX_REMEMBERED = 100_000


def take_header(flow: http.HTTPFlow) -> str | None:
    """Remove the header (every copy) from the request and return its value; a value taken
    by an earlier hook of the same flow is kept in the flow's metadata."""
    values = get_all(flow.request.headers, _ACK_NAME)
    if values:
        del flow.request.headers[ACK_HEADER]
        flow.metadata[_METADATA] = values[0].strip()[:MAX_TOKEN + 1]
    return flow.metadata.get(_METADATA)


class SpentTokens:
    """The acknowledgement tokens already used, until they expire: in memory, or in a small
    SQLite file that outlives a restart. Only each token's SHA-256 is kept. A token is spent
    once per post that was let through, so this is written rarely."""

    def __init__(self, path: Path | None = None):
        self._memory: dict[str, int] = {}   # digest -> expiry (Unix seconds)
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS spent (digest TEXT PRIMARY KEY, "
                             "expires INTEGER NOT NULL)")

    def spend(self, token: str, expires: int, now: float) -> bool:
        """Record the token as spent; False when it already was."""
        digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
        if self._db is not None:
            self._db.execute("DELETE FROM spent WHERE expires <= ?", (int(now),))
            return self._db.execute("INSERT OR IGNORE INTO spent (digest, expires) VALUES (?, ?)",
                                    (digest, expires)).rowcount == 1
        for d in [d for d, exp in self._memory.items() if exp <= now]:
            del self._memory[d]
        if digest in self._memory:
            return False
        if len(self._memory) >= MAX_REMEMBERED:
            self._memory.pop(next(iter(self._memory)))
        self._memory[digest] = expires
        return True

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class AckTokens:
    """Verifies tokens with the server's key and remembers the used ones until they expire."""

    def __init__(self, secret: bytes, school_id: str, clock: Callable[[], float] = time.time,
                 spent: SpentTokens | None = None):
        if not secret:
            raise ValueError("the acknowledgement key is empty")
        if not school_id:
            raise ValueError("acknowledgements need the school's id on the server")
        self.secret = secret
        self.school_id = school_id
        self.clock = clock
        self.spent = spent or SpentTokens()

    @classmethod
    def from_file(cls, path: Path, school_id: str) -> AckTokens:
        """The server's key file (<data_dir>/secret: hex). Spent tokens are kept in memory
        until the caller gives it a `SpentTokens` on disk."""
        text = Path(path).expanduser().read_text(encoding="utf-8").strip()
        try:
            secret = bytes.fromhex(text)
        except ValueError as e:
            raise ValueError(f"{path}: not a hex key") from e
        return cls(secret, school_id)

    def honour(self, token: str | None, user: str | None, text: str) -> bool:
        """True (and the token is spent) when it acknowledges exactly this user and text."""
        if not token or len(token) > MAX_TOKEN or not user:
            return False
        now = self.clock()
        if not acks.verify_token(self.secret, token, self.school_id, user, acks.post_hash(text),
                                 now=datetime.fromtimestamp(now, timezone.utc)):
            return False
        return self.spent.spend(token, int(token.split(".")[1]), now)

    def outcome(self, token: str | None, ins: Inspection, verdict: dict) -> Outcome | None:
        """An `acknowledged` outcome for a warned post the token covers, else None."""
        if verdict.get("decision") != "warn" or not ins.extracted.is_post_action:
            return None
        if self.honour(token, ins.user, ins.extracted.text):
            return Outcome("warn", "acknowledged")
        return None


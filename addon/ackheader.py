"""Acknowledgements the browser extension carries: the `X-Postwarden-Ack` request header.

When a member of staff proceeds past a warning in the extension, the server signs a token for
that school, that person and that text (server/acks.py, docs/interfaces.md) and the extension
sends the post with it. The proxy then lets that warned post through as acknowledged instead
of holding it a second time. A token counts only for a warn (never a block), only for the
user the proxy itself identified and the SHA-256 of the text the proxy itself extracted,
only until it expires, and only once here. The header never reaches the platform.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from mitmproxy import http

from addon.decide import Outcome
from addon.pipeline import Inspection
from server import acks

ACK_HEADER = "x-postwarden-ack"
_METADATA = "postwarden_ack"
MAX_TOKEN = 512
MAX_REMEMBERED = 100_000


def take_header(flow: http.HTTPFlow) -> str | None:
    """Remove the header (every copy) from the request and return its value; a value taken
    by an earlier hook of the same flow is kept in the flow's metadata."""
    values = flow.request.headers.get_all(ACK_HEADER)
    if values:
        del flow.request.headers[ACK_HEADER]
        flow.metadata[_METADATA] = values[0].strip()[:MAX_TOKEN + 1]
    return flow.metadata.get(_METADATA)


class AckTokens:
    """Verifies tokens with the server's key and remembers the used ones until they expire."""

    def __init__(self, secret: bytes, school_id: str, clock: Callable[[], float] = time.time):
        if not secret:
            raise ValueError("the acknowledgement key is empty")
        if not school_id:
            raise ValueError("acknowledgements need the school's id on the server")
        self.secret = secret
        self.school_id = school_id
        self.clock = clock
        self._used: dict[str, int] = {}   # token -> its expiry (Unix seconds)

    @classmethod
    def from_file(cls, path: Path, school_id: str) -> AckTokens:
        """The server's key file (<data_dir>/secret: hex)."""
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
        self._forget_expired(now)
        if token in self._used:
            return False
        if len(self._used) >= MAX_REMEMBERED:
            self._used.pop(next(iter(self._used)))
        self._used[token] = int(token.split(".")[1])
        return True

    def outcome(self, token: str | None, ins: Inspection, verdict: dict) -> Outcome | None:
        """An `acknowledged` outcome for a warned post the token covers, else None."""
        if verdict.get("decision") != "warn" or not ins.extracted.is_post_action:
            return None
        if self.honour(token, ins.user, ins.extracted.text):
            return Outcome("warn", "acknowledged")
        return None

    def _forget_expired(self, now: float) -> None:
        for token in [t for t, exp in self._used.items() if exp <= now]:
            del self._used[token]

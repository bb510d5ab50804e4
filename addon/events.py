"""Events: one record per monitored action (reads too), with content minimised by default.

`minimal` keeps a SHA-256 of the text and a short redacted excerpt (digits, e-mail addresses
and URLs masked); `hash` keeps only the hash and length; `full` keeps the text and the
findings' evidence (for deployments whose DPIA allows it). Findings always keep their
category, rule, clause and severity, which is what a reviewer triages on.
"""
from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime, timezone

from addon.pipeline import Inspection

CONTENT_MODES = ("minimal", "hash", "full")
EXCERPT = 80
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_URL = re.compile(r"https?://\S+")
_DIGIT = re.compile(r"\d")


def redact(text: str, limit: int = EXCERPT) -> str:
    # Each pattern needs its literal ("://", "@"): without one, its scan (the e-mail
    # pattern tries a match at every word character) cannot change the text.
    out = _URL.sub("[link]", text) if "://" in text else text
    out = _EMAIL.sub("[email]", out) if "@" in out else out
    out = _DIGIT.sub("#", out)
    out = " ".join(out.split())
    return out if len(out) <= limit else out[:limit - 1] + "…"


def content(text: str, mode: str) -> dict | None:
    if not text:
        return None
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    out: dict = {"sha256": digest, "length": len(text)}
    if mode == "minimal":
        out["excerpt"] = redact(text)
    elif mode == "full":
        out["text"] = text
    return out


def event_id() -> str:
    """`uuid.uuid4().hex`, bit for bit the same kind of id, without building a `UUID`
    (whose checks cost several times the random bytes, on every event)."""
    n = int.from_bytes(os.urandom(16), "big")
    n = (n & ~(0xc000 << 48)) | (0x8000 << 48)   # the RFC 4122 variant
    n = (n & ~(0xf000 << 64)) | (4 << 76)        # version 4
    return "%032x" % n


def make_event(ins: Inspection, verdict: dict, effect: str, mode: str = "minimal",
               ack: bool = False, unchecked: str | None = None) -> dict:
    ex = ins.extracted
    keep = ("category", "rule", "clause", "severity") + (("message", "evidence") if mode == "full" else ())
    reason = unchecked or ins.unchecked
    return {
        "id": event_id(),
        "at": ins.at.isoformat(),
        "logged_at": datetime.now(timezone.utc).isoformat(),
        "user": ins.user,
        "platform": ex.platform,
        "host": ins.host,
        "action": ex.action,
        "operation": ex.operation,
        "account": {"id": ex.account_id, "handle": ex.account_handle},
        "recipients": list(ex.recipients),
        "media": ins.media_refs(),
        "decision": verdict.get("decision", "allow"),
        "effect": effect,
        "status": "unchecked" if reason else "checked",
        "reason": reason,
        "ack": ack,
        "findings": [{k: f.get(k) for k in keep if k in f} for f in verdict.get("findings", [])],
        "content": content(ex.text, mode),
        "fallback": ex.fallback,
        "opaque": ex.opaque,
        "notes": list(ins.notes),
    }

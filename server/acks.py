"""Acknowledgement tokens: the server's signed "this member of staff chose to proceed past this
warning on this text", which the proxy honours without asking the server.

Pure functions, no web or database imports, so the proxy's addon can import them as they are.
The format is documented in docs/interfaces.md ("Acknowledgement tokens"):

    token   = "pwa1." + str(expires_unix) + "." + base64url_nopad(mac)
    mac     = HMAC-SHA256(secret, message)
    message = UTF-8 of the compact JSON array ["pwa1", school_id, user, post_hash, expires_unix]

`post_hash` is `post_hash(text)`: the SHA-256 of the text normalised, so the extension's copy
of a draft and the proxy's copy of what is sent agree however either spaces it.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import unicodedata
from datetime import datetime, timezone

VERSION = "pwa1"
#: How long an acknowledgement lets the acknowledged text through.
TTL_SECONDS = 600


def normalise_text(text: str) -> str:
    """NFC, every run of whitespace one space, trimmed: what a post hash is taken over."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def post_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()


def _mac(secret: bytes, school_id: str, user: str, digest: str, expires: int) -> bytes:
    message = json.dumps([VERSION, school_id, user, digest, expires], ensure_ascii=False,
                         separators=(",", ":"))
    return hmac.new(secret, message.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()


def make_token(secret: bytes, school_id: str, user: str, digest: str, expires_at: datetime) -> str:
    expires = int(expires_at.timestamp())
    mac = base64.urlsafe_b64encode(_mac(secret, school_id, user, digest, expires)).rstrip(b"=").decode()
    return f"{VERSION}.{expires}.{mac}"


def verify_token(secret: bytes, token: str, school_id: str, user: str, digest: str,
                 now: datetime | None = None) -> bool:
    """True when `token` acknowledges exactly this school, user and post hash, and has not expired."""
    version, _, rest = token.partition(".")
    expires_text, _, mac_text = rest.partition(".")
    if version != VERSION or not expires_text.isdigit() or not mac_text:
        return False
    expires = int(expires_text)
    now = now or datetime.now(timezone.utc)
    if now.timestamp() >= expires:
        return False
    try:
        mac = base64.urlsafe_b64decode(mac_text + "=" * (-len(mac_text) % 4))
    except (binascii.Error, ValueError):
        return False
    return hmac.compare_digest(mac, _mac(secret, school_id, user, digest, expires))

"""Who: the member of staff behind a flow, and the platform account the request posts as.

The member of staff comes from one configured source: mitmproxy's proxy authentication,
a map of client IP addresses, or a header signed with a shared secret (so a page cannot
claim to be someone else). The posting account comes from the platform's identity cookie
or body field, as the platform file says (`account`).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import json
from pathlib import Path
from mitmproxy import http

from addon.fields import RequestView, scalar
from addon.headers import get as header
from addon.platformmap import FieldSpec

MAX_TOKEN = 8192


def account_id(view: RequestView, specs: tuple[FieldSpec, ...], regex) -> str | None:
    """The first value the platform's `account` specs yield, cleaned; None if none does."""
    for spec in specs:
        for value in view.values(spec.field):
            text = scalar(value)
            if not text:
                continue
            if spec.jwt_claim:
                text = jwt_claim(text, spec.jwt_claim)
            elif spec.discord_token:
                text = discord_user_id(text)
            if text and spec.regex:
                m = regex(spec.regex).search(text)
                text = (m.group(1) if m.groups() else m.group(0)) if m else None
            if text:
                return text
    return None


def jwt_claim(authorization: str, claim: str) -> str | None:
    """A claim of the (unverified) JWT in `Bearer <jwt>` / `DPoP <jwt>`; identity only."""
    token = authorization.split(None, 1)[-1].strip()
    if len(token) > MAX_TOKEN or token.count(".") != 2:
        return None
    payload = _b64url(token.split(".")[1])
    if payload is None:
        return None
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    return scalar(data.get(claim)) if isinstance(data, dict) else None


def discord_user_id(token: str) -> str | None:
    first = token.split(".", 1)[0].strip()
    raw = _b64url(first) if len(first) < 64 else None
    text = raw.decode("ascii", "replace") if raw else ""
    return text if text.isdigit() else None


def _b64url(s: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    except (binascii.Error, ValueError):
        return None


class StaffIdentity:
    """Names the member of staff for a flow from the configured source."""

    SOURCES = ("proxyauth", "ipmap", "header")

    def __init__(self, source: str = "proxyauth", ip_map: dict | None = None,
                 header: str = "x-postwarden-user", secret: bytes | None = None):
        if source not in self.SOURCES:
            raise ValueError(f"unknown user source {source!r}; use one of {', '.join(self.SOURCES)}")
        if source == "header" and not secret:
            raise ValueError("the header user source needs a secret")
        self.source = source
        self.header = header.lower()
        self.secret = secret
        self.networks = [(ipaddress.ip_network(k, strict=False), v) for k, v in (ip_map or {}).items()]
        # Most specific network first.
        self.networks.sort(key=lambda kv: kv[0].prefixlen, reverse=True)

    def user(self, flow: http.HTTPFlow) -> str | None:
        if self.source == "proxyauth":
            return proxyauth_user(flow)
        if self.source == "ipmap":
            return self._ip_user(flow)
        return self._header_user(flow)

    def _ip_user(self, flow: http.HTTPFlow) -> str | None:
        peer = flow.client_conn.peername
        if not peer:
            return None
        try:
            addr = ipaddress.ip_address(peer[0])
        except ValueError:
            return None
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        for net, user in self.networks:
            if addr.version == net.version and addr in net:
                return user
        return None

    def _header_user(self, flow: http.HTTPFlow) -> str | None:
        """`<user>.<hex hmac-sha256(secret, user)>`; the header is removed before forwarding."""
        value = flow.request.headers.get(self.header)
        if value is None:
            return None
        del flow.request.headers[self.header]
        user, _, sig = value.strip().rpartition(".")
        if not user or not self.secret:
            return None
        want = hmac.new(self.secret, user.encode(), hashlib.sha256).hexdigest()
        return user if hmac.compare_digest(want, sig.lower()) else None

    @staticmethod
    def sign(secret: bytes, user: str) -> str:
        return f"{user}.{hmac.new(secret, user.encode(), hashlib.sha256).hexdigest()}"


def proxyauth_user(flow: http.HTTPFlow) -> str | None:
    """mitmproxy's proxyauth addon stores (user, password) in metadata; else parse the header."""
    meta = flow.metadata.get("proxyauth")
    if isinstance(meta, (tuple, list)) and meta and isinstance(meta[0], str) and meta[0]:
        return meta[0]
    value = header(flow.request.headers, b"proxy-authorization") or ""
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    raw = _b64url(token.strip().replace("+", "-").replace("/", "_"))
    if not raw:
        return None
    user = raw.decode("utf-8", "replace").split(":", 1)[0]
    return user or None


def load_ip_map(path: Path) -> dict[str, str]:
    """`network,user` lines (`10.0.3.17,j.jones`, `10.0.4.0/24,lab-4`); `#` comments."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        net, sep, user = (p.strip() for p in line.partition(","))
        if not sep or not user:
            raise ValueError(f"{path}:{n}: expected 'network,user'")
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError as e:
            raise ValueError(f"{path}:{n}: {e}") from e
        out[net] = user
    return out


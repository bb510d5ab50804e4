"""Shared helpers for the addon tests: real mitmproxy flows and the shipped platform map."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from mitmproxy import http
from mitmproxy.test import tflow

from addon.pipeline import Pipeline
from addon.platformmap import PlatformMap
from policies.model import Decision, Finding, Verdict

ROOT = Path(__file__).resolve().parents[2]
HAR_DIR = ROOT.parent / "shared" / "acceptance" / "har"

#: A tiny JPEG header is enough for the magic-byte sniffing; real JPEGs come from the HARs.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\r\n--not-a-boundary\r\n\x00\xff" * 20


@pytest.fixture(scope="session")
def pmap() -> PlatformMap:
    return PlatformMap.load()


@pytest.fixture
def pipeline(pmap) -> Pipeline:
    return Pipeline(pmap, None)


def make_flow(method: str, url: str, body: bytes | str | dict | None = None,
              headers: dict[str, str] | None = None, *, live: bool = True) -> http.HTTPFlow:
    hdrs = dict(headers or {})
    if isinstance(body, (dict, list)):
        content = json.dumps(body).encode()
        hdrs.setdefault("content-type", "application/json")
    elif isinstance(body, str):
        content = body.encode("utf-8")
    else:
        content = body or b""
    req = http.Request.make(method, url, b"", {})
    # raw_content and headers set directly: the bytes as sent (Request.make would re-encode
    # or drop a Content-Encoding header).
    req.raw_content = content
    for k, v in hdrs.items():
        req.headers[k] = v
    if content:
        req.headers["content-length"] = str(len(content))
    req.timestamp_start = 1_795_000_000.0
    return tflow.tflow(req=req, live=live)


def multipart(fields: list[tuple[str, str | None, str | None, bytes]],
              boundary: str = "----WebKitFormBoundaryTEST") -> tuple[bytes, str]:
    """(name, filename, content type, data) parts -> (body, content-type header)."""
    out = b""
    for name, filename, ctype, data in fields:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if ctype:
            out += f"Content-Type: {ctype}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


class FixedEngine:
    """A stand-in for the policy engine (a dependency here) that returns one decision."""

    def __init__(self, decision: str = "allow", explode: bool = False):
        self.decision = decision
        self.explode = explode
        self.posts = []

    def check(self, post) -> Verdict:
        self.posts.append(post)
        if self.explode:
            raise RuntimeError("engine exploded")
        if self.decision == "allow":
            return Verdict(Decision.ALLOW)
        finding = Finding(category="offensive", rule="test/1", severity="high", clause="Policy 1.1",
                          message="Contains profanity.", evidence="x", decision=Decision(self.decision),
                          signal="word", score=1.0, explanation=("test",))
        return Verdict.from_findings([finding])

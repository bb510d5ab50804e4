"""Acting on a verdict: forward, block with a clear answer, or hold a warning for acknowledgement.

`allow` forwards. `block` answers 403 itself (JSON for API calls, a page for navigations).
`warn` depends on the deployment: `hold` answers 428 with an acknowledgement link, `log`
forwards and records it. An acknowledgement is keyed to the member of staff and the exact
content, and lets that content through once.
"""
from __future__ import annotations

import hashlib
import html
import json
import secrets
import time
from dataclasses import dataclass
from typing import Callable

from mitmproxy import http

from addon.hostname import pretty_host
from addon.pipeline import Inspection

WARN_MODES = ("hold", "log")


@dataclass(frozen=True)
class Outcome:
    decision: str                 # allow | warn | block (the verdict's)
    effect: str                   # forwarded | blocked | held | passed_with_warning | acknowledged
    response: http.Response | None = None
    ack_token: str | None = None


def content_key(ins: Inspection) -> str:
    """The same person sending the same thing to the same place."""
    ex = ins.extracted
    h = hashlib.sha256()
    for part in (ins.user or "", ex.platform, ex.action, ex.account_id or "", ex.text,
                 "\x1f".join(ex.recipients), "\x1f".join(ex.media),
                 *(hashlib.sha256(i.data).hexdigest() for i in ins.images)):
        h.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    return h.hexdigest()


class Acts:
    def __init__(self, warn_mode: str = "hold", ack_host: str = "postwarden.invalid",
                 ack_ttl: float = 900.0, clock: Callable[[], float] = time.monotonic,
                 max_pending: int = 10_000):
        if warn_mode not in WARN_MODES:
            raise ValueError(f"warn mode {warn_mode!r}: use one of {', '.join(WARN_MODES)}")
        self.warn_mode = warn_mode
        self.ack_host = ack_host.lower()
        self.ack_ttl = ack_ttl
        self.clock = clock
        self.max_pending = max_pending
        self._offers: dict[str, tuple[str | None, str, float]] = {}   # token -> (user, key, expiry)
        self._acks: dict[tuple[str | None, str], float] = {}          # (user, key) -> expiry

    def apply(self, ins: Inspection, verdict: dict, flow: http.HTTPFlow) -> Outcome:
        """Decide, then (last) set the answer on the flow when it must not go upstream."""
        decision = verdict.get("decision", "allow")
        if decision == "block":
            outcome = Outcome("block", "blocked", self._answer(flow, 403, "blocked", ins, verdict))
        elif decision == "warn":
            key = content_key(ins)
            if self._consume_ack(ins.user, key):
                outcome = Outcome("warn", "acknowledged")
            elif self.warn_mode == "log":
                outcome = Outcome("warn", "passed_with_warning")
            else:
                token = self._offer(ins.user, key)
                outcome = Outcome("warn", "held",
                                  self._answer(flow, 428, "held", ins, verdict, token), token)
        else:
            outcome = Outcome("allow", "forwarded")
        if outcome.response is not None:
            flow.response = outcome.response
        return outcome

    # -- acknowledgements ---------------------------------------------------------------

    def ack_url(self, token: str) -> str:
        return f"http://{self.ack_host}/ack/{token}"

    def is_ack_request(self, flow: http.HTTPFlow) -> bool:
        return (pretty_host(flow.request) or "").lower() == self.ack_host

    def answer_ack(self, flow: http.HTTPFlow, user: str | None) -> bool:
        """Handle a visit to the acknowledgement link; True when it recorded an ack."""
        token = flow.request.path.split("?", 1)[0].rsplit("/", 1)[-1]
        self._expire()
        offer = self._offers.get(token)
        ok = offer is not None and offer[0] == user
        if ok:
            del self._offers[token]
            self._acks[(user, offer[1])] = self.clock() + self.ack_ttl
            body = "Acknowledged. Send your post again to publish it."
        else:
            body = "This acknowledgement link is unknown, expired, or for someone else."
        flow.response = http.Response.make(
            200 if ok else 404, _page("postwarden", body), {"content-type": "text/html; charset=utf-8",
                                                           "cache-control": "no-store"})
        return ok

    def _offer(self, user: str | None, key: str) -> str:
        self._expire()
        if len(self._offers) >= self.max_pending:
            self._offers.pop(next(iter(self._offers)))
        token = secrets.token_urlsafe(18)
        self._offers[token] = (user, key, self.clock() + self.ack_ttl)
        return token

    def _consume_ack(self, user: str | None, key: str) -> bool:
        self._expire()
        return self._acks.pop((user, key), None) is not None

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, (_, _, exp) in self._offers.items() if exp < now]:
            del self._offers[token]
        for k in [k for k, exp in self._acks.items() if exp < now]:
            del self._acks[k]

    # -- answers ------------------------------------------------------------------------

    def _answer(self, flow: http.HTTPFlow, status: int, effect: str, ins: Inspection,
                verdict: dict, token: str | None = None) -> http.Response:
        findings = [{k: f.get(k) for k in ("category", "clause", "message") if f.get(k)}
                    for f in verdict.get("findings", [])]
        if effect == "blocked":
            message = "postwarden blocked this: it breaks your school's social media policy."
        else:
            message = ("postwarden held this: it may break your school's social media policy. "
                       "Open the acknowledgement link, then send it again to publish it.")
        headers = {"cache-control": "no-store", "x-postwarden": effect}
        if _wants_html(flow):
            items = "".join(f"<li>{html.escape(f.get('message', ''))} "
                            f"<small>({html.escape(f.get('clause', ''))})</small></li>"
                            for f in findings)
            link = (f'<p><a href="{html.escape(self.ack_url(token))}">I have read this and want to '
                    f"post anyway</a></p>" if token else "")
            headers["content-type"] = "text/html; charset=utf-8"
            return http.Response.make(status, _page("postwarden", html.escape(message),
                                                    f"<ul>{items}</ul>{link}"), headers)
        body = {"error": f"postwarden_{effect}", "message": message,
                "postwarden": {"decision": verdict.get("decision"), "platform": ins.platform,
                               "action": ins.action, "findings": findings}}
        if token:
            body["postwarden"]["ack_url"] = self.ack_url(token)
        headers["content-type"] = "application/json"
        return http.Response.make(status, json.dumps(body, ensure_ascii=False), headers)


def _wants_html(flow: http.HTTPFlow) -> bool:
    h = flow.request.headers
    if h.get("x-requested-with") or h.get("sec-fetch-mode", "").lower() in ("cors", "same-origin"):
        return False
    return h.get("sec-fetch-dest", "").lower() == "document" or (
        "text/html" in h.get("accept", "") and flow.request.method.upper() == "GET")


def _page(title: str, message: str, extra: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"</head><body><h1>{html.escape(title)}</h1><p>{message}</p>{extra}</body></html>")

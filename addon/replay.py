"""`postwarden replay`: run a HAR file's requests through the addon's pipeline, offline.

mitmproxy's own HAR loader (`mitmproxy.io.har.request_to_flow`) rebuilds each flow, so
bodies come back byte-exact (charset and Content-Encoding included); addon/harentry.py first
makes other exporters' entries (Firefox, proxies, base64 or params-only bodies, cookies only in
`cookies`) into what it reads. The member of staff is `--user`, else the request's proxy
credentials, else those of the CONNECT tunnel it travelled in (StaffUsers). Each entry runs the
request side of the pipeline before its recorded response is shown to the response side,
exactly the order the live addon sees. One JSON line per monitored entry (CONTRACT §4).
"""
from __future__ import annotations

import base64
import binascii
import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from mitmproxy import http
from mitmproxy.io import har

from addon.chatframes import read_frame, socket_spec
from addon.harentry import minimal_response, normalise
from addon.identity import proxyauth_user
from addon.pipeline import Inspection, Pipeline
from policies.model import Decision

log = logging.getLogger(__name__)


def load_entries(path: Path) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = data.get("log", {}).get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: not a HAR file (no log.entries list)")
    return entries


def load_flow(entry: dict, started: str | None = None) -> http.HTTPFlow:
    """The entry as a flow, whichever exporter wrote it (addon/harentry.py). A response the
    loader cannot rebuild is reduced to its status rather than losing the request."""
    entry = normalise(entry, started)
    try:
        return har.request_to_flow(entry)
    except Exception as first:
        try:
            return har.request_to_flow(minimal_response(entry))
        except Exception:
            raise first from None


class StaffUsers:
    """Who the member of staff is when the request does not say. A proxy's capture holds the
    CONNECT that opened each tunnel, with the Proxy-Authorization the browser sent; the
    requests inside the tunnel do not repeat it (and mitmproxy strips it). So a request's user
    is its own credentials, else those of the tunnel to its host and port, else the last
    credentials the session sent (one browser's recording: HTTP/2 reuses a tunnel for
    other hosts of the same certificate)."""

    def __init__(self) -> None:
        self.tunnels: dict[str, str] = {}
        self.last: str | None = None

    def user(self, flow: http.HTTPFlow) -> str | None:
        own = proxyauth_user(flow)
        req = flow.request
        authority = f"{(req.host or '').lower()}:{req.port}"
        if own:
            self.last = own
            if req.method.upper() == "CONNECT":
                self.tunnels[authority] = own
            return own
        return self.tunnels.get(authority) or self.last


def replay(entries: list[dict], pipeline: Pipeline, out: TextIO, user: str | None = None) -> int:
    """Write one line per monitored entry; return how many entries could not be handled."""
    problems = 0
    staff = StaffUsers()
    started: str | None = None
    for index, entry in enumerate(entries):
        try:
            flow = load_flow(entry, started)
        except Exception as e:   # a malformed entry must not stop the replay
            log.warning("entry %d: cannot load: %s", index, e)
            problems += 1
            continue
        started = entry.get("startedDateTime") if isinstance(entry.get("startedDateTime"), str) else started
        recorded = flow.response
        flow.response = None
        try:
            ins = pipeline.inspect(flow, user or staff.user(flow))
        except Exception as e:
            log.exception("entry %d: inspection failed: %s", index, e)
            problems += 1
            continue
        if ins is None:
            continue
        verdict: dict[str, Any]
        try:
            verdict = pipeline.judge(ins)
        except Exception as e:
            log.exception("entry %d: engine failed: %s", index, e)
            verdict = {"decision": "allow", "findings": [], "error": f"engine failed: {e}"}
            problems += 1
        if ins.unchecked:
            verdict = {**verdict, "unchecked": ins.unchecked}
        flow.response = recorded
        try:
            pipeline.learn(flow, ins)
        except Exception as e:
            log.exception("entry %d: learning from the response failed: %s", index, e)
        name_recipients(ins, pipeline)
        line = {"index": index, **ins.record(), "verdict": verdict}
        try:
            messages = chat_messages(entry, ins, pipeline)
            if messages:
                line.update(_messages_line(messages, pipeline))
        except Exception as e:
            log.exception("entry %d: reading its chat frames failed: %s", index, e)
            problems += 1
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return problems


def name_recipients(ins: Inspection, pipeline: Pipeline) -> None:
    """Recipients still named by an id get the handle the request's own response named
    (an X DM or follow answers with the user objects). The verdict was already given
    before the response, as the live addon gives it; only the line's account of whom the
    action was aimed at improves."""
    ex = ins.extracted
    if ex.recipients:
        ex.recipients = list(dict.fromkeys(pipeline.directory.handle(ex.platform, r) or r
                                           for r in ex.recipients))


def chat_messages(entry: dict, ins: Inspection, pipeline: Pipeline) -> list[Inspection]:
    """The chat messages in a recorded WebSocket's client frames (`_webSocketMessages`, as
    Chrome and mitmproxy export them), one Inspection each, when the handshake is a socket
    the platform map can read (Messenger, Instagram: MQTT); [] otherwise (WhatsApp: opaque)."""
    frames = entry.get("_webSocketMessages")
    platform = pipeline.pmap.platforms.get(ins.platform)
    spec = socket_spec(platform, ins.extracted.rule) if platform is not None else None
    if spec is None or not isinstance(frames, list):
        return []
    out: list[Inspection] = []
    for frame in frames:
        if not isinstance(frame, dict) or frame.get("type") != "send" or frame.get("opcode") != 2:
            continue   # server frames, and text frames (never MQTT)
        try:
            data = base64.b64decode(frame.get("data") or "", validate=True)
        except (binascii.Error, ValueError, TypeError):
            continue
        when = frame.get("time")
        at = (datetime.fromtimestamp(when, timezone.utc) if isinstance(when, (int, float)) else ins.at)
        for ex in read_frame(platform, spec, data, ins.extracted.account_id, ins.extracted.account_handle):
            msg = Inspection(ex, ins.user, at, ins.host, notes=[f"websocket:{spec.framing}"])
            if ex.media:
                pipeline.attach(platform, msg)
            out.append(msg)
    return out


def _messages_line(messages: list[Inspection], pipeline: Pipeline) -> dict:
    """One replay line for a socket entry's messages: each is judged on its own (as the live
    addon does); the line carries their texts, recipients and media, and the strictest verdict."""
    verdicts = [pipeline.judge(m) for m in messages]
    recipients: list[str] = []
    media: list[str] = []
    for m in messages:
        recipients += [r for r in m.extracted.recipients if r not in recipients]
        media += [r for r in m.media_refs() if r not in media]
    return {
        "action": messages[0].action,
        "text": "\n".join(m.extracted.text for m in messages if m.extracted.text),
        "recipients": recipients,
        "media": media,
        "verdict": {"decision": str(Decision.strictest(Decision(v["decision"]) for v in verdicts)),
                    "findings": [f for v in verdicts for f in v.get("findings", [])]},
    }

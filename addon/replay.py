"""`postwarden replay`: run a HAR file's requests through the addon's pipeline, offline.

mitmproxy's own HAR loader (`mitmproxy.io.har.request_to_flow`) rebuilds each flow, so
bodies come back byte-exact (charset and Content-Encoding included). Each entry runs the
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

from mitmproxy.io import har

from addon.chatframes import read_frame, socket_spec
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


def replay(entries: list[dict], pipeline: Pipeline, out: TextIO, user: str | None = None) -> int:
    """Write one line per monitored entry; return how many entries could not be handled."""
    problems = 0
    for index, entry in enumerate(entries):
        try:
            flow = har.request_to_flow(entry)
        except Exception as e:   # a malformed entry must not stop the replay
            log.warning("entry %d: cannot load: %s", index, e)
            problems += 1
            continue
        recorded = flow.response
        flow.response = None
        try:
            ins = pipeline.inspect(flow, user or proxyauth_user(flow))
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

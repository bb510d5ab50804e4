"""`postwarden replay`: run a HAR file's requests through the addon's pipeline, offline.

mitmproxy's own HAR loader (`mitmproxy.io.har.request_to_flow`) rebuilds each flow, so
bodies come back byte-exact (charset and Content-Encoding included). Each entry runs the
request side of the pipeline before its recorded response is shown to the response side,
exactly the order the live addon sees. One JSON line per monitored entry (CONTRACT §4).
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, TextIO

from mitmproxy.io import har

from addon.identity import proxyauth_user
from addon.pipeline import Pipeline

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
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return problems

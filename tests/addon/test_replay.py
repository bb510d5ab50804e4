"""Replay of the shared dev HAR sessions: extraction matches every label, nothing extra."""
import io
import json

import pytest

from addon.pipeline import Pipeline
from addon.replay import load_entries, replay

from .conftest import HAR_DIR

POST_ACTIONS = {"post", "reply", "comment", "dm", "upload", "follow", "friend_request", "profile_update"}
HARS = sorted(HAR_DIR.glob("*.har")) if HAR_DIR.is_dir() else []


@pytest.mark.skipif(not HARS, reason="the shared acceptance HARs are not present")
@pytest.mark.parametrize("har", HARS, ids=[h.stem for h in HARS])
def test_replay_meets_extraction_labels(pmap, har):
    out = io.StringIO()
    assert replay(load_entries(har), Pipeline(pmap, None), out) == 0
    got = {r["index"]: r for r in map(json.loads, out.getvalue().splitlines())}
    labels = {lab["index"]: lab for lab in map(json.loads, har.with_suffix(".expect.jsonl").read_text().splitlines())}
    for idx, lab in labels.items():
        rec = got[idx]
        assert rec["platform"] == lab["platform"]
        if "action" in lab:
            assert rec["action"] == lab["action"], idx
        if "text_contains" in lab:
            assert lab["text_contains"].casefold() in rec["text"].casefold()
        if "recipients" in lab:
            assert {r.casefold() for r in lab["recipients"]} <= {r.casefold() for r in rec["recipients"]}
        if "account_id" in lab:
            assert rec["account"]["id"] == lab["account_id"]
    extra = [i for i, r in got.items() if i not in labels and r["action"] in POST_ACTIONS]
    assert extra == []


def test_replay_survives_malformed_entries(pmap):
    entries = [{"request": {}}, {"startedDateTime": "2026-01-01T00:00:00Z", "time": 1,
               "request": {"method": "GET", "url": "https://x.com/home", "httpVersion": "HTTP/2", "headers": []},
               "response": {"status": 200, "httpVersion": "HTTP/2", "headers": [], "content": {}}}]
    out = io.StringIO()
    assert replay(entries, Pipeline(pmap, None), out) == 1
    assert json.loads(out.getvalue())["index"] == 1

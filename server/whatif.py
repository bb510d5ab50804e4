"""What an edit to the school's rules would have changed: the last N days of logged events
re-judged under the edited engine, before the edit is saved.

Stored events keep minimised content (by default no text at all), so only the checks that
depend on when, who, where and which account can be re-run: directed time (time, staff
member, personal or official account) and posting holds (time, platform, official account).
Every other finding (text, images) is kept exactly as it was logged; the page says so.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from policies.detectors.base import PostContext
from policies.engine import Engine
from policies.model import Account, Decision, Finding, Post
from server.db import Queries, parse_ts, ts

#: The categories whose checks read no text: the only ones a stored event can be re-judged on.
REJUDGED = ("directed_time", "posting_hold")
MAX_EVENTS = 50_000
MAX_SHOWN = 200


@dataclass
class Change:
    id: str
    at: str
    staff_ref: str
    platform: str
    before: str
    after: str
    added: list[str]
    removed: list[str]


@dataclass
class WhatIf:
    days: int
    examined: int = 0
    truncated: bool = False
    changes: list[Change] = field(default_factory=list)
    added: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    decisions: Counter = field(default_factory=Counter)    # "warn -> allow": n

    @property
    def categories(self) -> list[str]:
        return sorted(set(self.added) | set(self.removed))

    @property
    def shown(self) -> list[Change]:
        return self.changes[:MAX_SHOWN]


def rejudge(engine: Engine, post: Post) -> list[Finding]:
    """The findings of the text-free checks only, as `engine` judges them."""
    ctx = PostContext(post, engine.school, engine.pack, engine.matcher, engine.school_context)
    out = []
    for detector in engine.detectors:
        if detector.CATEGORY in REJUDGED:
            for hit in detector.detect(ctx):
                finding = engine.judge(ctx, hit)
                if finding is not None:
                    out.append(finding)
    return out


def _kept_decision(engine: Engine, post: Post, kept: list[dict], logged: str) -> Decision:
    """The decision of the findings we cannot re-judge: each rule's decision for this kind of
    account under the edited pack; the logged decision when a rule is no longer known."""
    if not kept:
        return Decision.ALLOW
    ctx = PostContext(post, engine.school, engine.pack, engine.matcher, engine.school_context)
    rules = {r.id: r for r in engine.pack.rules}
    out = []
    for f in kept:
        rule = rules.get(f.get("rule") or "")
        out.append(rule.decide(ctx.kind) if rule is not None else Decision(logged))
    return Decision.strictest(out)


async def what_if(q: Queries, school_id: str, engine: Engine, now: datetime, days: int) -> WhatIf:
    rows = await q.fetch("SELECT id, at, staff_ref, platform, action, decision, body FROM events "
                         "WHERE school_id = ? AND at >= ? AND at <= ? ORDER BY at DESC LIMIT ?",
                         school_id, ts(now - timedelta(days=days)), ts(now), MAX_EVENTS + 1)
    result = WhatIf(days=days, truncated=len(rows) > MAX_EVENTS)
    for r in rows[:MAX_EVENTS]:
        body = json.loads(r["body"])
        account = body.get("account") or {}
        post = Post(platform=(r["platform"] or "").lower(), action=r["action"] or "post",
                    account=Account(account.get("handle"), account.get("id")),
                    user=r["staff_ref"] or None, at=parse_ts(r["at"]))
        result.examined += 1
        findings = body.get("findings") or []
        kept = [f for f in findings if f.get("category") not in REJUDGED]
        old = sorted(f"{f.get('category')}:{f.get('rule')}" for f in findings if f.get("category") in REJUDGED)
        fresh = rejudge(engine, post)
        new = sorted(f"{f.category}:{f.rule}" for f in fresh)
        decision = Decision.strictest([_kept_decision(engine, post, kept, r["decision"])] +
                                      [f.decision for f in fresh])
        before = r["decision"] if r["decision"] in {d.value for d in Decision} else "allow"
        if old == new and str(decision) == before:
            continue
        added = [x.split(":")[0] for x in new if x not in old]
        removed = [x.split(":")[0] for x in old if x not in new]
        result.added.update(added)
        result.removed.update(removed)
        if str(decision) != before:
            result.decisions[f"{before} → {decision}"] += 1
        result.changes.append(Change(r["id"], body.get("at") or r["at"], r["staff_ref"], r["platform"],
                                     before, str(decision), added, removed))
    return result

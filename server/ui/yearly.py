"""The yearly review of filtering and monitoring (the DfE's filtering and monitoring standards
ask schools to review their provision at least once a year): one document for the year with
the rules in force, what was found, what reviewers did about it, and what admins changed.

It is built from counts and the audit log's action names only: no post, excerpt, handle,
member of staff or pupil appears in it, so it can go to governors. Months and the year are
the school's own (its timetable's time zone). GET /review/yearly?year=YYYY answers the page;
`&format=json` the same document as a download. Each one is audited as an export.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from aiohttp import web

from server import keys
from server.access import require
from server.api.review_common import school_of_request, school_zone
from server.db import Queries, now_ts, parse_ts, ts
from server.errors import ApiError
from server.event_views import KINDS
from server.ui.render import page, render

#: Audit actions that are admins' changes (not reads, logins or exports).
CHANGE_PREFIXES = ("school.", "token.", "account.", "declaration.approve", "declaration.reject")
#: Targets that name a thing, not a person, and so may appear in the document.
SAFE_TARGETS = ("school:", "token:")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _year(request: web.Request, zone) -> int:
    raw = request.query.get("year") or str(datetime.now(zone).year)
    if not (raw.isdigit() and len(raw) == 4 and 2000 <= int(raw) <= 2999):
        raise ApiError(400, "`year` is a year such as 2026", details={"parameter": "year"})
    return int(raw)


def rules_in_force(engine) -> dict[str, Any]:
    pack = engine.pack
    return {"id": pack.id, "title": pack.title, "version": pack.version, "policy": pack.policy,
            "rules": [{"id": r.id, "category": r.category, "status": r.status.value, "severity": r.severity.value,
                       "clause": pack.cite(r), "decision": {"personal": r.decision.personal.value,
                                                            "official": r.decision.official.value}}
                      for r in pack.rules]}


async def findings(q: Queries, school: str, bounds: list[tuple[str, str]]) -> dict[str, Any]:
    """Flagged events by category and month, decisions, and triage outcomes; each month is one
    indexed range on (school_id, kind, at)."""
    by_category: dict[str, list[int]] = defaultdict(lambda: [0] * 12)
    decisions: Counter = Counter()
    triage: Counter = Counter()
    flagged = [0] * 12
    for m, (start, end) in enumerate(bounds):
        rows = await q.fetch("SELECT categories, decision, triage, COUNT(*) AS n FROM events "
                             "WHERE school_id = ? AND kind = 'flagged' AND at >= ? AND at < ? "
                             "GROUP BY categories, decision, triage", school, start, end)
        for r in rows:
            n = int(r["n"])
            flagged[m] += n
            decisions[r["decision"]] += n
            triage[r["triage"]] += n
            for category in (r["categories"] or "").split() or ["(none)"]:
                by_category[category][m] += n
    # One count per kind: each a range of the (school_id, kind, at) index, no row read.
    kinds = {}
    for kind in KINDS:
        n = int(await q.fetchval("SELECT COUNT(*) FROM events WHERE school_id = ? AND kind = ? AND at >= ? AND at < ?",
                                 school, kind, bounds[0][0], bounds[-1][1]))
        if n:
            kinds[kind] = n
    return {"flagged_by_month": flagged,
            "by_category": {c: {"months": v, "total": sum(v)} for c, v in sorted(by_category.items())},
            "decisions": dict(sorted(decisions.items())), "triage": dict(sorted(triage.items())),
            "events_by_kind": kinds}


async def changes(q: Queries, school: str, start: str, end: str, zone) -> dict[str, Any]:
    rows = await q.fetch("SELECT at, action, target FROM audit_log WHERE school_id = ? AND at >= ? AND at < ? "
                         "ORDER BY seq", school, start, end)
    listed = []
    for r in rows:
        if not r["action"].startswith(CHANGE_PREFIXES):
            continue
        target = r["target"] if str(r["target"]).startswith(SAFE_TARGETS) else ""
        listed.append({"date": parse_ts(r["at"]).astimezone(zone).date().isoformat(), "action": r["action"],
                       "target": target})
    return {"count": len(listed), "by_action": dict(sorted(Counter(c["action"] for c in listed).items())),
            "list": listed}


async def build(request: web.Request, school: str, year: int) -> dict[str, Any]:
    zone = school_zone(request.app, school)
    starts = [datetime(year, m, 1, tzinfo=zone) for m in range(1, 13)] + [datetime(year + 1, 1, 1, tzinfo=zone)]
    bounds = [(ts(starts[i]), ts(starts[i + 1])) for i in range(12)]
    db = request.app[keys.DB]
    runtime = request.app[keys.SCHOOLS][school]
    return {"school": {"id": school, "name": runtime.name}, "year": year, "time_zone": str(zone),
            "generated_at": parse_ts(now_ts()).isoformat(), "months": list(MONTHS),
            "pack": rules_in_force(runtime.engine),
            "findings": await findings(db, school, bounds),
            "changes": await changes(db, school, bounds[0][0], bounds[-1][1], zone)}


@page
async def yearly(request: web.Request) -> web.StreamResponse:
    who = require(request, "reviewer", "admin")
    school = school_of_request(request, who)
    year = _year(request, school_zone(request.app, school))
    fmt = request.query.get("format", "html")
    if fmt not in ("html", "json"):
        raise ApiError(400, "`format` is html or json", details={"parameter": "format"})
    doc = await build(request, school, year)
    app = request.app
    await app[keys.AUDIT].record(who.actor, "review.yearly_export", school_id=school, target=f"school:{school}",
                                 detail={"year": year, "format": fmt})
    if fmt == "json":
        resp = web.Response(text=json.dumps(doc, ensure_ascii=False, indent=2), content_type="application/json",
                            charset="utf-8")
        resp.headers["Content-Disposition"] = f'attachment; filename="postwarden-review-{school}-{year}.json"'
        return resp
    top = max([1] + doc["findings"]["flagged_by_month"])
    return render(request, "review/yearly.html", doc=doc, top=top,
                  json_query=f"?year={year}&format=json" + (f"&school={school}" if "school" in request.query else ""),
                  years=list(range(year - 3, year + 2)), request_school=request.query.get("school"))


def setup(app: web.Application) -> None:
    app.router.add_get("/review/yearly", yearly)

"""Subject access: everything this server holds about one member of staff, as one JSON document
(UK GDPR article 15), with other people's identifiers redacted.

It holds: their accounts, their events (with findings and the clauses they cite, the stored
excerpt, notes and challenges), their acknowledgements and false-positive reports, and who
opened, triaged or exported their events (from the audit log). Redacted, as "[redacted]":
the recipients of their messages, the authors of notes and of audit entries who are not
themselves, and the findings' `evidence` (which quotes the pupil or colleague a rule matched).
Their own words (excerpts, their comments, justifications) are theirs and kept.

Every export is audited ("sar.export", with counts only). The audit row is written after the
reads and before anything is returned, so no export leaves the server unaudited; the
audit rows about the subject's events (and earlier exports about them) are listed as
`accesses`, with whoever acted redacted unless it was the subject.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from server.audit import AuditLog
from server.db import Queries
from server.event_views import body_of, iso, summary

REDACTED = "[redacted]"
#: Event ids per `IN (...)` when reading the audit rows about them.
_CHUNK = 500


def _redact_body(body: dict[str, Any]) -> dict[str, Any]:
    out = dict(body)
    if isinstance(out.get("recipients"), list):
        out["recipients"] = [REDACTED for _ in out["recipients"]]
    findings = []
    for f in out.get("findings") or []:
        f = dict(f) if isinstance(f, dict) else {}
        if f.get("evidence"):
            f["evidence"] = REDACTED
        findings.append(f)
    out["findings"] = findings
    return out


def _json_list(text: str) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text


async def export_subject(db: Queries, audit: AuditLog, school_id: str, staff_ref: str, *, actor: str,
                         now: datetime) -> dict[str, Any]:
    """The subject-access export of `staff_ref` at `school_id`, audited as done by `actor`."""
    target = f"staff:{staff_ref}"
    accounts = await db.fetch(
        "SELECT id, username, display_name, role, school_id, created_at, updated_at, disabled_at FROM accounts "
        "WHERE staff_ref = ? AND (school_id = ? OR school_id IS NULL) ORDER BY id", staff_ref, school_id)
    own_ids = {int(a["id"]) for a in accounts}
    own_actors = {f"account:{a['id']}:{a['username']}" for a in accounts}

    events = await db.fetch("SELECT * FROM events WHERE school_id = ? AND staff_ref = ? ORDER BY at, seq",
                            school_id, staff_ref)
    ids = [e["id"] for e in events]
    notes: dict[str, list[dict[str, Any]]] = {}
    accesses: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for n in await db.fetch("SELECT n.event_id, n.kind, n.text, n.at, n.author_id, a.username "
                                "FROM event_notes n LEFT JOIN accounts a ON a.id = n.author_id "
                                f"WHERE n.event_id IN ({marks}) ORDER BY n.at, n.id", *chunk):
            mine = n["author_id"] is not None and int(n["author_id"]) in own_ids
            notes.setdefault(n["event_id"], []).append({
                "kind": n["kind"], "text": n["text"], "at": iso(n["at"]),
                "author": n["username"] if mine else REDACTED})
        for r in await db.fetch("SELECT seq, at, actor, action, target FROM audit_log "
                                f"WHERE school_id = ? AND target IN ({marks}) ORDER BY seq", school_id, *chunk):
            accesses.append({"at": iso(r["at"]), "action": r["action"], "event": r["target"],
                             "by": "you" if r["actor"] in own_actors else REDACTED})
    for r in await db.fetch("SELECT at, actor, action FROM audit_log WHERE school_id = ? AND target = ? "
                            "ORDER BY seq", school_id, target):
        accesses.append({"at": iso(r["at"]), "action": r["action"], "event": None,
                         "by": "you" if r["actor"] in own_actors else REDACTED})
    accesses.sort(key=lambda a: a["at"])

    out_events = []
    for e in events:
        s = summary(e)
        s.pop("assignee_id")
        out_events.append({**s, "excerpt": e["excerpt"], "content_hash": e["content_hash"],
                           "event": _redact_body(body_of(e)), "notes": notes.get(e["id"], [])})

    acks = await db.fetch("SELECT post_hash, platform, decision, rules, justification, created_at, expires_at, "
                          "retain_until FROM acknowledgements WHERE school_id = ? AND staff_ref = ? "
                          "ORDER BY created_at, id", school_id, staff_ref)
    reports = await db.fetch("SELECT post_hash, event_id, rules, comment, state, created_at, retain_until "
                             "FROM reports WHERE school_id = ? AND staff_ref = ? ORDER BY created_at, id",
                             school_id, staff_ref)
    await audit.record(actor, "sar.export", school_id=school_id, target=target,
                       detail={"events": len(events), "acknowledgements": len(acks), "reports": len(reports)})
    return {
        "subject": {"school": school_id, "staff_ref": staff_ref},
        "generated_at": now.isoformat(),
        "redaction": f"Other people's identifiers are shown as {REDACTED!r}.",
        "accounts": [{"username": a["username"], "display_name": a["display_name"], "role": a["role"],
                      "school": a["school_id"], "created_at": iso(a["created_at"]),
                      "updated_at": iso(a["updated_at"]), "disabled_at": iso(a["disabled_at"])} for a in accounts],
        "events": out_events,
        "acknowledgements": [{**a, "rules": _json_list(a["rules"]), "created_at": iso(a["created_at"]),
                              "expires_at": iso(a["expires_at"]), "retain_until": iso(a["retain_until"])}
                             for a in acks],
        "reports": [{**r, "rules": _json_list(r["rules"]), "created_at": iso(r["created_at"]),
                     "retain_until": iso(r["retain_until"])} for r in reports],
        "accesses": accesses,
    }

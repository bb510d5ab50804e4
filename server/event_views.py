"""How stored events are selected and shown: the filter-and-page query the review API and its
exports share, and the shapes an event takes in API bodies.

A summary has what reviewers sort and filter on, never content (no excerpt, no findings'
text), so listing the queue reads no post. The full view adds the stored event (excerpt,
findings, the rest of the body) and its notes; the API audits every full view.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from server.db import Queries, parse_ts, ts

KINDS = ("usage", "flagged", "unchecked")
DECISIONS = ("allow", "warn", "block")
TRIAGE = ("none", "new", "in_review", "escalated_dsl", "escalated_hr", "closed")
SUMMARY_COLUMNS = ("seq", "id", "school_id", "source", "staff_ref", "at", "received_at", "platform", "action",
                   "decision", "effect", "status", "kind", "categories", "acknowledged", "retain_until",
                   "triage", "assignee_id", "triage_updated_at")
_CATEGORY = re.compile(r"^[A-Za-z0-9_.:-]{1,120}$")


def iso(stamp: str | None) -> str | None:
    return None if stamp is None else parse_ts(stamp).isoformat()


def summary(row: dict[str, Any]) -> dict[str, Any]:
    """An event without its content."""
    return {
        "id": row["id"], "school": row["school_id"], "source": row["source"], "staff_ref": row["staff_ref"],
        "at": iso(row["at"]), "received_at": iso(row["received_at"]), "platform": row["platform"],
        "action": row["action"], "decision": row["decision"], "effect": row["effect"], "status": row["status"],
        "kind": row["kind"], "categories": row["categories"].split(), "acknowledged": bool(row["acknowledged"]),
        "triage": row["triage"], "assignee_id": row["assignee_id"],
        "triage_updated_at": iso(row["triage_updated_at"]), "retain_until": iso(row["retain_until"]),
    }


def body_of(row: dict[str, Any]) -> dict[str, Any]:
    try:
        body = json.loads(row["body"])
    except (TypeError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def full(row: dict[str, Any], notes: list[dict[str, Any]]) -> dict[str, Any]:
    """The whole stored event: the summary, its excerpt and findings, the stored body, notes."""
    body = body_of(row)
    return {**summary(row), "excerpt": row.get("excerpt"), "content_hash": row.get("content_hash"),
            "findings": body.get("findings") or [], "body": body, "notes": notes}


async def notes_of(q: Queries, event_id: str) -> list[dict[str, Any]]:
    rows = await q.fetch("SELECT n.id, n.kind, n.text, n.at, n.author_id, a.username, a.display_name "
                         "FROM event_notes n LEFT JOIN accounts a ON a.id = n.author_id "
                         "WHERE n.event_id = ? ORDER BY n.at, n.id", event_id)
    return [note_view(r) for r in rows]


def note_view(r: dict[str, Any]) -> dict[str, Any]:
    author = None
    if r.get("author_id") is not None:
        author = {"id": r["author_id"], "username": r.get("username"), "display_name": r.get("display_name")}
    return {"id": r["id"], "kind": r["kind"], "text": r["text"], "at": iso(r["at"]), "author": author}


# -- filters and paging ----------------------------------------------------------------------


class FilterError(ValueError):
    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(message)


@dataclass
class Filters:
    """The list's filters, validated; each becomes one SQL condition with bound values."""
    schools: list[str] | None = None       # None: no school condition (never for a school-scoped principal)
    staff: str | None = None
    platform: str | None = None
    category: str | None = None
    decision: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    triage: list[str] = field(default_factory=list)
    since: datetime | None = None
    until: datetime | None = None

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        if self.schools is not None:
            conds.append("school_id IN (" + ", ".join("?" * len(self.schools)) + ")" if self.schools else "1 = 0")
            args.extend(self.schools)
        for column, value in (("staff_ref", self.staff), ("platform", self.platform)):
            if value is not None:
                conds.append(f"{column} = ?")
                args.append(value)
        if self.category is not None:
            # categories is space-separated; the category's own characters never include a
            # LIKE wildcard other than _ which is escaped.
            conds.append("(' ' || categories || ' ') LIKE ? ESCAPE '\\'")
            args.append("% " + self.category.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + " %")
        for column, values in (("decision", self.decision), ("kind", self.kind), ("triage", self.triage)):
            if values:
                conds.append(f"{column} IN (" + ", ".join("?" * len(values)) + ")")
                args.extend(values)
        if self.since is not None:
            conds.append("at >= ?")
            args.append(ts(self.since))
        if self.until is not None:
            conds.append("at < ?")
            args.append(ts(self.until))
        return (" AND ".join(conds) or "1 = 1"), args

    def describe(self) -> dict[str, Any]:
        """For the audit row of an export: which filters, without empty ones."""
        out: dict[str, Any] = {}
        for k, v in self.__dict__.items():
            if v in (None, []):
                continue
            out[k] = v.isoformat() if isinstance(v, datetime) else v
        return out


def enum_list(value: str | None, allowed: tuple[str, ...], name: str) -> list[str]:
    if value is None or value == "":
        return []
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad:
        raise FilterError(name, f"`{name}` must be one or more (comma-separated) of {', '.join(allowed)}")
    return list(dict.fromkeys(items))


def category_value(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _CATEGORY.match(value):
        raise FilterError("category", "`category` is a category name such as pupil_name")
    return value


def text_value(value: str | None, name: str, limit: int) -> str | None:
    if value is None or value == "":
        return None
    if len(value) > limit or any(ord(c) < 32 for c in value):
        raise FilterError(name, f"`{name}` must be at most {limit} printable characters")
    return value


# Cursors: opaque to clients, but only (at, seq) of the last row seen.

def cursor_for(row: dict[str, Any]) -> str:
    raw = f"{row['at']}|{row['seq']}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def parse_cursor(value: str) -> tuple[str, int]:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        at, seq = raw.split("|")
        parse_ts(at)
        return at, int(seq)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise FilterError("before", "`before` is not a cursor this API gave") from None


async def page(q: Queries, filters: Filters, limit: int, before: tuple[str, int] | None,
               columns: tuple[str, ...] = SUMMARY_COLUMNS) -> tuple[list[dict[str, Any]], str | None]:
    """Newest first; one more row than asked tells whether there is a next page."""
    where, args = filters.where()
    if before is not None:
        # `at <= ?` on its own lets the (school_id, ..., at) indexes seek to the cursor, so a
        # deep page costs what the first does; the OR then drops the rows already shown.
        where += " AND at <= ? AND (at < ? OR seq < ?)"
        args += [before[0], before[0], before[1]]
    rows = await q.fetch(f"SELECT {', '.join(columns)} FROM events WHERE {where} "
                         "ORDER BY at DESC, seq DESC LIMIT ?", *args, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (cursor_for(rows[-1]) if more and rows else None)


async def count(q: Queries, filters: Filters) -> int:
    where, args = filters.where()
    return int(await q.fetchval(f"SELECT COUNT(*) FROM events WHERE {where}", *args))

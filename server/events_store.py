"""From the events a proxy sends to `events` rows: validated, minimised, classified, stored once.

The proxy's addon makes the events (addon/events.py `make_event`). The server does not trust
them to be minimised: whatever the proxy sent, a row keeps no more of the post than the
server's `retention.content` allows (`minimal`: hash, length and a redacted excerpt; `hash`:
hash and length; `full`: the text too). Findings keep category, rule, clause and severity;
their message and evidence (which can quote a pupil's name) only under `full`. Keys the
server does not know are accepted and dropped, never stored.

Each row gets its kind (what retention and triage work on), its `retain_until`, and, when
flagged, triage 'new'. Rows go in with `INSERT ... ON CONFLICT (id) DO NOTHING`, so an event
id already stored, from an earlier batch or a retried one, is counted and never stored twice.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from addon.events import redact
from policies.errors import key_path
from server.config import Retention, ServerConfig
from server.db import Database, Queries, ts

#: Rows per INSERT statement: well inside both databases' limits on bound parameters.
CHUNK = 200
#: The columns a row fills, in the order `EventRow.values()` gives them.
COLUMNS = ("id", "school_id", "source", "staff_ref", "at", "received_at", "platform", "action",
           "decision", "effect", "status", "kind", "categories", "acknowledged", "content_hash",
           "excerpt", "body", "retain_until", "triage")

Short = Annotated[str, StringConstraints(max_length=200)]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$")]


class EventError(ValueError):
    """Events that cannot be stored; `problems` maps a key path ("[3].at") to what is wrong."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


class _Lenient(BaseModel):
    # Strict on types (a length sent as "12" is refused), tolerant of keys we do not know:
    # a newer proxy may send more; what we do not know we do not store.
    model_config = ConfigDict(strict=True, extra="ignore")


class InAccount(_Lenient):
    id: Short | None = None
    handle: Short | None = None


class InFinding(_Lenient):
    category: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    rule: Short | None = None
    clause: Annotated[str, StringConstraints(max_length=500)] | None = None
    severity: Annotated[str, StringConstraints(max_length=40)] | None = None
    message: Annotated[str, StringConstraints(max_length=2000)] | None = None
    evidence: Annotated[str, StringConstraints(max_length=2000)] | None = None


class InContent(_Lenient):
    sha256: Hex64 | None = None
    length: Annotated[int, Field(ge=0)] | None = None
    excerpt: Annotated[str, StringConstraints(max_length=2000)] | None = None
    text: str | None = None


class InEvent(_Lenient):
    id: Annotated[str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")]
    at: str
    logged_at: str | None = None
    user: Short | None = None
    platform: Annotated[str, StringConstraints(max_length=64)] | None = None
    host: Annotated[str, StringConstraints(max_length=255)] | None = None
    action: Annotated[str, StringConstraints(max_length=64)] | None = None
    operation: Short | None = None
    account: InAccount | None = None
    recipients: Annotated[list[Short], Field(max_length=1000)] = []
    media: Annotated[list[Short], Field(max_length=100)] = []
    decision: Literal["allow", "warn", "block"] = "allow"
    effect: Annotated[str, StringConstraints(max_length=64)] = ""
    status: Literal["checked", "unchecked"] = "checked"
    reason: Annotated[str, StringConstraints(max_length=500)] | None = None
    ack: bool = False
    findings: Annotated[list[InFinding], Field(max_length=200)] = []
    content: InContent | None = None
    fallback: bool = False
    opaque: bool = False
    notes: Annotated[list[Annotated[str, StringConstraints(max_length=500)]], Field(max_length=50)] = []


def parse_time(value: str) -> datetime:
    """An ISO 8601 time with an offset (a naive time is ambiguous, so refused)."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError as e:
        raise ValueError(f"{value!r} is not an ISO 8601 time") from e
    if when.tzinfo is None:
        raise ValueError(f"{value!r} has no UTC offset")
    return when.astimezone(timezone.utc)


def classify(event: InEvent) -> str:
    """unchecked (the proxy could not judge it), flagged (a finding or a non-allow decision), usage."""
    if event.status == "unchecked":
        return "unchecked"
    if event.findings or event.decision != "allow":
        return "flagged"
    return "usage"


def retention_days(kind: str, retention: Retention) -> int:
    return {"usage": retention.usage_days, "flagged": retention.flagged_days,
            "unchecked": retention.unchecked_days}[kind]


def minimise_content(content: InContent | None, mode: str) -> dict | None:
    """No more of the post than `mode` allows, whatever the proxy sent.

    A hash is recomputed from the text when the text came; an excerpt is (re-)redacted here,
    so an excerpt the proxy failed to redact is never stored as it came.
    """
    if content is None:
        return None
    text = content.text
    if text is not None:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        length = len(text)
        excerpt = redact(text)
    else:
        digest = content.sha256.lower() if content.sha256 else None
        length = content.length
        excerpt = redact(content.excerpt) if content.excerpt is not None else None
    out: dict[str, Any] = {}
    if digest is not None:
        out["sha256"] = digest
    if length is not None:
        out["length"] = length
    if mode in ("minimal", "full") and excerpt:
        out["excerpt"] = excerpt
    if mode == "full" and text is not None:
        out["text"] = text
    return out or None


def minimise_findings(findings: list[InFinding], mode: str) -> list[dict]:
    keep = ("category", "rule", "clause", "severity") + (("message", "evidence") if mode == "full" else ())
    return [{k: getattr(f, k) for k in keep if getattr(f, k) is not None} for f in findings]


@dataclass(frozen=True)
class EventRow:
    id: str
    school_id: str
    source: str
    staff_ref: str
    at: str
    received_at: str
    platform: str
    action: str
    decision: str
    effect: str
    status: str
    kind: str
    categories: str
    acknowledged: int
    content_hash: str | None
    excerpt: str | None
    body: str
    retain_until: str
    triage: str

    def values(self) -> tuple:
        return tuple(getattr(self, c) for c in COLUMNS)


def to_row(event: InEvent, school_id: str, source: str, received: datetime, config: ServerConfig) -> EventRow:
    """One validated event as its row. `body` is the whole event as stored: minimised, the
    server's school, `at` in UTC; the columns repeat what reviewers filter on."""
    mode = config.retention.content
    at = parse_time(event.at)
    kind = classify(event)
    content = minimise_content(event.content, mode)
    findings = minimise_findings(event.findings, mode)
    categories = " ".join(dict.fromkeys(f.category for f in event.findings))
    body = {
        "id": event.id,
        "at": at.isoformat(),
        "logged_at": parse_time(event.logged_at).isoformat() if event.logged_at else None,
        "user": event.user,
        "platform": event.platform or "",
        "host": event.host or "",
        "action": event.action or "",
        "operation": event.operation,
        "account": {"id": event.account.id, "handle": event.account.handle} if event.account else None,
        "recipients": event.recipients,
        "media": event.media,
        "decision": event.decision,
        "effect": event.effect,
        "status": event.status,
        "reason": event.reason,
        "ack": event.ack,
        "findings": findings,
        "content": content,
        "fallback": event.fallback,
        "opaque": event.opaque,
        "notes": event.notes,
    }
    return EventRow(
        id=event.id, school_id=school_id, source=source, staff_ref=event.user or "",
        at=ts(at), received_at=ts(received), platform=event.platform or "", action=event.action or "",
        decision=event.decision, effect=event.effect, status=event.status, kind=kind,
        categories=categories, acknowledged=int(event.ack),
        content_hash=content.get("sha256") if content else None,
        excerpt=content.get("excerpt") if content else None,
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        retain_until=ts(at + timedelta(days=retention_days(kind, config.retention))),
        triage="new" if kind == "flagged" else "none",
    )


def prepare(events: Sequence[Any], school_id: str, source: str, received: datetime,
            config: ServerConfig) -> list[EventRow]:
    """Every event as its row, or EventError naming each bad event by its index in the batch
    (all of them, so a proxy's bug shows at once, not one retry at a time)."""
    rows: list[EventRow] = []
    problems: dict[str, str] = {}
    for i, raw in enumerate(events):
        event, found = _validate(raw)
        if event is not None:
            try:
                rows.append(to_row(event, school_id, source, received, config))
            except (ValueError, OverflowError) as e:   # e.g. retention takes a date past year 9999
                found = {(): str(e)}
        for loc, msg in found.items():
            problems.setdefault(key_path((i, *loc)), msg)
        if len(problems) >= 50:
            problems["..."] = "more problems not listed"
            break
    if problems:
        raise EventError(problems)
    return rows


def _validate(raw: Any) -> tuple[InEvent | None, dict[tuple, str]]:
    """The event, or None and what is wrong with it by key path within it."""
    try:
        event = InEvent.model_validate(raw)
    except pydantic.ValidationError as e:
        return None, {tuple(err["loc"]): err["msg"] for err in e.errors()}
    found: dict[tuple, str] = {}
    # Times are text in the model, checked here, so the message says what the server wants.
    for name in ("at", "logged_at"):
        value = getattr(event, name)
        if value is not None:
            try:
                parse_time(value)
            except ValueError as e:
                found[(name,)] = str(e)
    return (None if found else event), found


async def insert_rows(q: Queries, rows: Sequence[EventRow]) -> int:
    """Insert what is not stored yet; returns how many were new. Call inside a transaction."""
    accepted = 0
    # An id twice in one batch: once. In id order, so two transactions inserting overlapping
    # batches take the unique index's locks in the same order and cannot deadlock (PostgreSQL).
    unique = sorted({r.id: r for r in rows}.values(), key=lambda r: r.id)
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start:start + CHUNK]
        row_marks = "(" + ", ".join("?" * len(COLUMNS)) + ")"
        sql = (f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES "
               + ", ".join([row_marks] * len(chunk))
               + " ON CONFLICT (id) DO NOTHING RETURNING id")
        args = [v for r in chunk for v in r.values()]
        accepted += len(await q.fetch(sql, *args))
    return accepted


async def store_batch(db: Database, school_id: str, source: str, events: Sequence[Any],
                      config: ServerConfig, *, received: datetime | None = None) -> tuple[int, int]:
    """Validate and store `events` for `school_id` in one transaction: (accepted, duplicates).

    EventError (nothing stored) when any event is malformed. The ingest API does the same in
    its own transaction, with the batch's record (server/api/ingest.py).
    """
    rows = prepare(events, school_id, source, received or datetime.now(timezone.utc), config)
    async with db.transaction() as tx:
        accepted = await insert_rows(tx, rows)
    return accepted, len(rows) - accepted

"""The reviewers' events API, and each member of staff's view of their own events.

Reviewers and admins (of a school, or trust-wide):
  GET  /api/v1/events                   summaries, no content; filters; keyset paging (`before`)
  GET  /api/v1/events/export            the same filters as CSV or JSON, with excerpts (audited)
  GET  /api/v1/events/{id}              the full stored event (audited on every opening)
  POST /api/v1/events/{id}/triage       move it through triage (audited with the change)
  POST /api/v1/events/{id}/notes        add a reviewer's note (audited with the change)
Staff (any person whose account has a staff_ref), about themselves only:
  GET  /api/v1/me/events                their events, why each was flagged, when it goes
  POST /api/v1/me/events/{id}/challenge "this is wrong": a note reviewers see; reopens triage

Another school's event, or another person's on the /me routes, answers 404.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, StringConstraints

from server import keys
from server.access import Principal, require, require_school
from server.api.review_common import own_staff_ref, parse_instant, school_of_request, school_zone
from server.db import Queries, ts
from server.errors import ApiError, read_json
from server.event_views import (DECISIONS, KINDS, SUMMARY_COLUMNS, TRIAGE, FilterError, Filters, body_of,
                                category_value, count, cursor_for, enum_list, full, note_view, notes_of, page,
                                parse_cursor, summary, text_value)
from server.security import apply_headers

MAX_LIMIT = 200
DEFAULT_LIMIT = 50
#: An export larger than this is refused: narrow the filters (a case file, not a dump).
MAX_EXPORT = 100_000
EXPORT_PAGE = 1000
NoteText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
EVENT_ID = r"{id:[A-Za-z0-9._:-]{1,128}}"


class TriageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: Literal["new", "in_review", "escalated_dsl", "escalated_hr", "closed"]
    assignee: int | None = None
    note: NoteText | None = None


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: NoteText


# -- helpers ---------------------------------------------------------------------------------


def _filters(request: web.Request, who: Principal) -> Filters:
    q = request.query
    # A trust-wide principal sees every school unless it names one; dates are then the days of
    # the first configured school (the trust's schools share a time zone in practice).
    school = school_of_request(request, who) if "school" in q or who.school_id else None
    zone = school_zone(request.app, school or next(iter(request.app[keys.SCHOOLS])))
    try:
        return Filters(
            schools=[school] if school else None,
            staff=text_value(q.get("staff"), "staff", 200),
            platform=text_value(q.get("platform"), "platform", 64),
            category=category_value(q.get("category")),
            decision=enum_list(q.get("decision"), DECISIONS, "decision"),
            kind=enum_list(q.get("kind"), KINDS, "kind"),
            triage=enum_list(q.get("triage"), TRIAGE, "triage"),
            since=parse_instant(q["from"], "from", zone) if q.get("from") else None,
            until=parse_instant(q["to"], "to", zone, end=True) if q.get("to") else None,
        )
    except FilterError as e:
        raise ApiError(400, str(e), details={"parameter": e.parameter}) from e


def _paging(request: web.Request) -> tuple[int, tuple[str, int] | None]:
    raw = request.query.get("limit", str(DEFAULT_LIMIT))
    try:
        limit = int(raw)
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"`limit` must be 1 to {MAX_LIMIT}", details={"parameter": "limit"})
    before = request.query.get("before")
    try:
        return limit, (parse_cursor(before) if before else None)
    except FilterError as e:
        raise ApiError(400, str(e), details={"parameter": e.parameter}) from e


async def _event_for_reviewer(q: Queries, who: Principal, event_id: str, *, lock: bool = False) -> dict[str, Any]:
    """The event `event_id`, if the principal's school may see it; inside a transaction
    (`lock`) its row is locked on PostgreSQL, so two triage changes apply one after the other."""
    lock_sql = " FOR UPDATE" if lock and q.dialect == "postgresql" else ""
    row = await q.fetchrow(f"SELECT * FROM events WHERE id = ?{lock_sql}", event_id)
    if row is None:
        raise ApiError(404, "no such event")
    require_school(who, row["school_id"])
    return row


def _own_condition(who: Principal) -> tuple[str, list[Any]]:
    """The rows that are the signed-in person's own: their staff_ref, in their school."""
    ref = own_staff_ref(who)
    if who.school_id is None:
        return "staff_ref = ?", [ref]
    return "school_id = ? AND staff_ref = ?", [who.school_id, ref]


# -- reviewers -------------------------------------------------------------------------------


async def list_events(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    filters = _filters(request, who)
    limit, before = _paging(request)
    rows, nxt = await page(request.app[keys.DB], filters, limit, before)
    return web.json_response({"events": [summary(r) for r in rows], "next": nxt})


async def read_event(app: web.Application, who: Principal, event_id: str) -> dict[str, Any]:
    """The full stored event for a reviewer; shared by this API and the web UI's evidence page."""
    row = await _event_for_reviewer(app[keys.DB], who, event_id)
    notes = await notes_of(app[keys.DB], row["id"])
    # Reading content is audited every time, before the content leaves the server.
    await app[keys.AUDIT].record(who.actor, "event.read", school_id=row["school_id"], target=row["id"])
    return full(row, notes)


async def get_event(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    return web.json_response(await read_event(request.app, who, request.match_info["id"]))


async def _assignee_ok(q, assignee: int, school_id: str) -> None:
    acc = await q.fetchrow("SELECT role, school_id, disabled_at FROM accounts WHERE id = ?", assignee)
    if (acc is None or acc["disabled_at"] is not None or acc["role"] not in ("reviewer", "admin")
            or acc["school_id"] not in (None, school_id)):
        raise ApiError(422, "the assignee must be an enabled reviewer or admin who can see this school",
                       details={"fields": {"assignee": "not a reviewer or admin of this school"}})


async def triage_event(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    body = await read_json(request, TriageIn)
    return web.json_response(await apply_triage(request.app, who, request.match_info["id"], body))


async def apply_triage(app: web.Application, who: Principal, event_id: str, body: TriageIn) -> dict[str, Any]:
    """Move an event through triage (audited with the change); shared by this API and the web UI."""
    now = ts(app[keys.CLOCK]())
    async with app[keys.DB].transaction() as tx:
        row = await _event_for_reviewer(tx, who, event_id, lock=True)
        assignee = row["assignee_id"]
        if "assignee" in body.model_fields_set:
            if body.assignee is not None:
                await _assignee_ok(tx, body.assignee, row["school_id"])
            assignee = body.assignee
        await tx.execute("UPDATE events SET triage = ?, assignee_id = ?, triage_updated_at = ? WHERE id = ?",
                         body.state, assignee, now, row["id"])
        if body.note:
            await tx.execute("INSERT INTO event_notes (event_id, school_id, author_id, kind, text, at) "
                             "VALUES (?, ?, ?, 'note', ?, ?)", row["id"], row["school_id"], who.account_id,
                             body.note, now)
        await app[keys.AUDIT].record(who.actor, "event.triage", school_id=row["school_id"], target=row["id"],
                                     detail={"from": row["triage"], "to": body.state, "assignee": assignee,
                                             "note": bool(body.note)}, tx=tx)
        updated = await tx.fetchrow(f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM events WHERE id = ?", row["id"])
    await app[keys.AUDIT].sync_head()
    return summary(updated)


async def add_note(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    body = await read_json(request, NoteIn)
    return web.json_response(await append_note(request.app, who, request.match_info["id"], body.text), status=201)


async def append_note(app: web.Application, who: Principal, event_id: str, text: str) -> dict[str, Any]:
    """A reviewer's note on an event (audited with it); shared by this API and the web UI."""
    now = ts(app[keys.CLOCK]())
    async with app[keys.DB].transaction() as tx:
        row = await _event_for_reviewer(tx, who, event_id, lock=True)
        note_id = await tx.fetchval("INSERT INTO event_notes (event_id, school_id, author_id, kind, text, at) "
                                    "VALUES (?, ?, ?, 'note', ?, ?) RETURNING id",
                                    row["id"], row["school_id"], who.account_id, text, now)
        await app[keys.AUDIT].record(who.actor, "event.note", school_id=row["school_id"], target=row["id"],
                                     detail={"note": int(note_id)}, tx=tx)
    await app[keys.AUDIT].sync_head()
    return note_view({"id": int(note_id), "kind": "note", "text": text, "at": now,
                      "author_id": who.account_id, "username": who.username, "display_name": None})


# -- exports ---------------------------------------------------------------------------------

EXPORT_FIELDS = ("id", "school", "at", "received_at", "staff_ref", "platform", "action", "decision", "effect",
                 "status", "kind", "categories", "acknowledged", "triage", "assignee_id", "retain_until",
                 "rules", "clauses", "excerpt")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading
    apostrophe (CSV injection), whoever wrote it (staff_ref, platform and excerpt come from
    the proxies, which take them from traffic)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    s = summary(row)
    findings = body_of(row).get("findings") or []
    return {**{k: s[k] for k in EXPORT_FIELDS if k in s},
            "rules": [f.get("rule") for f in findings if f.get("rule")],
            "clauses": [f.get("clause") for f in findings if f.get("clause")],
            "excerpt": row.get("excerpt")}


async def export_events(request: web.Request) -> web.StreamResponse:
    who = require(request, "reviewer", "admin")
    fmt = request.query.get("format", "csv")
    if fmt not in ("csv", "json"):
        raise ApiError(400, "`format` is csv or json", details={"parameter": "format"})
    filters = _filters(request, who)
    app = request.app
    db = app[keys.DB]
    total = await count(db, filters)
    if total > MAX_EXPORT:
        raise ApiError(413, f"{total} events match; an export takes at most {MAX_EXPORT}: narrow the filters",
                       details={"matching": total})
    scope = filters.schools[0] if filters.schools and len(filters.schools) == 1 else None
    await app[keys.AUDIT].record(who.actor, "events.export", school_id=scope, target=fmt,
                                 detail={"filters": filters.describe(), "rows": total})
    stamp = app[keys.CLOCK]().strftime("%Y%m%d-%H%M%S")
    resp = web.StreamResponse(headers={
        "Content-Type": "text/csv; charset=utf-8" if fmt == "csv" else "application/json; charset=utf-8",
        "Content-Disposition": f'attachment; filename="postwarden-events-{scope or "trust"}-{stamp}.{fmt}"',
    })
    apply_headers(request, resp.headers)
    await resp.prepare(request)
    columns = SUMMARY_COLUMNS + ("excerpt", "body")
    before = None
    first = True
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerow(EXPORT_FIELDS)
        await resp.write(buf.getvalue().encode("utf-8"))
    else:
        head = {"exported_at": app[keys.CLOCK]().isoformat(), "filters": filters.describe(), "count": total}
        await resp.write(json.dumps(head)[:-1].encode("utf-8") + b', "events": [')
    while True:
        rows, nxt = await page(db, filters, EXPORT_PAGE, before, columns)
        buf = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buf)
            for r in rows:
                rec = export_record(r)
                writer.writerow([csv_cell(rec[k]) for k in EXPORT_FIELDS])
        else:
            for r in rows:
                buf.write(("" if first else ", ") + json.dumps(export_record(r), ensure_ascii=False))
                first = False
        await resp.write(buf.getvalue().encode("utf-8"))
        if nxt is None:
            break
        before = parse_cursor(nxt)
    if fmt == "json":
        await resp.write(b"]}\n")
    await resp.write_eof()
    return resp


# -- staff, about themselves -----------------------------------------------------------------


def _why(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Why an event was flagged, in the pack's words: each finding's category, rule and clause."""
    keep = ("category", "rule", "clause", "severity", "message")
    return [{k: f[k] for k in keep if f.get(k) is not None} for f in body_of(row).get("findings") or []]


async def my_events(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    limit, before = _paging(request)
    kinds = enum_list_or_400(request.query.get("kind"))
    out, nxt = await own_events(request.app, who, limit, before, kinds)
    return web.json_response({"events": out, "next": nxt})


async def own_events(app: web.Application, who: Principal, limit: int, before: tuple[str, int] | None,
                     kinds: list[str]) -> tuple[list[dict[str, Any]], str | None]:
    """The signed-in person's own events, newest first, each with why it was flagged and their
    own notes; shared by this API and the web UI's self-view."""
    where, args = _own_condition(who)
    if kinds:
        where += " AND kind IN (" + ", ".join("?" * len(kinds)) + ")"
        args += kinds
    if before is not None:
        where += " AND (at < ? OR (at = ? AND seq < ?))"
        args += [before[0], before[0], before[1]]
    db = app[keys.DB]
    rows = await db.fetch(f"SELECT {', '.join(SUMMARY_COLUMNS)}, body FROM events WHERE {where} "
                          "ORDER BY at DESC, seq DESC LIMIT ?", *args, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    mine: dict[str, list[dict[str, Any]]] = {}
    if rows:
        ids = [r["id"] for r in rows]
        for n in await db.fetch("SELECT n.id, n.event_id, n.kind, n.text, n.at, n.author_id, a.username, "
                                "a.display_name FROM event_notes n LEFT JOIN accounts a ON a.id = n.author_id "
                                f"WHERE n.author_id = ? AND n.event_id IN ({', '.join('?' * len(ids))}) "
                                "ORDER BY n.at, n.id", who.account_id, *ids):
            mine.setdefault(n["event_id"], []).append(note_view(n))
    out = []
    for r in rows:
        s = summary(r)
        s.pop("assignee_id")   # who in the school is looking at it is not theirs to know
        out.append({**s, "why": _why(r), "my_notes": mine.get(r["id"], [])})
    return out, (cursor_for(rows[-1]) if more and rows else None)


def enum_list_or_400(value: str | None) -> list[str]:
    try:
        return enum_list(value, KINDS, "kind")
    except FilterError as e:
        raise ApiError(400, str(e), details={"parameter": e.parameter}) from e


async def challenge(request: web.Request) -> web.Response:
    who = require(request, "staff", "reviewer", "admin")
    body = await read_json(request, NoteIn)
    return web.json_response(await file_challenge(request.app, who, request.match_info["id"], body.text),
                             status=201)


async def file_challenge(app: web.Application, who: Principal, event_id: str, text: str) -> dict[str, Any]:
    """A member of staff's challenge to their own event: a note reviewers see, and the event
    back in the queue; shared by this API and the web UI's self-view."""
    where, args = _own_condition(who)
    now = ts(app[keys.CLOCK]())
    async with app[keys.DB].transaction() as tx:
        lock = " FOR UPDATE" if tx.dialect == "postgresql" else ""
        row = await tx.fetchrow(f"SELECT id, school_id, triage FROM events WHERE id = ? AND {where}{lock}",
                                event_id, *args)
        if row is None:
            raise ApiError(404, "no such event")
        note_id = await tx.fetchval("INSERT INTO event_notes (event_id, school_id, author_id, kind, text, at) "
                                    "VALUES (?, ?, ?, 'challenge', ?, ?) RETURNING id",
                                    row["id"], row["school_id"], who.account_id, text, now)
        # A challenge must reach a reviewer: a closed event (or one never in triage) goes back to 'new'.
        triage = "new" if row["triage"] in ("closed", "none") else row["triage"]
        if triage != row["triage"]:
            await tx.execute("UPDATE events SET triage = ?, triage_updated_at = ? WHERE id = ?",
                             triage, now, row["id"])
        await app[keys.AUDIT].record(who.actor, "event.challenge", school_id=row["school_id"], target=row["id"],
                                     detail={"note": int(note_id), "triage": [row["triage"], triage]}, tx=tx)
    await app[keys.AUDIT].sync_head()
    note = note_view({"id": int(note_id), "kind": "challenge", "text": text, "at": now,
                      "author_id": who.account_id, "username": who.username, "display_name": None})
    return {"note": note, "triage": triage}


#: The query-string parsing the web UI shares (its filter form uses the same parameters).
filters_from_query = _filters
paging_from_query = _paging


def setup(app: web.Application) -> None:
    r = app.router
    r.add_get("/api/v1/events", list_events)
    r.add_get("/api/v1/events/export", export_events)   # before /{id}, which would match "export"
    r.add_get(f"/api/v1/events/{EVENT_ID}", get_event)
    r.add_post(f"/api/v1/events/{EVENT_ID}/triage", triage_event)
    r.add_post(f"/api/v1/events/{EVENT_ID}/notes", add_note)
    r.add_get("/api/v1/me/events", my_events)
    r.add_post(f"/api/v1/me/events/{EVENT_ID}/challenge", challenge)

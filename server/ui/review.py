"""Reviewers' pages: the event log, the triage queue, and the evidence view.

The log and the queue are the API's keyset-paged list (server/event_views.page with the
API's own query parsing), so a filtered page costs the same as the API's, newest first on
the (school_id, at) indexes, however many events are stored. Lists show no content; the
evidence view is the only page that shows an excerpt, and it goes through the API's
`read_event`, which audits every opening.
"""
from __future__ import annotations

import pydantic
from aiohttp import web

from server import keys
from server.access import require
from server.api.events import (TriageIn, append_note, apply_triage, filters_from_query,
                               paging_from_query, read_event)
from server.errors import ApiError
from server.event_views import DECISIONS, KINDS, TRIAGE, count, page as page_of, summary
from server.ui.queries import account_names, acknowledgements_for, assignees
from server.ui.render import TRIAGE_LABELS, page, query_with, redirect, render

QUEUE_STATES = ("new", "in_review", "escalated_dsl", "escalated_hr", "closed")
MAX_NOTE = 4000


async def _rows(request: web.Request, who, **override):
    filters = filters_from_query(request, who)
    for k, v in override.items():
        setattr(filters, k, v)
    limit, before = paging_from_query(request)
    rows, nxt = await page_of(request.app[keys.DB], filters, limit, before)
    events = [summary(r) for r in rows]
    names = await account_names(request.app[keys.DB], {e["assignee_id"] for e in events if e["assignee_id"]})
    for e in events:
        e["assignee"] = names.get(e["assignee_id"]) if e["assignee_id"] else None
    return filters, events, nxt


@page
async def event_log(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    filters, events, nxt = await _rows(request, who)
    export = query_with(request, before=None, limit=None)
    return render(request, "review/log.html", events=events, q=request.query, decisions=DECISIONS,
                  kinds=KINDS, triages=TRIAGE, triage_labels=TRIAGE_LABELS,
                  schools=sorted(request.app[keys.SCHOOLS]) if who.school_id is None else [],
                  next_url=("?" + query_with(request, before=nxt)) if nxt else None,
                  first_url=("?" + query_with(request, before=None)) if request.query.get("before") else None,
                  export_query=export)


@page
async def queue(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    state = request.query.get("state", "new")
    if state not in QUEUE_STATES:
        raise ApiError(400, "no such queue")
    filters, events, nxt = await _rows(request, who, triage=[state])
    db = request.app[keys.DB]
    counts = {}
    for s in QUEUE_STATES:
        filters.triage = [s]
        counts[s] = await count(db, filters)
    return render(request, "review/queue.html", events=events, state=state, states=QUEUE_STATES,
                  counts=counts, labels=TRIAGE_LABELS,
                  next_url=("?" + query_with(request, before=nxt)) if nxt else None)


@page
async def evidence(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    event = await read_event(request.app, who, request.match_info["id"])   # audited: event.read
    db = request.app[keys.DB]
    people = await assignees(db, event["school"])
    acks = await acknowledgements_for(db, event)
    return render(request, "review/event.html", e=event, body=event["body"], findings=event["findings"],
                  notes=event["notes"], acks=acks, people=people,
                  explain=rule_explanations(request.app, event["school"], event["findings"]), states=QUEUE_STATES, labels=TRIAGE_LABELS,
                  retention=request.app[keys.CONFIG].retention.content)


def rule_explanations(app: web.Application, school_id: str, findings: list[dict]) -> dict[str, str]:
    """Each finding's rule explained in the school's pack's own words. The stored finding keeps
    only category, rule and clause unless retention is `full`, so the explanation comes from
    the pack in force now (the rule id is stable across pack versions)."""
    school = app[keys.SCHOOLS].get(school_id)
    if school is None:
        return {}
    wanted = {f.get("rule") for f in findings if f.get("rule")}
    return {r.id: str(r.message) for r in school.engine.pack.rules if r.id in wanted}


def _form_error(e: pydantic.ValidationError) -> ApiError:
    fields = ", ".join(".".join(str(p) for p in err["loc"]) for err in e.errors())
    return ApiError(422, f"Please check: {fields}.")


@page
async def triage_submit(request: web.Request) -> web.StreamResponse:
    who = require(request, "reviewer", "admin")
    form = await request.post()
    data: dict = {"state": form.get("state", "")}
    assignee = str(form.get("assignee", ""))
    if assignee == "":
        data["assignee"] = None
    elif assignee.isdigit():
        data["assignee"] = int(assignee)
    else:
        data["assignee"] = assignee    # pydantic says it is not a number
    note = str(form.get("note", "")).strip()
    if note:
        data["note"] = note[:MAX_NOTE + 1]
    try:
        body = TriageIn.model_validate(data)
    except pydantic.ValidationError as e:
        raise _form_error(e) from e
    event_id = request.match_info["id"]
    await apply_triage(request.app, who, event_id, body)
    raise redirect(f"/review/events/{event_id}?done=triaged")


@page
async def note_submit(request: web.Request) -> web.StreamResponse:
    who = require(request, "reviewer", "admin")
    form = await request.post()
    text = str(form.get("text", "")).strip()
    if not text or len(text) > MAX_NOTE:
        raise ApiError(422, f"A note is 1 to {MAX_NOTE} characters.")
    event_id = request.match_info["id"]
    await append_note(request.app, who, event_id, text)
    raise redirect(f"/review/events/{event_id}?done=noted")


def setup(app: web.Application) -> None:
    r = app.router
    eid = "{id:[A-Za-z0-9._:-]{1,128}}"
    r.add_get("/review/events", event_log)
    r.add_get("/review/queue", queue)
    r.add_get(f"/review/events/{eid}", evidence)
    r.add_post(f"/review/events/{eid}/triage", triage_submit)
    r.add_post(f"/review/events/{eid}/notes", note_submit)


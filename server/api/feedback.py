"""What the member of staff tells us from the extension: "I have read the warning and proceed"
(POST /api/v1/ack) and "this is wrong" (POST /api/v1/report). Extension tokens only.

An acknowledgement is stored (reviewers see who proceeded past what, and why) and answered
with a short-lived signed token (server/acks.py) that the proxy honours for exactly this
member of staff and this text. A block is never acknowledged: that is the difference
between the two decisions. A report opens a `reports` row for the school's reviewers.
Both are audited with the row, in one transaction.
"""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from server import acks, keys
from server.access import require
from server.db import ts
from server.errors import ApiError, read_json

MAX_JUSTIFICATION_CHARS = 2000
MAX_COMMENT_CHARS = 2000

User = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PostHash = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[0-9a-f]{64}$")]
RuleIds = Annotated[list[Annotated[str, StringConstraints(max_length=120)]], Field(max_length=100)]


class AckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    user: User
    post_hash: PostHash
    platform: Annotated[str, StringConstraints(max_length=64)]
    decision: Literal["allow", "warn", "block"]
    rules: RuleIds = []
    justification: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_JUSTIFICATION_CHARS)] = ""


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    user: User
    post_hash: PostHash | None = None
    event_id: Annotated[str, StringConstraints(min_length=1, max_length=128)] | None = None
    rules: RuleIds = []
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_COMMENT_CHARS)] = ""


async def acknowledge(request: web.Request) -> web.Response:
    who = require(request, "extension")
    body = await read_json(request, AckRequest)
    if body.decision == "block":
        raise ApiError(409, "a block cannot be overridden: the post must change before it can be sent")
    if body.decision == "allow":
        raise ApiError(422, "nothing to acknowledge: the draft was allowed",
                       details={"fields": {"decision": "must be warn"}})
    app = request.app
    now = app[keys.CLOCK]()
    # Whole seconds, so the expiry the answer states is exactly the one the token signs.
    expires = (now + timedelta(seconds=acks.TTL_SECONDS)).replace(microsecond=0)
    retain_until = now + timedelta(days=app[keys.CONFIG].retention.flagged_days)
    async with app[keys.DB].transaction() as tx:
        ack_id = await tx.fetchval(
            "INSERT INTO acknowledgements (school_id, staff_ref, post_hash, platform, decision, rules, "
            "justification, created_at, expires_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            who.school_id, body.user, body.post_hash, body.platform, body.decision,
            json.dumps(body.rules), body.justification, ts(now), ts(expires), ts(retain_until))
        await app[keys.AUDIT].record(
            who.actor, "acknowledgement.create", school_id=who.school_id, target=f"acknowledgement:{ack_id}",
            detail={"staff_ref": body.user, "platform": body.platform, "decision": body.decision,
                    "rules": body.rules, "justified": bool(body.justification)}, tx=tx)
    await app[keys.AUDIT].sync_head()
    token = acks.make_token(app[keys.SECRET], who.school_id, body.user, body.post_hash, expires)
    return web.json_response({"ack": token, "expires_at": expires.isoformat()}, status=201,
                             headers={"Cache-Control": "no-store"})


async def report(request: web.Request) -> web.Response:
    who = require(request, "extension")
    body = await read_json(request, ReportRequest)
    if body.post_hash is None and body.event_id is None:
        raise ApiError(422, "say which draft (post_hash) or logged event (event_id) is wrong",
                       details={"fields": {"post_hash": "post_hash or event_id is required"}})
    app = request.app
    now = app[keys.CLOCK]()
    retain_until = now + timedelta(days=app[keys.CONFIG].retention.reports_days)
    async with app[keys.DB].transaction() as tx:
        report_id = await tx.fetchval(
            "INSERT INTO reports (school_id, staff_ref, post_hash, event_id, rules, comment, state, "
            "created_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
            who.school_id, body.user, body.post_hash or "", body.event_id, json.dumps(body.rules),
            body.comment, ts(now), ts(retain_until))
        await app[keys.AUDIT].record(
            who.actor, "report.create", school_id=who.school_id, target=f"report:{report_id}",
            detail={"staff_ref": body.user, "event_id": body.event_id, "rules": body.rules}, tx=tx)
    await app[keys.AUDIT].sync_head()
    return web.json_response({"report": {"id": int(report_id), "state": "open", "created_at": now.isoformat()}},
                             status=201)


def setup(app: web.Application) -> None:
    app.router.add_post("/api/v1/ack", acknowledge)
    app.router.add_post("/api/v1/report", report)

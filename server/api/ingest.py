"""POST /api/v1/ingest: a proxy delivers a batch of events (proxy tokens only).

A batch is stored wholly, together with its `ingest_batches` record, or not at all: the
record is claimed first in the same transaction, so a retry that arrives while the first
attempt is still committing waits for it and then answers its counts. Events are stored
under the token's school, whatever they say. When the database fails the proxy is told 503
and keeps the batch in its spool to send again with the same id; health shows ingest failing
until a batch goes through.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from typing import Annotated, Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from server import keys
from server.access import require
from server.db import DatabaseError, Queries, ts
from server.errors import ApiError, read_json
from server.events_store import EventError, insert_rows, prepare

log = logging.getLogger(__name__)

MAX_EVENTS = 1000


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    batch: Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[\x21-\x7e]+$")]
    # Each event is validated by server.events_store, which names a bad one by its index.
    events: Annotated[list[Any], Field(min_length=1, max_length=MAX_EVENTS)]


async def ingest(request: web.Request) -> web.Response:
    who = require(request, "proxy")
    body = await read_json(request, IngestRequest)
    app = request.app
    received = app[keys.CLOCK]()
    try:
        # ~0.1 ms an event: a full batch would hold up every other request on the loop.
        rows = await asyncio.get_running_loop().run_in_executor(None, functools.partial(
            prepare, body.events, who.school_id, f"token:{who.token_id}:{who.username}",
            received, app[keys.CONFIG]))
    except EventError as e:
        raise ApiError(422, "some events are malformed; nothing in this batch was stored",
                       details={"fields": {f"events{k}": v for k, v in e.problems.items()}}) from e
    try:
        async with app[keys.DB].transaction() as tx:
            stored = await _claim(tx, who.token_id, body.batch, ts(received))
            if stored is None:
                accepted = await insert_rows(tx, rows)
                duplicates = len(rows) - accepted
                await tx.execute("UPDATE ingest_batches SET accepted = ?, duplicates = ? "
                                 "WHERE token_id = ? AND batch_id = ?",
                                 accepted, duplicates, who.token_id, body.batch)
            else:
                accepted, duplicates = stored
    except DatabaseError as e:
        # The message can quote values; health and the log get only what kind of failure it was.
        log.error("ingest: batch from token %s not stored: %s", who.token_id, type(e).__name__)
        app[keys.HEALTH].ingest.failure(f"database unavailable ({type(e).__name__})", received)
        raise ApiError(503, "the server cannot store events right now; send the batch again later",
                       headers={"Retry-After": "30"}) from e
    app[keys.HEALTH].ingest.success()
    return web.json_response({"batch": body.batch, "accepted": accepted, "duplicates": duplicates})


async def _claim(tx: Queries, token_id: int, batch_id: str, received_at: str) -> tuple[int, int] | None:
    """Record the batch as this transaction's; or, if it was stored before, its counts."""
    claimed = await tx.fetch("INSERT INTO ingest_batches (token_id, batch_id, received_at, accepted, duplicates) "
                             "VALUES (?, ?, ?, 0, 0) ON CONFLICT (token_id, batch_id) DO NOTHING "
                             "RETURNING batch_id", token_id, batch_id, received_at)
    if claimed:
        return None
    row = await tx.fetchrow("SELECT accepted, duplicates FROM ingest_batches WHERE token_id = ? AND batch_id = ?",
                            token_id, batch_id)
    return int(row["accepted"]), int(row["duplicates"])


def setup(app: web.Application) -> None:
    app.router.add_post("/api/v1/ingest", ingest)

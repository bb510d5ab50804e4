"""The few reads the pages need that the API does not make: who can be assigned an event, and
the acknowledgements that go with an event. Everything else comes from the API's own
functions (server/api/events.py, server/event_views.py)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from server.acks import TTL_SECONDS
from server.db import Queries, ts


async def assignees(q: Queries, school_id: str | None) -> list[dict[str, Any]]:
    """Enabled reviewers and admins who can see `school_id` (theirs, or trust-wide)."""
    if school_id is None:
        rows = await q.fetch("SELECT id, username, display_name FROM accounts WHERE disabled_at IS NULL "
                             "AND role IN ('reviewer', 'admin') ORDER BY username")
    else:
        rows = await q.fetch("SELECT id, username, display_name FROM accounts WHERE disabled_at IS NULL "
                             "AND role IN ('reviewer', 'admin') AND (school_id IS NULL OR school_id = ?) "
                             "ORDER BY username", school_id)
    return [dict(r) for r in rows]


async def account_names(q: Queries, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await q.fetch(f"SELECT id, username, display_name FROM accounts WHERE id IN ({', '.join('?' * len(ids))})",
                         *sorted(ids))
    return {int(r["id"]): (r["display_name"] or r["username"]) for r in rows}


async def acknowledgements_for(q: Queries, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The warnings this member of staff acknowledged for this post: the same text (post hash)
    or, since the proxy's hash and the extension's may differ by normalisation, the same
    platform within an acknowledgement's lifetime before the post."""
    if not event.get("staff_ref"):
        return []
    at = datetime.fromisoformat(event["at"])
    rows = await q.fetch(
        "SELECT decision, rules, justification, created_at, platform FROM acknowledgements "
        "WHERE school_id = ? AND staff_ref = ? AND (post_hash = ? OR (platform = ? AND created_at >= ? "
        "AND created_at <= ?)) ORDER BY created_at DESC LIMIT 10",
        event["school"], event["staff_ref"], event.get("content_hash") or "", event.get("platform") or "",
        ts(at - timedelta(seconds=TTL_SECONDS)), ts(at))
    return [dict(r) for r in rows]

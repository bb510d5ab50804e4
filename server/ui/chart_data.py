"""The numbers behind the charts, from the events table.

Each query is bounded by school and time, so it runs on the (school_id, kind, at) and
(school_id, at) indexes and returns at most a few thousand groups however many events are
stored: activity is grouped by UTC hour in SQL (`substr` of the sortable stored time, the
same in SQLite and PostgreSQL) and only then moved to the school's time zone, so a day's or
an hour's boundaries are the school's, daylight saving included.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from server.db import Queries, parse_ts, ts
from server.usage import day_bounds


async def findings_by_day(q: Queries, school_id: str, zone: ZoneInfo, first: date,
                          last: date) -> dict[date, Counter]:
    """Flagged events per local day and category."""
    lo, hi = day_bounds(first, last, zone)
    rows = await q.fetch("SELECT at, categories FROM events WHERE school_id = ? AND kind = 'flagged' "
                         "AND at >= ? AND at < ?", school_id, ts(lo), ts(hi))
    out: dict[date, Counter] = defaultdict(Counter)
    for r in rows:
        day = parse_ts(r["at"]).astimezone(zone).date()
        for category in (r["categories"] or "").split() or ["uncategorised"]:
            out[day][category] += 1
    return out


async def activity_by_hour(q: Queries, school_id: str, zone: ZoneInfo, first: date, last: date) -> list[int]:
    """Events (all kinds) per local hour of the day, 0 to 23, over the range."""
    lo, hi = day_bounds(first, last, zone)
    rows = await q.fetch("SELECT substr(at, 1, 13) AS hour, COUNT(*) AS n FROM events "
                         "WHERE school_id = ? AND at >= ? AND at < ? GROUP BY substr(at, 1, 13)",
                         school_id, ts(lo), ts(hi))
    hours = [0] * 24
    for r in rows:
        utc = datetime.strptime(r["hour"], "%Y-%m-%dT%H").replace(tzinfo=timezone.utc)
        hours[utc.astimezone(zone).hour] += int(r["n"])
    return hours

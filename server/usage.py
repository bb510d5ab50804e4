"""Time on each platform per member of staff, per day and per ISO week (policy 003 section 9:
personal use at work must not be excessive).

Time is reconstructed from the events' timestamps alone, since a proxy sees requests, not
screens: on one platform, a session runs from an event to the last event that follows
within `usage.session_gap_minutes` of the one before it, and a session counts at least one
minute (a single post or read is still time spent). Sessions are split at midnight in the
school's own time zone (its timetable's), so a day is the school's day, not UTC's. A day is
`excessive` when its minutes, all platforms together, exceed
`usage.excessive_minutes_per_day`.

Events with no staff_ref (the proxy could not say who) are not counted. Rows are read in
pages, so a long range for a large school never sits in memory at once.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from server.config import Usage
from server.db import Queries, parse_ts, ts

PAGE = 5000
#: The longest range one request may ask for.
MAX_DAYS = 366
#: Sessions that started before the range are followed back this far.
LOOKBACK = timedelta(days=1)
MIN_SESSION = timedelta(minutes=1)


def day_bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at the start of `first` and after `last`."""
    start = datetime.combine(first, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(last + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return start, end


def sessions(times: Iterable[datetime], gap: timedelta) -> list[tuple[datetime, datetime]]:
    """Sorted event times as (start, end) sessions, each at least MIN_SESSION long."""
    out: list[tuple[datetime, datetime]] = []
    first = last = None
    for t in times:
        if last is not None and t - last > gap:
            out.append((first, max(last, first + MIN_SESSION)))
            first = None
        if first is None:
            first = t
        last = t
    if first is not None:
        out.append((first, max(last, first + MIN_SESSION)))
    return out


def split_by_day(start: datetime, end: datetime, zone: ZoneInfo) -> Iterable[tuple[date, float]]:
    """(local day, seconds) for each local day the interval covers."""
    while start < end:
        local = start.astimezone(zone)
        next_midnight = datetime.combine(local.date() + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
        stop = min(end, next_midnight)
        yield local.date(), (stop - start).total_seconds()
        start = stop


@dataclass
class StaffUsage:
    staff_ref: str
    #: day -> platform -> seconds
    seconds: dict[date, dict[str, float]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(float)))

    def add(self, platform: str, start: datetime, end: datetime, zone: ZoneInfo,
            lo: datetime, hi: datetime) -> None:
        start, end = max(start, lo), min(end, hi)
        for day, secs in split_by_day(start, end, zone):
            self.seconds[day][platform] += secs

    def to_dict(self, limit_minutes: int) -> dict:
        days = []
        weeks: dict[str, dict] = {}
        for day in sorted(self.seconds):
            per = {p: _minutes(s) for p, s in sorted(self.seconds[day].items())}
            total = _minutes(sum(self.seconds[day].values()))
            excessive = total > limit_minutes
            days.append({"date": day.isoformat(), "minutes": total, "platforms": per, "excessive": excessive})
            iso = day.isocalendar()
            key = f"{iso.year}-W{iso.week:02d}"
            w = weeks.setdefault(key, {"week": key, "seconds": 0.0, "platforms": defaultdict(float),
                                       "days": 0, "excessive_days": 0})
            w["seconds"] += sum(self.seconds[day].values())
            for p, s in self.seconds[day].items():
                w["platforms"][p] += s
            w["days"] += 1
            w["excessive_days"] += int(excessive)
        week_list = [{"week": w["week"], "minutes": _minutes(w["seconds"]),
                      "platforms": {p: _minutes(s) for p, s in sorted(w["platforms"].items())},
                      "days": w["days"], "excessive_days": w["excessive_days"]}
                     for w in weeks.values()]
        return {"staff_ref": self.staff_ref, "days": days, "weeks": week_list}


def _minutes(seconds: float) -> int:
    """Whole minutes, rounded half up (a one-minute session is 1, never 0)."""
    return int(seconds / 60 + 0.5)


async def usage_report(q: Queries, school_id: str, zone: ZoneInfo, first: date, last: date,
                       settings: Usage, staff_ref: str | None = None) -> dict:
    """Minutes per day and per ISO week for each member of staff with events in [first, last]."""
    if last < first:
        raise ValueError("`to` is before `from`")
    if (last - first).days + 1 > MAX_DAYS:
        raise ValueError(f"ask for at most {MAX_DAYS} days at a time")
    gap = timedelta(minutes=settings.session_gap_minutes)
    lo, hi = day_bounds(first, last, zone)
    people: dict[str, StaffUsage] = {}
    key: tuple[str, str] | None = None
    times: list[datetime] = []

    def flush() -> None:
        if key is not None and times:
            person = people.setdefault(key[0], StaffUsage(key[0]))
            for start, end in sessions(times, gap):
                person.add(key[1], start, end, zone, lo, hi)

    where = "school_id = ? AND at >= ? AND at < ? AND staff_ref <> ''"
    args: list = [school_id, ts(lo - LOOKBACK), ts(hi + gap)]
    if staff_ref is not None:
        where += " AND staff_ref = ?"
        args.append(staff_ref)
    cursor: tuple = ()
    while True:
        page_where = where
        if cursor:
            page_where += " AND (staff_ref > ? OR (staff_ref = ? AND (platform > ? OR (platform = ? AND " \
                          "(at > ? OR (at = ? AND seq > ?))))))"
        rows = await q.fetch(f"SELECT seq, staff_ref, platform, at FROM events WHERE {page_where} "
                             "ORDER BY staff_ref, platform, at, seq LIMIT ?", *args, *cursor, PAGE)
        for r in rows:
            k = (r["staff_ref"], r["platform"])
            if k != key:
                flush()
                key, times = k, []
            times.append(parse_ts(r["at"]))
        if len(rows) < PAGE:
            break
        last_row = rows[-1]
        cursor = (last_row["staff_ref"], last_row["staff_ref"], last_row["platform"], last_row["platform"],
                  last_row["at"], last_row["at"], last_row["seq"])
    flush()
    limit = settings.excessive_minutes_per_day
    staff = [p.to_dict(limit) for _, p in sorted(people.items())]
    return {"school": school_id, "from": first.isoformat(), "to": last.isoformat(), "timezone": zone.key,
            "session_gap_minutes": settings.session_gap_minutes, "excessive_minutes_per_day": limit,
            "staff": [s for s in staff if s["days"]]}

"""Time on platform from events' timestamps: sessions split by the gap, at least a minute each,
days in the school's time zone, ISO weeks, the 'excessive' line; and who may see whose."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import pytest

from server import keys
from server.config import Usage
from server.db import ts
from server.usage import sessions, usage_report
from tests.server.helpers import login, make_account

SCHOOL = "hollins-park"
LONDON = ZoneInfo("Europe/London")
_ids = count()


async def add(db, at: str, staff: str = "c.teacher", platform: str = "x", school: str = SCHOOL) -> None:
    """One hand-made event row: only what usage reads matters."""
    when = datetime.fromisoformat(at)
    await db.execute("INSERT INTO events (id, school_id, source, staff_ref, at, received_at, platform, kind, body, "
                     "retain_until) VALUES (?, ?, 'test', ?, ?, ?, ?, 'usage', '{}', ?)",
                     f"ev{next(_ids)}", school, staff, ts(when), ts(when), platform, ts(when + timedelta(days=90)))


@pytest.fixture
async def school(db):
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES (?, 'HP', ?)", SCHOOL,
                     "2026-01-01T00:00:00.000000Z")
    return SCHOOL


def test_sessions_split_on_the_gap_and_count_a_minute_at_least():
    t = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
    times = [t, t + timedelta(minutes=3), t + timedelta(minutes=7), t + timedelta(minutes=20)]
    got = sessions(times, timedelta(minutes=5))
    assert got == [(t, t + timedelta(minutes=7)), (t + timedelta(minutes=20), t + timedelta(minutes=21))]
    assert sessions([], timedelta(minutes=5)) == []


async def test_minutes_per_day_platform_and_excessive(db, school):
    for at in ("10:00", "10:03", "10:07", "10:20"):
        await add(db, f"2026-11-20T{at}:00+00:00")
    await add(db, "2026-11-20T10:05:00+00:00", platform="facebook")
    await add(db, "2026-11-20T11:00:00+00:00", staff="d.teacher")
    await add(db, "2026-11-20T11:00:00+00:00", staff="")            # nobody known: not counted
    await db.execute("INSERT INTO schools (id, name, created_at) VALUES ('elsewhere', 'E', ?)", ts(datetime.now(LONDON)))
    await add(db, "2026-11-20T11:00:00+00:00", staff="e.teacher", school="elsewhere")   # another school's
    report = await usage_report(db, SCHOOL, LONDON, date(2026, 11, 20), date(2026, 11, 20),
                                Usage(excessive_minutes_per_day=8, session_gap_minutes=5))
    assert report["timezone"] == "Europe/London" and report["excessive_minutes_per_day"] == 8
    by_ref = {s["staff_ref"]: s for s in report["staff"]}
    assert set(by_ref) == {"c.teacher", "d.teacher"}
    [day] = by_ref["c.teacher"]["days"]
    assert day == {"date": "2026-11-20", "minutes": 9, "platforms": {"facebook": 1, "x": 8}, "excessive": True}
    [day] = by_ref["d.teacher"]["days"]
    assert day["minutes"] == 1 and day["excessive"] is False
    only = await usage_report(db, SCHOOL, LONDON, date(2026, 11, 20), date(2026, 11, 20), Usage(), "d.teacher")
    assert [s["staff_ref"] for s in only["staff"]] == ["d.teacher"]


async def test_days_are_the_schools_and_weeks_are_iso(db, school):
    # British Summer Time: local midnight on 15 June is 23:00 UTC on the 14th.
    await add(db, "2026-06-14T22:50:00+00:00")   # 23:50 local, the 14th
    await add(db, "2026-06-14T22:54:00+00:00")
    await add(db, "2026-06-14T22:58:00+00:00")
    await add(db, "2026-06-14T23:02:00+00:00")   # 00:02 local, the 15th: the session crosses midnight
    await add(db, "2026-06-14T23:30:00+00:00")   # 00:30 local, the 15th
    report = await usage_report(db, SCHOOL, LONDON, date(2026, 6, 14), date(2026, 6, 15), Usage())
    [person] = report["staff"]
    assert [(d["date"], d["minutes"]) for d in person["days"]] == [("2026-06-14", 10), ("2026-06-15", 3)]
    # 14 June 2026 is a Sunday (week 24), the 15th a Monday (week 25).
    assert [(w["week"], w["minutes"], w["days"]) for w in person["weeks"]] == [("2026-W24", 10, 1),
                                                                               ("2026-W25", 3, 1)]
    # Asking for the 15th alone counts only its part of the session that began on the 14th.
    report = await usage_report(db, SCHOOL, LONDON, date(2026, 6, 15), date(2026, 6, 15), Usage())
    assert [(d["date"], d["minutes"]) for d in report["staff"][0]["days"]] == [("2026-06-15", 3)]


async def test_paging_keeps_sessions_whole(db, school, monkeypatch):
    """Rows are read in pages; a session split across two pages still counts once."""
    from server import usage
    monkeypatch.setattr(usage, "PAGE", 3)
    for minute in range(0, 10, 2):      # 10:00 .. 10:08, one session of 8 minutes
        await add(db, f"2026-11-20T10:{minute:02d}:00+00:00")
    await add(db, "2026-11-20T10:00:00+00:00", staff="e.teacher")
    report = await usage_report(db, SCHOOL, LONDON, date(2026, 11, 20), date(2026, 11, 20), Usage())
    assert [(s["staff_ref"], s["days"][0]["minutes"]) for s in report["staff"]] == [("c.teacher", 8),
                                                                                    ("e.teacher", 1)]


async def test_week_totals_and_excessive_days(db, school):
    for day in (16, 17, 18):   # Monday to Wednesday of ISO week 47
        await add(db, f"2026-11-{day}T09:00:00+00:00")
        await add(db, f"2026-11-{day}T09:04:00+00:00")
    await add(db, "2026-11-18T09:08:00+00:00")
    report = await usage_report(db, SCHOOL, LONDON, date(2026, 11, 16), date(2026, 11, 22),
                                Usage(excessive_minutes_per_day=5))
    [week] = report["staff"][0]["weeks"]
    assert week == {"week": "2026-W47", "minutes": 16, "platforms": {"x": 16}, "days": 3, "excessive_days": 1}


async def test_usage_api_roles(client, clock):
    db = client.app[keys.DB]
    await add(db, "2026-11-20T10:00:00+00:00")
    await add(db, "2026-11-20T10:30:00+00:00", staff="d.teacher")
    await make_account(client, "rev", "reviewer")
    await make_account(client, "st", "staff", staff_ref="c.teacher")
    await login(client, "rev")
    resp = await client.get("/api/v1/usage?from=2026-11-20&to=2026-11-20")
    assert resp.status == 200
    body = await resp.json()
    assert [s["staff_ref"] for s in body["staff"]] == ["c.teacher", "d.teacher"]
    assert body["excessive_minutes_per_day"] == client.app[keys.CONFIG].usage.excessive_minutes_per_day
    body = await (await client.get("/api/v1/usage?from=2026-11-20&to=2026-11-20&staff=d.teacher")).json()
    assert [s["staff_ref"] for s in body["staff"]] == ["d.teacher"]
    for bad in ("from=2026-11-20", "from=2026-11-20&to=2026-11-19", "from=2025-01-01&to=2026-11-20",
                "from=20/11/2026&to=2026-11-20"):
        resp = await client.get("/api/v1/usage?" + bad)
        assert resp.status == 400, bad
    await login(client, "st")
    assert (await client.get("/api/v1/usage?from=2026-11-20&to=2026-11-20")).status == 403
    body = await (await client.get("/api/v1/me/usage?from=2026-11-20&to=2026-11-20&staff=d.teacher")).json()
    assert [s["staff_ref"] for s in body["staff"]] == ["c.teacher"]   # `staff` is ignored: only their own
    assert (await client.get("/api/v1/me/usage?from=2026-11-20&to=2026-11-20")).status == 200

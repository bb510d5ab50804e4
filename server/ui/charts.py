"""Charts reviewers would rather look at than read: findings by category over time, activity
by hour of day, and usage per member of staff against the excessive-use line.

Drawn on the server as SVG (no chart library, no script: the CSP allows none inline and we
ship no framework). This module computes the geometry; the template only places it, and
escapes every label. Each chart has a text title and description for screen readers and its
numbers in a table beside it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from aiohttp import web

from server import keys
from server.access import require
from server.api.review_common import parse_day, school_of_request, school_zone
from server.errors import ApiError
from server.ui.chart_data import activity_by_hour, findings_by_day
from server.ui.render import page, render
from server.usage import usage_report

WIDTH, HEIGHT = 720, 260
LEFT, BOTTOM, TOP, RIGHT = 48, 40, 12, 12
#: Categories get one of this many colours (CSS classes series-0 ...); the rest share the last.
SERIES = 8
MAX_DAYS = 92


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    series: int = 0
    label: str = ""


@dataclass
class Chart:
    title: str
    description: str
    bars: list[Bar] = field(default_factory=list)
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    limit: tuple[float, str] | None = None      # (y, label) of a horizontal line
    legend: list[tuple[int, str]] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT


def _nice_max(value: float) -> float:
    """The axis top: the smallest 4 x (1, 2 or 5) x 10^k at or above `value`, so the four
    gridlines fall on round numbers."""
    top = 4.0
    while top < value:
        for factor in (2, 2.5, 2):
            top *= factor
            if top >= value:
                break
    return top


def _scale(top: float) -> tuple[float, list[tuple[float, str]]]:
    top = _nice_max(top)
    plot_h = HEIGHT - TOP - BOTTOM
    ticks = [(HEIGHT - BOTTOM - plot_h * i / 4, f"{top * i / 4:g}") for i in range(5)]
    return top, ticks


def findings_chart(days: list[date], per_day: dict) -> Chart:
    categories = sorted({c for counts in per_day.values() for c in counts},
                        key=lambda c: -sum(per_day[d][c] for d in per_day))
    series = {c: min(i, SERIES - 1) for i, c in enumerate(categories)}
    totals = [sum(per_day.get(d, {}).values()) for d in days]
    top, ticks = _scale(max(totals, default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(days), 1)
    chart = Chart("Findings by category over time",
                  f"Flagged events per day from {days[0]:%d %b} to {days[-1]:%d %b}, stacked by category.",
                  y_ticks=ticks, legend=[(series[c], c) for c in categories[:SERIES]])
    for i, d in enumerate(days):
        y = HEIGHT - BOTTOM
        for c, n in sorted(per_day.get(d, {}).items(), key=lambda cn: series[cn[0]]):
            h = plot_h * n / top
            y -= h
            chart.bars.append(Bar(LEFT + i * step + step * 0.15, y, step * 0.7, h, series[c], f"{d:%d %b}: {c} {n}"))
        if len(days) <= 14 or i % max(len(days) // 10, 1) == 0:
            chart.x_labels.append((LEFT + i * step + step / 2, f"{d:%d %b}"))
    return chart


def hours_chart(hours: list[int]) -> Chart:
    top, ticks = _scale(max(hours))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / 24
    chart = Chart("Activity by hour of day", "Logged events in each hour of the school day, all days in the range.",
                  y_ticks=ticks)
    for h, n in enumerate(hours):
        bh = plot_h * n / top
        chart.bars.append(Bar(LEFT + h * step + step * 0.1, HEIGHT - BOTTOM - bh, step * 0.8, bh, 0, f"{h:02d}:00 {n}"))
        if h % 3 == 0:
            chart.x_labels.append((LEFT + h * step + step / 2, f"{h:02d}"))
    return chart


def usage_chart(report: dict) -> tuple[Chart, list[dict]]:
    """Each member of staff's busiest day and average active day, against the daily limit."""
    limit = report["excessive_minutes_per_day"]
    people = []
    for s in report["staff"]:
        minutes = [d["minutes"] for d in s["days"]]
        people.append({"staff_ref": s["staff_ref"], "max": max(minutes), "average": round(sum(minutes) / len(minutes)),
                       "days": len(minutes), "excessive_days": sum(1 for d in s["days"] if d["excessive"])})
    people.sort(key=lambda p: -p["max"])
    people = people[:30]
    top, ticks = _scale(max([limit] + [p["max"] for p in people]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(people), 1)
    chart = Chart("Usage per member of staff",
                  f"Each person's busiest day (dark) and average active day (light) in minutes; "
                  f"the dashed line is the excessive-use limit of {limit} minutes a day.",
                  y_ticks=ticks, legend=[(0, "busiest day"), (1, "average day")])
    for i, p in enumerate(people):
        x = LEFT + i * step
        for j, key in enumerate(("max", "average")):
            h = plot_h * p[key] / top
            chart.bars.append(Bar(x + step * (0.1 + 0.4 * j), HEIGHT - BOTTOM - h, step * 0.38, h, j,
                                  f"{p['staff_ref']}: {key} {p[key]} minutes"))
        chart.x_labels.append((x + step / 2, p["staff_ref"][:14]))
    chart.limit = (HEIGHT - BOTTOM - plot_h * limit / top, f"limit {limit} min")
    return chart, people


@page
async def charts(request: web.Request) -> web.Response:
    who = require(request, "reviewer", "admin")
    app = request.app
    school = school_of_request(request, who)
    zone = school_zone(app, school)
    today = app[keys.CLOCK]().astimezone(zone).date()
    last = parse_day(request.query["to"], "to") if request.query.get("to") else today
    first = parse_day(request.query["from"], "from") if request.query.get("from") else last - timedelta(days=13)
    if last < first or (last - first).days + 1 > MAX_DAYS:
        raise ApiError(400, f"Choose a range of 1 to {MAX_DAYS} days, `from` before `to`.")
    db = app[keys.DB]
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    per_day = await findings_by_day(db, school, zone, first, last)
    hours = await activity_by_hour(db, school, zone, first, last)
    report = await usage_report(db, school, zone, first, last, app[keys.CONFIG].usage)
    usage, people = usage_chart(report)
    return render(request, "review/charts.html", first=first, last=last, school=school,
                  findings=findings_chart(days, per_day), days=days, per_day=per_day,
                  hours_chart=hours_chart(hours), hours=hours, usage=usage, people=people,
                  limit=report["excessive_minutes_per_day"])


def setup(app: web.Application) -> None:
    app.router.add_get("/review/charts", charts)

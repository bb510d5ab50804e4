"""Directed time: when a member of staff is working, in the school's own time zone.

Times are compared in local wall-clock time (IANA zone), so GMT/BST changes need no special
cases. A moment is directed time when its local date is a term day that is not a closure day
and its local time falls inside one of that weekday's periods (the staff member's override
replaces the school's periods when there is one). Periods are half-open: 10:30 at the end of
a period is break, not lesson.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Day sets written as one word in timetables people type.
_DAY_WORDS = {"weekdays": range(0, 5), "weekday": range(0, 5), "weekends": range(5, 7), "weekend": range(5, 7)}
#: One time of day: "08:45", "8.45", "8:45am", "1.15pm", "12pm", "1 pm", "noon".
_TIME = r"(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?|(\d{1,2})[:.](\d{2})|(noon|midday))"
#: "08:45-10:30", and as typed elsewhere: "8.45 - 10.30", "08:45–10:30", "8:45 to 10:30",
#: "8.45am to 12.15pm", "1.15-3.15pm".
_PERIOD = re.compile(rf"^\s*{_TIME}\s*(?:-|\u2013|\u2014|to|till|until)\s*{_TIME}\s*$", re.I)
#: Between the days of a range ("mon-fri", "Monday to Friday", "Mon – Fri").
_RANGE = re.compile(r"\s*(?:-|\u2013|\u2014|\bto\b)\s*")
#: Between listed days ("mon,wed", "Mon, Tue & Thu", "Monday and Wednesday", "mon/wed").
_LIST = re.compile(r"\s*(?:,|&|/|\+|\band\b)\s*")


@dataclass(frozen=True, slots=True)
class Period:
    start: time
    end: time

    def __contains__(self, t: time) -> bool:
        return self.start <= t < self.end

    def __str__(self) -> str:
        return f"{_hh_mm(self.start)}-{_hh_mm(self.end)}"


#: English day and month abbreviations, as `strftime` writes them in the C locale: the
#: reason's label is English whatever the process locale, and built this way in a third of
#: strftime's time (it is written for every post).
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _hh_mm(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _label(local: datetime) -> str:
    """'Mon 23 Nov 2026 09:05 GMT'."""
    return (f"{_DAY_ABBR[local.weekday()]} {local.day:02d} {_MONTH_ABBR[local.month - 1]} "
            f"{local.year} {_hh_mm(local)} {local.tzname()}")


def _clock(h: str | None, m: str | None, ampm: str | None, h24: str | None, m24: str | None,
           noon: str | None) -> tuple[int, int, str | None]:
    """(hour, minute, 'a'/'p'/None) of one matched time; 12-hour times are not yet resolved."""
    if noon:
        return 12, 0, None
    if ampm:
        if not 1 <= int(h) <= 12:
            raise ValueError(f"{h}{ampm}m is not a 12-hour time")
        return int(h), int(m or 0), ampm.lower()
    return int(h24), int(m24), None


def _to_24h(hour: int, ampm: str | None) -> int:
    if ampm is None:
        return hour
    return hour % 12 + (12 if ampm == "p" else 0)


def parse_period(text: str) -> Period:
    m = _PERIOD.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a period like 08:45-10:30 (or 8.45am to 10.30am)")
    try:
        h1, m1, ap1 = _clock(*m.groups()[:6])
        h2, m2, ap2 = _clock(*m.groups()[6:])
        if ap1 is None and ap2 is not None and h1 <= 12:
            # "1.15-3.15pm": the start shares the end's half of the day unless that puts it
            # after the end ("11.30-1.15pm" starts in the morning).
            ap1 = ap2 if _to_24h(h1, ap2) * 60 + m1 <= _to_24h(h2, ap2) * 60 + m2 else "a"
        start, end = time(_to_24h(h1, ap1), m1), time(_to_24h(h2, ap2), m2)
    except ValueError as e:
        raise ValueError(f"{text!r}: {e}") from e
    if end <= start:
        raise ValueError(f"{text!r}: the period ends before it starts")
    return Period(start, end)


def _day_index(word: str) -> int | None:
    """A day written as its name or any start of it of two letters or more ("mon", "Monday",
    "Tues", "Weds", "Thurs", "Th"): two letters already tell the seven days apart."""
    word = word.strip().lower().rstrip(".")
    if word.endswith("s") and word[:-1] in _FULL_DAYS:   # "Mondays"
        word = word[:-1]
    if word == "weds":
        word = "wed"
    if len(word) < 2:
        return None
    for i, full in enumerate(_FULL_DAYS):
        if full.startswith(word):
            return i
    return None


def parse_days(spec: str) -> list[int]:
    """'mon-fri' -> [0..4]; 'mon,wed' -> [0, 2]; 'sat' -> [5]; also days written in full or
    shortened otherwise ('Monday-Thursday', 'Mon to Wed', 'Tues & Thurs', 'weekdays'), as a
    config written by hand or copied from a staff handbook has them."""
    out: list[int] = []
    for part in _LIST.split(spec.strip()):
        if not part:
            continue
        if part.lower() in _DAY_WORDS:
            out.extend(_DAY_WORDS[part.lower()])
            continue
        ends = _RANGE.split(part)
        if len(ends) == 2:
            a, b = _day_index(ends[0]), _day_index(ends[1])
            if a is None or b is None:
                raise ValueError(f"{spec!r}: day ranges look like mon-fri")
            if b < a:
                raise ValueError(f"{spec!r}: the range runs backwards")
            out.extend(range(a, b + 1))
        elif len(ends) == 1 and (day := _day_index(part)) is not None:
            out.append(day)
        else:
            raise ValueError(f"{spec!r}: unknown day {part!r} (use mon, tue, ... sun)")
    return out


def parse_week(directed: dict[str, list[str]]) -> dict[int, tuple[Period, ...]]:
    """Periods by weekday; a day named by two keys is an error, not a silent merge."""
    week: dict[int, tuple[Period, ...]] = {}
    for spec, periods in directed.items():
        parsed = tuple(sorted((parse_period(p) for p in periods), key=lambda p: p.start))
        for a, b in zip(parsed, parsed[1:]):
            if b.start < a.end:
                raise ValueError(f"{spec!r}: periods {a} and {b} overlap")
        for day in parse_days(spec):
            if day in week:
                raise ValueError(f"{spec!r}: {DAYS[day]} is already given by another key")
            week[day] = parsed
    return week


@dataclass(frozen=True)
class Timetable:
    zone: ZoneInfo
    week: dict[int, tuple[Period, ...]]
    terms: tuple[tuple[date, date], ...]
    closures: frozenset[date]
    overrides: dict[str, dict[int, tuple[Period, ...]]]

    def is_term_day(self, day: date) -> bool:
        return day not in self.closures and any(a <= day <= b for a, b in self.terms)

    def directed_period(self, at: datetime, user: str | None) -> tuple[Period | None, str]:
        """The directed period `at` falls in for `user` (or None), and why, in plain words."""
        local = at.astimezone(self.zone)
        day = local.date()
        label = _label(local)
        if day in self.closures:
            return None, f"{label} is a closure day"
        if not any(a <= day <= b for a, b in self.terms):
            return None, f"{label} is outside term dates"
        week = self.overrides.get(user or "", self.week)
        whose = f"{user}'s own timetable" if (user or "") in self.overrides else "the school timetable"
        for period in week.get(local.weekday(), ()):
            if local.time() in period:
                return period, f"{label} is inside directed period {period} ({whose})"
        return None, f"{label} is outside directed time ({whose})"

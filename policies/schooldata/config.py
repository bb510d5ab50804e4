"""The school's deployment config (contract section 2), validated when loaded.

Paths in the config are relative to the config file. Every problem names the file and the
key path (or, for CSV files, the line), and nothing is half-loaded: a config either loads
whole or fails at start-up.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator,
                      model_validator)

from ..yamlfile import load_model
from .timetable import parse_week

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

#: A date as UK schools write it, "02/09/2026", optionally with a time, "10/03/2027 09:00".
_UK_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]+(\d{1,2})[:.](\d{2}))?\s*$")
_ISO_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _uk_date(value: object) -> object:
    """Read "dd/mm/yyyy" (and "dd/mm/yyyy HH:MM"), day first as in the UK, so a config typed by
    a school office loads; an impossible day or month is an error naming the value, never a
    silent month/day swap."""
    if not isinstance(value, str) or not (m := _UK_DATE.match(value)):
        return value
    d, mo, y, hh, mm = m.groups()
    try:
        day = date(int(y), int(mo), int(d))
        return day if hh is None else datetime.combine(day, time(int(hh), int(mm)))
    except ValueError as e:
        raise ValueError(f"{value!r} is not a day/month/year date ({e})") from None


def _hold_time(value: object) -> object:
    """A hold's start or end: a whole day ("2027-02-01", "01/02/2027") stays a date, so the
    hold can cover that day whole; anything else is read as a date and time."""
    value = _uk_date(value)
    if isinstance(value, str) and _ISO_DAY.match(value):
        return date.fromisoformat(value.strip())
    return value


Day = Annotated[date, BeforeValidator(_uk_date)]
HoldTime = Annotated[datetime | date, BeforeValidator(_hold_time)]


#: Other names admins write for a platform the contract names otherwise ("twitter" for x).
PLATFORM_ALIASES = {"twitter": "x", "twitter.com": "x", "x.com": "x", "fb": "facebook",
                    "facebook.com": "facebook", "ig": "instagram", "insta": "instagram",
                    "instagram.com": "instagram", "tik tok": "tiktok", "tiktok.com": "tiktok",
                    "linked in": "linkedin", "linkedin.com": "linkedin", "youtube.com": "youtube",
                    "whats app": "whatsapp", "whatsapp.com": "whatsapp", "bsky": "bluesky"}


def platform_key(platform: str) -> str:
    """A platform as the contract names it, so a config's "Twitter" matches a post's "x"."""
    low = platform.strip().lower()
    return PLATFORM_ALIASES.get(low, low)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SchoolInfo(_Strict):
    name: Text
    aliases: tuple[Text, ...] = ()


class CsvSource(_Strict):
    path: Text
    #: field -> header in the file, for MIS exports whose headers differ.
    columns: dict[str, str] = {}


class OfficialAccount(_Strict):
    platform: Text
    handle: Text | None = None
    id: Text | None = None

    @field_validator("platform")
    @classmethod
    def _platform(cls, value: str) -> str:
        return platform_key(value)

    @model_validator(mode="after")
    def _handle_or_id(self) -> OfficialAccount:
        if not self.handle and not self.id:
            raise ValueError("an official account needs a handle or an id")
        return self


def _check_week(value: dict[str, list[str]]) -> dict[str, list[str]]:
    parse_week(value)  # raises ValueError with the offending key
    return value


class Term(_Strict):
    start: Day
    end: Day

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        if self.end < self.start:
            raise ValueError(f"term ends ({self.end}) before it starts ({self.start})")
        return self


class TimetableConfig(_Strict):
    timezone: Text = "Europe/London"
    directed: dict[str, list[str]] = {}
    terms: tuple[Term, ...] = ()
    closures: tuple[Day, ...] = ()

    _week = field_validator("directed")(_check_week)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"{value!r} is not an IANA time zone (e.g. Europe/London)") from e
        return value


class StaffOverride(_Strict):
    directed: dict[str, list[str]]

    _week = field_validator("directed")(_check_week)


class Declaration(_Strict):
    user: Text
    pupil: Text
    context: Text | None = None


class Hold(_Strict):
    """A hold. In the config file its times may be written without an offset (the school's
    own time zone is meant) or as whole days (start and end days both included); the Config
    turns them into exact moments with `in_zone`, so `covers` always compares aware times."""
    start: HoldTime
    end: HoldTime
    reason: Text | None = None
    #: Limit the hold to some platforms; empty means every platform.
    platforms: tuple[Text, ...] = ()

    @field_validator("platforms")
    @classmethod
    def _platforms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(platform_key(p) for p in value)

    @model_validator(mode="after")
    def _ordered(self) -> Hold:
        """Checked here when both ends are exact (the admin page's holds); a config's local or
        whole-day holds are checked by `in_zone`, once the zone is known."""
        if all(isinstance(t, datetime) and t.tzinfo for t in (self.start, self.end)):
            self.in_zone(ZoneInfo("UTC"))
        return self

    @staticmethod
    def _moment(value: datetime | date, zone: ZoneInfo, is_end: bool) -> datetime:
        if not isinstance(value, datetime):   # a whole day: from its first moment / to the next day's
            return datetime.combine(value + timedelta(days=1 if is_end else 0), time(0), zone)
        return value if value.tzinfo else value.replace(tzinfo=zone)

    def in_zone(self, zone: ZoneInfo) -> Hold:
        """This hold with exact start and end moments: whole days and times without an offset
        are the school's local time (`zone`), so "08:00" in June means 08:00 BST."""
        start, end = self._moment(self.start, zone, False), self._moment(self.end, zone, True)
        if end <= start:
            raise ValueError("hold ends before it starts")
        return self.model_copy(update={"start": start, "end": end})

    def covers(self, at: datetime, platform: str) -> bool:
        return self.start <= at < self.end and (not self.platforms or platform_key(platform) in self.platforms)


class Config(_Strict):
    pack: Text
    school: SchoolInfo
    roster: Text | CsvSource | None = None
    staff: Text | CsvSource | None = None
    logos: tuple[Text, ...] = ()
    official_accounts: tuple[OfficialAccount, ...] = ()
    timetable: TimetableConfig = TimetableConfig()
    staff_overrides: dict[str, StaffOverride] = {}
    declarations: tuple[Declaration, ...] = ()
    holds: tuple[Hold, ...] = Field(default=())

    @model_validator(mode="after")
    def _holds_in_school_time(self) -> Config:
        """Holds written in local time or as whole days become exact moments in the
        timetable's zone (the zone is only known here, once the whole config is read)."""
        zone = ZoneInfo(self.timetable.timezone)
        holds = []
        for i, hold in enumerate(self.holds):
            try:
                holds.append(hold.in_zone(zone))
            except ValueError as e:
                raise ValueError(f"holds[{i}]: {e}") from None
        self.__dict__["holds"] = tuple(holds)
        return self


def csv_source(value: str | CsvSource | None) -> CsvSource | None:
    if value is None or isinstance(value, CsvSource):
        return value
    return CsvSource(path=value)


def read_config(path: Path) -> Config:
    return load_model(path, Config, "the config")

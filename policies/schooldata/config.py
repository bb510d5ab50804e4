"""The school's deployment config (contract section 2), validated when loaded.

Paths in the config are relative to the config file. Every problem names the file and the
key path (or, for CSV files, the line), and nothing is half-loaded: a config either loads
whole or fails at start-up.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from ..yamlfile import load_model
from .timetable import parse_week

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        if self.end < self.start:
            raise ValueError(f"term ends ({self.end}) before it starts ({self.start})")
        return self


class TimetableConfig(_Strict):
    timezone: Text = "Europe/London"
    directed: dict[str, list[str]] = {}
    terms: tuple[Term, ...] = ()
    closures: tuple[date, ...] = ()

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
    start: datetime
    end: datetime
    reason: Text | None = None
    #: Limit the hold to some platforms; empty means every platform.
    platforms: tuple[Text, ...] = ()

    @field_validator("platforms")
    @classmethod
    def _platforms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(platform_key(p) for p in value)

    @model_validator(mode="after")
    def _aware_and_ordered(self) -> Hold:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("hold times need a UTC offset, e.g. 2026-12-01T00:00:00+00:00")
        if self.end <= self.start:
            raise ValueError("hold ends before it starts")
        return self

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


def csv_source(value: str | CsvSource | None) -> CsvSource | None:
    if value is None or isinstance(value, CsvSource):
        return value
    return CsvSource(path=value)


def read_config(path: Path) -> Config:
    return load_model(path, Config, "the config")

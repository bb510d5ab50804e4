"""Pupil roster and staff list from CSV, as schools' MIS systems really export them.

MIS exports differ in encoding (UTF-8, UTF-8 with a BOM, Excel's cp1252) and in headers
("Legal Forename", "Preferred Forename", "Year", "DOB"), so headers are matched through a
mapping (built-in synonyms plus the config's own), and every bad row is reported with its
line number. A bad row is never skipped silently: an unlisted pupil is an unprotected pupil.
"""
from __future__ import annotations

import csv
import enum
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import ConfigError


class NameConsent(enum.StrEnum):
    FULL = "full"
    FIRST_NAME_INITIAL = "first_name_initial"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Pupil:
    first_name: str
    last_name: str
    preferred_name: str | None
    year_group: str | None
    date_of_birth: date | None
    photo_consent: bool
    name_consent: NameConsent
    handles: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class StaffMember:
    username: str
    first_name: str
    last_name: str
    role: str


ROSTER_FIELDS = ("first_name", "last_name", "preferred_name", "year_group", "date_of_birth",
                 "photo_consent", "name_consent", "social_handles")
STAFF_FIELDS = ("username", "first_name", "last_name", "role")
REQUIRED_ROSTER = ("first_name", "last_name")
REQUIRED_STAFF = ("username", "first_name", "last_name")

#: Header synonyms seen in MIS exports (compared case- and punctuation-insensitively).
SYNONYMS = {
    "first_name": ["forename", "legal forename", "first name", "firstname", "given name"],
    "last_name": ["surname", "legal surname", "last name", "lastname", "family name"],
    "preferred_name": ["preferred forename", "preferred name", "known as", "chosen name"],
    "year_group": ["year", "year group", "yeargroup", "ncy", "nc year"],
    "date_of_birth": ["dob", "date of birth", "birth date", "birthdate"],
    "photo_consent": ["photo consent", "photograph consent", "photos"],
    "name_consent": ["name consent"],
    "social_handles": ["handles", "social handles", "social media"],
    "username": ["user", "login", "user name"],
    "role": ["job title", "position"],
}

_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0", ""}


#: When no synonym is the whole header: words that, all present, say which optional field a
#: header holds ("Social Media Handles", "Photo Consent (Web)", "Name Permission", "D.O.B").
#: Required fields never fall back: a wrong first or last name column is worse than an error.
HEADER_WORDS = {
    "preferred_name": [{"preferred"}, {"known", "as"}, {"chosen"}],
    "date_of_birth": [{"birth"}, {"d", "o", "b"}],
    "photo_consent": [{"photo"}, {"photograph"}, {"image"}, {"images"}],
    "name_consent": [{"name", "consent"}, {"name", "permission"}, {"naming"}],
    "social_handles": [{"handle"}, {"handles"}, {"social", "media"}, {"usernames"}],
    "year_group": [{"year"}, {"ncy"}],
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


def decode_csv(raw: bytes) -> str:
    """UTF-8 (with or without a BOM) first; Excel's cp1252 when that fails."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def keep_read_columns(text: str, fields: tuple[str, ...], columns: dict[str, str] | None = None
                      ) -> tuple[str, dict[str, str]]:
    """The CSV with only the columns the loader reads (and the mapping for it): what leaves
    the server for a proxy, which needs no more of the school's file than that."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    mapping = _header_map(list(reader.fieldnames or []), fields, columns or {})
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(mapping))
    for row in reader:
        writer.writerow([row.get(h) or "" for h in mapping.values()])
    return out.getvalue(), {field: field for field in mapping}


def _header_map(headers: list[str], fields: tuple[str, ...], columns: dict[str, str]
                ) -> dict[str, str]:
    """field -> the header that holds it."""
    by_key = {_key(h): h for h in headers if h is not None}
    out: dict[str, str] = {}
    for field in fields:
        if field in columns:
            wanted = _key(columns[field])
            if wanted in by_key:
                out[field] = by_key[wanted]
            continue
        for candidate in [field.replace("_", " ")] + SYNONYMS.get(field, []):
            if _key(candidate) in by_key:
                out[field] = by_key[_key(candidate)]
                break
    taken = set(out.values())
    for field in fields:
        if field in out or field in columns:
            continue
        for key, header in by_key.items():
            words = set(key.split())
            if header not in taken and any(need <= words for need in HEADER_WORDS.get(field, ())):
                out[field] = header
                taken.add(header)
                break
    return out


def _read_rows(path: Path, fields: tuple[str, ...], required: tuple[str, ...],
               columns: dict[str, str], text: str | None = None):
    if text is None:
        try:
            text = decode_csv(path.read_bytes())
        except OSError as e:
            raise ConfigError(path, [f"cannot read: {e.strerror}"]) from e
    reader = csv.DictReader(io.StringIO(text, newline=""))
    headers = reader.fieldnames or []
    mapping = _header_map(list(headers), fields, columns)
    missing = [f for f in required if f not in mapping]
    bad_columns = [f"columns.{f}: no header {v!r}" for f, v in columns.items()
                   if f in fields and f not in mapping]
    unknown = [f"columns.{f}: unknown field (known: {', '.join(fields)})" for f in columns
               if f not in fields]
    if missing or bad_columns or unknown:
        problems = bad_columns + unknown
        if missing:
            problems.append(f"line 1: no column for {', '.join(missing)} "
                            f"(headers: {', '.join(headers)}); map them with `columns:`")
        raise ConfigError(path, problems)
    for row in reader:
        # reader.line_num is the physical line where the row ended (quoted fields can span lines).
        values = {f: (row.get(h) or "").strip() for f, h in mapping.items()}
        if all(not v for v in values.values()):
            continue
        yield reader.line_num, values


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date_of_birth {text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)")


def _parse_bool(field: str, text: str, default: bool) -> bool:
    low = text.lower()
    if not low:
        return default
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"{field} {text!r} must be yes or no")


def _parse_consent(text: str) -> NameConsent:
    low = text.lower().replace(" ", "_").replace("-", "_")
    if not low:
        # No record of consent is no consent: the safe reading for a safeguarding check.
        return NameConsent.NONE
    try:
        return NameConsent(low)
    except ValueError as e:
        raise ValueError(f"name_consent {text!r} must be full, first_name_initial or none") from e


def _parse_handles(text: str) -> tuple[str, ...]:
    return tuple(h.strip() for h in re.split(r"[;,\s]+", text) if h.strip())


def read_roster(path: Path, columns: dict[str, str] | None = None, text: str | None = None) -> list[Pupil]:
    """The roster from `path`, or from `text` (an uploaded file, already decoded) named `path`
    in messages."""
    pupils, problems = [], []
    for line, v in _read_rows(path, ROSTER_FIELDS, REQUIRED_ROSTER, columns or {}, text):
        try:
            if not v.get("first_name") or not v.get("last_name"):
                raise ValueError("first_name and last_name are required")
            pupils.append(Pupil(
                first_name=v["first_name"],
                last_name=v["last_name"],
                preferred_name=v.get("preferred_name") or None,
                year_group=v.get("year_group") or None,
                date_of_birth=_parse_date(v.get("date_of_birth", "")),
                # Missing photo consent is no consent.
                photo_consent=_parse_bool("photo_consent", v.get("photo_consent", ""), False),
                name_consent=_parse_consent(v.get("name_consent", "")),
                handles=_parse_handles(v.get("social_handles", "")),
            ))
        except ValueError as e:
            problems.append(f"line {line}: {e}")
    if problems:
        raise ConfigError(path, problems)
    return pupils


def read_staff(path: Path, columns: dict[str, str] | None = None, text: str | None = None) -> list[StaffMember]:
    """The staff list from `path`, or from `text` (an uploaded file) named `path` in messages."""
    staff, problems = [], []
    for line, v in _read_rows(path, STAFF_FIELDS, REQUIRED_STAFF, columns or {}, text):
        if not v.get("username") or not v.get("first_name") or not v.get("last_name"):
            problems.append(f"line {line}: username, first_name and last_name are required")
            continue
        staff.append(StaffMember(v["username"], v["first_name"], v["last_name"], v.get("role", "")))
    if problems:
        raise ConfigError(path, problems)
    return staff

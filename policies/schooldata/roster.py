"""Pupil roster and staff list from CSV, as schools' MIS systems really export them.

export_table.py finds the table (encoding, separator, header row, which header holds which
field, through built-in synonyms plus the config's own mapping); this module reads the cells
as MIS systems write them ("Y", "Granted", "First name and initial", "Instagram: @x", dates
with Excel's midnight time), and every bad row is reported with its line number. A bad row is
never skipped silently: an unlisted pupil is an unprotected pupil. Only a report's own note
lines (a title, "Total pupils: 421") are passed over.
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
from ..text.normalize import fold
from .export_table import decode_csv, header_map as _header_map, read_table, unread_lookalikes  # noqa: F401 (the UI reads these here)


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
    #: The surname the pupil goes by when it is not the legal one (SIMS "Preferred Surname").
    preferred_last_name: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()   # a mononymous pupil has no surname


@dataclass(frozen=True, slots=True)
class StaffMember:
    username: str
    first_name: str
    last_name: str
    role: str


ROSTER_FIELDS = ("first_name", "last_name", "preferred_name", "year_group", "date_of_birth",
                 "photo_consent", "name_consent", "social_handles", "preferred_last_name")
STAFF_FIELDS = ("username", "first_name", "last_name", "role")
REQUIRED_ROSTER = ("first_name", "last_name")
REQUIRED_STAFF = ("username", "first_name", "last_name")

_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0", ""}

def keep_read_columns(text: str, fields: tuple[str, ...], columns: dict[str, str] | None = None
                      ) -> tuple[str, dict[str, str]]:
    """The CSV with only the columns the loader reads (and the mapping for it): what leaves
    the server for a proxy, which needs no more of the school's file than that."""
    # Rosters and staff lists both need the names: the header row is the one that has them.
    table = read_table(text, fields, tuple(f for f in ("first_name", "last_name") if f in fields), columns)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.fields)
    for _, row in table.rows():
        values = table.values(row)
        writer.writerow([values[f] for f in table.fields])
    return out.getvalue(), {field: field for field in table.fields}


def _read_rows(path: Path, fields: tuple[str, ...], required: tuple[str, ...],
               columns: dict[str, str], text: str | None = None):
    if text is None:
        try:
            text = decode_csv(path.read_bytes())
        except OSError as e:
            raise ConfigError(path, [f"cannot read: {e.strerror}"]) from e
    table = read_table(text, fields, required, columns)
    headers, mapping = table.headers, table.mapping
    missing = [f for f in required if f not in table.fields]
    bad_columns = [f"columns.{f}: no header {v!r}" for f, v in columns.items()
                   if f in fields and f not in mapping]
    unknown = [f"columns.{f}: unknown field (known: {', '.join(fields)})" for f in columns
               if f not in fields]
    lookalikes = [f"line {table.header_row + 1}: {p}" for p in unread_lookalikes(table, fields)]
    if missing or bad_columns or unknown or lookalikes:
        problems = bad_columns + unknown + lookalikes
        if missing:
            problems.append(f"line 1: no column for {', '.join(missing)} "
                            f"(headers: {', '.join(headers)}); map them with `columns:`")
        raise ConfigError(path, problems)
    for line, row in table.rows():
        # `line` is the physical line where the row ended (quoted fields can span lines).
        values = table.values(row)
        if all(not v for v in values.values()) or _is_note_row(row):
            continue
        yield line, values


#: A report's closing line ("Total pupils: 421", "Printed 01/09/2026", "End of report").
_NOTE_ROW = re.compile(r"^(?:total|count|number of|end of|printed|generated|exported|report|page)\b|:|\d",
                       re.IGNORECASE)


def _is_note_row(row: dict[str, str]) -> bool:
    """A row with one filled cell that reads as a report's note, not a pupil: a count, a date,
    a "Label: value". A lone name in one cell is not a note and still gets its error."""
    filled = [v.strip() for v in row.values() if v and v.strip()]
    return len(filled) == 1 and bool(_NOTE_ROW.search(filled[0]))


#: Date shapes seen in exports: ISO, UK numeric (four- or two-digit year), "03-Mar-2016",
#: "3 March 2016". Excel may append a midnight time ("2016-03-03 00:00:00").
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%d-%b-%Y",
                 "%d-%b-%y", "%d %b %Y", "%d %B %Y", "%d-%B-%Y")
_MIDNIGHT = re.compile(r"[ T]0?0:00(?::00(?:\.0+)?)?$")


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    text = _MIDNIGHT.sub("", text.strip())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date_of_birth {text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)")


#: Words of a consent cell, as MIS exports write it ("Y", "Granted", "Consent given",
#: "Refused", "Not given", "Full name", "First name and initial", "No name").
_REFUSED = {"no", "n", "false", "0", "none", "not", "refused", "withheld", "declined", "denied", "withdrawn"}
_GIVEN = {"yes", "y", "true", "1", "granted", "given", "agreed", "consented", "consent", "ok", "allowed",
          "permitted", "full"}


#: No answer on record yet ("Awaiting", "Pending", "Not returned", "Unknown"): no consent.
_NOT_RECORDED = {"awaiting", "pending", "unknown", "outstanding", "tbc", "tba", "unreturned", "missing"}
#: Use kept inside the school ("Internal only", "School use only", "Website only"): not on
#: social media, which is what the consent is checked for here.
_RESTRICTED_TO = {"internal", "website", "school", "newsletter", "display", "displays", "classroom", "prospectus"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _no_social_media_consent(words: set[str]) -> bool:
    """A cell that gives no consent for social media: a refusal, no answer yet, or use kept
    inside the school."""
    return bool(words & _REFUSED or words & _NOT_RECORDED or ("only" in words and words & _RESTRICTED_TO))


def _blank(text: str) -> bool:
    """An empty cell as spreadsheets fill one in: "", "-", "?", "n/a" are all no answer."""
    return not text.strip(" -\u2013\u2014?/.") or text.strip().lower() in ("n/a", "na")


#: Ticks and crosses, as a hand-kept spreadsheet marks consent. A plain "x" is not among
#: them: in a tick-box column it means ticked as often as refused, so it stays an error.
_TICKS = {"\u2713", "\u2714", "\u2611", "\u2705", "\U0001f5f8"}
_CROSSES = {"\u2717", "\u2718", "\u2612", "\u274c", "\u00d7", "\u274e"}


def _parse_bool(field: str, text: str, default: bool) -> bool:
    low = text.lower().strip()
    if _blank(low):
        return default
    if low in _TICKS:
        return True
    if low in _CROSSES:
        return False
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    words = _words(low)
    if _no_social_media_consent(words):      # "not given" is a refusal: the negative word decides
        return False
    if words & _GIVEN:
        return True
    raise ValueError(f"{field} {text!r} must be yes or no")


def _parse_consent(text: str) -> NameConsent:
    low = text.lower().strip().replace(" ", "_").replace("-", "_")
    if _blank(text):
        # No record of consent is no consent: the safe reading for a safeguarding check.
        return NameConsent.NONE
    try:
        return NameConsent(low)
    except ValueError:
        pass
    words = _words(text)
    # The narrowest level a cell names wins: "No name" is none, "Initial only" or "First name
    # only" is first name + initial, "Full name" or a bare "Yes" is full.
    if _no_social_media_consent(words):
        return NameConsent.NONE
    if words & {"initial", "initials", "only", "first", "forename"}:
        return NameConsent.FIRST_NAME_INITIAL
    if words & _GIVEN:
        return NameConsent.FULL
    raise ValueError(f"name_consent {text!r} must be full, first_name_initial or none")


#: A profile address in a handles cell ("instagram.com/ciara.osull") stands for its handle.
_PROFILE_URL = re.compile(r"(?:https?://)?(?:www\.|m\.|vm\.)?(?:instagram|tiktok|twitter|x|facebook|snapchat|threads)"
                          r"\.(?:com|net)/(?:add/)?@?([\w.\-]+)/?", re.IGNORECASE)
#: A platform label before or after a handle ("Instagram: @x", "@x (TikTok)", "IG - @x").
_LABEL = re.compile(r"\(\s*[a-z ]+\s*\)|\b[a-z][a-z ]{0,15}:(?!//)", re.IGNORECASE)
_PLATFORM_WORDS = {"instagram", "insta", "ig", "tiktok", "tt", "snapchat", "snap", "sc", "twitter", "x", "facebook",
                   "fb", "threads", "bluesky", "youtube", "discord", "-", "and", "&"}


def _parse_handles(text: str) -> tuple[str, ...]:
    text = _PROFILE_URL.sub(lambda m: " @" + m.group(1) + " ", text)
    text = _LABEL.sub(" ", text)
    handles = (h.strip("()[]<>\"'") for h in re.split(r"[;,\s|]+", text))
    return tuple(h for h in handles if h and h.lower() not in _PLATFORM_WORDS)


def _pupil_names(values: dict[str, str]) -> tuple[str, str]:
    """(first name, surname). A mononymous pupil (one name: an empty surname cell, or a
    "Surname, Forename" cell with no comma) keeps that name as the first name and an empty
    surname: MIS systems hold such pupils, and refusing the file would leave every pupil
    unprotected. The row must still read as a pupil's (a year group, a date of birth, a
    consent): a name alone on a row is a cut-off row, and an error."""
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if first and last:
        return first, last
    others = any(v for f, v in values.items() if f not in ("first_name", "last_name"))
    if not (first or last) or not others:
        raise ValueError("first_name and last_name are required (a pupil with one name needs the "
                         "rest of the row: year group, date of birth or consent)")
    return first or last, ""


def _other_than(preferred: str, legal: str) -> str | None:
    """A preferred surname only when it differs from the legal one (SIMS fills it for all)."""
    return preferred if preferred and fold(preferred) != fold(legal) else None


def read_roster(path: Path, columns: dict[str, str] | None = None, text: str | None = None) -> list[Pupil]:
    """The roster from `path`, or from `text` (an uploaded file, already decoded) named `path`
    in messages."""
    pupils, problems = [], []
    for line, v in _read_rows(path, ROSTER_FIELDS, REQUIRED_ROSTER, columns or {}, text):
        try:
            first, last = _pupil_names(v)
            pupils.append(Pupil(
                first_name=first,
                last_name=last,
                preferred_name=v.get("preferred_name") or None,
                year_group=v.get("year_group") or None,
                date_of_birth=_parse_date(v.get("date_of_birth", "")),
                # Missing photo consent is no consent.
                photo_consent=_parse_bool("photo_consent", v.get("photo_consent", ""), False),
                name_consent=_parse_consent(v.get("name_consent", "")),
                handles=_parse_handles(v.get("social_handles", "")),
                preferred_last_name=_other_than(v.get("preferred_last_name", ""), last),
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

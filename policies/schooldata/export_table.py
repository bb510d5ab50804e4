"""Reading a school's CSV export as a table: its encoding, separator, header row and columns.

MIS exports differ in encoding (UTF-8 with or without a BOM, Excel's cp1252, UTF-16 from
Excel's "Unicode Text"), in separator (comma, TAB, semicolon), in what stands above the header
row (a report title, the export date, a blank line) and in headers ("Legal Forename", "Known
As", "DOB", one "Name" column). This module finds the table; roster.py reads pupils and staff
from it. A shape not read here is a whole school's pupils lost, so each is read, not guessed
at: a file that fits none still gets a clear error naming what is missing.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

#: Header synonyms seen in MIS exports (compared case- and punctuation-insensitively).
SYNONYMS = {
    "first_name": ["forename", "legal forename", "first name", "firstname", "given name"],
    "last_name": ["surname", "legal surname", "last name", "lastname", "family name"],
    "preferred_name": ["preferred forename", "preferred name", "known as", "chosen name"],
    "year_group": ["year", "year group", "yeargroup", "ncy", "nc year"],
    "date_of_birth": ["dob", "date of birth", "birth date", "birthdate"],
    "photo_consent": ["photo consent", "photograph consent", "photography consent", "photos"],
    "name_consent": ["name consent"],
    "social_handles": ["handles", "social handles", "social media"],
    "username": ["user", "login", "user name"],
    "role": ["job title", "position"],
}



#: When no synonym is the whole header: words that, all present, say which optional field a
#: header holds ("Social Media Handles", "Photo Consent (Web)", "Name Permission", "D.O.B").
#: Required fields never fall back: a wrong first or last name column is worse than an error.
HEADER_WORDS = {
    "preferred_name": [{"preferred"}, {"known", "as"}, {"chosen"}],
    "date_of_birth": [{"birth"}, {"d", "o", "b"}],
    "photo_consent": [{"photo"}, {"photos"}, {"photograph"}, {"photographs"}, {"photography"}, {"image"},
                      {"images"}],
    "name_consent": [{"name", "consent"}, {"name", "permission"}, {"naming"}, {"use", "name"},
                     {"name", "publish"}, {"name", "publication"}],
    "social_handles": [{"handle"}, {"handles"}, {"social", "media"}, {"usernames"}],
    "year_group": [{"year"}, {"ncy"}],
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


#: Words an export puts before a field's own name that do not change the field: "Legal First
#: Name", "Student Surname", "Pupil DOB", "Official Forename(s)". "Preferred" and "Known"
#: are not among them: they make a different field.
_QUALIFIERS = frozenset(("legal", "official", "registered", "student", "students", "pupil", "pupils",
                         "learner", "child", "s"))


def _bare_key(header: str) -> str:
    """The header's key without qualifier words ("legal first name" -> "first name",
    "forename s" -> "forename")."""
    words = _key(header).split()
    kept = [w for w in words if w not in _QUALIFIERS]
    return " ".join(kept) if kept else " ".join(words)


#: A cell that is a value, not a header: a date, a handle, a number. A header row has none,
#: and a pupil's row ("Full name" in a consent cell) must never be read as the header.
_VALUE_CELL = re.compile(r"^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|@\w|\d+(?:\.\d+)?$)")


def decode_csv(raw: bytes) -> str:
    """UTF-16 when the file says so (Excel's "Unicode Text" export: a byte-order mark, or
    every other byte NUL); else UTF-8 (with or without a BOM); Excel's cp1252 when that fails.
    Read as UTF-8, a UTF-16 file is one header of NUL-separated letters and no pupils."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    head = raw[:400]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        # No BOM: ASCII letters put their NUL after (little-endian) or before (big-endian).
        little = head[1::2].count(0) >= head[0::2].count(0)
        return raw.decode("utf-16-le" if little else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


#: Field separators an export may use: comma, TAB (Excel's text exports), semicolon (Excel in
#: locales with a decimal comma), pipe.
DELIMITERS = (",", "\t", ";", "|")
#: How many rows may stand above the header row (a report title, the export date, a blank).
HEADER_SEARCH_ROWS = 10


#: Headers of one column holding the whole name ("Name", "Pupil Name", "Surname, Forename"),
#: read when the export has no separate first-name and surname columns.
NAME_COLUMNS = frozenset(("name", "pupil name", "student name", "learner name", "child name", "full name",
                          "legal name", "pupil", "student", "learner", "surname forename",
                          "legal surname legal forename", "forename surname", "staff name",
                          "staff member", "employee name", "member of staff", "teacher name",
                          "surname first name", "last name first name", "first name last name"))


@dataclass(frozen=True, slots=True)
class Table:
    """A decoded export: its header row, where that is, the separator, field -> header, and
    the one column that holds whole names when there are no name columns."""
    headers: list[str]
    mapping: dict[str, str]
    delimiter: str
    header_row: int          # rows above the header (0: the header is the first row)
    text: str
    name_column: str | None = None

    @property
    def fields(self) -> list[str]:
        """The fields this table gives, in the order asked for (names split from a name column)."""
        split = ["first_name", "last_name"] if self.name_column else []
        return split + [f for f in self.mapping if f not in split]

    def rows(self):
        """(physical line where the row ended, header -> cell) for each row under the header."""
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        for index, cells in enumerate(reader):
            if index <= self.header_row:
                continue
            yield reader.line_num, dict(zip(self.headers, cells))

    def values(self, row: dict[str, str]) -> dict[str, str]:
        """field -> the stripped cell; first and last name split from the name column."""
        values = {f: (row.get(h) or "").strip() for f, h in self.mapping.items()}
        if self.name_column:
            values["first_name"], values["last_name"] = split_name((row.get(self.name_column) or "").strip())
        return values


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname) of a whole name as registers write it: "O'Sullivan, Ciara",
    "VAN DER BERG Daan" or "Daan VAN DER BERG" (the surname in capitals), else "Ciara
    O'Sullivan" with the last word as the surname. A wrong split of a double surname costs
    little: the full name is the same words either way, which is how a pupil is matched."""
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    words = name.split()
    if len(words) < 2:
        return "", name

    def caps(word: str) -> bool:
        letters = [c for c in word if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)
    lead = 0
    while lead < len(words) - 1 and caps(words[lead]):
        lead += 1
    if lead:
        return " ".join(words[lead:]), " ".join(words[:lead])
    trail = len(words)
    while trail > 1 and caps(words[trail - 1]):
        trail -= 1
    if trail < len(words):
        return " ".join(words[:trail]), " ".join(words[trail:])
    return " ".join(words[:-1]), words[-1]


def read_table(text: str, fields: tuple[str, ...], required: tuple[str, ...],
               columns: dict[str, str] | None = None) -> Table:
    """The export's header row and separator: the first of the top rows, under any separator,
    whose headers hold every required field (first and last name may be one name column). MIS
    reports put a title and a blank line above the header, and Excel's text exports separate
    by TAB; read as a comma file with its first line as headers, such an export loses every
    pupil. When no row qualifies, the first row read with commas is the table (and the caller
    reports what is missing)."""
    columns = columns or {}
    top = text.split("\n", HEADER_SEARCH_ROWS + 1)[:HEADER_SEARCH_ROWS + 1]
    best: Table | None = None
    for delimiter in DELIMITERS:
        if delimiter != "," and not any(delimiter in line for line in top):
            continue
        reader = csv.reader(io.StringIO("\n".join(top), newline=""), delimiter=delimiter)
        for index, cells in enumerate(reader):
            if index > HEADER_SEARCH_ROWS:
                break
            headers = [c.strip() for c in cells]
            if any(_VALUE_CELL.match(h) for h in headers):
                continue
            mapping = header_map(headers, fields, columns)
            name_column = _name_column(headers, mapping, columns)
            needed = [f for f in required if not (name_column and f in ("first_name", "last_name"))]
            if all(f in mapping for f in needed):
                table = Table(headers, mapping, delimiter, index, text, name_column)
                if best is None or (index, -len(mapping)) < (best.header_row, -len(best.mapping)):
                    best = table
                break
    if best is not None:
        return best
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    headers = [c.strip() for c in first]
    return Table(headers, header_map(headers, fields, columns), ",", 0, text)


def _name_column(headers: list[str], mapping: dict[str, str], columns: dict[str, str]) -> str | None:
    """The whole-name column, only when neither name has a column of its own (or a mapping)."""
    if any(f in mapping or f in columns for f in ("first_name", "last_name")):
        return None
    return next((h for h in headers if _key(h) in NAME_COLUMNS), None)


def header_map(headers: list[str], fields: tuple[str, ...], columns: dict[str, str]
                ) -> dict[str, str]:
    """field -> the header that holds it."""
    by_key = {_key(h): h for h in headers if h is not None}
    for h in headers:   # "Legal First Name" also under "first name", unless that header exists
        if h is not None:
            by_key.setdefault(_bare_key(h), h)
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

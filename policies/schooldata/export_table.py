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
    "preferred_last_name": ["preferred surname", "preferred last name", "preferred family name",
                            "known as surname", "surname known as"],
    "year_group": ["year", "year group", "yeargroup", "ncy", "nc year"],
    "date_of_birth": ["dob", "date of birth", "birth date", "birthdate"],
    "photo_consent": ["photo consent", "photograph consent", "photography consent", "photos"],
    "name_consent": ["name consent"],
    "social_handles": ["handles", "social handles", "social media", "socials", "social", "social accounts",
                       "social media accounts"],
    "username": ["user", "login", "user name", "network login", "login name", "logon", "logon name",
                 "network username", "network user name", "windows login", "login id"],
    "role": ["job title", "position", "job", "job role", "post"],
}

#: Headers of a preferred first name that stand for the first name when the export has no
#: first-name column of its own (SIMS staff lists give "Preferred Forename" and "Legal
#: Surname" only): the name a person is called by is the one posts use.
PREFERRED_AS_FIRST = ("preferred forename", "preferred first name", "preferred given name")



#: When no synonym is the whole header: words that, all present, say which optional field a
#: header holds ("Social Media Handles", "Photo Consent (Web)", "Name Permission", "D.O.B").
#: Required fields never fall back: a wrong first or last name column is worse than an error.
HEADER_WORDS = {
    "preferred_name": [{"preferred"}, {"known", "as"}, {"chosen"}],
    "date_of_birth": [{"birth"}, {"d", "o", "b"}],
    "photo_consent": [{"photo"}, {"photos"}, {"photograph"}, {"photographs"}, {"photography"}, {"image"},
                      {"images"}],
    "name_consent": [{"name", "consent"}, {"name", "permission"}, {"naming"}, {"use", "name"},
                     {"name", "publish"}, {"name", "publication"}, {"name", "ok"}, {"name", "okay"},
                     {"name", "allowed"}, {"name", "agreed"}],
    "social_handles": [{"handle"}, {"social", "media"}, {"usernames"}, {"socials"}, {"instagram"},
                       {"tiktok"}, {"snapchat"}, {"twitter"}],
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


#: Titles a hand-kept list writes inside a whole name ("Mrs Grace Whitley"): not a name.
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "sir", "dame", "fr", "sr"))
#: Words that start a surname, never end a first name ("Hope van der Berg", "Joy de Souza",
#: "Siôn ap Iorwerth", "Bríd Nic Aodha", "Máire Ó Donnchadha", "Omar al Rashid").
SURNAME_PARTICLES = frozenset((
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter",
    "ap", "ab", "verch", "ferch", "mac", "mc", "nic", "ni", "ní", "ó", "ua", "uí", "ui",
    "al", "el", "bin", "ibn", "bint", "abu", "st", "saint"))


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname) of a whole name as registers write it: "O'Sullivan, Ciara",
    "VAN DER BERG Daan" or "Daan VAN DER BERG" (the surname in capitals), "Hope van der
    Berg" (a particle starts the surname), else "Ciara O'Sullivan" with the first word as the
    first name. A title in front ("Mrs Grace Whitley") is not part of the name. Splitting after
    the first word keeps the name a pupil is called by ("Harper in my class" for Harper Lloyd
    Evans, "Oliver" for Oliver James Smith); the full name is the same words either way."""
    if "," in name:
        last, _, first = name.partition(",")
        return _untitled(first.strip()), last.strip()
    words = _untitled(name).split()
    if len(words) < 2:
        return "", " ".join(words)

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
    particle = next((i for i in range(1, len(words) - 1) if words[i].lower().rstrip(".") in SURNAME_PARTICLES), None)
    if particle is not None:
        return " ".join(words[:particle]), " ".join(words[particle:])
    # "Harper Lloyd Evans": a double surname without its hyphen, or a middle name. The first
    # word is the name the pupil is called by either way, and the roster matcher reads the
    # rest as a double surname (the whole name, and the first word with either part).
    return words[0], " ".join(words[1:])


def _untitled(name: str) -> str:
    """The name without a title in front ("Mrs Grace Whitley" -> "Grace Whitley"), when a
    name is left after it."""
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        return " ".join(words[1:])
    return name


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


def _word_forms(key: str) -> set[str]:
    """A header's words and their singulars ("Names OK", "Publications", "Socials")."""
    words = set(key.split())
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}


#: Words of a header that says it holds a consent, and words that say the consent is about
#: publishing ("Media consent", "Social media permission", "Agree to name?").
_CONSENT_WORDS = frozenset(("consent", "permission", "ok", "okay", "allowed", "agreed", "agree"))
_CONSENT_FIELDS = ("photo_consent", "name_consent")
_PUBLISH_WORDS = frozenset(("name", "naming", "media", "publication", "publish", "publicity", "web", "website",
                            "press", "social", "online", "newsletter", "print"))


def unread_lookalikes(table: Table, fields: tuple[str, ...]) -> list[str]:
    """Headers left unread that look like name consent when no name consent is read ("Media
    consent", "Agree to name?"). Loading past one would set every pupil's name consent to
    none without a word; the caller reports it instead, and an admin maps the column with
    `columns:`."""
    if "name_consent" not in fields or "name_consent" in table.mapping:
        return []
    used = set(table.mapping.values()) | {table.name_column}
    return [f"column {header!r} looks like a consent to publish but is read as neither photo nor name "
            f"consent; map it with `columns: {{name_consent: {header!r}}}` (or photo_consent)"
            for header in table.headers
            if header and header not in used
            and (words := _word_forms(_key(header))) & _CONSENT_WORDS and words & _PUBLISH_WORDS]


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
    if "first_name" in fields and "first_name" not in out and "first_name" not in columns:
        for candidate in PREFERRED_AS_FIRST:
            header = by_key.get(candidate)
            if header and header not in out.values():
                out["first_name"] = header
                break
    taken = set(out.values())
    for field in fields:
        if field in out or field in columns:
            continue
        for key, header in by_key.items():
            words = _word_forms(key)
            if field not in _CONSENT_FIELDS and words & _CONSENT_WORDS:
                continue   # "Social media permission" is a consent, not the handles
            if header not in taken and any(need <= words for need in HEADER_WORDS.get(field, ())):
                out[field] = header
                taken.add(header)
                break
    return out

"""Fold text for matching while keeping a map back to the original characters.

Staff type names without diacritics, in capitals, with curly apostrophes, and (when they
want to dodge a check) with zero-width characters or Cyrillic look-alike letters. Every
detector matches on the folded form and reports spans in the original text, so the warning
can highlight exactly what the member of staff wrote.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

#: Letters NFKD does not decompose into a base letter plus marks.
_SPECIAL = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
    "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ĸ": "k", "ŋ": "n",
}

#: Cyrillic and Greek letters that look like Latin ones (the usual way to dodge a filter).
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ɑ": "a", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k",
    "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "β": "b", "ζ": "z", "η": "n", "μ": "u",
}

_APOSTROPHES = "'’‘ʼ`´′ʹ"
_DASHES = "-‐‑‒–—―−"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat == "Cf" or cat == "Mn":  # zero-width joiners, soft hyphens, stray combining marks
        return ""
    low = ch.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    if low in _CONFUSABLES:
        return _CONFUSABLES[low]
    decomposed = unicodedata.normalize("NFKD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = base.lower()
    return "".join(_SPECIAL.get(c, _CONFUSABLES.get(c, c)) for c in base)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    folded: str
    #: offsets[i] is the index in `original` of the character that produced folded[i].
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> original [start, end)."""
        if start >= len(self.offsets):
            return len(self.original), len(self.original)
        a = self.offsets[start]
        b = self.offsets[end - 1] + 1 if end > start else a
        return a, b

    def excerpt(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


class CharTable(dict):
    """A `str.translate` table filled in as characters are met, from `convert` (a character
    to its replacement). It keeps at most `limit` characters, like the cache it is: a post
    full of rare characters costs the conversion, never unbounded memory."""

    def __init__(self, convert: Callable[[str], str], limit: int = 4096):
        super().__init__()
        self._convert = convert
        self._limit = limit

    def __missing__(self, code: int) -> str:
        out = self._convert(chr(code))
        if len(self) < self._limit:
            self[code] = out
        return out


#: Characters that fold to anything but one character ("ß", a zero-width space): a text
#: without them folds character for character.
_IRREGULAR: set[str] = set()


def _fold_noting_irregular(ch: str) -> str:
    folded = _fold_char(ch)
    if len(folded) != 1:
        _IRREGULAR.add(ch)  # a few thousand characters in all of Unicode
    return folded


_FOLD = CharTable(_fold_noting_irregular)


def normalize(text: str) -> NormalizedText:
    """Lower-case, strip diacritics, map look-alikes, drop invisible characters.

    Whitespace runs (line breaks, non-breaking spaces) become one space so a name split
    across lines still matches.

    Most posts fold character for character, which `str.translate` does in one pass; only
    runs of spaces then need mending. A post with a character that folds to none or to
    several takes the character-by-character way.
    """
    raw = text.translate(_FOLD)
    # Every ASCII character folds to exactly one (ASCII holds no invisible or combining
    # character, and none decomposes), so an ASCII text has no irregular one: `isascii` is
    # all but free, where walking the text for them is not.
    if len(raw) != len(text) or not text.isascii() and not _IRREGULAR.isdisjoint(text):
        return _normalize_by_char(text)
    if "  " not in raw and not raw.startswith(" "):
        return NormalizedText(text, raw, tuple(range(len(raw))))
    # Keep [start, end) pieces of `raw`, dropping leading spaces and all but the first space
    # of every run.
    pieces, start = [], len(raw) - len(raw.lstrip(" "))
    run = raw.find("  ", start)
    while run != -1:
        end = run + 1
        pieces.append((start, end))
        start = len(raw) - len(raw[end:].lstrip(" "))
        run = raw.find("  ", start)
    pieces.append((start, len(raw)))
    return NormalizedText(text, "".join(raw[a:b] for a, b in pieces),
                          tuple(i for a, b in pieces for i in range(a, b)))


def _normalize_by_char(text: str) -> NormalizedText:
    out: list[str] = []
    offsets: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for c in folded:
            if c == " ":
                if last_space:
                    continue
                last_space = True
            else:
                last_space = False
            out.append(c)
            offsets.append(i)
    return NormalizedText(text, "".join(out), tuple(offsets))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form of a short string (a name, a word), cached: names repeat."""
    return normalize(text).folded.strip()

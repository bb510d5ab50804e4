"""Does a post concern the school? Words and names that place it in school life.

Several checks lean on this: a first name alone identifies a pupil only in a school context,
and some platforms are prohibited only for school business. The cue is returned as words so
the finding can say what placed the post in school.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .normalize import fold
from .prefilter import text_words

if TYPE_CHECKING:
    from ..detectors.base import PostContext
    from ..schooldata.school import School

#: Words that, anywhere in a post, place it in school life.
SCHOOL_WORDS = (
    "school", "class", "classroom", "pupil", "pupils", "student", "students", "lesson", "lessons",
    "teacher", "teachers", "staff", "staffroom", "headteacher", "slt", "senco", "dsl", "tas", "register", "assembly", "playground", "homework", "detention", "exclusion",
    "excluded", "ehcp", "iep", "sen", "ofsted", "parents evening", "form tutor",
    "tutor group", "reception", "nursery", "sats", "gcse", "gcses", "mocks",
    "exam", "exams", "coursework", "placement", "provision", "academy", "inset",
    "safeguarding", "year group", "kids at work", "my kids", "my class", "my group", "my form",
    "my set", "my tutees", "tutees", "my year", "the kids", "our kids", "predicted grades",
    "target grades", "sixth form", "sixth former", "form group",
    # The working day of a teacher: "cover for period 3", "mock papers", "dept meeting".
    "mock papers", "mock exams", "mock exam", "cover lesson", "cover lessons", "cover work",
    "cover supervisor", "dept meeting", "department meeting", "staff meeting", "maths dept",
    "english dept", "science dept", "scheme of work", "lesson plans", "marking",
)
_YEAR = r"(?:year|yr|y)\s?(?:[1-9]|1[0-3])s?\b"
#: Cues with a variable part, by their first word: a lesson slot ("cover for period 3"), and
#: an alternative provision's word for itself ("Elsie at the centre", not "at the centre of").
_SHAPES = {"period": r"period\s?[1-7]\b", "at": r"at\s+the\s+centre\b(?!\s+of\b)"}
_WORD = regex.compile(r"[a-z0-9]+")
#: The words a year group cue can begin with: "year" ("year 5"), "yr5", "y5", "year5s".
_YEAR_WORD = regex.compile(r"(?:year|yr|y)(?:[1-9]|1[0-3])?s?")


class SchoolContext:
    def __init__(self, school: School):
        words = sorted({fold(w) for w in SCHOOL_WORDS}, key=len, reverse=True)
        aliases = sorted({fold(a).lstrip("@") for a in school.aliases if len(fold(a)) > 2},
                         key=len, reverse=True)
        alt = "|".join(regex.escape(w) for w in words + aliases)
        shapes = "|".join(_SHAPES.values())
        self._pattern = regex.compile(rf"(?<![a-z0-9])(?:{alt}|{_YEAR}|{shapes})(?![a-z0-9])")
        # A cue begins where a word begins: one of these, or a year group's first word (year 5,
        # yr5, y5). Only there is the pattern tried, rather than at every character.
        firsts = [_WORD.match(phrase) for phrase in words + aliases]
        self._scan = any(m is None for m in firsts)  # a cue that begins with a sign
        self._first_words = frozenset(m.group() for m in firsts if m) | frozenset(_SHAPES)

    def cue(self, ctx: PostContext) -> str | None:
        """The first school cue in the text or the recipients (e.g. a staff group chat)."""
        for text in (ctx.text.folded, ctx.recipients_text.folded):
            # Most posts have no recipients: looking at "" would also evict the post's words
            # from `text_words`, for the next pattern to split the text again.
            m = self._first(text) if text else None
            if m:
                return m.group()
        return None

    def cue_in(self, text: str) -> str | None:
        """The first school cue in a piece of folded text (a sentence of a post)."""
        m = self._first(text) if text else None
        return m.group() if m else None

    def _first(self, text: str) -> regex.Match | None:
        if self._scan:
            return self._pattern.search(text, timeout=0.05)
        words = text_words(text)
        # Not every word starting with "y": "you" and "your" are in most posts.
        found = self._first_words.intersection(words.present).union(
            w for w in words.present if w[0] == "y" and _YEAR_WORD.fullmatch(w))
        for start in sorted(start for w in found for start in words.starts(w)):
            m = self._pattern.match(text, start, timeout=0.05)
            if m:
                return m
        return None

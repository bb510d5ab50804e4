"""Who a post is about, for the personal_data detector: named people and pronouns.

A detail is someone's personal data when the post ties it to a person it identifies: a roster
pupil, a colleague from the staff list, a titled name ("Mrs Patel"), a possessive name
("Hodan's EHCP") or a name before a verb ("Gareth has..."). A pronoun ("she's been...") ties
a detail to a person only when the post identifies someone.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..text.form_code import capital_form_code_after
from ..text.normalize import fold
from ..text.roster_matcher import Form
from .pupil_name import word_names

if TYPE_CHECKING:
    from ..schooldata.school import School
    from .base import PostContext

TIMEOUT = 0.05


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    start: int
    end: int


class People:
    TITLED = regex.compile(r"\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+([a-z][a-z'-]+)")
    PRONOUN = regex.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b")
    RELATIVE = regex.compile(
        r"\b(?:mum|mom|dad|mother|father|parents?|carers?|nan|gran|grandma|grandad|wife|husband|"
        r"partner|son|daughter|brother|sister|uncle|aunt|auntie)\b")
    FAMILY = regex.compile(
        r"\bmy\s+(?:little\s+|eldest\s+|youngest\s+|oldest\s+|baby\s+|own\s+)?(?:son|daughter|boy|"
        r"girl|kids?|children|child|husband|wife|partner|mum|mom|dad|mother|father|brother|sister|"
        r"nan|gran|grandma|grandad|grandson|granddaughter|niece|nephew|cousin|aunt|auntie|uncle|"
        r"fiancee?|boyfriend|girlfriend)\b")
    #: Verbs after a capitalised word that make it the name of someone a detail is about.
    PREDICATES = frozenset((
        "has", "had", "is", "was", "got", "gets", "takes", "took", "needs", "suffers", "struggles",
        "been", "lives", "moved", "started", "needed"))
    #: Words after a capitalised word that place a person in school: "Tomasz in my class".
    SCHOOL_PLACES = frozenset((
        ("in", "my"), ("in", "year"), ("from", "year"), ("in", "reception"), ("from", "my"),
        ("in", "our"), ("in", "class"), ("in", "y1"), ("in", "y2"), ("in", "y3"), ("in", "y4"),
        ("in", "y5"), ("in", "y6")))
    #: Capitalised words that are not names (sentence openers, days, institutions).
    NOT_NAMES = frozenset((
        "i", "ive", "im", "id", "ill", "it", "its", "this", "that", "there", "here", "he", "she",
        "hes", "shes", "theyre", "theyve", "were", "weve", "they", "we", "you", "youre", "youve",
        "what", "who",
        "where", "when", "why", "how", "which", "everyone", "everybody", "someone", "somebody",
        "nobody", "anyone", "anybody", "today", "tomorrow", "yesterday", "tonight", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "school", "year", "class", "the", "a", "an", "my", "our", "his", "her",
        "their", "your", "its", "one", "each", "every", "all", "some", "no", "so", "and", "but",
        "if", "then", "also", "just", "santa", "god", "christmas", "easter", "ofsted", "mum", "dad",
        "team", "staff", "management", "slt", "hr", "senco", "head", "office", "nhs", "camhs",
        "council", "government", "trust", "academy", "department", "nothing", "something",
        "everything", "life", "work", "weekend", "term", "half", "parents", "kids", "children"))

    #: A form or class code after "in"/"from": "Jasmine in 10B", "Hamza in 11Q".
    FORM_CODE = regex.compile(
        r"(?:[1-9]|1[0-3])(?!(?:am|pm|st|nd|rd|th|d|m|mm|cm|km|kg|mb|gb|ml|hr|hrs|h|s|p|l|lb"
        r"|lbs|ft|yrs?|yo|wks?|mins?|secs?|mph|kph)$)[a-z]{1,3}[0-9]?")

    def __init__(self, school: School):
        self.staff_names = {fold(n) for s in school.staff for n in (s.first_name, s.last_name)
                            if len(fold(n)) >= 3} - word_names()
        # A colleague's full name identifies them however it is written ("owen pugh off
        # with stress" in lower case), unlike a lone first name.
        full = sorted({fold(f"{s.first_name} {s.last_name}") for s in school.staff}, key=len, reverse=True)
        self.staff_full = regex.compile(
            r"(?<![a-z0-9])(?:" + "|".join(r"\s+".join(regex.escape(w) for w in n.split()) for n in full)
            + r")(?![a-z0-9])") if full else None

    def identified(self, ctx: PostContext) -> list[Person]:
        """Everyone the post identifies, in text order."""
        folded, tokens = ctx.text.folded, ctx.tokens
        found: list[Person] = []
        for m in ctx.mentions:
            tok = tokens[m.first]
            name = folded[m.start:m.end]
            if m.form is Form.FIRST_ONLY and fold(name) in word_names() \
                    and (not tok.capitalised or _sentence_start(tokens, m.first)):
                continue  # "Will Year 6...?", "Summer term": a word, not a name
            found.append(Person(m.pupil.full_name, m.start, m.end))
        for i, tok in enumerate(tokens):
            if not tok.capitalised or tok.key in self.NOT_NAMES or tok.sigil or not tok.key.isalpha():
                continue
            if tok.key.endswith(_ADVERB_ENDINGS) and _sentence_start(tokens, i) and tok.key not in self.staff_names:
                continue  # "Finally got my hearing aids": an adverb opening the sentence
            nxt = tuple(t.key for t in tokens[i + 1:i + 3])
            possessive = folded[tok.start:tok.end].endswith("'s")
            if tok.key in self.staff_names or possessive or nxt[:1] and nxt[0] in self.PREDICATES \
                    or nxt in self.SCHOOL_PLACES or self._form_code_place(nxt) \
                    or nxt[:1] in (("in",), ("from",)) \
                    and capital_form_code_after(ctx.text.excerpt(tok.end, min(len(folded), tok.end + 24))):
                found.append(Person(folded[tok.start:tok.end], tok.start, tok.end))
        if self.staff_full is not None:
            for m in self.staff_full.finditer(folded, timeout=TIMEOUT):
                if not any(p.start <= m.start() < p.end for p in found):
                    found.append(Person(m.group(), m.start(), m.end()))
        for m in self.TITLED.finditer(folded, timeout=TIMEOUT):
            if ctx.text.excerpt(*m.span(1))[:1].isupper():
                found.append(Person(ctx.text.excerpt(*m.span()), m.start(), m.end()))
        found.sort(key=lambda p: p.start)
        return found

    def _form_code_place(self, nxt: tuple[str, ...]) -> bool:
        """"in 10B", "from 11Q": a form code right after a capitalised word places a pupil."""
        return len(nxt) == 2 and nxt[0] in ("in", "from") \
            and bool(self.FORM_CODE.fullmatch(nxt[1], timeout=TIMEOUT))

    def third_person(self, ctx: PostContext, identified: list[Person], start: int, end: int
                     ) -> str | None:
        """The first person (a name, else a pronoun) in folded [start, end)."""
        for p in identified:
            if start <= p.start < end:
                return p.name
        m = self.PRONOUN.search(ctx.text.folded, start, end, timeout=TIMEOUT)
        return m.group() if m else None

    def near(self, ctx: PostContext, identified: list[Person], start: int, end: int) -> bool:
        """Is a person (a name, a pronoun, a relative) mentioned in folded [start, end)?"""
        return bool(self.third_person(ctx, identified, start, end)
                    or self.RELATIVE.search(ctx.text.folded, start, end, timeout=TIMEOUT))

    @staticmethod
    def adjacent_before(ctx: PostContext, identified: list[Person], start: int) -> bool:
        """A name right before `start`: "Freya MacLeod (12.01.2016)", "Jane Doe, 3/4/1985"."""
        folded = ctx.text.folded
        return any(0 <= start - p.end <= 4 and not folded[p.end:start].strip(" (,:-")
                   for p in identified)

    def family(self, ctx: PostContext, start: int, end: int) -> bool:
        return bool(self.FAMILY.search(ctx.text.folded, start, end, timeout=TIMEOUT))


#: Endings of the adverbs that open a sentence ("Finally", "Honestly", "Luckily"), which no
#: common first name has ("Emily", "Sally" and "Holly" end otherwise).
_ADVERB_ENDINGS = ("nally", "tally", "fully", "ously", "ively", "edly", "ingly", "ately", "ently", "antly",
                   "estly", "ually", "ctly", "ibly", "ably", "ckily", "pily", "sily", "rtly", "ainly")


def _sentence_start(tokens, i: int) -> bool:
    gap = tokens[i].gap
    return i == 0 or "\n" in gap or gap.strip().rstrip("\"')]»”’ ")[-1:] in (".", "!", "?", ":", ";")

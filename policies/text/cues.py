"""Building blocks for the meaning-based detectors (solicitation, confidential, reputation).

These categories depend on what a post *does* (appeals, discloses, disparages), not on one
word, so their detectors combine cues: a target, an act or evaluation, and what raises or
lowers it (secrecy, a published report, a school event). This module holds the pieces they
share: word lists compiled to one word-bounded pattern, sentence windows, and the referents
(this workplace, a pupil, a colleague) several categories ask about.

Every pattern runs on folded text (lower case, no diacritics, see `text.normalize`) and with
the `regex` module's timeout; a `TimeoutError` propagates so the engine reports an
indeterminate finding instead of passing the post.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from .normalize import fold

if TYPE_CHECKING:
    from ..schooldata.school import School

#: Seconds any one pattern may run on one post.
TIMEOUT = 0.05

_SENTENCE_END = regex.compile(r"[.!?]+(?=\s|$)|\s[-|]\s|[\u2600-\u27bf\U0001f000-\U0001faff]+")


def alternation(phrases: Iterable[str]) -> str:
    """Folded phrases as one alternation, factored into a trie (several times faster than a
    flat list of alternatives: the regex engine tries one branch per character).

    A space in a phrase matches any run of whitespace; a phrase may end with `*` to allow any
    word ending ("disciplin*" matches "disciplinary").
    """
    trie: dict = {}
    for phrase in {fold(p) for p in phrases}:
        node = trie
        stem = phrase.endswith("*")
        for ch in " ".join(phrase.rstrip("*").split()):
            node = node.setdefault(ch, {})
        node["*" if stem else ""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    parts = [(r"\s+" if ch == " " else regex.escape(ch)) + _emit(child)
             for ch, child in sorted((k, v) for k, v in node.items() if k not in ("", "*"))]
    if "*" in node:
        parts.append(r"[a-z']*")
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node and "*" not in node:
        body = f"(?:{body})?"
    return body


def words(phrases: Iterable[str]) -> str:
    """A word-bounded alternation of phrases (whole words only: "lic" never in "duplicate")."""
    return rf"(?<![a-z0-9])(?:{alternation(phrases)})(?![a-z0-9])"


def compile_words(phrases: Iterable[str]) -> regex.Pattern:
    return regex.compile(words(phrases))


def compile_rx(source: str) -> regex.Pattern:
    return regex.compile(source)


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of folded text (emoji and ' - ' also end one)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text, timeout=TIMEOUT):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def find(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None
         ) -> regex.Match | None:
    return pattern.search(text, start, len(text) if end is None else end, timeout=TIMEOUT)


def find_all(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None
             ) -> Iterator[regex.Match]:
    return pattern.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT)


def negated(text: str, start: int) -> bool:
    """Is the phrase at `start` negated right before it ("not", "isn't", "never", "no")?"""
    before = text[max(0, start - 16):start]
    return bool(regex.search(r"(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$", before,
                             timeout=TIMEOUT))


def school_names(school: School) -> list[str]:
    """The school's name and aliases, folded, without a leading @ (at least three letters)."""
    return [n for n in {fold(a).lstrip("@") for a in school.aliases} if len(n) >= 3]


#: Words that place something at this workplace rather than in the news or in general.
WORKPLACE = (
    "our school", "my school", "this school", "at school", "in school", "at work", "my work",
    "work", "at ours", "ours", "our place", "my place of work", "our academy", "our trust",
    "the trust", "our provision", "the provision", "our setting", "our centre", "my job",
    "my workplace", "our workplace", "our staff", "our staffroom", "the staffroom", "our head",
    "the head", "our head teacher", "our headteacher", "the headteacher", "slt", "our slt",
    "management", "the governors", "our governors", "the school", "our department",
    "my department", "our team", "my class", "my form", "our kids", "my kids",
)

#: A pupil talked about as a case: "one of my Year 1s", "a boy in my class", "a student".
PUPIL_REFERENT = (
    r"(?:one\s+of\s+(?:my|our|the)\s+(?:(?:year|yr|y)\s?\d{1,2}s?|pupils|students|kids|"
    r"children|learners|tutees|reception|boys|girls|lot)"
    r"|(?:a|one|another|this|that)\s+(?:pupil|student|learner|tutee|year\s?\d{1,2})\b"
    r"|(?:pupil|student|child|kid|boy|girl|learner|lad)s?\s+(?:in|from)\s+(?:my|our|the)\s+"
    r"(?:class|form|group|set|year|school|tutor\s+group)"
    r"|(?:my|our)\s+(?:tutee|pupil|student|learner)s?\b"
    r"|(?:year|yr|y)\s?\d{1,2}\s+(?:pupil|student|child|kid|boy|girl|lad)s?\b"
    r"|(?:pupil|student|child|kid)\s+[a-z]\b)"
)

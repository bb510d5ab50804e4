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
from .prefilter import GatedPattern, ends_between_words, min_width, required_literals, text_words

if TYPE_CHECKING:
    from ..schooldata.school import School

#: Seconds any one pattern may run on one post.
TIMEOUT = 0.05


#: Trie keys that mark where a phrase ends, whole or as a stem: never a character of a phrase.
_END, _STEM = "", "\x00stem"


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
        # Only a final "*" is the stem mark: one inside a phrase is a letter of it ("f***ing").
        for ch in " ".join((phrase[:-1] if stem else phrase).split()):
            node = node.setdefault(ch, {})
        node[_STEM if stem else _END] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    parts = [(r"\s+" if ch == " " else regex.escape(ch)) + _emit(child)
             for ch, child in sorted((k, v) for k, v in node.items() if k not in (_END, _STEM))]
    if _STEM in node:
        parts.append(r"[a-z']*")
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END in node and _STEM not in node:
        body = f"(?:{body})?"
    return body


def words(phrases: Iterable[str]) -> str:
    """A word-bounded alternation of phrases (whole words only: "lic" never in "duplicate")."""
    return rf"(?<![a-z0-9])(?:{alternation(phrases)})(?![a-z0-9])"


def compile_words(phrases: Iterable[str]) -> WordList:
    return WordList(phrases)


_WORD_START = regex.compile(r"[a-z0-9]+")


class WordList:
    """A word-bounded phrase list that answers like a compiled pattern, but fast.

    The regex engine tries every branch of a long alternation at every position; here only
    the positions where a phrase could begin are tried (a word of the text that begins a
    phrase, when the text has the phrase's other words too), and the compiled pattern
    confirms the match there, so what matches is exactly what `words(phrases)` would match.
    """

    def __init__(self, phrases: Iterable[str]):
        phrases = [fold(p) for p in phrases]
        self.rx = regex.compile(words(phrases))
        self.pattern = self.rx.pattern
        firsts = [_WORD_START.match(p) for p in phrases]
        # A phrase that does not start with a letter or digit ('#ad'): no index, scan it all.
        self._scan = any(m is None for m in firsts)
        # A stem is a phrase whose first word runs up to its final "*" ("micromanag*"); a "*"
        # inside a word ("f***ing") is a letter of it.
        self._first = {m.group() for m, p in zip(firsts, phrases)
                       if m and not p[m.end():] == "*"}
        self._stems = tuple({m.group() for m, p in zip(firsts, phrases)
                             if m and p[m.end():] == "*"})
        # The other whole words of the phrases each first word begins ("a" begins "a joke" and
        # "a disgrace"; a word ending in "*" is not whole), fewest first.
        self._rest: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            runs = _WORD_START.findall(phrase.removesuffix("*"))
            if runs and runs[0] in self._first:
                whole = runs[1:-1] if phrase.endswith("*") else runs[1:]
                self._rest.setdefault(runs[0], []).append(frozenset(whole))
        for rests in self._rest.values():
            rests.sort(key=len)

    def _starts(self, text: str, pos: int, endpos: int) -> list[int]:
        """Where, in [pos, endpos), a phrase may begin."""
        words = text_words(text)
        present = words.present
        found = [w for w in self._first.intersection(present)
                 if any(rest <= present for rest in self._rest[w])]
        if self._stems and any(stem in text for stem in self._stems):
            found += [w for w in present if w.startswith(self._stems)]
        return sorted(start for w in found for start in words.starts(w) if pos <= start < endpos)

    def _direct(self, text: str, endpos: int) -> bool:
        """Run the pattern itself: a phrase may begin with a sign, or the window may end inside
        a word (where the pattern's word boundary holds but the text's word is longer)."""
        return self._scan or not ends_between_words(text, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        endpos = len(text) if endpos is None else endpos
        if self._direct(text, endpos):
            return self.rx.search(text, pos, endpos, timeout=timeout)
        for start in self._starts(text, pos, endpos):
            m = self.rx.match(text, start, endpos, timeout=timeout)
            if m:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        endpos = len(text) if endpos is None else endpos
        if self._direct(text, endpos):
            yield from self.rx.finditer(text, pos, endpos, timeout=timeout)
            return
        last_end = pos
        for start in self._starts(text, pos, endpos):
            if start < last_end:
                continue
            m = self.rx.match(text, start, endpos, timeout=timeout)
            if m:
                last_end = m.end()
                yield m

    def match(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        return self.rx.match(text, pos, len(text) if endpos is None else endpos, timeout=timeout)


def compile_rx(source: str) -> regex.Pattern | GatedPattern:
    """A hand-written cue pattern, compiled to skip the regex engine where it cannot match.

    Each top-level branch gets its own gate (the literals it needs) and its own compiled
    pattern, when every branch consumes at least one character (so the branches' leftmost
    matches can be merged, see `GatedPattern`) and at least one can be gated. The `regex`
    module tries a long alternation's every branch at every position, but scans for a single
    branch's literals quickly, so the branches apart, and only those whose literals the text
    holds, cost a fraction of the whole. Otherwise the pattern runs whole, gated if it can be.
    """
    branches = _top_level_branches(source)
    gates = [required_literals(b) for b in branches]
    if len(branches) > 1 and any(gates) and all(min_width(b) > 0 for b in branches):
        return GatedPattern(source, [(g, regex.compile(b)) for g, b in zip(gates, branches)])
    source = factor_boundaries(source)
    gate = required_literals(source)
    rx = regex.compile(source)
    return GatedPattern(source, [(gate, rx)]) if gate else rx


def factor_boundaries(source: str) -> str:
    r"""'\ba|\bb|#c' -> '\b(?:a|b)|#c': the same language, but the engine tests the word
    boundary once per position instead of once per branch (about three times faster on the
    long cue alternations)."""
    branches = _top_level_branches(source)
    bounded = [b[2:] for b in branches if b.startswith(r"\b")]
    if len(bounded) < 2:
        return source
    rest = [b for b in branches if not b.startswith(r"\b")]
    return "|".join([r"\b(?:" + "|".join(bounded) + ")", *rest])


def _top_level_branches(source: str) -> list[str]:
    """Split a pattern at the '|' that are outside groups and character classes."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1:i + 2] == "]":  # a literal ] first in the class
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


_SENTENCE_END = compile_rx(r"[.!?]+(?=\s|$)|\s[-|]\s|[\u2600-\u27bf\U0001f000-\U0001faff]+")
_last_sentences: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) spans of the sentences of folded text (emoji and ' - ' also end one).
    Several checks walk the same post's sentences, so the last text's are kept."""
    global _last_sentences
    cached = _last_sentences  # one read: another thread may replace it meanwhile
    if cached[0] is not text:
        cached = (text, _split_sentences(text))
        _last_sentences = cached
    return cached[1]


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text, timeout=TIMEOUT):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


def find(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None
         ) -> regex.Match | None:
    return pattern.search(text, start, len(text) if end is None else end, timeout=TIMEOUT)


def find_all(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None
             ) -> Iterator[regex.Match]:
    return pattern.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT)


_NEGATION = regex.compile(r"(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$")


def negated(text: str, start: int) -> bool:
    """Is the phrase at `start` negated right before it ("not", "isn't", "never", "no")?"""
    before = text[max(0, start - 16):start]
    return bool(_NEGATION.search(before, timeout=TIMEOUT))


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
    r"children|learners|tutees|reception|boys|girls|lot|families)"
    r"|(?:little\s+one|little\s+(?:boy|girl|lad)|(?:boy|girl|lad|lass|kid|child)(?=\s+in\s+(?:year|yr|y)\s?\d))\s+in\s+(?:year|yr|y)\s?\d{1,2}\b"
    r"|(?:a|one|another|this|that)\s+(?:pupil|student|learner|tutee|year\s?\d{1,2})\b"
    r"|(?:pupil|student|child|kid|boy|girl|learner|lad)s?\s+(?:in|from)\s+(?:my|our|the)\s+(?:[\w-]+\s+)?"
    r"(?:class|form|group|set|year|school|tutor\s+group)"
    r"|(?:my|our)\s+(?:tutee|pupil|student|learner)s?\b"
    r"|(?:year|yr|y)\s?\d{1,2}\s+(?:pupil|student|child|kid|boy|girl|lad)s?\b"
    r"|(?:pupil|student|child|kid)\s+[a-z]\b)"
)

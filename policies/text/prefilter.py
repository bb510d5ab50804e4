"""Cheap tests that let the cue patterns skip the regex engine where they cannot match.

The meaning-based detectors ask a few hundred hand-written alternatives about every post,
and nearly all of them fail. The `regex` module finds that out slowly: a long alternation is
tried branch by branch at every position of the text. Most alternatives, though, cannot
match without some literal word ("grievance", "tribunal"), so a look-up of that word settles
the question for most posts. The literals are read off each pattern by the standard
library's parser, so a gate is a necessary condition, never a guess: what the detectors
find is exactly what the patterns alone would find.
"""
from __future__ import annotations

import itertools
import re
import threading
import time
import warnings
import weakref
from typing import Iterable, NamedTuple

import ahocorasick
import regex

from .normalize import CharTable


def is_word_char(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


#: Keeps a-z and 0-9 and turns every other character into a space.
_WORD_CHARS = CharTable(lambda ch: ch if is_word_char(ch) else " ")


class TextWords:
    """The words ([a-z0-9]+ runs) of one folded text and where each starts, found in one pass
    in C: the text with every other character turned into a space (so of the same length),
    split at the spaces.

    In a text without an apostrophe these are also the words the tokenizer and the word
    lists read (`tokens.Tokens`, `word_lookup.words_of`), so `spans` serves them too: a post
    is split once, not three times."""

    __slots__ = ("text", "spans", "present", "_starts")

    def __init__(self, text: str):
        self.text = text
        pieces = text.translate(_WORD_CHARS).split(" ")
        # Each piece starts one character (the space split at) after the last one ends.
        starts = itertools.accumulate((len(piece) + 1 for piece in pieces), initial=0)
        #: (start, end, word) for each word, in order.
        self.spans: list[tuple[int, int, str]] = [
            (start, start + len(piece), piece) for start, piece in zip(starts, pieces) if piece]
        self.present = frozenset(pieces)
        self.present -= _EMPTY
        self._starts: dict[str, list[int]] | None = None

    def starts(self, word: str) -> list[int]:
        """Where `word` stands as a whole word (indexed on first use: few callers ask)."""
        if word not in self.present:
            return []
        index = self._starts
        if index is None:
            index = {}
            for start, _, w in self.spans:
                index.setdefault(w, []).append(start)
            self._starts = index
        return index[word]


_EMPTY = frozenset(("",))


def ends_between_words(text: str, endpos: int) -> bool:
    """Does a window of `text` ending at `endpos` end between words? A pattern's word boundary
    holds at the end of a window, so only then is a word it finds there a whole word."""
    return endpos == len(text) or _WORD_CHARS[ord(text[endpos])] == " "


_last_words = TextWords("")


def text_words(text: str) -> TextWords:
    """The words of folded text. Dozens of word lists and patterns ask about the same text,
    so the last text's are kept."""
    global _last_words
    cached = _last_words  # one read: another thread may replace it meanwhile
    if cached.text is not text:
        cached = _last_words = TextWords(text)
    return cached


# -- what a pattern needs -------------------------------------------------------------------

class Need(NamedTuple):
    """Met when the text has one of `words` as a whole word or contains one of `literals`."""

    words: frozenset[str]
    literals: tuple[str, ...]


#: What a match must contain: it meets every need of at least one alternative.
Gate = tuple[tuple[Need, ...], ...]

#: A literal shorter than this gates nothing ("a", "s" are in every post), unless it is a
#: sign rarer than any letter ("£", "%", "#", an emoji): see `_telling`.
_MIN_LITERAL = 2
#: Largest set of strings a part of a pattern is expanded into ("(?:re-?)?vote" is three).
_MAX_STRINGS = 64
#: Adjacent parts are joined into longer literals only while that makes few of them: "#vote"
#: then the party is one look-up and a second need, not thirty-five look-ups.
_MAX_JOINED = 8

_C = re._constants  # noqa: SLF001 — the stdlib parser's opcodes, read-only use
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_WORD_CLASS = sorted([(_C.RANGE, (ord("a"), ord("z"))), (_C.RANGE, (ord("0"), ord("9")))])


def _parse(source: str):
    """The standard library's parse of a pattern, or None when it cannot read it, or may read
    it differently from `regex` (it warns, e.g. at "[[:alpha:]]"), or the text is not matched
    as written (case-insensitive, verbose)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = re._parser.parse(source)  # noqa: SLF001 — read-only use
    except (re.error, ValueError, TypeError, OverflowError, RecursionError, Warning):
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else parsed


def min_width(source: str) -> int:
    """The fewest characters a match of `source` consumes (0 when it cannot be read)."""
    parsed = _parse(source)
    return 0 if parsed is None else parsed.getwidth()[0]


def required_literals(source: str) -> Gate | None:
    """What any match of `source` must contain (see `Gate`), or None when some branch of the
    pattern needs no telling literal (`_telling`).

    A literal anywhere in a branch counts, not only at its start: "(?:\\w+\\s+)?(?:year|months)
    \\s+without\\s+pay" needs "year" or "months", and "without", and "pay". A literal between
    word boundaries ("\\b", "\\s+", the text's ends) is a whole word, which a set look-up
    finds, where a literal anywhere takes a scan of the text. Other look-arounds are ignored:
    they only make matches rarer."""
    parsed = _parse(source)
    if parsed is None:
        return None
    alternatives = _alternatives(list(parsed), False, False)
    if any(not needs for needs in alternatives):
        return None
    return tuple(dict.fromkeys(alternatives))


def _alternatives(items: list, left: bool, right: bool) -> list[tuple[Need, ...]]:
    """The needs of each top-level branch of the sequence `items` (one entry if it does not
    branch), the cheapest to test first. `left`, `right`: does a word boundary hold at the
    sequence's start, its end?"""
    core = [k for k, (op, _) in enumerate(items) if op not in _ZERO_WIDTH]
    if len(core) == 1:
        k = core[0]
        op, arg = items[k]
        inner = _gap_before(items, k, left), _gap_after(items, k, right)
        if op is _C.BRANCH:
            return [alt for branch in arg[1] for alt in _alternatives(list(branch), *inner)]
        if op is _C.SUBPATTERN and not arg[1] & re.IGNORECASE:
            return _alternatives(list(arg[-1]), *inner)
    return [tuple(sorted(dict.fromkeys(_needs(items, left, right)), key=_cost))]


#: Strings a part of a pattern has matched so far, and whether a word boundary precedes them.
Run = tuple[set[str], bool]


def _needs(items: list, left: bool, right: bool, carried: Run | None = None) -> list[Need]:
    """Needs every match of the sequence `items` meets (`left`, `right` as in
    `_alternatives`). Adjacent finite parts are joined: "(?:re-?)?vote" needs one of vote,
    revote, re-vote. `carried`: what comes right before the sequence, joined on to its start
    (the standard library's parser turns "labour|liberal" into "l(?:abour|iberal)")."""
    needs: list[Need] = []
    run, run_left = carried or ({""}, left)
    last = -1  # the index of the item the run ends with (-1: before the first)

    def flush() -> None:
        if all(map(_telling, run)):
            needs.append(_need(run, run_left, _gap_after(items, last, right)))

    for k, item in enumerate(items):
        op, arg = item
        if op in _ZERO_WIDTH:
            continue
        piece = _finite([item])
        if piece is not None and (run == {""} or len(run) * len(piece) <= _MAX_JOINED):
            if run == {""}:
                run_left = _gap_before(items, k, left)
            run, last = {a + b for a in run for b in piece}, k
            continue
        if piece is not None:  # finite, but too many strings to join
            flush()
            run, run_left, last = piece, _gap_before(items, k, left), k
            continue
        inner = _gap_before(items, k, left), _gap_after(items, k, right)
        group = op is _C.BRANCH or op is _C.SUBPATTERN and not arg[1] & re.IGNORECASE
        # A group right after the run carries it on; anything else ends it.
        carry = (run, run_left) if group and run != {""} else None
        if carry is None:
            flush()
        run, last = {""}, k
        if op is _C.BRANCH:
            # Each branch's cheapest need; together they are one need of the whole.
            best = [min(_needs(list(b), *inner, carry), key=_cost, default=None) for b in arg[1]]
            if all(best):
                needs.append(Need(frozenset().union(*(n.words for n in best)),
                                  _needles({s for n in best for s in n.literals})))
        elif group:
            needs += _needs(list(arg[-1]), *inner, carry)
        elif op in _REPEATS and arg[0] >= 1:
            needs += _needs(list(arg[2]), False, False)
    flush()
    return needs


def _gap_before(items: list, k: int, left: bool) -> bool:
    """Does a word boundary hold right before items[k] in every match? (`left`: at the
    sequence's start.) An optional part in between must end with one when present."""
    for op, arg in reversed(items[:k]):
        if _bounds((op, arg)):
            return True
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS and arg[0] == 0:
            body = list(arg[2])
            if _gap_before(body, len(body), False):
                continue
            return False
        return _ends_with_gap((op, arg))
    return left


def _gap_after(items: list, k: int, right: bool) -> bool:
    """Does a word boundary hold right after items[k] in every match? (`right`: at the
    sequence's end; k = -1 asks about the start.)"""
    for op, arg in items[k + 1:]:
        if _bounds((op, arg)):
            return True
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS and arg[0] == 0:
            if _gap_after(list(arg[2]), -1, False):
                continue
            return False
        return _starts_with_gap((op, arg))
    return right


def _ends_with_gap(item: tuple) -> bool:
    parts = _parts(item)
    if parts is None:
        return _bounds(item)
    return all(_gap_before(part, len(part), False) for part in parts)


def _starts_with_gap(item: tuple) -> bool:
    parts = _parts(item)
    if parts is None:
        return _bounds(item)
    return all(_gap_after(part, -1, False) for part in parts)


def _parts(item: tuple) -> list[list] | None:
    """The sequences a group, an alternation or a required repeat consists of."""
    op, arg = item
    if op is _C.SUBPATTERN:
        return [list(arg[-1])]
    if op is _C.BRANCH:
        return [list(b) for b in arg[1]]
    if op in _REPEATS and arg[0] >= 1:
        return [list(arg[2])]
    return None


def _bounds(item: tuple) -> bool:
    """Does a word boundary hold on both sides of `item`: "\\b", the text's start or end,
    "(?<![a-z0-9])" or "(?![a-z0-9])", or at least one space or punctuation mark?"""
    op, arg = item
    if op is _C.AT:
        return arg in (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_END,
                       _C.AT_END_STRING)
    if op is _C.ASSERT_NOT:
        inner = list(arg[1])
        return len(inner) == 1 and inner[0][0] is _C.IN and sorted(inner[0][1]) == _WORD_CLASS
    if op in _REPEATS:
        return arg[0] >= 1 and _gap(list(arg[2]))
    return _gap([item])


def _gap(items: list) -> bool:
    """Is `items` one character that is never [a-z0-9]: a space, a punctuation mark?"""
    if len(items) != 1:
        return False
    op, arg = items[0]
    if op is _C.LITERAL:
        return not is_word_char(chr(arg))
    if op is _C.IN:
        return all((o is _C.LITERAL and not is_word_char(chr(v)))
                   or (o is _C.CATEGORY and v is _C.CATEGORY_SPACE) for o, v in arg)
    return False


def _finite(items: list) -> set[str] | None:
    """Every string the sequence `items` can match when that is a small finite set ("s?" is
    "" or "s"; "[- ]" is "-" or " "), else None."""
    out = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            piece = {chr(arg)}
        elif op is _C.IN:
            piece = {chr(v) for o, v in arg if o is _C.LITERAL}
            if len(piece) != len(arg):
                piece = None  # a range, a category, a negation: too many strings
        elif op is _C.SUBPATTERN:
            piece = None if arg[1] & re.IGNORECASE else _finite(list(arg[-1]))
        elif op is _C.BRANCH:
            parts = [_finite(list(b)) for b in arg[1]]
            piece = None if None in parts else set().union(*parts)
        elif op in _REPEATS and arg[1] <= 1:
            body = _finite(list(arg[2]))
            piece = None if body is None else (body | {""} if arg[0] == 0 else body)
        else:
            piece = None
        if piece is None or len(out) * len(piece) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in piece}
    return out


def _telling(literal: str) -> bool:
    """Is a literal rare enough in posts to be worth looking for?"""
    return len(literal) >= _MIN_LITERAL or (
        len(literal) == 1 and not literal.isalnum() and not literal.isspace())


def _need(strings: set[str], left: bool, right: bool) -> Need:
    """A need for one of `strings`, which a word boundary precedes (`left`) and follows
    (`right`) or not: as a whole word where one stands in the string, else as a literal."""
    words, literals = set(), set()
    for s in strings:
        word = _whole_word(s, left, right)
        if word:
            words.add(word)
        else:
            literals.add(s)
    return Need(frozenset(words), _needles(literals))


def _whole_word(s: str, left: bool, right: bool) -> str | None:
    """The longest run of [a-z0-9] in `s` with a word boundary on both sides wherever `s`
    matches: "march" in "march.", when a boundary precedes it; "harm" in "self harm." """
    best = None
    for run in re.finditer(r"[a-z0-9]+", s):
        a, b = run.span()
        if (a > 0 or left) and (b < len(s) or right) and len(run.group()) >= _MIN_LITERAL \
                and (best is None or b - a > len(best)):
            best = run.group()
    return best


def _needles(strings: set[str]) -> tuple[str, ...]:
    """Literals without redundant ones: a text containing "re-vote" contains "vote"."""
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


#: Words in nearly every post. A need for one of them is met by nearly every post, so it is a
#: poor first need (the one the gate index looks up): an alternative needing "the" and
#: "grievance" is looked up by "grievance".
_COMMON = frozenset("""
    a about after all also am an and are as at be been but by can could day did do don for from
    get got had has have he her him his how i if im in is it its just know like me more my next
    no not now of on one or our out over see she so some that the their them then there they
    this time to today up us was we week well were what when which who will with would year
    you your
""".split())


def _cost(need: Need) -> tuple[int, int, int, int]:
    """Selective needs first: none of whose strings is a common word or two letters long
    (`_COMMON`), then the fewest strings to look for (the literals are found in one pass,
    `_GateIndex`, and a word by a set look-up, so how many matters more than which kind),
    then longer ones, which are rarer."""
    strings = (*need.literals, *need.words)
    common = any(len(x) <= 2 or x in _COMMON for x in strings)
    return common, len(strings), len(need.literals), -min(map(len, strings))


# -- the gated pattern ----------------------------------------------------------------------

def _all_met(needs: tuple[Need, ...], window: str, words: frozenset[str] | None) -> bool:
    """Does the window meet every need? `words` are the text's whole words, or None when the
    window may end inside a word (where a pattern's word boundary holds but the word is not
    whole, so whole words are looked for as literals)."""
    for need in needs:
        if words is not None and not need.words.isdisjoint(words):
            continue
        if words is None and _any_in(need.words, window):
            continue
        if not _any_in(need.literals, window):
            return False
    return True


def _any_in(literals: Iterable[str], window: str) -> bool:
    for literal in literals:
        if literal in window:
            return True
    return False


class GatedPattern:
    """A pattern's top-level branches, each behind its gate (`required_literals`): a branch
    whose needs the window does not meet is not run at all.

    Answers as the whole alternation would: the leftmost match, and at one position the
    earliest branch. A single part is the whole pattern behind one gate. `timeout` bounds
    all the parts' runs together.
    """

    def __init__(self, source: str, parts: list[tuple[Gate | None, regex.Pattern]]):
        self.pattern = source
        self.parts = parts
        self._ungated = frozenset(p for p, (gate, _) in enumerate(parts) if gate is None)
        # Every alternative of every gate, by its cheapest need. Most alternatives begin with
        # a whole word, and most posts have none of those words, which one set intersection
        # tells; the others begin with a literal to scan for. Only the alternatives whose
        # first need is met are looked at further.
        self._alternatives = [(p, needs) for p, (gate, _) in enumerate(parts)
                              for needs in gate or ()]
        self._by_word: dict[str, list[int]] = {}
        scanned: dict[str, list[int]] = {}
        for a, (_, needs) in enumerate(self._alternatives):
            first = needs[0]
            if first.literals:
                for literal in (*first.literals, *first.words):
                    scanned.setdefault(literal, []).append(a)
            else:
                for word in first.words:
                    self._by_word.setdefault(word, []).append(a)
        self._first_words = frozenset(self._by_word)
        #: (literal, the alternatives it is the first need of), each literal once: every
        #: post is scanned for each, so a literal several alternatives share costs one scan.
        self._scanned: tuple[tuple[str, list[int]], ...] = tuple(scanned.items())
        self._gate_id = _GATES.register(self)

    def _candidates(self, text: str, pos: int, endpos: int) -> list[regex.Pattern]:
        if not pos and endpos == len(text):
            built, met = _GATES.first_needs_met(text)
            if self._gate_id <= built:
                hits = met.get(self._gate_id)
                if hits is None and not self._ungated:
                    return _NONE   # most calls: no alternative's first need is in the post
                return self._passing(hits or _NONE, text, text_words(text).present)
        window = text[pos:endpos] if pos or endpos < len(text) else text
        # Whole words are only whole in the window if it does not end inside one.
        if ends_between_words(text, endpos):
            words = text_words(text).present
            # Most posts hold none of the first words, which `isdisjoint` tells without
            # building the intersection.
            hits = [] if self._first_words.isdisjoint(words) else \
                [a for word in self._first_words.intersection(words) for a in self._by_word[word]]
        else:
            words = None
            hits = [a for word in self._first_words if word in window for a in self._by_word[word]]
        for literal, alternatives in self._scanned:
            if literal in window:
                hits += alternatives
        return self._passing(hits, window, words)

    def _passing(self, hits: list[int], window: str, words: frozenset[str] | None) -> list[regex.Pattern]:
        """The parts to run: the ungated ones, and those with an alternative among `hits`
        (whose first need the window meets) that meets all its needs."""
        if not hits and not self._ungated:
            return []
        passing = set(self._ungated)
        for a in hits:
            p, needs = self._alternatives[a]
            if p not in passing and _all_met(needs, window, words):
                passing.add(p)
        return [self.parts[p][1] for p in sorted(passing)]

    def search(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        endpos = len(text) if endpos is None else endpos
        candidates = self._candidates(text, pos, endpos)
        if not candidates:
            return None
        deadline = _deadline(timeout)
        best = None
        for rx in candidates:
            m = rx.search(text, pos, endpos, timeout=_left(deadline))
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        endpos = len(text) if endpos is None else endpos
        if len(self.parts) == 1:
            return iter(()) if not self._candidates(text, pos, endpos) else \
                self.parts[0][1].finditer(text, pos, endpos, timeout=timeout)
        return self._finditer(text, pos, endpos, _deadline(timeout))

    def _finditer(self, text: str, pos: int, endpos: int, deadline: float | None):
        # Every branch consumes a character (see `cues.compile_rx`), so each next match
        # begins at or after the end of the last, as the whole alternation's would.
        while (m := self.search(text, pos, endpos, timeout=_left(deadline))) is not None:
            yield m
            pos = m.end()

    def match(self, text: str, pos: int = 0, endpos: int | None = None, timeout=None):
        endpos = len(text) if endpos is None else endpos
        candidates = self._candidates(text, pos, endpos)
        if not candidates:
            return None
        deadline = _deadline(timeout)
        for rx in candidates:
            m = rx.match(text, pos, endpos, timeout=_left(deadline))
            if m:
                return m
        return None


# -- one look at a post for every gated pattern ----------------------------------------------

_NONE: list[int] = []


class _GateIndex:
    """Every gated pattern's first needs, together, so a post is looked at once for all of them.

    Each of the few dozen gated patterns asks about every post, and most find none of their
    first words or literals there: asking pattern by pattern cost a fifth of the engine's
    time in call overhead alone. Here the words of all first needs are one set (one
    intersection with the post's words) and their literals one automaton (one pass), and
    the answer for a post, which alternatives of which pattern have their first need met,
    is kept for the last post asked about. The literals are found in one pass over the post by
    an Aho-Corasick automaton (pyahocorasick, in C): a `literal in text` scan per literal, a
    quarter of a thousand of them, cost ~80 us a post, a tenth of the engine's time; one pass
    costs ~8. An automaton is not changed once made (a change of patterns makes a new one),
    so the server's worker threads may search with it at once.

    Patterns register when built (engines are rebuilt when a school's data changes, so the
    register holds them weakly); the maps are rebuilt at the next question after a change.
    A pattern registered while another thread's answer was being made is not in it, and
    looks for itself."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._patterns: weakref.WeakValueDictionary[int, GatedPattern] = weakref.WeakValueDictionary()
        self._lock = threading.Lock()
        self._built_for = 0           # the last id the maps include
        self._next = 0                # the last id handed out
        # (words -> [(pattern id, its alternatives)], literals -> [...], the set of those words,
        # the automaton finding those literals (None while there are none), the last id included)
        self._maps: tuple[dict, dict, frozenset, ahocorasick.Automaton | None, int] = ({}, {}, frozenset(), None, 0)
        self._last: tuple[str | None, int, dict[int, list[int]]] = (None, 0, {})

    def register(self, pattern: GatedPattern) -> int:
        with self._lock:
            gate_id = next(self._ids)
            self._patterns[gate_id] = pattern
            self._next = gate_id
        return gate_id

    def first_needs_met(self, text: str) -> tuple[int, dict[int, list[int]]]:
        """(the last pattern id the answer covers, {pattern id: its alternatives whose first
        need `text` meets}); a covered pattern that is not in the dict has none."""
        last_text, last_built, answer = self._last   # one read: other threads replace it
        if last_text is text and last_built == self._next:
            return last_built, answer
        by_word, by_literal, first_words, literals, built = self._current_maps()
        answer = {}
        present = text_words(text).present
        if not first_words.isdisjoint(present):
            for word in first_words.intersection(present):
                for gate_id, alternatives in by_word[word]:
                    answer.setdefault(gate_id, []).extend(alternatives)
        # Each literal once however often it occurs (the automaton reports every occurrence).
        # The order the alternatives are listed in does not matter (`GatedPattern._passing`).
        found = {literal for _, literal in literals.iter(text)} if literals is not None and text else ()
        for literal in found:
            for gate_id, alternatives in by_literal[literal]:
                answer.setdefault(gate_id, []).extend(alternatives)
        self._last = (text, built, answer)
        return built, answer

    def _current_maps(self) -> tuple[dict, dict, frozenset, ahocorasick.Automaton | None, int]:
        maps = self._maps
        if maps[-1] == self._next:
            return maps
        with self._lock:
            if self._maps[-1] != self._next:
                self._maps = self._build()
            return self._maps

    def _build(self) -> tuple[dict, dict, frozenset, ahocorasick.Automaton | None, int]:
        built = self._next
        by_word: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        by_literal: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        for gate_id, pattern in list(self._patterns.items()):
            if gate_id > built:
                continue
            for word, alternatives in pattern._by_word.items():  # noqa: SLF001 — its own class's index
                by_word.setdefault(word, []).append((gate_id, tuple(alternatives)))
            for literal, alternatives in pattern._scanned:       # noqa: SLF001
                by_literal.setdefault(literal, []).append((gate_id, tuple(alternatives)))
        return by_word, by_literal, frozenset(by_word), _automaton(by_literal), built


def _automaton(literals: Iterable[str]) -> ahocorasick.Automaton | None:
    """An automaton reporting each of `literals` wherever it occurs in a text (itself the value)."""
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


_GATES = _GateIndex()


def _deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


def _left(deadline: float | None) -> float | None:
    """What remains of a timeout shared by several runs; the `regex` module's own error when
    nothing does."""
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("regex timed out")
    return left

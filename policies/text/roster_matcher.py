"""Find roster pupils' names in a post: built once per config, one pass over the tokens.

Every written form of every pupil's name becomes a key (a tuple of folded tokens) in one
dict, so matching costs a few dict look-ups per token however large the roster. Keys are
whole tokens, so "Oliver Brown" never matches inside "Oliver Brownlee".
"""
from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..schooldata.roster import Pupil
from .normalize import fold
from .tokens import Token, Tokens, name_keys

NICKNAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "nicknames.txt"


@lru_cache(maxsize=1)
def nicknames() -> dict[str, tuple[str, ...]]:
    """Formal first name -> its everyday short forms (data/nicknames.txt)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in NICKNAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            formal, _, short = line.partition(":")
            out[formal.strip()] = tuple(short.split())
    return out


class Form(enum.StrEnum):
    FULL = "full_name"              # Ava Thompson, #AvaThompson, ava thompson's
    REVERSED = "register_form"      # Thompson, Ava
    FIRST_INITIAL = "first_initial"  # Ava T.
    FIRST_ONLY = "first_name"       # Ava
    INITIAL_SURNAME = "initial_surname"  # A. Thompson
    PART_SURNAME = "part_surname"   # Beatriz Ferreira, for Beatriz Sousa Ferreira


@dataclass(frozen=True, slots=True)
class Mention:
    pupils: tuple[Pupil, ...]
    form: Form
    first: int          # token index range [first, last)
    last: int
    start: int          # folded-text span
    end: int

    @property
    def pupil(self) -> Pupil:
        return self.pupils[0]


_STOP_GAP = frozenset(".!?;:")


class RosterMatcher:
    def __init__(self, pupils: list[Pupil]):
        self._full: dict[tuple[str, ...], list[tuple[Pupil, Form, int]]] = defaultdict(list)
        by_first: dict[tuple[str, ...], list[Pupil]] = defaultdict(list)
        #: Surname keys, for "A. Thompson": each pupil with the initials of every first name.
        self._surname: dict[tuple[str, ...], list[tuple[str, Pupil]]] = defaultdict(list)
        for pupil in pupils:
            firsts = {pupil.first_name}
            if pupil.preferred_name:
                firsts.add(pupil.preferred_name)
            lasts = name_keys(pupil.last_name)
            if pupil.preferred_last_name:   # the surname the pupil goes by (SIMS "Preferred Surname")
                lasts = [*lasts, *(k for k in name_keys(pupil.preferred_last_name) if k not in lasts)]
            for first in firsts:
                for f in name_keys(first):
                    by_first[f].append(pupil)
                    for last in lasts:
                        self._full[f + last].append((pupil, Form.FULL, 0))
                        self._full[(f[0] + "".join(f[1:]) + "".join(last),)] \
                            .append((pupil, Form.FULL, 0))
                        self._full[last + f].append((pupil, Form.REVERSED, len(last)))
                    for last in lasts:
                        if (f[0][0], pupil) not in self._surname[last]:
                            self._surname[last].append((f[0][0], pupil))
            # "Beatriz Ferreira" for Beatriz Sousa Ferreira: a first name with one part of a
            # double surname (the detector asks for a school cue, as for "B. Ferreira").
            for part in surname_parts(pupil.last_name):
                for first in firsts:
                    for f in name_keys(first):
                        for key in name_keys(part):
                            if all(p is not pupil for p, _, _ in self._full.get(f + key, ())):
                                self._full[f + key].append((pupil, Form.PART_SURNAME, 0))
            # "Ollie Marsh" for Oliver Marsh: a short form with the surname, never alone.
            for short in nicknames().get(fold(pupil.first_name), ()):
                for last in lasts:
                    if (pupil, Form.FULL, 0) not in self._full[(short, *last)]:
                        self._full[(short, *last)].append((pupil, Form.FULL, 0))
        # Each first name's pupils once, as a tuple made here: a post's mention then shares
        # it, where deduplicating per mention hashed every pupil of a common first name.
        self._first: dict[tuple[str, ...], tuple[Pupil, ...]] = {
            k: tuple(dict.fromkeys(v)) for k, v in by_first.items()}
        self._prefixes = {k[:n] for k in (*self._full, *self._first, *self._surname)
                          for n in range(1, len(k) + 1)}
        #: The words a key begins with: most tokens of a post begin none, which a set of
        #: strings tells without building a one-word key for each.
        self._starts = frozenset(k[0] for k in self._prefixes)

    def first_names(self) -> set[str]:
        return {" ".join(k) for k in self._first}

    def find(self, tokens: Tokens) -> list[Mention]:
        out: list[Mention] = []
        keys = tokens.keys
        if self._starts.isdisjoint(keys):
            return out
        resume = 0  # the token after the last mention: mentions do not overlap
        for i in [i for i, key in enumerate(keys)
                  if key in self._starts or (len(key) == 1 and i + 1 < len(keys) and keys[i + 1] in self._starts)]:
            if i >= resume:
                taken = (self._match_full(tokens, keys, i, out) or self._match_first(tokens, keys, i, out)
                         or self._match_initial_surname(tokens, keys, i, out))
                resume = i + (taken or 1)
        return out

    def _match_initial_surname(self, tokens: Tokens, keys: list[str], i: int, out: list[Mention]) -> int:
        """"N. Llewellyn": a capital initial with its full stop, then a pupil's surname whose
        first name starts with that letter. Without the full stop "A Thompson" is too often
        the article."""
        tok = tokens[i]
        if len(tok.key) != 1 or not tok.key.isalpha() or not tok.capitalised or tok.sigil \
                or tok.next_char != ".":
            return 0
        for size in self._candidates(keys, i + 1, self._surname)[:1]:
            if not tokens[i + 1].capitalised:
                return 0
            pupils = tuple(dict.fromkeys(p for initial, p in self._surname[tuple(keys[i + 1:i + 1 + size])]
                                         if initial == tok.key))
            if pupils:
                out.append(Mention(pupils, Form.INITIAL_SURNAME, i, i + 1 + size,
                                   tok.start, tokens[i + size].end))
                return 1 + size
        return 0

    def _candidates(self, keys: list[str], i: int, index: dict) -> list[int]:
        """Sizes of the keys in `index` that start at token i, longest first."""
        sizes, size = [], 1
        while i + size <= len(keys):
            key = tuple(keys[i:i + size])
            if key not in self._prefixes:
                break
            if key in index:
                sizes.append(size)
            size += 1
        return sizes[::-1]

    def _match_full(self, tokens: Tokens, keys: list[str], i: int, out: list[Mention]) -> int:
        for size in self._candidates(keys, i, self._full):
            entries = self._full[tuple(keys[i:i + size])]
            if any(ch in _STOP_GAP for t in tokens[i + 1:i + size] for ch in t.gap):
                continue
            fitting = []
            for pupil, form, boundary in entries:
                if form is Form.REVERSED and "," not in tokens[i + boundary].gap \
                        and not _register_caps(tokens, i, boundary, size):
                    continue  # "Okafor, Chidubem" is a register; "Okafor Chidubem" is not assumed
                if pupil not in (p for p, _ in fitting):
                    fitting.append((pupil, form))
            if not fitting:
                continue
            form = next((f for f in (Form.FULL, Form.REVERSED) if any(g is f for _, g in fitting)),
                        Form.PART_SURNAME)
            if form is not Form.PART_SURNAME:
                # A pupil whose whole name this is; not also those it is part of a name of.
                fitting = [(p, f) for p, f in fitting if f is not Form.PART_SURNAME]
            out.append(Mention(tuple(p for p, _ in fitting), form, i, i + size,
                               tokens[i].start, tokens[i + size - 1].end))
            return size
        return 0

    def _match_first(self, tokens: Tokens, keys: list[str], i: int, out: list[Mention]) -> int:
        for size in self._candidates(keys, i, self._first)[:1]:
            pupils = self._first[tuple(keys[i:i + size])]
            end = i + size
            if end < len(tokens) and self._is_initial(tokens[end], tokens, end):
                initial = tokens[end].key
                with_initial = tuple(p for p in pupils if _initial(p) == initial)
                if with_initial:
                    out.append(Mention(with_initial, Form.FIRST_INITIAL, i, end + 1,
                                       tokens[i].start,
                                       tokens[end].end + (tokens[end].next_char == ".")))
                    return size + 1
            out.append(Mention(pupils, Form.FIRST_ONLY, i, end,
                               tokens[i].start, tokens[end - 1].end))
            return size
        return 0

    @staticmethod
    def _is_initial(tok: Token, tokens: Tokens, i: int) -> bool:
        """'W.' after a first name: one capital letter followed by a full stop."""
        if len(tok.key) != 1 or not tok.key.isalpha() or not tok.capitalised or tok.sigil:
            return False
        if tok.next_char == ".":
            return True
        # "Ava T!" or "Ava T" at the end; but "Ava I think" is a pronoun, not an initial.
        if tok.key in ("a", "i"):
            return False
        if tok.next_char in ("", ",", "!", "?", ")"):
            return True
        # "Ciara M in 10B", "Tom B has": a lone capital then a word in lower case (a capital
        # after it, "Harry S Truman", is a middle initial of a longer name).
        return tok.next_char == " " and i + 1 < len(tokens) and not tokens[i + 1].capitalised \
            and tokens[i + 1].key.isalpha()


#: Small words of a surname that are never used without the rest ("Van der Berg", "Ní
#: Bhriain", "da Silva"): a surname that starts with one has no part that stands alone.
SURNAME_PARTICLES = frozenset(("van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "la",
                               "le", "del", "della", "ni", "nic", "mac", "mc", "o", "ua", "ui", "al", "el",
                               "ap", "ab", "bin", "binti", "ibn", "bint", "st", "e", "y", "ter", "ten"))


def surname_parts(last_name: str) -> list[str]:
    """The parts of a double surname that may stand for it: "Sousa Ferreira" -> Sousa,
    Ferreira; "Clarke-Okafor" -> Clarke, Okafor. None for a one-word surname or one that begins
    with a particle ("Van der Berg", "Ní Bhriain", "al-Hassan"); particles inside ("Pereira da
    Silva") are left out, and parts under three letters too."""
    words = [w for w in last_name.replace("-", " ").split() if w]
    if len(words) < 2 or fold(words[0]) in SURNAME_PARTICLES:
        return []
    parts = [w for w in words if fold(w) not in SURNAME_PARTICLES and len(w) >= 3]
    return parts if len(parts) >= 2 else []


def _register_caps(tokens: Tokens, i: int, boundary: int, size: int) -> bool:
    """"OKAFOR Chidubem": the surname in capitals, then the first name written as a name (not
    also in capitals): how registers and MIS lists write a pupil, as unambiguous as the comma."""
    return all(tokens.written_upper(k) for k in range(i, i + boundary)) \
        and tokens[i + boundary].capitalised and not tokens.written_upper(i + boundary)


def _initial(pupil: Pupil) -> str:
    keys = name_keys(pupil.last_name)
    return keys[0][0][0] if keys else ""

"""Pupils' surnames by the ways a hurried typist slips on them, for a look-up per post.

"jayden ilingworth": a long surname with one letter dropped, doubled, swapped or mistyped
after a pupil's first name is still the pupil. Trying every pupil who shares the first name
costs a loop over dozens or hundreds of them per mention; this index answers from the
written word alone. It holds each surname word with each of its letters dropped in turn
(symmetric deletion): two words one letter apart (a letter dropped, added, changed, or two
neighbours swapped) always share such a form, so the written word's own deletions find every
candidate, which `one_letter_apart` then confirms.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from ..schooldata.roster import Pupil
from .tokens import name_keys

#: The shortest surname (letters over all its words) read through a slip: shorter ones sit
#: one letter from too many ordinary words ("Cole" and "code") and other families' names.
MIN_SLIP_SURNAME = 7
#: The shortest single word of a surname that may be the misspelt one.
MIN_SLIP_WORD = 4

#: (pupil, the surname's token form, which of its words is misspelt)
Candidate = tuple[Pupil, tuple[str, ...], int]


class SurnameSlips:
    def __init__(self, pupils: Iterable[Pupil]):
        #: By the position of the misspelt word in the surname: its forms -> candidates.
        self._by_position: list[dict[str, list[Candidate]]] = []
        for pupil in pupils:
            for variant in name_keys(pupil.last_name):
                if sum(map(len, variant)) < MIN_SLIP_SURNAME:
                    continue
                for j, word in enumerate(variant):
                    if len(word) >= MIN_SLIP_WORD:
                        while len(self._by_position) <= j:
                            self._by_position.append({})
                        for key in deletions(word):
                            self._by_position[j].setdefault(key, []).append((pupil, variant, j))

    def candidates(self, keys: list[str], start: int) -> Iterator[Candidate]:
        """Surname forms the words from `start` may misspell by one letter in one word (each
        with which word), unconfirmed: the caller checks the words and what joins them."""
        for j, index in enumerate(self._by_position[:len(keys) - start]):
            written = keys[start + j]
            if len(written) < MIN_SLIP_WORD - 1 or not index:
                continue
            for key in deletions(written):
                yield from index.get(key, ())


@lru_cache(maxsize=8192)
def deletions(word: str) -> frozenset[str]:
    """The word itself and the word with each one of its letters dropped (a post's words
    repeat from post to post, so they are kept)."""
    return frozenset((word, *(word[:i] + word[i + 1:] for i in range(len(word)))))


def one_letter_apart(a: str, b: str) -> bool:
    """One letter dropped, added, changed, or two neighbours swapped (not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]

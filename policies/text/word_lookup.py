"""Whole-word look-up of word lists over folded text, in one pass over the post's words.

A dict keyed by each entry's first word instead of one big alternation: the regex module
tries every alternative at every position, which for a list of a few hundred entries cost
more than everything else a detector does. Words keep inner apostrophes ("can't", "i'll")
and split at everything else, so "self-harm" and "self harm" are the same entry and
"Scunthorpe" is one word that contains nothing.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterable

import regex

from .prefilter import text_words
from .tokens import word_spans

TIMEOUT = 0.05
WORD = regex.compile(r"[a-z0-9]+(?:'[a-z]+)*")

Word = tuple[str, int, int]


class Words(list[Word]):
    """(word, start, end) for each word of a text, and the words alone, in order and as a
    set: made once, for the several lists a post is looked up in (so read-only once made)."""

    @cached_property
    def plain(self) -> list[str]:
        return [w for w, _, _ in self]

    @cached_property
    def present(self) -> frozenset[str]:
        return frozenset(self.plain)


def words_of(folded: str) -> Words:
    """(word, start, end) for each word of folded text. Without an apostrophe the words are
    the [a-z0-9] runs the gated patterns already split the text into (`text_words`)."""
    if "'" not in folded:
        return Words([(word, a, b) for a, b, word in text_words(folded).spans])
    return Words((word, a, b) for a, b, word in word_spans(folded, WORD, TIMEOUT))


class Phrases:
    def __init__(self, entries: Iterable[tuple[str, str]]):
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entry, label in entries:
            key = tuple(w for w, _, _ in words_of(entry))
            if key and (key, label) not in self.index.get(key[0], ()):
                self.index.setdefault(key[0], []).append((key, label))
        for options in self.index.values():
            options.sort(key=lambda o: len(o[0]), reverse=True)

    def find(self, words: Words) -> Iterable[tuple[int, int, str, str]]:
        """(first word index, last word index + 1, entry, label) per match, left to right,
        longest entry first, never overlapping."""
        if self.index.keys().isdisjoint(words.present):
            return  # most posts hold no entry's first word
        resume = 0
        plain = words.plain
        for i in [i for i, w in enumerate(plain) if w in self.index]:
            if i < resume:
                continue
            for key, label in self.index[plain[i]]:
                j = i + len(key)
                if tuple(plain[i:j]) == key:
                    yield i, j, " ".join(key), label
                    resume = j
                    break

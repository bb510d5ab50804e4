"""Word tokens over folded text, with what a name matcher needs to know about each.

A token keeps its span in the folded text, whether it was written as a hashtag or handle,
and whether it started with a capital in the original.
Apostrophes inside a word are dropped ("O'Sullivan" -> "osullivan") and a possessive "'s"
is cut, so "O'Sullivan's" and "OSullivan" meet the same key.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .normalize import NormalizedText, fold

_WORD = regex.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*'?")


@dataclass(frozen=True, slots=True)
class Token:
    key: str
    start: int
    end: int
    #: '#' or '@' when written as a hashtag or handle, else ''.
    sigil: str
    capitalised: bool
    #: The original text between the previous token and this one (punctuation, spaces).
    gap: str
    #: The folded character right after the token ('' at the end of the text).
    next_char: str


def word_key(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("'", "")


def tokenize(text: NormalizedText) -> list[Token]:
    tokens: list[Token] = []
    folded, original = text.folded, text.original
    prev_o_end = 0
    for m in _WORD.finditer(folded):
        start, end = m.span()
        key = word_key(m.group())
        if not key:
            continue
        before = folded[start - 1] if start else ""
        sigil = before if before in "#@" else ""
        o_start = text.offsets[start]
        first = original[o_start]
        gap = original[prev_o_end:o_start]
        tokens.append(Token(key, start, end, sigil, first.isupper(), gap,
                            folded[end:end + 1]))
        prev_o_end = text.offsets[end - 1] + 1
    return tokens


def name_keys(name: str) -> list[tuple[str, ...]]:
    """The token sequences a written name may take: 'Smith-Adebayo' -> (smith, adebayo),
    (smithadebayo); "O'Sullivan" -> (osullivan,), (o, sullivan)."""
    folded = fold(name)
    variants: set[tuple[str, ...]] = set()
    apostrophe_kept = tuple(word_key(w) for w in regex.split(r"[\s\-]+", folded) if word_key(w))
    split_all = tuple(w for w in regex.split(r"[\s\-']+", folded) if w)
    for v in (apostrophe_kept, split_all):
        if v:
            variants.add(v)
            variants.add(("".join(v),))
    return sorted(variants)

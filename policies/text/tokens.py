"""Word tokens over folded text, with what a name matcher needs to know about each.

A token keeps its span in the folded text, whether it was written as a hashtag or handle,
and whether it started with a capital in the original.
Apostrophes inside a word are dropped ("O'Sullivan" -> "osullivan") and a possessive "'s"
is cut, so "O'Sullivan's" and "OSullivan" meet the same key.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

import regex

from .normalize import NormalizedText, fold

_WORD = regex.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*'?")


class Token(NamedTuple):
    """Immutable, as a frozen dataclass would be, but built several times faster: a post has
    a hundred tokens, and a frozen dataclass's constructor was most of tokenizing."""

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
    folded, original, offsets = text.folded, text.original, text.offsets
    prev_o_end = 0
    for start, end, word in word_spans(folded):
        key = word_key(word) if "'" in word else word
        if not key:
            continue
        before = folded[start - 1] if start else ""
        sigil = before if before in "#@" else ""
        o_start = offsets[start]
        # `_make` skips the keyword handling of Token(...): a post has a hundred tokens.
        tokens.append(Token._make((key, start, end, sigil, original[o_start].isupper(),
                                   original[prev_o_end:o_start], folded[end:end + 1])))
        prev_o_end = offsets[end - 1] + 1
    return tokens


class _TokenChars(dict):
    """A `str.translate` table that keeps what a word may hold (a-z, 0-9, the apostrophe) and
    turns every other character into a space, built up as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = out = ch if "a" <= ch <= "z" or "0" <= ch <= "9" or ch == "'" else " "
        return out


_TOKEN_CHARS = _TokenChars()


def word_spans(folded: str, pattern: regex.Pattern = _WORD, timeout: float | None = None
               ) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each match of a word pattern (one that matches letters, digits
    and apostrophes, and any run of letters and digits whole) in folded text, as `finditer`
    finds them, but cheaper: the text is cut, in C, at every character no word holds, and the
    pattern runs only on the few pieces with an apostrophe (a piece without one is a word)."""
    pos = 0
    for piece in folded.translate(_TOKEN_CHARS).split(" "):
        if piece:
            end = pos + len(piece)
            if "'" in piece:
                for m in pattern.finditer(folded, pos, end, timeout=timeout):
                    yield m.start(), m.end(), m.group()
            else:
                yield pos, end, piece
        pos += len(piece) + 1


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

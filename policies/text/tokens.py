"""Word tokens over folded text, with what a name matcher needs to know about each.

A token keeps its span in the folded text, whether it was written as a hashtag or handle,
and whether it started with a capital in the original.
Apostrophes inside a word are dropped ("O'Sullivan" -> "osullivan") and a possessive "'s"
is cut, so "O'Sullivan's" and "OSullivan" meet the same key.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple, Sequence, overload

import regex

from .normalize import CharTable, NormalizedText, fold
from .prefilter import text_words

_WORD = regex.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*'?")


class Token(NamedTuple):
    """Immutable, as a frozen dataclass would be, but built several times faster."""

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


def tokenize(text: NormalizedText) -> Tokens:
    return Tokens(text)


class Tokens(Sequence[Token]):
    """The tokens of a text. Every token's key and span are found in one pass; the rest of a
    token (its gap, its capital, the character after it) only when the token is asked for:
    a post has a hundred tokens, and the roster matcher and the detectors look closely at
    the few that may be names."""

    def __init__(self, text: NormalizedText):
        self._text = text
        #: The key of every token, in order: what the roster matcher looks up.
        self.keys: list[str] = []
        self._spans: list[tuple[int, int]] = []
        if "'" not in text.folded:  # most posts: every word is its own key
            spans = text_words(text.folded).spans
            self.keys = [word for _, _, word in spans]
            self._spans = [(start, end) for start, end, _ in spans]
        else:
            for start, end, word in word_spans(text.folded):
                key = word_key(word) if "'" in word else word
                if key:
                    self.keys.append(key)
                    self._spans.append((start, end))
        self._made: list[Token | None] = [None] * len(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self.keys)))

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.keys)))]
        i = range(len(self.keys))[i]  # a negative index counts from the end; IndexError past it
        token = self._made[i]
        if token is None:
            token = self._made[i] = self._make(i)
        return token

    def written_upper(self, i: int) -> bool:
        """Token i is written in capitals, two letters or more ("RAHMAN"): a register's surname."""
        written = self._text.excerpt(*self._spans[i])
        return sum(c.isalpha() for c in written) > 1 and written.isupper()

    def _make(self, i: int) -> Token:
        folded, original, offsets = self._text.folded, self._text.original, self._text.offsets
        start, end = self._spans[i]
        before = folded[start - 1] if start else ""
        o_start = offsets[start]
        prev_o_end = offsets[self._spans[i - 1][1] - 1] + 1 if i else 0
        return Token(self.keys[i], start, end, before if before in "#@" else "",
                     original[o_start].isupper(), original[prev_o_end:o_start],
                     folded[end:end + 1])


#: Keeps what a word may hold (a-z, 0-9, the apostrophe) and turns every other character
#: into a space.
_TOKEN_CHARS = CharTable(lambda ch: ch if "a" <= ch <= "z" or "0" <= ch <= "9" or ch == "'"
                         else " ")


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

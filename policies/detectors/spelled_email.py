"""Finding e-mail addresses written out to dodge scrapers ("jo.bloggs at example dot com")
without running the pattern over the whole post.

The pattern (`PersonalDataDetector.EMAIL_SPELLED`) begins with a character class, so the
regex engine tries it at every position of every post, which cost more than every other
personal-data check together. Yet every match holds the word "at" (between spaces or
brackets), and its local part runs back from there over [a-z0-9._%+-] only. So the only
places a match can begin are the starts of the words that run, without a space, up to a
word before a standalone "at"; the pattern is tried (anchored) at those alone, in order,
skipping any inside a match already found. That yields exactly the matches `finditer`
would, at a handful of anchored tries per "at" instead of a scan of the text.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..text.prefilter import is_word_char, text_words

#: What may stand between two words inside an address's local part ("jo.bloggs"; not "_",
#: which is outside the local part's characters).
_LOCAL_JOINERS = frozenset("._%+-")


def spelled_email_matches(pattern: regex.Pattern, folded: str, timeout: float | None = None
                          ) -> Iterator[regex.Match]:
    """`pattern.finditer(folded)` for a pattern of the EMAIL_SPELLED shape (see the module)."""
    ats = text_words(folded).starts("at")
    if not ats:
        return
    starts: set[int] = set()
    for at in ats:
        starts.update(_local_part_starts(folded, at))
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        m = pattern.match(folded, start, timeout=timeout)
        if m:
            last_end = m.end()
            yield m


def _local_part_starts(text: str, at: int) -> Iterator[int]:
    """The starts of the words before position `at` that a local part ending there may
    begin with: the word right before, and each word before it joined to it by
    [._%+-] alone ("jo.bloggs") or by a spoken " dot " ("jo dot bloggs"). Words are [a-z0-9]
    runs, as `text_words` reads them."""
    j = at - 1
    while j >= 0 and not is_word_char(text[j]):
        j -= 1                      # the separator: spaces, brackets
    while j >= 0:
        while j >= 0 and is_word_char(text[j]):
            j -= 1
        yield j + 1
        gap = j
        while gap >= 0 and text[gap] in _LOCAL_JOINERS:
            gap -= 1
        if gap == j and text.endswith(" dot ", 0, j + 1):
            k = j - 5               # "jo dot bloggs": a dot said as a word, after [a-z0-9._%+-]
            while k >= 0 and text[k] in _LOCAL_JOINERS:
                k -= 1
            if k < 0 or not is_word_char(text[k]):
                return
            j = k
            continue
        if gap == j or gap < 0 or not is_word_char(text[gap]):
            return                  # no joiner, the text's start, or a space: the run ends
        j = gap

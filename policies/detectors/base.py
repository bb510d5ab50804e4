"""What every detector is: a small class that declares what it finds and explains each hit.

A detector builds its heavy state once per config (in `__init__`) and then judges posts
through a `PostContext`, which computes the shared views of a post (folded text, tokens,
words, the roster matcher's pupil mentions, the school cue) once, on first use.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Iterable

from ..model import AccountKind, Hit, Post
from ..text.normalize import NormalizedText, normalize
from ..text.tokens import Tokens, tokenize
from ..text.word_lookup import Words, words_of

if TYPE_CHECKING:
    from ..pack import Pack
    from ..schooldata.school import School
    from ..text.roster_matcher import Mention, RosterMatcher
    from ..text.school_context import SchoolContext


class PostContext:
    def __init__(self, post: Post, school: School, pack: Pack, matcher: RosterMatcher,
                 school_context: SchoolContext):
        self.post = post
        self.school = school
        self.pack = pack
        self._matcher = matcher
        self._school_context = school_context
        self.official = school.is_official(post.platform, post.account.handle, post.account.id)

    @property
    def kind(self) -> AccountKind:
        return AccountKind.OFFICIAL if self.official else AccountKind.PERSONAL

    @cached_property
    def text(self) -> NormalizedText:
        return normalize(self.post.text)

    @cached_property
    def tokens(self) -> Tokens:
        return tokenize(self.text)

    @cached_property
    def words(self) -> Words:
        """(word, start, end) of the folded text, for the word-list look-ups of several
        detectors (`text.word_lookup`)."""
        return words_of(self.text.folded)

    @cached_property
    def mentions(self) -> list[Mention]:
        """Pupils the text names, in any form; whether a mention matters is the detector's call."""
        return self._matcher.find(self.tokens)

    @cached_property
    def school_cue(self) -> str | None:
        """The first words in the text or recipients that place the post in school life."""
        return self._school_context.cue(self)

    @cached_property
    def shared(self) -> dict:
        """Results one detector computes and another reads, keyed by who computed them (e.g.
        the offensive check's findings, which reputation also weighs), so each is computed
        once per post."""
        return {}

    @cached_property
    def recipients_text(self) -> NormalizedText:
        return normalize(" ; ".join(self.post.recipients))


class Detector:
    #: The contract category this detector reports.
    CATEGORY: ClassVar[str]
    #: The kinds of evidence it reports (`Hit.signal`); pack rules may select among them.
    SIGNALS: ClassVar[tuple[str, ...]]
    #: A second reader (detectors/meaning.py): the engine runs it after the others, only when
    #: none of them reported a category that second readers cover, and keeps the most
    #: confident second reader's finding alone.
    FALLBACK: ClassVar[bool] = False

    def __init__(self, school: School, pack: Pack) -> None:
        self.school = school
        self.pack = pack

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        raise NotImplementedError

    def hit(self, signal: str, score: float, *explanation: str, **fields) -> Hit:
        assert signal in self.SIGNALS, f"{type(self).__name__} does not declare signal {signal!r}"
        return Hit(self.CATEGORY, signal, round(score, 3), tuple(explanation), **fields)

    def text_hit(self, ctx: PostContext, signal: str, score: float, start: int, end: int,
                 *explanation: str, subject: str | None = None) -> Hit:
        """A hit on folded-text span [start, end), reported against the original text."""
        span = ctx.text.span(start, end)
        return self.hit(signal, score, *explanation, evidence=ctx.post.text[span[0]:span[1]],
                        span=span, subject=subject)

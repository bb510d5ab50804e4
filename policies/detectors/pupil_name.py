"""A post that identifies a roster pupil by name.

A full name (in any written form the roster matcher knows) always identifies a pupil. A first
name alone does only in a school context: right beside a cue such as "in my class" or "from
Year 5", or, for a name that is not an ordinary word, anywhere in a post about school life.
On an official account the pupil's name consent decides: first name and initial is the
standard practice; a full name needs `full`; a first name in context is beyond `none`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex

from ..model import Hit
from ..schooldata.roster import NameConsent, Pupil
from ..text.normalize import fold
from ..text.form_code import capital_form_code_after
from ..text.roster_matcher import Form, Mention
from ..text.school_context import SchoolContext
from ..text.surname_slips import SurnameSlips, one_letter_apart
from ..text.tokens import name_keys
from .base import Detector, PostContext

WORD_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "word_names.txt"

#: The letters of a form code after its year number ("11Q", "10B", "9X2"), but not a unit,
#: an ordinal or a time stuck to a number ("10am", "5th", "3d", "5m").
FORM_CODE_TAIL = (r"(?!(?:am|pm|st|nd|rd|th|d|m|mm|cm|km|kg|mb|gb|ml|hr|hrs|h|s|p|l|lb|lbs"
                  r"|ft|yrs?|yo|wks?|mins?|secs?|mph|kph)\b)[a-z]{1,3}[0-9]?\b")
#: Subjects and courses a teaching group is named by ("my maths set", "my Level 2 catering group").
SUBJECTS = ("english", "maths", "math", "science", "biology", "chemistry", "physics", "art", "pe",
            "music", "history", "geography", "french", "spanish", "german", "computing", "ict",
            "dt", "drama", "re", "rs", "reading", "phonics", "intervention", "nurture", "catering",
            "construction", "hair", "beauty", "barbering", "btec", "gcse", "functional skills",
            "business", "psychology", "sociology", "media", "dance", "textiles", "food")
#: Right after a first name: "in my class", "from Year 5", "in my Year 11 group", "(Y6)".
NEAR_AFTER = regex.compile(
    r"^(?:'s?)?\s*,?\s*(?:(?:in|from|of)\s+(?:my|our|the|his|her)?\s*(?:new\s+)?"
    r"(?:(?:year|yr|y)\s?(?:[1-9]|1[0-3])|reception|nursery|class|form|tutor group|group|set)"
    # A teaching group named by its level or subject: "in my Level 2 group", "in my English set".
    r"|(?:in|from)\s+(?:my|our|the)\s+(?:(?:level|lvl|l)\s?[1-4]|" + r"|".join(SUBJECTS) + r")"
    r"(?:\s+[a-z0-9]+)?\s+(?:class|group|set|form|lessons?)\b"
    # A course named by its level and subject: "from Level 1 Catering", "on the Level 3 hair course".
    r"|(?:in|from|on|doing)\s+(?:my\s+|our\s+|the\s+)?(?:level|lvl)\s?[1-4]\s+(?:" + r"|".join(SUBJECTS) + r")\b"
    r"|\(\s*(?:year|yr|y)\s?(?:[1-9]|1[0-3])\s*\)"
    # A form or class code: "in 11Q", "from 10B", "in my 9X2" (a year number with letters
    # stuck to it), never a time, an ordinal or a unit ("in 10am", "in 5th", "in 4k").
    r"|(?:in|from)\s+(?:my\s+|our\s+)?(?:form\s+|class\s+|set\s+)?(?:[1-9]|1[0-3])" + FORM_CODE_TAIL +
    # "Frank, one of my Year 10 learners": an apposition that says what the name is.
    r"|(?:one|1)\s+of\s+(?:my|our|the)\s+(?:new\s+)?(?:(?:year|yr|y)\s?(?:[1-9]|1[0-3])s?\s+)?"
    r"(?:learners|pupils|students|kids|tutees|class|form|set|group|year\s?(?:[1-9]|1[0-3])s)\b"
    r"|'?s?\s+(?:ehcp|iep|sen support|send|reading age|target grade|predicted grade|attendance"
    r"|behaviour plan|detention|exclusion|diagnosis|diagnosed)\b)")
#: Right before a first name: "my pupil Ava", "one of my Year 3s, Ava".
NEAR_BEFORE = regex.compile(
    r"(?:pupil|student|tutee|learner|(?:year|yr|y)\s?(?:[1-9]|1[0-3])s?)\s*,?\s*$")
#: "my son Oliver": a family member, not a pupil.
FAMILY_BEFORE = regex.compile(
    r"(?:my|our|his|her|their)\s+(?:little\s+|eldest\s+|youngest\s+|baby\s+)?"
    r"(?:son|daughter|boy|girl|niece|nephew|grandson|granddaughter|grandchild|husband|wife|"
    r"partner|sister|brother|mum|mom|dad|friend|neighbour|neighbor|cousin|godson|goddaughter|"
    r"kid|child|dog|cat)\s*,?\s*$")

#: "the Okafor twins", "the Vaughan boys": the words between a surname and its school cue.
SIBLINGS_AFTER = regex.compile(r"\s+(?:twins|triplets|boys|girls|brothers|sisters|siblings|kids)\b")

#: Post-level cues a parent uses of their own children as much as a teacher of a class: too
#: weak alone to make a bare first name a pupil's.
HOME_OR_SCHOOL_CUES = frozenset(("the kids", "my kids", "our kids"))

#: People a pupil's possessive is often about, capitalised or not ("Grace Hall's Mum").
FAMILY_WORDS = frozenset(("mum", "mam", "mom", "dad", "nan", "nana", "gran", "granny", "grandad",
                          "grandma", "grandpa", "auntie", "aunt", "uncle", "sister", "brother",
                          "parents", "family", "carer", "carers", "teacher"))

#: "Mr J. Evans": a title makes an initial and surname an adult's.
TITLE_BEFORE = regex.compile(r"\b(?:mr|mrs|miss|ms|mx|dr|prof|cllr|rev|sir)\.?\s*$")


@lru_cache(maxsize=None)
def _listed(file_name: str) -> frozenset[str]:
    """The entries of a name list in policies/data: one per line, folded; "#" starts a
    comment line. Read once per process."""
    lines = WORD_NAMES_FILE.with_name(file_name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def public_figures() -> frozenset[str]:
    """Full names of famous people a pupil may share ("Harry Kane", "Tom Jones")."""
    return _listed("public_figures.txt")


def word_surnames() -> frozenset[str]:
    """Surnames that are also ordinary English words ("Brown", "Hall")."""
    return _listed("word_surnames.txt")


def word_names() -> frozenset[str]:
    """First names that are also ordinary words ("Hope", "Grace", "Will")."""
    return _listed("word_names.txt")


class PupilNameDetector(Detector):
    CATEGORY = "pupil_name"
    SIGNALS = ("full_name", "first_initial", "first_name_in_context")

    def __init__(self, school, pack):
        super().__init__(school, pack)
        self.staff_first_names = {fold(s.first_name) for s in school.staff}
        self.staff_initial_surnames = {(fold(s.first_name)[:1], fold(s.last_name)) for s in school.staff}
        self.staff_full_names = {" ".join(f + last) for s in school.staff for f in name_keys(s.first_name)
                                 for last in name_keys(s.last_name)}
        self._school_context = SchoolContext(school)
        # Surnames alone ("the Okafor twins in Year 8"): every token form of each pupil's
        # surname, except surnames that are words or that staff share (a colleague's name).
        staff_surnames = {k for s in school.staff for k in name_keys(s.last_name)}
        common = word_surnames() | word_names()
        self._by_surname: dict[tuple[str, ...], tuple[Pupil, ...]] = {}
        for pupil in school.pupils:
            for key in _surname_keys(pupil.last_name):
                if key not in staff_surnames and not (len(key) == 1 and key[0] in common):
                    self._by_surname[key] = (*self._by_surname.get(key, ()), pupil)
        self._surname_first = frozenset(k[0] for k in self._by_surname)
        self._surname_longest = max(map(len, self._by_surname), default=0)
        self._slip_cache: dict[int, tuple[tuple[Pupil, ...], SurnameSlips]] = {}
        famous = public_figures()
        self._famous_pupils = frozenset(id(p) for p in school.pupils
                                        if fold(f"{p.first_name} {p.last_name}") in famous)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        for m in ctx.mentions:
            name = _written(ctx, m)
            if m.form in (Form.FULL, Form.REVERSED):
                if self._words_not_a_name(ctx, m) or self._public_figure(ctx, m):
                    continue
                pupils = self._beyond_consent(ctx, m.pupils, NameConsent.FULL)
                if pupils:
                    yield self._hit(ctx, m, "full_name", 1.0, pupils,
                                    "names a pupil in full" + self._on_official(ctx, pupils))
            elif m.form is Form.PART_SURNAME:
                # The whole surname read on from the first part first ("harrison lee-wongs":
                # a possessive without its apostrophe, or a typo in the second part).
                surname = self._surname_after(ctx, _first_name_of(ctx, m))
                if surname is not None:
                    pupils, end, score, how = surname
                    pupils = self._beyond_consent(ctx, pupils, NameConsent.FULL)
                    if pupils:
                        yield self.text_hit(ctx, "full_name", score, m.start, end,
                                            f"names a pupil in full ({how})" + self._on_official(ctx, pupils),
                                            subject=" or ".join(p.full_name for p in pupils[:3]))
                    continue
                # "Beatriz Ferreira in 9F" for Beatriz Sousa Ferreira: one part of a double
                # surname identifies her beside a school cue, as initial + surname does.
                near = self._near_cue(ctx, m)
                word_first = ctx.tokens.keys[m.first] in word_names()   # "Grace Hall" may be a venue
                cue = near or (None if word_first else ctx.school_cue)
                if not cue or self._staff_named(ctx, m) or self._words_not_a_name(ctx, m) \
                        or self._public_figure(ctx, m):
                    continue
                pupils = self._beyond_consent(ctx, m.pupils, NameConsent.FULL)
                if pupils:
                    yield self._hit(ctx, m, "full_name", 0.8, pupils,
                                    "names a pupil by first name and part of a double surname"
                                    + self._on_official(ctx, pupils), f"school context: {cue!r}")
            elif m.form is Form.INITIAL_SURNAME:
                # "N. Llewellyn": the surname identifies; a colleague "Mr J. Evans" does not count.
                # The cue may be the post's or the one right after the name ("C. Okeke in 11R").
                if not (ctx.school_cue or self._near_cue(ctx, m)) or self._staff_or_titled(ctx, m):
                    continue
                pupils = self._beyond_consent(ctx, m.pupils, NameConsent.FULL)
                if pupils:
                    yield self._hit(ctx, m, "full_name", 0.8, pupils,
                                    "names a pupil by initial and surname" + self._on_official(ctx, pupils),
                                    f"school context: {ctx.school_cue!r}")
            elif m.form is Form.FIRST_INITIAL:
                # First name and initial is the standard practice for school accounts (the
                # policies' own words), within every consent level, `none` included: the
                # acceptance set's labels read it so ("within any consent").
                if ctx.official:
                    continue
                cue = self._near_cue(ctx, m) or ctx.school_cue
                if cue:
                    yield self._hit(ctx, m, "first_initial", 0.8, m.pupils,
                                    "names a pupil by first name and initial", f"school context: {cue!r}")
            else:
                surname = self._surname_after(ctx, m)
                if surname is not None:
                    pupils, end, score, how = surname
                    pupils = self._beyond_consent(ctx, pupils, NameConsent.FULL)
                    if pupils:
                        subject = " or ".join(p.full_name for p in pupils[:3])
                        yield self.text_hit(ctx, "full_name", score, m.start, end,
                                            f"names a pupil in full ({how})" + self._on_official(ctx, pupils),
                                            subject=subject)
                    continue
                if _adult_or_title(ctx, m) or _place_named(ctx, m) or _after_title(ctx, m):
                    continue
                near = self._near_cue(ctx, m)
                if near is None:
                    if not ctx.school_cue or not self._bare_name_can_fire(ctx, m, name) \
                            or _someone_elses_full_name(ctx, m):
                        continue
                    why = f"school context in the post: {ctx.school_cue!r}"
                    score = 0.7
                else:
                    if fold(name) in word_names() and not ctx.tokens[m.first].capitalised:
                        continue
                    why = f"school context right beside the name: {near!r}"
                    score = 0.95
                pupils = self._beyond_consent(ctx, m.pupils, NameConsent.FIRST_NAME_INITIAL)
                if pupils:
                    yield self._hit(ctx, m, "first_name_in_context", score, pupils,
                                    "names a pupil by first name in a school context"
                                    + self._on_official(ctx, pupils), why)

        yield from self._surnames_alone(ctx)

    def _surnames_alone(self, ctx: PostContext) -> Iterable[Hit]:
        """A pupil's surname alone, written as a name, right beside a school cue: "Warsame in
        my Year 10 set", "the Okafor twins in year 8". One set test for most posts; only a
        capitalised surname token not already part of a mention is looked at further."""
        keys = ctx.tokens.keys
        if self._surname_first.isdisjoint(keys):
            return
        covered = {i for m in ctx.mentions for i in range(m.first, m.last)}
        folded = ctx.text.folded
        for i, key in enumerate(keys):
            if key not in self._surname_first or i in covered:
                continue
            size, pupils = next(((n, self._by_surname[tuple(keys[i:i + n])])
                                 for n in range(min(self._surname_longest, len(keys) - i), 0, -1)
                                 if tuple(keys[i:i + n]) in self._by_surname), (0, ()))
            if not size or ctx.tokens[i].sigil or not ctx.tokens[i + size - 1].capitalised:
                continue
            if i and ctx.tokens[i - 1].capitalised and ctx.tokens[i - 1].key != "the" \
                    and not any(c in ".!?\n" for c in ctx.tokens[i].gap):
                continue  # "Sarah Okafor", "B Okonkwo": someone else's name, or an initial left unread
            start, end = ctx.tokens[i].start, ctx.tokens[i + size - 1].end
            group = SIBLINGS_AFTER.match(folded, end, end + 24)
            near = NEAR_AFTER.match(folded[group.end() if group else end:][:60], timeout=0.05)
            if not near or TITLE_BEFORE.search(folded[max(0, start - 6):start], timeout=0.05):
                continue
            pupils = self._beyond_consent(ctx, pupils, NameConsent.FULL)
            if pupils:
                subject = " or ".join(p.full_name for p in pupils[:3])
                yield self.text_hit(ctx, "full_name", 0.85, start, end,
                                    "names a pupil by surname in a school context" + self._on_official(ctx, pupils),
                                    f"school context right beside the name: {near.group().strip(' ,')!r}",
                                    subject=subject)

    def _public_figure(self, ctx: PostContext, m: Mention) -> bool:
        """A pupil's full name that a famous person or a brand shares, with no school cue in
        its sentence: "Harry Kane again! 3-1" is the footballer, "Ted Baker sale is on! ...
        a coat for parents' evening" the shop. One set look per full-name mention (the
        roster's shared names are found once, when the detector is built); the sentence is
        searched for a cue only when the post has one somewhere."""
        if not self._famous_pupils or not all(id(p) in self._famous_pupils for p in m.pupils):
            return False
        if self._near_cue(ctx, m):
            return False
        if not ctx.school_cue:
            return True
        start, end = _sentence_span(ctx.text.folded, m.start, m.end)
        return self._school_context.cue_in(ctx.text.folded[start:end]) is None

    def _staff_named(self, ctx: PostContext, m: Mention) -> bool:
        """The words of the mention are a member of staff's first name and surname."""
        return " ".join(ctx.tokens.keys[m.first:m.last]) in self.staff_full_names

    def _words_not_a_name(self, ctx: PostContext, m: Mention) -> bool:
        """"mark field lines", "rose hill": a word first name and a word surname written in
        lower case in a post that writes names with capitals, and no school cue beside them."""
        toks = ctx.tokens[m.first:m.last]
        if self._sentence_word_then_place(ctx, m):
            return True
        if any(t.capitalised or t.sigil for t in toks) or ctx.post.text == ctx.post.text.lower():
            return False
        if toks[0].key not in word_names() or toks[-1].key not in word_surnames():
            return False
        return self._near_cue(ctx, m) is None

    @staticmethod
    def _sentence_word_then_place(ctx: PostContext, m: Mention) -> bool:
        """"Will King's Cross be busy?": a word first name capitalised only because it opens
        the sentence, then the surname as the possessive of a capitalised name ("King's
        Cross", "Hall's Bakery"): a place or a business, not a pupil's possessions."""
        tokens = ctx.tokens
        first, last = tokens[m.first], tokens[m.last - 1]
        if m.last - m.first != 2 or first.key not in word_names() or m.last >= len(tokens):
            return False
        if m.first and not any(c in ".!?\n" for c in first.gap):
            return False
        nxt = tokens[m.last]
        written = ctx.text.excerpt(nxt.start, nxt.end)
        if len(written) > 1 and written.isupper():
            return False  # "Storm Hill's NI number", "Grace Hall's EHCP": an acronym, not a place
        return ctx.text.folded[last.end - 2:last.end] == "'s" and nxt.capitalised \
            and nxt.gap == " " and nxt.key not in FAMILY_WORDS

    def _hit(self, ctx: PostContext, m: Mention, signal: str, score: float,
             pupils: tuple[Pupil, ...], *why: str) -> Hit:
        subject = " or ".join(p.full_name for p in pupils[:3])
        return self.text_hit(ctx, signal, score, m.start, m.end, *why, subject=subject)

    @staticmethod
    def _beyond_consent(ctx: PostContext, pupils: tuple[Pupil, ...], needs: NameConsent
                        ) -> tuple[Pupil, ...]:
        """The pupils this form of name is not allowed for (all of them on personal accounts)."""
        if not ctx.official:
            return pupils
        allowed = {NameConsent.FULL: {NameConsent.FULL},
                   NameConsent.FIRST_NAME_INITIAL: {NameConsent.FULL, NameConsent.FIRST_NAME_INITIAL}}
        return tuple(p for p in pupils if p.name_consent not in allowed[needs])

    @staticmethod
    def _on_official(ctx: PostContext, pupils: tuple[Pupil, ...]) -> str:
        if not ctx.official:
            return ""
        consents = sorted({str(p.name_consent) for p in pupils})
        return f", beyond the name consent on file ({', '.join(consents)})"

    def _surname_after(self, ctx: PostContext, m: Mention
                       ) -> tuple[tuple[Pupil, ...], int, float, str] | None:
        """A first name the matcher found alone, followed by the pupil's surname in a form
        it does not read: (pupils, end, score, how), or None.

        "kieran lomax reids mum": the possessive written without its apostrophe; "jayden
        ilingworth": a long surname with one letter dropped, doubled, swapped or mistyped."""
        for read, score, how in ((self._surname_possessive, 0.9, "possessive without apostrophe"),
                                 (self._surname_typo, 0.85, "surname misspelt by a letter")):
            pupils, end = read(ctx, m)
            if pupils:
                return pupils, end, score, how
        return None

    @staticmethod
    def _surname_possessive(ctx: PostContext, m: Mention) -> tuple[tuple[Pupil, ...], int]:
        """The pupils whose surname follows this first name with a bare possessive "s"
        ("lomax reids", "brennans"), hyphens read as spaces or dropped: read off the tokens
        after the name (the surname's words, the last with an "s"), so a post pays a look at
        the next few tokens unless one of them ends in "s"."""
        tokens = ctx.tokens
        keys = tokens.keys
        if not any(k.endswith("s") for k in keys[m.last:m.last + _MAX_SURNAME_WORDS]) \
                or m.last >= len(keys) or not tokens[m.last].gap.isspace():
            return (), m.end
        found, end = [], m.end
        for pupil in m.pupils:
            for variant in _surname_keys(pupil.last_name):
                last = m.last + len(variant) - 1
                if last >= len(keys) or keys[last] != variant[-1] + "s" \
                        or list(keys[m.last:last]) != list(variant[:-1]) \
                        or any(not _joins_surname(tokens[k].gap) for k in range(m.last + 1, last + 1)):
                    continue
                found.append(pupil)
                end = max(end, tokens[last].end)
                break
        return tuple(found), end

    def _surname_typo(self, ctx: PostContext, m: Mention) -> tuple[tuple[Pupil, ...], int]:
        """The pupils whose surname, of at least MIN_SLIP_SURNAME letters, the words after this
        first name misspell by one letter in one word ("fairwether-low": the other words as
        written, joined by spaces or hyphens). Both words written alike (both capitalised or
        both not), so "Grace Kellys" in a caption is not read as a name."""
        tokens = ctx.tokens
        nxt = m.last
        if nxt >= len(tokens) or not tokens[nxt].gap.isspace() \
                or tokens[nxt].capitalised != tokens[m.first].capitalised:
            return (), m.end
        keys = tokens.keys
        found: dict[int, Pupil] = {}
        end = m.end
        for pupil, variant, j in self._slips(m.pupils).candidates(keys, nxt):
            written = keys[nxt:nxt + len(variant)]
            if id(pupil) in found or len(written) != len(variant) \
                    or any(written[k] != variant[k] for k in range(len(variant)) if k != j) \
                    or not one_letter_apart(written[j], variant[j]) \
                    or any(not _joins_surname(tokens[k].gap) for k in range(nxt + 1, nxt + len(variant))):
                continue
            found[id(pupil)] = pupil
            end = max(end, tokens[nxt + len(variant) - 1].end)
        if not found:
            return (), end
        # In roster order, as the pupils of the first name are.
        return tuple(p for p in m.pupils if id(p) in found), end

    def _slips(self, pupils: tuple[Pupil, ...]) -> SurnameSlips:
        """The surname-slip index of the pupils sharing a first name, made on first use and
        kept for the most recent first names (the matcher hands out one tuple per first name,
        so its identity is the key; the entry holds the tuple, so the id cannot be reused)."""
        hit = self._slip_cache.get(id(pupils))
        if hit is None or hit[0] is not pupils:
            if len(self._slip_cache) >= SLIP_CACHE_ENTRIES:
                self._slip_cache.clear()
            hit = self._slip_cache[id(pupils)] = (pupils, SurnameSlips(pupils))
        return hit[1]

    @staticmethod
    def _near_cue(ctx: PostContext, m: Mention) -> str | None:
        folded = ctx.text.folded
        after = NEAR_AFTER.match(folded[m.end:m.end + 60], timeout=0.05)
        if after:
            return after.group().strip(" ,'")
        code = capital_form_code_after(ctx.text.excerpt(m.end, min(len(folded), m.end + 24)))
        if code:
            return code
        before = folded[max(0, m.start - 40):m.start]
        before = NEAR_BEFORE.search(before, timeout=0.05) if _may_end_near_before(before) else None
        if before:
            return before.group().strip(" ,")
        return None

    def _staff_or_titled(self, ctx: PostContext, m: Mention) -> bool:
        """"Mr J. Evans", or the initial and surname of a member of staff."""
        written = ctx.text.folded[m.start:m.end]
        initial, _, surname = written.partition(".")
        if (initial.strip(), surname.strip()) in self.staff_initial_surnames:
            return True
        return _after_title(ctx, m)

    def _bare_name_can_fire(self, ctx: PostContext, m: Mention, name: str) -> bool:
        """A first name with only a post-level school cue: not a word, not family, not staff."""
        key = fold(name)
        if key in word_names() or key in self.staff_first_names:
            return False
        if ctx.school_cue in HOME_OR_SCHOOL_CUES:
            return False  # "watching telly with the kids": a parent's kids as often as a class
        if not ctx.tokens[m.first].capitalised and ctx.post.text != ctx.post.text.lower():
            return False  # written as a name, unless the whole post is in lower case
        before = ctx.text.folded[max(0, m.start - 40):m.start]
        return not FAMILY_BEFORE.search(before, timeout=0.05)


#: The last character of every NEAR_BEFORE cue: pupil, student, tutee, learner, Year 5(s).
_NEAR_BEFORE_LAST = frozenset("lters0123456789")


def _may_end_near_before(before: str) -> bool:
    """Can NEAR_BEFORE match at the end of `before`? Only if, past the spaces and the comma it
    allows there, the text ends as a cue does. The pattern, searched for from every position
    of the text, costs far more than this look at its end, which rules out most names."""
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-1:] in _NEAR_BEFORE_LAST if tail else False


#: In a first name's sentence, an adult's age or an adults' class: "Grace in my Spanish group
#: is 82 and...", "Ruby (74) read her poem", "Welsh for adults... Ivy in my Wlpan group". A
#: group cue then belongs to an evening class, not a school.
ADULT_IN_SENTENCE = regex.compile(
    r"\b(?:adults?|grown-?ups|retired|pensioners?|evening class(?:es)?|night class(?:es)?|u3a)\b"
    r"|\b(?:is|was|aged|turned)\s+(?:[2-9]\d|1[01]\d)(?=\s*(?:and\b|,|\.|!|$|years?\s+old|yrs?\s+old))"
    r"|\(\s*(?:[2-9]\d|1[01]\d)\s*\)")
#: Right before a first name: a verb whose object is a book, film or play ("Year 4 finished
#: Matilda today", "we're reading Holes"); the name is then a title, unless it is possessive.
#: Not "watching" or "started": "watching Ava in the school play" is the pupil.
TITLE_VERB_BEFORE = regex.compile(
    r"\b(?:finished|finishing|reading|studying|staging)\s+$")


#: Capitalised words that make the name before them a place or a venue: "Chester Zoo",
#: "Jordan Station", "Florence Park". A pupil's full name is matched before this is asked.
PLACE_NOUNS = frozenset((
    "zoo", "park", "station", "airport", "cathedral", "castle", "city", "town", "united", "fc", "rovers",
    "wanderers", "athletic", "museum", "library", "hospital", "bridge", "street", "road", "lane", "avenue",
    "square", "market", "services", "racecourse", "arena", "stadium", "theatre", "university", "beach",
    "harbour", "marina", "pier", "island", "valley", "forest", "abbey", "palace", "gardens", "reservoir",
    "lake", "falls", "quay", "docks", "retail", "shopping", "leisure", "village", "aquarium", "waterfront"))
#: Right before a first name: going somewhere ("trip to Chester", "a weekend in Florence").
PLACE_BEFORE = regex.compile(
    r"\b(?:trip|visit|journey|holiday|flight|flights|train|drive|day out|weekend|break|bus|coach|ferry)"
    r"\s+(?:to|in|at)\s+$")


def _place_named(ctx: PostContext, m: Mention) -> bool:
    """A bare first name that is a place: followed by a capitalised place word ("Year 9 trip
    to Chester Zoo"), or right after a journey ("a trip to Chester")."""
    tokens = ctx.tokens
    if m.last < len(tokens):
        nxt = tokens[m.last]
        if nxt.capitalised and nxt.gap == " " and nxt.key in PLACE_NOUNS:
            return True
    before = ctx.text.folded[max(0, m.start - 24):m.start]
    return before.endswith(" ") and bool(PLACE_BEFORE.search(before, timeout=0.05))


#: Capitalised words after a first name that are the school's, not a surname ("Ava Year 4").
_NOT_A_SURNAME = frozenset(("year", "yr", "reception", "nursery", "class", "form", "group", "set", "team",
                            "i", "and", "or", "the"))


_SMALL_WORDS = frozenset(("in", "the", "for", "and", "to", "of", "a", "an", "on", "at", "is", "with", "has", "was"))


def _someone_elses_full_name(ctx: PostContext, m: Mention) -> bool:
    """A bare first name followed straight away by another capitalised name word ("Jack Frost
    has been busy", "Will Smith's new film"): a full name, and not the pupil's, whose surname
    the matcher would have read. Only for a name with no cue beside it, in a post that does
    not capitalise every word."""
    tokens = ctx.tokens
    if m.last >= len(tokens) or not tokens[m.first].capitalised:
        return False
    nxt = tokens[m.last]
    written = ctx.text.excerpt(nxt.start, nxt.end)
    if not nxt.capitalised or nxt.gap != " " or nxt.sigil or len(written) < 2 or written.isupper() \
            or not written.isalpha() or nxt.key in _NOT_A_SURNAME:
        return False
    return not _title_case(ctx)


def _title_case(ctx: PostContext) -> bool:
    """Is the post written in Title Case ("Well Done To Jack In Year 1")? Then it capitalises
    its small words too. Once per post: it reads every token."""
    title = ctx.shared.get("pupil_name.title_case")
    if title is None:
        tokens = ctx.tokens
        small = [tokens[i] for i, key in enumerate(tokens.keys) if i and key in _SMALL_WORDS]
        title = ctx.shared["pupil_name.title_case"] = sum(t.capitalised for t in small) * 2 > len(small)
    return title


def _first_name_of(ctx: PostContext, m: Mention) -> Mention:
    """The first-name words of a first name + surname-part mention, as a first-name mention
    (so the surname readers can read on from there)."""
    keys = ctx.tokens.keys
    firsts = {k for p in m.pupils for name in (p.first_name, p.preferred_name) if name for k in name_keys(name)}
    size = next((n for n in range(m.last - m.first - 1, 0, -1) if tuple(keys[m.first:m.first + n]) in firsts), 1)
    return Mention(m.pupils, Form.FIRST_ONLY, m.first, m.first + size,
                   ctx.tokens[m.first].start, ctx.tokens[m.first + size - 1].end)


def _sentence_span(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the last stop before it to the next."""
    left = max(folded.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (folded.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(ends) if ends else len(folded))


def _after_title(ctx: PostContext, m: Mention) -> bool:
    """"Mr Hope's class", "Miss Grace in Year 1": a name after a title is an adult's (a
    surname, or a primary teacher's first name), never a pupil's first name."""
    return bool(TITLE_BEFORE.search(ctx.text.folded[max(0, m.start - 6):m.start], timeout=0.05))


def _adult_or_title(ctx: PostContext, m: Mention) -> bool:
    """A bare first name that is an adult (an age or an adults' class in its sentence) or the
    title of a work read or watched: not a pupil, whatever school cue is near."""
    folded = ctx.text.folded
    if TITLE_VERB_BEFORE.search(folded[max(0, m.start - 16):m.start], timeout=0.05) \
            and not folded.startswith("'s", m.end):
        return True
    sentence = _sentence_span(folded, m.start, m.end)
    # Several first names often share a sentence (a register of who did what): ask once.
    asked = ctx.shared.setdefault("pupil_name.adult_sentences", {})
    adult = asked.get(sentence)
    if adult is None:
        adult = asked[sentence] = ADULT_IN_SENTENCE.search(folded, *sentence, timeout=0.05) is not None
    return adult


#: First names whose surname-slip index is kept (`PupilNameDetector._slips`).
SLIP_CACHE_ENTRIES = 64


#: Words a surname's token form may have ("Ní Bhriain", "De La Cruz").
_MAX_SURNAME_WORDS = 4


@lru_cache(maxsize=16384)
def _surname_keys(last_name: str) -> list[tuple[str, ...]]:
    """A surname's token forms ("Lomax-Reid": lomax reid, lomaxreid), once per surname."""
    return name_keys(last_name)


def _joins_surname(gap: str) -> bool:
    """Between two words of a surname: spaces or hyphens only."""
    return bool(gap) and all(c.isspace() or c == "-" for c in gap)


def _written(ctx: PostContext, m: Mention) -> str:
    return ctx.text.folded[m.start:m.end]

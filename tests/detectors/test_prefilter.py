"""The cue patterns' prefilter: a gated pattern finds exactly what the plain pattern finds, in
the whole text and in any window of it, and the word lists agree with their regex."""
import pytest
import regex

from policies.detectors.confidential import ConfidentialDetector
from policies.detectors.personal_data import PersonalDataDetector
from policies.detectors.reputation import ReputationDetector
from policies.detectors.solicitation import SolicitationDetector
from policies.text import cues
from policies.text.normalize import normalize
from policies.text.prefilter import GatedPattern, Need, TextWords, required_literals

TEXTS = [
    "Raised a formal grievance about my pay. HR ignored it, again!",
    "Two years without a pay rise, and they expect us to cover PPA for free.",
    "The head knew about it for months and did nothing. Swept under the carpet.",
    "Vote Labour on Thursday! #VoteLabour",
    "DM me for prices, use code SUMMER20 for 20% off your first order. Link in bio.",
    "Made a safeguarding referral today; social services are involved.",
    "Not allowed to say much until the report is published... we got outstanding 🤫",
    "Share this with 10 friends or bad luck for seven years. Type amen.",
    "Lovely morning in Year 5: science, parachutes and a trip to the museum.",
    "revote for the greens; voters' choice. self-harm selfharm self harm.",
    "If some parents actually read the newsletter, we wouldn't be here. Thanks for nothing",
    "fraudster? fraud. Born 12 March 2015, birthday party at https://example.org",
    "At my old school one of my Year 1s has ADHD and an EHCP; a boy in my class too. I'm so",
    "Accept Jesus into your heart until the end, foo bar foobar bar.",
    "What a joke: the SLT are a shambles, our head is clueless. A jokes-page? a  joker.",
    "",
]

PATTERNS = [
    ReputationDetector.GRIEVANCE_FORMAL, ReputationDetector.GRIEVANCE_PAY,
    ReputationDetector.GRIEVANCE_DENIAL, ReputationDetector.DEFAMATORY,
    ReputationDetector.SARCASM, ReputationDetector.FORMER, ReputationDetector.SELF,
    ConfidentialDetector.SAFEGUARDING, ConfidentialDetector.SECRECY,
    ConfidentialDetector.OUTCOME, ConfidentialDetector.NOT_YET, ConfidentialDetector.RECORD,
    SolicitationDetector.COMMERCIAL_STRONG, SolicitationDetector.COMMERCIAL_OFFER,
    SolicitationDetector.CHAIN, SolicitationDetector.FAITH_APPEAL, cues.PUPIL_REFERENT,
    PersonalDataDetector.BIRTH_CUE.pattern, r"foo|foo bar|\bbar\b", r"(?:re-?)?vote\b|#vote\w+",
]


def windows(text: str):
    """The whole text, its sentences, and windows that start and end inside words."""
    yield 0, len(text)
    yield from cues.sentences(text)
    for a in range(0, len(text), 7):
        yield a, min(len(text), a + 23)


def spans(matches):
    return [m.span() for m in matches]


@pytest.mark.parametrize("source", PATTERNS)
def test_gated_pattern_finds_what_the_pattern_finds(source):
    plain, gated = regex.compile(source), cues.compile_rx(source)
    for text in (normalize(t).folded for t in TEXTS):
        for a, b in windows(text):
            assert spans(gated.finditer(text, a, b)) == spans(plain.finditer(text, a, b))
            found, expected = gated.search(text, a, b), plain.search(text, a, b)
            assert (found and found.span()) == (expected and expected.span())
            found, expected = gated.match(text, a, b), plain.match(text, a, b)
            assert (found and found.span()) == (expected and expected.span())


def test_a_pattern_built_after_a_post_was_looked_at_still_finds_its_matches():
    """The first needs of every gated pattern are looked for in a post once, for all of
    them, and the answer is kept for the post; a pattern built since (a school's engine
    rebuilt) is taken in when it asks, not left out of the kept answer."""
    text = normalize("Our tribunal hearing about the zebrafish grant is on Friday.").folded
    before = cues.compile_rx(r"\bhearing\b")
    assert spans(before.finditer(text)) == [(text.index("hearing"), text.index("hearing") + 7)]
    after = cues.compile_rx(r"\bzebrafish\b|tribunal")           # built after `text` was answered
    assert spans(after.finditer(text)) == spans(regex.finditer(r"\bzebrafish\b|tribunal", text))
    other = normalize("A zebrafish and a tribunal").folded
    assert spans(after.finditer(other)) == spans(regex.finditer(r"\bzebrafish\b|tribunal", other))


def test_branches_that_match_at_one_place_keep_the_alternation_order():
    gated = cues.compile_rx(r"\bfoo\b|\bfoo bar\b")
    assert isinstance(gated, GatedPattern) and len(gated.parts) == 2
    assert gated.search("a foo bar").group() == "foo"


def test_literals_anywhere_in_a_branch_are_required():
    (needs,) = required_literals(r"(?:\w+\s+)?(?:year|months)\s+without\s+pay")
    # "without" stands between spaces: a whole word. "year" may end a longer word ("xyear"),
    # "pay" may begin one ("payment").
    assert set(needs) == {Need(frozenset({"without"}), ()), Need(frozenset(), ("months", "year")),
                          Need(frozenset(), ("pay",))}
    assert needs[0] == Need(frozenset({"without"}), ())  # a set look-up before any scan


def test_a_literal_between_word_boundaries_is_a_whole_word():
    (needs,) = required_literals(r"\bfraud\b")
    assert needs == (Need(frozenset({"fraud"}), ()),)
    (needs,) = required_literals(r"fraud\w*")  # "fraudster": a part of a word
    assert needs == (Need(frozenset(), ("fraud",)),)


@pytest.mark.parametrize("source", [
    r"\d{2}\s?\d{2}",        # no literal at all
    r"\bsh+\b|grievance",     # one branch without a telling literal
    r"(?i)grievance",        # not matched as written
    r"[[:alpha:]]+ance",     # read differently by the standard library's parser
])
def test_no_gate_when_a_branch_needs_nothing_telling(source):
    assert required_literals(source) is None


def test_text_words_are_the_runs_of_letters_and_digits():
    words = TextWords("o'sullivan's y5 class - 'ok' ok")
    assert words.present == {"o", "sullivan", "s", "y5", "class", "ok"}
    assert words.starts("ok") == [25, 29]
    assert words.starts("absent") == []


@pytest.mark.parametrize("phrases", [
    ReputationDetector.STRONG, ReputationDetector.WEAK, ConfidentialDetector.STAFF,
    SolicitationDetector.FAITH_WORDS, cues.WORKPLACE,
])
def test_word_list_finds_what_its_pattern_finds(phrases):
    words = cues.compile_words(phrases)
    plain = regex.compile(cues.words(phrases))
    for text in (normalize(t).folded for t in TEXTS):
        for a, b in windows(text):
            assert spans(words.finditer(text, a, b)) == spans(plain.finditer(text, a, b))
            found, expected = words.search(text, a, b), plain.search(text, a, b)
            assert (found and found.span()) == (expected and expected.span())

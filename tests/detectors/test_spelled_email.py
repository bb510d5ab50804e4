"""The anchored search for written-out e-mail addresses finds exactly what the pattern run
over the whole text finds: on the shapes the pattern is for, on near misses, and on many
random texts built from the pieces an address is made of."""
import random

import pytest

from policies.detectors.personal_data import PersonalDataDetector
from policies.detectors.spelled_email import spelled_email_matches
from policies.text.normalize import normalize

PATTERN = PersonalDataDetector.EMAIL_SPELLED

SHAPES = [
    "write to jo.bloggs at example dot com today",
    "jo[at]example.com and sam (at) school [dot] org",
    "a.b.c.d at x dot co dot uk",
    "jo%x at example dot com",
    "_jo at example dot com",
    "see me at home dot com later",
    "at example dot com",
    "jo at at example dot com",
    "jo.  at example.com",
    "émile at example dot com",
    "j-o+p at exa-mple . com",
    "we met at the museum at 3pm.",
    "jo  at  example  dot  com jo at example dot com",
    "x@y at example dot com",
    "jo.bloggs{at}example{dot}com",
]


def found(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in spelled_email_matches(PATTERN, text)]


def expected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PATTERN.finditer(text)]


@pytest.mark.parametrize("text", SHAPES)
def test_the_shapes_and_near_misses(text):
    folded = normalize(text).folded
    assert found(folded) == expected(folded)


def test_the_shapes_include_real_matches():
    assert sum(bool(expected(normalize(t).folded)) for t in SHAPES) >= 8


def test_random_texts_match_the_whole_text_search():
    rng = random.Random(20261122)
    noise = ["the", "museum", " ", "  ", ".", "-", "+", "%", "_", "@", "[", "(", "é", "3", "\n", "at", "dot"]
    local = ["jo", "bloggs", "x1", ".", "-", "+", "%", "_", "é", "at"]
    seps = [" at ", "  at ", "[at]", " (at) ", "{ at }", " at", "at ", " a t ", "(at", " at\n"]
    domain = ["example", "dot", " dot ", ".", "[dot]", " (dot) ", "com", "uk", "org", "-", "at", " "]

    def some(pieces, most):
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))

    hits = 0
    for _ in range(4000):
        text = "".join(some(noise, 6) + some(local, 5) + rng.choice(seps) + some(domain, 6)
                       for _ in range(rng.randint(1, 3)))
        folded = normalize(text).folded
        want = expected(folded)
        hits += bool(want)
        assert found(folded) == want, folded
    assert hits > 400    # the random texts do hold addresses, not only misses

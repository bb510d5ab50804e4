"""The surname-slip index finds exactly the surnames one letter away, in one word of the surname."""
import pytest

from policies.schooldata.roster import NameConsent, Pupil
from policies.text.surname_slips import SurnameSlips, one_letter_apart


def pupil(first: str, last: str) -> Pupil:
    return Pupil(first, last, None, "Year 5", None, True, NameConsent.FULL, ())


ROSTER = [pupil("Jayden", "Illingworth"), pupil("Jayden", "Fairweather-Low"),
          pupil("Jayden", "Cole"), pupil("Jayden", "Ní Bhriain")]


def found(written: str) -> set[str]:
    """The surnames (as in the roster) the written words may misspell, confirmed by the check
    the detector makes: only the candidate word differs, by one letter."""
    keys = written.split()
    out = set()
    for p, variant, j in SurnameSlips(ROSTER).candidates(keys, 0):
        words = keys[:len(variant)]
        if len(words) == len(variant) and all(words[k] == variant[k] for k in range(len(variant)) if k != j) \
                and one_letter_apart(words[j], variant[j]):
            out.add(p.last_name)
    return out


@pytest.mark.parametrize("written", [
    "ilingworth",      # a letter dropped
    "illingwworth",    # a letter doubled
    "illingwroth",     # neighbours swapped
    "illingwarth",     # a letter changed
    "fairwether low",  # one word of a two-word surname
    "fairweatherlo",   # run together, a letter dropped
    "ni bhrian",       # the second word, after a short first word written as it is
])
def test_a_slip_of_one_letter_is_found(written):
    assert len(found(written)) == 1


@pytest.mark.parametrize("written", [
    "illingworth",     # as written: not a slip (the matcher reads it)
    "ilingwroth",      # two slips
    "code",            # short surnames are not read through slips
    "fairwether lwo",  # a slip in each word
    "fairweather lwo", # the slip in a word of three letters
    "no bhriain",      # the slip in a word of two letters
])
def test_more_than_one_slip_or_a_short_word_is_not(written):
    assert found(written) == set()


def test_one_letter_apart():
    assert one_letter_apart("grace", "grase")
    assert one_letter_apart("grace", "grae")
    assert one_letter_apart("grace", "gracce")
    assert one_letter_apart("grace", "rgace")
    assert not one_letter_apart("grace", "grace")
    assert not one_letter_apart("grace", "gr")
    assert not one_letter_apart("grace", "rgaec")

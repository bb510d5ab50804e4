"""Shapes the fourth data probe (tests/heldout/round4d-*, make_round4_data.py) found missing,
and their look-alikes.

School data as real schools write it: an MIS roster whose handle and consent columns carry
longer headers ("Social Media Handles", "Photo Consent (Web)"), official accounts and holds
declared as `twitter` rather than `x`. Names as staff write them: a surname alone beside a
school cue ("the Okonkwo twins in Year 6", "Kowalczyk in my class"), a first name and a bare
initial before a lower-case word ("Dawid K in 5B"), a teaching group named by subject or level
("in my maths group", "in my Level 2 group"), an everyday short name with the surname ("Ollie
Marsh"), a one-letter typo inside a hyphenated surname; and the look-alikes: word names written
as words ("mark field lines"), a sentence-opening word before a place ("Will King's Cross"),
a title or another first name before the surname, a bare name beside "the kids". Personal data:
a Welsh street address (street type first, "Heol y Coed") and a date of birth in the sentence
after "11 today".
"""
from pathlib import Path

import pytest

from policies.schooldata.roster import read_roster
from policies.schooldata.school import load_school
from policies.text.roster_matcher import Form, RosterMatcher
from policies.text.normalize import normalize
from policies.text.tokens import tokenize
from tests.conftest import make_post, signals

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"


# -- school data --------------------------------------------------------------------------------

def test_mis_headers_with_longer_names_map_to_their_fields(tmp_path):
    (tmp_path / "r.csv").write_text(
        "Forename,Surname,Social Worker,Photo Consent (Web),Name Permission,Social Media Handles,D.O.B\n"
        "Ada,Lovelace,J Smith,Yes,full,@ada_l,10/12/2013\n", encoding="utf-8-sig")
    (pupil,) = read_roster(tmp_path / "r.csv")
    assert pupil.handles == ("@ada_l",)  # not the social worker's name
    assert pupil.photo_consent and str(pupil.name_consent) == "full"
    assert str(pupil.date_of_birth) == "2013-12-10"


def test_twitter_in_the_config_is_the_x_platform(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "pack: e-act\nschool: {name: Test Academy}\n"
        "official_accounts:\n  - {platform: Twitter, handle: '@TestAcad'}\n  - {platform: instagram, handle: test_sport}\n"
        "holds:\n  - {start: '2027-01-25T07:00:00Z', end: '2027-01-26T07:00:00Z', platforms: [twitter]}\n",
        encoding="utf-8")
    school = load_school(tmp_path / "s.yaml")
    assert school.is_official("x", "@testacad", None)
    assert school.is_official("instagram", "@test_sport", None)  # written without its "@"
    (hold,) = school.holds
    at = make_post(at="2027-01-25T10:00:00+00:00").at
    assert hold.covers(at, "x") and not hold.covers(at, "facebook")


# -- pupil names --------------------------------------------------------------------------------

NAME_FIRES = [
    "the Okafor twins in year 8 both made the county squad",
    "Warsame in my maths set asked for extra homework. Extra homework!",
    "Shout out to Wójcik from 9C for the best essay this term",
    "Ciarán M in my form did his first assembly reading today",
    "Elif in my art group sold her first painting",
    "so proud of mary-jane fairweahter-low tonight",     # two letters swapped in one word
    "Hamza I from Year 9 with a clean sheet in goal",
]

NAME_PASSES = [
    "Mr Okafor in Year 8 is covering my lessons tomorrow",  # a title: an adult
    "Sarah Warsame in my book club recommended this",        # another person's full name
    "Helped the grounds team mark field lines before sports day",
    "Will King's Lynn ever get a proper train service?",
    "Rose early and took the dog out before the school run",
    "Okafor's Kitchen does the best jollof in Bristol",       # no school cue beside it
    "Movie night with the kids, Zuzanna picked the film",    # a weak cue a parent uses too
]


@pytest.mark.parametrize("text", NAME_FIRES)
def test_names_as_staff_write_them_fire(castlemead, text):
    assert signals(castlemead.check(make_post(text)), "pupil_name"), text


@pytest.mark.parametrize("text", NAME_PASSES)
def test_name_look_alikes_pass(castlemead, text):
    assert signals(castlemead.check(make_post(text)), "pupil_name") == set(), text


def test_official_first_name_and_initial_is_within_every_consent(castlemead):
    """First name and initial is the standard practice on school accounts, within every
    consent level (the acceptance set's reading), even a pupil with no name consent; on a
    personal account it names the pupil."""
    none = castlemead.check(make_post("Will K in Year 9 swam a personal best!", handle="@CastlemeadAcad"))
    within = castlemead.check(make_post("Hope B in Year 7 swam a personal best!", handle="@CastlemeadAcad"))
    personal = castlemead.check(make_post("Will K in Year 9 swam a personal best!"))
    assert signals(none, "pupil_name") == set()
    assert signals(within, "pupil_name") == set()
    assert signals(personal, "pupil_name") == {"first_initial"}


def test_short_form_with_surname_names_the_pupil_but_alone_does_not(ashcombe):
    assert signals(ashcombe.check(make_post("Olly Marsh scored twice on Saturday")), "pupil_name")
    assert signals(ashcombe.check(make_post("Ollie came round for tea on Saturday")), "pupil_name") == set()


def test_matcher_reads_a_short_form_only_with_the_surname():
    pupils = read_roster(HELDOUT / "round4d-ta2016" / "roster.csv")
    matcher = RosterMatcher(pupils)
    (m,) = matcher.find(tokenize(normalize("ollie marsh again")))
    assert m.form is Form.FULL and m.pupil.first_name == "Oliver"
    assert all(m.form is not Form.FULL for m in matcher.find(tokenize(normalize("Ollie again"))))


# -- personal data ------------------------------------------------------------------------------

def test_welsh_street_address_is_personal_data(castlemead):
    v = castlemead.check(make_post("Ffion's gran lives at 22 Ffordd Las, Caerphilly CF83 1AB"))
    assert "address" in signals(v, "personal_data")
    v = castlemead.check(make_post("Jack Wood moved to 4 Clos Cae Mawr near the park"))
    assert "address" in signals(v, "personal_data")


def test_lower_case_welsh_words_after_a_number_are_not_an_address(castlemead):
    v = castlemead.check(make_post("Walked 12 ffordd miles today, legs gone"))
    assert signals(v, "personal_data") == set()


def test_date_of_birth_in_the_sentence_after_an_age(castlemead):
    v = castlemead.check(make_post("HAPPY BIRTHDAY JACK WOOD!! 15 today (04.04.2011)"))
    assert "date_of_birth" in signals(v, "personal_data")
    v = castlemead.check(make_post("Sports day! 15 today (04.04.2027) if the rain holds off"))
    assert "date_of_birth" not in signals(v, "personal_data")  # a date to come

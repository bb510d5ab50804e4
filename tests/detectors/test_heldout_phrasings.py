"""Phrasing families the held-out probe sets (tests/heldout/) found missing, and their look-alikes.

Each fix is a shape, not a string: a threat against any body part or a car, an insult from the
animal family after "you"/"ur", a request for sexual images, a group told to "go back where
they came from", a colleague by role ("our new deputy head"), a verdict carried on by "Not one
of them...", a grievance raised "three times now", staff put on gardening leave or tutors let
go, a pupil's predicted grades, an invitation to worship that only welcomes families, an
e-mail address written out with "at" and "dot". Every must-fire row has must-not-fire
neighbours that share its words.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_quiet, engine, judge  # noqa: F401 (engine is a fixture)

OFFENSIVE_FIRES = [
    ("Say that to my face and I'll break your jaw, mate.", "threat"),
    ("If she grasses on me again I swear I'll smash her car windows in.", "threat"),
    ("Touch my bike again and I'll snap his fingers", "threat"),
    ("You're a spineless little weasel and everyone knows it.", "abuse"),
    ("ur such a prat", "abuse"),
    ("u idiot", "abuse"),
    ("you looked so fit tonight, send me something naughty 😏", "sexual"),
    ("send me some nude pics babe", "sexual"),
    ("Too many Muslims moving onto our estate. They should all go back where they came from.",
     "discriminatory"),
    ("Don't want some gay teacher filling my kids' heads with that rubbish.", "discriminatory"),
    ("I hate Jews", "discriminatory"),
    ("Honestly can't stand Polish people", "discriminatory"),
    ("fuk this marking", "profanity"),
    ("what a fcking day", "profanity"),
]

OFFENSIVE_PASSES = [
    "I'll break your record at the pub quiz next week",
    "Going to smash her personal best at parkrun",
    "Send me a naughty Christmas cracker joke for the staff party",
    "Send me your pics of the Year 6 trip for the newsletter",
    "You rat! You ate the last biscuit 😂",
    "ur idiot-proof guide to the new register system is brilliant",
    "u are a legend",
    "Polish family next door filling the skip again, bless them",
    "My gay brother and his husband are visiting, filling the house with noise",
    "Bet the new lad will go back home for Christmas",
    "Go back where you started and try the sum again",
    "I hate the Polish kids' new uniform rule",
    "I hate polish remover smell",
    "Hate crime against Muslims is rising, we must tackle it",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_family_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


PERSONAL_DATA_FIRES = [
    "Tom's personal email is tom.barker.88 at example dot com if you want his spreadsheet",
    "email jo[at]example.com for her tickets",
    "her email is ciara at example dot co dot uk",
]

PERSONAL_DATA_PASSES = [
    "Contact me at home dot com era prices lol",
    "She's at home dot com era nostalgia",
    "office at example dot com for bookings",
    "We met at the pub dot on eight",
]


@pytest.mark.parametrize("text", PERSONAL_DATA_FIRES)
def test_written_out_email_fires(demo_engine, text):
    assert "email" in signals(demo_engine.check(make_post(text)), "personal_data")


@pytest.mark.parametrize("text", PERSONAL_DATA_PASSES)
def test_prose_with_at_and_dot_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "personal_data") == set()


MEANING_FIRES = [
    ("Our new deputy head is the most useless, clueless manager I've ever worked under.",
     "reputation", "disparages_colleague"),
    ("Our head of year couldn't manage his way out of a paper bag. Total joke.",
     "reputation", "disparages_colleague"),
    ("The parents at my school are something else. Not one of them can be bothered to read an email.",
     "reputation", "disparages_pupils_or_parents"),
    ("Some of our parents are an absolute nightmare. Entitled doesn't even cover it.",
     "reputation", "disparages_pupils_or_parents"),
    ("SLT at my place are a total joke. Zero support, zero clue.", "reputation", "disparages_school"),
    ("The trust treats its staff like dirt.", "reputation", "disparages_school"),
    ("Our principal is a liar and a bully", "reputation", "disparages_school"),
    ("Another day, another pointless initiative from SLT 🙄", "reputation", "disparages_school"),
    ("Some of the parents at pick-up are proper chavs", "reputation", "disparages_pupils_or_parents"),
    ("Third year running without a pay progression meeting.", "reputation", "grievance"),
    ("Raised my workload concerns with SLT three times now. Nothing. Maybe Facebook will listen.",
     "reputation", "grievance"),
    ("Our head of maths has been on gardening leave since Monday pending an investigation.",
     "confidential", "staff_discipline"),
    ("Heard in the office today that two of the tutors are being let go before Christmas.",
     "confidential", "staff_discipline"),
    ("Not official yet, but the trust is cutting three support staff posts.",
     "confidential", "internal_finance"),
    ("A Year 9 boy brought a knife in today, police were called to school",
     "confidential", "safeguarding_case"),
    ("We got Inadequate. Report isn't out till March so shh", "confidential", "unpublished_inspection"),
    ("Please come and worship with us at St Luke's this Sunday, all families welcome",
     "solicitation", "religious"),
    ("Come and find faith at our church this Sunday", "solicitation", "religious"),
    ("Support your local Labour candidate on May 6th", "solicitation", "political"),
    ("Free iPads for the first 10 people to click this link!!!", "solicitation", "chain_letter"),
]

MEANING_PASSES = [
    "Had an absolute nightmare with the kids' car seats this morning",
    "Parents evening tonight. They were all so lovely and supportive.",
    "Met the new Year 7 parents. Not one of them could believe how big the site is!",
    "Our deputy head is leaving at Christmas. Gutted, she's been amazing.",
    "My workload is mad this week again, marking marathon",
    "Footballer put on gardening leave by his club",
    "The police say the matter is under investigation",
    "The tutors are being let go early for Christmas, lovely treat from the head",
    "Come and join us for our Harvest Festival service at St Luke's church, all families welcome",
    "Faith in humanity restored",
    "The first 10 people to reply get a free book from the library trolley",
    "Get your orders in for the Year 6 leavers hoodies by Friday",
    "Orders from the top: no coats in class. Fine by me.",
    "Great work from the Year 9s again today!",
]


@pytest.mark.parametrize("text,category,signal", MEANING_FIRES)
def test_meaning_family_fires(engine, text, category, signal):
    assert_fires(engine, text, category, signal)


@pytest.mark.parametrize("text", MEANING_PASSES)
def test_meaning_look_alike_passes(engine, text):
    assert_quiet(engine, text)


def test_predicted_grades_name_a_pupil_and_a_record(demo_engine):
    """A first name beside "predicted grades" is a pupil in a school context, and a record."""
    pupil = next(p for p in demo_engine.school.pupils if p.name_consent != "none")
    verdict = demo_engine.check(make_post(f"{pupil.first_name}'s predicted grades just went in: 3s across the board."))
    assert "pupil_name" in {f.category for f in verdict.findings}
    quiet = demo_engine.check(make_post("My predicted grades at school were awful but look at me now"))
    assert {f.category for f in quiet.findings} == set()


ROUND_TWO_MEANING_FIRES = [
    ("Please donate to our Labour branch's election fund, every pound helps us win in May!",
     "solicitation", "political"),
    ("A parent has made a formal complaint about me to the governors. Can't say more.",
     "confidential", "staff_discipline"),
    ("Police in school again today about one of the Year 10 boys. Can't say more.",
     "confidential", "safeguarding_case"),
    ("The trust's new behaviour policy is the most ridiculous thing I've read in years.",
     "reputation", "disparages_school"),
    ("Brookfield has turned into a total circus since the new head arrived.",
     "reputation", "disparages_school"),
    ("Covering three lessons a day because nobody's been replaced. SLT won't listen.",
     "reputation", "grievance"),
]

ROUND_TWO_MEANING_PASSES = [
    "Donate to the food bank this Christmas",
    "I made a formal complaint about the bins to the council",
    "Police in school today for a road safety assembly with Year 7",
    "Our Christmas show was a total circus in the best way 😂",
    "The most ridiculous hat at the Christmas party award goes to Mr Mills",
    "Covering lessons for a colleague on the school trip today, fun!",
    "My toddler won't listen to a word I say",
    "Absolute madness at the Boxing Day sales",
]


@pytest.mark.parametrize("text,category,signal", ROUND_TWO_MEANING_FIRES)
def test_round_two_family_fires(engine, text, category, signal):
    assert_fires(engine, text, category, signal)


@pytest.mark.parametrize("text", ROUND_TWO_MEANING_PASSES)
def test_round_two_look_alike_passes(engine, text):
    assert_quiet(engine, text)


# Demo roster: Benjamin Okonkwo (first_name_initial consent), Amélie Dubois (full); the head
# teacher is Alison Grant.
INITIAL_SURNAME_FIRES = [
    "Huge congrats to B. Okonkwo in Year 6 for the science fair win",
    "Well done A. Dubois (Year 6) on her poem",
]
INITIAL_SURNAME_PASSES = [
    "B. Okonkwo won",                                  # no school context
    "Mr B. Okonkwo is our new caretaker, Year 6 will love him",  # a title: an adult
    "Year 6 assembly led by A. Grant today",           # the head teacher's initial and surname
    "B Okonkwo in Year 6",                             # no full stop: too often the article
]


@pytest.mark.parametrize("text", INITIAL_SURNAME_FIRES)
def test_initial_and_surname_name_a_pupil(demo_engine, text):
    assert "full_name" in signals(demo_engine.check(make_post(text)), "pupil_name")


@pytest.mark.parametrize("text", INITIAL_SURNAME_PASSES)
def test_initial_and_surname_look_alikes_pass(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "pupil_name") == set()


def test_initial_and_surname_on_the_official_account_follow_consent(demo_engine):
    """A surname goes beyond first-name-and-initial consent; full consent allows it."""
    beyond = demo_engine.check(make_post("Congratulations to B. Okonkwo in Year 6!", handle="@HollinsParkPri"))
    within = demo_engine.check(make_post("Congratulations to A. Dubois in Year 6!", handle="@HollinsParkPri"))
    assert "full_name" in signals(beyond, "pupil_name")
    assert signals(within, "pupil_name") == set()

"""Phrasing families the third probe (tests/heldout/round3-*) found missing, and their
look-alikes.

Each fix is a shape: an exclusion dated by a weekday or pointed at "the lad who"; the police
called to "the centre"; "can't organise a piss up in a brewery"; a superlative insult naming
its group ("the thickest bunch of kids"); a colleague as "head of dept" or "the new deputy",
and a slur used as their name; sarcasm at a parent ("maybe try reading with your kid for
once", "maybe if you parented your kid"); an unpaid twilight as a grievance; "I know where you
drink" and "say that to my face and see what happens"; "send them back where they came from";
innuendo about how attractive someone is; "DM me for my starter kit", "DM for a quote", "this
week only"; "support Cllr X"; a lesson period, mock papers or a department as school business,
"at the centre" as an alternative provision's school context; a pupil's first name with their
long surname misspelt by one letter. Every must-fire row has must-not-fire neighbours.
"""
from pathlib import Path

import pytest

from policies.engine import Engine
from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_not_fires, engine  # noqa: F401 (engine is a fixture)

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"


# -- confidential (Brookfield Academy, fixtures_meaning/) -------------------------------------

CONFIDENTIAL_FIRES = [
    ("yeah the lad who started it got permanently excluded on friday, governors meet next week", "exclusion"),
    ("the boy who threw the chair got permanently excluded", "exclusion"),
    ("Police were called to the centre today after one of the lads pulled a knife", "safeguarding_case"),
    ("police were called to the academy this afternoon, can't say more", "safeguarding_case"),
]

CONFIDENTIAL_PASSES = [
    "Article on permanent exclusions rising nationally, worth a read on friday",
    "Police were called to the centre of town after the match, avoid the high street",
    "Police came to the school to give a road safety talk to Year 3",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


# -- reputation ------------------------------------------------------------------------------

REPUTATION_FIRES = [
    ("working under a head of dept who cant organise a piss up in a brewery", "disparages_colleague"),
    ("our deputy head can't organise a piss-up in a brewery", "disparages_colleague"),
    ("year 9 are genuinely the thickest bunch of kids ive ever taught smh", "disparages_pupils_or_parents"),
    ("honestly the laziest lot of parents I've ever dealt with", "disparages_pupils_or_parents"),
    ("lol the new deputy is a proper retard, cant even work the photocopier", "disparages_colleague"),
    ("To the parent who complained homework is too hard: maybe try reading with your kid for once 🙄",
     "disparages_pupils_or_parents"),
    ("maybe if you parented your kid he wouldn't be in detention every week", "disparages_pupils_or_parents"),
    ("pov: you work at Brookfield and SLT announce another unpaid twilight 🤡", "grievance"),
]

REPUTATION_PASSES = [
    "We organised a piss up in a brewery for my brother's stag, what a night",
    "The thickest fog I've seen in years on the drive in",
    "the new deputy is lovely, brought cakes for everyone",
    "Maybe try reading with your kid for ten minutes a night, it makes a huge difference!",
    "Another week of sick leave for me, back Monday hopefully",
    "Maybe if you visit the Lakes in spring you'll catch the daffodils",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


# -- solicitation ----------------------------------------------------------------------------

SOLICITATION_FIRES = [
    ("Ladies!! who wants to earn £££ from home?? DM me for my skincare starter kit, 20% off this week only ✨",
     "commercial"),
    ("Need a new kitchen? My brother's firm is doing 20% off, DM for a quote!", "commercial"),
    ("Half price candles this weekend only 🕯️", "commercial"),
    ("Please support Cllr Janet Hobbs in Thursday's by-election", "political"),
    ("back our candidate Sam Rowe on polling day!", "political"),
]

SOLICITATION_PASSES = [
    "20% off at the garden centre today, bargain, bought three plants",
    "DM me if you want the photos from the staff party",
    "Please support Ms Jones in the staff fun run on Saturday!",
    "Cllr Hobbs opened our new library today, thank you",
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "solicitation")


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    ("@someparent say that to my face and see what happens. I know where you drink", "threat"),
    ("come near me again and see what happens", "threat"),
    ("i know where your kids go to school", "threat"),
    ("send them all back where they came from, sick of it", "discriminatory"),
    ("go back to your own country", "discriminatory"),
    ("the new netball coach is well fit, wouldnt mind a private lesson if you know what I mean 😏", "sexual"),
]

OFFENSIVE_PASSES = [
    "I know where you parked, your lights are on!",
    "Try it and see what happens to the dough, science is fun",
    "Sent the parcel back to where it came from, wrong size again",
    "Going back to my own country for Christmas, can't wait to see mum",
    "my dad is fit and well again after the op 😏 cheeky sod",
    "the new netball coach is well fit, ran the whole cross country with the kids",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- school business on a prohibited platform, and "at the centre" as school context ----------

@pytest.fixture(scope="module")
def e_act_engine() -> Engine:
    return Engine.from_config(HELDOUT / "e-act" / "northfleet.yaml")


@pytest.fixture(scope="module")
def early_life_engine() -> Engine:
    return Engine.from_config(HELDOUT / "early-life-fresh" / "early_life.yaml")


WHATSAPP_BUSINESS = [
    "Maths dept: cover for period 3 tomorrow is sorted, papers are in the blue tray",
    "mock papers need marking by Friday please",
    "staff meeting moved to 3.45 in the library",
]

WHATSAPP_PRIVATE = [
    "period drama marathon tonight, who's in?",
    "mock tudor house on our road is for sale, gorgeous",
    "anyone fancy the centre of town for food on saturday?",
]


@pytest.mark.parametrize("text", WHATSAPP_BUSINESS)
def test_school_business_on_whatsapp_fires(e_act_engine, text):
    verdict = e_act_engine.check(make_post(text, platform="whatsapp"))
    assert signals(verdict, "prohibited_platform")


@pytest.mark.parametrize("text", WHATSAPP_PRIVATE)
def test_private_chat_on_whatsapp_passes(e_act_engine, text):
    verdict = e_act_engine.check(make_post(text, platform="whatsapp"))
    assert signals(verdict, "prohibited_platform") == set()


def test_first_name_at_the_centre_is_a_pupil(early_life_engine):
    verdict = early_life_engine.check(make_post("Elsie at the centre wrote a beautiful poem today"))
    assert signals(verdict, "pupil_name")


@pytest.mark.parametrize("text", [
    "Elsie at the centre of the photo is my niece, isn't she gorgeous",
    "Elsie at the garden centre this morning, spent a fortune on bulbs",
])
def test_first_name_at_the_centre_of_something_passes(early_life_engine, text):
    assert signals(early_life_engine.check(make_post(text)), "pupil_name") == set()


# -- a full name with the surname misspelt by one letter (the demo school) --------------------

TYPO_FIRES = [
    "so chuffed for dawid kowalcyk who finally cracked fractions today",
    "Grace Thomspon smashed her spelling test",
    "Ibrahim Hussian brought his cat in for show and tell",
    "big well done to Benjamin Okonkow!",
]

TYPO_PASSES = [
    "Grace Thomas was amazing in the film last night",     # two letters off: another name
    "Ibrahim hussian",                                     # written unalike: not read as a typo
    "Poppy Harrids at the garden centre",                  # surname under seven letters
    "Dawid Kowalski is my favourite author",               # three letters off
]


@pytest.mark.parametrize("text", TYPO_FIRES)
def test_one_letter_surname_typo_fires(demo_engine, text):
    assert "full_name" in signals(demo_engine.check(make_post(text)), "pupil_name")


@pytest.mark.parametrize("text", TYPO_PASSES)
def test_surname_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "pupil_name") == set()

"""Senses the benign probe sets (tests/heldout/benign-*/) found read wrongly, and their neighbours.

Each fix reads a sense, not a string: the police visiting to give a talk rather than called
about a pupil; someone hung from the ceiling rather than sent home; the poster as the left-out
subject ("Feeling like a total joke..."); clowns beside jugglers; a verdict turned into praise
("in the best way"); "entitled to"; a pet called an idiot; an organisation's desk number; and
a phrase list whose "f***ing" made every word starting with "f" an intensifier. Every
must-not-fire row has a must-fire neighbour that shares its words, so recall is held too.
"""
import pytest

from policies.text import cues
from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_quiet, engine  # noqa: F401 (engine is a fixture)

MEANING_FIRES = [
    # the police about a pupil, a parent or an incident
    ("Police came into school today to talk to one of my Year 6s. Can't say more.",
     "confidential", "safeguarding_case"),
    ("The police came into school to arrest a dad at the gate.", "confidential", "safeguarding_case"),
    ("Police came into school to speak to a pupil about a fight at the weekend.",
     "confidential", "safeguarding_case"),
    ("Police came into school this morning. Heartbreaking.", "confidential", "safeguarding_case"),
    ("Police were called into school after a parent kicked off at the gate.",
     "confidential", "safeguarding_case"),
    # suspended from work, not from a rope
    ("A colleague was suspended today pending an investigation.", "confidential", "staff_discipline"),
    # clowns and circuses as verdicts
    ("The Year 4 assembly was a total circus. Nobody knew a single line.",
     "reputation", "disparages_pupils_or_parents"),
    ("Year 6 are a bunch of clowns. Worst class I've had.", "reputation", "disparages_pupils_or_parents"),
    ("SLT are clowns running a circus.", "reputation", "disparages_school"),
    ("Management are a bunch of clowns, juggling nothing and dropping everything.",
     "reputation", "disparages_school"),
    # the left-out subject is someone else
    ("Feeling like SLT are a joke at the moment.", "reputation", "disparages_school"),
    ("Feeling like the parents at my school are a joke.", "reputation", "disparages_pupils_or_parents"),
    # entitled as a verdict
    ("The parents at our school are so entitled.", "reputation", "disparages_pupils_or_parents"),
    # a real intensifier still raises a mild word
    ("Year 9 were absolutely awful this week.", "reputation", "disparages_pupils_or_parents"),
]

MEANING_PASSES = [
    "The police came into school to give Year 5 a talk about bike safety. Brilliant.",
    "Police came into school with their horses and the Year 1s fed them carrots.",
    "The police came into school for our careers fair and the Year 10s loved it.",
    "Police came into school this morning to read to Reception. Lovely assembly.",
    "Our head was suspended from the ceiling in a harness for the Year 6 play.",
    "Felt like a right clown when I walked into the wrong hall for the Year 3 assembly.",
    "Looking like a complete joke in my elf costume for the Year 2 party, the kids loved it.",
    "The Year 6 disco was a total circus, in a good way. Best night of the year.",
    "Clowns and jugglers from a travelling circus visited our Year 1 class today.",
    "Parents are entitled to a copy of the policy on request.",
    "Year 4 sang a song from a musical about a nightmare in a toy shop.",
]


@pytest.mark.parametrize("text,category,signal", MEANING_FIRES)
def test_sense_fires(engine, text, category, signal):
    assert_fires(engine, text, category, signal)


@pytest.mark.parametrize("text", MEANING_PASSES)
def test_other_sense_passes(engine, text):
    assert_quiet(engine, text)


OFFENSIVE_FIRES = [
    "My colleague is an absolute idiot.",
    "The new deputy head is an absolute idiot.",
]
OFFENSIVE_PASSES = [
    "Our puppy is an absolute idiot, he ate the TV remote.",
    "The printer is a useless idiot of a machine.",
    "Our collie is an absolute idiot, rolled in fox muck again.",
]


@pytest.mark.parametrize("text", OFFENSIVE_FIRES)
def test_name_calling_a_person_fires(demo_engine, text):
    assert "abuse" in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_name_calling_a_pet_or_a_thing_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


PHONE_FIRES = [
    "Call Sarah on 01632 960 111, she runs the club.",
    "Dave from the football club has moved, his landline is 01632 960 999.",
    "Here's the head's home number 01632 960 333, ring her about the library.",
    "Ring my mate Jo on 07700 900123 about the club.",
    "Tickets are sorted. My mum's landline is 01632 960 505 if the box office needs her.",
]
PHONE_PASSES = [
    "Lost property from the gala? Ring the leisure centre on 01632 960 444.",
    "The library's booking line is 01632 960 222 if you want a room.",
    "If you'd like to volunteer, call their base on 01632 960 666.",
    "Bins missed again? The council's collection line is 01632 960 888.",
    "Panto tickets are from the theatre box office on 01632 960 505. Taking my mum!",
]


@pytest.mark.parametrize("text", PHONE_FIRES)
def test_a_persons_number_fires(demo_engine, text):
    assert "phone" in signals(demo_engine.check(make_post(text)), "personal_data")


@pytest.mark.parametrize("text", PHONE_PASSES)
def test_an_organisations_number_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "personal_data") == set()


def test_a_star_inside_a_phrase_is_a_letter_not_a_stem():
    """'f***ing' in a phrase list matches itself, not every word beginning with 'f'; a final
    '*' still stems ('micromanag*')."""
    words = cues.compile_words(["f***ing", "micromanag*", "so"])
    assert words.search("songs from the show") is None
    assert words.search("a f***ing mess").group() == "f***ing"
    assert words.search("they micromanaging us").group() == "micromanaging"
    assert words.rx.search("fine from far") is None

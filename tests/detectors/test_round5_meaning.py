"""Phrasing families the fifth meaning probe (tests/heldout/round5m-*, written in the dev set's
style) found missing, and their look-alikes.

Offensive: a dare with a longer gap before "see what happens"; consequences to the face or the
tyres ("you'll need a new face", "your tyres won't last"); body-shaming name-calling ("fat
cow"); "poof" aimed at someone (never the sound); a faith's places of worship standing for its
people; same-sex parents "the kids shouldn't have to see"; "are all on the take", "are always
trouble"; "send the lot of them back". Reputation: "nobody in charge cares about staff",
"management just shrug", "a dumping ground", "shouldn't be trusted with a goldfish",
"wouldn't send my dog there", "spends more time on X than in the building", "leadership at
its finest", "if you spent as much time X as Y", a new tutor as a colleague, "fiddles its
attendance figures", "asked SLT for help". Confidential: a decision to suspend a member of
staff, a complaint from a parent going to governors, waiting for social services to collect a
child, a disclosure from a pupil, a pupil arrested or physically restrained, moving to a new
trust, a contract not renewed, a centre that may close, scrapping a club, "merge us with",
"keep it under your hats", "nobody else knows yet". Solicitation: a protest march appeal, a
price per item, a relative's new business with a push even when it names parents as its
audience. Every must-fire row has must-not-fire neighbours.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_not_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    ("Say it to my face next time you're down the club and see what happens", "threat"),
    ("Scratch my van again and you'll need a new set of teeth", "threat"),
    ("Keep parking on my drive and your windscreen won't survive the month", "threat"),
    ("Saw her at the gym again, fat cow", "abuse"),
    ("The bloke at the garage is such a poof about getting his hands dirty", "abuse"),
    ("The synagogues in this city should all be shut down", "discriminatory"),
    ("Two mums in the playground now. Children shouldn't be exposed to that.", "discriminatory"),
    ("Bulgarians round here are all on the fiddle", "discriminatory"),
    ("Muslim lads from that end of town are nothing but trouble", "discriminatory"),
    ("Albanians are flooding in. Send the lot of 'em back.", "discriminatory"),
]

OFFENSIVE_PASSES = [
    "Pop the balloon and poof, the confetti goes everywhere",
    "Prize for the fat cow at the county show went to a Hereford 🐄",
    "Your tyres won't last the winter at that tread depth, get them changed",
    "You'll need a new passport photo for the renewal",
    "The mosques, churches and temples on our faith trail were all fascinating",
    "The Polish kids in Year 4 are brilliant at chess",
    "Say it to my face, said nobody at parents' evening, ever 😂",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- reputation (Brookfield Academy, fixtures_meaning/) ----------------------------------------

REPUTATION_FIRES = [
    ("Worked through every holiday and nobody in charge gives a toss about teachers", "disparages_school"),
    ("Raised the leak in my classroom again. SLT just shrugged.", "disparages_school"),
    ("Brookfield Academy has become a dumping ground", "disparages_school"),
    ("Half the parents at ours shouldn't be allowed to look after a hamster", "disparages_pupils_or_parents"),
    ("Wouldn't send my worst enemy to Brookfield Academy", "disparages_school"),
    ("The head spends more time at conferences than in school", "disparages_school"),
    ("Three emails about lanyards and none about the fire alarm. Management at its finest.",
     "disparages_school"),
    ("The new tutor is a total waste of space", "disparages_colleague"),
    ("Everyone knows the academy fiddles their exam data", "defamatory_claim"),
    ("Asked my line manager for support four times this term", "grievance"),
]

REPUTATION_PASSES = [
    "Nobody in my house cares about the football, thank goodness",
    "I just shrug when the kids ask about my age 😂",
    "The council tip is a dumping ground for fly-tippers' sofas",
    "My goldfish has outlived three hamsters",
    "The tutor at my Spanish evening class is brilliant",
    "Spends more time in the garden than the house, my dad",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


def test_official_reply_rebuking_a_parent_disparages_them(engine):
    """"If you put half the effort into X..." from the school's own account answers a parent."""
    post = make_post("If you put half the effort into homework that you put into complaining, we'd be fine.",
                     handle="@BrookfieldAcad", action="reply", recipients=["@a_parent"])
    assert "disparages_pupils_or_parents" in signals(engine.check(post), "reputation")


# -- confidential (Brookfield Academy) ---------------------------------------------------------

CONFIDENTIAL_FIRES = [
    ("The trust decided yesterday to dismiss our business manager", "staff_discipline"),
    ("A complaint from two parents about one of our TAs is going to the head on Monday", "staff_discipline"),
    ("Spent the evening waiting for the social worker with one of my Year 2s", "safeguarding_case"),
    ("Another disclosure today from a girl in my tutor group", "safeguarding_case"),
    ("One of our Year 10s was arrested at the bus stop this morning", "safeguarding_case"),
    ("Had to physically restrain a pupil in my class today, shaking now", "safeguarding_case"),
    ("Rumour at ours is we're transferring to a different trust in September. Not announced yet.",
     "internal_finance"),
    ("The council won't be renewing the contract for our unit, so we're all worried", "internal_finance"),
    ("Keep this under your hats but the nursery may close next year", "internal_finance"),
    ("Governors are scrapping the after-school club. Nobody else knows yet.", "internal_finance"),
]

CONFIDENTIAL_PASSES = [
    "We decided to suspend the football club while the pitch is reseeded",
    "Great session on handling a disclosure at our safeguarding training",
    "Restrain yourself from buying the whole bakery, it's a long week",
    "The gym may close early on Sunday for the bank holiday",
    "Our new trust logo looks great on the minibus",
    "Scrap metal collection on our street tomorrow morning",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


# -- solicitation (Brookfield Academy) ---------------------------------------------------------

SOLICITATION_FIRES = [
    ("Come along to the rally to save our libraries on Saturday", "political"),
    ("Join us at the protest against the new incinerator, bring a placard", "political"),
    ("Homemade jams £3 a jar, DM me to reserve one", "commercial"),
    ("My brother has just opened his own dog grooming business! Parents, message him for prices",
     "commercial"),
]

SOLICITATION_PASSES = [
    ("Watched the march for the NHS go past the window this morning", False),
    ("Jam was £3 a jar at the farmers' market, bargain", False),
    ("So proud of my sister, she's opened her own bakery in town", False),
    ("Parents, the school photographer is in on Tuesday", True),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    assert "solicitation" not in {f.category for f in judge(engine, text, official=official).findings}

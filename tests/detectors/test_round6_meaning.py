"""Phrasing families the sixth meaning probe (tests/heldout/round6m-*) found missing or misread,
and their look-alikes. The sentences here are new: none is a probe case.

Offensive: xenophobia without a slur (people "from" a country, "can barely speak a word of
English", "want special treatment", conspiracy tropes about banks and sharia, "Useless, the lot
of them", a place said to be taken over), same-sex parents said to be wrong for children, gender
identity denied ("men in dresses"), a singular predicate ("is a groomer"), a group adjective
with a trade word between ("Pakistani cab drivers"), threats of hospital and ambulances and of
a visit "to sort you out", "crawl back under your rock", "gammon" aimed at someone, a comma in a
run of insults, "fag" as a slur (not a cigarette), and "bend over my desk any time".
Reputation: governance and head office as targets; support staff by post, and the posts in
the staff list; "haven't set foot in a classroom in years", "hasn't done a single thing",
"waste of a salary", "couldn't find X if it were sat in front of her", "treated like dirt" with
the employer unnamed, pay "while" others struggle, "shameful", "if you'd bothered to", and a
slur used by comparison; grievances about time off refused and news learned second-hand; and
asking for help is no grievance until it is denied. Confidential: the LADO spelled out,
exclusion panels, learners kicked off a course, police welfare checks, a loss, cutting a course,
a pupil "in my tutor group"; a job title with "attendance" in it is no record, and a school
that "may close" for the snow is a notice. Solicitation: a protest appeal with a place or a
time, multibuy prices, "book at <site>", "the shop is live", and an invitation to thank a deity
even beside the school's name.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_not_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    ("Three more lads from Albania on the building site. Thieves, every one of them.", "discriminatory"),
    ("The Bulgarians at the car wash can hardly speak a word of the language", "discriminatory"),
    ("Gay parents are ruining childhood. Children need a father, simple as.", "discriminatory"),
    ("Catholic families expect special treatment from the council every time", "discriminatory"),
    ("Muslims want sharia in our courts, look it up", "discriminatory"),
    ("Every Romanian bloke round here is a thief", "discriminatory"),
    ("Nigerian cab drivers are all thieves", "discriminatory"),
    ("Trans girls are just lads in dresses, sorry not sorry", "discriminatory"),
    ("Touch my daughter's phone again and I'll put you in a wheelchair", "threat"),
    ("Keep parking on my drive and you'll be going home on a stretcher", "threat"),
    ("Carry on like that and I'll come over there and sort you out", "threat"),
    ("Go on, crawl back into your hole, nobody needs your take", "abuse"),
    ("Shut it, you gammon", "abuse"),
    ("You're a nasty, scheming little snake", "abuse"),
    ("That referee is a total fag", "discriminatory"),
    ("The new barista can bend over for me any day", "sexual"),
]

OFFENSIVE_PASSES = [
    "Nipped out for a sneaky fag at half time, don't tell my mum",
    "Our new neighbours from Poland brought round a cake. Lovely people.",
    "Gammon, egg and chips for tea tonight",
    "Kids need a break over Christmas, end of",
    "The Irish dancers at the festival were incredible, every one of them",
    "Back from the physio: bend over and touch your toes any time it aches, she said",
    "I'll put you in touch with our careers adviser",
    "I'll come over there and sort out the printer for you",
    "Students from Syria talked about their journey in assembly, so brave",
    "My Polish neighbour is a criminal lawyer, handy to know",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- reputation (Brookfield Academy, fixtures_meaning/) ----------------------------------------

REPUTATION_FIRES = [
    ("The board of trustees haven't set foot in a classroom in decades", "disparages_school"),
    ("Head office are shameful, cutting our budget again", "disparages_school"),
    ("Our admin team hasn't lifted a finger all term", "disparages_colleague"),
    ("The bursar is a waste of a salary", "disparages_colleague"),
    ("Our exams officer couldn't find a form if it was sat in front of him", "disparages_colleague"),
    ("Yet another week of cover at Brookfield Academy. Treated like dirt.", "disparages_school"),
    ("The trust CEO earns £230k while our support staff queue at food banks", "disparages_school"),
    ("The new TA talks like a proper little retard", "disparages_colleague"),
    ("Watching our governors tonight was like watching a bunch of retards", "disparages_school"),
    ("Told I can't take the morning off for my mum's operation. Refused, no explanation.", "grievance"),
    ("Heard about my new contract hours from the staff bulletin. No consultation at all.", "grievance"),
    ("Asked my line manager for support with a violent pupil three times. Ignored.", "grievance"),
]

REPUTATION_PASSES = [
    "Asked my head of department for help with the new GCSE spec and got a brilliant hour of planning",
    "Asked HR for help with my maternity dates and they were lovely",
    "The board of trustees visited every classroom today",
    "Our bursar found the money for the new library. Legend.",
    "Bought a rubber stamp for marking. Game changer.",
    "The council hasn't lifted a finger about the potholes on our road",
    "Our department group chat has gone feral over the Christmas jumper vote 😂",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


def test_sarcasm_in_an_official_reply_disparages_the_parent(engine):
    """On the school's own reply, "if you'd bothered to" is aimed at the parent answered."""
    post = make_post("If you had actually bothered to check the app, the date was there all along",
                     handle="@BrookfieldAcad", action="reply", recipients=["@a_parent"])
    assert "reputation" in {f.category for f in engine.check(post).findings}


# -- confidential (Brookfield Academy) ---------------------------------------------------------

CONFIDENTIAL_FIRES = [
    ("Phoned the county designated officer about a colleague this morning", "staff_discipline"),
    ("Exclusion hearing for a Year 9 girl tonight, governors were split", "exclusion"),
    ("One of our apprentices got thrown off the course today for fighting", "exclusion"),
    ("Officers carried out a welfare check on one of my Year 4s last night", "safeguarding_case"),
    ("The academy is operating at a loss and they're cutting the photography course", "internal_finance"),
    ("Attendance for one of my form is down to 60% this term", "pupil_record"),
]

CONFIDENTIAL_PASSES = [
    "Our attendance officer ran the Great North Run this morning!",
    "Storm warning: the school may close early tomorrow, watch the app",
    "Did a first aid course at the weekend, feeling ready for anything",
    "The police did a welfare check on my elderly neighbour after the storm, all fine",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


# -- solicitation (Brookfield Academy) ---------------------------------------------------------

SOLICITATION_FIRES = [
    ("Nurses, please join the picket outside the hospital on Tuesday", "political"),
    ("Join the climate march in the city centre tomorrow and bring your banners", "political"),
    ("Soy wax melts, two for £9, link in bio", "commercial"),
    ("Holiday football camps, £15 per day. Book at brookfieldfc.example", "commercial"),
    ("My print shop is live! Three for £20 on everything", "commercial"),
    ("Join the Brookfield family at St Luke's Church to give thanks to God this Sunday", "religious"),
]

SOLICITATION_PASSES = [
    ("I'm going to join the march on Saturday, first one since uni", False),
    ("The rally outside the town hall made me late for parents' evening", False),
    ("Paperbacks were £2 each at the car boot, https://example.org/boot", False),
    ("Join the Brookfield family at St Luke's Church for our carol concert this Thursday", True),
    ("The website is live again after the outage, thanks for your patience", True),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    assert "solicitation" not in {f.category for f in judge(engine, text, official=official).findings}

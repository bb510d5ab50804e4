"""Phrasing families the ninth probe of solicitation and offensive (tests/heldout/round9so-*)
found missing or misread, and their look-alikes. The sentences here are new: none is a probe case.

Offensive: a person's speech, accent or disability acted out for a laugh ("doing the voice of",
"my impression of", a stammer spelled out, "*drools*", a bingo card for someone's tics, a
disability in scare quotes); a joke's opening with a protected group as its butt ("what do you
call a ...", "why do ...") beside a laugh; faith dress or practice beside terrorism as a joke or
a guess; disgust at a same-sex couple's affection; hate slogans and dog-whistles ("1488", the
country taken back "from the invaders", "diversity hires", a person said to smell of curry,
"light on his feet" with a wink); a group said to own the banks and the media, or held back by
babies; death wished on "the lot of them"; sexual remarks ("the things I'd do to her", someone
bending over, or their body remarked on, beside an innuendo marker); dialect swearing, "DTF",
slurs not listed before. Slurs quoted in a lesson's question ("why 'that's so ...' isn't
banter"), disguised ones quoted in a lesson, and titles in quotes ("'...' by <artist>") are
mentioned, not used.
Solicitation: a crowdfunding page "is in my bio"; a person's own shortfall ("she needs £N")
with an ask; money asked for in so many words ("could spare anything towards our ..."); healing
and deliverance offered at a religious rally.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    # speech, accent and disability acted out for a laugh
    ("Just did the voice of the Nigerian bloke from the chip shop for the lads 🤣", "discriminatory"),
    ("My impression of our caretaker's lisp has the whole staffroom in bits lol", "discriminatory"),
    ("the new boy in 8C be like 'w-w-w-where's the h-h-hall' 😂😂", "discriminatory"),
    ("Watching the sports day egg and spoon, all the 'special' ones 🥴 bless em", "discriminatory"),
    ("Started a bingo card for every time she twitches in briefing, Tourette's edition 😂", "discriminatory"),
    # a group as a joke's butt
    ("What do you call a Polish builder who turns up on time? Lost 🤣", "discriminatory"),
    ("why are gay teachers always so dramatic lmao", "discriminatory"),
    # faith and terrorism as a joke or a guess
    ("Bloke in a turban on my train with a rucksack, I'm getting off at the next stop 💣😂", "discriminatory"),
    ("Ramadan starts Monday so expect the Year 10 lads to be ticking time bombs lol", "discriminatory"),
    # disgust at a same-sex couple
    ("Two women kissing outside the school gates this morning. Sickening.", "discriminatory"),
    # dog-whistles
    ("Europe needs remigration now, no more excuses", "discriminatory"),
    ("Half the new SLT are diversity appointments and it shows", "discriminatory"),
    ("the new PE teacher, very friend of dorothy if you know what I mean", "discriminatory"),
    ("Jews control the media and always have, look it up", "discriminatory"),
    ("Women are too busy worrying about getting pregnant to run a school properly", "discriminatory"),
    # death wished on a group
    ("These scroungers on our estate, string up the lot of them", "threat"),
    # sexual remarks
    ("The things I'd do to him after a couple of drinks at the Christmas do 😈", "sexual"),
    ("Caught the deputy bending over to pick up the register 👀🍑", "sexual"),
    ("New drama teacher has a bum you could bounce a coin off 😏", "sexual"),
    ("head of science looking DTF at parents' evening", "sexual"),
    # dialect swearing and slurs not listed before
    ("Fookin traffic on the ring road again, stuck for an hour", "profanity"),
    ("Going for a chinky after work, who's in", "discriminatory"),
]

OFFENSIVE_PASSES = [
    "PSHE: we talked about why 'you're so gay' is homophobic, even when it's said as a joke.",
    "Online safety lesson: we looked at how words like 'n*gger' and 'p*ki' are disguised to get past filters.",
    "Blasting 'Bitch Better Have My Money' by Rihanna in the car, no regrets",
    "Did my best Scottish accent at the Burns Night assembly 😂 the kids loved it",
    "Deaf Awareness Week: Year 3 learned to sign their names, so proud 😂❤️",
    "What do you call a blind dinosaur? A doyouthinkhesaurus 😂",
    "Why do Muslims fast during Ramadan? Year 6 RE presentations were brilliant today",
    "The Year 11 results were the bomb 😂 so proud of them",
    "Two women holding hands at the end of the charity run, after 26 miles, what a sight ❤️",
    "Light on his feet, that lad, best dancer in the Year 7 show",
    "Polish the trophies lads, the paper is coming to take a photo 😂",
    "My nan bending over backwards to help at the summer fair again, legend",
    "Shoot the lot of them in one go, said the photographer, so we lined the teams up 📸",
    "Space Invaders tournament at the youth club tonight, winner gets a trophy 👾",
    "Bombay Bicycle Club at the O2 on Friday, can't wait",
    "Mrs A in her hijab absolutely bossed the staff quiz lol, da bomb",
    "Two dads with a pram at the school gate, so sweet, sick of people saying it's wrong",
    "Great footwork from our centre half, so light on his feet 😉",
    "'He's so light on his feet,' said the dance teacher after the show",
    "Calling colleagues 'diversity hires' is racist and we will challenge it every time",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    # The detector's own signals: the meaning classifier learns these look-alikes when it is
    # next retrained from this file (scripts/train_meaning_model.py reads the *_PASSES lists).
    assert signals(demo_engine.check(make_post(text)), "offensive") - {"classifier"} == set()


# -- solicitation (Brookfield Academy, fixtures_meaning/) --------------------------------------

SOLICITATION_FIRES = [
    ("Our cat needs an operation we can't afford 😿 the Crowdfunder's pinned on my profile if you can help", "personal_appeal"),
    ("After the fire he has to raise £4,000 to replace his tools. Any donation at all helps.", "personal_appeal"),
    ("If anyone could spare a few quid towards my trip to Ghana with the charity, I'd be so grateful", "personal_appeal"),
    ("Gospel crusade at the leisure centre Friday: come and be healed by the power of the Lord Jesus", "religious"),
    ("Tickets £5 for Saturday's worship night, come along and receive your breakthrough 🙌", "religious"),
]

SOLICITATION_PASSES = [
    ("We need £1,500 for the new reading shed, every donation counts! The PTA page has the details.", True),
    ("If anyone could spare half an hour to help set up the fair, let the office know", False),
    ("Year 4 learned about Pentecost and how Christians believe the Holy Spirit came to the apostles", True),
    ("She needs £3 for the trip by Friday, please remind your child to bring it", True),
    # Civic, not partisan: the classifier flagged a post like this before round 9.
    ("Polls close at ten tonight. Whoever you're backing, please make sure you vote 🗳️", False),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    # As above: the detector's signals, the classifier being retrained from these lists.
    assert signals(judge(engine, text, official=official), "solicitation") - {"classifier"} == set()

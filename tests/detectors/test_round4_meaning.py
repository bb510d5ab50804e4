"""Phrasing families the fourth meaning probe (tests/heldout/round4m-*) found missing, and
their look-alikes.

Offensive: a swear word spelled out letter by letter beside a one-letter word ("what a s h i t e
day"); the middle-finger emoji; apes or monkeys standing for people; a sexual proposition or
emoji pair beside an innuendo marker; threats as consequences ("you'll be eating through a
straw", "see what happens to your car", "knock him into next week"); Scots and Northern insults;
"women should stick to the kitchen"; and the innocent senses of two listed words (a female dog,
the meatball). Reputation: hypocrisy ("says the head who hasn't..."), "love how they can find
money for X but not Y", mock delight and scare quotes, rhetorical questions ("who hired him?"),
"wouldn't know X if it hit them", "people who've never taught telling us how to teach", a verdict
pointing back ("gormless, the lot of 'em"), late pay, and slang praise ("unreal, so proud").
Confidential: grievances and tribunals about staff, being walked off site, safeguarding meetings
by their names, mergers and jobs "going", staffing changes said to be secret, and results seen
before release. Solicitation: marketplaces and party-plan brands, "drop me a message for",
raffles for one's own kitty, someone else's JustGiving, leaflets to deliver, "give her your
vote", chain posts promising a donation per share, "discover the truth of the gospel"; and "link
in bio" alone is no appeal. Every must-fire row has must-not-fire neighbours.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, assert_not_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    ("that was a s h i t e film, two hours I won't get back", "profanity"),
    ("@council_parking 🖕", "abuse"),
    ("Touch my bike again and you'll be eating through a straw", "threat"),
    ("If he blocks my drive again I'll knock him into next week", "threat"),
    ("Park there again and see what happens to your windows", "threat"),
    ("I swear I'll swing for that woman in the chippy", "threat"),
    ("fancy a private lesson? bet you're a right kinky one 😈", "sexual"),
    ("she can mark my homework any day 🍆💦", "sexual"),
    ("Looks like another lot of 🦍🦍 moving in next door", "discriminatory"),
    ("Women should stick to the kitchen, not the boardroom", "discriminatory"),
    ("proper gobshite that ref was", "abuse"),
    ("That bawbag cut me up on the roundabout", "abuse"),
]

OFFENSIVE_PASSES = [
    "Our bitch Bramble is in season so no dog park this week",
    "Faggots and onion gravy at the pub, proper winter food",
    "I'd have you know I baked this myself 😏",
    "Monkey World today! A family of 🐒 grooming each other, the kids loved it",
    "Year 6 girls should stick to the plan for the relay, said the coach",
    "Leave the dough overnight and see what happens to the texture",
    "s h o p local this Christmas",
    "bet you're filthy after that mud run, hose is round the back",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- reputation (Brookfield Academy, fixtures_meaning/) ----------------------------------------

REPUTATION_FIRES = [
    ("Love how the trust can always find money for consultants but not for textbooks", "disparages_school"),
    ("'We value your wellbeing' says the head who hasn't answered an email since September", "disparages_school"),
    ("Our governors wouldn't know good teaching if it slapped them in the face", "disparages_school"),
    ("The CEO on £200k while the TAs use food banks", "disparages_school"),
    ("Some parents at ours moan about every single thing", "disparages_pupils_or_parents"),
    ("Spent the afternoon with Year 9. Gormless, the lot of 'em.", "disparages_pupils_or_parents"),
    ("Oh great, another 'optional' twilight from SLT", "disparages_school"),
    ("Is it me or does the head think staff can't count? Who hired her?", "disparages_school"),
    ("Consultants who've never taught telling us how to teach. Brookfield Academy at its finest",
     "disparages_school"),
    ("Fourth month in a row they've paid us late and nobody answers emails", "grievance"),
    ("Six months chasing my back pay from the academy", "grievance"),
]

REPUTATION_PASSES = [
    "Her speech was unreal, so proud of every one of them",
    "Oh great, another snow day! Sledging here we come",
    "Who hired this bouncy castle? Best party ever",
    "Our new CEO visited today and spent an hour in every classroom",
    "The DfE wouldn't know a classroom if it fell on them",
    "Six months waiting for the new kitchen to be fitted",
    "Spurs' new manager is clueless, sack him",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


def test_gesture_emoji_at_a_manager_disparages_them(engine):
    """The emoji ends its sentence, so the abuse must still be read with the words before it."""
    assert_fires(engine, "honestly the new deputy can 🖕 right off", "reputation", "disparages_colleague")


# -- confidential (Brookfield Academy) ---------------------------------------------------------

CONFIDENTIAL_FIRES = [
    ("Between us, the English and drama departments are being merged in September", "internal_finance"),
    ("Not announced yet but the art teacher's job is going at Easter", "internal_finance"),
    ("Keep it to yourselves: Mr Hale has handed his notice in", "internal_finance"),
    ("Our budget's that tight we're losing the breakfast club in April", "internal_finance"),
    ("Core group meeting for one of my Year 3s after school", "safeguarding_case"),
    ("Our provisional A level results are in and they're grim. Not shared with students until Thursday",
     "unpublished_results"),
    ("The grievance a TA raised against our deputy goes to a panel next week", "staff_discipline"),
    ("He's been walked off site by the head this morning", "staff_discipline"),
    ("Can't say the grade till the report's out, but Ofsted weren't impressed", "unpublished_inspection"),
]

CONFIDENTIAL_PASSES = [
    "Our GCSE results are now published on the school website. So proud!",
    "Sad to say goodbye to Mrs Hale who is leaving at Christmas after 20 years",
    "The council's parking fines case is going to tribunal next month",
    "Mock results came in early so I can plan revision over half term",
    "Core strength class at the gym tonight, ouch",
    "Our department is merging the two Year 7 reading lists into one",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


# -- solicitation (Brookfield Academy) ---------------------------------------------------------

SOLICITATION_FIRES = [
    ("Bits and bobs up on my Depop, have a nosey 👀", "commercial"),
    ("New Tupperware brochure just landed, let me know what you fancy", "commercial"),
    ("Drop me a message for prices, lash lifts now available", "commercial"),
    ("Now taking tutoring bookings for the spring term", "commercial"),
    ("Sign up to my friend's Usborne book party, amazing deals this week only!", "commercial"),
    ("Book your Scentsy party with me this month for a free gift", "commercial"),
    ("Sweepstake tickets for my holiday fund, £1 a go", "personal_appeal"),
    ("Walking the Three Peaks for Shelter, JustGiving link in the comments", "personal_appeal"),
    ("Please sponsor our caretaker's abseil for the hospice", "personal_appeal"),
    ("Lib Dem leaflets need delivering on Elm Road this weekend", "political"),
    ("Good luck to Cllr Shah, give her your vote on Thursday!", "political"),
    ("Meta will donate 10p for every share of this post", "chain_letter"),
    ("Come and discover the truth of the gospel at our evening service", "religious"),
]

SOLICITATION_PASSES = [
    ("Shortlisted for Secondary School of the Year! Voting closes Sunday, link in bio", True),
    ("Tickets for the panto were £30 each, https://example.org/panto", False),
    ("Our JustGiving link for the school minibus is in this week's newsletter", True),
    ("Give him your best smile for the photo!", True),
    ("The surgery is now taking appointments online again", False),
    ("Sponsor forms for the Year 7 fun run are in book bags", True),
    ("Our Tupperware party last night was great fun, thanks girls", False),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    assert "solicitation" not in {f.category for f in judge(engine, text, official=official).findings}

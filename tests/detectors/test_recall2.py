"""Phrasing families the second recall probe (tests/heldout/recall2-*) found missing, and their
look-alikes.

Each fix is a shape: a form code as school context ("Hamza in 11Q"), an apposition ("Frank, one
of my Year 10 learners"), a possessive written without its apostrophe ("lomax reids mum"), a
phone number with every digit spaced out, a colleague's full name in lower case beside their
sickness ("off with stress", "heart op"), vermin for a person ("vile little troll"), wishing
harm ("hope he chokes"), sexual slang ending a clause, a stereotype a sentence after the group
("lock up your bikes"), an evaluation that names its own target ("worst run academy"), "a
complete clown", abuse or a slur aimed at parents or pupils, an official account's sarcastic
reply, a grievance dated "since September", a CP referral, a grievance against a colleague, a
report "not published til Feb", funding cuts, "sponsor me", a price per day with "places
limited", "tell them X sent you". Every must-fire row has must-not-fire neighbours.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import OFFICIAL, assert_fires, assert_not_fires, assert_quiet, engine  # noqa: F401 (engine is a fixture)

# -- pupil_name and personal_data (the demo school: Ibrahim Hussain, Harrison Lee-Wong, staff
# -- Chris Walker and Marcus Bell) --------------------------------------------------------------

PUPIL_NAME_FIRES = [
    "Ibrahim in 2B lost his first tooth in the middle of phonics 😂",
    "Ibrahim from 2W read his whole book to me today",
    "harrison lee wongs dad brought in cakes for the staffroom",
    "so proud of harrison lee-wongs reading this week",
    "Ibrahim, one of my Year 2 pupils, asked if teachers sleep at school",
    "Ibrahim in 6K finally learnt his 7 times tables",
]

PUPIL_NAME_PASSES = [
    "Booked Ibrahim in 10am at the barber's, he's the best",
    "Grace in 3D at the cinema tonight, what a film",
    "Faith in 5th gear on the motorway home",
    "Meeting Ibrahim in 20 minutes for a coffee",
    "Ibrahim in 5m, put the kettle on",
]


@pytest.mark.parametrize("text", PUPIL_NAME_FIRES)
def test_pupil_name_shape_fires(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "pupil_name")


@pytest.mark.parametrize("text", PUPIL_NAME_PASSES)
def test_pupil_name_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "pupil_name") == set()


PERSONAL_DATA_FIRES = [
    ("pls ring chris on 0 7 7 0 0 9 0 0 1 2 3 if you see the van", "phone"),
    ("chris walker off with stress again, third time this term", "health_or_sen"),
    ("Marcus is off for six weeks after his heart op, send him some love", "health_or_sen"),
    ("Ibrahim in 2B is type 1 diabetic so he needs his kit on the trip", "health_or_sen"),
]

PERSONAL_DATA_PASSES = [
    "Stress awareness week for staff: free massages in the hall",
    "I've been off with stress myself this year, look after yourselves",
    "Watching a documentary about heart surgery, fascinating",
    "Final score 0 7 then 0 0 in the replay, long night",
]


@pytest.mark.parametrize("text,signal", PERSONAL_DATA_FIRES)
def test_personal_data_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "personal_data")


@pytest.mark.parametrize("text", PERSONAL_DATA_PASSES)
def test_personal_data_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "personal_data") == set()


# -- offensive -------------------------------------------------------------------------------

OFFENSIVE_FIRES = [
    ("that man at the gate is a vile little troll", "abuse"),
    ("what a pathetic little rat", "abuse"),
    ("hope he chokes on his vape", "threat"),
    ("I hope she gets run over", "threat"),
    ("that new supply teacher is well fit, would absolutely smash 🍑", "sexual"),
    ("another family of roma kids starting in reception. here we go again. lock up your bikes",
     "discriminatory"),
]

OFFENSIVE_PASSES = [
    "hope they die laughing at my elf costume",
    "hope she gets better soon, sending love",
    "she'd smash it as head, honestly",
    "I'd smash that exam if I sat it again",
    "lock up your bikes, there have been thefts on the estate",
    "Roma kids' music festival at the library, lovely afternoon",
    "the troll under the bridge in our Year 2 play stole the show",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- reputation, confidential, solicitation (Brookfield Academy, fixtures_meaning/) -----------

REPUTATION_FIRES = [
    ("Our head is a complete clown. No idea how he got the job", "disparages_school"),
    ("honestly the worst run academy in the county", "disparages_school"),
    ("that dad at the gate today is vile", "disparages_pupils_or_parents"),
    ("some parents at the gate are absolute c***s", "disparages_pupils_or_parents"),
    ("half of my class can't speak English. these immigrant families should go back where they came from",
     "disparages_pupils_or_parents"),
    ("been asking for my TLR to be backdated since september. nothing.", "grievance"),
    ("nobody at work has had a pay rise since 2024. fuming", "grievance"),
    ("New INSET timetable is out. whoever decided this needs their head testing", "disparages_school"),
    ("Y9 parents are a nightmare this year, honestly", "disparages_pupils_or_parents"),
    ("parents at pick up today 🙄🙄 never again. absolute clowns", "disparages_pupils_or_parents"),
    ("Dear Brookfield parents, some of you need to learn to read", "disparages_pupils_or_parents"),
    ("that kid in 9Y is a little shit", "disparages_pupils_or_parents"),
]

REPUTATION_PASSES = [
    "I looked a complete clown in my elf costume at the staff panto",
    "Worst Academy Awards ceremony ever, who picked that host",
    "the worst school run traffic of the year this morning",
    "Trans people are mentally ill and shouldn't be allowed near kids.",
    "nobody at work has had a pay rise since 2024 because the government won't fund it",
    "Maybe try reading the letter before you moan about it?",
    "The council's new bin rota: whoever decided this needs their head testing",
    "The roadworks on the ring road are a nightmare this week",
    "Circus trip 🎪 jugglers everywhere. absolute clowns",
    "that kid from the Christmas advert is a little star",
    "Some of you need to learn to read the small print on your phone contract",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


def test_official_reply_disparaging_the_parent_it_answers(engine):
    post = make_post("Maybe try reading the letter before you moan about it?", handle=OFFICIAL,
                     action="reply", recipients=("@a_parent",))
    assert "disparages_pupils_or_parents" in signals(engine.check(post), "reputation")


def test_official_post_with_you_is_not_a_reply(engine):
    post = make_post("Thank you to every family who came to the fair, you were amazing!",
                     handle=OFFICIAL, action="reply", recipients=("@a_parent",))
    assert signals(engine.check(post), "reputation") == set()


CONFIDENTIAL_FIRES = [
    ("another CP referral for one of my year 8s today. heartbreaking", "safeguarding_case"),
    ("CP concern logged for one of my y7s today", "safeguarding_case"),
    ("one of my tutees has gone missing again, police involved now", "safeguarding_case"),
    ("there's a formal grievance against her, hearing next month", "staff_discipline"),
    ("ofsted verbal feedback: we're going down to RI. report not published til feb", "unpublished_inspection"),
    ("strictly between us, the LA is cutting our funding by 30% and SLT haven't told staff", "internal_finance"),
]

CONFIDENTIAL_PASSES = [
    "police involved after a crash on the M62, avoid if you can",
    "Grievance procedure training for governors tonight",
    "Safeguarding concern logging training on the new CPOMS system today",
    "Our MP is campaigning against school funding cuts nationally",
    "Ofsted report published today: Good in every area!",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


SOLICITATION_FIRES = [
    ("Doing the 3 peaks for Mind in June!! please sponsor me, link in comments", "personal_appeal"),
    ("every £ helps, donate via my JustGiving page 💚", "personal_appeal"),
    ("Register now for the Easter camp with ProKick Coaching! £20 a day, places limited!", "commercial"),
    ("2 for 1 pizzas at Dough Bros this weekend 🍕 tell them Brookfield sent you!", "commercial"),
    ("Selling Avon again ladies! message me for the new brochure", "commercial"),
    ("follow my new cake business @bakedbyjen 🍰 orders open", "commercial"),
    ("please vote for Cllr Sharma in the by-election", "political"),
]

SOLICITATION_PASSES = [
    "Thank you to everyone who sponsored me, we raised £400 for Mind!",
    "Our Year 6s ran the Great North Run for charity today, so proud",
    "Breakfast club is £3 a day, places limited, book at the office",
    "2 for 1 on tea and toast at the staffroom, apparently. Living the dream",
    "Cllr Sharma voted against the new library, shame",
    "Follow my new running account for marathon training updates",
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text):
    assert_quiet(engine, text)

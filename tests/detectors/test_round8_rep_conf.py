"""Phrasing families the eighth probe of reputation and confidential (tests/heldout/round8rc-*)
found missing, and their look-alikes. The sentences here are new: none is a probe case.

Reputation: mock praise of leaders ("another brilliant idea from SLT", "yet another masterclass
in", "what a triumph of planning that was", "what could possibly go wrong"), mock praise flagged
as irony ("excelled themselves ... 🙄"), the irony lost on the organisers, understatement ("not
its finest hour", "not covered himself in glory", "not overburdened with common sense", "not
what you'd call organised"), neglect by hyperbole ("hasn't returned a call since 2021"),
contempt ("thinks she's above all that"), "the only way to get X here is to leave", "best thing
about X is home time", "wonders why people keep leaving", "couldn't teach a bird to fly" (and
the verdict reaching past "Don't get me started." to the colleague named before it), a parent
told their child's attitude is the problem or that the child is "not the saint" they think,
a group "a huge disappointment", "held together with sticky tape", "never worked anywhere as
chaotic", "treats the teachers like cannon fodder", text-speak ("yr 10s", "cant be bothered"),
a sentence that carries on after an adverb ("Frankly most of them ..."), a teacher named by
subject ("the new science teacher"), a parent's child as "your daughter"; grievances about a
promotion promised and not delivered, and a concern raised with HR and unanswered.
Confidential: discipline as gossip ("guess who got suspended", "HR are now involved"),
unannounced changes hinted at ("big changes coming", "guess which TA won't be coming back",
"won't be running the school from now on") with gossip's secrecy ("all I'm allowed to say",
"let's just say", "can't go into details", "none of them know yet"), contracts and hours cut,
a school the diocese or trust plans to close, a pupil excluded or suspended for a week or moved
to another site, families "known to children's services", what a child said of home and "passed it to the DSL", an inspection's unofficial
feedback and areas for development, answers 'tweaked' and a regulator "now involved".
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_not_fires, engine, judge  # noqa: F401 (engine is a fixture)

SCHOOL, COLLEAGUE, PUPILS = "disparages_school", "disparages_colleague", "disparages_pupils_or_parents"

REPUTATION_FIRES = [
    ("Another brilliant idea from SLT: marking in three colours by Friday.", SCHOOL),
    ("Yet another masterclass in communication from head office this week.", SCHOOL),
    ("The trust wants every lesson filmed for coaching. What could possibly go wrong?", SCHOOL),
    ("Management really excelled themselves with a 7am meeting on staff wellbeing 🙄", SCHOOL),
    ("Brookfield put on a wellbeing INSET straight after mocks. The irony seemed lost on leadership.", SCHOOL),
    ("The new deputy has not exactly covered himself in glory this term.", COLLEAGUE),
    ("Some of the parents at pick-up are not overburdened with common sense.", PUPILS),
    ("Our office manager hasn't returned a phone call since about 2021.", COLLEAGUE),
    ("The only way to get a pay rise at Brookfield is to threaten to leave.", SCHOOL),
    ("Our line manager works us to the bone and wonders why people keep leaving.", COLLEAGUE),
    ("The new science teacher couldn't teach a bird to fly.", COLLEAGUE),
    ("Our head of year? Don't get me started. Woman couldn't organise a raffle.", COLLEAGUE),
    ("Your daughter's attitude is the problem here, not our staff.", PUPILS),
    ("Your little angel is not quite the saint his mum thinks.", PUPILS),
    ("Our Year 8s were a huge disappointment at the museum today.", PUPILS),
    ("Brookfield is held together with sticky tape and goodwill alone.", SCHOOL),
    ("Management treats the teachers like cannon fodder.", SCHOOL),
    ("the yr 10s r absolute animals today", PUPILS),
    ("half the staff cant be bothered to read the bulletin", COLLEAGUE),
    ("The Year 9s wrecked the library. Frankly most of them should be ashamed.", PUPILS),
    ("Our trust's new appraisal policy is, shall we say, not its finest hour.", SCHOOL),
    # A spot check after the first fixes (ten new posts) found these too.
    ("Tired of being talked down to by management every single briefing.", SCHOOL),
    ("Our head speaks to staff like naughty children.", SCHOOL),
    ("The new head of maths could pick a fight with a brick wall.", COLLEAGUE),
    ("Exemplary communication from SLT again: the trip letter went out the day after the trip 🙄", SCHOOL),
    ("To the dad who moaned about homework: perhaps begin by teaching your son some manners.", PUPILS),
    # A second spot check (sixteen more new posts) found these.
    ("Our trust board wouldn't know a good lesson from a wet weekend.", SCHOOL),
    ("Great kids in my class this year, shame about the parents.", PUPILS),
    ("Some parents think the school is a free childcare service.", PUPILS),
    ("Our head marks our planning like we're trainees.", SCHOOL),
    ("Nothing says 'we care' like SLT booking a twilight on the last day of term.", SCHOOL),
    # Grievances.
    ("Questioned the new marking policy and now I'm 'resistant to change', apparently.", "grievance"),
    ("Promised a TLR two years ago at Brookfield, nothing delivered.", "grievance"),
    ("Raised it with HR in March and heard nothing back.", "grievance"),
]

REPUTATION_PASSES = [
    # "a joke" told, not a verdict on anyone.
    "Anti-bullying week: Year 4 talked about why calling someone names hurts, even as a joke.",
    "Our head told a joke in assembly and Year 5 groaned for a full minute.",
    "Another brilliant idea from my husband: a trampoline in a garden the size of a stamp.",
    "What a triumph of organisation that was, thanks to our amazing PTA!",
    "What a triumph of planning the village fete was.",
    "A masterclass in communication from our speech therapist today, brilliant.",
    "The PTA really outdid themselves with the Christmas fair, thank you!",
    "Management at my local gym have put the prices up again. Useless.",
    "Management at the hotel were useless, never again.",
    "My cat treats the furniture like a scratching post.",
    "Best thing about the holiday park is the pool.",
    "Dad hasn't answered an email since 2015, he doesn't even own a laptop now.",
    "The film was a huge disappointment, the kids were bored by the end.",
    "Our cat is not blessed with an abundance of brains, bless her.",
    "Don't get me started on the M6 roadworks.",
    "Year 6 SATs next week? Don't get me started 😂",
    "The irony was lost on my husband when I burnt the toast on bake-off night.",
    "What could possibly go wrong with a camping trip in November? Bring wellies!",
    "My football team were a huge disappointment again on Saturday.",
    "I'm not exactly blessed with patience at 7am, kids.",
    "My dad talked down to the waiter all night, so embarrassing.",
    "Exemplary communication from the vet today, they rang twice to update us.",
    "Our toddler could start an argument in an empty room 😂",
    "Maybe start by teaching him to swim in the shallow end, the instructor said.",
    "My dog wouldn't know a ball from a stick, bless him.",
    "The swimming teacher at my son's club is useless, he still can't float.",
    "Lovely wedding, shame about the weather.",
    "Nothing says Christmas like mince pies in the staffroom!",
    "My toddler thinks the car is a climbing frame.",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


CONFIDENTIAL_FIRES = [
    ("Guess who got suspended at ours today 👀", "staff_discipline"),
    ("All I'm allowed to say is that HR are now involved with our deputy.", "staff_discipline"),
    ("Big changes coming to the English department and nobody knows yet.", "internal_finance"),
    ("Guess which TA won't be coming back after Christmas 🤐", "internal_finance"),
    ("Can't go into details but our head won't be running the school from now on.", "internal_finance"),
    ("The trust is cutting all the support staff contracts to term time only, none of them know yet.",
     "internal_finance"),
    ("The diocese is planning to close our school in 2028, but it's under wraps.", "internal_finance"),
    ("The Year 8 lad excluded after the fight yesterday won't be back.", "exclusion"),
    ("One of my Year 10s got suspended for a week after the fire alarm prank.", "exclusion"),
    ("The girl who brought the knife in has been transferred to another school.", "exclusion"),
    ("Three of our families are known to children's services now.", "safeguarding_case"),
    ("Inspection finished. Areas for development in attendance, keep it between us until the report.",
     "unpublished_inspection"),
    ("Apparently the Year 2 phonics papers were 'tweaked' before they went in.", "exam_irregularity"),
    ("A Year 5 girl told me today her step-dad kicked her, passed it straight to the DSL.", "safeguarding_case"),
    ("Between us, £8k has gone missing from the PTA float at ours.", "internal_finance"),
    ("Not announced yet but we're joining a new trust in April.", "internal_finance"),
    ("Our KS2 predictions are grim and the head wants it kept quiet.", "unpublished_results"),
    ("Our deputy is off at home while the investigation carries on.", "staff_discipline"),
    ("Ofqual are now involved after the A level paper mix-up at ours.", "exam_irregularity"),
]

CONFIDENTIAL_PASSES = [
    "Big changes coming to our garden this spring: a pond!",
    "Let's just say the Year 3 slime experiment got messy 😂",
    "Guess who's back from maternity leave! So happy to see her.",
    "Guess which team won the staff quiz? Year 4!",
    "HR are involved in interviewing for the new deputy, exciting times.",
    "The council is planning to close the road outside school on Saturday for the parade.",
    "The boy who scored the winner has been moved to the A team.",
    "Excluded from the pub quiz for good after we won three years running 😂",
    "Our school is open to new families for tours every Tuesday.",
    "Her dad hits them for six every Sunday at cricket.",
    "Can't go into details but my husband won't be handling the cooking any more 😂",
    "My little brother beat me at chess again, his dad taught him well.",
    "My purse went missing from the gym locker, £20 gone. Gutted.",
    "Joining a new gym in January, wish me luck.",
    "My kids felt excluded at the party today, kids can be cruel.",
    "The M6 is off while the investigation into the crash goes on.",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


#: Look-alikes for the detectors' own shapes that the meaning classifier (a second reader,
#: retrained from these sets later) may still flag: secrecy beside a change that is not the
#: school's ("big changes coming for the maths department" needs a workplace object), and a
#: hobby's teacher, who is not a colleague. These check the detectors, not the classifier.
DETECTOR_PASSES = [
    ("Can't say much yet but big changes coming to my YouTube channel!", "confidential"),
    ("Between us, big changes coming at home: we're getting a puppy 🐶", "confidential"),
    ("The driving instructor was useless, three lessons and still no roundabouts.", "reputation"),
]


@pytest.mark.parametrize("text,category", DETECTOR_PASSES)
def test_detector_look_alike_passes(engine, text, category):
    hits = [f for f in judge(engine, text).findings if f.category == category and f.signal != "classifier"]
    assert hits == []

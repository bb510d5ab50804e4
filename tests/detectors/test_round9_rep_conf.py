"""Phrasing families the ninth probe of reputation and confidential (tests/heldout/round9rc-*)
found missing, and their look-alikes. The sentences here are new: none is a probe case.

Reputation: veiled criticism in "lessons learned" posts (a leader "who mistook fear for
respect", who "only turns up when the cameras are there", who "punishes honesty", "don't be
surprised when your best teachers leave"), "hopelessly out of his depth", consultation ignored
("asked for our views and went ahead anyway", "might as well talk to a brick wall", interviews
"a formality"), "never sets foot in" a classroom, praise withheld by ellipsis ("the kids are
great, SLT are not"), rhetorical questions ("is it too much to ask", "a meeting that could have
been an email", "... ? Our deputy, that's who"), staff told off "like we're the children",
nobody at the top who has "stood in a classroom", clueless in dialect ("disnae have a clue",
"hasn't a clue"), Scots "heidie", kept late ("kept us back till seven again"); and from the
spot checks "not fit to run", "about as much use as a chocolate fireguard", "run on fear",
"since when was she ...", "no more PPA" at "the last minute", "how many more ... before
management notice", "couldn't chair a pub quiz", "total mince", "no one consulted the staff";
and a leadership
word followed by "there" after a place that is not the school is not the school's; people a
verdict is made on behalf of ("the kids who pay the price deserve better") or kept safe ("away
from our children") are not its target; a verdict used as an adjective on a thing in a clause of
its own ("..., the disgusting recipes in ... had them howling") is not a verdict on the target.
Confidential: a colleague's tribunal ("her tribunal against the academy is listed"), an
exclusion counted ("his third exclusion", "sent home for the rest of the week"), conversion or
trust talks, secrecy said as "don't spread it", "they don't know.", "feel awful knowing",
inspectors' verbal feedback, results seen early ("a sneaky peek at the provisional GCSE
results"), a parent's complaint taken further; and from the spot checks a colleague "going
through capability", a takeover "in talks", moderation that "marked us down", a school team cut
"to one person", misconduct "hushed up", "not for sharing", "forty grand over budget"; and
"spread it" is not "read it" (a published report).
"""
import pytest

from tests.detectors.meaning import assert_fires, assert_not_fires, engine, judge  # noqa: F401 (engine is a fixture)

SCHOOL, COLLEAGUE, PUPILS = "disparages_school", "disparages_colleague", "disparages_pupils_or_parents"

REPUTATION_FIRES = [
    ("Five years under a headteacher who mistook fear for respect taught me what not to do.", SCHOOL),
    ("Our CEO only turns up at the academies when the cameras are there.", SCHOOL),
    ("Brookfield has a leadership team that punishes honesty, so nobody tells them anything.", SCHOOL),
    ("If SLT keep this up, don't be surprised when your best teachers leave.", SCHOOL),
    ("Our new SENCo is hopelessly out of her depth with the annual reviews.", COLLEAGUE),
    ("Management asked for our views on the new timetable and went ahead regardless.", SCHOOL),
    ("Raised it with SLT three times. Might as well talk to a brick wall.", SCHOOL),
    ("Governors say the consultation is open but the consultation is just a formality.", SCHOOL),
    ("Our principal never sets foot in the science block.", SCHOOL),
    ("The children at Brookfield are wonderful, the leadership are not.", SCHOOL),
    ("Is it too much to ask that our governors read the papers before the meeting?", SCHOOL),
    ("Ninety minutes after school with the head for a meeting that could have been an email.", SCHOOL),
    ("Who cancels PPA for a learning walk in mock week? Our deputy, that's who.", SCHOOL),
    ("The head at work was in a foul mood. Spoke to us all in briefing like we're naughty children.", SCHOOL),
    ("Nobody in charge at this trust has stood in a classroom since they were promoted.", SCHOOL),
    ("oor heidie disnae have a clue whit goes on in the dinner hall", SCHOOL),
    ("The deputy hasn't a clue about the new behaviour system.", SCHOOL),
    ("SLT kept us back till seven again for data drops.", "grievance"),
    # Second spot check's families.
    ("Our assistant head isn't fit to run a tuck shop, never mind behaviour.", COLLEAGUE),
    ("The new deputy is about as much use as a chocolate fireguard.", COLLEAGUE),
    ("Brookfield is run on fear and spreadsheets these days.", SCHOOL),
    ("Who signs off the trips now? The office manager. Since when was she in charge of the curriculum", SCHOOL),
    # Third spot check's families.
    ("How many more twilight sessions before management notice we're exhausted?", SCHOOL),
    ("Our principal couldn't chair a pub quiz.", SCHOOL),
    ("The trust's new marking policy is total mince.", SCHOOL),
    ("SLT changed the report format again and no one consulted the staff.", SCHOOL),
    # The people a verdict is on behalf of are not its target, but a leader named there is.
    ("Shameful how our SLT treat the TAs, and the kids are the ones who suffer.", SCHOOL),
    ("The way the head speaks to the TAs is vile, and my kids see it every day.", SCHOOL),
    ("Our SLT, the useless lot, cancelled PPA again.", SCHOOL),
    ("Parents at Brookfield, honestly, the vile comments at the gate are too much.", PUPILS),
    ("Found out at the last minute that I'm covering Year 10 with no more PPA this half term.", "grievance"),
]

REPUTATION_PASSES = [
    "Five years of running taught me I had mistaken speed for fitness.",
    "The photographer only turns up when the sun is out, apparently 😂",
    "Don't be surprised when your sourdough starter dies in January.",
    "I was completely out of my depth at the climbing wall today.",
    "Asked the kids for feedback on the trip and they loved it.",
    "The survey is just for show at the dog club, nobody reads it.",
    "The children at Brookfield are wonderful, and the leadership are too.",
    "Is it too much to ask for one dry day at the weekend?",
    "Who makes the best cup of tea in the staffroom? Our caretaker, that's who ☕",
    "Our heidie read the whole of The Gruffalo in a Scottish accent. Magic.",
    "Kept us back till seven at the garden centre, the queue for Santa was huge 🎅",
    "I'm not fit to run a 5k after all the mince pies.",
    "This umbrella is about as much use as a chocolate teapot in this wind.",
    "Since when was it pitch dark at half four? 😩",
    "How many more sleeps before Christmas? 🎄",
    "The chippy's curry sauce is pure mince tonight.",
    "Year 2 are doing Roald Dahl this term, the disgusting recipes in George's Marvellous Medicine had them howling.",
    "Watched the news tonight, absolutely vile, keep that hatred away from our children.",
    "Frankly the cuts to free school meals are disgraceful, and the kids who pay the price deserve so much better.",
]


@pytest.mark.parametrize("text,signal", REPUTATION_FIRES)
def test_reputation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "reputation", signal)


@pytest.mark.parametrize("text", REPUTATION_PASSES)
def test_reputation_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "reputation")


CONFIDENTIAL_FIRES = [
    ("A colleague's tribunal against the academy is listed for the spring.", "staff_discipline"),
    ("That's her third exclusion since September, the Year 8 girl from the fire alarm.", "exclusion"),
    ("Year 3 lad sent home for the rest of the week after biting a dinner lady.", "exclusion"),
    ("The governors are in discussions about joining a bigger trust next year. Nothing's out yet.",
     "internal_finance"),
    ("Two of the office posts are being cut in January. Don't share this.", "internal_finance"),
    ("Restructure letters go to the site team next week. They don't know.", "internal_finance"),
    ("HMI gave their verbal feedback to the head and it sounds like requires improvement.",
     "unpublished_inspection"),
    ("Had a sneaky peek at the provisional GCSE results, maths is up 8 points!", "unpublished_results"),
    ("A mum's made a formal complaint about my marking and it's gone to the governors.", "parent_complaint"),
    # Second spot check's families.
    ("One of our TAs is going through capability, it's all very grim.", "staff_discipline"),
    ("The trust is in talks to take over two more primaries. Not public yet.", "internal_finance"),
    ("KS1 moderation came back today and they've marked us down on reading. Nobody knows yet.",
     "unpublished_results"),
    ("Pastoral's being cut to one person from January.", "internal_finance"),
    ("A dad has threatened to take us to court over the trip refund. The head is involved.", "parent_complaint"),
    # Third spot check's families.
    ("One of the deputies was caught drinking on the ski trip and they hushed it up.", "staff_discipline"),
    ("Mock results went to governors tonight. Not for sharing.", "unpublished_results"),
    ("We're forty grand over budget and the head is panicking.", "internal_finance"),
]

CONFIDENTIAL_PASSES = [
    "Watching a documentary about an employment tribunal in the 1970s, fascinating.",
    "The exclusion zone round the bonfire is five metres, please keep back.",
    "Provisional national results are out today and the DfE says maths is up nationally.",
    "Parents complained about the car park again. Can't blame them, it's tiny.",
    "Complaints training this afternoon: how to handle a formal complaint well.",
    "Our inspection report has been published - go and read it on the website!",
    "The kids don't know what's coming: a surprise visit from the fire brigade 🚒",
    "Our school converted to an academy years ago and it's been good for us.",
    "The neighbours threatened to take us to court over the hedge 🙄 Meeting with the council next week.",
    "Useful moderation training today on the new writing framework.",
    "The cake stall went forty quid over budget on sprinkles 😂",
    "Not for sharing: my nan's secret trifle recipe.",
]


@pytest.mark.parametrize("text,signal", CONFIDENTIAL_FIRES)
def test_confidential_shape_fires(engine, text, signal):
    assert_fires(engine, text, "confidential", signal)


@pytest.mark.parametrize("text", CONFIDENTIAL_PASSES)
def test_confidential_look_alike_passes(engine, text):
    assert_not_fires(engine, text, "confidential")


#: Look-alikes for the detectors' own shapes that the meaning classifier (a second reader,
#: retrained from these sets later) may still flag: a leadership word followed by "there"
#: after a place that is not the school. These check the detectors, not the classifier.
DETECTOR_PASSES = [
    ("Waited forty minutes for a table at that hotel bar. Management there clearly couldn't organise a queue.",
     "reputation"),
]


@pytest.mark.parametrize("text,category", DETECTOR_PASSES)
def test_detector_look_alike_passes(engine, text, category):
    hits = [f for f in judge(engine, text).findings if f.category == category and f.signal != "classifier"]
    assert hits == []

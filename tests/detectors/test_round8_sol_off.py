"""Phrasing families the eighth probe of solicitation and offensive (tests/heldout/round8so-*)
found missing or misread, and their look-alikes. The sentences here are new: none is a probe case.

Offensive: threats put mildly (rough justice wished on "that lot" beside a warning, "paid you a
little visit" beside "we know who you are", "you won't like what happens when we find you",
"wouldn't want to be you walking home"); gender identity denied ("a man in a dress is still a
man", a pronoun refused in quotes); "when did this stop being our country"; a generation wished
gone; disability said to be faked or a diagnosis dismissed as bad parenting; a pregnancy held
against a hire ("asking at interview"); refusing work with "stop hiring" or "a married mum";
a group as a joke's butt ("how many X does it take"); group words and verdicts not listed before
(a new mosque's "crime problem", LGBT and 'rainbow' teachers with a "hidden agenda", OAPs,
same-sex marriage "an abomination", orientation denied, "aren't built for", a verdict after a
colon, money "sent home"); sexual remarks (a body "built for sin", "I'd let him ruin me" with an
innuendo marker, clothes remarked on beside one); harassment by persistence without a subject
("Will keep posting till she owns up") or as "not stopping till". Slurs quoted as the subject of
a lesson ("words like 'X' and 'Y'", "calling someone 'X'") are mentioned, not used.
Solicitation: lessons offered through a contact ("DM me if your little ones need..."),
money-making pitches, a relative's or colleague's new business, a product "out now" with its
seller's lines, sale wording ("going cheap", "£N the lot"), monthly fees and taster sessions,
"tell him Mr X sent you", "message the page"; petitions on a named site or "it takes two minutes
to stop"; urging families to vote for a party, and an organisation's endorsement; faith
"found out about", invitations ("would love to see you there", "welcomes you") with the place in
the sentence before, faith taught to children at a church club; a personal cause with an ask,
crowdfunding pages in the poster's bio, businesses asked to sponsor a private club; and a
school's name before "families" or "teacher" as an audience, not a school event.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    # threats put mildly
    ("They've been told a hundred times. Somebody needs to sort those lads out good and proper.", "threat"),
    ("We know where you drink. Time we paid you a friendly visit 👊", "threat"),
    ("Keep it up and you won't like what happens when I catch you.", "threat"),
    ("Wouldn't want to be him walking home after what he said tonight.", "threat"),
    ("Next time he's in I'll give him a hiding he won't forget", "threat"),
    # gender reassignment, race, age
    ("A bloke in a wig is still a bloke, whatever the form says.", "discriminatory"),
    ("I refuse to use his new pronouns.", "discriminatory"),
    ("Queue at the post office and nobody speaking English. When did this stop being my town?", "discriminatory"),
    ("Roll on the day the boomers are gone and we can afford a house.", "discriminatory"),
    ("OAPs at the self-checkout are hopeless. Useless, the lot of them", "discriminatory"),
    # disability
    ("Blue badge holders, honestly, most of them could walk fine if the car park was full.", "discriminatory"),
    ("Dyslexia is just a fancy label for kids who won't read.", "discriminatory"),
    # pregnancy, marriage, sex
    ("Third maternity cover this year. From now on we'll be asking about family plans at interview.",
     "discriminatory"),
    ("Honestly we should stop recruiting older women for the front desk.", "discriminatory"),
    ("I'd never appoint a single mum to a leadership post.", "discriminatory"),
    # jokes and coded generalisations
    ("How many Scots does it take to pay for a round? Nobody knows, it's never happened", "discriminatory"),
    ("Every city with new mosques has a crime problem, funny that.", "discriminatory"),
    ("LGBT teachers in primaries. Ask yourself what the hidden agenda is.", "discriminatory"),
    ("Bisexual women just haven't met the right man yet.", "discriminatory"),
    ("Gay marriage is an abomination and always will be.", "discriminatory"),
    ("Catholics in the staffroom: smug, the lot of them", "discriminatory"),
    # sexual remarks
    ("That new receptionist has a figure built for the bedroom", "sexual"),
    ("I'd let her destroy me 🥵", "sexual"),
    ("Mr P wearing those tight trousers again 😈", "sexual"),
    # harassment by persistence
    ("Will keep messaging till he apologises.", "abuse"),
    ("I'm not stopping till she resigns.", "abuse"),
]

OFFENSIVE_PASSES = [
    "Year 9 assembly: we looked at terms like 'slag' and 'retard' and why they hurt.",
    "Someone should sort that lot out, the stock cupboard is a disgrace",
    "Be good and Santa might pay you a little visit!",
    "When that generation is gone, who will remember the war?",
    "Gave Year 5 a science lesson they won't forget!",
    "Half of them could walk fine by the end of the hike, the rest needed carrying",
    "ADHD isn't bad parenting, it's how a brain is wired.",
    "How many teachers does it take to change a lightbulb? None, the TA does it",
    "Stop promoting women's football as a novelty, it's brilliant",
    "My sister's same-sex marriage was the best wedding I've been to",
    "Pregnant at my interview and they still hired me. Best boss ever.",
    "Refugees: the problem isn't them, it's the system that fails them",
    "Autism is made up of so many different traits, no two children alike",
    "Please send the kids who are just naughty to the office, not the ones with a note",
    "Someone needs to sort him out properly, he's been sick all night",
    "Me in that dress at prom 😈 throwback Thursday",
    "Blaming ADHD on bad parenting is lazy and wrong",
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
    ("Message me if your kids need extra help with spellings this half term, small groups only", "commercial"),
    ("Want to know how I earn an extra £300 a month from my sofa? Ask me!", "commercial"),
    ("Fancy making some money around the school run? Inbox me", "commercial"),
    ("Comment 'INFO' and I'll send you the details 💸", "commercial"),
    ("My auntie has just opened a dog grooming salon in town, give her a follow!", "commercial"),
    ("My debut novel is out now! Perfect stocking filler, link in bio", "commercial"),
    ("Spare bike rack and two wetsuits going cheap, £40 the lot, DM me", "commercial"),
    ("My boxing club has room for more: £20 a month, DM for a taster session", "commercial"),
    ("Brookfield parents get 15% off at my husband's new bakery, DM me", "commercial"),
    ("It takes thirty seconds to save the library, the form is on the council site", "political"),
    ("I'd urge all of you to vote for the Lib Dems next week", "political"),
    ("Brookfield Academy proudly backs the Green Party", "political"),
    ("St Anne's welcomes you to find out more about Jesus this Sunday", "religious"),
    ("Our church runs a youth club on Fridays, with Bible stories and games. Would love to see you there!",
     "religious"),
    ("Raising funds for my dream wedding 💍 If you'd like to chip in, link below", "personal_appeal"),
    ("Donate via the GoFundMe in my bio please 🙏", "personal_appeal"),
    ("Any local companies keen to get their logo on our darts team shirts?", "personal_appeal"),
]

SOLICITATION_PASSES = [
    ("DM me if your kids want to come to the party on Saturday", False),
    ("Want to know how I made this cake? Recipe in the comments", False),
    ("My brother's garage flooded last night, what a mess", False),
    ("We encourage all parents to vote in the parent governor election", True),
    ("We support reform of the exam system, and so do most heads", False),
    ("Raising money for the school's new library, link below", True),
    ("Any local businesses fancy sponsoring our Year 6 leavers' hoodies? Contact the school office", True),
    ("Selling the car was the right call, it was £200 a month to run", False),
    ("Got my sister's plumbing firm round for a quote on the boiler, cheaper than expected", False),
    ("Message me if your child needs help with reading and I'll send you the free phonics videos", False),
    ("Want to know how I made £50 at the car boot? Sold all the kids' old toys!", False),
    ("We urge all parents to back the council's new crossing plan", True),
    ("We support every candidate for head girl this year, good luck all!", True),
    ("Any local businesses interested in sponsoring the Year 11 prom? Contact the office", True),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    # As above: the detector's signals, the classifier being retrained from these lists.
    assert signals(judge(engine, text, official=official), "solicitation") - {"classifier"} == set()

"""Phrasing families the seventh probe of solicitation and offensive (tests/heldout/round7so-*)
found missing or misread, and their look-alikes. The sentences here are new: none is a probe case.

Offensive: discriminatory generalisations without a slur for the Equality Act's characteristics
(age bands and generations, "pensioned off", "should lose the vote"; disabled people named by an
aid or a claim; civil partnerships; men as a group; pregnancy as "a liability"; traits such as
"greedy", "sneaky", "mentally ill", "predators", "robots"; "far too emotional"; "they're all ..."
after a group; "can't trust any of them" in a later sentence; worship places as "a breeding
ground"; work-shy tropes; people by the "boatload"), refusing work to a protected group, coded
contempt (echo brackets, a winked "special"), threats as consequences (a straw for any meal, "see
if you're still standing", harm as the price of "one more time"), harassment by persistence
("I'll keep messaging until you answer"), picturing a person sexually, phonetic swearing ("ph"
for "f"), and "go back where you came from" quoted in anti-racism training (discussed, not said)
while "I'm not racist, but" stays a preface to prejudice, not a discussion of it.
Solicitation: private sales ("ono", "collection only", "selling my ... £"), canvassing for "our"
candidate, "let's win this ward", petitions without "sign" ("add your name", petition sites),
affiliate links and kickbacks, "mention X for £N off", "embrace Islam", "meet Jesus", "why not
join", an invitation "to every family", Quran circles and Messy Church as worship, and raffle
tickets the poster sells.
"""
import pytest

from tests.conftest import make_post, signals
from tests.detectors.meaning import assert_fires, engine, judge  # noqa: F401 (engine is a fixture)


# -- offensive (the demo school) ---------------------------------------------------------------

OFFENSIVE_FIRES = [
    # age
    ("Anyone over 70 should lose the vote, they've had their turn", "discriminatory"),
    ("Staff over 60 should be pensioned off to make room for new blood", "discriminatory"),
    ("Gen Z are the laziest bunch I've ever managed", "discriminatory"),
    # disability
    ("Wheelchair users are a burden on every bus route in this city", "discriminatory"),
    ("Most people claiming to be disabled are just work-shy", "discriminatory"),
    ("Deaf people are basically robots, no personality", "discriminatory"),
    # marriage, pregnancy, sex
    ("Civil partners are a joke, it's not a proper marriage", "discriminatory"),
    ("Pregnant teachers are a liability to any department", "discriminatory"),
    ("Men are far too aggressive to work with toddlers", "discriminatory"),
    ("I would never hire a woman who's just got married, she'll be off having babies", "discriminatory"),
    ("Taking on a mum with young kids is a massive risk for a small business", "discriminatory"),
    # sexual orientation, gender reassignment, religion, race
    ("Bisexuals are greedy and can't commit to anything", "discriminatory"),
    ("Transgender people are sick in the head", "discriminatory"),
    ("Every synagogue round here is a breeding ground for trouble", "discriminatory"),
    ("Catholic priests are predators, all of them", "discriminatory"),
    ("Turkish lads are nice enough but they're all shifty", "discriminatory"),
    ("Afghans moving in on our street. Wouldn't trust one of them with my bins.", "discriminatory"),
    ("Another boatload of them landed in Kent. Send them all back.", "discriminatory"),
    ("Nigerians don't want to work, they'd rather scam", "discriminatory"),
    # "I'm not racist, but": a preface to prejudice, not a discussion of it
    ("I'm not racist, but Eastern Europeans are all on the fiddle", "discriminatory"),
    ("Not being homophobic but lesbians are just attention seekers", "discriminatory"),
    ("I'm not being racist but send them back where they came from", "discriminatory"),
    # coded
    ("Who really owns the newspapers? The (((media barons))) of course", "discriminatory"),
    ("Her son is a bit 'slow', if you know what I mean 😉", "discriminatory"),
    # threats
    ("Talk to my wife like that again and you'll be having your tea through a straw", "threat"),
    ("Call me a liar once more and see if you're still smiling", "threat"),
    ("Block my drive one more time and your windscreen gets smashed", "threat"),
    # harassment
    ("I'll keep texting until you reply, you can't ignore me forever", "abuse"),
    ("I'm going to keep showing up at your work until he admits it", "abuse"),
    # sexual
    ("Can't stop imagining her in her underwear after that meeting", "sexual"),
    ("Wonder what he'd look like without his shirt, phwoar", "sexual"),
    # masked
    ("Phucking printer jammed again", "profanity"),
]

OFFENSIVE_PASSES = [
    "Our whole department is over 50 and we still win the staff quiz every year",
    "Teachers over 60 are the ones I go to for advice",
    "The men's team won the regional final, brilliant match",
    "Two men were fixing the roof all morning, very noisy",
    "My sister's civil partnership ceremony was the loveliest day",
    "Pregnant and still doing bus duty, send biscuits",
    "Polish kids in Year 7 are so confused by the new timetable, as are we all",
    "Refugees from Sudan are entitled to free school meals, the form is on the website",
    "I'll keep practising until I get it right",
    "I'll keep ringing the surgery until they answer, this is ridiculous",
    "I'll keep sharing the poster until they find the dog",
    "Picture her in her graduation gown, so proud of my niece",
    "Bent over the sink all morning fixing the tap",
    "What I'd give for a lie-in",
    "Our speaker tonight unpicked why 'go back to your own country' is a racist phrase",
    "My phone died, my phonics session ran over, what a day",
    "He's a bit slow off the mark in the mornings, aren't we all",
    "Every church in the village rang its bells for the coronation",
]


@pytest.mark.parametrize("text,signal", OFFENSIVE_FIRES)
def test_offensive_shape_fires(demo_engine, text, signal):
    assert signal in signals(demo_engine.check(make_post(text)), "offensive")


@pytest.mark.parametrize("text", OFFENSIVE_PASSES)
def test_offensive_look_alike_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


# -- solicitation (Brookfield Academy, fixtures_meaning/) --------------------------------------

SOLICITATION_FIRES = [
    ("Kids' trampoline, hardly used, £45 ono. DM me", "commercial"),
    ("Selling our old sofa bed, £90, collection only from Leeds", "commercial"),
    ("Leafleting for our local councillor tonight, grab a bundle at the pub", "political"),
    ("One more push everyone, let's win this seat!", "political"),
    ("Add your signature to stop the hospital closing, link below", "political"),
    ("Please read and share: change.org/p/keep-the-library-open", "political"),
    ("My favourite hiking boots, 30% off through my affiliate link", "commercial"),
    ("Love this cookbook. If you buy it we get a small commission, just so you know", "commercial"),
    ("My cousin's garage does MOTs. Mention Brookfield for 10% off", "commercial"),
    ("Open your heart and embrace Christianity this Easter", "religious"),
    ("Come and meet Jesus at our Sunday service", "religious"),
    ("Why not join our prayer circle at the chapel on Wednesday evenings?", "religious"),
    ("Tombola tickets £1 a strip for the dogs' home, message me for some", "personal_appeal"),
]

SOLICITATION_PASSES = [
    ("Got a bargain coffee table at the car boot, £12", False),
    ("Selling the house was the hardest thing we've done", False),
    ("Add your name to the sign-up sheet for the staff Christmas meal", False),
    ("Our councillor came to see the new library today", False),
    ("Let's win this match, come on Brookfield!", True),
    ("Watched a documentary on how change.org petitions started", False),
    ("Meet the team: our new office staff start on Monday", True),
    ("Bought raffle tickets at the school fair, won a hamper!", False),
]


@pytest.mark.parametrize("text,signal", SOLICITATION_FIRES)
def test_solicitation_shape_fires(engine, text, signal):
    assert_fires(engine, text, "solicitation", signal)


@pytest.mark.parametrize("text,official", SOLICITATION_PASSES)
def test_solicitation_look_alike_passes(engine, text, official):
    assert "solicitation" not in {f.category for f in judge(engine, text, official=official).findings}

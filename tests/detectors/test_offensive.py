"""offensive on the demo school: profanity in any disguise, abuse, threats, sexual content and
discriminatory generalisations fire; place names, mild British words and discussions of
prejudice do not."""
import pytest

from policies.detectors.offensive import GROUPS_FILE, WORDS_FILE, sections
from tests.conftest import make_post, signals

FIRES = [
    ("Shut up you absolute f***ing moron, nobody asked for your opinion", "profanity"),
    ("That was fucking brilliant, well done everyone", "profanity"),
    ("What the f*ck is this weather", "profanity"),
    ("F**k this, I'm off home", "profanity"),
    ("Absolute sh1t show at parents evening", "profanity"),
    ("Such a sh!t day", "profanity"),
    ("These c***s never listen", "profanity"),
    ("f u c k this marking", "profanity"),
    ("Shiiiiit forgot the register", "profanity"),
    ("Bollocks to Mondays", "profanity"),
    ("Parents who park on the zig-zags at pick-up are selfish pricks. Every single day.", "abuse"),
    ("You're a pathetic little man and everyone at that meeting knows it.", "abuse"),
    ("Mrs Grant is an absolute moron", "abuse"),
    ("Parents who let their kids run riot are idiots", "abuse"),
    ("Shut up you muppet", "abuse"),
    ("You absolute clown, read the newsletter", "abuse"),
    ("b!tch please", "abuse"),
    ("Nobody likes you, drop dead", "abuse"),
    ("Report me to HR again and I'll make your life hell.", "threat"),
    ("I know where you live.", "threat"),
    ("I'll smash your face in", "threat"),
    ("I'll make sure you never work in a school again", "threat"),
    ("Watch your back", "threat"),
    ("Someone should punch him", "threat"),
    ("You'll regret this", "threat"),
    ("That man deserves a good slap", "threat"),
    ("Another lot of Polish kids starting after Christmas. They never bother learning English.",
     "discriminatory"),
    ("Gypsies ruin every town they move into. Lock up your stuff, lads.", "discriminatory"),
    ("Romanians are all thieves", "discriminatory"),
    ("Muslims are terrorists, simple as", "discriminatory"),
    ("Women can't lead, never have", "discriminatory"),
    ("Old people shouldn't be allowed to drive", "discriminatory"),
    ("Immigrants are taking over this town", "discriminatory"),
    ("Gay teachers shouldn't be allowed near kids", "discriminatory"),
    ("Disabled kids are a drain on the school", "discriminatory"),
    ("Autistic kids are just badly behaved", "discriminatory"),
    ("Pakis everywhere round here now", "discriminatory"),
    ("Don't be such a retard about it", "discriminatory"),
    ("Send nudes lol", "sexual"),
    ("Check out my OnlyFans", "sexual"),
]

PASSES = [
    "Bloody freezing on playground duty today. Three pairs of socks next time",
    "Dammit, left my lanyard at home again. Third time this week.",
    "What a crap day, roll on Friday",
    "Pants weather for sports day",
    "Stuck on the M180 near Scunthorpe again, then Penistone Road was gridlocked",
    "Weekend in Cockermouth and Middlesbrough, then Essex and Sussex",
    "Assassin's Creed marathon and some classic films tonight",
    "Booked a therapist appointment, self-care matters",
    "Off to Shitterton in Dorset, yes it's a real place",
    "Blue tits and great tits on the feeder this morning",
    "I'm such an idiot, forgot my keys again",
    "We were total muppets at the quiz last night",
    "Polish families are so welcome here, our EAL team is brilliant",
    "Great assembly on challenging the stereotype that girls can't do maths",
    "Women's football team are through to the final!",
    "Refugees welcome. Racism is not welcome here.",
    "Muslim pupils will be fasting for Ramadan, please be mindful at lunch",
    "Our Polish kids did a brilliant presentation on Wigilia",
    "The disabled toilet is filthy again, can someone call the caretaker",
    "Travellers on the M62 were stuck for hours",
    "A whale is an animal, not a fish: Year 4 science today",
    "The hall is a waste of space until they fix the roof",
    "I'll get you a coffee on the way in",
    "I'll kill for a cup of tea right now",
    "You're dead right about the timetable",
    "You better watch out, Santa's coming to the Christmas fair!",
    "5* service at the Fox & Hounds tonight",
    "*sigh* another Monday",
    "Little prick, said the nurse at my flu jab",
    "There's a chink of light at the end of the term",
    "The Idiot's Guide to Ofsted is a great read",
    "Y6 smashed their 2nd mock, KS2 SATs next",
    "Marking 30 books, 4 to go. Send coffee.",
    "Polish the trophies before the cabinet goes up",
    "",
]


@pytest.mark.parametrize(("text", "signal"), FIRES)
def test_offensive_language_fires(demo_engine, text, signal):
    verdict = demo_engine.check(make_post(text))
    assert signal in signals(verdict, "offensive")
    # upland-primary warns on personal accounts (other categories may decide more strictly)
    assert {str(f.decision) for f in verdict.findings if f.category == "offensive"} == {"warn"}


@pytest.mark.parametrize("text", PASSES)
def test_ordinary_language_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "offensive") == set()


def test_official_account_is_blocked(demo_engine):
    verdict = demo_engine.check(make_post("Go f*** yourself", handle="@HollinsParkPri",
                                          user="s.office"))
    assert signals(verdict, "offensive") == {"profanity"}
    assert verdict.decision == "block"


def test_disguised_word_explains_what_it_reads_as(demo_engine):
    text = "Absolute sh1t show"
    finding = next(f for f in demo_engine.check(make_post(text)).findings
                   if f.category == "offensive")
    assert finding.evidence == "sh1t"
    assert text[slice(*finding.span)] == "sh1t"
    assert "'shit'" in finding.explanation[0]


@pytest.mark.parametrize("path", [WORDS_FILE, GROUPS_FILE])
def test_word_lists_load_lower_case_and_unique(path):
    for name, entries in sections(path).items():
        assert entries, name
        assert all(e == e.lower().strip() for e in entries), name
        assert len(set(entries)) == len(entries), name

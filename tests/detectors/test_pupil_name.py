"""pupil_name on the demo school: written forms that must match, look-alikes that must not."""
import pytest

from tests.conftest import categories, make_post

PERSONAL_FIRES = [
    "amelie dubois did brilliantly in the spelling test",
    "AMÉLIE DUBOIS YOU STAR",
    "Amélie Dubois's poem made me cry",
    "Jessica O’Brien’s mum baked for the staffroom",
    "Jess OBrien was a superstar in the nativity",
    "Jess O Brien read to the whole school",
    "Huge well done #AmelieDubois",
    "Harrison Lee Wong scored twice",
    "Harry Lee-Wong won the chess club trophy",
    "#HarrisonLeeWong legend",
    "Amélie\nDubois read her story aloud",
    "Amélie    Dubois read her story aloud",
    "Amé\u200blie Dubois won the art prize",
    "\u0410melie Dub\u043eis won the art prize",  # Cyrillic A and o
    "Kacper Zielinski lost his first tooth at school today",
    "Tereza Novakova is in the choir",
    "Dubois, Amélie: late again this week",
    "Seun in my class asked whether the moon follows our car",
    "Dawid from Year 5 built a volcano",
    "Grace in Year 3 read beautifully today",
    "so proud of my pupil Ibrahim today",
    "Ibrahim's EHCP review is finally booked",
    "Oluwaseun Bakare aced his times tables",
    # Round 5: a form code in capitals ("in 4T"), and a word-name pupil's possessive before
    # an acronym (not a place such as "King's Cross").
    "Faith in 4T has been off all week",
    "Grace Thompson's EHCP review is on Monday",
]

PERSONAL_PASSES = [
    "Hope you have a good weekend",
    "Summer term can't come soon enough",
    "By the grace of God we survived parents' evening",
    "Will Year 6 ever stop talking about the residential?",
    "poppy seeds everywhere after the school bake sale",
    "Amélie Duboisson is my favourite author",
    "My daughter Leila starts school on Monday!",
    "Keep the faith, school run done",
    "Ibrahim at the garage fixed my car today",
    "Grace and Faith are two of my favourite hymns",
    "Ruby on Rails is great for the coding club",
    "Harrison Ford was brilliant in that film",
    "Faith in 7h of sleep is all I need",
    "",
]

OFFICIAL_FIRES = [
    "Congratulations to Benjamin Okonkwo on winning the chess final!",
    "Dawid from Year 5 built a working lighthouse",
    "Kacper in Year 1 read his first book",
    "Dawid from Level 2 Construction laid his first brick wall",
]

OFFICIAL_PASSES = [
    "Well done to Ben O. and Amélie D. for their science projects!",
    "Amélie Dubois wins the county art prize!",
    "Our Year 6 choir sang beautifully at the care home today",
    "Star writer of the week: Leila A.!",
]


@pytest.mark.parametrize("text", PERSONAL_FIRES)
def test_personal_account_fires(demo_engine, text):
    assert "pupil_name" in categories(demo_engine.check(make_post(text)))


@pytest.mark.parametrize("text", PERSONAL_PASSES)
def test_personal_account_passes(demo_engine, text):
    assert "pupil_name" not in categories(demo_engine.check(make_post(text)))


@pytest.mark.parametrize("text", OFFICIAL_FIRES)
def test_official_account_beyond_consent_fires(demo_engine, text):
    verdict = demo_engine.check(make_post(text, handle="@HollinsParkPri", user="s.office"))
    assert "pupil_name" in categories(verdict)
    assert verdict.decision == "block"


@pytest.mark.parametrize("text", OFFICIAL_PASSES)
def test_official_account_within_consent_passes(demo_engine, text):
    verdict = demo_engine.check(make_post(text, handle="@hollinsparkpri", user="s.office"))
    assert "pupil_name" not in categories(verdict)


def test_finding_points_at_what_was_written(demo_engine):
    text = "Well done Amé\u200blie  DUBOIS!"
    finding = next(f for f in demo_engine.check(make_post(text)).findings
                   if f.category == "pupil_name")
    start, end = finding.span
    assert text[start:end] == "Amé\u200blie  DUBOIS"
    assert finding.evidence == "Amé\u200blie  DUBOIS"
    assert "Amélie Dubois" in finding.message
    assert finding.clause.startswith("Upland Primary School Social Media Policy")


def test_large_roster_matches_without_prefix_hits(tmp_path):
    """5,000 pupils: the matcher still finds whole names only."""
    from policies.schooldata.roster import NameConsent, Pupil
    from policies.text.normalize import normalize
    from policies.text.roster_matcher import Form, RosterMatcher
    from policies.text.tokens import tokenize

    pupils = [Pupil(f"Child{i}", f"Family{i}", None, "Year 3", None, True, NameConsent.FULL, ())
              for i in range(5000)]
    pupils.append(Pupil("Oliver", "Brown", None, "Year 4", None, True, NameConsent.FULL, ()))
    matcher = RosterMatcher(pupils)
    found = matcher.find(tokenize(normalize("Oliver Brownlee met Child4999 Family4999 today")))
    full = [m for m in found if m.form is Form.FULL]
    assert [m.pupil.last_name for m in full] == ["Family4999"]

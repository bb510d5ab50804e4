"""personal_data on the demo school: someone else's details fire; dates, prices, the school's
own contact details and the poster's own news do not."""
import pytest

from policies.detectors.personal_data import nhs_number_valid, upn_check_letter
from tests.conftest import make_post, signals

OFFICIAL = "@HollinsParkPri"

FIRES = [
    ("Can someone text Ben's dad? His number is 07700 900123", "phone"),
    ("Has anyone heard from Marcus? His mobile is 07700 900461 but he's not answering", "phone"),
    ("Call Mrs Grant on +44 7700 900 555 if you need her tonight", "phone"),
    ("Her landline is (0113) 496 0123, ring after six", "phone"),
    ("Amélie's mum's number: 07700900999", "phone"),
    ("Tell him to ring his mum, she's on 0770-090-0314", "phone"),
    ("Lola's personal email is lola.nwosu@example.co.uk if anyone wants to book her", "email"),
    ("Send Sam's details to sam.hughes.home@gmail.com", "email"),
    ("Lost coat: can anyone drop it round to 14 Larch Grove, LS13 2PT?", "address"),
    ("Chloé's new address is 22 Birch Avenue, Leeds LS6 3QT", "address"),
    ("Harry lives at Flat 2, 9 Elm Road, just off the ring road", "address"),
    ("Her postcode is BD7 1DP if you're sending a card", "address"),
    ("Happy 11th birthday to the wonderful Amélie Dubois (14.03.2015)!", "date_of_birth"),
    ("Ben Okonkwo, DOB 02/07/2015, Year 6", "date_of_birth"),
    ("Happy birthday Dawid! Born 30th May 2016 and already running the class", "date_of_birth"),
    ("Jess O'Brien (born 12 January 2019) starts with us next week", "date_of_birth"),
    ("Eilidh MacDonald, 11/02/2017, please add her to the swimming list", "date_of_birth"),
    ("NI number for the new TA: AB 12 34 56 C, can someone add it to payroll", "ni_number"),
    ("Ibrahim's UPN is A123456789012 apparently", "upn"),
    ("Copying this across: H801200001001", "upn"),
    ("His NHS number is 943 476 5919 if the nurse asks", "nhs_number"),
    ("Tomasz in my class has finally been diagnosed with ADHD", "health_or_sen"),
    ("Grace has been diagnosed with dyslexia, finally", "health_or_sen"),
    ("Kacper has epilepsy so please keep an eye on him at swimming", "health_or_sen"),
    ("Faith's mum told me she's on Ritalin now", "health_or_sen"),
    ("Our TA Radek is off with depression again", "health_or_sen"),
    ("Mr Bell has been signed off with an anxiety disorder. Poor guy.", "health_or_sen"),
    ("Eilidh's EHCP finally came through!", "health_or_sen"),
    ("Anyone know if Ibrahim's back tomorrow? His mum said he's been self-harming again.",
     "health_or_sen"),
    ("Amélie's nut allergy means no cake, and she needs her EpiPen on the trip", "health_or_sen"),
    ("Jess was sectioned last night, her dad rang", "health_or_sen"),
    # Shapes added in round 5: +44 with dashes, a number said as words, an NI number with the
    # example prefix introduced as one, an injury in everyday words.
    ("Marcus's wife is on +44-7700-900-412 if there's news", "phone"),
    ("Ring Ben's mum on zero seven seven zero zero nine double zero three four one", "phone"),
    ("Payroll keep asking, so: his national insurance number is QQ 98 76 54 A", "ni_number"),
    ("Marcus broke his arm skiing, back after half term", "health_or_sen"),
    ("Sam's dad wants the photos, send them to paul dot hughes at example dot co dot uk", "email"),
    ("Ibrahim in 2B has a nut allergy, tell the dinner staff", "health_or_sen"),
]

PASSES = [
    "Exams start 12/05/2027. Revision guide: https://www.bbc.co.uk/bitesize/z6svr82 (£4.99)",
    "Christmas fair on 12/12/2026 from 2pm, tickets £3, raffle prizes galore",
    "Results day is Thursday 20 August 2026, good luck everyone",
    "Call the school office on 0113 496 0000 if your child is absent",
    "For tickets email bookings@leedsplayhouse.org.uk",
    "Text me on 07700 900461 if you're running late for the walk",
    "My number's changed, new one is 07700 900462",
    "Call 0800 1111 for Childline, any time, day or night",
    "Christmas concert at St Mary's Church Hall, 12 High Street, 6pm",
    "Parking near LS6 3QT is a nightmare on match days",
    "Year 6 won 3 Gold medals at the county games",
    "Scored 2 goals at St Mary's this weekend",
    "Train leaves at 07:45 from platform 2",
    "Population of Leeds is about 812,000 and rising",
    "My birthday is 14/02/1985 and I'm not telling you my age",
    "Autism Awareness Week starts Monday: wear blue!",
    "Great ADHD training from Dr Sarah Jones today",
    "Optician showed me my own retina scan today. Looks like a sunset!",
    "I was diagnosed with ADHD at 34 and honestly it explains everything",
    "My son has been diagnosed with autism, feeling emotional",
    "Half the class are off with norovirus this week",
    "Our EHCP process has changed, see the SEND policy on the website",
    "Phonics screening on 08/06/2027 for all Year 1s",
    "Ordered 24 glue sticks and 3 boxes of pencils for £12.50",
    "Will Year 6 ever stop talking about the residential?",
    "Room 12 is booked for the 14:30 meeting",
    "Best curry house in town, ring 0113 496 0777 to order, tell them I sent you",
    "Broken boiler again, the garage down the road is 0113 496 0555 for a courtesy car",
    "Oh seven hundred start tomorrow, oh my days",
    "",
]


@pytest.mark.parametrize("text", [
    "Maths tutor, GCSE & A level. Enquiries: 07700 900733",
    "Teacher | runner | tutor.enquiries.jw@example.com",
])
def test_own_profile_contact_details_pass(demo_engine, text):
    verdict = demo_engine.check(make_post(text, action="profile_update"))
    assert signals(verdict, "personal_data") == set()


def test_profile_naming_someone_else_still_fires(demo_engine):
    post = make_post("Kacper's mum runs the club, ring her on 07700 900734", action="profile_update")
    assert signals(demo_engine.check(post), "personal_data") == {"phone"}

OFFICIAL_PASSES = [
    "Parents' evening bookings close on Friday. Call the office on 01632 960123 or email "
    "office@hollinsparkprimary.example with any questions.",
    "Any questions? Ring us on 0113 496 0000",
    "Absence line: 0113 496 0001. Enquiries: enquiries@hollinspark.sch.uk",
    "Our new SENCo can be reached at senco@hollinsparkprimary.example",
    "Come and visit us at 14 Moor Road for our open morning!",
]


@pytest.mark.parametrize(("text", "signal"), FIRES)
def test_someone_elses_details_fire(demo_engine, text, signal):
    verdict = demo_engine.check(make_post(text))
    assert signal in signals(verdict, "personal_data")
    # upland-primary warns on personal accounts (other categories may decide more strictly)
    assert {str(f.decision) for f in verdict.findings if f.category == "personal_data"} == {"warn"}


@pytest.mark.parametrize("text", PASSES)
def test_no_personal_data_passes(demo_engine, text):
    assert signals(demo_engine.check(make_post(text)), "personal_data") == set()


@pytest.mark.parametrize("text", OFFICIAL_PASSES)
def test_schools_own_contact_details_pass_on_official_account(demo_engine, text):
    assert signals(demo_engine.check(make_post(text, handle=OFFICIAL, user="s.office")), "personal_data") == set()


def test_official_account_blocks_a_parents_mobile(demo_engine):
    post = make_post("If found, please call Ben's dad on 07700 900123", handle=OFFICIAL,
                     user="s.office")
    verdict = demo_engine.check(post)
    assert signals(verdict, "personal_data") == {"phone"}
    assert verdict.decision == "block"


def test_finding_explains_itself(demo_engine):
    text = "Kacper has been diagnosed with dyslexia, finally"
    finding = next(f for f in demo_engine.check(make_post(text)).findings
                   if f.category == "personal_data")
    assert finding.evidence == "dyslexia"
    assert text[slice(*finding.span)] == "dyslexia"
    assert "Kacper Zieliński" in finding.message
    assert any("Kacper" in line for line in finding.explanation)


@pytest.mark.parametrize(("body", "letter"), [("801200001001", "h"), ("93520601801A", "t")])
def test_upn_check_letter(body, letter):
    assert upn_check_letter(body) == letter


@pytest.mark.parametrize(("digits", "valid"), [("9434765919", True), ("9434765918", False)])
def test_nhs_number_check_digit(digits, valid):
    assert nhs_number_valid(digits) is valid

"""Shapes the sixth data probe (tests/heldout/round6d-*, make_round6_data.py) found misread,
and their look-alikes.

Precision: a pupil's full name that a famous person shares, in a post with no school cue
("Harry Kane" the footballer); a first name beside a group cue in an adults' class ("is 82",
"(74)", "Welsh for adults"); a first name that is the title of a book or film after "finished",
or "reading"; a business's landline after its own name ("... Joinery", "... Co.",
"Osei's Kitchen") or a recommendation ("best curry in the county"), even with a person near;
an order number whose first blocks look like a phone number. Recall: injuries written with
other verbs and body parts ("dislocated his shoulder"), an operation named by the organ
("having her gallbladder out"), an NI number a few words after its label, a birthday given as
an age reached on a day ("turns 16 on 9 August"), and everyday short forms (Millie for
Amelia, Tom for Tomos).
"""
import pytest

from tests.conftest import make_post, signals


# -- pupil names: famous namesakes ---------------------------------------------------------------

def test_a_famous_namesake_without_a_school_cue_is_the_famous_person(castlemead):
    # Emma Watson is a Year 8 pupil at Castlemead, and an actor.
    v = castlemead.check(make_post("Emma Watson was brilliant in that film last night"))
    assert signals(v, "pupil_name") == set()


def test_a_famous_namesake_beside_a_school_cue_is_the_pupil(castlemead):
    v = castlemead.check(make_post("Emma Watson in Year 8 got full marks on the quiz"))
    assert signals(v, "pupil_name") == {"full_name"}
    v = castlemead.check(make_post("Emma Watson smashed her maths test, so proud of my form"))
    assert signals(v, "pupil_name") == {"full_name"}


# -- pupil names: adults' classes and titles -----------------------------------------------------

ADULT_OR_TITLE_PASSES = [
    "Hope in my pottery group is 71 and throws better pots than me",
    "Night class was fun, Joy in my French group made crepes for everyone",
    "Ruby (68) in my book group chose the next read",
    "Year 5 finished Holes today, Stanley is their new hero",
    "We're reading Matilda with Year 3 this half term",
]

FIRST_NAME_STILL_FIRES = [
    "Watching Hope in the Year 7 play tonight, she was a star",
    "Hope in my Year 7 group is 11 and already reading Dickens",
    "Ruby in 8C finished the test first",
]


@pytest.mark.parametrize("text", ADULT_OR_TITLE_PASSES)
def test_adults_and_titles_are_not_pupils(castlemead, text):
    assert signals(castlemead.check(make_post(text)), "pupil_name") == set(), text


@pytest.mark.parametrize("text", FIRST_NAME_STILL_FIRES)
def test_a_pupil_age_or_plain_cue_still_fires(castlemead, text):
    assert signals(castlemead.check(make_post(text)), "pupil_name"), text


# -- pupil names: everyday short forms ------------------------------------------------------------

def test_everyday_short_forms_with_the_surname(kestrel, pennant):
    assert signals(kestrel.check(make_post("Milly Bell did a cartwheel in the hall today")), "pupil_name")
    assert signals(pennant.check(make_post("Twm Vaughan won the Eisteddfod recitation")), "pupil_name")
    assert signals(kestrel.check(make_post("Millie came round for a cuppa")), "pupil_name") == set()


# -- personal data: business numbers --------------------------------------------------------------

BUSINESS_PASSES = [
    "Brookside Joinery fitted our stairs. 0117 496 0555, ask for Dave",
    "Vale Cheese Co. on 029 2018 0777 do lovely boards",
    "Adeyemi's Kitchen on Bridge Street, ring 0113 496 0333 to book",
    "The Olive Tree, 01632 960888. Best lasagne in the county",
    "Picking the ham up from Pryor's tomorrow, they said call 0117 496 0444 if it's after five",
]

BUSINESS_LOOKALIKES_FIRE = [
    "Brookside Joinery guy Dave says his home number is 0117 496 0555 if you need him",
    "Call Dave on 0117 496 0555 about the kittens",
    "Got the pram from Sarah's mum, she said ring her on 0117 496 0444 for the cot too",
]


@pytest.mark.parametrize("text", BUSINESS_PASSES)
def test_a_business_number_after_its_name_or_a_recommendation_passes(castlemead, text):
    assert "phone" not in signals(castlemead.check(make_post(text)), "personal_data"), text


@pytest.mark.parametrize("text", BUSINESS_LOOKALIKES_FIRE)
def test_a_home_or_a_person_number_still_fires(castlemead, text):
    assert "phone" in signals(castlemead.check(make_post(text)), "personal_data"), text


def test_an_order_number_is_not_a_phone_number(castlemead):
    v = castlemead.check(make_post("Order 203-1187345-9921004 still not here"))
    assert signals(v, "personal_data") == set()
    v = castlemead.check(make_post("Her number is 0117-496-0555 if you need it"))
    assert "phone" in signals(v, "personal_data")


# -- personal data: health, NI numbers, birthdays -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jack Wood sprained her wrist... sorry, his wrist, at football",
    "Ruby Stone dislocated her knee at netball",
    "Daniel is having his appendix out next week so I'm covering",
])
def test_injuries_and_operations_about_someone_else(castlemead, text):
    assert "health_or_sen" in signals(castlemead.check(make_post(text)), "personal_data"), text


@pytest.mark.parametrize("text", [
    "Twisted my ankle at parkrun, gutted",
    "Kane out for a month with a torn hamstring",
])
def test_own_or_public_injuries_pass(castlemead, text):
    assert "health_or_sen" not in signals(castlemead.check(make_post(text)), "personal_data"), text


def test_ni_number_a_few_words_after_its_label(castlemead):
    v = castlemead.check(make_post("Dan's NI number on the new contract is wrong, should be QQ 11 22 33 A"))
    assert "ni_number" in signals(v, "personal_data")
    v = castlemead.check(make_post("NI trip booked. Ferry ref QQ 11 22 33 A"))
    assert "ni_number" not in signals(v, "personal_data")


def test_an_age_reached_on_a_day_is_a_birthday(castlemead):
    v = castlemead.check(make_post("Jack Wood turns 15 on 3 March, cake in form"))
    assert "date_of_birth" in signals(v, "personal_data")
    v = castlemead.check(make_post("The school turns 50 next year, gala on 3 March"))
    assert "date_of_birth" not in signals(v, "personal_data")

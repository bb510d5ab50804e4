"""Shapes the eighth data probe (tests/heldout/round8d-*, make_round8_data.py) found missing,
and their look-alikes, in new sentences.

School data: timetable days written in full ("Monday-Thursday"), times without a leading zero
or with dots; Arbor-style headers ("Legal First Name", "Photography Consent" as TRUE/FALSE) where
a pupil's row held "Full name" and was taken for the header; a mononymous pupil (an empty
surname, or one word in a "Surname, Forename" column) that failed the whole roster; a staff list
with one "Staff Name" column; an official account configured by its profile address. Before
the fix both probe schools' configs failed to load, so these are the most costly shapes.

Detectors: a date of birth after "d.o.b." (its full stops ended the sentence before the date),
the day as an ordinal word ("the ninth of May 2016"), a lower-case street and postcode, the
poster's own household address ("our new address"), a bare first name followed by someone
else's surname ("Jack Frost").
"""
import pytest

from policies.engine import Engine
from policies.errors import ConfigError
from policies.schooldata.roster import read_roster, read_staff
from policies.schooldata.school import handle_key
from policies.schooldata.timetable import parse_days, parse_period
from tests.conftest import make_post, signals


# -- timetable ----------------------------------------------------------------------------------

@pytest.mark.parametrize("spec, days", [
    ("mon-fri", [0, 1, 2, 3, 4]),
    ("Monday-Wednesday", [0, 1, 2]),
    ("Tuesday to Thursday", [1, 2, 3]),
    ("Tues & Thurs", [1, 3]),
    ("Mondays and Fridays", [0, 4]),
    ("Weds", [2]),
    ("weekdays", [0, 1, 2, 3, 4]),
    ("Mon – Wed", [0, 1, 2]),
])
def test_days_written_as_people_write_them(spec, days):
    assert parse_days(spec) == days


@pytest.mark.parametrize("spec", ["mon-funday", "fri-mon", "m", "someday"])
def test_days_that_are_not_days_are_still_errors(spec):
    with pytest.raises(ValueError):
        parse_days(spec)


@pytest.mark.parametrize("text", ["8:40-10:40", "08.40 - 10.40", "8:40 to 10:40", "08:40–10:40"])
def test_periods_without_a_leading_zero_or_with_dots(text):
    assert str(parse_period(text)) == "08:40-10:40"


# -- roster and staff exports ---------------------------------------------------------------

ARBOR = ("Student ID,Legal First Name,Legal Last Name,Preferred First Name,Year Group,Date of Birth,"
         "Photography Consent,Name Consent,Medical Notes,Social Media Accounts\r\n"
         'S1,Orla,Byrne,,Year 9,2012-10-03,TRUE,Full name,"Asthma, inhaler in bag","@orla.b\r\ntiktok.com/@orla_b"\r\n'
         "S2,Tariq,,Taz,Year 8,2013-04-02,FALSE,First name and last initial,,\r\n"
         "Total: 2 students,,,,,,,,,\r\n")


def test_arbor_style_export_with_a_mononymous_pupil_loads(tmp_path):
    (tmp_path / "r.csv").write_bytes(ARBOR.encode("utf-8"))
    orla, tariq = read_roster(tmp_path / "r.csv")
    assert (orla.first_name, orla.last_name, orla.photo_consent, orla.handles) == \
        ("Orla", "Byrne", True, ("@orla.b", "@orla_b"))
    assert (tariq.first_name, tariq.last_name, tariq.full_name, tariq.preferred_name, tariq.photo_consent) == \
        ("Tariq", "", "Tariq", "Taz", False)


def test_a_pupils_row_is_never_taken_for_the_header(tmp_path):
    # The header has no field the loader knows; the first pupil's consent cell says "Full name"
    # (a whole-name header). Reading that row as the header loaded consents as names.
    (tmp_path / "r.csv").write_text("Given,Family,Born,Permission\nOrla,Byrne,2012-10-03,Full name\n",
                                    encoding="utf-8")
    with pytest.raises(ConfigError, match="no column for first_name"):
        read_roster(tmp_path / "r.csv")


def test_bromcom_style_list_with_one_name_column_and_a_mononymous_pupil(tmp_path):
    text = ('\ufeffStudent Name,Known As,Year,DOB,Photo Consent,Name Consent\r\n'
            '"Byrne, Orla",,Year 3,03/10/2018,Refused,First name & initial\r\n'
            'Selam,,Year 1,02/02/2020,Y,\r\n'
            '\r\nTotal Students: 2,,,,,\r\n')
    (tmp_path / "r.csv").write_bytes(text.encode("utf-8"))
    orla, selam = read_roster(tmp_path / "r.csv")
    assert (orla.first_name, orla.last_name, orla.photo_consent, str(orla.name_consent)) == \
        ("Orla", "Byrne", False, "first_name_initial")
    assert (selam.full_name, selam.photo_consent, str(selam.name_consent)) == ("Selam", True, "none")


def test_staff_list_with_one_staff_name_column(tmp_path):
    (tmp_path / "s.csv").write_text('Staff Name,Title,Username,Role\n"Byrne, Aoife",Ms,a.byrne,Teacher\n',
                                    encoding="utf-8")
    (aoife,) = read_staff(tmp_path / "s.csv")
    assert (aoife.username, aoife.first_name, aoife.last_name) == ("a.byrne", "Aoife", "Byrne")


@pytest.mark.parametrize("written, key", [
    ("https://www.facebook.com/RiverbankAcademy/", "riverbankacademy"),
    ("instagram.com/riverbank_academy?hl=en", "riverbank_academy"),
    ("tiktok.com/@riverbank.ac", "riverbank.ac"),
    ("@RiverbankAcademy", "riverbankacademy"),
    ("u/riverbank", "riverbank"),
])
def test_profile_addresses_stand_for_their_handles(written, key):
    assert handle_key(written) == key


# -- detectors --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def school(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("round8")
    (folder / "roster.csv").write_text(
        "Legal First Name,Legal Last Name,Year Group,Date of Birth,Photography Consent,Name Consent\n"
        "Orla,Byrne,Year 9,2012-10-03,TRUE,Full name\n"
        "Jack,Pearce,Year 2,2019-05-01,TRUE,Full name\n"
        "Selam,,Year 1,2020-02-02,TRUE,Full name\n", encoding="utf-8")
    (folder / "staff.csv").write_text("username,first_name,last_name,role\nm.quinn,Maeve,Quinn,Teacher\n",
                                      encoding="utf-8")
    (folder / "s.yaml").write_text(
        "pack: upland-primary\nschool: {name: Riverbank Primary}\nroster: roster.csv\nstaff: staff.csv\n"
        "official_accounts:\n  - {platform: facebook, handle: 'https://www.facebook.com/RiverbankPrimary/'}\n",
        encoding="utf-8")
    return Engine.from_config(folder / "s.yaml")


def test_the_official_page_configured_by_its_address_is_official(school):
    v = school.check(make_post("Orla Byrne in Year 9 won the county art prize!", platform="facebook",
                               handle="@RiverbankPrimary"))
    assert signals(v, "pupil_name") == set()   # full name consent, on the official page
    v = school.check(make_post("Orla Byrne in Year 9 won the county art prize!", platform="facebook"))
    assert signals(v, "pupil_name")


def test_a_mononymous_pupil_is_named_by_first_name_in_a_school_context(school):
    assert signals(school.check(make_post("Selam in my Year 1 class tied her own shoelaces today")), "pupil_name")
    assert signals(school.check(make_post("Selam means peace in Amharic")), "pupil_name") == set()


@pytest.mark.parametrize("text", [
    "Welcome to Orla Byrne (d.o.b. 03.10.2012), who joins 9B on Monday",
    "Orla Byrne, D.O.B. 3/10/12, starts in Year 9 next week",
    "Happy birthday Orla Byrne, born on the third of October 2012!",
    "Her mum said Orla was born on the twenty-first of June 2012",
])
def test_dates_of_birth_in_new_shapes(school, text):
    assert "date_of_birth" in signals(school.check(make_post(text)), "personal_data"), text


@pytest.mark.parametrize("text", [
    "Parcels for Maeve can go to 14 larch grove, ls63ab while she's off",
    "Flowers for Maeve please: 2 heol y coed cf832ab",
])
def test_lower_case_street_and_postcode_is_an_address(school, text):
    assert "address" in signals(school.check(make_post(text)), "personal_data"), text


@pytest.mark.parametrize("text", [
    "We've moved! Our new address is 14 Larch Grove, LS6 3AB. Housewarming in May",
    "My new address is 2 heol y coed cf832ab if you want to send a card",
    "Sports day is the third of July. Year 2 races at 10am",
    "The second of May works for the Year 9 trip",
])
def test_own_addresses_and_event_dates_pass(school, text):
    assert signals(school.check(make_post(text)), "personal_data") == set(), text


@pytest.mark.parametrize("text, fires", [
    ("Jack Frost has been busy, the Year 2 playground is like glass", False),   # someone else's full name
    ("Jack Sparrow costumes everywhere for World Book Day in Year 2", False),
    ("Jack in Year 2 spotted the frost on the windows first", True),           # the pupil, by a cue
    ("Jack Pearce froze his hands on the Year 2 playground", True),            # the pupil's full name
    ("Well Done To Jack In Year 2 For His Reading", True),                      # a post in Title Case
])
def test_a_first_name_followed_by_another_surname_is_someone_else(school, text, fires):
    assert bool(signals(school.check(make_post(text)), "pupil_name")) is fires, text


# -- second batch -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fires", [
    ("Reading awards: BYRNE Orla and PEARCE Jack 🏆", True),     # a register: surname in capitals first
    ("Byrne Orla got a reading award", False),                    # no comma, no capitals: not assumed
    ("BYRNE ORLA GOT A READING AWARD", False),                    # all shouted: order unknown
])
def test_surname_in_capitals_then_first_name_is_a_register(school, text, fires):
    assert ("full_name" in signals(school.check(make_post(text)), "pupil_name")) is fires, text


@pytest.mark.parametrize("text", [
    "Orla Byrne is coeliac so the Year 9 bake sale needs a gluten-free table",
    "Jack Pearce is allergic to kiwi, can the Year 2 fruit bowl skip it this week",
])
def test_more_medical_details_about_a_named_pupil(school, text):
    assert "health_or_sen" in signals(school.check(make_post(text)), "personal_data"), text


@pytest.mark.parametrize("text", [
    "Finally got my new hearing aids fitted, the staffroom is so loud",   # an adverb, not a person
    "Honestly, my eczema is the worst it's been all year",
])
def test_the_posters_own_health_after_an_opening_adverb_passes(school, text):
    assert signals(school.check(make_post(text)), "personal_data") == set(), text


def test_the_posters_own_unnamed_child_born_on_a_date_is_not_someone_elses(school):
    v = school.check(make_post("My eldest was born on 03/04/2015 and is now taller than me. Year 7 next year!"))
    assert signals(v, "personal_data") == set()


@pytest.mark.parametrize("photo, name, photo_ok, level", [
    ("Awaiting", "Pending", False, "none"),            # no answer on record yet
    ("Internal only", "School use only", False, "none"),   # kept inside the school, not social media
    ("-", "?", False, "none"),                          # a spreadsheet's "no answer"
    ("Y", "Initial only", True, "first_name_initial"),
])
def test_consent_cells_that_give_no_answer_yet_are_no_consent(tmp_path, photo, name, photo_ok, level):
    (tmp_path / "r.csv").write_text(f"Forename,Surname,Photo Consent,Name Consent\nOrla,Byrne,{photo},{name}\n",
                                    encoding="utf-8")
    (orla,) = read_roster(tmp_path / "r.csv")
    assert (orla.photo_consent, str(orla.name_consent)) == (photo_ok, level)

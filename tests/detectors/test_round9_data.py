"""Shapes the ninth data probe (tests/heldout/round9d-*, make_round9_data.py) found missing,
and their look-alikes, in new sentences.

School data: 12-hour timetable times ("8.45am to 10.30am", "1pm-3.15pm"); holds written in
local time without an offset, as whole days, or with UK dates; term dates typed dd/mm/yyyy;
a SIMS report (title lines, "Preferred Forename" always filled, "Preferred Surname", "Not
Asked", a staff list with "Preferred Forename", "Legal Surname" and "Network Login"); a
hand-kept spreadsheet (semicolons, a BOM, a title row, "Name OK?" and "Socials" headers that
were silently not read, ticks and crosses, names typed "Forename Surname" with a double surname
or a particle, staff names with titles); a declaration naming its pupil "Surname, Forename".
Before the fix both probe schools' configs failed to load; behind that, the spreadsheet's name
consent and handles columns were dropped without a word.

Detectors: a name after a title ("Mr Hope's Year 5 class") read as a pupil's first name; a
health term used as a hyphenated modifier ("dyslexia-friendly classrooms") read as someone's
condition.
"""
import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from policies.engine import Engine
from policies.errors import ConfigError
from policies.schooldata.config import Hold, read_config
from policies.schooldata.export_table import split_name
from policies.schooldata.roster import read_roster, read_staff
from policies.schooldata.timetable import parse_days, parse_period
from tests.conftest import make_post, signals

LONDON = ZoneInfo("Europe/London")


# -- timetable ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("8.45am to 10.30am", "08:45-10:30"),
    ("1.15pm to 3.15pm", "13:15-15:15"),
    ("8.50am-12pm", "08:50-12:00"),
    ("1pm-3.15pm", "13:00-15:15"),
    ("1.15-3.15pm", "13:15-15:15"),      # the start shares the end's pm
    ("11.30-1.15pm", "11:30-13:15"),     # ... unless that puts it after the end
    ("12.15pm to 1.15pm", "12:15-13:15"),
    ("8.45 a.m. - 3.15 p.m.", "08:45-15:15"),
    ("noon to 1pm", "12:00-13:00"),
    ("08.45–12.15", "08:45-12:15"),
])
def test_twelve_hour_and_dotted_periods(text, period):
    assert str(parse_period(text)) == period


@pytest.mark.parametrize("text", ["13.15pm-2pm", "8-10", "3pm-1pm", "8am"])
def test_periods_that_cannot_be_read_are_errors(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_day_lists_and_en_dash_ranges():
    assert parse_days("Mon, Tue & Thu") == [0, 1, 3]
    assert parse_days("Mon–Thu") == [0, 1, 2, 3]
    assert parse_days("Mon to Fri") == [0, 1, 2, 3, 4]


# -- holds and dates in the config ----------------------------------------------------------------

def test_a_hold_without_an_offset_is_in_the_schools_own_time():
    hold = Hold(start="2026-10-06 08:00", end="2026-10-07 18:00").in_zone(LONDON)
    assert hold.covers(datetime(2026, 10, 6, 7, 30, tzinfo=timezone.utc), "x")       # 08:30 BST
    assert not hold.covers(datetime(2026, 10, 7, 17, 30, tzinfo=timezone.utc), "x")  # 18:30 BST


def test_a_hold_given_as_days_covers_both_days_whole():
    hold = Hold(start="2027-02-01", end="2027-02-02").in_zone(LONDON)
    assert hold.covers(datetime(2027, 2, 1, 0, 0, tzinfo=timezone.utc), "x")
    assert hold.covers(datetime(2027, 2, 2, 23, 59, tzinfo=timezone.utc), "x")
    assert not hold.covers(datetime(2027, 2, 3, 0, 0, tzinfo=timezone.utc), "x")


def test_a_hold_with_uk_dates_and_times():
    hold = Hold(start="10/03/2027 09:00", end="12/03/2027 17:00").in_zone(LONDON)
    assert (hold.start.day, hold.start.month, hold.end.hour) == (10, 3, 17)


def test_an_impossible_uk_date_is_an_error_not_a_swap():
    with pytest.raises(ValueError, match="31/02/2027"):
        Hold(start="31/02/2027", end="2027-03-01")
    with pytest.raises(ValueError, match="day/month/year"):
        Hold(start="03/25/2027", end="2027-04-01")   # month-first is not read as a date


def test_config_with_uk_term_dates_and_a_backwards_local_hold(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "pack: e-act\nschool: {name: Test Academy}\n"
        "timetable:\n  terms:\n    - {start: 02/09/2026, end: 23/10/2026}\n  closures: [13/10/2026]\n",
        encoding="utf-8")
    config = read_config(tmp_path / "s.yaml")
    assert (config.timetable.terms[0].start.month, config.timetable.closures[0].day) == (9, 13)
    (tmp_path / "s.yaml").write_text(
        "pack: e-act\nschool: {name: Test Academy}\n"
        "holds:\n  - {start: '2026-10-07 08:00', end: '2026-10-06 18:00'}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"holds\[0\]: hold ends before it starts"):
        read_config(tmp_path / "s.yaml")


# -- SIMS exports --------------------------------------------------------------------------------

SIMS = ("Greenfield Primary Academy,,,,,,,,,,\r\n"
        "Pupil Consent Report,,,,,,,,Printed: 20/11/2026 08:12,,\r\n"
        ",,,,,,,,,,\r\n"
        "Adno,Legal Surname,Legal Forename,Preferred Surname,Preferred Forename,Year,DOB,"
        "Photo Consent,Name Consent,Social Media\r\n"
        "1,Quigley,Eabha,Quigley,Eabha,Year 5,02/05/2016,Y,Full Name,@eabha.q | tiktok.com/@eabha_dances\r\n"
        "2,Mulcahy,Connor,Pike,Connor,Year 4,11/11/2017,Not Asked,Not Asked,\r\n"
        "3,Okonjo,Babatunde,Okonjo,Tunde,Year 6,01/01/2015,N,Forename & Initial,\r\n"
        "\r\n\r\n")


def test_sims_report_with_title_lines_and_preferred_names(tmp_path):
    (tmp_path / "r.csv").write_text(SIMS, encoding="utf-8")
    eabha, connor, tunde = read_roster(tmp_path / "r.csv")
    assert (eabha.first_name, eabha.last_name, eabha.preferred_last_name, eabha.handles) == \
        ("Eabha", "Quigley", None, ("@eabha.q", "@eabha_dances"))
    assert (connor.preferred_last_name, connor.photo_consent, str(connor.name_consent)) == \
        ("Pike", False, "none")                                   # "Not Asked" is no consent
    assert (tunde.preferred_name, tunde.photo_consent, str(tunde.name_consent)) == \
        ("Tunde", False, "first_name_initial")


def test_sims_staff_list_with_preferred_forename_and_network_login(tmp_path):
    (tmp_path / "s.csv").write_text(
        "Staff Code,Title,Preferred Forename,Legal Surname,Role,Network Login\r\n"
        "NRO,Miss,Nia,Rowlands,Class Teacher,n.rowlands\r\n", encoding="utf-8")
    (nia,) = read_staff(tmp_path / "s.csv")
    assert (nia.username, nia.first_name, nia.last_name, nia.role) == ("n.rowlands", "Nia", "Rowlands", "Class Teacher")


# -- a hand-kept spreadsheet ---------------------------------------------------------------------

SHEET = ("\ufeffClass lists 2026/27 (office copy);;;;;;\r\n;;;;;;\r\n"
         "Pupil;Class;D.O.B.;Photos OK?;Name OK?;Known as;Socials\r\n"
         "O'SULLIVAN, Ciarán;Y5 Oak;07/03/16;\u2713;full;;insta: ciaran.osull\r\n"
         "McALLISTER, Rory;Y6 Hazel;11/11/14;\u2717;first + initial;;tiktok @rory_mac\r\n"
         "Harper Lloyd Evans;Y2 Oak;04/04/19;\u2713;?;;\r\n"
         "Hope van der Berg;Y1 Rowan;25/05/20;;no;;\r\n"
         ";;;;;;\r\n;;;;;;\r\n")


def test_hand_kept_spreadsheet_reads_every_column(tmp_path):
    (tmp_path / "r.csv").write_bytes(SHEET.encode("utf-8"))
    ciaran, rory, harper, hope = read_roster(tmp_path / "r.csv")
    assert (ciaran.first_name, ciaran.last_name, ciaran.photo_consent, str(ciaran.name_consent), ciaran.handles) \
        == ("Ciarán", "O'SULLIVAN", True, "full", ("ciaran.osull",))
    assert (rory.photo_consent, str(rory.name_consent), rory.handles) == (False, "first_name_initial", ("@rory_mac",))
    assert (harper.first_name, harper.last_name, str(harper.name_consent)) == ("Harper", "Lloyd Evans", "none")
    assert (hope.first_name, hope.last_name, hope.photo_consent) == ("Hope", "van der Berg", False)


def test_a_plain_x_in_a_tick_column_is_still_an_error(tmp_path):
    (tmp_path / "r.csv").write_text("Forename;Surname;Photos OK?\nOrla;Byrne;x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2: photo_consent 'x'"):
        read_roster(tmp_path / "r.csv")


@pytest.mark.parametrize("header", ["Media consent", "Agree to name?", "Social media permission"])
def test_a_consent_column_read_as_neither_consent_is_an_error(tmp_path, header):
    (tmp_path / "r.csv").write_text(f"Forename,Surname,Photo consent,{header}\nOrla,Byrne,yes,yes\n",
                                    encoding="utf-8")
    with pytest.raises(ConfigError, match=f"column '{re.escape(header)}' looks like a consent .* "
                                          f"`columns: {{name_consent:"):
        read_roster(tmp_path / "r.csv")


def test_other_consents_and_columns_still_load(tmp_path):
    (tmp_path / "r.csv").write_text("Forename,Surname,Photo consent,Trips consent,Social worker\n"
                                    "Orla,Byrne,yes,yes,Ms Adeyemi\n", encoding="utf-8")
    (orla,) = read_roster(tmp_path / "r.csv")
    assert (orla.photo_consent, str(orla.name_consent), orla.handles) == (True, "none", ())


@pytest.mark.parametrize("name, split", [
    ("Harper Lloyd Evans", ("Harper", "Lloyd Evans")),
    ("Oliver James Smith", ("Oliver", "James Smith")),
    ("Hope van der Berg", ("Hope", "van der Berg")),
    ("Siôn ap Iorwerth", ("Siôn", "ap Iorwerth")),
    ("Mrs Grace Whitley", ("Grace", "Whitley")),
    ("Ruby Hart", ("Ruby", "Hart")),
    ("Daan VAN DER BERG", ("Daan", "VAN DER BERG")),
    ("Lloyd Evans, Harper", ("Harper", "Lloyd Evans")),
])
def test_whole_names_split_after_the_name_a_person_is_called_by(name, split):
    assert split_name(name) == split


def test_staff_names_with_titles(tmp_path):
    (tmp_path / "s.csv").write_bytes("\ufeffName;Login;Job\r\nMr Daniel Hope;d.hope;Y5 teacher\r\n".encode("utf-8"))
    (daniel,) = read_staff(tmp_path / "s.csv")
    assert (daniel.username, daniel.first_name, daniel.last_name, daniel.role) == ("d.hope", "Daniel", "Hope", "Y5 teacher")


# -- the engine on such a school ------------------------------------------------------------------

@pytest.fixture(scope="module")
def school(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round9")
    (folder / "roster.csv").write_text(SIMS, encoding="utf-8")
    (folder / "sheet.csv").write_bytes(SHEET.encode("utf-8"))
    (folder / "staff.csv").write_bytes("\ufeffName;Login;Job\r\nMr Daniel Hope;d.hope;Y5 teacher\r\n"
                                       "Mrs Ffion Rees;f.rees;SENCo\r\n".encode("utf-8"))
    (folder / "s.yaml").write_text(
        "pack: triumph-learning-trust\nschool: {name: Greenfield Primary}\nroster: sheet.csv\nstaff: staff.csv\n"
        "official_accounts:\n  - {platform: x, handle: 'https://twitter.com/GreenfieldPA'}\n"
        "declarations:\n  - {user: d.hope, pupil: 'McAllister, Rory', context: nephew}\n", encoding="utf-8")
    (folder / "sims.yaml").write_text(
        "pack: triumph-learning-trust\nschool: {name: Greenfield Primary}\nroster: roster.csv\nstaff: staff.csv\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def engine(school) -> Engine:
    return Engine.from_config(school / "s.yaml")


def test_first_name_of_a_typed_double_surname_in_a_school_context(engine):
    assert signals(engine.check(make_post("Harper in my Year 2 group read a whole chapter book!")), "pupil_name")
    assert signals(engine.check(make_post("Harper Lloyd-Evans lost a tooth in PE")), "pupil_name")


@pytest.mark.parametrize("text", ["Gia Bảo in my class made a kite", "Gia Bao Ngo won the Year 5 prize",
                                  "Ngô Gia Bảo in Year 5 won", "Harper Lloyd in my class won",
                                  "Oliver Smith won the Year 4 prize"])
def test_three_word_names_from_one_column_are_still_named(tmp_path, text):
    (tmp_path / "r.csv").write_text('Pupil Name,Year,Name Consent\n"Gia Bảo Ngô",Year 5,full\n'
                                    '"Harper Lloyd Evans",Year 2,full\n"Oliver James Smith",Year 4,full\n',
                                    encoding="utf-8")
    (tmp_path / "s.yaml").write_text("pack: upland-primary\nschool: {name: T}\nroster: r.csv\n", encoding="utf-8")
    assert signals(Engine.from_config(tmp_path / "s.yaml").check(make_post(text)), "pupil_name")


def test_a_name_after_a_title_is_an_adults(engine):
    assert not signals(engine.check(make_post("Mr Hope's Year 5 class built a volcano today")), "pupil_name")
    assert not signals(engine.check(make_post("Miss Hope in Year 1 is our new teacher")), "pupil_name")
    assert signals(engine.check(make_post("Hope in Y1 lost her first tooth today")), "pupil_name")


def test_a_declaration_written_surname_first(engine):
    follow = dict(action="follow", platform="tiktok", recipients=["@rory_mac"])
    assert not signals(engine.check(make_post(user="d.hope", **follow)), "pupil_contact")
    assert signals(engine.check(make_post(user="f.rees", **follow)), "pupil_contact")


def test_the_preferred_surname_names_the_pupil(school):
    engine = Engine.from_config(school / "sims.yaml")
    assert signals(engine.check(make_post("Connor Pike from Year 4 raised £200 for the food bank")), "pupil_name")


@pytest.mark.parametrize("text, fires", [
    ("Ffion Rees is giving a talk on dyslexia-friendly classrooms at the conference", False),
    ("Our autism-aware playground opens on Monday, thanks Mr Hope", False),
    ("Ffion Rees told me she is dyslexic", True),
])
def test_a_health_term_as_a_modifier_is_a_topic(engine, text, fires):
    assert bool(signals(engine.check(make_post(text)), "personal_data")) is fires

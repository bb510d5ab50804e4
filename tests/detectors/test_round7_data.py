"""Shapes the seventh data probe (tests/heldout/round7d-*, make_round7_data.py) found missing,
and their look-alikes, in new sentences.

School data as MIS systems export it: a consents REPORT with a title and a blank line above the
header row and a "Total pupils" line under the last pupil; Excel's "Unicode Text" export (UTF-16,
TAB-separated); semicolon-separated files; consent written in words ("Granted", "Not given",
"First name and initial", "No name"); handles labelled by platform or given as profile
addresses; dates with Excel's midnight time or a month name. Before the fix each such roster
failed to load (the whole school's check stopped), so these are the most costly shapes.

Names: an everyday Polish short form with the surname ("Kuba", "Gosia"), one part of a double
surname beside a school cue, an initial + surname beside a form code; the look-alikes: a
brand or a famous person who shares a pupil's full name with a school cue only in another
sentence, a first name that is a place ("Chester Cathedral", "a weekend in Chester"), word
names as words ("Victory!"), a colleague whose name is a part of a pupil's.
"""
import pytest

from policies.engine import Engine
from policies.errors import ConfigError
from policies.schooldata.roster import STAFF_FIELDS, NameConsent, Pupil, keep_read_columns, read_roster, read_staff
from policies.text.normalize import normalize
from policies.text.roster_matcher import Form, RosterMatcher, surname_parts
from policies.text.tokens import tokenize
from tests.conftest import make_post, signals

CANON = "first_name,last_name,preferred_name,year_group,date_of_birth,photo_consent,name_consent,social_handles\n"


# -- school data: roster exports -------------------------------------------------------------

def test_report_with_title_lines_and_a_total_line_loads_every_pupil(tmp_path):
    (tmp_path / "r.csv").write_text(
        "Pupil consents report - printed 05/09/2026\n"
        ",,,,\n"
        "Legal Surname,Legal Forename,Use of Name,Photo Permission,Social Media\n"
        "Ionescu,Ilinca,First name + initial,Granted,\n"
        "Rahman,Arif,No name,Not given,\n"
        ",,,,\n"
        "Total: 2,,,,\n", encoding="utf-8")
    ilinca, arif = read_roster(tmp_path / "r.csv")
    assert (ilinca.first_name, str(ilinca.name_consent), ilinca.photo_consent) == ("Ilinca", "first_name_initial", True)
    assert (arif.last_name, str(arif.name_consent), arif.photo_consent) == ("Rahman", "none", False)


def test_a_lone_name_under_the_pupils_is_still_an_error_with_its_line(tmp_path):
    (tmp_path / "r.csv").write_text("Surname,Forename\nRahman,Arif\nChowdhury,\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_roster(tmp_path / "r.csv")
    assert any(p.startswith("line 3:") for p in e.value.problems), e.value.problems


def test_utf16_tab_separated_export_loads_with_its_diacritics(tmp_path):
    text = ("Forename\tMiddle Name(s)\tSurname\tKnown As\tYear\tDOB\tPhoto Permission\tName Permission\n"
            "Răzvan\tIon\tStănescu\t\tYr 8\t2013-02-01 00:00:00\tYes\tFull\n"
            "Ilgın\t\tGüneş\tIli\tYr 10\t7-Nov-2011\tNo\tInitial\n")
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))   # no byte-order mark
    for name in ("bom.txt", "le.txt"):
        razvan, ilgin = read_roster(tmp_path / name)
        assert (razvan.first_name, razvan.last_name) == ("Răzvan", "Stănescu")
        assert str(razvan.date_of_birth) == "2013-02-01"
        assert (ilgin.preferred_name, str(ilgin.date_of_birth), str(ilgin.name_consent)) == ("Ili", "2011-11-07",
                                                                                           "first_name_initial")


def test_semicolon_separated_export_loads(tmp_path):
    (tmp_path / "r.csv").write_text("Surname;Forename;DOB\nHirsi;Guled;04/05/12\n", encoding="utf-8")
    (guled,) = read_roster(tmp_path / "r.csv")
    assert (guled.first_name, str(guled.date_of_birth)) == ("Guled", "2012-05-04")


def test_excel_separator_hint_line_is_not_the_header(tmp_path):
    (tmp_path / "r.csv").write_text("sep=;\nSurname;Forename;Year\nAden;Sahra;Year 3\n", encoding="utf-8")
    (sahra,) = read_roster(tmp_path / "r.csv")
    assert (sahra.first_name, sahra.last_name, sahra.year_group) == ("Sahra", "Aden", "Year 3")


@pytest.mark.parametrize("cell, first, last", [
    ("O'Sullivan, Ciara", "Ciara", "O'Sullivan"),
    ("VAN DER BERG Daan", "Daan", "VAN DER BERG"),
    ("Beatriz SOUSA FERREIRA", "Beatriz", "SOUSA FERREIRA"),
    # Round 9: a third word is read as part of the surname, so the first word is the first name
    # ("Harper Lloyd Evans" is Harper); "Gia Bảo" is still matched with a cue, as a first name
    # with part of a double surname, and "Gia Bảo Ngô" in full (test_round9_data.py).
    ("Gia Bảo Ngô", "Gia", "Bảo Ngô"),
])
def test_one_name_column_is_split_into_first_name_and_surname(tmp_path, cell, first, last):
    (tmp_path / "r.csv").write_text(f'Pupil Name,Year,Name Consent\n"{cell}",Year 5,full\n', encoding="utf-8")
    (pupil,) = read_roster(tmp_path / "r.csv")
    assert (pupil.first_name, pupil.last_name, str(pupil.name_consent)) == (first, last, "full")


def test_a_name_column_leaves_the_server_as_two_columns():
    text, columns = keep_read_columns("Name,Year,Medical\n\"Aden, Sahra\",Year 3,asthma\n",
                                      ("first_name", "last_name", "year_group"))
    assert text.splitlines() == ["first_name,last_name,year_group", "Sahra,Aden,Year 3"]
    assert set(columns) == {"first_name", "last_name", "year_group"}


def test_a_name_column_with_a_name_in_a_single_word_alone_on_its_row_is_an_error(tmp_path):
    (tmp_path / "r.csv").write_text("Name,Year\nSahra,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2"):
        read_roster(tmp_path / "r.csv")


def test_a_name_column_with_a_single_word_and_the_rest_of_the_row_is_a_mononymous_pupil(tmp_path):
    # Round 8 changed this: a pupil with one name (MIS systems hold them) used to fail the
    # whole roster, which left every pupil unprotected.
    (tmp_path / "r.csv").write_text("Name,Year\nSahra,Year 3\n", encoding="utf-8")
    (pupil,) = read_roster(tmp_path / "r.csv")
    assert (pupil.first_name, pupil.last_name, pupil.full_name) == ("Sahra", "", "Sahra")


@pytest.mark.parametrize("cell, handles", [
    ("Instagram: @gedi.g; TikTok: @guled_g", ("@gedi.g", "@guled_g")),
    ("@gedi.g (Snapchat)", ("@gedi.g",)),
    ("https://www.instagram.com/gedi.g/", ("@gedi.g",)),
    ("tiktok.com/@guled_g, insta @gedi.g", ("@guled_g", "@gedi.g")),
])
def test_labelled_handles_keep_only_the_handles(tmp_path, cell, handles):
    (tmp_path / "r.csv").write_text(CANON + f'Guled,Hirsi,,Year 7,,yes,full,"{cell}"\n', encoding="utf-8")
    (pupil,) = read_roster(tmp_path / "r.csv")
    assert pupil.handles == handles


@pytest.mark.parametrize("cell, level", [
    ("Full name", "full"), ("Yes", "full"), ("First name and initial", "first_name_initial"),
    ("Initial only", "first_name_initial"), ("First name only", "first_name_initial"),
    ("No name", "none"), ("Refused", "none"), ("", "none")])
def test_name_consent_in_words(tmp_path, cell, level):
    (tmp_path / "r.csv").write_text(CANON + f"Guled,Hirsi,,Year 7,,yes,{cell},\n", encoding="utf-8")
    (pupil,) = read_roster(tmp_path / "r.csv")
    assert str(pupil.name_consent) == level


def test_unreadable_consent_is_still_an_error(tmp_path):
    (tmp_path / "r.csv").write_text(CANON + "Guled,Hirsi,,Year 7,,yes,ask mum,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="name_consent 'ask mum'"):
        read_roster(tmp_path / "r.csv")


def test_staff_list_under_a_title_line_loads(tmp_path):
    (tmp_path / "s.csv").write_text("Staff list 2026/27\nusername,first_name,last_name,role\n"
                                    "n.sousa,Nuno,Sousa,Teacher\n", encoding="utf-8")
    (member,) = read_staff(tmp_path / "s.csv")
    assert member.username == "n.sousa"


def test_what_leaves_the_server_skips_the_report_title():
    text, columns = keep_read_columns("Staff list 2026/27\n\nusername,first_name,last_name,role,home phone\n"
                                      "n.sousa,Nuno,Sousa,Teacher,07700 900111\n", STAFF_FIELDS)
    assert text.splitlines() == ["username,first_name,last_name,role", "n.sousa,Nuno,Sousa,Teacher"]
    assert set(columns) == set(STAFF_FIELDS)


def test_double_surname_parts():
    assert surname_parts("Sousa Ferreira") == ["Sousa", "Ferreira"]
    assert surname_parts("Pereira da Silva") == ["Pereira", "Silva"]
    assert surname_parts("Clarke-Okafor") == ["Clarke", "Okafor"]
    assert surname_parts("Van der Berg") == surname_parts("Ní Bhriain") == surname_parts("al-Hassan") == []
    assert surname_parts("Okeke") == []


# -- names ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def school(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("round7")
    (folder / "roster.csv").write_text(CANON + "\n".join([
        "Jakub,Wiśniewski,,Year 6,2014-10-01,yes,full,",
        "Małgorzata,Zielińska,,Year 8,2013-01-01,yes,full,",
        "Beatriz,Sousa Ferreira,,Year 10,2011-01-01,yes,full,",
        "Tomé,Pereira da Silva,,Year 10,2011-02-01,yes,full,",
        "Nuno,Sousa Ferreira,,Year 7,2014-02-01,yes,full,",
        "Victory,Adeyemi,,Year 8,2013-03-01,yes,full,",
        "Ted,Baker,,Year 2,2019-03-01,yes,full,",
        "Jack,Wills,,Year 12,2009-03-01,yes,full,",
        "Chester,Boateng,,Year 9,2012-03-01,yes,full,",
    ]) + "\n", encoding="utf-8")
    (folder / "staff.csv").write_text("username,first_name,last_name,role\nn.sousa,Nuno,Sousa,Maths Teacher\n",
                                      encoding="utf-8")
    (folder / "s.yaml").write_text("pack: e-act\nschool: {name: Riverbank Academy}\nroster: roster.csv\n"
                                   "staff: staff.csv\n", encoding="utf-8")
    return Engine.from_config(folder / "s.yaml")


NAME_FIRES = [
    "Gosia Zielinska read her own poem out in front of the whole hall today",   # Małgorzata
    "KUBA WISNIEWSKI top of the leaderboard again!!",                            # Jakub
    "Tomé Silva from 10B was picked for the county squad",                     # Pereira da Silva
    "Beatriz Sousa in my tutor group passed her theory test",                  # Sousa Ferreira
    "V. Adeyemi in 8T made the district athletics team",                        # initial + surname, form code
    "Ted Baker in Year 2 lost his first tooth in the middle of phonics",       # a brand's name, beside a cue
    "Chester in Year 9 talked me through his whole project at lunch",
]

NAME_PASSES = [
    "Tomé Silva scored again in the derby last night",                    # part of a surname, no cue
    "Jack Wills hoodies are half price this weekend. Perfect for the school run",  # cue in another sentence
    "Booked the Year 6 trip to Chester Cathedral for March",               # a place
    "Weekend break in Chester, the Year 9 reports can wait till Monday",   # going somewhere
    "Victory! The staff quiz team finally beat the sixth form",            # a word
    "Nuno Sousa is covering my Year 7 class today",                        # a colleague, not a part-name
]


@pytest.mark.parametrize("text", NAME_FIRES)
def test_names_in_new_shapes_fire(school, text):
    assert signals(school.check(make_post(text)), "pupil_name"), text


@pytest.mark.parametrize("text", NAME_PASSES)
def test_name_look_alikes_pass(school, text):
    assert signals(school.check(make_post(text)), "pupil_name") == set(), text


def test_part_of_a_double_surname_on_the_official_account_needs_full_consent(tmp_path):
    (tmp_path / "roster.csv").write_text(CANON + "Beatriz,Sousa Ferreira,,Year 10,2011-01-01,yes,first_name_initial,\n",
                                         encoding="utf-8")
    (tmp_path / "s.yaml").write_text("pack: e-act\nschool: {name: Riverbank Academy}\nroster: roster.csv\n"
                                     "official_accounts:\n  - {platform: x, handle: '@RiverbankAcad'}\n",
                                     encoding="utf-8")
    engine = Engine.from_config(tmp_path / "s.yaml")
    v = engine.check(make_post("Well done Beatriz Ferreira (Year 10) on her debate win!", handle="@RiverbankAcad"))
    assert signals(v, "pupil_name") == {"full_name"}


# -- personal data ----------------------------------------------------------------------------

def test_a_mobile_in_odd_blocks_is_someone_elses_unless_it_is_ring_me(school):
    v = school.check(make_post("Beatriz Sousa Ferreira's mum asked me to pass on her number: 077 0090 0813"))
    assert "phone" in signals(v, "personal_data")
    v = school.check(make_post("Parents of the Year 10 team, text me on 0770 090 0813 if you're running late"))
    assert "phone" not in signals(v, "personal_data")   # the poster's own number


def test_a_whole_name_is_not_also_read_as_part_of_another_pupils():
    def pupil(first, last):
        return Pupil(first, last, None, "Year 5", None, True, NameConsent.FULL, ())
    smith, smith_jones, smith_lowe = pupil("Oliver", "Smith"), pupil("Oliver", "Smith-Jones"), \
        pupil("Oliver", "Smith Lowe")
    matcher = RosterMatcher([smith_jones, smith_lowe, smith])
    (m,) = matcher.find(tokenize(normalize("Oliver Smith again")))
    assert m.form is Form.FULL and m.pupils == (smith,)
    (m,) = RosterMatcher([smith_jones, smith_lowe]).find(tokenize(normalize("Oliver Smith again")))
    assert m.form is Form.PART_SURNAME and m.pupils == (smith_jones, smith_lowe)

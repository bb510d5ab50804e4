"""Broken packs and school configs fail when loaded, naming the file and the key (or line).

The fixtures are in fixtures/broken/: each file says at its top what is wrong with it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policies.errors import ConfigError
from policies.pack import load_pack, load_pack_file
from policies.schooldata.roster import NameConsent
from policies.schooldata.school import load_school

BROKEN = Path(__file__).resolve().parent / "fixtures" / "broken"
PACKS = BROKEN / "packs"
SCHOOLS = BROKEN / "school"

#: file -> (key path, what the problem says about it)
PACK_ERRORS = {
    "unknown_key.yaml": ("rules[0].statuss", "unknown key"),
    "bad_clause.yaml": ("rules[0].clause.section", "'9.9' is not in the clause index"),
    "bad_decision.yaml": ("rules[0].decision.personal", "'allow', 'warn' or 'block'"),
    "duplicate_rule_id.yaml": ("rules[1].id", "duplicate rule id 'broken/2-no-abuse'"),
    "unknown_category.yaml": ("rules[0].category", "unknown category 'spam'"),
    # The past bug: `{note: no abuse, no threats}` is two keys, `note` and `no threats`.
    "unquoted_comma.yaml": ("rules[0].clause.no threats", "unknown key"),
}


def _problems(load, path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(path)
    return info.value


@pytest.mark.parametrize("name,expected", PACK_ERRORS.items(), ids=list(PACK_ERRORS))
def test_broken_pack_names_file_and_key_path(name, expected):
    key, what = expected
    error = _problems(load_pack_file, PACKS / name)
    assert error.path.endswith(name)
    assert str(error).startswith(str(PACKS / name) + ": ")
    assert any(f"{key}: " in p and what in p for p in error.problems), error.problems


@pytest.mark.parametrize("name,expected", PACK_ERRORS.items(), ids=list(PACK_ERRORS))
def test_broken_pack_problem_is_exactly_one_keyed_line(name, expected):
    key, what = expected
    error = _problems(load_pack_file, PACKS / name)
    assert len(error.problems) == 1 and error.problems[0].startswith(f"{key}: "), error.problems


def test_bad_yaml_names_file_and_line():
    error = _problems(load_pack_file, PACKS / "bad_yaml.yaml")
    assert error.path.endswith("bad_yaml.yaml")
    assert "not valid YAML" in str(error)
    assert "line 13" in str(error)  # the unclosed `clause: {section: "2"`


def test_unknown_pack_id_lists_the_shipped_packs():
    error = _problems(load_pack, "e-acts")
    assert "no such pack" in str(error) and "e-act" in str(error)


#: file -> (key path or line, what the problem says)
SCHOOL_ERRORS = {
    "unknown_key.yaml": ("timetabel", "unknown key"),
    "bad_timezone.yaml": ("timetable.timezone", "'Europe/Londn' is not an IANA time zone"),
    "bad_period.yaml": ("timetable.directed", "'8:45-' is not a period like 08:45-10:30"),
    "backwards_days.yaml": ("timetable.directed", "'fri-mon': the range runs backwards"),
    "term_backwards.yaml": ("timetable.terms[1]", "term ends (2026-11-02) before it starts"),
    "hold_backwards_local.yaml": ("holds[0]", "hold ends before it starts"),
}


def test_hold_without_an_offset_is_the_schools_local_time():
    # Once refused as ambiguous across GMT/BST; the config's own time zone says which is meant,
    # as it does for the timetable (round 9 data probe: schools write holds this way).
    (hold,) = load_school(SCHOOLS / "hold_without_offset.yaml").holds
    assert (hold.start.isoformat(), hold.end.isoformat()) == ("2026-12-01T00:00:00+00:00", "2026-12-03T00:00:00+00:00")


@pytest.mark.parametrize("name,expected", SCHOOL_ERRORS.items(), ids=list(SCHOOL_ERRORS))
def test_broken_school_config_names_file_and_key_path(name, expected):
    key, what = expected
    error = _problems(load_school, SCHOOLS / name)
    assert error.path.endswith(name)
    assert any(p.startswith(f"{key}: ") and what in p for p in error.problems), error.problems


def test_roster_bad_row_names_the_csv_and_line():
    error = _problems(load_school, SCHOOLS / "roster_bad_row.yaml")
    assert error.path.endswith("roster_bad_row.csv")
    assert error.problems == ["line 3: photo_consent 'maybe' must be yes or no"]


def test_roster_with_a_bom_loads():
    raw = (SCHOOLS / "roster_bom.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the fixture really has a BOM
    (pupil,) = load_school(SCHOOLS / "roster_bom.yaml").pupils
    assert (pupil.first_name, pupil.last_name) == ("Zoë", "Whitfield")


def test_mis_export_in_cp1252_with_mis_headers_loads():
    raw = (SCHOOLS / "roster_mis_cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is cp1252
    assert raw.startswith(b"Legal Forename,Preferred Forename,Legal Surname,Year,DOB")
    zoe, siobhan = load_school(SCHOOLS / "roster_mis.yaml").pupils
    assert (zoe.first_name, zoe.last_name, zoe.year_group) == ("Zoë", "Whitfield", "Year 7")
    assert str(zoe.date_of_birth) == "2014-03-14"  # DD/MM/YYYY
    assert zoe.name_consent is NameConsent.FIRST_NAME_INITIAL and zoe.photo_consent
    assert (siobhan.first_name, siobhan.preferred_name, siobhan.last_name) == (
        "Siobhán", "Shiv", "O'Sullivan")
    assert not siobhan.photo_consent and siobhan.name_consent is NameConsent.NONE


def test_fixture_school_loads():
    school = load_school(BROKEN.parent / "school" / "school.yaml")
    assert len(school.pupils) == 8 and len(school.staff) == 5 and len(school.logos) == 1

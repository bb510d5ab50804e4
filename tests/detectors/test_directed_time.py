"""directed_time on the demo school (08:50-10:30, 10:45-12:00, 13:00-15:20 Mon-Fri, Europe/London)."""
import pytest

from tests.conftest import categories, make_post

FIRES = [
    ("2026-11-24T09:00:00+00:00", "c.teacher", "Tuesday 09:00 GMT"),
    ("2026-09-15T08:00:00+00:00", "c.teacher", "08:00 UTC is 09:00 BST"),
    ("2026-11-24T14:35:00+05:30", "c.teacher", "09:05 GMT from a +05:30 offset"),
    ("2027-03-23T08:55:00+00:00", "c.teacher", "still GMT before the clocks change"),
    ("2026-11-24T15:19:00+00:00", "c.teacher", "the last minute of the day"),
    ("2026-11-23T11:00:00+00:00", "p.patel", "Monday is a part-time day"),
    ("2026-12-18T13:30:00+00:00", "c.teacher", "last day of term is inclusive"),
]

PASSES = [
    ("2026-11-24T10:35:00+00:00", "c.teacher", "morning break"),
    ("2026-11-24T12:30:00+00:00", "c.teacher", "lunch"),
    ("2026-09-15T14:30:00+00:00", "c.teacher", "15:30 BST is after school"),
    ("2027-04-13T11:30:00+00:00", "c.teacher", "12:30 BST is lunch (inside a period if read as UTC)"),
    ("2026-11-24T15:20:00+00:00", "c.teacher", "periods end exclusive"),
    ("2026-11-21T10:00:00+00:00", "c.teacher", "Saturday"),
    ("2026-10-28T10:00:00+00:00", "c.teacher", "half term"),
    ("2026-11-27T10:00:00+00:00", "c.teacher", "closure day"),
    ("2026-11-26T10:00:00+00:00", "p.patel", "Thursday is not a part-time day"),
    ("2026-12-21T10:00:00+00:00", "c.teacher", "Christmas holidays"),
]


@pytest.mark.parametrize("at,user,why", FIRES)
def test_inside_directed_time_fires(demo_engine, at, user, why):
    verdict = demo_engine.check(make_post("Coffee time", at=at, user=user))
    assert "directed_time" in categories(verdict), why


@pytest.mark.parametrize("at,user,why", PASSES)
def test_outside_directed_time_passes(demo_engine, at, user, why):
    verdict = demo_engine.check(make_post("Coffee time", at=at, user=user))
    assert "directed_time" not in categories(verdict), why


def test_official_account_never_gets_directed_time(demo_engine):
    post = make_post("Year 5 are testing parachutes", handle="@HollinsParkPri",
                     at="2026-11-24T09:00:00+00:00", user="s.office")
    assert demo_engine.check(post).findings == ()


def test_explanation_gives_local_time(demo_engine):
    verdict = demo_engine.check(make_post("hi", at="2026-09-15T08:00:00+00:00"))
    (finding,) = verdict.findings
    assert "09:00 BST" in finding.evidence and "08:50-10:30" in finding.evidence

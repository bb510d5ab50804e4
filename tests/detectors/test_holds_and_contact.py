"""posting_hold and pupil_contact on the demo school."""
import pytest

from tests.conftest import categories, make_post

OFFICIAL = dict(handle="@HollinsParkPri", user="s.office")


@pytest.mark.parametrize("at,fires", [
    ("2026-12-07T00:00:00+00:00", True),   # the hold starts
    ("2026-12-07T23:59:00+00:00", True),
    ("2026-12-08T00:30:00+01:00", True),   # 23:30 UTC, still inside
    ("2026-12-08T00:00:00+00:00", False),  # the hold has ended
    ("2026-12-06T23:59:00+00:00", False),
])
def test_hold_applies_to_official_accounts_by_instant(demo_engine, at, fires):
    verdict = demo_engine.check(make_post("Reminder: fair on Friday", at=at, **OFFICIAL))
    assert ("posting_hold" in categories(verdict)) is fires


def test_hold_covers_official_replies_but_not_personal_posts(demo_engine):
    at = "2026-12-07T19:00:00+00:00"
    reply = make_post("Thanks, we'll call you", action="reply", at=at, **OFFICIAL)
    assert "posting_hold" in categories(demo_engine.check(reply))
    personal = make_post("Snow day vibes", at=at)
    assert "posting_hold" not in categories(demo_engine.check(personal))


@pytest.mark.parametrize("action,recipients,text", [
    ("dm", ["@benokonkwo_11"], "See you at football"),
    ("follow", ["@WILLJ2015"], ""),
    ("friend_request", ["seun.bakare"], ""),
    ("reply", ["@poppyh_2016"], "Well done!"),
    ("post", [], "Cracking goal @willj2015 top bins"),
    ("dm", ["@benokonkwo_11@mastodon.social"], "hi"),
])
def test_contact_with_a_pupil_account_fires(demo_engine, action, recipients, text):
    verdict = demo_engine.check(make_post(text, action=action, recipients=tuple(recipients)))
    assert "pupil_contact" in categories(verdict)
    assert verdict.decision == "block"


@pytest.mark.parametrize("action,recipients,user", [
    ("follow", ["@tereza.n"], "r.novak"),          # declared: his daughter
    ("follow", ["@sarah.parent.77"], "c.teacher"),  # not a roster handle
    ("dm", ["@willj2015x"], "c.teacher"),          # a longer handle is another account
])
def test_declared_or_unknown_accounts_pass(demo_engine, action, recipients, user):
    verdict = demo_engine.check(make_post("", action=action, recipients=tuple(recipients), user=user))
    assert "pupil_contact" not in categories(verdict)


def test_declaration_covers_only_the_member_of_staff_who_made_it(demo_engine):
    verdict = demo_engine.check(make_post("", action="follow", recipients=("@tereza.n",),
                                          user="c.teacher"))
    assert "pupil_contact" in categories(verdict)

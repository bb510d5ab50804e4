"""LogoDetector and PupilImageDetector through the real engine, on a small school's config."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest

from policies.detectors.logo import LogoDetector
from policies.detectors.pupil_image import PupilImageDetector
from policies.engine import Engine
from policies.model import Account, ImageInput, Post

from .conftest import FIXTURES, fixture_bytes

CONFIG = """\
pack: early-life-enterprise
school: {name: Hollins Park Academy, aliases: [Hollins Park]}
roster: roster.csv
logos: [crest.png]
official_accounts:
  - {platform: x, handle: "@HollinsPark"}
"""
ROSTER = """\
first_name,last_name,preferred_name,year_group,date_of_birth,photo_consent,name_consent,social_handles
Amara,Okonkwo,,9,2012-03-04,no,full,
Jonah,Pritchard,,9,2012-05-06,yes,full,
"""
PERSONAL, OFFICIAL = Account("@ms_teacher", "1"), Account("@HollinsPark", "2")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    d = tmp_path_factory.mktemp("school")
    (d / "config.yaml").write_text(CONFIG)
    (d / "roster.csv").write_text(ROSTER)
    shutil.copy(FIXTURES / "crest.png", d / "crest.png")
    e = Engine.from_config(d / "config.yaml")
    assert {LogoDetector, PupilImageDetector} <= {type(x) for x in e.detectors}
    return e


def post(account, text="", *images):
    return Post(platform="x", action="post", account=account, user="m.teacher",
                at=datetime(2026, 11, 21, 18, 0, tzinfo=timezone.utc), text=text,
                images=tuple(ImageInput(n, fixture_bytes(n)) for n in images))


def findings(engine, p, category):
    return [f for f in engine.check(p).findings if f.category == category]


def test_logo_on_personal_post(engine):
    (f,) = findings(engine, post(PERSONAL, "Sports day!", "crest_rot20_30.jpg"), "school_branding")
    assert f.signal == "logo" and f.evidence == "crest_rot20_30.jpg"
    assert f.location["logo"] == "crest.png" and 0.25 < f.location["width_fraction"] < 0.35
    assert "crest.png" in f.message and any("appearance" in e for e in f.explanation)


@pytest.mark.parametrize("account, image", [
    (OFFICIAL, "crest_rot20_30.jpg"),         # the school's own account may use its crest
    (PERSONAL, "decoy_lettering_30.jpg"),
    (PERSONAL, "no_people.jpg"),
])
def test_no_logo_finding(engine, account, image):
    assert findings(engine, post(account, "", image), "school_branding") == []


def test_faces_on_personal_post(engine):
    (f,) = findings(engine, post(PERSONAL, "Trip day", "face.jpg"), "pupil_image")
    assert f.signal == "faces_personal"
    assert len(f.location["faces"]) == 1
    assert "make sure no pupils or parents are in this photo" in " ".join(f.explanation).lower()


def test_official_post_naming_pupil_without_photo_consent(engine):
    (f,) = findings(engine, post(OFFICIAL, "Well done Amara Okonkwo!", "face.jpg"), "pupil_image")
    assert f.signal == "faces_without_consent" and "Amara Okonkwo" in f.message


@pytest.mark.parametrize("text, image", [
    ("Well done Jonah Pritchard!", "face.jpg"),     # consent on file
    ("What a day at the fair!", "face.jpg"),        # nobody named
    ("Well done Amara Okonkwo!", "no_people.jpg"),  # no faces
])
def test_official_posts_that_pass(engine, text, image):
    assert findings(engine, post(OFFICIAL, text, image), "pupil_image") == []


def test_no_people_and_coins_pass_on_personal(engine):
    assert findings(engine, post(PERSONAL, "", "no_people.jpg", "coins.jpg"), "pupil_image") == []


@pytest.mark.parametrize("name", ["truncated.jpg", "corrupt.png"])
def test_unreadable_image_is_indeterminate_not_a_crash(engine, name):
    by_cat = {f.category: f for f in engine.check(post(PERSONAL, "", name)).findings}
    for cat in ("pupil_image", "school_branding"):
        assert by_cat[cat].indeterminate
        assert "corrupt or truncated" in by_cat[cat].message


def test_same_image_is_analysed_once(engine):
    det = next(d for d in engine.detectors if isinstance(d, PupilImageDetector))
    data = fixture_bytes("face_exif_rotated.jpg")
    before = det.cache.computed
    for name in ("a.jpg", "b.jpg"):   # same bytes under two names
        p = Post(platform="x", action="post", account=PERSONAL, images=(ImageInput(name, data),))
        assert findings(engine, p, "pupil_image")
    assert det.cache.computed == before + 1

"""Faces with the cascades opencv-python-headless ships, confirmed by an eye."""
from __future__ import annotations

import pytest

from policies.images.decode import decode
from policies.images.faces import FaceFinder

from .conftest import fixture_bytes


@pytest.fixture(scope="module")
def finder():
    return FaceFinder()


@pytest.mark.parametrize("name", ["face.jpg", "face_exif_rotated.jpg"])
def test_finds_the_face(finder, name):
    faces = finder.find(decode(fixture_bytes(name)))
    assert len(faces) == 1
    x, y, w, h = faces[0].box
    # The astronaut's face: upper middle of the photo, about a fifth of its width.
    assert 100 <= x <= 150 and 20 <= y <= 80 and 50 <= w <= 90
    assert faces[0].eyes >= 1


@pytest.mark.parametrize("name", ["no_people.jpg", "coins.jpg", "crest_rot20_30.jpg"])
def test_no_faces_where_there_are_none(finder, name):
    # coins.jpg: embossed heads have the outline of a face but no eyes.
    assert finder.find(decode(fixture_bytes(name))) == []

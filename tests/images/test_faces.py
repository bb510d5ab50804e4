"""Faces by the BlazeFace model run through OpenCV, unsure ones confirmed by the cascades."""
from __future__ import annotations

import hashlib

import pytest

from policies.images.decode import decode
from policies.images.faces import MODEL, SURE, FaceFinder

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
    assert faces[0].score >= 0.5 and not faces[0].confirmed


@pytest.mark.parametrize("name", ["no_people.jpg", "coins.jpg", "crest_rot20_30.jpg"])
def test_no_faces_where_there_are_none(finder, name):
    # coins.jpg: embossed heads have the outline of a face but no eyes.
    assert finder.find(decode(fixture_bytes(name))) == []


def test_an_unsure_candidate_needs_the_cascades_second_opinion(finder):
    # The landscape holds a shape the detector half believes is a face; the cascades see
    # no face there, so nothing is reported. On the astronaut's face they agree.
    scene = decode(fixture_bytes("no_people.jpg"))
    unsure = [box for box, score in finder._candidates(scene.gray) if score < SURE]
    assert unsure and not any(finder._confirmed(scene.gray, *box) for box in unsure)
    assert finder.find(scene) == []
    face = decode(fixture_bytes("face.jpg"))
    (box, score), = finder._candidates(face.gray)
    assert finder._confirmed(face.gray, *box)


def test_the_model_file_is_the_one_its_readme_names():
    # models/README.md records where the file comes from and its digest: a changed or
    # truncated file would otherwise fail only as odd detections.
    digest = hashlib.sha256(MODEL.read_bytes()).hexdigest()
    assert digest in (MODEL.parent / "README.md").read_text()

"""What checks share about one picture: the shrunk copy, and keypoints made beside the face check."""
from __future__ import annotations

import numpy as np
import pytest

from policies.images import analysis
from policies.images.decode import decode
from policies.images.logos import LogoMatcher, PhotoFeatures

from .conftest import FIXTURES, encode, fixture_bytes


def test_shrunk_copy_is_made_once():
    d = decode(fixture_bytes("face.jpg"))
    small, f = d.shrunk(200)
    assert d.shrunk(200)[0] is small
    assert max(small.shape) == 200 and f == pytest.approx(200 / max(d.gray.shape))
    whole, one = d.shrunk(10_000)                                 # already small enough
    assert whole is d.gray and one == 1.0


def test_keypoints_start_when_decoded_and_match_computing_them_directly(face_photo):
    matcher = LogoMatcher.from_files([FIXTURES / "crest.png"])   # some config looks for logos
    data = encode(face_photo, "JPEG", quality=91)                # bytes no other test decodes
    d = analysis.decoded(data)
    started = d.derived("keypoints", lambda _: pytest.fail("decoding did not start the keypoints"))
    assert analysis.start_keypoints(d) is started                # and they start once per picture
    photo = analysis.keypoints(d)
    assert analysis.keypoints(d) is photo
    direct = PhotoFeatures(decode(data))
    assert np.array_equal(photo.points, direct.points) and np.array_equal(photo.descriptors, direct.descriptors)
    assert matcher.find(photo) == matcher.find(direct)

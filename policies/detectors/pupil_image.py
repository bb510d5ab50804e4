"""Photos that show people: on a personal account, or next to a pupil without photo consent."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..images.analysis import ResultCache
from ..images.decode import Decoded, UnreadableImage
from ..images.faces import FaceFinder
from ..model import Hit, ImageInput
from .base import Detector, PostContext

WHAT_TO_CHECK = "Make sure no pupils or parents are in this photo, or that written consent is on file."


@dataclass(frozen=True, slots=True)
class FacesSeen:
    boxes: tuple[tuple[int, ...], ...]   # x, y, w, h in the original image's pixels
    confirmed: tuple[bool, ...]      # each: found unsure, then confirmed by the cascades
    size: tuple[int, int]


class PupilImageDetector(Detector):
    CATEGORY = "pupil_image"
    SIGNALS = ("faces_personal", "faces_without_consent")
    #: Score for a face the detector is sure of, and for one it needed a second opinion on.
    SCORE_SURE = 0.85
    SCORE_CONFIRMED = 0.7

    def __init__(self, school, pack):
        super().__init__(school, pack)
        self.finder = FaceFinder()
        self.cache: ResultCache[FacesSeen] = ResultCache()

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        if not ctx.post.images:
            return
        if ctx.official:
            # Official accounts may publish photos; what they may not is a photo beside a
            # pupil whose parents gave no photo consent. A mention may be ambiguous between
            # pupils (two Zoë W.s): any of them without consent counts.
            unconsented = sorted({p.full_name for m in ctx.mentions for p in m.pupils if not p.photo_consent})
            if not unconsented:
                return
            signal, subject = "faces_without_consent", ", ".join(unconsented)
        else:
            signal, subject = "faces_personal", None
        for image in ctx.post.images:
            try:
                seen = self.faces(image)
            except UnreadableImage as e:
                yield self.hit(signal, 0.0, f"the photo {image.name} could not be checked for people: {e}",
                               WHAT_TO_CHECK, evidence=image.name, subject=subject, indeterminate=True,
                               location={"image": image.name})
                continue
            if seen.boxes:
                yield self._hit(signal, image, seen, subject)

    def faces(self, image: ImageInput) -> FacesSeen:
        return self.cache.get(image.data, self._analyse)

    def _analyse(self, d: Decoded) -> FacesSeen:
        faces = self.finder.find(d)
        return FacesSeen(tuple(tuple(d.to_original(f.box)) for f in faces),
                         tuple(f.confirmed for f in faces), (d.width, d.height))

    def _hit(self, signal: str, image: ImageInput, seen: FacesSeen, subject: str | None) -> Hit:
        n = len(seen.boxes)
        shows = f"the photo {image.name} shows {n} {'face' if n == 1 else 'faces'}"
        why = (f"{shows} and the post names a pupil with no photo consent on file"
               if signal == "faces_without_consent" else f"{shows} and is posted from a personal account")
        score = max(self.SCORE_CONFIRMED if c else self.SCORE_SURE for c in seen.confirmed)
        return self.hit(
            signal, score, why,
            "faces found by the BlazeFace detector (those it was unsure of confirmed by OpenCV's "
            "face and eye cascades)",
            WHAT_TO_CHECK,
            evidence=image.name, subject=subject,
            location={"image": image.name, "image_size": list(seen.size),
                      "faces": [list(b) for b in seen.boxes]},
        )

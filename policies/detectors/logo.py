"""The school's own logo in an attached photo, on a post from a personal account.

Whether that matters is the pack's call (one school forbids its crest on personal posts,
another does not mind): this detector reports every sighting on a non-official post.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..errors import ConfigError
from ..images.analysis import ResultCache, keypoints
from ..images.decode import Decoded, UnreadableImage
from ..images.logos import LogoMatch, LogoMatcher, required_detail, required_similarity
from ..model import Hit, ImageInput
from .base import Detector, PostContext


@dataclass(frozen=True, slots=True)
class LogosSeen:
    matches: tuple[LogoMatch, ...]
    boxes: tuple[tuple[int, ...], ...]   # per match, x, y, w, h in the original image's pixels
    size: tuple[int, int]


class LogoDetector(Detector):
    CATEGORY = "school_branding"
    SIGNALS = ("logo",)

    def __init__(self, school, pack):
        super().__init__(school, pack)
        self.matcher: LogoMatcher | None = None
        if school.logos:
            # Logo features are computed once per config; a logo we cannot use is a config
            # error now, not a silent miss on every post later.
            try:
                self.matcher = LogoMatcher.from_files(list(school.logos))
            except (OSError, ValueError) as e:
                raise ConfigError(school.base_dir, [f"logos: {e}"]) from e
        self.cache: ResultCache[LogosSeen] = ResultCache()

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        if self.matcher is None or ctx.official or not ctx.post.images:
            return
        for image in ctx.post.images:
            try:
                seen = self.logos(image)
            except UnreadableImage as e:
                yield self.hit("logo", 0.0, f"the photo {image.name} could not be checked for the school's logo: {e}",
                               evidence=image.name, indeterminate=True, location={"image": image.name})
                continue
            for match, box in zip(seen.matches, seen.boxes):
                yield self._hit(image, match, box, seen.size)

    def logos(self, image: ImageInput) -> LogosSeen:
        return self.cache.get(image.data, self._analyse)

    def _analyse(self, d: Decoded) -> LogosSeen:
        assert self.matcher is not None
        matches = tuple(self.matcher.find(keypoints(d)))
        return LogosSeen(matches, tuple(tuple(d.to_original(m.box)) for m in matches), (d.width, d.height))

    def _hit(self, image: ImageInput, m: LogoMatch, box: tuple[int, ...], size: tuple[int, int]) -> Hit:
        x, y, w, h = box
        turned = f", turned {abs(m.angle):.0f}° {'anticlockwise' if m.angle > 0 else 'clockwise'}" \
            if abs(m.angle) >= 3 else ""
        return self.hit(
            "logo", m.confidence,
            f"the photo {image.name} shows the school's logo ({m.logo})",
            f"found at x={x}, y={y}, {w}x{h} pixels, {m.width_fraction:.0%} of the photo's width{turned}",
            f"{m.inliers} keypoints match the logo's geometry; its appearance, compared tile by tile, "
            f"scores {m.similarity:.2f} (a match needs {required_similarity(m.shown_px):.2f}), and in fine detail "
            f"such as lettering {m.detail:.2f} (needs {required_detail(m.shown_px):.2f})",
            evidence=image.name,
            location={"image": image.name, "image_size": list(size), "logo": m.logo, "box": list(box),
                      "angle": m.angle, "width_fraction": m.width_fraction, "confidence": m.confidence},
        )

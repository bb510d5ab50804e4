"""Personal social media use inside the member of staff's directed time."""
from __future__ import annotations

from typing import Iterable

from ..model import Hit
from .base import Detector, PostContext


class DirectedTimeDetector(Detector):
    CATEGORY = "directed_time"
    SIGNALS = ("inside_directed_time",)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        if ctx.official:  # posting for the school is part of the job
            return
        period, why = self.school.directed_at(ctx.post.at, ctx.post.user)
        if period is not None:
            yield self.hit("inside_directed_time", 1.0, "posted from a personal account in directed time", why,
                           evidence=why)

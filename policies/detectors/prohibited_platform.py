"""Use of a platform the pack prohibits (e.g. WhatsApp for trust business)."""
from __future__ import annotations

from typing import Iterable


from ..model import Hit
from .base import Detector, PostContext


class ProhibitedPlatformDetector(Detector):
    CATEGORY = "prohibited_platform"
    SIGNALS = ("prohibited_platform",)

    def __init__(self, school, pack):
        super().__init__(school, pack)
        self.rules = {p.platform: p for p in pack.prohibited_platforms}

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        rule = self.rules.get(ctx.post.platform)
        if rule is None:
            return
        if rule.when == "always":
            yield self.hit("prohibited_platform", 1.0, f"{ctx.post.platform} is not to be used",
                           evidence=ctx.post.platform)
            return
        cue = ctx.school_cue
        if cue or ctx.mentions:
            why = f"it concerns school business ({cue or 'names a pupil'})"
            yield self.hit("prohibited_platform", 0.8,
                           f"{ctx.post.platform} is not to be used for school business", why,
                           evidence=ctx.post.platform)

"""A profile that names the school as the member of staff's workplace."""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Hit
from ..text.normalize import fold
from .base import Detector, PostContext


class WorkplaceProfileDetector(Detector):
    CATEGORY = "school_branding"
    SIGNALS = ("profile_workplace",)

    def __init__(self, school, pack):
        super().__init__(school, pack)
        names = sorted({fold(a).lstrip("@") for a in school.aliases if len(fold(a).lstrip("@")) >= 2},
                       key=len, reverse=True)
        alt = "|".join(regex.escape(n) for n in names)
        self.pattern = regex.compile(rf"(?<![a-z0-9])@?(?:{alt})(?![a-z0-9])")

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        if ctx.post.action != "profile_update" or ctx.official:
            return
        m = self.pattern.search(ctx.text.folded, timeout=0.05)
        if m:
            yield self.text_hit(ctx, "profile_workplace", 0.9, m.start(), m.end(),
                                "the profile names the school as workplace")

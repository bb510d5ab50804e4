"""Official-account activity while the trust has put social media on hold."""
from __future__ import annotations

from typing import Iterable

from ..model import Hit
from .base import Detector, PostContext


class PostingHoldDetector(Detector):
    CATEGORY = "posting_hold"
    SIGNALS = ("official_during_hold",)

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        if not ctx.official:  # a hold pauses the school's own accounts, not staff's private lives
            return
        for hold in self.school.holds:
            if hold.covers(ctx.post.at, ctx.post.platform):
                reason = f": {hold.reason}" if hold.reason else ""
                yield self.hit(
                    "official_during_hold", 1.0,
                    "an official account is posting while social media activity is on hold",
                    f"hold from {hold.start.isoformat()} to {hold.end.isoformat()}{reason}",
                    evidence=f"{ctx.post.at.isoformat()} is inside the hold")
                return

"""Contact aimed at a pupil's own account: DMs, follows, friend requests, replies and tags.

Recipients and @handles in the text are looked up among the roster's social handles
(case-insensitively). A relationship the member of staff has declared (e.g. a parent or
close relative) exempts that member of staff only.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Hit
from .base import Detector, PostContext

_HANDLE_IN_TEXT = regex.compile(r"(?<![\w@])@([A-Za-z0-9_.]{2,30}(?:@[A-Za-z0-9.-]+)?)")

_ACTION_WORDS = {
    "dm": "a direct message to", "follow": "a follow of", "friend_request": "a friend request to",
    "reply": "a reply to", "comment": "a comment aimed at",
}


class PupilContactDetector(Detector):
    CATEGORY = "pupil_contact"
    SIGNALS = ("to_pupil", "tags_pupil")

    def detect(self, ctx: PostContext) -> Iterable[Hit]:
        post = ctx.post
        seen = set()
        targets = [(r, "to_pupil") for r in post.recipients]
        targets += [(m.group(), "tags_pupil") for m in _HANDLE_IN_TEXT.finditer(post.text)]
        for handle, signal in targets:
            pupil = self.school.pupil_by_handle(handle.rstrip("."))
            if pupil is None or pupil in seen:
                continue
            seen.add(pupil)
            declared = self.school.declared(post.user, pupil)
            if declared is not None:
                continue  # the member of staff declared this relationship
            what = _ACTION_WORDS.get(post.action, "a post tagging") if signal == "to_pupil" \
                else "a post tagging"
            span = None
            if signal == "tags_pupil":
                start = post.text.find(handle)
                span = (start, start + len(handle))
            yield self.hit(signal, 1.0, f"{what} a pupil's account",
                           f"{handle} is a roster handle of a pupil in {pupil.year_group or 'school'}",
                           "no declared relationship covers this member of staff",
                           evidence=handle, span=span, subject=pupil.full_name)

"""A form or class code written in capitals ("Rain in 7H", "Ava from 10HB").

The lower-case reading of a form code has to refuse units stuck to a number ("in 7h" is seven
hours, "in 5m" five metres), so "7H" is lost there. Written with capital letters the same shape
is a form code: a time or a distance is not written "7H". Units that are written in capitals
("a 10K", "a 3G pitch", "3D", "10AM") are still refused.
"""
from __future__ import annotations

import regex

#: After a name, in the original text: "in 7H", "from 10HB", "in form 9X2".
CAPITAL_FORM_CODE_AFTER = regex.compile(
    r"(?:'s?)?\s*,?\s*(?:in|from)\s+(?:my\s+|our\s+)?(?:form\s+|class\s+|set\s+)?(?:[1-9]|1[0-3])"
    r"(?!(?:K|M|G|D|AM|PM|MB|GB|KG|KM|HP|V|W|MPH)\b)[A-Z]{1,3}[0-9]?\b")


def capital_form_code_after(original: str) -> str | None:
    """The cue "in 7H" when `original` (the original text right after a name) begins with one."""
    m = CAPITAL_FORM_CODE_AFTER.match(original, timeout=0.05)
    return m.group().strip(" ,'") if m else None

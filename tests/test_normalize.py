"""Folding keeps a map back to the original text."""
import pytest

from policies.text.normalize import normalize


@pytest.mark.parametrize("raw,folded", [
    ("Zoë", "zoe"), ("Łukasz Wójcik", "lukasz wojcik"), ("Ștefan", "stefan"),
    ("O’Sullivan", "o'sullivan"), ("Smith‐Adebayo", "smith-adebayo"),
    ("A\u200bva", "ava"), ("\u0410va", "ava"), ("Ava\n\n  Thompson", "ava thompson"),
    ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"), ("Nguyễn", "nguyen"), ("Straße", "strasse"),
])
def test_fold(raw, folded):
    assert normalize(raw).folded == folded


def test_spans_map_back_to_the_original():
    text = normalize("Hi Zo\u200bë  W!")
    start = text.folded.index("zoe")
    assert text.excerpt(start, start + len("zoe w")) == "Zo\u200bë  W"

"""Folding keeps a map back to the original text."""
import pytest

from policies.text import tokens, word_lookup
from policies.text.normalize import _normalize_by_char, normalize


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


SAMPLES = [
    "  Ava\n\n  Thompson  ", "Zoë O’Sullivan's class", "Straße\u200b und ﬁsh…", "❤️ well done Y5!",
    "o'neill's 'quoted' it''s 9'o", "#Year6 @ava_t f***ing sh1t", "\t\u00a0tabs\u00a0and\u3000spaces ",
    "Ｆｕｌｌｗｉｄｔｈ А\u0301va", "", " ", "a  b   c",
]


@pytest.mark.parametrize("raw", SAMPLES)
def test_folding_by_table_matches_folding_by_character(raw):
    assert normalize(raw) == _normalize_by_char(raw)


@pytest.mark.parametrize("raw", SAMPLES)
def test_word_spans_are_what_the_word_patterns_find(raw):
    folded = normalize(raw).folded
    for pattern in (tokens._WORD, word_lookup.WORD):
        assert list(tokens.word_spans(folded, pattern)) == [
            (m.start(), m.end(), m.group()) for m in pattern.finditer(folded)]


def test_folding_stays_exact_beyond_the_table_limit():
    # Thousands of distinct characters (more than the translate table keeps), then some
    # that fold to none or to several: the table's limit costs speed, never correctness.
    raw = "".join(map(chr, range(0x4E00, 0x4E00 + 6000))) + " Straße A\u0301va\u200b ﬁ "
    assert normalize(raw) == _normalize_by_char(raw)


def test_tokens_keep_what_a_name_matcher_needs():
    found = tokens.tokenize(normalize("Hi O’Sullivan's #Y5, ava."))
    assert [(t.key, t.sigil, t.capitalised, t.gap, t.next_char) for t in found] == [
        ("hi", "", True, "", " "), ("osullivan", "", True, " ", " "), ("y5", "#", True, " #", ","),
        ("ava", "", False, ", ", ".")]


@pytest.mark.parametrize("raw", SAMPLES)
def test_tokens_made_when_asked_for_are_the_tokens_made_in_order(raw):
    text = normalize(raw)
    in_order, on_demand = list(tokens.tokenize(text)), tokens.tokenize(text)
    assert [on_demand[i] for i in reversed(range(len(on_demand)))] == in_order[::-1]
    assert on_demand[1:3] == in_order[1:3] and on_demand.keys == [t.key for t in in_order]

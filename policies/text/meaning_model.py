"""A small linear text classifier for the categories that depend on meaning.

The pattern detectors (reputation, confidential, solicitation, offensive) explain exactly why
they fire, but every fresh probe round found phrasings no pattern foresaw: a pre-fix recall of
0.13-0.43 on the seventh round. This model is their second reader. It is a logistic regression
over the words and word pairs of the folded text (numbers folded to 0) and the post's tone,
one weight vector per category, trained by `scripts/train_meaning_model.py` from the labelled
probe sets in tests/heldout, the shared dev set and the detector tests' look-alikes, and
shipped as data (`policies/data/meaning_model.json`): no ML framework at run time, a few dozen
dictionary look-ups a post.

A row is the set of features present, scaled to unit length (so a long post does not score
higher for being long): score = sigmoid(b + sum(w[f] for f in present) / sqrt(len(present))),
where `present` counts only features the model knows. The training script reads the same
`feature_names`, so what was measured is what runs (tests/detectors/test_meaning.py checks
both, and that the shipped model is what the script makes).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "meaning_model.json"
CATEGORIES = ("reputation", "confidential", "solicitation", "offensive")

_WORD = re.compile(r"[^\W_]+(?:'[^\W\d_]+)?")
_DIGITS = re.compile(r"\d+")


#: Words that carry grammar, not meaning (see `Scores.why`).
FUNCTION_WORDS = frozenset("""
a an the and or but if so as at by for from in into of on onto to with without about over under
up down out off than then that this these those there here it its it's i i'm i've me my mine
we our ours us you your yours he him his she her hers they them their theirs who whom whose which
what when where why how is are was were be been being am do does did done have has had having
will would shall should can could may might must not no nor just very too also all any some
each every both either neither one 0 s t
""".split())

#: A word's tone, from VADER's lexicon (vaderSentiment, MIT; about 7,500 words rated -4..+4 by
#: people): at or beyond TONE a word counts as negative or positive, and the post's sum of
#: tones beyond NET makes it negative or positive overall. A bag of words learns which words
#: name a target ("our head of maths") but, from a few hundred examples, not which words judge
#: it; the tone features carry that judgement for words the examples never used.
TONE = 1.0
NET = 1.5


@lru_cache(maxsize=1)
def tone_lexicon() -> dict[str, float]:
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8", errors="replace")
    out = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha() and rest:
            out[word.lower()] = float(rest.split("\t", 1)[0])
    return out


def features(folded: str) -> list[tuple[str, int, int]]:
    """(feature, start, end): each word, each adjacent pair of words, and the post's tone
    (at its most negative or most positive word). Spans are for explaining a reading; the
    score itself needs only the names (`feature_names`, the same features, faster)."""
    words = [(w if w.isalpha() else _DIGITS.sub("0", w), m.start(), m.end())
             for m in _WORD.finditer(folded) for w in (m.group(),)]
    out = words[:]
    out += [(f"{a} {b}", s, e) for (a, s, _), (b, _, e) in zip(words, words[1:])]
    lexicon = tone_lexicon()
    toned = [(lexicon[w], s, e) for w, s, e in words if w in lexicon]
    if toned:
        low, high = min(toned), max(toned)
        net = sum(v for v, _, _ in toned)
        out += [(name, *(low if "negative" in name else high)[1:]) for name in _tone(low[0], high[0], net)]
    return out


def feature_names(folded: str) -> list[str]:
    """The names of `features(folded)`, in the same order."""
    words = [w if w.isalpha() else _DIGITS.sub("0", w) for w in _WORD.findall(folded)]
    out = words + [a + " " + b for a, b in zip(words, words[1:])]
    lexicon = tone_lexicon()
    toned = [lexicon[w] for w in words if w in lexicon]
    if toned:
        out += _tone(min(toned), max(toned), sum(toned))
    return out


def _tone(low: float, high: float, net: float) -> list[str]:
    """The tone features of a post whose words' tones run from `low` to `high`, summing to `net`."""
    out = []
    if low <= -TONE:
        out.append("~negative word")
    if high >= TONE:
        out.append("~positive word")
    if net <= -NET:
        out.append("~negative overall")
    elif net >= NET:
        out.append("~positive overall")
    return out


@dataclass(frozen=True, slots=True)
class Scores:
    """One post's probability per category; `why` names the features that weighed most."""
    probability: dict[str, float]
    known: int                               # how many of the post's features the model knows
    _folded: str
    _model: MeaningModel

    def why(self, category: str, n: int = 3) -> list[tuple[str, int, int, float]]:
        """(feature, start, end, contribution) of the `n` features that raised `category`'s
        score most, best first; features made only of function words ("on the") weigh in the
        score but explain nothing to a reader, so they are not named. Computed only for a
        post the classifier reports, so the spans are worked out here, not for every post."""
        model, k = self._model, self._index(category)
        scale = 1.0 / math.sqrt(self.known) if self.known else 0.0
        raised, seen = [], set()
        for f, s, e in features(self._folded):
            i = model._row.get(f)
            if i is None or f in seen:
                continue
            seen.add(f)
            c = float(model._weights[i, k]) * scale
            if c > 0 and not FUNCTION_WORDS.issuperset(f.split()):
                raised.append((f, s, e, c))
        return sorted(raised, key=lambda t: -t[3])[:n]

    def _index(self, category: str) -> int:
        return self._model.categories.index(category)


class MeaningModel:
    def __init__(self, weights: dict[str, list[float]], intercepts: dict[str, float],
                 categories: tuple[str, ...] = CATEGORIES):
        self.categories = categories
        self._row = {f: i for i, f in enumerate(weights)}
        self._weights = np.array(list(weights.values()), dtype=np.float64).reshape(len(weights), len(categories))
        self._intercepts = np.array([intercepts[c] for c in categories])

    @classmethod
    def from_json(cls, data: dict) -> MeaningModel:
        return cls(data["weights"], data["intercepts"], tuple(data["categories"]))

    def score(self, folded: str) -> Scores:
        get = self._row.get
        rows = list({i for i in map(get, feature_names(folded)) if i is not None})
        if rows:
            z = self._intercepts + self._weights[rows].sum(axis=0) / math.sqrt(len(rows))
        else:
            z = self._intercepts
        p = [1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, v)))) for v in z.tolist()]
        return Scores(dict(zip(self.categories, p)), len(rows), folded, self)


@lru_cache(maxsize=1)
def shipped_model() -> MeaningModel:
    """The model in policies/data, loaded once per process (every engine shares it)."""
    return MeaningModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))

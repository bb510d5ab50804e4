"""The meaning classifier: what ships is what the training script makes, it scores as it was
trained, and the engine lets it speak only where the pattern detectors were silent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from policies.detectors.meaning import ReputationModel
from policies.engine import Engine
from policies.model import Post
from policies.text.meaning_model import MODEL_PATH, MeaningModel, feature_names, features, shipped_model
from policies.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "heldout" / "e-act" / "northfleet.yaml"
sys.path.insert(0, str(ROOT / "scripts"))
import train_meaning_model as training  # noqa: E402


def post(text: str, handle: str = "@someone_personal") -> Post:
    return Post.from_dict({"platform": "x", "action": "post", "account": {"handle": handle, "id": "1"},
                           "user": "t.user", "at": "2026-11-21T19:30:00+00:00", "text": text,
                           "recipients": [], "images": []}, CONFIG.parent)


@pytest.fixture(scope="module")
def engine():
    return Engine.from_config(CONFIG)


def toy_model(text: str, words: dict[str, tuple[float, float, float, float]], bias: float = -3.0) -> MeaningModel:
    """A real model that weighs `words` and knows every other word and pair of `text` with
    weight 0 (the classifier reads only posts of which it knows enough), so a test can say
    what it will find. A weight w adds about w to the logit of a post of `text`'s length (the
    score divides the sum by the square root of the number of known features)."""
    cats = ("reputation", "confidential", "solicitation", "offensive")
    weights = {f: [0.0] * 4 for f, _, _ in features(normalize(text).folded)}
    scale = len(weights) ** 0.5
    weights.update({w: [x * scale for x in v] for w, v in words.items()})
    return MeaningModel(weights, {c: bias for c in cats}, cats)


def test_the_shipped_model_is_what_training_makes_from_the_committed_sets(tmp_path):
    # Nobody edits weights by hand, and a new probe set changes the model only through the
    # script: retrain after adding a set (scripts/train_meaning_model.py).
    out = tmp_path / "model.json"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_meaning_model.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == MODEL_PATH.read_bytes(), \
        "policies/data/meaning_model.json is stale: run scripts/train_meaning_model.py"


def test_the_engine_scores_exactly_as_training_computed():
    # Training's sparse rows and the engine's score must agree, or what was measured is not
    # what runs.
    model = shipped_model()
    data = json.loads(MODEL_PATH.read_text())
    index = {f: i for i, f in enumerate(data["weights"])}
    W = np.array(list(data["weights"].values()))
    texts = [normalize(t).folded for t in (
        "Our SLT couldn't organise a raffle, honestly the worst run place I've worked.",
        "Cake sale on Friday, 50p a slice!", "", "Year 6 were brilliant at the concert 🎶")]
    X = training.Rows(texts, index)
    for k, cat in enumerate(data["categories"]):
        z = X.dot(W[:, k]) + data["intercepts"][cat]
        expected = 1 / (1 + np.exp(-z))
        got = [model.score(t).probability[cat] for t in texts]
        assert np.allclose(expected, got), cat


def test_a_short_post_is_left_to_the_patterns(engine, monkeypatch):
    # Four words are too little to read meaning from: however the model weighs them.
    toy = toy_model("u are a legend", {"legend": (0, 0, 0, 9.0)})
    for d in engine._second_readers:
        monkeypatch.setattr(d, "model", toy)
    assert not engine.check(post("u are a legend")).findings


@pytest.mark.parametrize("text", ["the head is clueless 2024", "", "Brilliant!! Loved it 😍 #proud",
                                  "ok", "Zoë's café, 3 x £2.50 — awful"])
def test_the_fast_names_are_the_explained_features(text):
    folded = normalize(text).folded
    assert feature_names(folded) == [f for f, _, _ in features(folded)]


def test_features_are_words_pairs_and_tone():
    names = [f for f, _, _ in features("the head is clueless 2024")]
    assert {"head", "is clueless", "0"} <= set(names)
    assert "~negative word" in names          # "clueless" is rated negative in VADER's lexicon
    assert not [f for f in names if f.startswith("~positive")]


def test_a_second_reader_speaks_where_the_patterns_were_silent(engine, monkeypatch):
    text = "Our head of department guards the stapler like treasure every single day."
    toy = toy_model(text, {"stapler": (6.0, 0, 0, 0)})
    for d in engine._second_readers:
        monkeypatch.setattr(d, "model", toy)
    v = engine.check(post(text))
    found = [f for f in v.findings if f.signal == "classifier"]
    assert [f.category for f in found] == ["reputation"]
    assert "“stapler”" in found[0].explanation[1]
    assert found[0].evidence == "stapler"


def test_no_second_reading_where_a_pattern_already_reported(engine, monkeypatch):
    text = "SLT are completely useless and everyone in the building knows it."
    toy = toy_model(text, {"useless": (0, 6.0, 0, 0)})      # the toy calls it confidential
    for d in engine._second_readers:
        monkeypatch.setattr(d, "model", toy)
    v = engine.check(post(text))
    assert "reputation" in {f.category for f in v.findings}             # the pattern detector's finding
    assert not [f for f in v.findings if f.signal == "classifier"]


def test_only_the_most_confident_second_reading_is_kept(engine, monkeypatch):
    text = "Look at this little gadget I found in the staff room this morning."
    toy = toy_model(text, {"gadget": (0, 4.0, 7.0, 0)})     # confidential and solicitation, solicitation more
    for d in engine._second_readers:
        monkeypatch.setattr(d, "model", toy)
    v = engine.check(post(text))
    assert [f.category for f in v.findings if f.signal == "classifier"] == ["solicitation"]


def test_reputation_needs_the_school_or_its_people_in_the_post(engine, monkeypatch):
    elsewhere = "The queue at the post office on a Saturday morning is a disgrace."
    at_school = "The new behaviour system our head brought in this term is a disgrace."
    toy = toy_model(elsewhere + " " + at_school, {"disgrace": (6.0, 0, 0, 0)})
    reader = next(d for d in engine._second_readers if isinstance(d, ReputationModel))
    monkeypatch.setattr(reader, "model", toy)
    assert not engine.check(post(elsewhere)).findings
    v = engine.check(post(at_school))
    assert "reputation" in {f.category for f in v.findings}


def test_the_training_corpus_reads_labels_and_names_a_bad_line(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.jsonl").write_text(
        '{"id": "1", "text": "Selling my cakes to all the school mums, DM me", "must": ["solicitation"], "may": ["reputation"]}\n'
        '\n{"id": "2", "text": "Lovely assembly today", "must": []}\n', encoding="utf-8")
    read = training.corpus(good)
    assert [labels for _, _, labels in read] == [
        {"reputation": None, "confidential": 0, "solicitation": 1, "offensive": 0},
        {"reputation": 0, "confidential": 0, "solicitation": 0, "offensive": 0}]
    assert read[0][0] == "corpus:a" and read[1][1] == "lovely assembly today"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "b.jsonl").write_text('{"id": "1", "text": "fine", "must": []}\n'
                                 '{"id": "2", "text": "x", "must": ["rudeness"]}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"b\.jsonl:2: unknown categories \['rudeness'\]"):
        training.corpus(bad)
    (bad / "b.jsonl").write_text('{"id": "1", "must": []}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"b\.jsonl:1: 'text'"):
        training.corpus(bad)
    (bad / "b.jsonl").write_text('["not", "an", "object"]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"b\.jsonl:1: "):
        training.corpus(bad)

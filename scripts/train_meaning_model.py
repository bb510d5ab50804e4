#!/usr/bin/env python3
"""Train the meaning classifier (policies/text/meaning_model.py) from labelled case sets.

    .venv/bin/python scripts/train_meaning_model.py                 # write policies/data/meaning_model.json
    .venv/bin/python scripts/train_meaning_model.py --hold-out 'round7*' --dry-run
                                                                      # measure on sets it did not see

Each case of the contract's form (`expect.must` / `expect.may`) gives, per category, a positive
(in `must`), a negative (in neither), or nothing (in `may` only: arguable either way; or a
category the case's pack does not enforce for that kind of account, where the label says what
the pack wants, not what the text is). Features and scores are computed by the same code the
engine runs. Training is plain full-batch gradient descent on the class-weighted, L2-penalised
logistic loss (numpy only), from zeros: the same sets give the same model, byte for byte.

`--hold-out GLOB` leaves out the sets whose folder matches and reports, on them, how many of
each category's positives the model finds and how many negatives it flags at the engine's
thresholds: the honest figure for sets nobody trained on. Train the shipped model on every set
only after a new probe round has been scored without it.
"""
from __future__ import annotations

import argparse
import ast
import fnmatch
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policies.detectors.meaning import THRESHOLDS  # noqa: E402
from policies.model import AccountKind, Decision  # noqa: E402
from policies.pack import load_pack  # noqa: E402
from policies.schooldata.school import load_school  # noqa: E402
from policies.text.meaning_model import CATEGORIES, MODEL_PATH, MeaningModel, feature_names  # noqa: E402
from policies.text.normalize import normalize  # noqa: E402

DEFAULT_SETS = [ROOT / "tests" / "heldout", ROOT.parent / "shared" / "acceptance" / "dev"]
#: The detector tests' look-alikes: posts written to sit next to a category without being in
#: it ("the hall is a waste of space until they fix the roof"). A module-level list named
#: <CATEGORY>_PASSES (or PASSES in test_<category>.py) is a list of negatives for that
#: category; MEANING_PASSES for all four.
LOOK_ALIKES = ROOT / "tests" / "detectors"
#: Posts written to teach the classifier, not to probe the engine (scripts/meaning_corpus/*.jsonl,
#: see its README): each line {"id", "text", "must": [...], "may": [...]}, a personal account's
#: post; a category in `must` is a positive, in `may` nothing, any other a negative.
CORPUS = ROOT / "scripts" / "meaning_corpus"
SIGNAL = "classifier"
#: Inverse L2 strength, a feature's least number of training posts, and the descent.
C = 8.0
MIN_POSTS = 2
STEPS, RATE = 3000, 0.5
#: A look-alike counts this many times: it was written to sit next to the category, so it
#: says more about the boundary than an ordinary negative does.
LOOK_ALIKE_WEIGHT = 3.0


def case_files(roots: list[Path]) -> list[Path]:
    out = []
    for root in roots:
        out += [root / "cases.jsonl"] if (root / "cases.jsonl").is_file() else sorted(root.glob("*/cases.jsonl"))
    return out


class Enforcement:
    """Whether a case's pack enforces a category for that post's kind of account."""

    def __init__(self) -> None:
        self._schools: dict[Path, tuple] = {}

    def enforced(self, case_file: Path, case: dict, category: str) -> bool:
        config = (case_file.parent / case["config"]).resolve()
        if config not in self._schools:
            school = load_school(config)
            self._schools[config] = (school, load_pack(school.config.pack, relative_to=school.base_dir))
        school, pack = self._schools[config]
        post = case["post"]
        account = post.get("account") or {}
        kind = (AccountKind.OFFICIAL if school.is_official(post["platform"], account.get("handle"), account.get("id"))
                else AccountKind.PERSONAL)
        return any(r.decision.for_kind(kind) is not Decision.ALLOW
                   for r in pack.rules_for(category, SIGNAL, post.get("action", "post")))


def examples(files: list[Path]) -> list[tuple[str, str, dict[str, int | None]]]:
    """(set name, folded text, {category: 1, 0 or None}) per case."""
    enforcement = Enforcement()
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            must, may = set(case["expect"]["must"]), set(case["expect"]["may"])
            labels = {}
            for cat in CATEGORIES:
                if cat in must:
                    labels[cat] = 1
                elif cat in may or not enforcement.enforced(f, case, cat):
                    labels[cat] = None
                else:
                    labels[cat] = 0
            out.append((f.parent.name, normalize(case["post"].get("text") or "").folded, labels))
    return out


def look_alikes(folder: Path) -> list[tuple[str, str, dict[str, int | None]]]:
    out = []
    for path in sorted(folder.glob("test_*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id.endswith("PASSES")):
                continue
            name = node.targets[0].id
            prefix = name[:-len("PASSES")].rstrip("_").lower()
            if prefix == "meaning":
                cats = set(CATEGORIES)
            elif prefix in CATEGORIES:
                cats = {prefix}
            elif not prefix and path.stem.removeprefix("test_") in CATEGORIES:
                cats = {path.stem.removeprefix("test_")}
            else:
                continue
            for item in getattr(node.value, "elts", []):
                first = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    labels = {c: (0 if c in cats else None) for c in CATEGORIES}
                    out.append((f"look-alike:{path.stem}.{name}", normalize(first.value).folded, labels))
    return out


def corpus(folder: Path) -> list[tuple[str, str, dict[str, int | None]]]:
    """(file name, folded text, labels) per line of the training corpus; a bad line is an
    error naming its file and line, never skipped."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                must, may, text = set(item["must"]), set(item.get("may", ())), item["text"]
                unknown = (must | may) - set(CATEGORIES)
                if unknown or not isinstance(text, str) or not text.strip():
                    raise ValueError(f"unknown categories {sorted(unknown)}" if unknown else "empty text")
            except (ValueError, KeyError, TypeError) as e:
                raise SystemExit(f"{path}:{n}: {e}") from None
            labels = {c: 1 if c in must else None if c in may else 0 for c in CATEGORIES}
            out.append((f"corpus:{path.stem}", normalize(text).folded, labels))
    return out


def vocabulary(texts: list[str]) -> list[str]:
    posts = Counter(f for t in texts for f in set(feature_names(t)))
    return sorted(f for f, n in posts.items() if n >= MIN_POSTS)


class Rows:
    """The examples as a sparse matrix (row, column, value triples): each row is its
    features' indicator scaled to unit length, as `MeaningModel.score` computes it."""

    def __init__(self, texts: list[str], index: dict[str, int]):
        rows, cols, vals = [], [], []
        for i, t in enumerate(texts):
            present = sorted({index[f] for f in feature_names(t) if f in index})
            if not present:
                continue
            rows += [i] * len(present)
            cols += present
            vals += [1.0 / np.sqrt(len(present))] * len(present)
        self.rows, self.cols, self.vals = np.array(rows, int), np.array(cols, int), np.array(vals)
        self.shape = (len(texts), len(index))

    def dot(self, w: np.ndarray) -> np.ndarray:                 # X @ w
        return np.bincount(self.rows, weights=w[self.cols] * self.vals, minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:                # X.T @ g
        return np.bincount(self.cols, weights=g[self.rows] * self.vals, minlength=self.shape[1])


def fit(X: Rows, y: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and intercept minimising the balanced, weighted logistic loss + |w|^2 / (2 C n)."""
    n = len(y)
    pos = max(1, int(y.sum()))
    sample = weight * np.where(y == 1, n / (2 * pos), n / (2 * max(1, n - pos))) / n
    w, b = np.zeros(X.shape[1]), 0.0
    vw, vb = np.zeros_like(w), 0.0
    for _ in range(STEPS):                      # Nesterov momentum
        lw, lb = w + 0.9 * vw, b + 0.9 * vb
        p = 1.0 / (1.0 + np.exp(-(X.dot(lw) + lb)))
        g = sample * (p - y)
        gw = X.tdot(g) + lw / (C * n)
        gb = g.sum()
        vw, vb = 0.9 * vw - RATE * gw, 0.9 * vb - RATE * gb
        w, b = w + vw, b + vb
    return w, b


def train(data: list[tuple[str, str, dict]]) -> dict:
    vocab = vocabulary([t for _, t, _ in data])
    index = {f: i for i, f in enumerate(vocab)}
    weights = np.zeros((len(vocab), len(CATEGORIES)))
    intercepts = {}
    counts = {}
    for k, cat in enumerate(CATEGORIES):
        rows = [(t, lab[cat], LOOK_ALIKE_WEIGHT if source.startswith("look-alike:") else 1.0)
                for source, t, lab in data if lab[cat] is not None]
        X = Rows([t for t, _, _ in rows], index)
        y = np.array([float(v) for _, v, _ in rows])
        w, b = fit(X, y, np.array([k for _, _, k in rows]))
        weights[:, k] = w
        intercepts[cat] = round(float(b), 5)
        counts[cat] = {"positive": int(y.sum()), "negative": int(len(y) - y.sum())}
    kept = {f: [round(float(v), 5) for v in weights[i]] for f, i in index.items()
            if np.abs(weights[i]).max() >= 1e-4}
    return {"categories": list(CATEGORIES), "intercepts": intercepts, "trained_on": counts,
            "sets": sorted({s for s, _, _ in data}), "weights": kept}


def evaluate(model: MeaningModel, data: list[tuple[str, str, dict]]) -> None:
    for cat in CATEGORIES:
        th = THRESHOLDS[cat]
        pos = [model.score(t).probability[cat] for _, t, lab in data if lab[cat] == 1]
        neg = [model.score(t).probability[cat] for _, t, lab in data if lab[cat] == 0]
        print(f"  {cat:13} at {th}: positives found {sum(p >= th for p in pos)}/{len(pos)}, "
              f"negatives flagged {sum(p >= th for p in neg)}/{len(neg)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="case folders or parents of them (default: "
                    "tests/heldout/* and ../shared/acceptance/dev)")
    ap.add_argument("--hold-out", action="append", default=[], metavar="GLOB",
                    help="leave out sets whose folder name matches; report on them")
    ap.add_argument("--dry-run", action="store_true", help="do not write the model file")
    ap.add_argument("--no-look-alikes", action="store_true",
                    help="train without the detector tests' look-alikes (to measure on them)")
    ap.add_argument("--no-corpus", action="store_true",
                    help="train without scripts/meaning_corpus (to measure what it adds)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    files = case_files(args.sets or DEFAULT_SETS)
    held = [f for f in files if any(fnmatch.fnmatch(f.parent.name, g) for g in args.hold_out)]
    data = examples([f for f in files if f not in held])
    if not args.no_look_alikes:
        data += look_alikes(LOOK_ALIKES)
    if not args.no_corpus:
        data += corpus(CORPUS)
    model_json = train(data)
    model = MeaningModel.from_json(model_json)
    print(f"trained on {len(data)} posts ({len(files) - len(held)} case sets, look-alikes and the corpus); "
          f"{len(model_json['weights'])} features")
    print("on the training sets:")
    evaluate(model, data)
    if args.no_look_alikes:
        print("on the detector tests' look-alikes (not trained on):")
        evaluate(model, look_alikes(LOOK_ALIKES))
    if held:
        print(f"on {len(held)} held-out sets ({', '.join(sorted(f.parent.name for f in held))}):")
        evaluate(model, examples(held))
    if not args.dry_run:
        args.out.write_text(json.dumps(model_json, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

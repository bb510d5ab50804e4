#!/usr/bin/env python3
"""Milliseconds per image for the image checks, beside Pillow's own decode time.

    .venv/bin/python bench/images.py [--rounds 5]

Builds 2-megapixel JPEGs (1632x1224, quality 85) from the test fixtures (a face, no people,
the crest at 30% rotated), then times, per image and without the result cache: decoding
for analysis, SIFT features and logo matching against one logo, and face finding. The
first column is Pillow decoding the same JPEG fully to RGB (`Image.open(...).convert("RGB")`),
the floor any image check pays. A benchmark, not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policies.images.decode import decode  # noqa: E402
from policies.images.faces import FaceFinder  # noqa: E402
from policies.images.logos import LogoMatcher  # noqa: E402

FIXTURES = ROOT / "tests" / "images" / "fixtures"
SIZE = (1632, 1224)   # 2.0 megapixels


def two_megapixel_jpeg(name: str, seed: int) -> bytes:
    with Image.open(FIXTURES / name) as im:
        big = im.convert("RGB").resize(SIZE, Image.Resampling.BICUBIC)
    # Sensor-like noise, so the JPEG is as busy as a phone photo rather than a smooth upscale.
    a = np.asarray(big, dtype=np.int16) + np.random.default_rng(seed).normal(0, 4, (SIZE[1], SIZE[0], 3)).astype(np.int16)
    buf = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=85)
    return buf.getvalue()


def ms(f, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    t = time.perf_counter()
    matcher = LogoMatcher.from_files([FIXTURES / "crest.png"])
    finder = FaceFinder()
    print(f"set-up (logo features, cascades): {(time.perf_counter() - t) * 1000:.0f} ms, once per config")
    print(f"{'image (1632x1224 JPEG)':28} {'Pillow decode':>14} {'decode':>8} {'logo':>8} {'faces':>8} {'total':>8}")
    totals = []
    for i, name in enumerate(["face.jpg", "no_people.jpg", "crest_rot20_30.jpg", "coins.jpg"]):
        data = two_megapixel_jpeg(name, i)
        pil = ms(lambda: Image.open(io.BytesIO(data)).convert("RGB"), args.rounds)
        d = decode(data)
        t_dec = ms(lambda: decode(data), args.rounds)
        t_logo = ms(lambda: matcher.find(matcher.features(d)), args.rounds)
        t_face = ms(lambda: finder.find(d.gray), args.rounds)
        total = t_dec + t_logo + t_face
        totals.append(total)
        print(f"{name:28} {pil:11.1f} ms {t_dec:5.1f} ms {t_logo:5.1f} ms {t_face:5.1f} ms {total:5.1f} ms")
    print(f"mean per image: {statistics.mean(totals):.1f} ms (target < 100 ms on 2 cores)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Milliseconds per image for the image checks, beside Pillow's own decode time.

    .venv/bin/python bench/images.py [--rounds 5] [--threads N]

Builds 2-megapixel JPEGs (1632x1224, quality 85) from the test fixtures (a face, no people,
the crest at 30% rotated), then times, per image and without the result cache: decoding
for analysis, SIFT keypoints and logo matching against one logo, face finding, each alone
and one after the other (`sum`), and `check`: all three as a post's check runs them, the
keypoints computed beside the face finder (`analysis.start_keypoints`). The first column is
Pillow decoding the same JPEG fully to RGB (`Image.open(...).convert("RGB")`), the floor
any image check pays. `cpu` is the processor time of one check over all its threads: on a
machine shared with other work it is steadier than wall-clock time, so compare before and
after with it too. A benchmark, not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policies.images.analysis import keypoints, start_keypoints  # noqa: E402
from policies.images.decode import Decoded, decode  # noqa: E402
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


def ms(f, rounds: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(rounds):
        t = clock()
        f()
        times.append((clock() - t) * 1000)
    return statistics.median(times)


def fresh(d: Decoded) -> Decoded:
    """The same decoded picture without what a previous round derived from it."""
    return Decoded(d.gray, d.width, d.height, d.format)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, help="cv2.setNumThreads (default: OpenCV's own choice)")
    args = ap.parse_args()
    if args.threads is not None:
        cv2.setNumThreads(args.threads)
    t = time.perf_counter()
    matcher = LogoMatcher.from_files([FIXTURES / "crest.png"])
    finder = FaceFinder()
    print(f"set-up (logo features, face model): {(time.perf_counter() - t) * 1000:.0f} ms, once per config; "
          f"OpenCV threads: {cv2.getNumThreads()}")
    print(f"{'image (1632x1224 JPEG)':24} {'Pillow decode':>13} {'decode':>8} {'logo':>8} {'faces':>8} "
          f"{'sum':>8} {'check':>8} {'cpu':>8}")

    def check(data: bytes) -> None:
        """What a check does with a new photo (`analysis.decoded`, then the two detectors)."""
        d = decode(data)
        start_keypoints(d)
        finder.find(d)
        matcher.find(keypoints(d))

    sums, checks = [], []
    for i, name in enumerate(["face.jpg", "no_people.jpg", "crest_rot20_30.jpg", "coins.jpg"]):
        data = two_megapixel_jpeg(name, i)
        pil = ms(lambda: Image.open(io.BytesIO(data)).convert("RGB"), args.rounds)
        d = decode(data)
        t_dec = ms(lambda: decode(data), args.rounds)
        t_logo = ms(lambda: matcher.find(matcher.features(fresh(d))), args.rounds)
        t_face = ms(lambda: finder.find(fresh(d)), args.rounds)
        t_check = ms(lambda: check(data), args.rounds)
        cpu = ms(lambda: check(data), args.rounds, time.process_time)
        sums.append(t_dec + t_logo + t_face)
        checks.append(t_check)
        print(f"{name:24} {pil:10.1f} ms {t_dec:5.1f} ms {t_logo:5.1f} ms {t_face:5.1f} ms "
              f"{sums[-1]:5.1f} ms {t_check:5.1f} ms {cpu:5.1f} ms")
    print(f"mean per image: {statistics.mean(checks):.1f} ms a check, {statistics.mean(sums):.1f} ms one stage "
          "after the other (target < 100 ms on 2 cores)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate tests/images/fixtures/ (deterministic; Pillow + NumPy).

    python tests/images/make_fixtures.py --wheel scikit_image-0.26.0-*.whl

Photos come from the scikit-image 0.26.0 wheel (skimage/data: public-domain or CC0 images):
astronaut (a face), coffee (no people), coins (embossed heads, no people). Crests are drawn by
`crests.py`. Corrupt and truncated files are cut from the photos; bombs and huge images are
made by the tests themselves, so they are never committed.
"""
from __future__ import annotations

import argparse
import io
import pathlib
import sys
import zipfile

import numpy as np
from PIL import Image, ImageFilter

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from crests import badge, crest  # noqa: E402

OUT = HERE / "fixtures"


def photo(wheel: str, name: str, width: int) -> Image.Image:
    with zipfile.ZipFile(wheel) as z:
        im = Image.open(io.BytesIO(z.read(f"skimage/data/{name}")))
        im.load()
    im = im.convert("RGB")
    return im.resize((width, round(im.height * width / im.width)), Image.Resampling.LANCZOS)


def perspective_coeffs(src, dst):
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def paste(bg: Image.Image, logo: Image.Image, frac: float, centre, angle=0.0, squeeze=0.0,
          gains=(1.0, 1.0, 1.0)) -> Image.Image:
    out = bg.copy().convert("RGBA")
    w = round(out.width * frac)
    lg = logo.resize((w, round(logo.height * w / logo.width)), Image.Resampling.LANCZOS)
    a = np.asarray(lg).astype(np.float32)
    a[..., :3] = np.clip(a[..., :3] * np.float32(gains), 0, 255)
    lg = Image.fromarray(a.astype(np.uint8))
    if angle:
        lg = lg.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    if squeeze:
        lw, lh = lg.size
        dst = [(0, 0), (lw, lh * squeeze / 2), (lw, lh * (1 - squeeze / 2)), (0, lh)]
        lg = lg.transform((lw, lh), Image.Transform.PERSPECTIVE,
                          perspective_coeffs([(0, 0), (lw, 0), (lw, lh), (0, lh)], dst), Image.Resampling.BICUBIC)
    out.alpha_composite(lg, (round(out.width * centre[0] - lg.width / 2), round(out.height * centre[1] - lg.height / 2)))
    return out.convert("RGB")


def save(img: Image.Image, name: str, **kw) -> None:
    path = OUT / name
    img.save(path, **kw)
    print(f"  {name:34} {img.width}x{img.height} {path.stat().st_size // 1024} KB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheel", required=True, help="a scikit-image 0.26.0 wheel (pip download --no-deps scikit-image==0.26.0)")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    ours, other_lettering, other_school = crest(), crest("ASHWORTH VALE", "FAITH AND COURAGE"), badge()
    small = ours.copy()
    small.thumbnail((240, 240), Image.Resampling.LANCZOS)
    save(small, "crest.png", optimize=True)

    face = photo(args.wheel, "astronaut.png", 360)
    coffee = photo(args.wheel, "coffee.png", 480)
    coins = photo(args.wheel, "coins.png", 400)
    save(face, "face.jpg", quality=80)
    save(coffee, "no_people.jpg", quality=80)
    save(coins, "coins.jpg", quality=80)

    save(paste(coffee, ours, 0.30, (0.35, 0.45), angle=20), "crest_rot20_30.jpg", quality=60)
    save(paste(coffee, ours, 0.12, (0.75, 0.70)), "crest_small_12.jpg", quality=75)
    save(paste(coffee, ours, 0.40, (0.5, 0.5), squeeze=0.3, gains=(1.2, 0.9, 0.8)), "crest_perspective_cast_40.jpg", quality=75)
    save(paste(coffee, ours, 0.25, (0.3, 0.6), angle=-12).filter(ImageFilter.GaussianBlur(0.8)), "crest_blur_q12_25.jpg", quality=12)
    save(paste(coffee, other_lettering, 0.30, (0.35, 0.45), angle=20), "decoy_lettering_30.jpg", quality=60)
    save(paste(coffee, other_school, 0.30, (0.5, 0.5)), "decoy_other_school_30.jpg", quality=75)

    # Upright only when EXIF orientation is honoured: pixels stored turned, tag 6 turns them back.
    exif = Image.Exif()
    exif[0x0112] = 6
    save(face.transpose(Image.Transpose.ROTATE_90), "face_exif_rotated.jpg", quality=80, exif=exif)

    data = (OUT / "face.jpg").read_bytes()
    (OUT / "truncated.jpg").write_bytes(data[: len(data) // 3])
    (OUT / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    print("  truncated.jpg, corrupt.png")


if __name__ == "__main__":
    main()

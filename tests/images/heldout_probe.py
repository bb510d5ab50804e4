#!/usr/bin/env python3
"""How the image checks fare on crests and photos they were never tuned on (a probe, not a test).

    .venv/bin/python tests/images/heldout_probe.py [--verbose]

The acceptance sets' held-out cases use other schools' crests and other photos, made the way
`shared/acceptance/dev/make_images.py` makes the dev ones: logos drawn with Pillow (shields,
rings with lettering on an arc, wordmark badges) pasted into the photos scikit-image ships,
scaled, turned, in perspective, JPEG-compressed. This script draws NEW crests in those
styles (other shapes, colours, emblems, mottoes), and for each school measures:

* hits: its own logo at 10-50% of the width, turned up to 25 degrees, in mild perspective,
  at JPEG quality 60, slightly blurred, with colour casts, on several photos;
* false hits: the same crest with another school's lettering, and other schools' crests
  (the other probe schools', the dev set's and the test fixtures');
* false hits on the plain photos.

Then faces: the astronaut at several sizes, crops and treatments and pasted into other
scenes, LFW face crops (scikit-image's `lfw_subset.npy`) set into photos; and photos without
people (scikit-image's landscapes, animals and objects, and LFW's non-face patches) that must
not fire. Needs scikit-image for its photos (`pip install scikit-image`; not a dependency of
postwarden). Deterministic. Prints rates and, with --verbose, every miss and false hit.
"""
from __future__ import annotations

import argparse
import io
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from crests import badge, crest  # noqa: E402
from make_fixtures import perspective_coeffs  # noqa: E402

from policies.images.decode import decode, load_logo  # noqa: E402
from policies.images.faces import FaceFinder  # noqa: E402
from policies.images.logos import LogoMatcher  # noqa: E402

DEV = ROOT.parent / "shared" / "acceptance" / "dev"
PHOTO_WIDTH = 640


# ------------------------------------------------------------------ drawing crests
def font(size: int):
    return ImageFont.load_default(size=size)


def text_centered(d: ImageDraw.ImageDraw, xy, text, size, fill, bold=False):
    d.text(xy, text, font=font(size), fill=fill, anchor="mm", stroke_width=2 if bold else 0, stroke_fill=fill)


def text_on_arc(img, centre, radius, text, size, fill, start_deg, end_deg, bottom=False):
    f = font(size)
    n = len(text)
    for i, ch in enumerate(text):
        ang = start_deg + (end_deg - start_deg) * (i + 0.5) / n
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size, size), ch, font=f, fill=fill, anchor="mm", stroke_width=1, stroke_fill=fill)
        tile = tile.rotate(-ang + (180 if bottom else 0), resample=Image.Resampling.BICUBIC)
        rad = math.radians(ang)
        img.alpha_composite(tile, (int(centre[0] + radius * math.sin(rad) - size),
                                   int(centre[1] - radius * math.cos(rad) - size)))


def star(d, x, y, r_out, r_in, fill, points=5):
    pts = [(x + (r_out if k % 2 == 0 else r_in) * math.cos(math.radians(k * 180 / points - 90)),
            y + (r_out if k % 2 == 0 else r_in) * math.sin(math.radians(k * 180 / points - 90)))
           for k in range(points * 2)]
    d.polygon(pts, fill=fill)


def ring_crest(name: str, bottom: str, motto: str, ring=(13, 71, 161), accent=(255, 193, 7)) -> Image.Image:
    """Round crest: a lighthouse over waves inside a ring, the name on the arc, a motto ribbon."""
    s = 600
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = s // 2
    d.ellipse((6, 6, s - 6, s - 6), fill=ring + (255,), outline=accent + (255,), width=9)
    d.ellipse((112, 112, s - 112, s - 112), fill=(255, 255, 255, 255))
    d.ellipse((122, 122, s - 122, s - 122), fill=(200, 230, 255, 255))
    d.polygon([(c - 30, c + 60), (c - 18, c - 110), (c + 18, c - 110), (c + 30, c + 60)], fill=(240, 240, 240, 255),
              outline=(120, 20, 20, 255), width=4)
    for k in range(3):
        y = c - 80 + k * 45
        d.rectangle((c - 26 + k * 2, y, c + 26 - k * 2, y + 16), fill=(200, 30, 30, 255))
    d.polygon([(c - 26, c - 110), (c, c - 140), (c + 26, c - 110)], fill=(60, 60, 60, 255))
    d.pieslice((c - 120, c - 170, c + 120, c - 50), 200, 340, fill=accent + (160,))
    for k in range(3):
        y = c + 60 + k * 22
        pts = [(x, y + 8 * math.sin((x - c) / 18)) for x in range(130, s - 130, 6)]
        d.line(pts, fill=ring + (255,), width=7)
    d.rectangle((140, c + 128, s - 140, c + 172), fill=accent + (255,), outline=ring + (255,), width=3)
    text_centered(d, (c, c + 150), motto, 24, ring + (255,), bold=True)
    text_on_arc(img, (c, c), 242, name, 46, (255, 255, 255, 255), -110, 110)
    text_on_arc(img, (c, c), 242, bottom, 36, accent + (255,), 215, 145, bottom=True)
    return img


def shield_crest(name: str, motto: str, field=(0, 100, 60), metal=(250, 250, 250)) -> Image.Image:
    """Quartered shield: a cross, a book, an oak leaf, a key, two chevrons; a two-line banner."""
    w, h = 460, 600
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    shield = [(30, 24), (430, 24), (430, 250), (380, 350), (230, 440), (80, 350), (30, 250)]
    d.polygon(shield, fill=field + (255,), outline=(20, 20, 20, 255), width=8)
    d.rectangle((210, 30, 250, 430), fill=metal + (255,))
    d.rectangle((36, 170, 424, 210), fill=metal + (255,))
    # book (top left)
    d.polygon([(60, 80), (118, 96), (118, 150), (60, 134)], fill=metal + (255,))
    d.polygon([(176, 80), (122, 96), (122, 150), (176, 134)], fill=metal + (255,))
    # key (top right)
    d.ellipse((280, 70, 330, 120), outline=(255, 215, 0, 255), width=9)
    d.rectangle((326, 90, 400, 100), fill=(255, 215, 0, 255))
    d.rectangle((380, 100, 390, 122), fill=(255, 215, 0, 255))
    d.rectangle((360, 100, 368, 116), fill=(255, 215, 0, 255))
    # leaf (bottom left)
    d.ellipse((80, 240, 170, 320), fill=(255, 215, 0, 255))
    d.line((90, 330, 165, 235), fill=field + (255,), width=5)
    # chevrons (bottom right)
    for k in range(2):
        d.line((270, 300 - k * 36, 320, 260 - k * 36, 370, 300 - k * 36), fill=metal + (255,), width=12)
    d.rounded_rectangle((8, 458, w - 8, 592), radius=22, fill=(255, 255, 255, 255), outline=field + (255,), width=6)
    text_centered(d, (w // 2, 500), name, 40, field + (255,), bold=True)
    text_centered(d, (w // 2, 552), motto, 26, (120, 20, 20, 255), bold=True)
    return img


def wordmark_badge(name: str, sub: str, strap: str, bg=(0, 105, 92), accent=(255, 235, 59)) -> Image.Image:
    """Wide badge: a sun over a mountain in a circle at the left, the wordmark at the right."""
    w, h = 800, 340
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, w - 1, h - 1), radius=36, fill=bg + (255,))
    d.rectangle((0, h - 64, w - 1, h - 1), fill=(33, 33, 33, 255))
    cx, cy = 150, 140
    d.ellipse((cx - 115, cy - 115, cx + 115, cy + 115), fill=(255, 255, 255, 255))
    d.ellipse((cx - 10, cy - 85, cx + 60, cy - 15), fill=accent + (255,))
    d.polygon([(cx - 100, cy + 60), (cx - 30, cy - 40), (cx + 10, cy + 10), (cx + 40, cy - 20), (cx + 100, cy + 60)],
              fill=bg + (255,))
    d.polygon([(cx - 30, cy - 40), (cx - 12, cy - 14), (cx - 46, cy - 18)], fill=(255, 255, 255, 255))
    text_centered(d, (540, 90), name, 68, (255, 255, 255, 255), bold=True)
    text_centered(d, (540, 180), sub, 46, accent + (255,), bold=True)
    text_centered(d, (w // 2, h - 32), strap, 28, (255, 255, 255, 255), bold=True)
    return img


def hex_crest(name: str, motto: str, fill=(120, 30, 90), accent=(230, 230, 230)) -> Image.Image:
    """Hexagon with an owl's eyes and a quill; the name on a band across it, the motto below."""
    s = 560
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = s // 2
    hexa = [(c + 260 * math.cos(math.radians(60 * k + 30)), c + 260 * math.sin(math.radians(60 * k + 30)))
            for k in range(6)]
    d.polygon(hexa, fill=fill + (255,), outline=accent + (255,), width=10)
    for ex in (c - 70, c + 70):
        d.ellipse((ex - 55, c - 150, ex + 55, c - 40), fill=accent + (255,))
        d.ellipse((ex - 25, c - 120, ex + 25, c - 70), fill=(30, 30, 30, 255))
    d.polygon([(c - 16, c - 40), (c + 16, c - 40), (c, c - 5)], fill=(255, 160, 0, 255))
    d.line((c - 120, c + 150, c + 110, c - 10), fill=accent + (255,), width=10)
    d.polygon([(c + 110, c - 10), (c + 150, c - 40), (c + 125, c + 15)], fill=accent + (255,))
    d.rectangle((20, c + 20, s - 20, c + 90), fill=accent + (255,))
    text_centered(d, (c, c + 55), name, 44, fill + (255,), bold=True)
    text_centered(d, (c, c + 135), motto, 26, accent + (255,), bold=True)
    return img


@dataclass
class School:
    name: str
    logo: Image.Image
    lettering_decoys: list[Image.Image]   # the same design with other schools' words


def schools() -> list[School]:
    return [
        School("Seaview Primary", ring_crest("SEAVIEW PRIMARY SCHOOL", "EST. 1968", "SAIL · SEEK · SERVE"),
               [ring_crest("BAYSIDE PRIMARY SCHOOL", "EST. 1971", "HOPE · HEART · HOME"),
                ring_crest("SEAVIEW INFANT SCHOOL", "EST. 1975", "PLAY · LEARN · DREAM")]),
        School("Kingsmead High", shield_crest("KINGSMEAD HIGH", "SAPIENTIA ET VIRTUS"),
               [shield_crest("QUEENSWOOD HIGH", "VERITAS VINCIT"),
                shield_crest("KINGSBRIDGE HIGH", "LABOR OMNIA")]),
        School("Ashgrove Learning Trust", wordmark_badge("ASHGROVE", "LEARNING TRUST", "ACHIEVE · BELONG · CARE"),
               [wordmark_badge("BIRCHWOOD", "LEARNING TRUST", "INSPIRE · ENGAGE · GROW"),
                wordmark_badge("ASHCROFT", "ACADEMY TRUST", "RESPECT · RESILIENCE")]),
        School("Thornbury College", hex_crest("THORNBURY COLLEGE", "WISDOM THROUGH WORDS"),
               [hex_crest("HAWTHORN COLLEGE", "STRIVE TO EXCEL"),
                hex_crest("THORNBURY ACADEMY", "SCIENTIA POTENTIA")]),
        School("Westbrook (red shield)", shield_crest("WESTBROOK SCHOOL", "PER ARDUA", field=(150, 20, 30),
                                                       metal=(255, 215, 0)),
               [shield_crest("EASTBROOK SCHOOL", "AD ASTRA", field=(150, 20, 30), metal=(255, 215, 0))]),
        School("Millfield Federation (purple ring)", ring_crest("MILLFIELD FEDERATION", "FOUNDED 2009",
                                                                "TOGETHER WE THRIVE", ring=(90, 30, 130),
                                                                accent=(255, 152, 0)),
               [ring_crest("MILLBROOK FEDERATION", "FOUNDED 2012", "ONE TEAM ONE GOAL", ring=(90, 30, 130),
                           accent=(255, 152, 0))]),
    ]


def foreign_crests() -> list[tuple[str, Image.Image]]:
    """Crests of schools that are in none of the probe's configs."""
    out = [("fixture badge", badge()), ("fixture crest", crest()), ("other badge", badge("RIVERSIDE", "ACADEMY", (120, 0, 80)))]
    for f in ("upland_logo.png", "early_life_logo.png"):
        if (DEV / f).exists():
            out.append((f"dev {f}", Image.open(DEV / f).convert("RGBA")))
    return out


# ------------------------------------------------------------------ photos and placing
def skimage_photo(name: str) -> Image.Image:
    import skimage
    path = Path(skimage.__file__).parent / "data" / name
    im = Image.open(path).convert("RGB")
    return im.resize((PHOTO_WIDTH, round(im.height * PHOTO_WIDTH / im.width)), Image.Resampling.LANCZOS)


BACKGROUNDS = ["coffee.png", "chelsea.png", "rocket.jpg", "horse.png", "brick.png", "grass.png",
               "motorcycle_left.png", "page.png", "gravel.png", "camera.png", "ihc.png", "clock_motion.png"]
NO_PEOPLE = ["coffee.png", "chelsea.png", "rocket.jpg", "horse.png", "brick.png", "grass.png", "gravel.png",
             "motorcycle_left.png", "motorcycle_right.png", "page.png", "text.png", "clock_motion.png", "coins.png",
             "hubble_deep_field.jpg", "retina.jpg", "moon.png", "ihc.png", "cell.png", "color.png", "logo.png",
             "phantom.png", "chessboard_RGB.png", "microaneurysms.png"]


@dataclass(frozen=True)
class Placing:
    width: float
    centre: tuple[float, float]
    angle: float = 0.0
    perspective: float = 0.0
    gains: tuple[float, float, float] = (1.0, 1.0, 1.0)
    blur: float = 0.0
    quality: int = 85

    def label(self) -> str:
        parts = [f"{self.width:.0%}"]
        if self.angle:
            parts.append(f"rot{self.angle:+.0f}")
        if self.perspective:
            parts.append(f"persp{self.perspective:.2f}")
        if self.gains != (1.0, 1.0, 1.0):
            parts.append("cast")
        if self.blur:
            parts.append(f"blur{self.blur}")
        parts.append(f"q{self.quality}")
        return " ".join(parts)


def place(photo: Image.Image, logo: Image.Image, p: Placing) -> bytes:
    out = photo.copy().convert("RGBA")
    tw = max(8, round(out.width * p.width))
    lg = logo.resize((tw, round(logo.height * tw / logo.width)), Image.Resampling.LANCZOS)
    if p.gains != (1.0, 1.0, 1.0):
        a = np.asarray(lg).astype(np.float32)
        a[..., :3] = np.clip(a[..., :3] * np.float32(p.gains), 0, 255)
        lg = Image.fromarray(a.astype(np.uint8))
    if p.angle:
        lg = lg.rotate(p.angle, resample=Image.Resampling.BICUBIC, expand=True)
    if p.perspective:
        w, h = lg.size
        k = p.perspective
        dst = [(0, 0), (w, h * k / 2), (w, h * (1 - k / 2)), (0, h)]
        lg = lg.transform((w, h), Image.Transform.PERSPECTIVE,
                          perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], dst), Image.Resampling.BICUBIC)
    # Kept inside the frame where it fits (a crest cut by the edge is another question).
    x = min(max(0, round(out.width * p.centre[0] - lg.width / 2)), max(0, out.width - lg.width))
    y = min(max(0, round(out.height * p.centre[1] - lg.height / 2)), max(0, out.height - lg.height))
    out.alpha_composite(lg, (x, y))
    img = out.convert("RGB")
    if p.blur:
        img = img.filter(ImageFilter.GaussianBlur(p.blur))
    return jpeg(img, p.quality)


def jpeg(img: Image.Image, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def placings(rng: np.random.Generator, n: int) -> list[Placing]:
    """n placements spread over the issue's range: 10-50% wide, +-25 degrees, mild perspective,
    JPEG 60-90, slight blur, colour casts; the centre kept so the crest stays in the frame."""
    widths = np.linspace(0.10, 0.50, n)
    out = []
    for i, w in enumerate(widths):
        kind = i % 5
        angle = float(rng.uniform(-25, 25)) if kind in (1, 4) else 0.0
        persp = float(rng.uniform(0.15, 0.4)) if kind in (2, 4) else 0.0
        gains = tuple(float(g) for g in rng.uniform(0.75, 1.25, 3)) if kind in (3, 4) else (1.0, 1.0, 1.0)
        blur = float(round(rng.uniform(0.5, 1.2), 1)) if kind in (3, 4) or i % 3 == 0 else 0.0
        quality = 60 if i % 2 == 0 else int(rng.integers(70, 92))
        margin = min(0.45, w / 2 * 1.3 + 0.02)
        centre = (float(rng.uniform(margin, 1 - margin)), float(rng.uniform(0.3, 0.7)))
        out.append(Placing(float(w), centre, angle, persp, gains, blur, quality))
    return out


def logo_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ------------------------------------------------------------------ faces
def face_images(rng: np.random.Generator) -> list[tuple[str, bytes]]:
    """Photos with at least one person's face, and what each is."""
    out = []
    astro = skimage_photo("astronaut.png")
    for w in (320, 480, 800, 1600):
        out.append((f"astronaut {w}px wide", jpeg(astro.resize((w, w), Image.Resampling.LANCZOS), 80)))
    out.append(("astronaut mirrored", jpeg(astro.transpose(Image.Transpose.FLIP_LEFT_RIGHT))))
    out.append(("astronaut grey q60", jpeg(astro.convert("L"), 60)))
    out.append(("astronaut blurred", jpeg(astro.filter(ImageFilter.GaussianBlur(1.5)))))
    out.append(("astronaut warm cast", jpeg(Image.fromarray(np.clip(np.asarray(astro) * [1.2, 1.0, 0.75], 0, 255)
                                                            .astype(np.uint8)))))
    out.append(("astronaut dark", jpeg(Image.fromarray((np.asarray(astro) * 0.45).astype(np.uint8)))))
    for ang in (-12, 12):
        out.append((f"astronaut turned {ang}", jpeg(astro.rotate(ang, resample=Image.Resampling.BICUBIC))))
    out.append(("astronaut head crop", jpeg(astro.crop((140, 20, 420, 300)).resize((560, 560)))))
    # the astronaut's head and shoulders pasted into other scenes, at several sizes
    head = astro.crop((120, 0, 460, 340))
    for bg, frac in (("coffee.png", 0.25), ("rocket.jpg", 0.18), ("grass.png", 0.35), ("horse.png", 0.14)):
        scene = skimage_photo(bg)
        w = round(scene.width * frac)
        x, y = int(rng.integers(0, scene.width - w)), int(rng.integers(0, max(1, scene.height - w)))
        scene.paste(head.resize((w, w), Image.Resampling.LANCZOS), (x, y))
        out.append((f"astronaut head {frac:.0%} in {bg}", jpeg(scene, 80)))
    # LFW faces (25x25 crops, tight), set into photos at 90-150 px
    import skimage
    lfw = np.load(Path(skimage.__file__).parent / "data" / "lfw_subset.npy")
    for i in range(0, 100, 4):
        side = int(rng.integers(90, 150))
        face = Image.fromarray((lfw[i] * 255).astype(np.uint8)).resize((side, side), Image.Resampling.BICUBIC)
        scene = skimage_photo(BACKGROUNDS[i % len(BACKGROUNDS)]).convert("L")
        scene.paste(face, (int(rng.integers(0, scene.width - side)), int(rng.integers(0, scene.height - side))))
        out.append((f"LFW face {i} at {side}px", jpeg(scene, 80)))
    return out


def no_face_images() -> list[tuple[str, bytes]]:
    out = [(n, jpeg(skimage_photo(n), 80)) for n in NO_PEOPLE]
    import skimage
    lfw = np.load(Path(skimage.__file__).parent / "data" / "lfw_subset.npy")
    for start in (100, 150):
        tiles = [Image.fromarray((lfw[start + k] * 255).astype(np.uint8)).resize((120, 120)) for k in range(30)]
        sheet = Image.new("L", (720, 600))
        for k, t in enumerate(tiles):
            sheet.paste(t, ((k % 6) * 120, (k // 6) * 120))
        out.append((f"LFW non-face patches {start}-{start + 29}", jpeg(sheet, 80)))
    return out


# ------------------------------------------------------------------ the probe
def probe_logos(verbose: bool, scores: bool = False) -> dict[str, tuple[int, int]]:
    rng = np.random.default_rng(7)
    backgrounds = {n: skimage_photo(n) for n in BACKGROUNDS}
    all_schools = schools()
    foreign = foreign_crests()
    hits = misses = lettering_fp = lettering_n = foreign_fp = foreign_n = photo_fp = photo_n = 0
    by_width: dict[str, list[int]] = {}
    for si, school in enumerate(all_schools):
        matcher = LogoMatcher([("logo.png", *load_logo(logo_bytes(school.logo)))])

        def found(data: bytes) -> list:
            return matcher.find(matcher.features(decode(data)))

        for k, p in enumerate(placings(rng, 15)):
            bg = BACKGROUNDS[(si * 5 + k) % len(BACKGROUNDS)]
            own = found(place(backgrounds[bg], school.logo, p))
            ok = bool(own)
            if scores and own:
                print(f"  hit   {school.name}: {p.label()} on {bg} (similarity {own[0].similarity}, "
                      f"detail {own[0].detail}, {own[0].inliers} inliers, {own[0].shown_px:.0f}px)")
            hits += ok
            misses += not ok
            by_width.setdefault(f"{round(p.width * 10) * 10}%", [0, 0])[0 if ok else 1] += 1
            if verbose and not ok:
                print(f"  MISS  {school.name}: {p.label()} on {bg}")
        for decoy in school.lettering_decoys:
            for k, p in enumerate(placings(rng, 6)):
                bg = BACKGROUNDS[(si * 3 + k + 4) % len(BACKGROUNDS)]
                ms = found(place(backgrounds[bg], decoy, p))
                lettering_n += 1
                lettering_fp += bool(ms)
                if verbose and ms:
                    print(f"  FALSE {school.name}: same design, other lettering, {p.label()} on {bg} "
                          f"(similarity {ms[0].similarity}, detail {ms[0].detail}, {ms[0].inliers} inliers, {ms[0].shown_px:.0f}px)")
        others = [(o.name, o.logo) for o in all_schools if o is not school] + foreign
        for k, (oname, other) in enumerate(others):
            p = placings(rng, 5)[k % 5]
            bg = BACKGROUNDS[(si + k) % len(BACKGROUNDS)]
            ms = found(place(backgrounds[bg], other, p))
            foreign_n += 1
            foreign_fp += bool(ms)
            if verbose and ms:
                print(f"  FALSE {school.name}: {oname}'s crest {p.label()} on {bg} (similarity {ms[0].similarity})")
        for bg in NO_PEOPLE:
            ms = found(jpeg(skimage_photo(bg), 80))
            photo_n += 1
            photo_fp += bool(ms)
            if verbose and ms:
                print(f"  FALSE {school.name}: plain photo {bg}")
    print("logos:")
    print(f"  own crest found          {hits}/{hits + misses} = {hits / (hits + misses):.3f}")
    print("  by width: " + ", ".join(f"{k} {v[0]}/{v[0] + v[1]}" for k, v in sorted(by_width.items(), key=lambda kv: int(kv[0][:-1]))))
    print(f"  other lettering, hits    {lettering_fp}/{lettering_n}")
    print(f"  other schools' crests    {foreign_fp}/{foreign_n}")
    print(f"  plain photos             {photo_fp}/{photo_n}")
    return {"found": (hits, hits + misses), "lettering_fp": (lettering_fp, lettering_n),
            "foreign_fp": (foreign_fp, foreign_n), "photo_fp": (photo_fp, photo_n)}


def probe_faces(verbose: bool) -> None:
    rng = np.random.default_rng(11)
    finder = FaceFinder()
    with_faces = face_images(rng)
    hit = 0
    groups: dict[str, list[int]] = {}
    for name, data in with_faces:
        ok = bool(finder.find(decode(data)))
        hit += ok
        g = name.split(" ")[0]
        groups.setdefault(g, [0, 0])[0 if ok else 1] += 1
        if verbose and not ok:
            print(f"  MISS  face: {name}")
    fp = 0
    without = no_face_images()
    for name, data in without:
        faces = finder.find(decode(data))
        fp += bool(faces)
        if verbose and faces:
            print(f"  FALSE face: {name} {[f.box for f in faces]}")
    print("faces:")
    print(f"  photos with a face found {hit}/{len(with_faces)} = {hit / len(with_faces):.3f}  ("
          + ", ".join(f"{k} {v[0]}/{v[0] + v[1]}" for k, v in groups.items()) + ")")
    print(f"  photos without people    {fp}/{len(without)} fired")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="print every miss and false hit")
    ap.add_argument("--scores", action="store_true", help="print the scores of every logo found")
    ap.add_argument("--only", choices=["logos", "faces"])
    args = ap.parse_args()
    if args.only != "faces":
        probe_logos(args.verbose, args.scores)
    if args.only != "logos":
        probe_faces(args.verbose)


if __name__ == "__main__":
    main()

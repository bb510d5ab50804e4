"""Synthetic crests for the image tests: drawn with Pillow, no fonts beyond Pillow's own.

`crest(name, motto)` draws the same shield for any lettering, so a test can check that the
school's crest matches and the same shape with another school's name does not.
"""
from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFont


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def crest(name: str = "HOLLINS PARK", motto: str = "KNOWLEDGE IS LIGHT", colour=(128, 0, 32)) -> Image.Image:
    """A shield with a chevron, a lamp and two stars over a banner carrying `name` and `motto`."""
    w, h = 420, 520
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    shield = [(30, 20), (390, 20), (390, 230), (210, 400), (30, 230)]
    d.polygon(shield, fill=colour + (255,), outline=(240, 200, 60, 255), width=10)
    d.polygon([(40, 250), (210, 120), (380, 250), (380, 200), (210, 70), (40, 200)], fill=(240, 200, 60, 255))
    for cx, cy in ((100, 80), (320, 80)):
        pts = [(cx + (24 if k % 2 == 0 else 10) * math.cos(math.radians(k * 36 - 90)),
                cy + (24 if k % 2 == 0 else 10) * math.sin(math.radians(k * 36 - 90))) for k in range(10)]
        d.polygon(pts, fill=(255, 255, 255, 255))
    d.ellipse((170, 250, 250, 290), fill=(255, 255, 255, 255))
    d.polygon([(245, 262), (285, 250), (250, 278)], fill=(255, 255, 255, 255))
    d.line((210, 250, 210, 215), fill=(255, 160, 0, 255), width=8)
    d.ellipse((198, 195, 222, 225), fill=(255, 200, 0, 255))
    d.rounded_rectangle((8, 410, w - 8, 510), radius=18, fill=(255, 255, 255, 255), outline=colour + (255,), width=6)
    d.text((w // 2, 442), name, font=_font(44), fill=colour + (255,), anchor="mm", stroke_width=1, stroke_fill=colour + (255,))
    d.text((w // 2, 485), motto, font=_font(26), fill=(30, 30, 30, 255), anchor="mm")
    return img


def badge(name: str = "MEADOWBANK", sub: str = "SCHOOL", colour=(0, 90, 140)) -> Image.Image:
    """A round badge: an oak tree in a ring, the school's name on a bar across the bottom."""
    s = 480
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((6, 6, s - 6, s - 6), fill=colour + (255,))
    d.ellipse((60, 60, s - 60, s - 60), fill=(250, 250, 240, 255))
    d.rectangle((228, 200, 252, 330), fill=(110, 70, 40, 255))
    for bx, by, r in ((240, 170, 70), (185, 205, 50), (295, 205, 50), (240, 120, 45)):
        d.ellipse((bx - r, by - r, bx + r, by + r), fill=(40, 130, 60, 255))
    d.rounded_rectangle((30, 320, s - 30, 400), radius=12, fill=(200, 40, 40, 255))
    d.text((s // 2, 348), name, font=_font(46), fill=(255, 255, 255, 255), anchor="mm", stroke_width=1, stroke_fill=(255, 255, 255, 255))
    d.text((s // 2, 386), sub, font=_font(22), fill=(255, 230, 150, 255), anchor="mm")
    return img

"""Bytes in, one small greyscale picture out, or a clear refusal.

Uploads are untrusted: a file may be truncated, corrupt, in a format we do not read, or a
decompression bomb (a few kilobytes that claim gigapixels). Every such case raises
`UnreadableImage` with a sentence a member of staff can act on; nothing else escapes.

What comes out is what the checks need and no more: the first frame, turned upright by its
EXIF orientation, flattened onto white where transparent, in greyscale, and no larger than
`ANALYSIS_MAX_SIDE` pixels on its long side. Large JPEGs are scaled down while they are
decoded (libjpeg's DCT scaling, `Image.draft`), which is most of the speed on phone photos.
"""
from __future__ import annotations

import io
import math
import struct
import warnings
from dataclasses import dataclass, field
from typing import Callable, Hashable, TypeVar

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError
# Registered explicitly: Image.open(formats=...) looks formats up without loading plugins.
from PIL import GifImagePlugin, JpegImagePlugin, MpoImagePlugin, PngImagePlugin, WebPImagePlugin  # noqa: F401,E501

T = TypeVar("T")

#: Formats we decode. Phone cameras' multi-picture JPEGs come back as "MPO" (opened as JPEG).
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
#: Refuse files larger than this before parsing anything.
MAX_BYTES = 40 * 1024 * 1024
#: Refuse images that claim more pixels than this (a 64-megapixel phone photo still fits).
MAX_PIXELS = 70_000_000
#: Long side of the picture the checks look at. Faces and crests at 10% of the width stay
#: about 80 pixels wide, enough for both detectors; more only costs time.
ANALYSIS_MAX_SIDE = 800
#: EXIF orientations that turn the picture a quarter turn (width and height swap).
_QUARTER_TURNS = frozenset({5, 6, 7, 8})
_ORIENTATION = 0x0112


class UnreadableImage(ValueError):
    """An attachment that cannot be analysed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Decoded:
    gray: np.ndarray            # uint8, H x W, upright, at most ANALYSIS_MAX_SIDE on its long side
    width: int                  # upright size of the original image, in pixels
    height: int
    format: str
    #: What checks derive from the picture, made on first use and shared (see `derived`).
    _derived: dict[Hashable, object] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, name: Hashable, make: Callable[[Decoded], T]) -> T:
        """`make(self)`, made once per picture and shared by every check that asks for `name`.

        The decoded picture is itself shared between checks (`analysis.decoded`), so what they
        derive from it can be too. Two threads asking at once may both call `make`; the first
        result stored is the one everyone gets.
        """
        hit = self._derived.get(name)
        if hit is None:
            hit = self._derived.setdefault(name, make(self))
        return hit

    def shrunk(self, side: int) -> tuple[np.ndarray, float]:
        """`gray` scaled down to at most `side` pixels on its long side, and the factor applied.

        Logo keypoints and face finding both start from a smaller copy (the same size today),
        made once. Callers must not write to it.
        """
        def make(d: Decoded) -> tuple[np.ndarray, float]:
            g = d.gray
            f = min(1.0, side / max(g.shape))
            small = g if f == 1.0 else cv2.resize(
                g, (max(1, round(g.shape[1] * f)), max(1, round(g.shape[0] * f))), interpolation=cv2.INTER_AREA)
            return small, f
        return self.derived(("shrunk", side), make)

    @property
    def scale(self) -> float:
        """Analysis pixels per original pixel (1.0 when the image was small enough)."""
        return self.gray.shape[1] / self.width

    def to_original(self, box: tuple[float, float, float, float]) -> list[int]:
        """An (x, y, w, h) box in analysis pixels, in the original image's pixels."""
        s = self.scale
        return [round(v / s) for v in box]


def decode(data: bytes, max_side: int = ANALYSIS_MAX_SIDE) -> Decoded:
    if not data:
        raise UnreadableImage("the file is empty")
    if len(data) > MAX_BYTES:
        raise UnreadableImage(f"the file is {len(data) // (1024 * 1024)} MB, over the "
                              f"{MAX_BYTES // (1024 * 1024)} MB this check reads")
    try:
        # Pillow warns (DecompressionBombWarning) between its limit and twice it, and raises
        # beyond; we check the size ourselves, but a warning must never reach the caller
        # (pytest runs with filterwarnings=error, and a warning is no verdict).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return _decode(data, max_side)
    except UnreadableImage:
        raise
    except Image.DecompressionBombError as e:
        raise UnreadableImage(f"the image claims too many pixels to decode safely ({e})") from e
    except UnidentifiedImageError as e:
        if _looks_like_ours(data):
            raise UnreadableImage("the image file is corrupt or truncated (its header could not be read)") from e
        raise UnreadableImage("the file is not an image in a format this check reads "
                              f"({', '.join(FORMATS)})") from e
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, IndexError,
            KeyError, TypeError, struct.error) as e:
        # Pillow's plugins signal corrupt and truncated data with all of these.
        raise UnreadableImage(f"the image file is corrupt or truncated ({_short(e)})") from e


def _looks_like_ours(data: bytes) -> bool:
    """Starts like a JPEG, PNG, GIF or WebP file (so a failure to open it means damage)."""
    return (data.startswith((b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a"))
            or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"))


def _short(e: BaseException) -> str:
    text = str(e) or type(e).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _decode(data: bytes, max_side: int) -> Decoded:
    im = Image.open(io.BytesIO(data), formats=FORMATS)
    fmt = im.format or "?"
    w, h = im.size
    if w * h > MAX_PIXELS:
        raise UnreadableImage(f"the image claims {w}x{h} pixels, over the "
                              f"{MAX_PIXELS // 1_000_000} megapixels this check decodes "
                              "(a decompression bomb or an unusually large photo)")
    if min(w, h) < 1:
        raise UnreadableImage("the image has no pixels")
    scale = min(1.0, max_side / max(w, h))
    if fmt in ("JPEG", "MPO") and scale < 1.0:
        # Decode straight to greyscale at the smallest DCT scale still >= the target size.
        im.draft("L", (math.ceil(w * scale), math.ceil(h * scale)))
    im.load()
    ow, oh = (h, w) if im.getexif().get(_ORIENTATION, 1) in _QUARTER_TURNS else (w, h)
    im = ImageOps.exif_transpose(im)
    gray = _to_gray(im)
    long_side = max(gray.shape)
    if long_side > max_side:
        f = max_side / long_side
        gray = cv2.resize(gray, (max(1, round(gray.shape[1] * f)), max(1, round(gray.shape[0] * f))),
                          interpolation=cv2.INTER_AREA)
    return Decoded(np.ascontiguousarray(gray), ow, oh, fmt)


def _to_gray(im: Image.Image) -> np.ndarray:
    if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        a = np.asarray(im, dtype=np.float32)
        top = float(a.max()) or 1.0
        return np.clip(a * (255.0 / top), 0, 255).astype(np.uint8)
    if im.mode == "P" and "transparency" in im.info or im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, rgba)
    if im.mode != "L":
        im = im.convert("L")
    return np.asarray(im, dtype=np.uint8)


#: Long side at which a configured logo is kept (features are computed smaller still).
LOGO_MAX_SIDE = 1024


def load_logo(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """A configured logo as (grey, alpha), both uint8 and the same size.

    Transparent parts are set to mid-grey: they are excluded from matching by the alpha
    mask, and grey sits between whatever the crest is printed on.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=FORMATS)
            if im.size[0] * im.size[1] > MAX_PIXELS:
                raise UnreadableImage(f"the logo claims {im.size[0]}x{im.size[1]} pixels")
            im.load()
            im = ImageOps.exif_transpose(im)
            im.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
            rgba = np.asarray(im.convert("RGBA"), dtype=np.float32)
    except UnreadableImage:
        raise
    except Exception as e:  # noqa: BLE001 — any failure is a bad config, reported at load
        raise UnreadableImage(f"cannot read the logo ({_short(e)})") from e
    alpha = rgba[..., 3] / 255.0
    gray = rgba[..., 0] * 0.299 + rgba[..., 1] * 0.587 + rgba[..., 2] * 0.114
    gray = gray * alpha + 128.0 * (1 - alpha)
    return np.clip(gray + 0.5, 0, 255).astype(np.uint8), rgba[..., 3].astype(np.uint8)

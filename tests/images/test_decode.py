"""Decoding untrusted uploads: formats, orientation, downscaling, and clear refusals."""
from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from policies.images import decode as dec
from policies.images.decode import UnreadableImage, decode

from .conftest import encode, fixture_bytes


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_reads_each_format(face_photo, fmt):
    d = decode(encode(face_photo, fmt))
    assert (d.width, d.height) == face_photo.size
    assert d.gray.dtype == np.uint8 and d.gray.shape == (face_photo.height, face_photo.width)
    # Same picture whatever the container (GIF's palette costs some accuracy).
    ref = np.asarray(face_photo.convert("L"), dtype=np.float32)
    assert np.abs(d.gray.astype(np.float32) - ref).mean() < 12


def test_gif_uses_first_frame(face_photo):
    blank = Image.new("RGB", face_photo.size, "black")
    data = encode(face_photo, "GIF", save_all=True, append_images=[blank], duration=100)
    assert decode(data).gray.mean() > 40   # the photo, not the black second frame


def test_transparent_png_is_flattened_onto_white():
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    assert decode(encode(im, "PNG")).gray.min() == 255


def test_exif_orientation_is_honoured():
    plain = decode(fixture_bytes("face.jpg")).gray.astype(np.float32)
    turned = decode(fixture_bytes("face_exif_rotated.jpg")).gray.astype(np.float32)
    assert np.abs(plain - turned).mean() < 6


def test_large_jpeg_is_downscaled_for_analysis():
    rng = np.random.default_rng(0)
    big = Image.fromarray(rng.integers(0, 255, (3000, 4000, 3), dtype=np.uint8))
    d = decode(encode(big, "JPEG", quality=70))
    assert (d.width, d.height) == (4000, 3000)
    assert max(d.gray.shape) == dec.ANALYSIS_MAX_SIDE
    assert d.to_original((100, 100, 200, 150)) == [500, 500, 1000, 750]


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height pixels (a decompression bomb)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (encode(Image.effect_noise((64, 64), 60).convert("P"), "GIF")[:200], "corrupt"),
    (b"just some text, not an image", "not an image"),
    (_png_claiming(100_000, 100_000), "pixels"),
    (_png_claiming(9_000, 9_000), "megapixels"),
], ids=["empty", "truncated-gif", "text", "bomb", "huge"])
def test_refuses_with_a_reason(data, reason):
    with pytest.raises(UnreadableImage, match=reason):
        decode(data)


@pytest.mark.parametrize("name", ["truncated.jpg", "corrupt.png"])
def test_refuses_damaged_fixtures(name):
    with pytest.raises(UnreadableImage, match="corrupt or truncated|not an image"):
        decode(fixture_bytes(name))


def test_refuses_oversized_file_before_parsing():
    with pytest.raises(UnreadableImage, match="MB"):
        decode(b"\xff\xd8" + b"\0" * (dec.MAX_BYTES + 1))


def test_refuses_formats_it_does_not_read(face_photo):
    with pytest.raises(UnreadableImage, match="format"):
        decode(encode(face_photo, "TIFF"))


def test_a_bomb_raises_no_warning():
    # pytest turns warnings into errors; Pillow's DecompressionBombWarning must never escape.
    with pytest.raises(UnreadableImage):
        decode(_png_claiming(20_000, 5_000))

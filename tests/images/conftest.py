from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent))  # crests.py


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.fixture(scope="session")
def face_photo() -> Image.Image:
    with Image.open(FIXTURES / "face.jpg") as im:
        return im.convert("RGB")

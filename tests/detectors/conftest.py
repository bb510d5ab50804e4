"""Engines for the round-4 probe schools (tests/heldout/round4d-*), shared by the detector
tests that check a shape against a school's own roster and timetable. Module-scoped: a
school's engine is built once per test module that asks for it."""
from pathlib import Path

import pytest

from policies.engine import Engine

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"


@pytest.fixture(scope="module")
def castlemead() -> Engine:
    return Engine.from_config(HELDOUT / "round4d-e-act" / "castlemead.yaml")


@pytest.fixture(scope="module")
def ashcombe() -> Engine:
    return Engine.from_config(HELDOUT / "round4d-ta2016" / "ashcombe.yaml")


@pytest.fixture(scope="module")
def kestrel() -> Engine:
    return Engine.from_config(HELDOUT / "round4d-triumph" / "kestrel.yaml")


@pytest.fixture(scope="module")
def pennant() -> Engine:
    return Engine.from_config(HELDOUT / "round4d-upland" / "pennant.yaml")

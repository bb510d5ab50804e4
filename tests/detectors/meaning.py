"""The small school the meaning-based detectors are tested on (`fixtures_meaning/`:
Brookfield Academy, with a pack that enforces solicitation, confidential and reputation on
every account, so a post that must not fire also shows the other two stay quiet on it)."""
from pathlib import Path

import pytest

from policies.engine import Engine
from tests.conftest import make_post

CONFIG = Path(__file__).resolve().parent / "fixtures_meaning" / "school.yaml"
OFFICIAL = "@BrookfieldAcad"
MEANING = {"solicitation", "confidential", "reputation"}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_config(CONFIG)


def judge(engine: Engine, text: str, official: bool = False):
    return engine.check(make_post(text, handle=OFFICIAL if official else "@a_teacher"))


def assert_fires(engine: Engine, text: str, category: str, signal: str) -> None:
    """`category` fires with `signal`, and every hit points at words of the post and says why."""
    hits = [f for f in judge(engine, text).findings if f.category == category]
    assert signal in [f.signal for f in hits]
    for f in hits:
        assert f.evidence and f.evidence in text
        assert f.explanation


def assert_not_fires(engine: Engine, text: str, category: str) -> None:
    """`category` does not fire (the others may)."""
    assert category not in {f.category for f in judge(engine, text).findings}


def assert_quiet(engine: Engine, text: str) -> None:
    """None of the three meaning-based categories fires."""
    assert {f.category for f in judge(engine, text).findings} & MEANING == set()

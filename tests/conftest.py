"""Shared fixtures: the demo school (demo/school.yaml) judged by the real engine."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from policies.engine import Engine
from policies.model import Account, Post, Verdict

ROOT = Path(__file__).resolve().parent.parent
DEMO_CONFIG = ROOT / "demo" / "school.yaml"
SHARED = ROOT.parent / "shared"

#: A Saturday evening in term: outside directed time, no hold.
OFF_DUTY = "2026-11-21T19:00:00+00:00"
#: The databases every server test, and every browser test of the web UI, runs on.
DIALECTS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL on loopback for the session (tests/pgcluster.py); tests make
    their own databases in it."""
    from tests.pgcluster import PgCluster
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def demo_engine() -> Engine:
    return Engine.from_config(DEMO_CONFIG)


def make_post(text: str = "", *, platform: str = "x", action: str = "post",
              handle: str = "@a_teacher", user: str = "c.teacher", at: str = OFF_DUTY,
              recipients: tuple[str, ...] = ()) -> Post:
    return Post(platform=platform, action=action, account=Account(handle=handle), user=user,
                at=datetime.fromisoformat(at), text=text, recipients=tuple(recipients))


def categories(verdict: Verdict) -> set[str]:
    return {f.category for f in verdict.findings}


def signals(verdict: Verdict, category: str) -> set[str]:
    return {f.signal for f in verdict.findings if f.category == category}

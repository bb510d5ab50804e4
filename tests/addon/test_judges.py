"""The judge pool: one engine per worker, overruns counted, queued work dropped when abandoned."""
import threading

import pytest

from addon.judges import Judges

WAIT = 30   # seconds; only a safety bound so a broken pool fails instead of hanging


def test_concurrent_jobs_get_their_own_engines():
    judges = Judges(["engine-a", "engine-b"])
    both_running = threading.Barrier(2, timeout=WAIT)

    def job(item, engine):
        both_running.wait()          # proves the two jobs run at the same time
        return engine

    try:
        jobs = [judges.submit(job, i) for i in range(2)]
        assert sorted(j.result(WAIT) for j in jobs) == ["engine-a", "engine-b"]
    finally:
        judges.shutdown()


def test_abandoned_jobs_overrun_until_they_end_and_queued_ones_are_dropped():
    judges = Judges(["only"])
    started, release = threading.Event(), threading.Event()
    ran = []

    def slow(item, engine):
        started.set()
        release.wait(WAIT)
        ran.append(item)

    try:
        running = judges.submit(slow, "running")
        assert started.wait(WAIT)
        queued = judges.submit(slow, "queued")
        assert not judges.saturated()
        judges.abandon(queued)               # not started: cancelled, not an overrun
        assert queued.cancelled() and not judges.saturated()
        judges.abandon(running)
        assert judges.saturated()
        release.set()
        judges.submit(lambda item, engine: None, None).result(WAIT)   # runs after `running` ends
        assert not judges.saturated() and ran == ["running"]
    finally:
        release.set()
        judges.shutdown()


def test_needs_an_engine():
    with pytest.raises(ValueError):
        Judges([])


def test_retired_judges_finish_what_was_submitted_and_take_nothing_more():
    """New engines took over (addon/school_sync.py): checks already handed to the old judges
    still get their verdicts, on their old engines, rather than being cancelled."""
    judges = Judges(["old"])
    started, release = threading.Event(), threading.Event()

    def job(item, engine):
        started.set()
        release.wait(WAIT)
        return item, engine

    running = judges.submit(job, "running")
    assert started.wait(WAIT)
    queued = judges.submit(job, "queued")
    judges.retire()
    release.set()
    assert running.result(WAIT) == ("running", "old") and queued.result(WAIT) == ("queued", "old")
    with pytest.raises(RuntimeError):
        judges.submit(job, "late")

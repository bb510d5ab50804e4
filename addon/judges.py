"""Judging posts on a small, bounded pool of threads, so one slow check cannot hold up the rest.

A Python thread cannot be stopped: a check that overruns its timeout keeps its thread until
it finishes. With one worker every later check would queue behind it. Here each of a few
workers owns its own policy engine (the image checks keep OpenCV objects that are not safe to
share between threads), so the others carry on. Only when every worker is still busy with an
overrun check does `saturated()` say so, and the addon then fails at once (logged unchecked,
fail mode applied) instead of making every post wait out its timeout.

Inspection and learning stay on the addon's own single ordered worker: they share the
upload and directory state, and they never wait for a judge.
"""
from __future__ import annotations

import concurrent.futures
import queue
import threading
from typing import Any, Callable


class Judges:
    def __init__(self, engines: list[Any]):
        if not engines:
            raise ValueError("at least one engine is needed")
        self.workers = len(engines)
        self._free: queue.SimpleQueue = queue.SimpleQueue()
        for engine in engines:
            self._free.put(engine)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=self.workers,
                                                           thread_name_prefix="postwarden-judge")
        self._lock = threading.Lock()
        self._overrun = 0

    def submit(self, fn: Callable[[Any, Any], Any], item: Any) -> concurrent.futures.Future:
        """Run `fn(item, engine)` on a worker with an engine nobody else is using."""
        return self._pool.submit(self._job, fn, item)

    def _job(self, fn: Callable[[Any, Any], Any], item: Any) -> Any:
        # At most `workers` jobs run at once and there are as many engines: never empty.
        engine = self._free.get_nowait()
        try:
            return fn(item, engine)
        finally:
            self._free.put(engine)

    def abandon(self, future: concurrent.futures.Future) -> None:
        """The caller stopped waiting. A job not yet started is dropped; one still running is
        counted as an overrun until it ends."""
        if future.cancel() or future.done():
            return
        with self._lock:
            self._overrun += 1
        future.add_done_callback(self._overrun_ended)

    def _overrun_ended(self, _future: concurrent.futures.Future) -> None:
        with self._lock:
            self._overrun -= 1

    def saturated(self) -> bool:
        """Every worker is busy with a check nobody is waiting for any more."""
        with self._lock:
            return self._overrun >= self.workers

    def retire(self) -> None:
        """New engines took over: take no more work, but run the checks already submitted
        (each to its verdict, on the engine it was given) and let the threads end after."""
        self._pool.shutdown(wait=False, cancel_futures=False)

    def shutdown(self) -> None:
        # Never wait: an overrun check may run for a long time (its thread still ends the
        # process late, as Python joins pool threads at exit).
        self._pool.shutdown(wait=False, cancel_futures=True)

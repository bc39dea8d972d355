"""CPU milliseconds of a stage's own work, as a Beam counter next to its ``msecs``.

Why: the ``<stage>:msecs`` counters are wall time, which on a loaded machine, or with more
workers than free cores, counts the time a worker waited for a core as the stage's work. On
the shared 2-core machine the reading stage of the 10x replica run showed ~6.7 s per input
file against 4.1 CPU s for the same pages read in one process (``scripts/bench_stage_cpu.py
extract``): the difference was waiting, not work. ``<stage>:cpu_msecs`` counts the CPU time of
the thread doing the stage's work (``time.thread_time``: Beam runs a bundle in one thread, and
other threads' work, gRPC's and the runner's, is not the stage's), so it compares with
single-process measurements under any load.
"""

from __future__ import annotations

import time

from apache_beam.metrics import Metrics


class CpuMsecs:
    """Adds CPU time to ``<stage>:cpu_msecs``, carrying the fractions of a millisecond.

    A batch often takes less than a millisecond; counting whole milliseconds per batch would
    drop most of such a stage's time, so the remainder is kept for the next increment.
    """

    def __init__(self, stage: str):
        self._counter = Metrics.counter(stage, "cpu_msecs")
        self._carry = 0.0

    def add(self, seconds: float) -> None:
        spent = self._carry + seconds * 1000.0
        whole = int(spent)
        self._carry = spent - whole
        if whole:
            self._counter.inc(whole)


def cpu_now() -> float:
    """This thread's CPU seconds so far (the clock ``CpuMsecs.add`` is given differences of)."""
    return time.thread_time()

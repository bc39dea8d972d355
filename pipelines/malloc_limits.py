"""glibc malloc settings for the pipeline's run: freed memory goes back to the system.

A Beam worker allocates from many threads (gRPC's, the bundle threads), and glibc gives each
thread its own arena (up to 8 per core) and raises its mmap threshold as large buffers are freed,
so that later large buffers come from the arenas; what the decision stages and the shard writers
free then stays in the process as free arena space. With at most ``ARENA_MAX`` arenas and a fixed
``MMAP_THRESHOLD`` (buffers above it are mapped and unmapped on their own), on the 10x replica
the runner, two workers and their extractor children held 2.02 GB at the tree's peak instead of
2.26 GB, the runner 0.41 GB at its own peak instead of 0.54 GB (docs/scale.md, Memory); the
output is byte-identical.

Fixing the mmap threshold also fixes glibc's trim threshold, at its 128 KB default: whenever more
than that was free at the top of a heap it went back to the system, and the next web page's
buffers under 256 KB (its record, payload and parse) faulted it in again: 60-280 page faults a
page, 10-15% of the read stage's CPU. ``TRIM_THRESHOLD`` keeps up to 8 MB free at the top of
each heap (two arenas: at most 16 MB a process) for the next page instead.

glibc reads ``MALLOC_*`` from the environment when a process starts, so the workers, which Beam
starts during the run, get the settings from the environment, and the launcher, already running,
through ``mallopt``. Settings a user has put in the environment are kept. Elsewhere than glibc
(macOS, musl) ``mallopt`` is missing or ignored and nothing changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
from collections.abc import Iterator

ARENA_MAX = 2
MMAP_THRESHOLD = 256 * 1024
TRIM_THRESHOLD = 8 * 1024 * 1024
ENVIRONMENT = {
    "MALLOC_ARENA_MAX": str(ARENA_MAX),
    "MALLOC_MMAP_THRESHOLD_": str(MMAP_THRESHOLD),
    "MALLOC_TRIM_THRESHOLD_": str(TRIM_THRESHOLD),
}
# mallopt's parameter numbers (malloc.h) and, after the run, glibc's defaults: no arena limit
# (0), the ceiling its dynamic mmap threshold rises to on 64-bit systems, the trim threshold.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _M_ARENA_MAX = -1, -3, -8
_AFTER = {_M_ARENA_MAX: 0, _M_MMAP_THRESHOLD: 32 * 1024 * 1024, _M_TRIM_THRESHOLD: 128 * 1024}


def _mallopt(param: int, value: int) -> bool:
    try:
        return bool(ctypes.CDLL(None).mallopt(param, value))
    except (OSError, AttributeError):
        return False


@contextlib.contextmanager
def bounded_heaps() -> Iterator[None]:
    """During the block: this process's malloc limited as above, and processes started in it
    (Beam's multi_processing workers) given the same settings in their environment."""
    added = [key for key in ENVIRONMENT if key not in os.environ]
    for key in added:
        os.environ[key] = ENVIRONMENT[key]
    tuned = [
        param
        for param, key, value in (
            (_M_ARENA_MAX, "MALLOC_ARENA_MAX", ARENA_MAX),
            (_M_MMAP_THRESHOLD, "MALLOC_MMAP_THRESHOLD_", MMAP_THRESHOLD),
            (_M_TRIM_THRESHOLD, "MALLOC_TRIM_THRESHOLD_", TRIM_THRESHOLD),
        )
        if key in added and _mallopt(param, value)
    ]
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)
        for param in tuned:
            _mallopt(param, _AFTER[param])

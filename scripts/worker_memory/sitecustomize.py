"""Samples each Beam worker's memory, and what it runs, every 0.5 s (docs/scale.md, Memory).

    PYTHONPATH=scripts/worker_memory:$PWD WORKER_MEMORY_OUT=/tmp/wm python scripts/bench.py ...

Python imports ``sitecustomize`` from the path at start-up; in a process whose command line is a
Beam worker's, this one starts a thread that appends a line per sample to ``OUT/PID.tsv``:
seconds since start, RSS MB, glibc's ``mallinfo2`` (arena MB, mmapped MB, in use MB, free in
the arenas MB), Python's allocated blocks, and the project functions the other threads are in.
Other processes are left alone. glibc only (``mallinfo2``: glibc 2.33 or later).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from pathlib import Path

PROJECT = tuple(
    str(Path(__file__).resolve().parents[2] / name) for name in ("pipelines", "filters")
)


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            *("arena", "ordblks", "smblks", "hblks", "hblkhd"),
            *("usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"),
        )
    ]


def _is_worker() -> bool:
    try:
        return b"sdk_worker_main" in Path("/proc/self/cmdline").read_bytes()
    except OSError:
        return False


def _running() -> str:
    """The innermost project function of each other thread."""
    found = set()
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        while frame is not None:
            if frame.f_code.co_filename.startswith(PROJECT):
                name = frame.f_code.co_filename.rsplit("/", 1)[1]
                found.add(f"{name}:{frame.f_code.co_name}")
                break
            frame = frame.f_back
    return ",".join(sorted(found))


def _sample(out: Path) -> None:
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    started = time.time()
    with (out / f"{os.getpid()}.tsv").open("w") as handle:
        while True:
            time.sleep(0.5)
            info = libc.mallinfo2()
            rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGESIZE")
            mb = [round(x / 1e6) for x in (rss, info.arena, info.hblkhd, info.uordblks)]
            fields = [
                f"{time.time() - started:.1f}",
                *map(str, mb),
                str(round(info.fordblks / 1e6)),
            ]
            fields += [str(sys.getallocatedblocks()), _running()]
            handle.write("\t".join(fields) + "\n")
            handle.flush()


if _is_worker():
    _out = Path(os.environ.get("WORKER_MEMORY_OUT", "/tmp/worker-memory"))
    _out.mkdir(parents=True, exist_ok=True)
    threading.Thread(target=_sample, args=(_out,), daemon=True).start()

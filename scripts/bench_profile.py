"""Profile one corpus-prep run with pyinstrument and keep the hot spots as plain figures.

A sampling profiler (low overhead, sees C extensions' time as their Python caller's) over a
single-process run, rendered as pstats so the figures can be sorted and stored. Inclusive times
of recursive functions are over-counted by pstats' merging; own times are exact to the sample.
"""

from __future__ import annotations

import pstats
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOP = 15


def _label(func: tuple[str, int, str]) -> str:
    path, line, name = func
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{path}:{line}({name})"


def profile_corpus_prep(venv_bin: Path, config: Path, work: Path) -> dict[str, Any]:
    """Run ``corpus-prep run config`` under pyinstrument; the top own-time and project rows."""
    out = work / "profile.pstats"
    cmd = [
        str(venv_bin / "python"),
        "-m",
        "pyinstrument",
        "-r",
        "pstats",
        "-o",
        str(out),
        str(venv_bin / "corpus-prep"),
        "run",
        str(config),
        "--overwrite",
        "--quiet",
        "--direct_running_mode=in_memory",
        "--direct_num_workers=1",
    ]
    with (work / "profile.log").open("wb") as log:
        subprocess.run(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=True)
    return summarise(out)


def summarise(path: Path) -> dict[str, Any]:
    """Top own-time rows, and the project's own functions (not .venv) by inclusive time."""
    stats = pstats.Stats(str(path)).stats  # {func: (cc, nc, tottime, cumtime, callers)}
    threads = [row[3] for func, row in stats.items() if func[0] == "<thread>"]
    total = max(threads) if threads else max(row[3] for row in stats.values())
    own = sorted(stats.items(), key=lambda item: -item[1][2])[:TOP]
    project = sorted(
        (
            item
            for item in stats.items()
            if item[0][0].startswith(str(ROOT) + "/") and "/.venv/" not in item[0][0]
        ),
        key=lambda item: -item[1][3],
    )[:TOP]
    return {
        "total_s": total,
        "own": [[_label(f), row[2]] for f, row in own],
        "project_inclusive": [[_label(f), row[3]] for f, row in project],
    }

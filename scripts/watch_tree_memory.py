"""Peak memory of a running corpus-prep process tree, sampled from outside.

    python scripts/watch_tree_memory.py NEEDLE OUT.json [--every 1.0]

Watches the first ``pipelines.cli`` process whose command line contains NEEDLE (e.g. a bench
run's folder, ``rep-30x``) and its descendants, with ``bench_measure.tree_memory`` (the measure
``scripts/bench.py`` takes: RSS and PSS summed over the tree, each process's RSS), and rewrites
OUT.json with the peak so far at every new peak: a run stopped before its end still leaves the
peak it had reached, with the time and the load average. Stops when the run ends.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_measure import tree_memory  # noqa: E402


def find(needle: str) -> psutil.Process | None:
    for proc in psutil.process_iter(["cmdline"]):
        line = " ".join(proc.info["cmdline"] or ())
        if "pipelines.cli" in line and needle in line:
            return proc
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("needle")
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=float, default=1.0)
    args = parser.parse_args()
    while (root := find(args.needle)) is None:
        time.sleep(args.every)
    peak = {"rss_mb": 0.0, "pss_mb": 0.0}
    while root.is_running():
        (pss, rss, _, _), parts = tree_memory(root)
        if rss > peak["rss_mb"] * 1e6 or pss > peak["pss_mb"] * 1e6:
            if rss > peak["rss_mb"] * 1e6:
                peak.update(at=time.strftime("%H:%M:%S"), processes_rss_mb=parts)
                peak["load"] = list(psutil.getloadavg())
            peak["rss_mb"] = max(peak["rss_mb"], rss / 1e6)
            peak["pss_mb"] = max(peak["pss_mb"], pss / 1e6)
            args.out.write_text(json.dumps(peak, indent=1))
        time.sleep(args.every)


if __name__ == "__main__":
    main()

"""The critical path of one ``corpus-prep run`` across its processes, from timestamps.

    python scripts/run_timeline.py CONFIG [--keep] [-- run arguments]
    e.g. the 1x head-to-head job (scripts/bench.py writes its config under .cache/bench/):
    python scripts/run_timeline.py .cache/bench/runs-full/h2h-corpus-prep/config.yaml -- \\
        --runner=DirectRunner --direct_num_workers=2 --direct_running_mode=multi_processing

Runs the CLI as a user would (``python -m pipelines.cli run CONFIG --overwrite --quiet``) with
``scripts/timeline_site`` on ``PYTHONPATH``: every Python process of the run (launcher, start-up
check child, Beam workers, model servers, extractor children) then appends timestamped events
around its phases to one file (see that module), and this script prints them, seconds since the
launcher started, then the milestones of the critical path:

    graph      the launcher starts building the graph (imports and config done)
    run        the graph goes to Beam
    harness    the last worker's harness runs (worker processes started, Beam imported)
    first doc  the last worker has set up its per-document stages (model loads done)
    last doc   the last worker's per-document bundle ends
    stop       the runner starts stopping its workers (decision stages and writers done)
    stopped    the runner has stopped them
    end        the launcher's last exit handler (report written)
    wall       the command's wall time, as a user waits for it

Wall times of a shared machine move with its load; the gaps between milestones of one run are
what to compare, over a few runs alternated with the other version. The output is written under
a temporary directory, deleted afterwards unless ``--keep`` (then its path is printed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "scripts" / "timeline_site"
MILESTONES = ("graph", "run", "harness", "first doc", "last doc", "stop", "stopped", "end")


def read_events(path: Path) -> list[tuple[float, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stamp, pid, label = line.split("\t", 2)
        rows.append((float(stamp), pid, label))
    return rows


def milestones(rows: list[tuple[float, str, str]], launcher: str) -> dict[str, float]:
    """Each milestone's time (the last worker's, for the workers' ones), in epoch seconds."""
    found: dict[str, float] = {}

    def latest(key: str, stamp: float) -> None:
        found[key] = max(found.get(key, stamp), stamp)

    for stamp, pid, label in rows:
        if pid == launcher and label in ("start graph", "start pipeline run"):
            found.setdefault("graph" if label == "start graph" else "run", stamp)
        elif pid == launcher and label == "process exit handlers":
            found["end"] = stamp
        elif label == "start worker harness":
            latest("harness", stamp)
        elif label.startswith("end setup read"):
            latest("first doc", stamp)
        elif label.startswith("end bundle") and "ReadInputs" in label:
            latest("last doc", stamp)
        elif label in ("start workers stopped", "end workers stopped"):
            found["stop" if label.startswith("start") else "stopped"] = stamp
    return found


def show(rows: list[tuple[float, str, str]], wall: float) -> None:
    start, launcher = rows[0][0], rows[0][1]
    names: dict[str, str] = {}
    for stamp, pid, label in rows:
        name = names.setdefault(pid, f"P{len(names)}")
        if not label.startswith(("start bundle", "end bundle")):
            print(f"{stamp - start:8.2f}  {name:4} {label[:110]}")
    found = milestones(rows, launcher)
    print()
    print("  ".join(f"{key:>9}" for key in (*MILESTONES, "wall")))
    values = [found.get(key, float("nan")) - start for key in MILESTONES]
    print("  ".join(f"{value:9.2f}" for value in (*values, wall)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config")
    parser.add_argument("--keep", action="store_true", help="keep the run's output")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args, extra = parser.parse_args(argv[:cut]), argv[cut + 1 :]  # after "--": the run's own
    work = Path(tempfile.mkdtemp(prefix="corpus-prep-timeline-"))
    events = work / "events.tsv"
    paths = [str(SITE), str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "CORPUS_PREP_TIMELINE": str(events)}
    env["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
    command = [sys.executable, "-m", "pipelines.cli", "run", args.config, "--overwrite"]
    command += ["--quiet", f"--set=output={work / 'out'}", *extra]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    show(read_events(events), wall)
    if args.keep:
        print(f"output: {work / 'out'}")
    else:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())

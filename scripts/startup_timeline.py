"""Where a run's fixed cost goes: wall and CPU seconds at each phase of one ``corpus-prep run``.

    python scripts/startup_timeline.py [CONFIG] [-- extra run arguments]
    (default: configs/local.yaml, ``make run``'s job, output under /tmp)

Runs the CLI in this process with timestamps around its phases: importing Beam and the
project, the start-up check of each component (``pipelines.preflight``: extractors, stages,
hooks; when the stages run elsewhere the check runs in a child beside the launcher, and the
launcher's wait for it is timed instead), building the graph, the Beam run, the report and
``report.html``, and the total time of Beam's DoFn introspection (``userstate.get_dofn_specs``,
called ~10 times per ParDo by the graph translation and the runner) and of the options views
Beam builds (``PipelineOptions.view_as``: a new argparse parser per call; with
``pipelines/options_views.py`` only the calls that build a view reach it). CPU is this process's
plus its reaped children's (``resource.getrusage``), so it is the whole tree's in the default
in_memory mode.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.bench_measure import process_cpu_s  # noqa: E402

STARTED = time.perf_counter()
ROWS: list[tuple[float, float, str]] = []


def mark(label: str) -> None:
    ROWS.append((time.perf_counter() - STARTED, process_cpu_s(), label))


def timed(owner, name: str, label=None) -> None:
    """Replace ``owner.name`` by itself between two marks (if this checkout has it)."""
    function = getattr(owner, name, None)
    if function is None:
        return

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        mark(f"start {label(*args) if label else name}")
        try:
            return function(*args, **kwargs)
        finally:
            mark(f"end {label(*args) if label else name}")

    setattr(owner, name, wrapper)


def main() -> int:
    mark("start")
    import apache_beam  # noqa: F401

    mark("apache_beam imported")
    import apache_beam.pipeline as beam_pipeline
    import apache_beam.transforms.userstate as userstate
    from apache_beam.options.pipeline_options import PipelineOptions

    import pipelines.preflight as preflight
    import pipelines.report_html as report_html
    import pipelines.run as run
    from pipelines.cli import main as cli

    mark("pipelines imported")
    timed(preflight, "_check_results", lambda config, skip: "start-up check")
    for check in ("_extractor_problem", "_extra_problem"):
        timed(preflight, check, lambda *args: f"check {args[0]}")
    timed(preflight, "_stage_problem", lambda name, *args: f"check stage {name}")
    if hasattr(preflight, "EnvironmentCheck"):  # the check's child runs beside the launcher
        timed(preflight.EnvironmentCheck, "wait", lambda *args: "wait for the start-up check")
    timed(run, "build_pipeline", lambda *args: "graph build")
    timed(beam_pipeline.Pipeline, "run", lambda *args: "Beam run")
    timed(run, "build_report", lambda *args: "report")
    timed(report_html, "write_html", lambda *args: "report.html")
    introspection = [0.0, 0]
    specs = userstate.get_dofn_specs

    def counted(dofn):
        started = time.process_time()
        try:
            return specs(dofn)
        finally:
            introspection[0] += time.process_time() - started
            introspection[1] += 1

    userstate.get_dofn_specs = counted
    views = [0.0, 0]
    view_as = PipelineOptions.view_as

    def built_view(options, cls):
        started = time.process_time()
        try:
            return view_as(options, cls)
        finally:
            views[0] += time.process_time() - started
            views[1] += 1

    PipelineOptions.view_as = built_view
    args = sys.argv[1:]
    config = args[0] if args and not args[0].startswith("-") else "configs/local.yaml"
    extra = args[1:] if args and not args[0].startswith("-") else args
    extra = [arg for arg in extra if arg != "--"]
    with tempfile.TemporaryDirectory() as out:
        rc = cli(["run", config, "--overwrite", "--quiet", f"--set=output={out}/out", *extra])
    mark("end")
    previous = (0.0, 0.0)
    print(f"{'wall s':>8} {'CPU s':>8} {'+CPU':>7}  phase")
    for wall, spent, label in ROWS:
        print(f"{wall:8.2f} {spent:8.2f} {spent - previous[1]:7.2f}  {label}")
        previous = (wall, spent)
    print(f"Beam DoFn introspection: {introspection[0]:.2f} CPU s in {introspection[1]} calls")
    print(f"Beam options views built: {views[0]:.2f} CPU s in {views[1]} calls")
    return rc


if __name__ == "__main__":
    sys.exit(main())

"""Run a configured job end to end: prepare the output, run Beam, write the report."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.balance import PLAN_FILE
from pipelines.beam_logs import LOGS_DIR, beam_logs_to_file
from pipelines.build import (
    STAGE_ORDER,
    build_pipeline,
    buildable_checked,
    spill_dir,
    stages_in_this_process,
)
from pipelines.config import Config, ConfigError, beam_argv
from pipelines.direct_mode import keep_off_prism
from pipelines.dofn_specs import inspect_dofns_once
from pipelines.dofn_specs import with_plugin as inspect_dofns_once_in_workers
from pipelines.filesystem import join, write_json
from pipelines.hooks import check_hooks, run_hooks
from pipelines.idle_stages import with_plugin as drop_idle_stages
from pipelines.malloc_limits import bounded_heaps
from pipelines.model_prestart import PrestartedServers
from pipelines.options_views import view_options_once
from pipelines.output_buffers import with_plugin
from pipelines.preflight import EnvironmentCheck
from pipelines.quality_select import PLAN_FILE as QUALITY_PLAN_FILE
from pipelines.report import REPORT_FILE, build_report
from pipelines.sinks import REJECTS_DIR
from pipelines.sources.read import match_files
from pipelines.spill import SPILL_DIR, delete_spill
from pipelines.stage_data import STAGE_DATA_DIR
from pipelines.stats import STATS_FILE
from pipelines.torch_guard import let_torch_in
from pipelines.worker_exit import with_plugin as exit_workers_at_once

SUCCESS_FILE = "_SUCCESS"
# Everything a run writes; --overwrite deletes exactly these and nothing else the user keeps there.
RUN_OUTPUTS = (
    "data",
    REJECTS_DIR,
    REPORT_FILE,
    "report.html",
    STATS_FILE,
    PLAN_FILE,
    QUALITY_PLAN_FILE,
    SPILL_DIR,
    SUCCESS_FILE,
    "hooks",
    LOGS_DIR,
    STAGE_DATA_DIR,
)

_log = logging.getLogger("corpus_prep")


def check_inputs(config: Config) -> None:
    """Every input glob must match at least one file: a typo should not produce an empty run."""
    for index, item in enumerate(config.inputs):
        if not match_files(item.path):
            raise ConfigError(f"inputs[{index}].path: no file matches {item.path!r}")


def previous_outputs(output: str, overwrite: bool) -> list[str]:
    """What an earlier run left in ``output``, for ``--overwrite`` to delete; without it,
    refuse to mix two runs in one directory. Deletes nothing."""
    if "://" not in output and os.path.exists(output) and not os.path.isdir(output):
        raise ConfigError(f"output {output!r} is a file, not a directory")
    existing = [
        join(output, name) for name in RUN_OUTPUTS if FileSystems.exists(join(output, name))
    ]
    if existing and not overwrite:
        raise ConfigError(
            f"output {output!r} already holds a run ({FileSystems.split(existing[0])[1]}); "
            "pass --overwrite to replace it or choose another output"
        )
    return existing


def built_graph(options: PipelineOptions, config: Config) -> tuple[beam.Pipeline, float]:
    """The job's graph, and the seconds it took to build (part of the report's wall time)."""
    started = time.perf_counter()
    inspect_dofns_once()
    view_options_once()
    pipeline = beam.Pipeline(options=options)
    build_pipeline(pipeline, config, checked=True)
    return pipeline, time.perf_counter() - started


def checked_graph(
    options: PipelineOptions,
    config: Config,
    overwrite: bool,
    started: EnvironmentCheck | None = None,
) -> tuple[beam.Pipeline, float, str]:
    """Check the config and the environment, make room in the output, build the graph.

    When the start-up check loads the stages in a child (they run in other processes), the
    graph is built meanwhile (~2 s on one core while the child uses the other). Building writes
    the stages' run files under ``OUT/_stage_data``, so nothing of an earlier run may be there
    then: if a killed run left that directory, the build waits until the check has passed and
    ``--overwrite`` has deleted it. If the check fails, what the build wrote is removed, so a
    run that cannot start leaves no run files behind. ``started``: the environment check, started
    by the caller before it imported Beam. Returns the graph, the seconds its build took and how
    the environment check ended: "cached" (it passed before, ``check_verdicts``) or "ran".
    """
    stage_data = join(config.output, STAGE_DATA_DIR)
    pipeline, build_s, previous = None, 0.0, [stage_data]
    try:
        with buildable_checked(
            config, stages_elsewhere=not stages_in_this_process(options), started=started
        ) as check:
            check_hooks(config.hooks)
            check_inputs(config)
            previous = previous_outputs(config.output, overwrite)
            if stage_data not in previous:
                pipeline, build_s = built_graph(options, config)
    except BaseException:
        if stage_data not in previous and FileSystems.exists(stage_data):
            FileSystems.delete([stage_data])
        raise
    if previous:
        FileSystems.delete(previous)
    if pipeline is None:
        pipeline, build_s = built_graph(options, config)
    return pipeline, build_s, "cached" if check.cached else "ran"


def collect_metrics(result: Any) -> dict[str, int]:
    """Beam counters summed over steps, as ``namespace:name``."""
    totals: dict[str, int] = {}
    try:
        counters = result.metrics().query(MetricsFilter())["counters"]
    except (NotImplementedError, AttributeError, KeyError):
        return totals
    for counter in counters:
        value = counter.committed if counter.committed is not None else counter.attempted
        key = f"{counter.key.metric.namespace}:{counter.key.metric.name}"
        totals[key] = totals.get(key, 0) + int(value or 0)
    return dict(sorted(totals.items()))


def run(
    config: Config,
    beam_args: list[str],
    overwrite: bool = False,
    verbose: bool = False,
    started: EnvironmentCheck | None = None,
    servers: PrestartedServers | None = None,
) -> dict[str, Any]:
    """Run the pipeline and return the report (also written to ``OUT/report.json``).

    ``started``: the start-up check of the environment, started by the caller (the CLI starts
    it before importing Beam, so the check's child loads the stages meanwhile). ``servers``: the
    workers' model servers, started by the caller too (``pipelines.model_prestart``), handed
    over to the workers when the graph goes to Beam.

    Beam's own logs (runner and workers) go to ``OUT/logs/beam.log`` unless ``verbose``, which
    leaves them to the caller's logging set-up.
    """
    # Config options first: argparse keeps the last occurrence, so the command line wins.
    options = PipelineOptions(beam_argv(config.beam_options) + list(beam_args))
    standard = options.view_as(StandardOptions)
    standard.runner = standard.runner or "DirectRunner"
    with_plugin(options)  # the workers' output buffers bounded (pipelines/output_buffers.py)
    drop_idle_stages(options)  # finished stages torn down sooner (pipelines/idle_stages.py)
    exit_workers_at_once(options)  # no interpreter clean-up in done workers (worker_exit.py)
    inspect_dofns_once_in_workers(options)  # Beam's DoFn introspection memo (dofn_specs.py)
    runner = str(standard.runner)
    pipeline, build_s, startup_check = checked_graph(options, config, overwrite, started)
    keep_off_prism(pipeline)  # Beam's own runners, no Prism download (direct_mode.py)
    clock_start = time.perf_counter() - build_s
    _log.info("running on %s", runner)
    if servers is not None:
        servers.hand_over()
    with (
        contextlib.nullcontext() if verbose else beam_logs_to_file(config.output),
        bounded_heaps(),
    ):
        result = pipeline.run()
        result.wait_until_finish()
    let_torch_in()  # on in this process too when the workers ran in it (in_memory mode)
    delete_spill(spill_dir(config))
    wall = time.perf_counter() - clock_start
    report = build_report(
        config.output,
        config.model_dump(mode="json"),
        STAGE_ORDER,
        collect_metrics(result),
        wall,
        runner,
        startup_check=startup_check,
    )
    scratch = [
        join(config.output, name)
        for name in (STATS_FILE, PLAN_FILE, QUALITY_PLAN_FILE, STAGE_DATA_DIR)
    ]
    FileSystems.delete([path for path in scratch if FileSystems.exists(path)])
    if config.hooks:
        # Hooks run on the finished output; a failing hook is recorded, never fatal to the run.
        report["hooks"] = run_hooks(config.output, config.hooks)
    write_json(join(config.output, REPORT_FILE), report)
    from pipelines.report_html import write_html  # pyarrow.dataset: imported when needed

    write_html(config.output, report)
    with FileSystems.create(join(config.output, SUCCESS_FILE)) as handle:
        handle.write(b"")
    return report

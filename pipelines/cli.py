"""``corpus-prep run|validate|report``.

Options this CLI does not know are handed to Beam's ``PipelineOptions`` untouched, so every runner
option (``--runner``, ``--direct_num_workers``, ``--project``, ...) works without a wrapper here.
Config mistakes end the process with one line naming the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import sys
import threading

from pipelines.check_verdicts import RECHECK_ENV
from pipelines.config import ConfigError, beam_argv, load_config
from pipelines.log_setup import configure_logging
from pipelines.model_prestart import prestart_model_servers
from pipelines.preflight import stages_elsewhere_in, start_environment_check

_RECHECK_HELP = (
    f"load every model for the start-up check even if it passed before on this machine "
    f"({RECHECK_ENV}=1 does the same)"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpus-prep", description="Clean, deduplicate and balance pretraining text."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run a pipeline config (unknown options go to Beam)")
    run.add_argument("config", help="YAML config file")
    run.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="overrides")
    run.add_argument("--overwrite", action="store_true", help="replace an earlier run's output")
    run.add_argument("--recheck", action="store_true", help=_RECHECK_HELP)
    loudness = run.add_mutually_exclusive_group()
    loudness.add_argument("--quiet", action="store_true", help="no progress lines")
    loudness.add_argument(
        "--verbose",
        action="store_true",
        help="Beam's own logs (runner and workers) on the terminal instead of OUT/logs/beam.log",
    )
    validate = commands.add_parser("validate", help="check a config without running it")
    validate.add_argument("config")
    validate.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", dest="overrides"
    )
    validate.add_argument("--recheck", action="store_true", help=_RECHECK_HELP)
    report = commands.add_parser(
        "report", help="print the summary of an output directory and regenerate its report.html"
    )
    report.add_argument("output")
    hook = commands.add_parser("hook", help="run one post-run hook on an existing output")
    hook.add_argument(
        "name",
        help="built-in (train_proxy_lm, quantized_eval, ablation, distill) or package.module:Class",
    )
    hook.add_argument("output")
    hook.add_argument("--option", action="append", default=[], metavar="KEY=VALUE")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, beam_args = _parser().parse_known_args(argv)
    configure_logging(getattr(args, "quiet", True), getattr(args, "verbose", False))
    if getattr(args, "recheck", False):
        os.environ[RECHECK_ENV] = "1"  # read where the check starts (pipelines.check_verdicts)
    try:
        if args.command == "validate":
            from pipelines.build import check_buildable
            from pipelines.hooks import check_hooks
            from pipelines.run import check_inputs

            config = load_config(args.config, args.overrides)
            check_buildable(config)
            check_hooks(config.hooks)
            check_inputs(config)
            print(f"{args.config}: OK ({len(config.inputs)} inputs, mode {config.mode})")
            return 0
        if args.command == "run":
            config = load_config(args.config, args.overrides)
            # When the stages run in other processes, the start-up check's child starts loading
            # them now, before this process spends ~1.5 s importing Beam and the graph code.
            started, servers, argv = None, None, beam_argv(config.beam_options) + beam_args
            if stages_elsewhere_in(argv):
                started = start_environment_check(config, in_child=True)
                # The workers' model servers load meanwhile too (pipelines/model_prestart.py),
                # unless the check's child loads the same models now.
                if not started.loading:
                    servers = prestart_model_servers(config, argv)
            try:
                from pipelines.report import format_summary
                from pipelines.run import run

                report = run(
                    config,
                    beam_args,
                    overwrite=args.overwrite,
                    verbose=args.verbose,
                    started=started,
                    servers=servers,
                )
            except BaseException:
                if started is not None:
                    started.abandon()  # no-op once ``run`` has waited for it
                if servers is not None:
                    servers.abandon()  # no-op once ``run`` has handed them over
                raise
            print(format_summary(report))
            return 0
        if args.command == "report":
            from pipelines.filesystem import join, read_json
            from pipelines.report import REPORT_FILE, format_summary

            path = join(args.output, REPORT_FILE)
            if not os.path.exists(path) and "://" not in path:
                raise ConfigError(f"no {REPORT_FILE} in {args.output!r}: is it a run's output?")
            from pipelines.report_html import write_html

            report = read_json(path)
            print(format_summary(report))
            print(f"report: {write_html(args.output, report)}")
            return 0
        if args.command == "hook":
            from pipelines.hooks import parse_option_args, record_in_report, run_hook

            results = {args.name: run_hook(args.name, args.output, parse_option_args(args.option))}
            record_in_report(args.output, results)
            print(json.dumps(results, indent=2))
            return 0
    except ConfigError as exc:
        print(f"corpus-prep: error: {exc}", file=sys.stderr)
        return 2
    return 1


def end_process(status: int) -> None:
    """Exit with ``status`` after the interpreter's shut-down steps that do something (non-daemon
    threads joined, exit handlers run, logging and the standard streams flushed), skipping the
    last one, which frees the heap object by object: after a run, with Beam's runner state in
    memory, that took 0.3-0.8 s of the command's wall time for nothing (1x bench run, under load).
    Where this Python lacks the two private hooks used, the exit is the usual one."""
    join_threads = getattr(threading, "_shutdown", None)
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if join_threads is None or run_exit_handlers is None:
        sys.exit(status)
    join_threads()
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(status)


def console_main() -> None:
    """The ``corpus-prep`` command (and ``python -m pipelines.cli``): ``main``, then
    ``end_process``. An exception from ``main`` exits as usual, with its traceback."""
    end_process(main())


if __name__ == "__main__":
    console_main()

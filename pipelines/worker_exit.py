"""Beam's local worker processes end without the interpreter's clean-up once their work is done.

Why: at the end of a job the DirectRunner (``multi_processing``) stops its worker processes one
after the other, waiting for each to exit (``WorkerHandlerManager.close_all``), and a worker's
interpreter then frees its heap object by object (spaCy, Presidio, the quality tokenizers):
~0.5 s per worker, 1.1 s of the 1x benchmark run's tail with 2 workers, during which nothing else
runs. Ended with ``os._exit`` instead, a worker is gone ~0.03 s after its harness stops.

What is skipped is only freeing memory: by then the harness has returned normally, so every bundle
has finished (what a stage writes is closed at its bundle's end: the spill files, the shards), the
stages are torn down (the model server released, the extractors' children stopped) and the
harness's log handler has sent its last records. The exit handlers registered after this module's
still run first (they run last-in, first-out), then logging is shut down and the standard streams
are flushed. A worker whose harness failed, or that raised after it, exits as before, with its
error status.

Installed only in a process whose ``__main__`` is Beam's SDK worker (``sdk_worker_main``), which
imports the modules named by ``--beam_plugin`` at start-up; the launcher, which imports this
module to name it (and which runs the harness itself in the ``multi_threading`` mode), keeps its
normal exit.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.worker import sdk_worker

from pipelines.direct_mode import direct_running_mode
from pipelines.output_buffers import add_plugin

PLUGIN = __name__
WORKER_MAIN = "apache_beam.runners.worker.sdk_worker_main"

_done = False  # the harness has returned normally


def marking_done(run: Callable[..., Any]) -> Callable[..., Any]:
    """``run`` (the harness's main loop), recording that it returned without an error."""

    @functools.wraps(run)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        global _done
        result = run(*args, **kwargs)
        _done = True
        return result

    return wrapper


def exit_now() -> None:
    """End the process at once, status 0, if the harness returned and nothing raised since (an
    uncaught exception leaves ``sys.last_value``); otherwise let the interpreter exit as usual."""
    if not _done or hasattr(sys, "last_value"):
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)


def install() -> None:
    """Exit at once after a normal end of this process's harness (see the module's docstring)."""
    if not getattr(sdk_worker.SdkHarness.run, "_marks_done", False):
        sdk_worker.SdkHarness.run = marking_done(sdk_worker.SdkHarness.run)
        sdk_worker.SdkHarness.run._marks_done = True  # type: ignore[attr-defined]
        atexit.register(exit_now)


def with_plugin(options: PipelineOptions) -> None:
    """Name this module among ``options``' Beam plugins when the workers are the DirectRunner's,
    whose runner waits for each of them to exit (a cluster's workers are not waited for so)."""
    if direct_running_mode(options) is not None:
        add_plugin(options, PLUGIN)


def _in_worker_process() -> bool:
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    return getattr(spec, "name", None) == WORKER_MAIN


if _in_worker_process():
    install()

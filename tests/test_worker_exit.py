"""Beam's local workers end without the interpreter's clean-up once their harness has returned
(pipelines.worker_exit), and only then: a failed worker, and the launcher, exit as before."""

from __future__ import annotations

import subprocess
import sys

from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions
from apache_beam.runners.worker import sdk_worker

from pipelines import worker_exit
from pipelines.worker_exit import PLUGIN, with_plugin

# A worker process in miniature: an exit handler registered before the plugin's (so run after it,
# as the interpreter's own clean-up would be), the plugin installed as in a Beam worker, then the
# harness's loop, wrapped as ``install`` wraps ``SdkHarness.run``.
_WORKER = """
import atexit, sys
atexit.register(lambda: print("cleaned up", flush=True))
from pipelines import worker_exit
worker_exit.install()
from apache_beam.runners.worker import sdk_worker
assert sdk_worker.SdkHarness.run._marks_done

def harness_loop():
    print("ran", flush=True)
    if sys.argv[1] == "fail":
        raise RuntimeError("the harness failed")

worker_exit.marking_done(harness_loop)()
if sys.argv[1] == "fail-after":  # e.g. closing the log handler, after the harness returned
    raise RuntimeError("failed after the harness")
"""


def _worker(outcome: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _WORKER, outcome], capture_output=True, text=True, timeout=120
    )


def test_a_worker_whose_harness_returned_exits_at_once_with_status_0():
    done = _worker("ok")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ran"]  # the later clean-up was skipped


def test_a_worker_whose_harness_failed_exits_as_before():
    failed = _worker("fail")
    assert failed.returncode == 1
    assert failed.stdout.split() == ["ran", "cleaned", "up"]
    assert "the harness failed" in failed.stderr


def test_a_worker_that_raised_after_its_harness_returned_exits_as_before():
    failed = _worker("fail-after")
    assert failed.returncode == 1
    assert failed.stdout.split() == ["ran", "cleaned", "up"]
    assert "failed after the harness" in failed.stderr


def test_the_launcher_keeps_its_normal_exit():
    """Imported outside a Beam worker (the launcher names the plugin; in ``multi_threading`` mode
    it runs the harness itself), nothing is installed."""
    assert not worker_exit._in_worker_process()
    assert not getattr(sdk_worker.SdkHarness.run, "_marks_done", False)


def test_only_the_direct_runner_names_the_plugin():
    for runner, named in (
        ("DirectRunner", True),
        ("BundleBasedDirectRunner", True),
        ("DataflowRunner", False),
        ("FlinkRunner", False),
    ):
        options = PipelineOptions([f"--runner={runner}"])
        for _ in range(2):
            with_plugin(options)
        plugins = options.view_as(SetupOptions).beam_plugins or []
        assert plugins.count(PLUGIN) == (1 if named else 0), runner

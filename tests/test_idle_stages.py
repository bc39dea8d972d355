"""Beam workers tear down the stages they have finished sooner (pipelines.idle_stages): a worker
that imports the plugin drops a stage idle for ``IDLE_S``, not 60 s, and keeps a busy one."""

from __future__ import annotations

import subprocess
import sys

from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions

from pipelines import output_buffers
from pipelines.idle_stages import IDLE_S, PLUGIN, with_plugin


def test_both_plugins_are_named_once():
    options = PipelineOptions(["--beam_plugin=other.module"])
    for _ in range(2):
        with_plugin(options)
        output_buffers.with_plugin(options)
    assert options.view_as(SetupOptions).beam_plugins == [
        "other.module",
        PLUGIN,
        output_buffers.PLUGIN,
    ]


def test_a_worker_importing_its_plugins_drops_a_stage_idle_for_idle_s():
    """A fresh interpreter, as a Beam worker imports ``--beam_plugin`` modules before it builds
    its bundle processor cache; the cache's periodic check is run once, by hand, on a stage last
    used ``IDLE_S + 1`` seconds ago and one used just now (ages set, no waiting)."""
    code = f"""
import time
from apache_beam.runners.worker import sdk_worker, sdk_worker_main
sdk_worker_main._import_beam_plugins([{PLUGIN!r}])

class Processor:  # what the cache calls on a cached bundle processor it drops
    down = False
    def shutdown(self):
        self.down = True

cache = sdk_worker.BundleProcessorCache(frozenset(), None, None, {{}})
stages = {{"idle": Processor(), "busy": Processor()}}
for name, processor in stages.items():
    cache.cached_bundle_processors[name].append(processor)
cache.last_access_times["idle"] = time.time() - {IDLE_S} - 1
cache.last_access_times["busy"] = time.time()
cache.periodic_shutdown._function()
print(stages["idle"].down, stages["busy"].down, cache.periodic_shutdown._interval)
cache.shutdown()
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-3:] == ["True", "False", str(IDLE_S)]


def test_only_the_direct_runner_gets_the_bound():
    """On a cluster a worker may get a stage's next work item after a pause longer than
    ``IDLE_S``; tearing the stage down there would load its models again each time."""
    for runner, named in (
        ("DirectRunner", True),
        ("BundleBasedDirectRunner", True),
        ("DataflowRunner", False),
        ("FlinkRunner", False),
        ("SparkRunner", False),
    ):
        options = PipelineOptions([f"--runner={runner}"])
        with_plugin(options)
        assert (PLUGIN in (options.view_as(SetupOptions).beam_plugins or [])) is named, runner

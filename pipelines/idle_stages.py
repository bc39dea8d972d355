"""Beam workers drop the stages they have finished sooner: what a finished stage holds goes.

Why: a Beam SDK worker keeps the bundle processor of each stage it ran, DoFns set up, until the
stage has had no bundle for ``DEFAULT_BUNDLE_PROCESSOR_CACHE_SHUTDOWN_THRESHOLD_S`` (60 s), and
looks for such stages as often (``apache_beam.runners.worker.sdk_worker``), so a DoFn is torn
down one to two minutes after its last bundle. Until then its filter holds what it set up; the
langid stage holds its connection to the model server (filters/shared_model.py), which kept the
server and its model (0.66 GB with heliport on jemalloc) alive through the decision stages and
the shard writers, the peak of the process tree (docs/scale.md, Memory): on the 30x replica
those take ~15-25 s after the per-document stages. At ``IDLE_S`` a stage is torn down 2-4 s
after its last bundle, and the server exits when the last worker's langid stage releases it.

A torn-down stage that gets another bundle is set up again (Beam builds a fresh bundle
processor), so a bound too low would cost set-up time, never results; on the 10x and 30x
replicas each worker set up its read and langid stages once (DirectRunner, multi_processing).
So the bound is asked for on the DirectRunner only, whose runner gives a stage's bundles to its
workers back to back and then moves on to the next stage: on a cluster (Dataflow, Flink, Spark)
a worker can get a stage's next work item after a pause of more than ``IDLE_S`` and would load
the stage's models again each time.

The workers import this module through ``--beam_plugin`` (``with_plugin``) before they build their
bundle processor cache, which reads the threshold when it starts its periodic check.
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.worker import sdk_worker

from pipelines.direct_mode import direct_running_mode
from pipelines.output_buffers import add_plugin

IDLE_S = 2
PLUGIN = __name__


def drop_idle_stages_sooner() -> None:
    """Tear down the DoFns of a stage that has had no bundle for ``IDLE_S`` in this process."""
    sdk_worker.DEFAULT_BUNDLE_PROCESSOR_CACHE_SHUTDOWN_THRESHOLD_S = IDLE_S


def with_plugin(options: PipelineOptions) -> None:
    """Name this module among ``options``' Beam plugins, so that the workers import it, when
    they are the DirectRunner's (see the module's docstring)."""
    if direct_running_mode(options) is not None:
        add_plugin(options, PLUGIN)


drop_idle_stages_sooner()

"""Which DirectRunner mode a run uses, from its Beam options alone.

Its own module because Beam plugins that the workers import at start-up (``idle_stages``) ask
it too, and they should not import the whole graph (``pipelines.build``) to do so.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions


def direct_running_mode(options: PipelineOptions) -> str | None:
    """The DirectRunner's running mode (its default is ``in_memory``), None on other runners."""
    runner = str(options.view_as(StandardOptions).runner or "DirectRunner").rsplit(".", 1)[-1]
    if runner not in ("DirectRunner", "BundleBasedDirectRunner"):
        return None
    return options.view_as(DirectOptions).direct_running_mode or "in_memory"


def keep_off_prism(pipeline: beam.Pipeline) -> None:
    """Keep a DirectRunner run on Beam's own Python runners, never on Prism.

    Beam's DirectRunner first offers a pipeline Prism supports to its Prism runner, which
    downloads a Prism binary at run time: offline the download fails (~0.1 s) and the run falls
    back, but where it succeeds the run goes to Prism, which ignores ``direct_num_workers`` and
    ``direct_running_mode``, loads none of the workers' plugins and was never tested here. The
    DirectRunner skips Prism for an interactive pipeline, a flag its Prism check alone reads.
    Imported here, not at the top: the workers' plugins import this module at their start.
    """
    from apache_beam.runners.direct.direct_runner import SwitchingDirectRunner

    if isinstance(pipeline.runner, SwitchingDirectRunner):
        pipeline.runner.is_interactive()

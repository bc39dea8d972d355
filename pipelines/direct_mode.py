"""Which DirectRunner mode a run uses, from its Beam options alone.

Its own module because Beam plugins that the workers import at start-up (``idle_stages``) ask
it too, and they should not import the whole graph (``pipelines.build``) to do so.
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions


def direct_running_mode(options: PipelineOptions) -> str | None:
    """The DirectRunner's running mode (its default is ``in_memory``), None on other runners."""
    runner = str(options.view_as(StandardOptions).runner or "DirectRunner").rsplit(".", 1)[-1]
    if runner not in ("DirectRunner", "BundleBasedDirectRunner"):
        return None
    return options.view_as(DirectOptions).direct_running_mode or "in_memory"

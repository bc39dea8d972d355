"""Beam workers' output buffers, bounded: what a finished stage leaves behind in a worker.

Why: a Beam SDK worker encodes each output of a bundle into a buffer that it sends to the runner
once the buffer holds more than 10 MB (``apache_beam.runners.worker.data_plane``), and a buffer
keeps its largest size until it is dropped; a worker keeps the bundle processors of the stages it
ran for a minute after their last bundle, each with the last buffers of its outputs (107 of them
in each worker when the shard writers started, default graph). Then, glibc's large live chunks
were 0.13-0.17 GB per worker on the 10x replica and 0.35-0.37 GB on the 30x one (DirectRunner
multi_processing, 2 workers; dropping the buffers freed ~0.08 GB per worker at 10x): the
workers' growth from 10x to 30x (docs/scale.md, Memory). Sent at ``FLUSH_BYTES`` instead, a
buffer stays under twice that for elements smaller than it (ours are ids, hashes and small
records). What the runner receives is the same elements in the same order: a buffer is only
sent between whole elements.

Every SDK worker imports the modules named by ``--beam_plugin`` before its first bundle;
``with_plugin`` names this one, and importing it bounds the buffers of the process (the launcher
too, which is the worker in the DirectRunner's in_memory mode).
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions
from apache_beam.runners.worker import data_plane

FLUSH_BYTES = 512 * 1024
PLUGIN = __name__


def _maybe_flush(self: data_plane.SizeBasedBufferingClosableOutputStream) -> None:
    """Beam's ``maybe_flush`` (called after each whole element), sending at ``FLUSH_BYTES``."""
    if self.size() > FLUSH_BYTES:
        self.flush()


def bound_output_buffers() -> None:
    """Send every output buffer of this process once it holds more than ``FLUSH_BYTES``."""
    data_plane.SizeBasedBufferingClosableOutputStream.maybe_flush = _maybe_flush


def add_plugin(options: PipelineOptions, module: str) -> None:
    """Name ``module`` among ``options``' Beam plugins (once), so that every worker imports it
    before its first bundle."""
    setup = options.view_as(SetupOptions)
    plugins = list(setup.beam_plugins or [])
    if module not in plugins:
        setup.beam_plugins = [*plugins, module]


def with_plugin(options: PipelineOptions) -> None:
    """Name this module among ``options``' Beam plugins, so that the workers import it."""
    add_plugin(options, PLUGIN)


bound_output_buffers()

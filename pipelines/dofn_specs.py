"""Beam's DoFn introspection, once per DoFn object instead of ~7 times.

``apache_beam.transforms.userstate.get_dofn_specs`` finds a DoFn's state and timer parameters by
building the signature of every method of the object. Beam calls it for the same DoFn object
again and again while it builds, validates, translates (twice) and fuses the graph and sets up
bundles: 2,456 calls for the 343 DoFns of ``make run``'s job, 2.5-3 CPU seconds of a ~22 s run
(``scripts/startup_timeline.py``). The answer depends only on the object's methods, which do not
change after it is built, so it is kept per object (weakly: a DoFn that is gone leaves no entry)
and each caller gets its own copy of the sets. A DoFn that cannot be a weak dictionary key is
inspected every time, as before.

Beam's workers inspect each DoFn of a stage again as they build its bundle processor (each stage
unpickles fresh objects): ~9 calls per stage in each worker, ~670 per worker on the 1x benchmark
run, most of them in the ~75 short stages after the per-document ones, where the workers' bundle
processor builds are the run's critical path. Importing this module installs the memo, and the
workers import it as a Beam plugin (``with_plugin``).
"""

from __future__ import annotations

import functools
import weakref
from typing import Any

from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms import userstate

from pipelines.output_buffers import add_plugin

_MARK = "_corpus_prep_once_per_dofn"
PLUGIN = __name__


def _once_per_dofn(inspect: Any) -> Any:
    found: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(inspect)
    def get_dofn_specs(dofn: Any) -> tuple[set, set]:
        try:
            specs = found.get(dofn)
        except TypeError:  # not hashable or not weakly referenceable
            return inspect(dofn)
        if specs is None:
            specs = inspect(dofn)  # raises on a bad DoFn, every time, as before
            found[dofn] = specs
        return set(specs[0]), set(specs[1])

    setattr(get_dofn_specs, _MARK, True)
    return get_dofn_specs


def inspect_dofns_once() -> None:
    """Install the per-object memo in this process (idempotent)."""
    if not getattr(userstate.get_dofn_specs, _MARK, False):
        userstate.get_dofn_specs = _once_per_dofn(userstate.get_dofn_specs)


def with_plugin(options: PipelineOptions) -> None:
    """Name this module among ``options``' Beam plugins, so that the workers install the memo."""
    add_plugin(options, PLUGIN)


inspect_dofns_once()  # on import: how a worker installs it (Beam imports its plugins at start-up)

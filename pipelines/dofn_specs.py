"""Beam's DoFn introspection, once per DoFn object instead of ~7 times.

``apache_beam.transforms.userstate.get_dofn_specs`` finds a DoFn's state and timer parameters by
building the signature of every method of the object. Beam calls it for the same DoFn object
again and again while it builds, validates, translates (twice) and fuses the graph and sets up
bundles: 2,456 calls for the 343 DoFns of ``make run``'s job, 2.5-3 CPU seconds of a ~22 s run
(``scripts/startup_timeline.py``). The answer depends only on the object's methods, which do not
change after it is built, so it is kept per object (weakly: a DoFn that is gone leaves no entry)
and each caller gets its own copy of the sets. A DoFn that cannot be a weak dictionary key is
inspected every time, as before.
"""

from __future__ import annotations

import functools
import weakref
from typing import Any

from apache_beam.transforms import userstate

_MARK = "_corpus_prep_once_per_dofn"


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

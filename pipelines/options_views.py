"""Beam's options views, built once per (options object, class) instead of on every call.

``PipelineOptions.view_as(cls)`` constructs ``cls(self._flags)``: a new argparse parser with the
arguments of every class in ``cls``'s MRO, then ``parse_known_args`` of the flags, only to learn
which option names ``cls`` has; the view then reads and writes the source's shared
``_all_options`` dict. Beam calls it for the same objects again and again while it builds the
graph (``Pipeline.apply``, type inference, type hints): 1,442 calls for the 1× head-to-head job,
about half of the graph build's CPU (docs/scale.md, "Fixed cost").

A view is a function of its class, the flags it parsed and the source's dict, so it is kept per
source object (by identity, dropped when the object goes) and per class, and handed out again
only while everything Beam's own call would depend on is unchanged:

- the source still holds the same ``_flags`` and ``_all_options`` objects as the view, the flags
  (or ``sys.argv[1:]`` when they are ``None``, which argparse parses then) still read the same,
  and the view's own ``_flags``/``_all_options``/``_visible_options`` were not reassigned;
- every option name of the view is still a key of ``_all_options`` (Beam's call would put a
  missing one back from the flags, so then Beam's call runs and its view is kept instead).

Flags that are not a list or tuple (an iterator would be consumed by the first parse), classes
with their own ``__init__``, and objects that cannot be weakly referenced take Beam's path every
time; so does every call that raises, which raises as before. ``logging.basicConfig()``, which
each construction calls, is still called on every view_as.
"""

from __future__ import annotations

import functools
import logging
import sys
import weakref
from typing import Any

from apache_beam.options.pipeline_options import PipelineOptions

_MARK = "_corpus_prep_once_per_class"


def _flags_read(flags: Any) -> tuple | None:
    """What argparse will parse for these flags, or None if it cannot be known without
    consuming them."""
    if flags is None:
        return tuple(sys.argv[1:])
    if isinstance(flags, (list, tuple)):
        return tuple(flags)
    return None


class _Kept:
    """One cached view, with what it was built from."""

    __slots__ = ("view", "flags", "flags_read", "options", "visible", "names")

    def __init__(self, view: Any, flags: Any, flags_read: tuple, options: dict) -> None:
        self.view = view
        self.flags = flags
        self.flags_read = flags_read
        self.options = options
        self.visible = view._visible_options
        self.names = tuple(view._visible_option_list())

    def still_valid(self, source: Any) -> bool:
        view, options = self.view, self.options
        return (
            source._flags is self.flags
            and source._all_options is options
            and view.__dict__.get("_flags") is self.flags
            and view.__dict__.get("_all_options") is options
            and view.__dict__.get("_visible_options") is self.visible
            and _flags_read(self.flags) == self.flags_read
            and all(name in options for name in self.names)
        )


def _once_per_class(view_as: Any) -> Any:
    # id(options object) -> (weak reference to it, {class: _Kept}); identity, not ==, so an
    # options class with its own __eq__/__hash__ cannot share another object's views.
    kept: dict[int, tuple[weakref.ref, dict[type, _Kept]]] = {}

    def forget(ref: weakref.ref, key: int) -> None:
        entry = kept.get(key)
        if entry is not None and entry[0] is ref:
            del kept[key]

    @functools.wraps(view_as)
    def view_as_once(self: Any, cls: Any) -> Any:
        entry = kept.get(id(self))
        views = entry[1] if entry is not None and entry[0]() is self else None
        if views is not None:
            try:
                found = views.get(cls)
            except TypeError:  # an unhashable cls: Beam's path, which raises as before
                found = None
            if found is not None and found.still_valid(self):
                logging.basicConfig()  # as cls.__init__ would
                return found.view
        view = view_as(self, cls)  # raises as before; nothing is kept then
        flags = self._flags  # Beam's call has just read both
        flags_read = _flags_read(flags)
        if (
            flags_read is None
            or not isinstance(view, PipelineOptions)
            or type(view).__init__ is not PipelineOptions.__init__
            or type(view) is not cls
            or view.__dict__.get("_all_options") is not self._all_options
        ):
            return view
        if views is None:
            key = id(self)
            try:
                ref = weakref.ref(self, lambda ref, key=key: forget(ref, key))
            except TypeError:  # not weakly referenceable: Beam's path every time
                return view
            views = {}
            kept[key] = (ref, views)
        views[cls] = _Kept(view, flags, flags_read, self._all_options)
        return view

    setattr(view_as_once, _MARK, True)
    return view_as_once


def view_options_once() -> None:
    """Install the per-object memo of ``PipelineOptions.view_as`` in this process
    (idempotent)."""
    if not getattr(PipelineOptions.view_as, _MARK, False):
        PipelineOptions.view_as = _once_per_class(PipelineOptions.view_as)

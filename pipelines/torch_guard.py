"""Keep PyTorch out of the per-document stages: it costs seconds per process and they never use it.

spaCy (through thinc) and Presidio import ``torch`` whenever it is installed, only to probe for a
GPU; with the ``train`` extra installed (the hooks' proxy LM) that is ~2-3 s of CPU and ~300 MB
per Beam worker, paid again in every worker process. While the guard is on, ``import torch``
fails with ImportError, which both libraries take as "no torch" (CPU). The hooks run after the
pipeline, with the guard off, and import torch as usual.

A module already imported is not affected: the guard only helps when it is on before the first
import of spaCy or Presidio in the process (``FilterStage.setup`` turns it on).
"""

from __future__ import annotations

import contextlib
import importlib.abc
import sys
from collections.abc import Iterator

_BLOCKED = "torch"


class _NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):  # noqa: ANN001 - the importlib protocol
        if name == _BLOCKED or name.startswith(_BLOCKED + "."):
            raise ModuleNotFoundError(
                "torch is kept out of corpus-prep's per-document stages (pipelines/torch_guard)",
                name=name,
            )
        return None


def keep_torch_out() -> None:
    """Make ``import torch`` fail in this process until ``let_torch_in``."""
    if _BLOCKED in sys.modules:
        return
    if not any(isinstance(finder, _NoTorch) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoTorch())


def let_torch_in() -> None:
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _NoTorch)]


@contextlib.contextmanager
def torch_kept_out() -> Iterator[None]:
    """The guard on for a block (the launcher's start-up checks), as it was after it."""
    was_on = any(isinstance(finder, _NoTorch) for finder in sys.meta_path)
    keep_torch_out()
    try:
        yield
    finally:
        if not was_on:
            let_torch_in()

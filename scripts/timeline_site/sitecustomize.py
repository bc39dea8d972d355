"""Imported at start-up by every Python process of a run that ``scripts/run_timeline.py`` starts
(the launcher, the start-up check's child, Beam's workers, model servers, extractor children):
appends ``time<TAB>pid<TAB>event`` lines to ``$CORPUS_PREP_TIMELINE`` around the phases the
critical path goes through. A measurement aid, never installed: only that script puts this
directory on ``PYTHONPATH``."""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import os
import sys
import time
from typing import Any

_FILE = os.environ.get("CORPUS_PREP_TIMELINE", "")


def event(label: str) -> None:
    with open(_FILE, "a", encoding="utf-8") as out:
        out.write(f"{time.time():.3f}\t{os.getpid()}\t{label}\n")


def _timed(owner: Any, name: str, label: Any) -> None:
    """``owner.name`` between a start and an end event (``label``: text or ``f(*args)``)."""
    function = getattr(owner, name, None)
    if function is None:
        return

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        text = label(*args) if callable(label) else label
        event(f"start {text}")
        try:
            return function(*args, **kwargs)
        finally:
            event(f"end {text}")

    setattr(owner, name, wrapper)


def _stages(processor: Any) -> str:
    names = {op.name_context.step_name.split("/")[0] for op in processor.ops.values()}
    return ",".join(sorted(name for name in names if name))


def _patch(name: str, module: Any) -> None:
    if name == "apache_beam.pipeline":
        _timed(module.Pipeline, "run", "pipeline run")
    elif name == "apache_beam.runners.portability.fn_api_runner.worker_handlers":
        _timed(module.WorkerHandlerManager, "close_all", "workers stopped")
    elif name == "apache_beam.runners.worker.sdk_worker":
        _timed(module.SdkHarness, "run", "worker harness")
    elif name == "apache_beam.runners.worker.bundle_processor":
        _timed(module.BundleProcessor, "process_bundle", lambda self, *_: f"bundle {_stages(self)}")
    elif name == "pipelines.run":
        _timed(module, "checked_graph", "graph")
        _timed(module, "build_report", "report")
    elif name == "pipelines.stages":
        _timed(module.FilterStage, "setup", lambda self: f"setup {self._stage}")
    elif name == "pipelines.sources.read":
        for value in list(vars(module).values()):
            if isinstance(value, type) and "setup" in vars(value):
                _timed(value, "setup", f"setup read ({value.__name__})")
    elif name == "filters.shared_model":
        _timed(module, "_start_server", "model server start")


_TARGETS = (
    "apache_beam.pipeline",
    "apache_beam.runners.portability.fn_api_runner.worker_handlers",
    "apache_beam.runners.worker.sdk_worker",
    "apache_beam.runners.worker.bundle_processor",
    "pipelines.run",
    "pipelines.stages",
    "pipelines.sources.read",
    "filters.shared_model",
)


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any, name: str) -> None:
        self.inner, self.name = inner, name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.inner, attr)

    def create_module(self, spec: Any) -> Any:
        return self.inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.inner.exec_module(module)
        _patch(self.name, module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name not in _TARGETS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader, name)
                return spec
        return None


if _FILE:
    sys.meta_path.insert(0, _Finder())
    event("process start " + " ".join(os.path.basename(arg) for arg in sys.orig_argv[1:4]))
    atexit.register(event, "process exit handlers")

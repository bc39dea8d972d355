"""The per-document stages: which filter class runs each, and how a config section builds it.

Kept apart from ``pipelines.build`` (which assembles the graph) so that the start-up check
(``pipelines.preflight``) can build the same filters without importing the graph code.
"""

from __future__ import annotations

import importlib

from filters.base import DocFilter
from pipelines.config import Config, StageConfig

# Per-document stages in execution order, as ``module:Class``. Each class takes its config
# section's keys (beyond ``enabled``) as keyword arguments, so a new config key reaches the filter
# without code here. Imported lazily: a run without PII never imports Presidio.
FILTER_STAGES: dict[str, str] = {
    "url_filter": "pipelines.url_filter:UrlFilterStage",
    "langid": "filters.langid:LanguageId",
    "quality": "filters.quality:QualityFilter",
    "quality_model": "filters.quality_model:QualityModelFilter",
    "toxicity": "filters.toxicity:ToxicityFilter",
    "pii": "filters.pii:PiiFilter",
    "decontaminate": "pipelines.decontaminate:DecontaminateStage",
}
# The stages whose filter can serve its model from a server per machine (``DocFilter.shared_models``
# not empty), which the launcher starts early (``pipelines.model_prestart``) without importing the
# other stages' classes (``url_filter``'s imports Beam).
SHARED_MODEL_STAGES = ("langid",)


def filter_class(name: str) -> type[DocFilter]:
    """The filter class of a stage, imported on first use."""
    module_name, _, class_name = FILTER_STAGES[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def make_filter(
    name: str,
    section: StageConfig,
    mode: str,
    output: str | None = None,
    several_workers: bool = False,
) -> DocFilter:
    """Instantiate the filter class of a stage from its config section.

    In annotate mode a filter must compute every signal, so stopping at the first failing rule
    (``short_circuit``, a filter-mode speed-up) is turned off whatever the config says. A class
    with a ``run_kwargs`` classmethod builds what it needs once per run here, on the launcher
    (an index written under ``output`` that its workers load in ``setup``), and returns its
    final keyword arguments; without ``output`` (the start-up check, a notebook) its workers
    build it themselves. ``shared_model: auto`` (a model served once per machine) is on when
    ``several_workers`` run on one machine, as local worker processes do.
    """
    cls = filter_class(name)
    kwargs = section.model_dump(exclude={"enabled"})
    if "short_circuit" in kwargs and mode == "annotate":
        kwargs["short_circuit"] = False
    if kwargs.get("shared_model") == "auto":
        kwargs["shared_model"] = several_workers
    if hasattr(cls, "run_kwargs"):
        kwargs = cls.run_kwargs(kwargs, output=output, mode=mode)
    return cls(**kwargs)


def check_run(config: Config) -> None:
    """Let each enabled stage whose class has a ``check_run`` classmethod check its section's
    files before any work starts (benchmarks readable and indexable, block-lists present)."""
    for name in FILTER_STAGES:
        section = getattr(config.stages, name)
        cls = filter_class(name) if section.enabled else None
        if hasattr(cls, "check_run"):
            cls.check_run(section.model_dump(exclude={"enabled"}))

"""The per-document stages: which filter class runs each, and how a config section builds it.

Kept apart from ``pipelines.build`` (which assembles the graph) so that the start-up check
(``pipelines.preflight``) can build the same filters without importing the graph code.
"""

from __future__ import annotations

import importlib

from filters.base import DocFilter
from pipelines.config import StageConfig

# Per-document stages in execution order, as ``module:Class``. Each class takes its config
# section's keys (beyond ``enabled``) as keyword arguments, so a new config key reaches the filter
# without code here. Imported lazily: a run without PII never imports Presidio.
FILTER_STAGES: dict[str, str] = {
    "langid": "filters.langid:LanguageId",
    "quality": "filters.quality:QualityFilter",
    "quality_model": "filters.quality_model:QualityModelFilter",
    "toxicity": "filters.toxicity:ToxicityFilter",
    "pii": "filters.pii:PiiFilter",
}


def make_filter(name: str, section: StageConfig, mode: str) -> DocFilter:
    """Instantiate the filter class of a stage from its config section.

    In annotate mode a filter must compute every signal, so stopping at the first failing rule
    (``short_circuit``, a filter-mode speed-up) is turned off whatever the config says.
    """
    module_name, _, class_name = FILTER_STAGES[name].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    kwargs = section.model_dump(exclude={"enabled"})
    if "short_circuit" in kwargs and mode == "annotate":
        kwargs["short_circuit"] = False
    return cls(**kwargs)

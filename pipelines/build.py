"""Config → Beam graph, in the fixed stage order of DESIGN.md.

Cheap per-document stages run first so fewer documents reach the expensive ones; dedup runs on
the text that will be written. The order is not configurable on purpose: it is what makes the
funnel in the report comparable between runs.
"""

from __future__ import annotations

from collections.abc import Callable

import apache_beam as beam

from filters.base import DocFilter
from pipelines.config import Config, ConfigError, LangIdConfig, StageConfig
from pipelines.sinks import WriteOutputs
from pipelines.sources.read import ReadInputs
from pipelines.stages import ApplyFilter


def _langid(cfg: LangIdConfig) -> DocFilter:
    from filters.langid import LanguageId

    return LanguageId(
        languages=cfg.languages,
        min_score=cfg.min_score,
        model=cfg.model,
        language_min_scores=cfg.language_min_scores,
        max_chars=cfg.max_chars,
        restrict_to_languages=cfg.restrict_to_languages,
    )


# Per-document stages in execution order. Dedup and balancing are whole-corpus transforms and
# are composed after these.
FILTER_STAGES: list[tuple[str, Callable[..., DocFilter]]] = [
    ("langid", _langid),
]

# Stages of the config contract whose implementation has not landed yet: enabling one must fail
# loudly instead of silently passing documents through unfiltered.
PENDING_STAGES = ("quality", "toxicity", "pii", "exact_dedup", "minhash", "balance")

STAGE_ORDER = ("read", *(name for name, _ in FILTER_STAGES), *PENDING_STAGES)


def check_buildable(config: Config) -> None:
    """Fail before any work starts if the config asks for something this version cannot do."""
    for name in PENDING_STAGES:
        stage: StageConfig = getattr(config.stages, name)
        if stage.enabled:
            raise ConfigError(
                f"stages.{name} is not available in this version of corpus-prep; "
                f"set stages.{name}.enabled: false"
            )


def build_pipeline(pipeline: beam.Pipeline, config: Config) -> beam.PCollection:
    """Add the whole job to ``pipeline``; returns the PCollection of written file paths."""
    check_buildable(config)
    read = pipeline | "ReadInputs" >> ReadInputs(config.inputs)
    docs = read.docs | "SpreadDocs" >> beam.Reshuffle()
    rejects = [read.rejected]
    for name, factory in FILTER_STAGES:
        stage_config = getattr(config.stages, name)
        if not stage_config.enabled:
            continue
        result = docs | f"Stage:{name}" >> ApplyFilter(factory(stage_config), config.mode)
        docs = result.kept
        rejects.append(result.rejected)
    all_rejects = rejects | "AllRejects" >> beam.Flatten()
    return (docs, all_rejects) | "WriteOutputs" >> WriteOutputs(config.output, config.shards)

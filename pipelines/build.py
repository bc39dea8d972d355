"""Config → Beam graph, in the fixed stage order of DESIGN.md.

Cheap per-document stages run first so fewer documents reach the expensive ones; dedup runs on
the text that will be written. The order is not configurable on purpose: it is what makes the
funnel in the report comparable between runs.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipelines.balance import Balance
from pipelines.config import Config, ConfigError, StageConfig
from pipelines.dedup import ExactDedup, MinhashDedup
from pipelines.filter_stages import FILTER_STAGES, make_filter
from pipelines.preflight import check_environment
from pipelines.sinks import WriteOutputs
from pipelines.sources.read import ReadInputs
from pipelines.stages import ApplyFilter

# Stages of the config contract whose implementation has not landed yet: enabling one must fail
# loudly instead of silently passing documents through unfiltered.
PENDING_STAGES: tuple[str, ...] = ()

STAGE_ORDER = (
    "read",
    "langid",
    "quality",
    "toxicity",
    "pii",
    "exact_dedup",
    "minhash",
    "balance",
)


def check_buildable(config: Config) -> None:
    """Fail before any work starts if the config asks for something this version cannot do.

    Model files are checked here too: a missing one would otherwise fail only in the workers'
    setup, after ``--overwrite`` has already removed the previous run.
    """
    for name in ("langid", "toxicity"):
        section = getattr(config.stages, name)
        if section.enabled and section.model and not FileSystems.exists(section.model):
            raise ConfigError(f"stages.{name}.model: file not found: {section.model}")
    for name in PENDING_STAGES:
        stage: StageConfig = getattr(config.stages, name)
        if stage.enabled:
            raise ConfigError(
                f"stages.{name} is not available in this version of corpus-prep; "
                f"set stages.{name}.enabled: false"
            )
    check_environment(config)  # every extractor, model and hook imports and loads


def build_pipeline(pipeline: beam.Pipeline, config: Config) -> beam.PCollection:
    """Add the whole job to ``pipeline``; returns the PCollection of written file paths."""
    check_buildable(config)
    read = pipeline | "ReadInputs" >> ReadInputs(config.inputs)
    docs = read.docs | "SpreadDocs" >> beam.Reshuffle()
    rejects = [read.rejected]
    for name in FILTER_STAGES:
        section = getattr(config.stages, name)
        if not section.enabled:
            continue
        result = docs | f"Stage:{name}" >> ApplyFilter(
            make_filter(name, section, config.mode), config.mode
        )
        docs = result.kept
        rejects.append(result.rejected)
    if config.stages.exact_dedup.enabled:
        result = docs | "Stage:exact_dedup" >> ExactDedup(config.stages.exact_dedup, config.mode)
        docs = result.kept
        rejects.append(result.rejected)
    if config.stages.minhash.enabled:
        result = docs | "Stage:minhash" >> MinhashDedup(config.stages.minhash, config.mode)
        docs = result.kept
        rejects.append(result.rejected)
    if config.stages.balance.enabled:
        result = docs | "Stage:balance" >> Balance(
            config.stages.balance, config.mode, config.output
        )
        docs = result.kept
        rejects.append(result.rejected)
    all_rejects = rejects | "AllRejects" >> beam.Flatten()
    return (docs, all_rejects) | "WriteOutputs" >> WriteOutputs(config.output, config.shards)

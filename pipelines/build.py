"""Config → Beam graph, in the fixed stage order of DESIGN.md.

Cheap per-document stages run first so fewer documents reach the expensive ones; dedup runs on
the text that will be written. The order is not configurable on purpose: it is what makes the
funnel in the report comparable between runs.
"""

from __future__ import annotations

import importlib

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from filters.base import DocFilter
from pipelines.balance import Balance
from pipelines.config import Config, ConfigError, StageConfig
from pipelines.decontaminate import SummariseMatches
from pipelines.dedup import ExactDedup, MinhashDedup
from pipelines.sinks import WriteOutputs
from pipelines.sources.read import ReadInputs
from pipelines.stages import ApplyFilter

# Per-document stages in execution order, as ``module:Class``. Each class takes its config
# section's keys (beyond ``enabled``) as keyword arguments, so a new config key reaches the filter
# without code here. Imported lazily: a run without PII never imports Presidio.
FILTER_STAGES: dict[str, str] = {
    "url_filter": "pipelines.url_filter:UrlFilterStage",
    "langid": "filters.langid:LanguageId",
    "quality": "filters.quality:QualityFilter",
    "toxicity": "filters.toxicity:ToxicityFilter",
    "pii": "filters.pii:PiiFilter",
    "decontaminate": "pipelines.decontaminate:DecontaminateStage",
}

# Stages of the config contract whose implementation has not landed yet: enabling one must fail
# loudly instead of silently passing documents through unfiltered.
PENDING_STAGES: tuple[str, ...] = ()

STAGE_ORDER = (
    "read",
    "url_filter",
    "langid",
    "quality",
    "toxicity",
    "pii",
    "decontaminate",
    "exact_dedup",
    "minhash",
    "balance",
)


def _filter_class(name: str) -> type[DocFilter]:
    module_name, _, class_name = FILTER_STAGES[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def make_filter(name: str, section: StageConfig, mode: str, output: str | None = None) -> DocFilter:
    """Instantiate the filter class of a stage from its config section.

    In annotate mode a filter must compute every signal, so stopping at the first failing rule
    (``short_circuit``, a filter-mode speed-up) is turned off whatever the config says. A class
    with a ``run_kwargs`` classmethod builds what it needs once per run here, on the launcher
    (an index written under ``output`` that its workers load in ``setup``), and returns its
    final keyword arguments.
    """
    cls = _filter_class(name)
    kwargs = section.model_dump(exclude={"enabled"})
    if "short_circuit" in kwargs and mode == "annotate":
        kwargs["short_circuit"] = False
    if hasattr(cls, "run_kwargs"):
        kwargs = cls.run_kwargs(kwargs, output=output, mode=mode)
    return cls(**kwargs)


def check_buildable(config: Config) -> None:
    """Fail before any work starts if the config asks for something this version cannot do.

    Model files are checked here too: a missing one would otherwise fail only in the workers'
    setup, after ``--overwrite`` has already removed the previous run.
    """
    for name in ("langid", "toxicity"):
        section = getattr(config.stages, name)
        if section.enabled and section.model and not FileSystems.exists(section.model):
            raise ConfigError(f"stages.{name}.model: file not found: {section.model}")
    for name in FILTER_STAGES:
        section = getattr(config.stages, name)
        cls = _filter_class(name) if section.enabled else None
        if hasattr(cls, "check_run"):  # e.g. benchmark files readable, block-lists present
            cls.check_run(section.model_dump(exclude={"enabled"}))
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
    filters = {
        name: make_filter(name, getattr(config.stages, name), config.mode, config.output)
        for name in FILTER_STAGES
        if getattr(config.stages, name).enabled
    }
    # In filter mode a blocked URL is rejected by the reader, before its page is extracted.
    before_extraction = filters.get("url_filter") if config.mode == "filter" else None
    read = pipeline | "ReadInputs" >> ReadInputs(config.inputs, url_filter=before_extraction)
    docs = read.docs | "SpreadDocs" >> beam.Reshuffle()
    rejects = [read.rejected]
    for name, doc_filter in filters.items():
        result = docs | f"Stage:{name}" >> ApplyFilter(doc_filter, config.mode)
        if name == "decontaminate":
            _ = (result.kept, result.rejected) | "DecontaminationSummary" >> SummariseMatches(
                doc_filter, config.output
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

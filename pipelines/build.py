"""Config → Beam graph, in the fixed stage order of DESIGN.md.

Cheap per-document stages run first so fewer documents reach the expensive ones; dedup runs on
the text that will be written. The order is not configurable on purpose: it is what makes the
funnel in the report comparable between runs.

The shape of the graph, and why (docs/scale.md has the figures):

    read → url_filter → langid → quality → quality_model → toxicity → pii → decontaminate
         (one fused stage per input file)                                        │
      ┌──────────────────────────────────────────────────────────────────────────┘
      ├─ spill text ──────────────────────────────────────────┐
      └─ keys: ids, hashes, band keys                         │
           → decision stages (exact, MinHash)                 │
           → one join by id → shard plans ────────────────────┴→ shards

Everything after the per-document stages moves ids, hashes and payloads; the text waits in
spill files (``pipelines.spill``) and is read back once by the shard writers. So no shuffle
carries text, and on the DirectRunner, which holds each shuffled PCollection whole in its own
process, memory does not grow with the corpus's text.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipelines.config import Config, ConfigError, StageConfig
from pipelines.decisions import Applier
from pipelines.decontaminate import SummariseMatches
from pipelines.dedup import (
    EXACT_STAGE,
    MINHASH_STAGE,
    SURVIVORS,
    DescribeDocs,
    ExactApplier,
    ExactDecisions,
    MinhashApplier,
    MinhashDecisions,
)
from pipelines.filesystem import join
from pipelines.filter_stages import FILTER_STAGES, check_run, make_filter
from pipelines.preflight import check_environment
from pipelines.quality_select import select_top
from pipelines.sinks import SpillDocs, SpillRejects, WriteOutputs
from pipelines.sources.read import ReadInputs
from pipelines.spill import FILES, SPILL_DIR
from pipelines.stages import ApplyFilter

# Stages of the config contract whose implementation has not landed yet: enabling one must fail
# loudly instead of silently passing documents through unfiltered.
PENDING_STAGES: tuple[str, ...] = ()

STAGE_ORDER = (
    "read",
    "url_filter",
    "langid",
    "quality",
    "quality_model",
    "toxicity",
    "pii",
    "decontaminate",
    "exact_dedup",
    "minhash",
    "balance",
)


def check_buildable(config: Config) -> None:
    """Fail before any work starts if the config asks for something this version cannot do.

    Model files are checked here too: a missing one would otherwise fail only in the workers'
    setup, after ``--overwrite`` has already removed the previous run.
    """
    for name in ("langid", "quality_model", "toxicity"):
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
    check_run(config)  # benchmark files readable and indexable, block-lists present
    check_environment(config)  # every extractor, model and hook imports and loads


def spill_dir(config: Config) -> str:
    """Where the run's text waits between the per-document stages and the shard writers."""
    return join(config.output, SPILL_DIR)


def add_decisions(config: Config, docs: beam.PCollection):
    """The decision stages over the documents' keys: ``{stage: (id, payload)}`` and their
    appliers, in stage order. A new id-keyed stage (URL or paragraph dedup) adds its entry
    here: its transform may read ``docs`` (fused with the per-document stages, before any
    shuffle) and must emit ``(id, payload)``; its ``Applier`` acts on the text at the writer."""
    exact, minhash = config.stages.exact_dedup, config.stages.minhash
    decisions: dict[str, beam.PCollection] = {}
    appliers: list[Applier] = []
    if not (exact.enabled or minhash.enabled):
        return decisions, appliers
    described = docs | "DedupKeys" >> DescribeDocs(
        exact if exact.enabled else None, minhash if minhash.enabled else None
    )
    keys = described.keys
    if exact.enabled:
        result = keys | f"Stage:{EXACT_STAGE}" >> ExactDecisions(exact, config.mode)
        decisions[EXACT_STAGE] = result.decisions
        appliers.append(ExactApplier())
        keys = result[SURVIVORS]
    if minhash.enabled:
        decisions[MINHASH_STAGE] = keys | f"Stage:{MINHASH_STAGE}" >> MinhashDecisions(
            minhash, described.sets
        )
        appliers.append(MinhashApplier())
    return decisions, appliers


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
    docs = read.docs
    rejects = [read.rejected]
    for name, doc_filter in filters.items():
        result = docs | f"Stage:{name}" >> ApplyFilter(doc_filter, config.mode)
        if name == "quality_model":
            result = select_top(result, config)
        if name == "decontaminate":
            _ = (result.kept, result.rejected) | "DecontaminationSummary" >> SummariseMatches(
                doc_filter, config.output
            )
        docs = result.kept
        rejects.append(result.rejected)
    spill, buckets = spill_dir(config), config.shards.spill_buckets
    spilled = docs | "SpillDocs" >> SpillDocs(spill, buckets)
    spilled_rejects = (
        rejects | "AllRejects" >> beam.Flatten() | "SpillRejects" >> SpillRejects(spill, buckets)
    )
    decisions, appliers = add_decisions(config, docs)
    balance = config.stages.balance if config.stages.balance.enabled else None
    files = (spilled[FILES], spilled_rejects[FILES]) | "AllSpillFiles" >> beam.Flatten()
    return {
        "keys": spilled.keys,
        "rejects": spilled_rejects.plans,
        "files": files,
        "decisions": decisions,
    } | "WriteOutputs" >> WriteOutputs(config.output, config.shards, config.mode, appliers, balance)

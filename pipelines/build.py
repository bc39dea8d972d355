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
           → decision stages (URL, exact, MinHash,            │
             paragraph dedup)                                 │
           → one join by id → shard plans ────────────────────┴→ shards

Everything after the per-document stages moves ids, hashes and payloads; the text waits in
spill files (``pipelines.spill``) and is read back once by the shard writers. So no shuffle
carries text, and on the DirectRunner, which holds each shuffled PCollection whole in its own
process, memory does not grow with the corpus's text.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions

from pipelines.config import Config, ConfigError, StageConfig
from pipelines.decisions import Applier, WithoutIds, dropped_ids
from pipelines.decontaminate import SummariseMatches
from pipelines.dedup import (
    EXACT_STAGE,
    MINHASH_STAGE,
    PAYLOADS,
    SURVIVORS,
    DescribeDocs,
    ExactApplier,
    ExactDecisions,
    MinhashApplier,
    MinhashDecisions,
)
from pipelines.direct_mode import direct_running_mode
from pipelines.filesystem import join
from pipelines.filter_stages import FILTER_STAGES, check_run, make_filter
from pipelines.paragraph_dedup import STAGE as PARAGRAPH_STAGE
from pipelines.paragraph_dedup import ParagraphApplier, ParagraphDedup, PrefixesFromSpill
from pipelines.preflight import EnvironmentCheck, environment_checked
from pipelines.quality_select import select_top
from pipelines.sinks import SpillDocs, SpillRejects, WriteOutputs
from pipelines.sources.read import ReadInputs
from pipelines.spill import FILES, SPILL_DIR
from pipelines.stages import ApplyFilter
from pipelines.summaries import WriteSummary
from pipelines.url_dedup import STAGE as URL_STAGE
from pipelines.url_dedup import UrlApplier, UrlDedup

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
    "url_dedup",
    "exact_dedup",
    "minhash",
    "paragraph_dedup",
    "balance",
)


@contextlib.contextmanager
def buildable_checked(
    config: Config, *, stages_elsewhere: bool = False, started: EnvironmentCheck | None = None
) -> Iterator[EnvironmentCheck]:
    """Fail before any work starts if the config asks for something this version cannot do.

    Model files are checked here too: a missing one would otherwise fail only in the workers'
    setup, after ``--overwrite`` has already removed the previous run. ``stages_elsewhere``:
    the stages will run in other processes, so their models are loaded for the check in a
    child process instead of this one, and the with-block runs meanwhile; its error gives way
    to the check's (``preflight.environment_checked``). ``started``: the environment check,
    started earlier by the caller (``cli``, before importing Beam). Yields the environment check.
    """
    try:
        _check_files(config)
    except BaseException:
        if started is not None:
            started.abandon()
        raise
    with environment_checked(config, in_child=stages_elsewhere, started=started) as check:
        yield check


def _check_files(config: Config) -> None:
    """What ``buildable_checked`` checks without loading anything: models, stages, lists."""
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


def check_buildable(config: Config, *, stages_elsewhere: bool = False) -> None:
    """``buildable_checked`` with nothing to do meanwhile."""
    with buildable_checked(config, stages_elsewhere=stages_elsewhere):
        pass


def spill_dir(config: Config) -> str:
    """Where the run's text waits between the per-document stages and the shard writers."""
    return join(config.output, SPILL_DIR)


def sources_of(config: Config, formats: list[str]) -> list[str]:
    """The source labels of the inputs of the given formats (the documents a stage with a
    ``formats`` key, URL or paragraph dedup, takes part in)."""
    return sorted({item.source for item in config.inputs if item.format in set(formats)})


def add_decisions(config: Config, docs: beam.PCollection, spilled: dict[str, beam.PCollection]):
    """The decision stages: ``{stage: (id, payload)}`` and their appliers, in stage order, and
    the outputs that only report (``{name: PCollection}``: paragraph dedup's summary).

    ``docs``: the per-document stages' output (reading it here is fused with them, before any
    shuffle); ``spilled``: the spill's ``keys`` and ``files`` (paragraph dedup reads its report
    prefixes back from there).

    Order, and why (docs/dedup.md, "Order of the stages"): URL dedup first, and its losers never
    reach exact or MinHash dedup, so that those cannot keep the older crawl URL dedup drops while
    dropping the newer one; exact dedup's survivors go on to MinHash; paragraph dedup last, on
    every document none of the three drops, since it needs the whole corpus's counts before it
    can rewrite one text and the other stages' keys are computed from the text as spilled.
    """
    stages = config.stages
    exact, minhash, url, paragraphs = (
        stages.exact_dedup,
        stages.minhash,
        stages.url_dedup,
        stages.paragraph_dedup,
    )
    decisions: dict[str, beam.PCollection] = {}
    appliers: list[Applier] = []
    dropped: list[beam.PCollection] = []
    sources = sources_of(config, url.formats)
    if url.enabled and sources:
        applier = UrlApplier()
        decisions[URL_STAGE] = docs | f"Stage:{URL_STAGE}" >> UrlDedup(url, sources)
        appliers.append(applier)
        dropped.append(dropped_ids(decisions[URL_STAGE], applier, URL_STAGE))
    if exact.enabled or minhash.enabled:
        described = docs | "DedupKeys" >> DescribeDocs(
            exact if exact.enabled else None, minhash if minhash.enabled else None
        )
        keys = described.keys
        if dropped:
            keys = keys | "WithoutUrlDuplicates" >> WithoutIds(dropped[0], lambda key: key[0])
        if exact.enabled:
            result = keys | f"Stage:{EXACT_STAGE}" >> ExactDecisions(exact, config.mode)
            decisions[EXACT_STAGE] = result.decisions
            appliers.append(ExactApplier())
            dropped.append(dropped_ids(result.decisions, appliers[-1], EXACT_STAGE))
            keys = result[SURVIVORS]
        if minhash.enabled:
            decisions[MINHASH_STAGE] = keys | f"Stage:{MINHASH_STAGE}" >> MinhashDecisions(
                minhash, described[PAYLOADS]
            )
            appliers.append(MinhashApplier())
            dropped.append(dropped_ids(decisions[MINHASH_STAGE], appliers[-1], MINHASH_STAGE))
    reports: dict[str, beam.PCollection] = {}
    sources = sources_of(config, paragraphs.formats)
    if paragraphs.enabled and sources:
        exclude = dropped | "DroppedByDedup" >> beam.Flatten() if dropped else None
        buckets = config.shards.spill_buckets
        result = docs | f"Stage:{PARAGRAPH_STAGE}" >> ParagraphDedup(
            paragraphs,
            sources=sources,
            exclude=exclude,
            prefixes=lambda: PrefixesFromSpill(
                spilled["keys"], spilled["files"], paragraphs, buckets
            ),
            buckets=buckets,
        )
        decisions[PARAGRAPH_STAGE] = result["decisions"]
        appliers.append(ParagraphApplier())
        reports[PARAGRAPH_STAGE] = result["summary"]
    return decisions, appliers, reports


def stages_in_this_process(options: PipelineOptions) -> bool:
    """Whether the per-document stages run in the launcher's own process: the DirectRunner's
    in_memory and multi_threading modes."""
    return direct_running_mode(options) in ("in_memory", "multi_threading")


def several_local_workers(options: PipelineOptions) -> bool:
    """Whether the stages run in several worker processes of this machine: the DirectRunner's
    ``multi_processing`` mode with more than one worker (0 means one per core). Other runners'
    layouts of workers on machines are unknown here; ``shared_model: true`` asks for it there."""
    workers = options.view_as(DirectOptions).direct_num_workers or os.cpu_count() or 1
    return direct_running_mode(options) == "multi_processing" and workers > 1


def build_pipeline(
    pipeline: beam.Pipeline, config: Config, *, checked: bool = False
) -> beam.PCollection:
    """Add the whole job to ``pipeline``; returns the PCollection of written file paths.

    ``checked``: the caller has run ``check_buildable`` already (``run`` does, with the stages
    loaded where they will run); otherwise it runs here, so a graph is never built for a config
    that cannot run.
    """
    if not checked:
        check_buildable(config)
    several = several_local_workers(pipeline.options)
    filters = {
        name: make_filter(name, getattr(config.stages, name), config.mode, config.output, several)
        for name in FILTER_STAGES
        if getattr(config.stages, name).enabled
    }
    # In filter mode a blocked URL is rejected by the reader, before its page is extracted.
    before_extraction = filters.get("url_filter") if config.mode == "filter" else None
    read = pipeline | "ReadInputs" >> ReadInputs(config.inputs, url_filter=before_extraction)
    docs = read.docs
    rejects = {"read": read.rejected}  # {stage: its rejects, text and all}
    reports = {}  # report-only outputs: {stage: PCollection of its one summary dict}
    for name, doc_filter in filters.items():
        result = docs | f"Stage:{name}" >> ApplyFilter(doc_filter, config.mode)
        if name == "quality_model":
            result = select_top(result, config)
        if name == "decontaminate":
            reports[name] = (
                result.kept,
                result.rejected,
            ) | "DecontaminationSummary" >> SummariseMatches(doc_filter)
        docs = result.kept
        rejects[name] = result.rejected
    spill, buckets = spill_dir(config), config.shards.spill_buckets
    spilled = docs | "SpillDocs" >> SpillDocs(spill, buckets)
    # Each stage's rejects are spilled where they are made, and only their row plans are
    # flattened: a runner that materialises a Flatten (the DirectRunner's FnApiRunner) would
    # otherwise hold every reject's text until the spill stage ran.
    spilled_rejects = [
        pcoll | f"SpillRejects:{name}" >> SpillRejects(spill, buckets)
        for name, pcoll in rejects.items()
    ]
    reject_plans = [s.plans for s in spilled_rejects] | "AllRejects" >> beam.Flatten()
    files = (spilled[FILES], *(s[FILES] for s in spilled_rejects)) | "AllSpillFiles" >> (
        beam.Flatten()
    )
    decisions, appliers, decision_reports = add_decisions(
        config, docs, {"keys": spilled.keys, "files": spilled[FILES]}
    )
    reports.update(decision_reports)
    report_files = [
        summary | f"Write:{stage}" >> WriteSummary(config.output, stage)
        for stage, summary in reports.items()
    ]
    balance = config.stages.balance if config.stages.balance.enabled else None
    written = {
        "keys": spilled.keys,
        "rejects": reject_plans,
        "files": files,
        "decisions": decisions,
    } | "WriteOutputs" >> WriteOutputs(config.output, config.shards, config.mode, appliers, balance)
    return (written, *report_files) | "AllWritten" >> beam.Flatten()

"""Keep the best-scoring share of each language: the corpus-level half of the quality_model stage.

``keep_top_fraction: 0.3`` needs the 70th percentile of the scores of every group (language,
source, or both) before any document can be judged, so the selection is two passes over the
scored documents inside one pipeline: a combiner builds a score histogram per group, the cut is
derived from it, and the documents are judged against the cut given as a side input.

Why a histogram and not ``apache_beam.transforms.stats.ApproximateQuantiles``: Beam's
approximate quantiles depend on the order in which elements reach the accumulators and on how
bundles are merged (the same 200,000 scores in four orders/splits gave four different medians,
0.5001 to 0.5015: ``scripts/bench_quality_model.py --quantile-check``), so two runners would
keep different documents. A histogram of counts over ``BINS`` fixed bins is a sum, hence exactly
the same whatever the order or the split; it stays small (at most ``BINS`` counts per group).

Precision: the cut is exact to one bin (1/65,536 of the score range). Documents in the bin that
holds the cut are tied; of those, a share ``tie_keep`` is kept, chosen by a seeded hash of the
document id (deterministic, independent of neighbours), so the kept share is the asked share in
expectation even when many documents share a score (replicas, empty pages). The only error is
the coin's binomial spread over the tied documents, reported per group as ``kept_sd_docs``.

Populations, identical in both modes so ``annotate`` records exactly the verdicts ``filter``
would apply: the documents that reached the stage (in annotate mode, those without an earlier
stage's verdict), including any the fixed ``min_score`` already rejected. The cut is the
``1 - keep_top_fraction`` quantile of that population; a document is kept when it passes both.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics

from filters.quality_model import SCORE_FIELD
from pipelines.balance import group_of
from pipelines.config import Config, QualityModelConfig
from pipelines.filesystem import join, write_json
from pipelines.hashing import stable_hash
from pipelines.schema import reject_from_doc

STAGE = "quality_model"
PLAN_FILE = "_quality_model.json"
CUT_REASON = "below_top_fraction_cut"
BINS = 1 << 16
_TWO_64 = float(1 << 64)


def score_bin(score: float) -> int:
    """The histogram bin of a score in [0, 1]."""
    return min(BINS - 1, max(0, int(score * BINS)))


def group_key(record: dict[str, Any], by: str) -> str:
    """The selection group of a document or of a reject row."""
    if by == "all":
        return "all"
    return group_of(record.get("language") or "", record["source"], by)


def coin(doc_id: str) -> float:
    """A per-document number in [0, 1), the same on every run and runner."""
    return stable_hash(doc_id, salt=STAGE) / _TWO_64


class HistogramFn(beam.CombineFn):
    """Counts per bin, as a dict: a commutative, associative sum, so order never matters."""

    def create_accumulator(self) -> dict[int, int]:
        return {}

    def add_input(self, acc: dict[int, int], bin_index: int) -> dict[int, int]:
        acc[bin_index] = acc.get(bin_index, 0) + 1
        return acc

    def merge_accumulators(self, accs: Iterable[dict[int, int]]) -> dict[int, int]:
        merged: dict[int, int] = {}
        for acc in accs:
            for key, count in acc.items():
                merged[key] = merged.get(key, 0) + count
        return merged

    def extract_output(self, acc: dict[int, int]) -> dict[int, int]:
        return acc


def coarse_histogram(counts: dict[int, int], bins: int) -> list[int]:
    """The fine histogram folded into ``bins`` equal-width bins over [0, 1] (for the report)."""
    folded = [0] * bins
    for index, count in counts.items():
        folded[min(bins - 1, index * bins // BINS)] += count
    return folded


def plan_group(counts: dict[int, int], fraction: float | None, bins: int) -> dict[str, Any]:
    """The cut of one group: bin, score, tie share, expected kept docs and its spread."""
    total = sum(counts.values())
    plan: dict[str, Any] = {
        "docs": total,
        "histogram": coarse_histogram(counts, bins),
        "mean_score": sum((i + 0.5) / BINS * c for i, c in counts.items()) / total if total else 0,
    }
    if fraction is None or not total:
        return plan
    wanted = fraction * total
    above = 0
    for index in sorted(counts, reverse=True):
        if above + counts[index] >= wanted:
            tie_keep = (wanted - above) / counts[index]
            plan.update(
                cut_bin=index,
                cut=index / BINS,
                tie_keep=tie_keep,
                tied_docs=counts[index],
                expected_kept=wanted,
                kept_sd_docs=math.sqrt(counts[index] * tie_keep * (1 - tie_keep)),
            )
            return plan
        above += counts[index]
    raise AssertionError("unreachable: the histogram holds every document")


def make_plan(histograms: dict[str, dict[int, int]], config: QualityModelConfig) -> dict:
    return {
        group: plan_group(histograms[group], config.keep_top_fraction, config.histogram_bins)
        for group in sorted(histograms)
    }


def below_cut(doc: dict[str, Any], group_plan: dict[str, Any]) -> bool:
    """Whether a scored document falls under its group's cut (ties decided by the id's coin)."""
    if "cut_bin" not in group_plan:
        return False
    index = score_bin(doc[SCORE_FIELD])
    if index != group_plan["cut_bin"]:
        return index < group_plan["cut_bin"]
    return coin(doc["id"]) >= group_plan["tie_keep"]


def _earlier_verdict(doc: dict[str, Any]) -> bool:
    """Annotate mode: a verdict of an earlier stage means filter mode never scored it here."""
    return any(not v.startswith(f"{STAGE}:") for v in doc.get("verdicts") or ())


class _Select(beam.DoFn):
    def __init__(self, config: QualityModelConfig, mode: str):
        self._config = config
        self._mode = mode

    def setup(self) -> None:
        self._cut = Metrics.counter(STAGE, f"rejected:{CUT_REASON}")

    def process(self, doc: dict[str, Any], plan: dict[str, dict[str, Any]]) -> Iterator[Any]:
        if doc.get(SCORE_FIELD) is None:
            yield doc
            return
        if self._mode == "annotate":
            doc["quality_signals"][SCORE_FIELD] = doc[SCORE_FIELD]
            # a document with any verdict already is one filter mode dropped before the cut
            if doc["verdicts"]:
                yield doc
                return
        group = group_key(doc, self._config.by)
        group_plan = plan[group]
        if not below_cut(doc, group_plan):
            yield doc
            return
        self._cut.inc()
        if self._mode == "annotate":
            doc["verdicts"].append(f"{STAGE}:{CUT_REASON}")
            yield doc
            return
        detail = (
            f"cut={group_plan['cut']:.6f} group={group} "
            f"keep_top_fraction={self._config.keep_top_fraction}"
        )
        reject = reject_from_doc(
            doc, stage=STAGE, reason=CUT_REASON, score=doc[SCORE_FIELD], detail=detail
        )
        yield beam.pvalue.TaggedOutput("rejected", reject)


class _WritePlan(beam.DoFn):
    def __init__(self, output: str, config: QualityModelConfig):
        self._output = output
        self._config = config

    def process(self, plan: dict[str, Any]) -> Iterator[str]:
        path = join(self._output, PLAN_FILE)
        write_json(
            path,
            {
                "by": self._config.by,
                "keep_top_fraction": self._config.keep_top_fraction,
                "min_score": self._config.min_score,
                "score_resolution": 1 / BINS,
                "histogram_bins": self._config.histogram_bins,
                "groups": plan,
            },
        )
        yield path


class Selected(NamedTuple):
    """The stage's outcome: documents kept, and every reject (threshold and cut)."""

    kept: beam.PCollection
    rejected: beam.PCollection


class SelectByScore(beam.PTransform):
    """(scored docs, the scoring stage's rejects) → ``Selected``; writes the plan file.

    Every group gets a histogram in the report whether or not ``keep_top_fraction`` is set.
    """

    def __init__(self, config: QualityModelConfig, mode: str, output: str):
        super().__init__()
        self._config = config
        self._mode = mode
        self._output = output

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, pcolls: tuple[beam.PCollection, beam.PCollection]) -> Selected:
        scored_docs, stage_rejects = pcolls
        by, mode = self._config.by, self._mode

        def scored(doc: dict[str, Any]) -> Iterator[tuple[str, int]]:
            if doc.get(SCORE_FIELD) is not None and not (
                mode == "annotate" and _earlier_verdict(doc)
            ):
                yield group_key(doc, by), score_bin(doc[SCORE_FIELD])

        def threshold_rejects(reject: dict[str, Any]) -> Iterator[tuple[str, int]]:
            if reject.get("score") is not None:
                yield group_key(reject, by), score_bin(reject["score"])

        histograms = (
            (
                scored_docs | "ScoredBins" >> beam.FlatMap(scored),
                stage_rejects | "ThresholdBins" >> beam.FlatMap(threshold_rejects),
            )
            | "AllBins" >> beam.Flatten()
            | "HistogramPerGroup" >> beam.CombinePerKey(HistogramFn())
            | "AllHistograms" >> beam.combiners.ToDict()
        )
        plan = histograms | "Plan" >> beam.Map(make_plan, self._config)
        _ = plan | "WritePlan" >> beam.ParDo(_WritePlan(self._output, self._config))
        selected = scored_docs | "Select" >> beam.ParDo(
            _Select(self._config, mode), plan=beam.pvalue.AsSingleton(plan)
        ).with_outputs("rejected", main="kept")
        rejected = (stage_rejects, selected.rejected) | "AllRejects" >> beam.Flatten()
        return Selected(selected.kept, rejected)


def select_top(stage: beam.pvalue.DoOutputsTuple, config: Config) -> Selected:
    """The selection after the quality_model stage (one call in ``build_pipeline``)."""
    section = config.stages.quality_model
    select = SelectByScore(section, config.mode, config.output)
    return (stage.kept, stage.rejected) | "Stage:quality_select" >> select

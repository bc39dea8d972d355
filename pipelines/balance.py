"""Mixture control: resample documents so sources/languages reach target proportions.

How labs do it, and how this does it:
- Targets are either explicit ``weights`` per group (the group is the document's language, its
  source, or both, as ``by`` says) or temperature sampling over the groups' natural sizes,
  p_g ∝ n_g^(1/T) (mT5/XLM-R; T > 1 flattens the mix towards small groups).
- Sizes are counted in the pipeline (CombinePerKey) and reach the sampler as a side input, so a
  user never runs a second pass; ``unit`` chooses documents or bytes.
- The total stays the corpus size unless ``total`` sets a budget; the rate of a group is
  target_g / n_g. Rates below 1 down-sample; above 1 up-sample by emitting replicas.
- Sampling is a seeded hash of the document id mapped to [0, 1): the same input keeps the same
  documents on every runner, and a document's decision never depends on its neighbours.
- Replicas are capped at ``max_repeats`` copies (4 by default, after Muennighoff et al. 2023:
  up to ~4 epochs of repeated data is almost as good as new data, beyond that returns vanish).
  When the cap keeps a group from its target, the plan says so and the report shows it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipelines.config import BalanceConfig
from pipelines.schema import reject_from_doc
from pipelines.sinks import join, stable_hash, sum_pairs

STAGE = "balance"
PLAN_FILE = "_balance.json"
_TWO_64 = float(1 << 64)


def group_of(doc: dict[str, Any], by: str) -> str:
    """The mixture group a document belongs to: ``en``, ``wikipedia`` or ``wikipedia/en``."""
    if by == "language":
        return doc["language"]
    if by == "source":
        return doc["source"]
    return f"{doc['source']}/{doc['language']}"


def plan_rates(sizes: dict[str, float], config: BalanceConfig) -> dict[str, dict[str, float]]:
    """Per group: natural size, target size, sampling rate, and whether the repeat cap binds."""
    groups = sorted(g for g, n in sizes.items() if n > 0)
    if config.weights:
        raw = {g: float(config.weights.get(g, 0.0)) for g in groups}
    else:
        raw = {g: sizes[g] ** (1.0 / config.temperature) for g in groups}
    norm = sum(raw.values())
    total = float(config.total) if config.total is not None else float(sum(sizes.values()))
    plan = {}
    for group in groups:
        share = raw[group] / norm if norm else 0.0
        target = share * total
        wanted = target / sizes[group]
        rate = min(wanted, float(config.max_repeats))
        plan[group] = {
            "size": sizes[group],
            "share": share,
            "target": target,
            "rate": rate,
            "expected": rate * sizes[group],
            "capped": wanted > config.max_repeats,
        }
    return plan


def replicas_for(doc_id: str, rate: float, seed: int) -> int:
    """How many copies of a document to emit (0 = dropped) for a group's sampling rate.

    ``floor(rate)`` copies always, one more with probability ``rate - floor(rate)``; the coin is
    the seeded hash of the id, so the decision is the same on every run and runner.
    """
    whole = math.floor(rate)
    coin = stable_hash(doc_id, salt=f"balance{seed}") / _TWO_64
    return whole + (1 if coin < rate - whole else 0)


class _Sample(beam.DoFn):
    def __init__(self, config: BalanceConfig, mode: str):
        self._config = config
        self._mode = mode

    def setup(self) -> None:
        self._dropped = Metrics.counter(STAGE, "rejected:downsampled")
        self._replicas = Metrics.counter(STAGE, "replicas")

    def process(self, doc: dict[str, Any], plan: dict[str, dict[str, float]]) -> Iterator[Any]:
        rate = plan[group_of(doc, self._config.by)]["rate"]
        copies = replicas_for(doc["id"], rate, self._config.seed)
        if copies == 0:
            self._dropped.inc()
            if self._mode == "annotate":
                doc["verdicts"].append(f"{STAGE}:downsampled")
                yield doc
            elif self._config.ledger_downsampled:
                reject = reject_from_doc(doc, stage=STAGE, reason="downsampled", score=rate)
                yield beam.pvalue.TaggedOutput("rejected", reject)
            else:
                yield beam.pvalue.TaggedOutput("unledgered", (1, doc["n_bytes"]))
            return
        yield doc
        self._replicas.inc(copies - 1)
        for replica in range(1, copies):
            yield {**doc, "replica": replica, "verdicts": list(doc["verdicts"])}


class _WritePlan(beam.DoFn):
    def __init__(self, output: str, config: BalanceConfig):
        self._output = output
        self._config = config

    def process(self, element: tuple[dict[str, Any], tuple[int, int]]) -> Iterator[str]:
        from pipelines.report import write_json

        plan, (dropped_docs, dropped_bytes) = element
        path = join(self._output, PLAN_FILE)
        write_json(
            path,
            {
                "by": self._config.by,
                "unit": self._config.unit,
                "groups": plan,
                "downsampled_not_ledgered": {"docs": dropped_docs, "bytes": dropped_bytes},
            },
        )
        yield path


class Balance(beam.PTransform):
    """docs → resampled docs (with ``replica``), ledgered drops on ``rejected``, plan file."""

    def __init__(self, config: BalanceConfig, mode: str, output: str):
        super().__init__()
        self._config = config
        self._mode = mode
        self._output = output

    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        config = self._config

        def unit_size(doc: dict[str, Any]) -> tuple[str, int]:
            return group_of(doc, config.by), (doc["n_bytes"] if config.unit == "bytes" else 1)

        plan = (
            docs
            | "Sizes" >> beam.Map(unit_size)
            | "SizePerGroup" >> beam.CombinePerKey(sum)
            | "AllSizes" >> beam.combiners.ToDict()
            | "Plan" >> beam.Map(plan_rates, config)
        )
        sampled = docs | "Sample" >> beam.ParDo(
            _Sample(config, self._mode), plan=beam.pvalue.AsSingleton(plan)
        ).with_outputs("rejected", "unledgered", main="kept")
        unledgered = sampled.unledgered | "CountUnledgered" >> beam.CombineGlobally(sum_pairs)
        _ = (
            plan
            | "WithUnledgered"
            >> beam.Map(lambda p, dropped: (p, dropped), beam.pvalue.AsSingleton(unledgered))
            | "WritePlan" >> beam.ParDo(_WritePlan(self._output, config))
        )
        return sampled

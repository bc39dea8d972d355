"""Mixture control: resample documents so sources/languages reach target proportions.

How labs do it, and how this does it:
- Targets are either explicit ``weights`` per group (the group is the document's language, its
  source, or both, as ``by`` says) or temperature sampling over the groups' natural sizes,
  p_g ∝ n_g^(1/T) (mT5/XLM-R; T > 1 flattens the mix towards small groups).
- Sizes are counted in the pipeline (CombinePerKey over the documents that survive the decision
  stages, keys only) and reach the sampler as a side input, so a user never runs a second pass;
  ``unit`` chooses documents or bytes.
- The total stays the corpus size unless ``total`` sets a budget; the rate of a group is
  target_g / n_g. Rates below 1 down-sample; above 1 up-sample by emitting replicas.
- Sampling is a seeded hash of the document id mapped to [0, 1): the same input keeps the same
  documents on every runner, and a document's decision never depends on its neighbours. That is
  also why balance needs no text: the shard planner (``pipelines.sinks``) decides every copy
  from the id and the plan, and the shard writers make the copies.
- Replicas are capped at ``max_repeats`` copies (4 by default, after Muennighoff et al. 2023:
  up to ~4 epochs of repeated data is almost as good as new data, beyond that returns vanish).
  When the cap keeps a group from its target, the plan says so and the report shows it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, TypedDict

import apache_beam as beam

from pipelines.config import BalanceConfig
from pipelines.filesystem import join, write_json
from pipelines.hashing import stable_hash
from pipelines.stats import Stat, sum_pairs

BALANCE_STAGE = "balance"
PLAN_FILE = "_balance.json"
_TWO_64 = float(1 << 64)


def group_of(language: str, source: str, by: str) -> str:
    """The mixture group of a document: ``en``, ``wikipedia`` or ``wikipedia/en``."""
    if by == "language":
        return language
    if by == "source":
        return source
    return f"{source}/{language}"


class GroupPlan(TypedDict):
    """One group of the plan (``plan_rates``), as ``_balance.json`` and the report show it.

    A TypedDict rather than ``dict[str, float]``: Beam 2.78 reads the annotation as the plan's
    type hint and encoded ``dict[str, float]`` with FloatCoder, which turned ``capped`` into
    1.0 and a ``size`` of 200 into 200.0; Beam reads a TypedDict as ``Dict[str, Any]``, whose
    coder keeps each value's type.
    """

    size: int  # documents or bytes, as ``unit`` says
    share: float
    target: float
    rate: float
    expected: float
    capped: bool


def plan_rates(sizes: dict[str, int], config: BalanceConfig) -> dict[str, GroupPlan]:
    """Per group: natural size, target size, sampling rate, and whether the repeat cap binds."""
    groups = sorted(g for g, n in sizes.items() if n > 0)
    if config.weights:
        raw = {g: float(config.weights.get(g, 0.0)) for g in groups}
    else:
        raw = {g: sizes[g] ** (1.0 / config.temperature) for g in groups}
    norm = sum(raw.values())
    total = float(config.total) if config.total is not None else float(sum(sizes.values()))
    plan: dict[str, GroupPlan] = {}
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


class PlanRates(beam.PTransform):
    """(group, size) per surviving document → the plan (one dict: ``plan_rates``)."""

    def __init__(self, config: BalanceConfig):
        super().__init__()
        self._config = config

    def expand(self, sizes: beam.PCollection) -> beam.PCollection:
        return (
            sizes
            | "SizePerGroup" >> beam.CombinePerKey(sum)
            | "AllSizes" >> beam.combiners.ToDict()
            | "Plan" >> beam.Map(plan_rates, self._config)
        )


class _WritePlan(beam.DoFn):
    def __init__(self, output: str, config: BalanceConfig):
        self._output = output
        self._config = config

    def process(self, plan: dict[str, Any], dropped: tuple[int, int]) -> Iterator[str]:
        dropped_docs, dropped_bytes = dropped
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


def _counts(stat: Stat) -> tuple[int, int]:
    return stat[1]


class WritePlan(beam.PTransform):
    """(plan, unledgered drop stats) → ``OUT/_balance.json``, which the report reads."""

    def __init__(self, output: str, config: BalanceConfig):
        super().__init__()
        self._output = output
        self._config = config

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, pcolls: tuple[beam.PCollection, beam.PCollection]) -> beam.PCollection:
        plan, unledgered = pcolls
        dropped = (
            unledgered
            | "Counts" >> beam.Map(_counts)
            | "CountUnledgered" >> beam.CombineGlobally(sum_pairs)
        )
        return plan | "WritePlan" >> beam.ParDo(
            _WritePlan(self._output, self._config), beam.pvalue.AsSingleton(dropped)
        )

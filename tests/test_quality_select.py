"""The corpus-level half of quality_model: histograms, cuts, tie-breaking, order independence."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.quality_select import (
    BINS,
    HistogramFn,
    below_cut,
    coarse_histogram,
    plan_group,
    score_bin,
)


def _histogram(scores: list[float]) -> dict[int, int]:
    fn = HistogramFn()
    acc = fn.create_accumulator()
    for score in scores:
        acc = fn.add_input(acc, score_bin(score))
    return fn.extract_output(acc)


def _kept(scores: list[float], fraction: float) -> int:
    plan = plan_group(_histogram(scores), fraction, 10)
    docs = [{"id": f"d{i}", "quality_model_score": s} for i, s in enumerate(scores)]
    return sum(not below_cut(doc, plan) for doc in docs)


def test_bins_cover_the_unit_interval() -> None:
    assert score_bin(0.0) == 0
    assert score_bin(1.0) == BINS - 1
    assert score_bin(0.5) == BINS // 2
    assert score_bin(1.00001) == BINS - 1


def test_distinct_scores_keep_exactly_the_share() -> None:
    scores = [i / 1000 for i in range(1000)]
    for fraction in (0.1, 0.25, 0.5, 0.9, 1.0):
        assert _kept(scores, fraction) == round(fraction * 1000)


def test_cut_is_the_quantile() -> None:
    scores = [i / 1000 for i in range(1000)]
    plan = plan_group(_histogram(scores), 0.3, 10)
    assert abs(plan["cut"] - 0.7) < 2 / BINS
    assert plan["expected_kept"] == 300


def test_ties_are_split_by_the_id_coin_to_the_asked_share() -> None:
    """4,000 documents with one score: the top half is half of them, not all or none."""
    scores = [0.42] * 4000
    plan = plan_group(_histogram(scores), 0.5, 10)
    assert plan["tied_docs"] == 4000 and plan["tie_keep"] == 0.5
    kept = _kept(scores, 0.5)
    assert abs(kept - 2000) < 4 * plan["kept_sd_docs"]


def test_tie_decision_is_per_document_and_stable() -> None:
    plan = plan_group(_histogram([0.3] * 10), 0.5, 10)
    doc = {"id": "same-id", "quality_model_score": 0.3}
    assert len({below_cut(dict(doc), plan) for _ in range(5)}) == 1


def test_no_fraction_means_no_cut_but_a_histogram() -> None:
    plan = plan_group(_histogram([0.15, 0.25, 0.95]), None, 10)
    assert "cut" not in plan
    assert plan["histogram"] == [0, 1, 1, 0, 0, 0, 0, 0, 0, 1]
    assert not below_cut({"id": "x", "quality_model_score": 0.0}, plan)


def test_coarse_histogram_keeps_every_count() -> None:
    counts = _histogram([random.Random(1).random() for _ in range(500)])
    assert sum(coarse_histogram(counts, 7)) == 500


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.floats(0, 1), min_size=1, max_size=300),
    st.integers(0, 2**32),
    st.integers(1, 8),
)
def test_histogram_ignores_order_and_split(scores: list[float], seed: int, parts: int) -> None:
    """Any order and any partition into accumulators give the same histogram, hence the same cut
    (Beam's ApproximateQuantiles does not have this property)."""
    shuffled = scores[:]
    random.Random(seed).shuffle(shuffled)
    fn = HistogramFn()
    accs = []
    for part in range(parts):
        acc = fn.create_accumulator()
        for score in shuffled[part::parts]:
            acc = fn.add_input(acc, score_bin(score))
        accs.append(acc)
    merged = fn.extract_output(fn.merge_accumulators(accs))
    assert merged == _histogram(scores)
    assert plan_group(merged, 0.37, 10) == plan_group(_histogram(scores), 0.37, 10)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=50, max_size=400), st.floats(0.05, 1.0))
def test_kept_share_matches_the_asked_share(scores: list[float], fraction: float) -> None:
    """Kept = asked share up to the tie coin's spread over the documents tied at the cut."""
    plan = plan_group(_histogram(scores), fraction, 10)
    slack = 4 * plan["kept_sd_docs"] + 1
    assert abs(_kept(scores, fraction) - fraction * len(scores)) <= slack

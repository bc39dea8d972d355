"""Balancing: targets met within sampling error, the temperature formula, the cap, determinism."""

from __future__ import annotations

import json
import math
from collections import Counter

import pyarrow.parquet as pq
import pytest

from pipelines.balance import PLAN_FILE, plan_rates, replicas_for
from pipelines.config import BalanceConfig, ShardsConfig
from pipelines.schema import new_doc
from tests.test_sinks import write

SIZES = {"en": 1200, "de": 600, "fr": 200}


def _docs() -> list[dict]:
    docs = []
    for lang, count in SIZES.items():
        for i in range(count):
            doc = new_doc(id=f"{lang}/{i}", text="x " * (i % 5 + 1), source="web")
            doc["language"] = lang
            docs.append(doc)
    return docs


def test_weights_become_rates_and_the_cap_binds():
    plan = plan_rates(SIZES, BalanceConfig(weights={"en": 0.2, "de": 0.3, "fr": 0.5}))
    assert plan["en"]["rate"] == pytest.approx(400 / 1200)
    assert plan["de"]["rate"] == pytest.approx(1.0)
    assert plan["fr"]["rate"] == 4.0 and plan["fr"]["capped"]
    assert plan["fr"]["target"] == pytest.approx(1000)
    assert not plan["en"]["capped"]


def test_unlisted_groups_get_no_share():
    plan = plan_rates(SIZES, BalanceConfig(weights={"en": 1, "de": 1}))
    assert plan["fr"]["rate"] == 0.0
    assert plan["en"]["target"] == pytest.approx(1000)


def test_temperature_sampling_matches_the_formula():
    temperature = 3.0
    plan = plan_rates(SIZES, BalanceConfig(temperature=temperature, max_repeats=100))
    weights = {g: n ** (1 / temperature) for g, n in SIZES.items()}
    total = sum(SIZES.values())
    for group, n in SIZES.items():
        share = weights[group] / sum(weights.values())
        assert plan[group]["share"] == pytest.approx(share)
        assert plan[group]["rate"] == pytest.approx(share * total / n)
    natural = plan_rates(SIZES, BalanceConfig(temperature=1.0))
    assert all(entry["rate"] == pytest.approx(1.0) for entry in natural.values())


def test_budget_in_bytes():
    plan = plan_rates({"a": 100.0, "b": 300.0}, BalanceConfig(total=200, unit="bytes"))
    assert plan["a"]["target"] == pytest.approx(50) and plan["b"]["target"] == pytest.approx(150)


def test_replicas_are_deterministic_and_follow_the_rate():
    counts = [replicas_for(f"d{i}", 2.25, seed=0) for i in range(20000)]
    assert set(counts) == {2, 3}
    assert sum(counts) / len(counts) == pytest.approx(2.25, abs=0.02)
    assert counts == [replicas_for(f"d{i}", 2.25, seed=0) for i in range(20000)]
    assert counts != [replicas_for(f"d{i}", 2.25, seed=1) for i in range(20000)]


def _run(tmp_path, config: BalanceConfig, docs: list[dict]):
    write(tmp_path, docs, [], ShardsConfig(), balance=config)
    data = pq.read_table(tmp_path / "data", columns=["id", "replica", "language"]).to_pylist()
    kept = sorted((d["id"], d["replica"], str(d["language"])) for d in data)
    rejected = pq.read_table(tmp_path / "rejects").column("reason").to_pylist()
    plan = json.loads((tmp_path / PLAN_FILE).read_text())
    return Counter(lang for _, _, lang in kept), plan, kept, rejected


def test_pipeline_meets_targets_within_sampling_error(tmp_path):
    config = BalanceConfig(enabled=True, weights={"en": 0.2, "de": 0.3, "fr": 0.5})
    counts, plan, kept, rejected = _run(tmp_path / "a", config, _docs())
    en_rate = 400 / 1200
    sigma = math.sqrt(1200 * en_rate * (1 - en_rate))
    assert abs(counts["en"] - 400) < 4 * sigma
    assert counts["de"] == 600
    assert counts["fr"] == 800  # capped at 4 copies of each of the 200
    assert max(r for _, r, lang in kept if lang == "fr") == 3
    assert plan["groups"]["fr"]["capped"] is True
    assert plan["downsampled_not_ledgered"]["docs"] == 1200 - counts["en"]
    assert rejected == []
    again = _run(tmp_path / "b", config, list(reversed(_docs())))
    assert again[2] == kept


def test_ledger_downsampled(tmp_path):
    config = BalanceConfig(
        enabled=True, weights={"en": 1.0}, ledger_downsampled=True, max_repeats=1
    )
    counts, plan, _, rejected = _run(tmp_path, config, _docs())
    assert counts == {"en": 1200}
    assert Counter(rejected) == {"downsampled": 800}
    assert plan["downsampled_not_ledgered"]["docs"] == 0

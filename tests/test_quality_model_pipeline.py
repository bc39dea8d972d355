"""quality_model in the pipeline: top share per language, rejects, report, annotate = filter."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipelines.build import STAGE_ORDER
from pipelines.config import ConfigError, parse_config
from pipelines.run import run
from tests.conftest import TEST_DATA

HELDOUT = TEST_DATA / "quality_model" / "heldout_docs.jsonl.gz"
FRACTION = 0.5


def _config(out: Path, mode: str = "filter", **stage) -> dict:
    return {
        "inputs": [{"path": str(HELDOUT), "format": "jsonl", "source": "heldout"}],
        "output": str(out),
        "mode": mode,
        "stages": {
            "langid": {"enabled": True, "languages": [], "min_score": 0.0},
            "quality": {"enabled": False},
            "quality_model": {
                "enabled": True,
                "keep_top_fraction": FRACTION,
                "min_score": 0.02,
                **stage,
            },
            "toxicity": {"enabled": False},
            "pii": {"enabled": False},
            "url_dedup": {"enabled": False},
            "exact_dedup": {"enabled": False},
            "minhash": {"enabled": False},
            "paragraph_dedup": {"enabled": False},
        },
    }


def _run(tmp_path_factory, name: str, mode: str = "filter", args=()) -> Path:
    out = tmp_path_factory.mktemp(name) / "out"
    run(parse_config(_config(out, mode)), list(args))
    return out


@pytest.fixture(scope="module")
def filtered(tmp_path_factory) -> Path:
    return _run(tmp_path_factory, "filter")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory) -> Path:
    return _run(tmp_path_factory, "annotate", "annotate")


def _data(out: Path):
    return ds.dataset(out / "data", format="parquet", partitioning="hive").to_table()


def _rejects(out: Path) -> list[dict]:
    return pq.read_table(out / "rejects").to_pylist()


def test_stage_sits_after_quality() -> None:
    assert STAGE_ORDER.index("quality_model") == STAGE_ORDER.index("quality") + 1


def test_every_document_is_kept_or_rejected_once(filtered: Path) -> None:
    kept = _data(filtered).column("id").to_pylist()
    rejected = [r["id"] for r in _rejects(filtered)]
    assert not set(kept) & set(rejected)
    assert len(kept) + len(rejected) == 56 == len(set(kept) | set(rejected))


def test_top_share_is_kept_per_language(filtered: Path) -> None:
    report = json.loads((filtered / "report.json").read_text())
    groups = report["quality_model"]["groups"]
    kept = Counter(_data(filtered).column("language").to_pylist())
    below_threshold = Counter(
        r["language"]
        for r in _rejects(filtered)
        if r["reason"] == "quality_model_score_below_threshold"
    )
    for language, plan in groups.items():
        assert sum(plan["histogram"]) == plan["docs"]
        assert plan["expected_kept"] == pytest.approx(FRACTION * plan["docs"])
        # the threshold's drops are the lowest scores; the cut is over every scored document
        wanted = min(FRACTION * plan["docs"], plan["docs"] - below_threshold[language])
        # one document's coin at the cut at most (scores are distinct here)
        assert abs(kept[language] - wanted) <= 1, language
    assert groups["en"]["docs"] >= 20 and kept["en"] >= 10


def test_rejects_carry_score_and_cut(filtered: Path) -> None:
    rows = [r for r in _rejects(filtered) if r["stage"] == "quality_model"]
    reasons = Counter(r["reason"] for r in rows)
    assert reasons["below_top_fraction_cut"] > 0
    for row in rows:
        assert row["score"] is not None and row["text"]
        if row["reason"] == "below_top_fraction_cut":
            assert row["detail"].startswith("cut=") and f"group={row['language']}" in row["detail"]
        else:
            assert row["reason"] == "quality_model_score_below_threshold"
            assert row["score"] < 0.02


def test_kept_documents_carry_the_score_column(filtered: Path) -> None:
    scores = _data(filtered).column("quality_model_score").to_pylist()
    assert all(s is not None and 0.0 <= s <= 1.0 for s in scores)


def test_report_has_the_funnel_step_and_html_section(filtered: Path) -> None:
    report = json.loads((filtered / "report.json").read_text())
    stages = [row["stage"] for row in report["funnel"]]
    assert stages == ["read", "url_filter", "langid", "quality_model"]  # url_filter: on by default
    assert report["quality_model"]["keep_top_fraction"] == FRACTION
    assert "Quality model" in (filtered / "report.html").read_text()
    assert not (filtered / "_quality_model.json").exists()


def test_annotate_records_exactly_the_filter_verdicts(filtered: Path, annotated: Path) -> None:
    table = _data(annotated).to_pylist()
    assert len(table) == 56
    flagged = {
        row["id"]: [v for v in row["verdicts"] if v.startswith("quality_model:")] for row in table
    }
    filter_rejects = {
        r["id"]: f"quality_model:{r['reason']}"
        for r in _rejects(filtered)
        if r["stage"] == "quality_model"
    }
    assert {i: v for i, v in flagged.items() if v} == {i: [v] for i, v in filter_rejects.items()}
    for row in table:
        signals = dict(row["quality_signals"])
        assert signals["quality_model_score"] == row["quality_model_score"]
    report = json.loads((annotated / "report.json").read_text())
    assert (
        report["quality_model"]
        == json.loads((filtered / "report.json").read_text())["quality_model"]
    )


def test_same_cut_on_multiple_workers(tmp_path_factory, filtered: Path) -> None:
    multi = _run(
        tmp_path_factory,
        "multi",
        args=["--direct_running_mode=multi_processing", "--direct_num_workers=2"],
    )
    for sub in ("data", "rejects"):
        first = {
            p.relative_to(filtered): p.read_bytes() for p in (filtered / sub).rglob("*.parquet")
        }
        second = {p.relative_to(multi): p.read_bytes() for p in (multi / sub).rglob("*.parquet")}
        assert first == second


def test_config_is_validated(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="keep_top_fraction"):
        parse_config(_config(tmp_path, keep_top_fraction=1.5))
    with pytest.raises(ConfigError, match="did you mean 'keep_top_fraction'"):
        parse_config(_config(tmp_path, keep_top_fractio=0.3))
    config = parse_config(_config(tmp_path / "o", model=str(tmp_path / "missing.bin")))
    with pytest.raises(ConfigError, match="stages.quality_model.model: file not found"):
        run(config, [])

"""Post-run hooks on a real-text output directory, with budgets small enough for seconds."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.config import ConfigError, HookConfig
from pipelines.hooks import (
    Hook,
    HookOptions,
    check_hooks,
    parse_option_args,
    run_hook,
    run_hooks,
)
from pipelines.hooks.corpus import is_heldout, read_clean
from pipelines.schema import DATA_FILE_SCHEMA, REJECT_SCHEMA, new_doc, new_reject, to_table

torch = pytest.importorskip("torch")

DATA = Path(__file__).parent / "data" / "hooks"
TINY = {
    "context": 32,
    "d_model": 32,
    "n_layers": 1,
    "n_heads": 2,
    "batch_size": 8,
    "max_tokens": 8 * 32 * 60,
    "eval_every": 20,
    "eval_bytes": 4096,
    "heldout_fraction": 0.2,
    "device": "cpu",
    "threads": 1,
}


def _real_docs() -> list[dict]:
    docs = []
    for path in sorted(DATA.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                docs.append(
                    new_doc(id=row["id"], text=row["text"], source="dolma-cc", language="en")
                )
    return docs


def _junk_rejects(count: int) -> list[dict]:
    """Generated spam-like pages: what quality filters remove (random tokens, no language)."""
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789%$#@!&*"
    rejects = []
    for index in range(count):
        text = " ".join(
            "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12))) for _ in range(800)
        )
        rejects.append(
            new_reject(
                id=f"junk-{index:03d}",
                source="generated",
                stage="quality",
                reason="gopher_quality",
                language="en",
                n_bytes=len(text),
                text=text,
            )
        )
    return rejects


def _write_output(root: Path) -> Path:
    """The pipeline's output layout: hive-partitioned data shards plus the rejects ledger."""
    docs = [{k: v for k, v in d.items() if k != "language"} for d in _real_docs()]
    (root / "data" / "language=en").mkdir(parents=True)
    pq.write_table(
        to_table(docs, DATA_FILE_SCHEMA),
        root / "data" / "language=en" / "part-00000-of-00001.parquet",
    )
    (root / "rejects").mkdir()
    pq.write_table(
        to_table(_junk_rejects(12), REJECT_SCHEMA), root / "rejects" / "part-00000-of-00001.parquet"
    )
    (root / "report.json").write_text(json.dumps({"totals": {}}), encoding="utf-8")
    return root


def _digest(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, dict]:
    out = _write_output(tmp_path_factory.mktemp("out"))
    return out, run_hook("train_proxy_lm", str(out), TINY)


def test_output_reader_reads_shards_and_splits_stably(trained) -> None:
    out, _ = trained
    docs = read_clean(out)
    assert len(docs) == 20
    heldout = [d.id for d in docs if is_heldout(d.id, 0.2)]
    assert 0 < len(heldout) < 20
    assert heldout == [d.id for d in read_clean(out) if is_heldout(d.id, 0.2)]


def test_training_reduces_heldout_bpb_and_saves_checkpoint(trained) -> None:
    out, result = trained
    assert result["status"] == "ok"
    assert result["heldout_bpb"] < result["untrained_heldout_bpb"] - 2.0
    assert result["stopped_by"] == "tokens"
    assert [p["step"] for p in result["curve"]] == [0, 20, 40, 60]
    workdir = out / "hooks" / "train_proxy_lm"
    assert (workdir / "model.pt").is_file()
    assert json.loads((workdir / "config.json").read_text())["options"]["d_model"] == 32
    assert "<polyline" in (workdir / "curve.svg").read_text()


def test_training_is_deterministic_given_the_seed(trained, tmp_path) -> None:
    _, first = trained
    again = run_hook("train_proxy_lm", str(_write_output(tmp_path)), TINY)
    assert again["curve"] == first["curve"]
    other_seed = run_hook("train_proxy_lm", str(tmp_path), TINY | {"seed": 1})
    assert other_seed["curve"] != first["curve"]


def test_quantized_eval_is_smaller_and_within_tolerance(trained) -> None:
    out, train_result = trained
    result = run_hook("quantized_eval", str(out), {"tolerance_bpb": 0.05, "threads": 1})
    models = result["models"]
    assert models["fp32"]["heldout_bpb"] == pytest.approx(train_result["heldout_bpb"], abs=1e-4)
    for method in ("int8_dynamic", "int8_weight_only"):
        row = models[method]
        assert row["linear_bytes"] * 2 <= models["fp32"]["linear_bytes"]
        assert abs(row["bpb_delta"]) <= 0.05
        assert row["degraded"] is False
        assert row["tokens_per_s"] > 0
    assert (out / "hooks" / "quantized_eval" / "model_int8_dynamic.pt").is_file()


def test_ablation_shows_filtered_junk_costs_bits(tmp_path) -> None:
    out = _write_output(tmp_path)
    result = run_hook("ablation", str(out), TINY)
    assert result["comparable"] is True
    assert result["rejected_docs"] == sum(not is_heldout(f"junk-{i:03d}", 0.2) for i in range(12))
    assert result["raw"]["train_docs"] == result["clean"]["train_docs"] + result["rejected_docs"]
    assert result["equal_tokens_step"] == 60
    assert result["bpb_gain"] == result["raw_bpb"] - result["clean_bpb"]
    assert result["raw_bpb"] == result["final_raw_bpb"]
    assert result["bpb_gain"] > 0.1


class Exploding(Hook):
    name = "exploding"

    def run(self, output: Path, options: HookOptions, workdir: Path) -> dict:
        (workdir / "partial.txt").write_text("started")
        raise RuntimeError("boom")


def test_failing_hooks_are_reported_and_leave_the_output_alone(tmp_path) -> None:
    out = _write_output(tmp_path)
    before = _digest(out)
    results = run_hooks(
        str(out),
        [
            HookConfig(name="tests.test_hooks:Exploding"),
            HookConfig(name="quantized_eval"),  # no checkpoint yet: fails with a clear reason
            HookConfig(name="train_proxy_lm", options=TINY | {"max_tokens": 8 * 32 * 2}),
        ],
    )
    assert results["tests.test_hooks:Exploding"] == {
        "status": "failed",
        "error": "RuntimeError: boom",
    }
    assert results["quantized_eval"]["status"] == "failed"
    assert "run the train_proxy_lm hook first" in results["quantized_eval"]["error"]
    assert results["train_proxy_lm"]["status"] == "ok"
    after = _digest(out)
    assert {k: v for k, v in after.items() if not k.startswith("hooks/")} == before
    assert (out / "hooks" / "exploding" / "partial.txt").is_file()


def test_unknown_option_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ConfigError, match="unknown option 'max_token'; did you mean 'max_tokens'"):
        run_hook("train_proxy_lm", str(tmp_path), {"max_token": 10})
    with pytest.raises(ConfigError, match="n_heads 3 must divide d_model 32"):
        run_hook("train_proxy_lm", str(tmp_path), {"d_model": 32, "n_heads": 3})
    with pytest.raises(
        ConfigError, match="unknown hook 'train_proxy'; did you mean 'train_proxy_lm'"
    ):
        run_hook("train_proxy", str(tmp_path), {})
    with pytest.raises(ConfigError, match="quantized_eval: unknown option 'tolerance'"):
        check_hooks(
            [
                HookConfig(name="train_proxy_lm"),
                HookConfig(name="quantized_eval", options={"tolerance": 1}),
            ]
        )
    check_hooks([HookConfig(name="ablation", options={"max_tokens": 1000})])
    with pytest.raises(ConfigError, match="no pipeline output"):
        run_hook("train_proxy_lm", str(tmp_path), {})


def test_command_line_options_are_parsed_as_yaml() -> None:
    assert parse_option_args(["max_tokens=1000", "device=cpu", "methods=[int8_dynamic]"]) == {
        "max_tokens": 1000,
        "device": "cpu",
        "methods": ["int8_dynamic"],
    }
    with pytest.raises(ConfigError, match="key=value"):
        parse_option_args(["max_tokens"])

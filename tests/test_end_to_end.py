"""The whole pipeline on the bundled sample: the output contract and its invariants.

Runs are module-scoped fixtures because each costs seconds (HTML extraction); every test reads
the outputs they leave behind.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.config import load_config
from pipelines.run import run
from pipelines.schema import DATA_FILE_SCHEMA, REJECT_SCHEMA
from pipelines.sources.read import make_reader, match_files, read_file
from tests.conftest import ROOT

# What corpus-prep itself logs: "HH:MM:SS corpus_prep[.module] message".
PROGRESS_LINE = re.compile(r"\d\d:\d\d:\d\d corpus_prep(\.\w+)* ")


def _run(tmp_path_factory, name: str, beam_args: list[str], mode: str = "filter") -> Path:
    out = tmp_path_factory.mktemp(name) / "out"
    config = load_config(ROOT / "configs" / "local.yaml", [f"output={out}", f"mode={mode}"])
    run(config, beam_args)
    return out


@pytest.fixture(scope="module", autouse=True)
def _from_root(monkeypatch_module):
    monkeypatch_module.chdir(ROOT)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def first(local_run) -> Path:
    return local_run


@pytest.fixture(scope="module")
def multi(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The CLI as a user runs it, with worker subprocesses; what it printed is tested too."""
    out = tmp_path_factory.mktemp("multi") / "out"
    args = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]
    command = ["run", "configs/local.yaml", "--set", f"output={out}", *args]
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *command], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out, done


def _files(out: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*.parquet"))
    }


def _ids(out: Path) -> tuple[list[str], list[str]]:
    data = pq.read_table(out / "data", columns=["id"]).column("id").to_pylist()
    rejects = pq.read_table(out / "rejects", columns=["id"]).column("id").to_pylist()
    return data, rejects


def _input_ids() -> Counter:
    """Every record id the readers produce, read directly without Beam."""
    config = load_config(ROOT / "configs" / "local.yaml")
    ids: Counter = Counter()
    for item in config.inputs:
        reader = make_reader(item)
        for path in match_files(item.path):
            ids.update(record["id"] for record in read_file(reader, path, item.source))
    return ids


def test_layout_and_schemas(first):
    assert (first / "_SUCCESS").exists() and (first / "report.json").exists()
    parts = sorted(first.glob("data/language=*/part-*-of-*.parquet"))
    assert {p.parent.name for p in parts} == {"language=en", "language=de"}
    for part in parts:
        metadata = pq.read_metadata(part)
        assert metadata.schema.to_arrow_schema().remove_metadata() == DATA_FILE_SCHEMA
        assert metadata.row_group(0).column(0).compression == "ZSTD"
    rejects = pq.read_table(first / "rejects")
    assert rejects.schema.remove_metadata() == REJECT_SCHEMA
    assert not list(first.rglob(".tmp-*"))


def test_readable_with_pandas(first):
    frame = pd.read_parquet(first / "data")
    assert set(frame["language"].astype(str)) == {"en", "de"}
    assert (frame["n_bytes"] > 0).all() and frame["text"].str.len().min() > 0
    assert frame["language_score"].between(0.65, 1.0).all()
    rejects = pd.read_parquet(first / "rejects")
    assert set(rejects["stage"]) >= {"read", "langid"}


def test_every_input_record_is_in_output_or_rejects_exactly_once(first):
    data, rejects = _ids(first)
    assert Counter(data) + Counter(rejects) == _input_ids()


def test_rejects_name_stage_and_reason(first):
    rejects = pq.read_table(first / "rejects").to_pylist()
    langid = [r for r in rejects if r["stage"] == "langid"]
    assert langid and all(
        r["reason"] in {"language_not_allowed", "language_score_below_threshold"} for r in langid
    )
    truncated = [r for r in rejects if r["reason"] == "truncated_file"]
    assert len(truncated) == 1 and truncated[0]["file"].endswith("elwiki-slice-truncated.xml.xz")


def test_two_runs_are_byte_identical_across_processes_and_runner_modes(first, multi):
    """One comparison for both determinism claims (a second in-memory run cost a whole run and
    proved less): ``first`` ran in-memory in the test session's process, ``multi`` separately
    in a new CLI process and its worker subprocesses (other hash seeds, other element order).
    Two runs in one process (state left behind by the first) are compared in test_runners."""
    out, _ = multi
    assert _ids(first) == _ids(out)
    assert _files(first) == _files(out)


def test_multi_processing_terminal_holds_progress_and_summary_not_beam_logs(multi):
    out, done = multi
    lines = done.stderr.splitlines()
    strays = [line for line in lines if not PROGRESS_LINE.match(line)]
    assert lines and not strays, strays[:5]
    assert any(" corpus_prep.worker read samples/" in line for line in lines)  # from the workers
    assert "records in" in done.stdout and f"output: {out}" in done.stdout
    beam_log = (out / "logs" / "beam.log").read_text()
    # the worker subprocesses' own stderr, and the runner's relay of their log entries
    assert "sdk_worker" in beam_log and "Pipeline_options" in beam_log
    assert "local_job_service Worker:" in beam_log


def test_report_counts_match_the_files(first):
    report = json.loads((first / "report.json").read_text())
    data, rejects = _ids(first)
    assert report["totals"]["kept_docs"] == len(data)
    assert report["totals"]["input_records"] == len(data) + len(rejects)
    assert sum(f["rejected_docs"] for f in report["funnel"]) == len(rejects)
    assert report["funnel"][-1]["remaining_docs"] == len(data)
    # processing time of every per-element step, reading and MinHash signatures included
    assert {"read", "langid", "quality", "toxicity", "pii", "minhash"} <= set(
        report["stage_time_s"]
    )
    assert report["stage_time_s"]["read"] > 0
    assert set(report["stage_cpu_s"]) == set(report["stage_time_s"])  # the same stages, CPU time
    assert report["config"]["stages"]["langid"]["languages"] == ["en", "de"]
    assert "apache-beam" in report["versions"]


def test_annotate_mode_keeps_everything(tmp_path_factory, first):
    out = _run(tmp_path_factory, "annotate", [], mode="annotate")
    frame = pd.read_parquet(out / "data")
    data, rejects = _ids(first)
    stages = pq.read_table(first / "rejects", columns=["stage"]).column("stage").to_pylist()
    dropped_by_stages = len(rejects) - stages.count("read")
    assert len(frame) == len(data) + dropped_by_stages
    flagged = frame[frame["verdicts"].map(len) > 0]
    assert len(flagged) == dropped_by_stages
    # the first verdict a document collects is exactly why filter mode dropped it
    dropped = {
        r["id"]: f"{r['stage']}:{r['reason']}"
        for r in pq.read_table(first / "rejects").to_pylist()
        if r["stage"] != "read"
    }
    assert dict(zip(flagged["id"], flagged["verdicts"].map(lambda v: v[0]), strict=True)) == dropped

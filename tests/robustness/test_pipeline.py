"""The whole bad-input corpus in one run: it completes, and every input record is accounted for.

One DirectRunner run over all formats (with langid, quality and exact dedup so records also leave
at later stages) is compared with what the readers give file by file: every record the readers
produce must come out exactly once, in the data or in the rejects ledger, with its file and offset,
and report.json must count the same rejects.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.config import Config, parse_config
from pipelines.run import run
from pipelines.schema import is_reject
from pipelines.sources.read import make_reader, match_files, read_file
from tests.robustness.corpus import FORMATS, RECORD_LIMIT, write_corpus

ON = ("langid", "quality", "exact_dedup")
OFF = ("toxicity", "pii", "minhash")


def corpus_config(root: Path, output: Path, enabled: tuple[str, ...] = ON) -> Config:
    inputs = []
    for fmt, (glob, source) in FORMATS.items():
        item = {"path": str(root / glob), "format": fmt, "source": source}
        item["max_record_bytes"] = RECORD_LIMIT
        if fmt == "warc":
            item["extractor"] = "resiliparse"  # 100x faster; the extractor is not under test
        inputs.append(item)
    stages = {name: {"enabled": name in enabled} for name in ON + OFF}
    return parse_config({"inputs": inputs, "output": str(output), "stages": stages})


def reader_records(config: Config) -> list[dict]:
    """Every record the readers give, file by file, without Beam."""
    records = []
    for item in config.inputs:
        reader = make_reader(item)
        for path in match_files(item.path):
            records.extend(read_file(reader, path, item.source))
    return records


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Config, list[dict], dict]:
    root = tmp_path_factory.mktemp("mixed")
    write_corpus(root / "in")
    config = corpus_config(root / "in", root / "out")
    report = run(config, [])
    return config, reader_records(config), report


def _rows(out: Path, kind: str, columns: list[str]) -> list[dict]:
    return pq.read_table(out / kind, columns=columns).to_pylist()


def test_every_input_record_is_in_output_or_rejects_exactly_once(mixed):
    config, expected, _ = mixed
    out = Path(config.output)
    key = ["id", "file", "offset"]
    written = _rows(out, "data", key) + _rows(out, "rejects", key)
    assert Counter(tuple(r[k] for k in key) for r in written) == Counter(
        tuple(r[k] for k in key) for r in expected
    )
    assert (out / "_SUCCESS").exists()


def _read_rows(config: Config) -> list[dict]:
    columns = ["id", "stage", "reason", "file", "offset", "detail"]
    return [r for r in _rows(Path(config.output), "rejects", columns) if r["stage"] == "read"]


def test_read_rejects_in_the_ledger_have_file_reason_detail(mixed):
    config, expected, _ = mixed
    read_rows = _read_rows(config)
    assert Counter(r["reason"] for r in read_rows) == Counter(
        r["reason"] for r in expected if is_reject(r)
    )
    for row in read_rows:
        assert row["file"] and Path(row["file"]).is_file(), row
        assert row["reason"] and row["detail"], row


def test_read_rejects_in_the_ledger_have_a_valid_offset(mixed):
    bad = [r for r in _read_rows(mixed[0]) if r["offset"] is None or r["offset"] < 0]
    assert bad == []


def test_report_counts_match_the_ledger(mixed):
    config, expected, report = mixed
    assert report == json.loads((Path(config.output) / "report.json").read_text())
    totals = report["totals"]
    assert totals["input_records"] == len(expected)
    ledger = _rows(Path(config.output), "rejects", ["stage", "reason"])
    assert Counter((r["stage"], r["reason"]) for r in ledger) == Counter(
        {(row["stage"], row["reason"]): row["docs"] for row in report["rejects"]}
    )
    assert totals["kept_docs"] + len(ledger) == len(expected)
    by_source = Counter(r["source"] for r in expected)
    assert {s: c["input"] for s, c in report["by_source"].items()} == dict(by_source)
    read_step = next(step for step in report["funnel"] if step["stage"] == "read")
    assert read_step["rejected_docs"] == sum(1 for r in expected if is_reject(r))


def test_good_records_from_damaged_files_are_processed(mixed):
    """Records read before a file broke go through the stages like any other."""
    config, expected, _ = mixed
    out = Path(config.output)
    ledger = {r["id"]: r for r in _rows(out, "rejects", ["id", "stage", "reason"])}
    kept = {r["id"] for r in _rows(out, "data", ["id"])}
    damaged = {"truncated.warc.gz", "truncated.jsonl.gz", "enwiki-cut-mid-tag.xml"}
    for record in expected:
        if is_reject(record) or Path(record["file"]).name not in damaged:
            continue
        assert record["id"] in kept or ledger[record["id"]]["stage"] != "read"
    assert kept, "some documents must survive"


def test_one_character_document_leaves_with_a_stage_reason(mixed):
    config, _, _ = mixed
    ledger = _rows(Path(config.output), "rejects", ["id", "stage", "reason"])
    (row,) = [r for r in ledger if r["id"] == "js/one-char"]
    assert row["stage"] in ("langid", "quality") and row["reason"]

"""JSONL and Parquet readers: real Dolma JSONL plus every kind of bad row or file."""

from __future__ import annotations

import gzip
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.config import InputConfig
from pipelines.schema import is_reject
from pipelines.sources.files import open_input
from pipelines.sources.jsonl import iter_jsonl
from pipelines.sources.parquet import iter_parquet
from pipelines.sources.read import make_reader, read_file
from tests.conftest import SAMPLES

DOLMA = SAMPLES / "jsonl" / "dolma_cc_en_head-0091.jsonl.gz"


def _read_jsonl(data: bytes, **fields):
    return list(iter_jsonl(io.BytesIO(data), "mem/x.jsonl", "src", **fields))


def test_real_dolma_jsonl_with_metadata_url():
    with open_input(str(DOLMA)) as stream:
        records = list(iter_jsonl(stream, str(DOLMA), "dolma"))
    assert len(records) == 10 and not any(is_reject(r) for r in records)
    first = records[0]
    assert first["id"].startswith("dolma/") and first["url"].startswith("http")
    assert first["n_words"] > 0 and first["n_bytes"] >= len(first["text"])
    assert len({r["id"] for r in records}) == 10


def test_every_bad_line_is_one_reject_and_good_lines_survive():
    lines = [
        b'{"id": "a", "text": "good one"}',
        b'{"id": "b", "text": "bad \xff utf8"}',
        b'{"id": "c", "text": ',
        b'{"id": "d"}',
        b'{"id": "e", "text": 42}',
        b'{"id": "f", "text": "   "}',
        b"[1, 2]",
        b"",
        b'{"text": "no id here", "metadata": {"url": "http://x"}}',
    ]
    records = _read_jsonl(b"\n".join(lines) + b"\n")
    reasons = [r["reason"] for r in records if is_reject(r)]
    assert reasons == [
        "invalid_utf8",
        "invalid_json",
        "missing_text_field",
        "invalid_text_type",
        "empty_text",
        "invalid_json",
    ]
    docs = [r for r in records if not is_reject(r)]
    assert [d["id"] for d in docs] == ["src/a", "src/x.jsonl#L9"]
    assert docs[1]["url"] == "http://x"
    bad_utf8 = next(r for r in records if r.get("reason") == "invalid_utf8")
    assert bad_utf8["id"] == "src/x.jsonl#L2"
    assert bad_utf8["offset"] == len(lines[0]) + 1 and "line 2" in bad_utf8["detail"]


def test_custom_dotted_fields():
    data = json.dumps({"doc": {"body": "hello", "key": 7}, "meta": {"link": "u"}}).encode()
    (doc,) = _read_jsonl(data, text_field="doc.body", id_field="doc.key", url_field="meta.link")
    assert (doc["id"], doc["text"], doc["url"]) == ("src/7", "hello", "u")


def test_truncated_gzip_keeps_complete_lines(tmp_path):
    payload = b"".join(
        json.dumps({"id": str(i), "text": f"document number {i} " * 50}).encode() + b"\n"
        for i in range(200)
    )
    compressed = gzip.compress(payload)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(compressed[: len(compressed) // 2])
    reader = make_reader(InputConfig(path=str(path), format="jsonl", source="s"))
    records = list(read_file(reader, str(path), "s"))
    assert is_reject(records[-1]) and records[-1]["reason"] == "truncated_file"
    assert records[-1]["file"] == str(path) and records[-1]["offset"] > 0
    docs = [r for r in records if not is_reject(r)]
    assert 0 < len(docs) < 200 and all(d["text"].startswith("document number") for d in docs)


def test_random_bytes_and_missing_file_are_one_reject(tmp_path):
    path = tmp_path / "noise.jsonl.gz"
    path.write_bytes(bytes(range(256)) * 10)
    reader = make_reader(InputConfig(path=str(path), format="jsonl", source="s"))
    (only,) = list(read_file(reader, str(path), "s"))
    assert only["reason"] == "corrupt_file" and only["stage"] == "read"
    missing = str(tmp_path / "gone.jsonl")
    (gone,) = list(read_file(reader, missing, "s"))
    assert gone["reason"] == "unreadable_file" and gone["file"] == missing


def _parquet(table: pa.Table) -> io.BytesIO:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    buffer.seek(0)
    return buffer


def test_parquet_rows_and_bad_rows():
    table = pa.table(
        {
            "id": ["a", "b", None, "d"],
            "text": ["hello world", None, "third", ""],
            "metadata": [{"url": "u1"}, {"url": "u2"}, {"url": None}, {"url": "u4"}],
        }
    )
    records = list(iter_parquet(_parquet(table), "p.parquet", "pq"))
    assert [r["id"] for r in records] == ["pq/a", "pq/b", "pq/p.parquet#R2", "pq/d"]
    assert records[0]["url"] == "u1" and not is_reject(records[0])
    assert [r.get("reason") for r in records] == [None, "missing_text_field", None, "empty_text"]


def test_parquet_wrong_schema_is_one_clear_reject():
    table = pa.table({"id": ["a"], "content": ["hello"]})
    (only,) = list(iter_parquet(_parquet(table), "p.parquet", "pq"))
    assert only["reason"] == "schema_mismatch" and "content" in only["detail"]
    (garbage,) = list(iter_parquet(io.BytesIO(b"not parquet at all"), "g.parquet", "pq"))
    assert garbage["reason"] == "unreadable_file"

"""JSONL and Parquet readers: real Dolma JSONL plus every kind of bad row or file."""

from __future__ import annotations

import gzip
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.config import InputConfig
from pipelines.schema import DOC_SCHEMA, is_reject, to_table
from pipelines.sources.files import iter_lines, open_input
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


# --- bounded lines and hostile rows -----------------------------------------------------------


class _Trickle(io.RawIOBase):
    """Hands out at most ``step`` bytes per read, so lines straddle many reads."""

    def __init__(self, data: bytes, step: int):
        self._data, self._step = data, step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = min(len(buffer), self._step, len(self._data))
        buffer[:size] = self._data[:size]
        self._data = self._data[size:]
        return size


@pytest.mark.parametrize("step", [1, 3, 7, 1 << 20])
def test_iter_lines_offsets_sizes_and_limit(step: int):
    data = b"a\n" + b"b" * 10 + b"\n\n" + b"c" * 11 + b"\n" + b"d" * 10
    lines = list(iter_lines(io.BufferedReader(_Trickle(data, step), buffer_size=4), 11))
    assert [(line.offset, line.size, line.data) for line in lines] == [
        (0, 2, b"a\n"),
        (2, 11, b"b" * 10 + b"\n"),  # exactly the limit, newline included: kept
        (13, 1, b"\n"),
        (14, 12, None),  # one byte over: counted, not kept
        (26, 10, b"d" * 10),  # no newline at the end of the file
    ]


def test_oversized_line_is_one_reject_with_its_size_and_the_next_line_is_read():
    data = b'{"id": "a", "text": "' + b"x" * 5000 + b'"}\n{"id": "b", "text": "ok"}\n'
    big, ok = list(iter_jsonl(io.BytesIO(data), "mem/x.jsonl", "src", max_record_bytes=2048))
    assert (big["reason"], big["id"], big["offset"], big["n_bytes"]) == (
        "record_too_large",
        "src/x.jsonl#L1",
        0,
        5024,
    )
    assert "line 1" in big["detail"] and ok["id"] == "src/b"


def test_lines_that_break_the_json_decoder_are_one_reject_each():
    lines = [
        b"[" * 50_000 + b"]" * 50_000,  # RecursionError
        b'{"n": ' + b"1" * 5000 + b"}",  # past Python's int digit limit
        b'{"id": "ok", "text": "tab\there \x01 raw"}',  # raw control characters: accepted
    ]
    records = _read_jsonl(b"\n".join(lines))
    assert [r.get("reason") for r in records] == ["invalid_json", "invalid_json", None]
    assert "nested too deeply" in records[0]["detail"]
    assert records[2]["text"] == "tab\there \x01 raw"


def test_read_file_repairs_lone_surrogates_in_every_field(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_bytes(
        b'{"id": "\\udc80", "title": "\\ud800x", "text": "a \\udfff b \\ud83d\\ude00"}\n'
    )
    reader = make_reader(InputConfig(path=str(path), format="jsonl", source="s"))
    (doc,) = list(read_file(reader, str(path), "s"))
    assert (doc["id"], doc["title"], doc["text"]) == (
        "s/\ufffd",
        "\ufffdx",
        "a \ufffd b \U0001f600",
    )
    assert doc["metadata"]["unicode_replaced"] == "3"
    table = to_table([doc], DOC_SCHEMA)  # what the writer does: it must not raise
    assert table.column("text")[0].as_py() == doc["text"]


def test_parquet_wrong_typed_text_names_file_column_and_type():
    table = pa.table({"id": ["a"], "text": pa.array([{"body": "x"}])})
    (row,) = list(iter_parquet(_parquet(table), "data/p.parquet", "pq"))
    assert row["reason"] == "invalid_text_type" and row["file"] == "data/p.parquet"
    assert row["detail"] == "row 0: column 'text' is struct<body: string> (dict), not text"

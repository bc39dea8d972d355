"""Every bad input, read alone through the public reader entry point (``make_reader`` +
``read_file``, what the Beam source runs per file): the exact documents and reject rows it gives.

Beam is not involved: these are the per-file contracts, checked in milliseconds. The pipeline
tests (test_pipeline.py) run the same corpus end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.config import InputConfig
from pipelines.schema import is_reject
from pipelines.sources.read import make_reader, read_file
from tests.robustness.corpus import (
    ENGLISH,
    RECORD_LIMIT,
    Case,
    all_cases,
    uid,
    warc_record,
    wiki_dump,
    wiki_page,
)
from tests.robustness.streams import generated, peak_bytes

# Cases whose correct behaviour the code does not have yet (see the reason for the bug).
# Reader cases with a known, unfixed bug: name -> reason (strict xfail). None today.
KNOWN_BUGS: dict[str, str] = {}


def read_case(case: Case, path: Path) -> list[dict]:
    cfg = InputConfig(
        path=str(path), format=case.format, source=case.source, max_record_bytes=RECORD_LIMIT
    )
    if case.format == "warc":
        cfg = InputConfig(**cfg.model_dump() | {"extractor": "resiliparse"})
    return list(read_file(make_reader(cfg), str(path), case.source))


def _params() -> list:
    return [pytest.param(case, id=case.name, marks=_xfail(case.name)) for case in all_cases()]


def _xfail(name: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name])] if name in KNOWN_BUGS else []


def _without_text(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "text"}


@pytest.mark.parametrize("case", _params())
def test_each_bad_file_gives_exactly_its_records(case: Case, tmp_path: Path):
    path = case.path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(case.build())
    records = read_case(case, path)

    expected = case.expected
    file_rejects = [r for r in records if is_reject(r) and r["reason"] in _FILE_REASONS]
    per_record = [r for r in records if r not in file_rejects]
    docs = [r for r in records if not is_reject(r)]
    if expected.docs is None:
        # cut short: a non-empty prefix of the intact file's records, then the file-level reject
        assert records[-1] is file_rejects[-1]
        path.write_bytes(case.intact())
        whole = read_case(case, path)
        assert 0 < len(per_record) < len(whole)
        assert [_without_text(r) for r in per_record] == [
            _without_text(r) for r in whole[: len(per_record)]
        ]
        assert any(not is_reject(r) for r in per_record)
    else:
        assert len(docs) == expected.docs
    rejects = [r for r in records if is_reject(r)]
    if expected.docs is None:
        rejects = file_rejects  # the prefix's own rejects (redirects) were compared above
    assert [r["reason"] for r in rejects] == [reason for reason, _ in expected.rejects]
    for row, (_, offset) in zip(rejects, expected.rejects, strict=True):
        assert row["stage"] == "read" and row["file"] == str(path)
        assert isinstance(row["offset"], int) and row["offset"] >= 0
        assert row["detail"], "a reject must say what was wrong"
        if offset is not None:
            assert row["offset"] == offset
    for record in records:  # provenance on every row, documents included
        assert record["file"] == str(path) and record["source"] == case.source
        assert isinstance(record["offset"], int) and record["offset"] >= 0
    assert len({r["id"] for r in records}) == len(records), "ids must be unique within a file"
    if expected.doc_checks:
        for check, doc in zip(expected.doc_checks, docs, strict=True):
            assert check(doc), doc["text"][:300]


_FILE_REASONS = {"truncated_file", "corrupt_file", "unreadable_file"}


def test_offsets_of_jsonl_rejects_point_at_their_line(tmp_path: Path):
    """The ledger's offset must let a person seek to the bad line and see it."""
    (case,) = [c for c in all_cases() if c.name == "bad-lines.jsonl"]
    data = case.build()
    path = tmp_path / case.name
    path.write_bytes(data)
    rejects = [r for r in read_case(case, path) if is_reject(r)]
    first_bytes = [data[r["offset"] : r["offset"] + 40] for r in rejects]
    assert first_bytes[0].startswith(b'{"id": "bad-utf8"')
    assert first_bytes[1].startswith(b'{"id": "bad-json"')
    assert first_bytes[-1].startswith(b"[1, 2, 3]")
    assert all(f"line {n}" in r["detail"] for n, r in zip((2, 3, 4, 5, 6, 8), rejects, strict=True))


def test_warc_malformed_record_offset_points_at_its_header(tmp_path: Path):
    for name in ("broken-version-line.warc", "cut-mid-block.warc"):
        (case,) = [c for c in all_cases() if c.name == name]
        data = case.build()
        path = tmp_path / name
        path.write_bytes(data)
        (reject,) = [r for r in read_case(case, path) if is_reject(r)]
        assert data[reject["offset"] :].startswith((b"WARX/1.0\r\n", b"WARC/1.0\r\n"))


def test_corrupt_compressed_dump_is_not_called_empty(tmp_path: Path):
    (case,) = [c for c in all_cases() if c.name == "enwiki-random.xml.bz2"]
    path = case.path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(case.build())
    (reject,) = read_case(case, path)
    assert reject["reason"] == "corrupt_file"
    assert "empty file" not in reject["detail"]


# --- memory: a record far larger than the limit is never held ------------------------------------

HUGE = 64 << 20  # bytes streamed past the reader
LIMIT = 1 << 20
MAX_HELD = 12 << 20  # a few buffers of LIMIT; holding the record would take HUGE


def _records(iterator) -> list[dict]:
    return list(iterator)


def test_jsonl_line_of_64_mb_is_rejected_holding_about_the_limit():
    from pipelines.sources.jsonl import iter_jsonl

    stream = generated(
        [
            b'{"id": "a", "text": "ok"}\n{"id": "big", "text": "',
            (b"a", HUGE),
            b'"}\n{"id": "b", "text": "ok"}\n',
        ]
    )
    records, peak = peak_bytes(
        lambda: _records(iter_jsonl(stream, "big.jsonl", "s", max_record_bytes=LIMIT))
    )
    assert [r.get("reason") for r in records] == [None, "record_too_large", None]
    assert records[1]["offset"] == 26 and records[1]["n_bytes"] == HUGE + 26
    assert peak < MAX_HELD, f"held {peak >> 20} MB"


@pytest.mark.parametrize("length", [HUGE, 100_000_000_000], ids=["honest", "lying"])
def test_warc_record_of_64_mb_is_skipped_holding_about_the_limit(length: int):
    from pipelines.sources.warc import iter_wet

    good = [warc_record("conversion", ENGLISH.encode(), uid(60, n)) for n in range(2)]
    head = warc_record("conversion", b"", uid(60, 9), length)[: -len(b"\r\n\r\n")]
    stream = generated([good[0], head, (b"z", HUGE), b"\r\n\r\n", good[1]])
    records, peak = peak_bytes(
        lambda: _records(iter_wet(stream, "big.warc.wet", "s", max_record_bytes=LIMIT))
    )
    # an honest length frames (one record_too_large); a lie runs past the next header
    middle = "record_too_large" if length == HUGE else "malformed_record"
    assert [r.get("reason") for r in records] == [None, middle, None]
    assert records[1]["offset"] == len(good[0])
    assert peak < MAX_HELD, f"held {peak >> 20} MB"


def test_wiki_page_of_64_mb_is_rejected_holding_about_the_limit():
    from pipelines.sources.wikipedia import iter_wikipedia

    head, tail = wiki_dump(wiki_page(1, ENGLISH) + "\0" + wiki_page(3, ENGLISH)).split(b"\0")
    big_start, big_end = wiki_page(2, "\0").encode().split(b"\0")
    stream = generated([head, big_start, (b"word ", HUGE), big_end, tail])
    records, peak = peak_bytes(
        lambda: _records(iter_wikipedia(stream, "testwiki.xml", "w", max_record_bytes=LIMIT))
    )
    assert [r.get("reason") for r in records] == [None, "record_too_large", None]
    assert peak < MAX_HELD, f"held {peak >> 20} MB"

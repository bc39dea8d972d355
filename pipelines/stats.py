"""The run's exact counts (``OUT/_stats.json``), from the records the shard writers wrote.

Rows: ``kind`` (kept | replica | rejected | pii | unledgered), source, language, stage, reason,
docs, bytes. The report is built from this file, not from runner metrics, which some runners
report only approximately.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines.filesystem import join

STATS_FILE = "_stats.json"
FIELDS = ("kind", "source", "language", "stage", "reason")

StatKey = tuple[str, str, str, str, str]
Stat = tuple[StatKey, tuple[int, int]]


def sum_pairs(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """(docs, bytes) pairs added up: the combiner of every count in the run."""
    docs = size = 0
    for count, nbytes in pairs:
        docs += count
        size += nbytes
    return docs, size


def doc_stats(doc: dict[str, Any]) -> list[Stat]:
    """A written document: kept (or an up-sampled copy) plus its PII hits per entity type.

    Copies are counted apart: the invariant "every input record is kept or rejected exactly
    once" is about originals.
    """
    if doc["replica"]:
        return [(("replica", doc["source"], doc["language"], "", ""), (1, doc["n_bytes"]))]
    stats: list[Stat] = [(("kept", doc["source"], doc["language"], "", ""), (1, doc["n_bytes"]))]
    for entity, count in (doc.get("pii") or {}).items():
        stats.append((("pii", doc["source"], doc["language"], "pii", entity), (count, 0)))
    return stats


def reject_stat(rej: dict[str, Any]) -> Stat:
    key = ("rejected", rej["source"], rej.get("language") or "", rej["stage"], rej["reason"])
    return key, (1, rej.get("n_bytes") or 0)


def unledgered_stat(source: str, language: str, stage: str, reason: str, n_bytes: int) -> Stat:
    """A document dropped without a ledger row (balance's down-sampling, unless ledgered)."""
    return ("unledgered", source, language, stage, reason), (1, n_bytes)


class _WriteStats(beam.DoFn):
    def __init__(self, output: str):
        self._output = output

    def process(self, rows: list[Stat]) -> Iterator[str]:
        table = [
            dict(zip(FIELDS, key, strict=True)) | {"docs": d, "bytes": b} for key, (d, b) in rows
        ]
        table.sort(key=lambda row: tuple(row[f] for f in FIELDS))
        path = join(self._output, STATS_FILE)
        with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            handle.write(json.dumps(table, indent=1).encode("utf-8"))
        yield path


class WriteStats(beam.PTransform):
    """Stat pairs → summed per key → ``OUT/_stats.json``; unledgered drops are left to the
    balance plan file (the report adds them from there)."""

    def __init__(self, output: str):
        super().__init__()
        self._output = output

    def expand(self, stats: beam.PCollection) -> beam.PCollection:
        return (
            stats
            | "NotUnledgered" >> beam.Filter(lambda stat: stat[0][0] != "unledgered")
            | "SumStats" >> beam.CombinePerKey(sum_pairs)
            | "CollectStats" >> beam.combiners.ToList()
            | "WriteStats" >> beam.ParDo(_WriteStats(self._output))
        )

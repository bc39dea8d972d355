"""Deterministic, atomic Parquet output: data shards per language, the rejects ledger, run stats.

Why not ``WriteToParquet``: its shard assignment depends on bundle boundaries, so two runs (or two
runners) give different files. Here a row's shard is a seeded hash of its id, the number of shards
per partition is derived from the partition's size (computed in the pipeline), rows are sorted by
id inside a shard, and every shard is written to a temporary name and renamed when complete. Same
input and config therefore give byte-identical files on any runner, and a crashed run never
leaves a half-written file under a final name.

Memory: one shard is sorted in memory on one worker, so ``shards.target_shard_bytes`` bounds it.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines.config import ShardsConfig
from pipelines.schema import DATA_FILE_SCHEMA, REJECT_SCHEMA, to_table

STATS_FILE = "_stats.json"
REJECTS_DIR = "rejects"


def stable_hash(text: str, salt: str = "") -> int:
    """A 64-bit hash that is the same in every process (unlike ``hash``, which is salted)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8, person=salt.encode()[:16])
    return int.from_bytes(digest.digest(), "big")


def data_partition(doc: dict[str, Any]) -> str:
    """Hive-style directory of a document: readers get ``language`` back from the path."""
    return f"data/language={doc['language']}"


def join(*parts: str) -> str:
    """Join path parts for local paths and URLs alike."""
    head, *rest = parts
    return FileSystems.join(head, *rest) if rest else head


def write_atomically(path: str, table: pa.Table, compression: str, row_group_rows: int) -> None:
    """Write to a temporary sibling, then rename: readers never see a partial file."""
    directory = FileSystems.split(path)[0]
    if not FileSystems.exists(directory):
        FileSystems.mkdirs(directory)
    tmp = join(directory, f".tmp-{uuid.uuid4().hex}-{FileSystems.split(path)[1]}")
    with FileSystems.create(tmp, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        pq.write_table(
            table,
            handle,
            compression=None if compression == "none" else compression,
            row_group_size=row_group_rows,
            write_statistics=True,
        )
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


class _WriteShard(beam.DoFn):
    def __init__(self, output: str, schema: pa.Schema, shards: ShardsConfig, sort_fields: tuple):
        self._output = output
        self._schema = schema
        self._shards = shards
        self._sort_fields = sort_fields

    def process(
        self, element: tuple[tuple[str, int, int], Iterable[dict[str, Any] | None]]
    ) -> Iterator[str]:
        (partition, index, total), rows = element
        records = sorted(
            (row for row in rows if row is not None),
            key=lambda row: tuple(row[f] for f in self._sort_fields),
        )
        path = join(self._output, partition, f"part-{index:05d}-of-{total:05d}.parquet")
        table = to_table(records, self._schema)
        write_atomically(path, table, self._shards.compression, self._shards.row_group_rows)
        yield path


class WriteShardedParquet(beam.PTransform):
    """records → ``OUT/<partition>/part-NNNNN-of-MMMMM.parquet``, deterministically."""

    def __init__(
        self,
        output: str,
        schema: pa.Schema,
        shards: ShardsConfig,
        partition_of,
        sort_fields: tuple[str, ...],
        always_partitions: tuple[str, ...] = (),
    ):
        super().__init__()
        self._output = output
        self._schema = schema
        self._shards = shards
        self._partition_of = partition_of
        self._sort_fields = sort_fields
        self._always = always_partitions

    def expand(self, records: beam.PCollection) -> beam.PCollection:
        shards = self._shards
        partition_of = self._partition_of

        def shard_count(item: tuple[str, int]) -> tuple[str, int]:
            partition, size = item
            if shards.num_shards:
                return partition, shards.num_shards
            return partition, max(1, math.ceil(size / shards.target_shard_bytes))

        sizes = records | "Sizes" >> beam.Map(lambda r: (partition_of(r), r.get("n_bytes") or 0))
        seeds = records.pipeline | "Always" >> beam.Create([(p, 0) for p in self._always])
        counts = (
            (sizes, seeds)
            | "AllSizes" >> beam.Flatten()
            | "SizePerPartition" >> beam.CombinePerKey(sum)
            | "ShardCount" >> beam.Map(shard_count)
        )

        def keyed(record: dict[str, Any], totals: dict[str, int]):
            partition = partition_of(record)
            total = totals[partition]
            # Replicas hash apart so the copies of one document do not share a shard.
            key = (
                record["id"] if not record.get("replica") else f"{record['id']}#{record['replica']}"
            )
            return (partition, stable_hash(key) % total, total), record

        rows = records | "Key" >> beam.Map(keyed, totals=beam.pvalue.AsDict(counts))
        empties = counts | "EveryShard" >> beam.FlatMap(
            lambda item: [((item[0], i, item[1]), None) for i in range(item[1])]
        )
        return (
            (rows, empties)
            | "WithEmpties" >> beam.Flatten()
            | "GroupShards" >> beam.GroupByKey()
            | "Write"
            >> beam.ParDo(_WriteShard(self._output, self._schema, shards, self._sort_fields))
        )


def _doc_stat(doc: dict[str, Any]) -> tuple[tuple[str, ...], tuple[int, int]]:
    # Up-sampled copies are counted apart: the invariant "every input record is kept or
    # rejected exactly once" is about originals.
    kind = "kept" if doc["replica"] == 0 else "replica"
    return (kind, doc["source"], doc["language"], "", ""), (1, doc["n_bytes"])


def _pii_stats(doc: dict[str, Any]) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """PII hits per entity type of an original document, for the report's totals."""
    if doc["replica"]:
        return []
    return [
        (("pii", doc["source"], doc["language"], "pii", entity), (count, 0))
        for entity, count in (doc.get("pii") or {}).items()
    ]


def _reject_stat(rej: dict[str, Any]) -> tuple[tuple[str, ...], tuple[int, int]]:
    key = ("rejected", rej["source"], rej.get("language") or "", rej["stage"], rej["reason"])
    return key, (1, rej.get("n_bytes") or 0)


def sum_pairs(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    docs = size = 0
    for count, nbytes in pairs:
        docs += count
        size += nbytes
    return docs, size


class _WriteStats(beam.DoFn):
    def __init__(self, output: str):
        self._output = output

    def process(self, rows: list[tuple[tuple[str, ...], tuple[int, int]]]) -> Iterator[str]:
        fields = ("kind", "source", "language", "stage", "reason")
        table = [
            dict(zip(fields, key, strict=True)) | {"docs": d, "bytes": b} for key, (d, b) in rows
        ]
        table.sort(key=lambda row: tuple(row[f] for f in fields))
        path = join(self._output, STATS_FILE)
        with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            handle.write(json.dumps(table, indent=1).encode("utf-8"))
        yield path


class WriteOutputs(beam.PTransform):
    """Kept documents, rejects and the counts the report is built from."""

    def __init__(self, output: str, shards: ShardsConfig):
        super().__init__()
        self._output = output
        self._shards = shards

    def expand(self, pcolls: tuple[beam.PCollection, beam.PCollection]) -> beam.PCollection:
        docs, rejects = pcolls
        data_files = docs | "WriteData" >> WriteShardedParquet(
            self._output, DATA_FILE_SCHEMA, self._shards, data_partition, ("id", "replica")
        )
        reject_files = rejects | "WriteRejects" >> WriteShardedParquet(
            self._output,
            REJECT_SCHEMA,
            self._shards,
            lambda _: REJECTS_DIR,
            ("id", "stage"),
            always_partitions=(REJECTS_DIR,),
        )
        stats = (
            (
                docs | "DocStats" >> beam.Map(_doc_stat),
                docs | "PiiStats" >> beam.FlatMap(_pii_stats),
                rejects | "RejStats" >> beam.Map(_reject_stat),
            )
            | "AllStats" >> beam.Flatten()
            | "SumStats" >> beam.CombinePerKey(sum_pairs)
            | "CollectStats" >> beam.combiners.ToList()
            | "WriteStats" >> beam.ParDo(_WriteStats(self._output))
        )
        return (data_files, reject_files, stats) | "AllFiles" >> beam.Flatten()

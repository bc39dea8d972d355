"""Deterministic, atomic Parquet output written from the spill files: data shards per language,
the rejects ledger, and the counts of the run.

Why not ``WriteToParquet``: its shard assignment depends on bundle boundaries, so two runs (or two
runners) give different files. Here every output row is planned before any file is written:

1. the documents' small keys are joined with every decision stage's payloads by id
   (``pipelines.decisions``; ids only), which gives each document its fate: dropped by a stage,
   or kept, down-sampled or up-sampled by balance (``pipelines.balance``);
2. each output row gets its partition (``data/language=xx`` or ``rejects``) and size; the
   number of shards of a partition follows from its size (``shards.target_shard_bytes``) or is
   ``shards.num_shards``; a row's shard is the range of the 64-bit hash space its id's stable
   hash falls in (an up-sampled copy hashes ``id#replica``, so copies spread over shards);
3. one GroupByKey per shard of the row plans (ids and payloads, no text);
4. each shard's writer reads its rows' text from the spill files of its hash range
   (``pipelines.spill``), applies the decisions, sorts by id and writes a temporary file that it
   renames when complete.

Same input and config therefore give byte-identical files on any runner, a crashed run never
leaves a half-written file under a final name, and the text of a document crosses no shuffle:
it is written to a spill file once and read back once per partition that needs it (its
language's data, and the rejects ledger if a decision stage dropped it).

Memory of a writer: its row plans (ids), and a sort buffer of ``SORT_BUFFER_BYTES``; a larger
shard is sorted in runs on local disk and merged, so a worker never holds a whole shard.
"""

from __future__ import annotations

import heapq
import math
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipelines.balance import BALANCE_STAGE, PlanRates, WritePlan, group_of, replicas_for
from pipelines.config import BalanceConfig, ShardsConfig
from pipelines.decisions import Applier, apply_all, first_drop, payloads_of, tag_decisions
from pipelines.filesystem import ensure_directory, join, publish, temporary_sibling
from pipelines.hashing import hash_range, stable_hash
from pipelines.schema import (
    DATA_FILE_SCHEMA,
    REJECT_SCHEMA,
    is_reject,
    reject_from_doc,
    to_table,
)
from pipelines.spill import FILES, REJECTS_CLASS, SpillRecords, Token, read_spill, spill_bucket
from pipelines.stats import WriteStats, doc_stats, reject_stat, unledgered_stat

REJECTS_DIR = "rejects"
STATS = "stats"
UNLEDGERED = "unledgered"
# Bytes of encoded rows a shard writer sorts in memory before it sorts the rest in runs on disk.
SORT_BUFFER_BYTES = 64 * 1024 * 1024
# Rows turned into Arrow at a time while a row group is built.
ARROW_SLICE_ROWS = 1000

# A document's key for the planner: (id, (language, source, n_bytes, spill token)).
DocKey = tuple[str, tuple[str, str, int, Token]]
# The plan of one output row: (id, replica, spill class, payloads, balance note, spill token).
# The note is None, or the down-sampling rate of a document balance drops (ledgered, or
# annotated); the token names the spilled record (ids need not be unique, tokens are).
RowPlan = tuple[str, int, str, tuple, float | None, Token]
Task = tuple[str, int, int]  # (partition, shard index, shard count)


def data_partition(language: str) -> str:
    """Hive-style directory of a document: readers get ``language`` back from the path."""
    return f"data/language={language}"


# ----- per document: spill the text, keep the key ----------------------------------------------


def _doc_key(doc: dict[str, Any], token: Token) -> DocKey:
    return doc["id"], (doc["language"], doc["source"], doc["n_bytes"], token)


def _language(doc: dict[str, Any]) -> str:
    return doc["language"]


def _rejects_class(_: dict[str, Any]) -> str:
    return REJECTS_CLASS


def _reject_plan(rej: dict[str, Any], token: Token) -> tuple[str, int, RowPlan]:
    """A per-document stage's reject: written as it was spilled."""
    return REJECTS_DIR, rej.get("n_bytes") or 0, (rej["id"], 0, REJECTS_CLASS, (), None, token)


class SpillDocs(beam.PTransform):
    """Candidate documents → spill files (``files``) and their keys (main output)."""

    def __init__(self, spill_dir: str, buckets: int):
        super().__init__()
        self._dir = spill_dir
        self._buckets = buckets

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        spill = SpillRecords(self._dir, self._buckets, _language, _doc_key)
        return docs | "Spill" >> beam.ParDo(spill).with_outputs(FILES, main="keys")


class SpillRejects(beam.PTransform):
    """Rejects of the per-document stages → spill files (``files``) and row plans (main)."""

    def __init__(self, spill_dir: str, buckets: int):
        super().__init__()
        self._dir = spill_dir
        self._buckets = buckets

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, rejects: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        spill = SpillRecords(self._dir, self._buckets, _rejects_class, _reject_plan)
        return rejects | "Spill" >> beam.ParDo(spill).with_outputs(FILES, main="plans")


# ----- planning: every output row, before any text is read ---------------------------------------


def _with_payloads(element) -> Iterator[tuple[str, tuple, tuple]]:
    doc_id, groups = element
    payloads = tuple(sorted(groups["decision"], key=lambda item: item[0]))
    for meta in groups["key"]:
        yield doc_id, meta, payloads


def _no_payloads(key: DocKey) -> tuple[str, tuple, tuple]:
    return key[0], key[1], ()


class _Fate(beam.DoFn):
    """A document with its payloads → the rows it becomes, or (to balance) a survivor."""

    SURVIVOR = "survivor"

    def __init__(self, appliers: Sequence[Applier], mode: str, balance: bool):
        self._appliers = list(appliers)
        self._mode = mode
        self._balance = balance

    def process(self, item: tuple[str, tuple, tuple]) -> Iterator[Any]:
        doc_id, (language, source, n_bytes, token), payloads = item
        if first_drop(doc_id, payloads_of(payloads), self._appliers, self._mode):
            yield REJECTS_DIR, n_bytes, (doc_id, 0, language, payloads, None, token)
        elif self._balance:
            yield beam.pvalue.TaggedOutput(self.SURVIVOR, item)
        else:
            yield data_partition(language), n_bytes, (doc_id, 0, language, payloads, None, token)


class _Balance(beam.DoFn):
    """A survivor of the decision stages → its rows after balance's sampling (copies by
    ``balance.replicas_for``: a seeded coin of the id, so the plan alone decides them)."""

    def __init__(self, config: BalanceConfig, mode: str):
        self._config = config
        self._mode = mode

    def setup(self) -> None:
        self._dropped = Metrics.counter(BALANCE_STAGE, "rejected:downsampled")
        self._replicas = Metrics.counter(BALANCE_STAGE, "replicas")

    def process(self, item: tuple[str, tuple, tuple], plan: dict[str, Any]) -> Iterator[Any]:
        doc_id, (language, source, n_bytes, token), payloads = item
        group = group_of(language, source, self._config.by)
        rate = plan[group]["rate"]
        copies = replicas_for(doc_id, rate, self._config.seed)
        if copies == 0:
            self._dropped.inc()
            plan = (doc_id, 0, language, payloads, rate, token)
            if self._mode == "annotate":
                yield data_partition(language), n_bytes, plan
            elif self._config.ledger_downsampled:
                yield REJECTS_DIR, n_bytes, plan
            else:
                stat = unledgered_stat(source, language, BALANCE_STAGE, "downsampled", n_bytes)
                yield beam.pvalue.TaggedOutput(UNLEDGERED, stat)
            return
        self._replicas.inc(copies - 1)
        for replica in range(copies):
            plan = (doc_id, replica, language, payloads, None, token)
            yield data_partition(language), n_bytes, plan


def _balance_size(item: tuple[str, tuple, tuple], config: BalanceConfig) -> tuple[str, int]:
    _, (language, source, n_bytes, _), _ = item
    return group_of(language, source, config.by), (n_bytes if config.unit == "bytes" else 1)


def _row_hash(plan: RowPlan) -> int:
    doc_id, replica = plan[0], plan[1]
    # Replicas hash apart so the copies of one document do not share a shard.
    return stable_hash(doc_id if not replica else f"{doc_id}#{replica}")


class _Route(beam.DoFn):
    def process(self, row: tuple[str, int, RowPlan], totals: dict[str, int]) -> Iterator[Any]:
        partition, _, plan = row
        total = totals[partition]
        yield (partition, hash_range(_row_hash(plan), total), total), plan


# ----- writing one shard -----------------------------------------------------------------------


class ShardSorter:
    """Rows in, rows out sorted by key, holding at most ``budget`` bytes of encoded rows in
    memory: beyond that, sorted runs go to local temporary files and are merged at the end."""

    def __init__(self, budget: int = SORT_BUFFER_BYTES):
        self._budget = budget
        self._rows: list[tuple[tuple, bytes]] = []
        self._held = 0
        self._runs: list[str] = []
        self._tmp: tempfile.TemporaryDirectory | None = None

    def add(self, key: tuple, record: dict[str, Any]) -> None:
        encoded = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._rows.append((key, encoded))
        self._held += len(encoded)
        if self._held > self._budget:
            self._spill_run()

    def _spill_run(self) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="corpus-prep-sort-")
        path = os.path.join(self._tmp.name, f"run-{len(self._runs):05d}")
        self._rows.sort(key=lambda row: row[0])
        with open(path, "wb") as handle:
            for row in self._rows:
                pickle.dump(row, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._runs.append(path)
        self._rows, self._held = [], 0

    @staticmethod
    def _read_run(path: str) -> Iterator[tuple[tuple, bytes]]:
        with open(path, "rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return

    def sorted_records(self) -> Iterator[dict[str, Any]]:
        self._rows.sort(key=lambda row: row[0])
        streams = [self._read_run(path) for path in self._runs] + [iter(self._rows)]
        try:
            for _, encoded in heapq.merge(*streams, key=lambda row: row[0]):
                yield pickle.loads(encoded)
        finally:
            self._rows = []
            if self._tmp is not None:
                self._tmp.cleanup()
                self._tmp = None


def write_sorted(
    path: str, records: Iterable[dict[str, Any]], schema: pa.Schema, shards: ShardsConfig
) -> int:
    """Sorted records → one Parquet file, a row group at a time, published atomically.

    Row groups of ``row_group_rows`` rows, as ``pq.write_table`` would cut them: the bytes are
    the same as writing the whole table at once. Records become Arrow in slices of
    ``ARROW_SLICE_ROWS``, so a row group is held as Arrow data, not as Python dicts.
    """
    ensure_directory(FileSystems.split(path)[0])
    tmp = temporary_sibling(path)
    compression = None if shards.compression == "none" else shards.compression
    count = 0
    with (
        FileSystems.create(tmp, compression_type=CompressionTypes.UNCOMPRESSED) as handle,
        pq.ParquetWriter(handle, schema, compression=compression, write_statistics=True) as writer,
    ):
        batches: list[pa.RecordBatch] = []
        rows = 0
        pending: list[dict[str, Any]] = []

        def flush_slice() -> None:
            nonlocal pending
            if pending:
                batches.extend(to_table(pending, schema).to_batches())
                pending = []

        def flush_group() -> None:
            nonlocal batches, rows, count
            flush_slice()
            table = pa.Table.from_batches(batches, schema=schema)
            writer.write_table(table, row_group_size=max(1, table.num_rows))
            count += table.num_rows
            batches, rows = [], 0

        for record in records:
            pending.append(record)
            rows += 1
            if len(pending) == ARROW_SLICE_ROWS:
                flush_slice()
            if rows == shards.row_group_rows:
                flush_group()
        if rows or not count:
            flush_group()
    publish(tmp, path)
    return count


def _sort_key(record: dict[str, Any], rejects: bool) -> tuple:
    """Rows sort by id, then replica (data) or stage (rejects); records that share an id (two
    inputs can hold the same page) by their file and offset, so the order never depends on
    which worker read what first."""
    second = record["stage"] if rejects else record["replica"]
    return (record["id"], second, record.get("file") or "", record.get("offset") or -1)


class _WriteShard(beam.DoFn):
    """One shard: its planned rows' text from the spill files, decisions applied, sorted."""

    def __init__(
        self,
        output: str,
        shards: ShardsConfig,
        appliers: Sequence[Applier],
        mode: str,
        buckets: int,
    ):
        self._output = output
        self._shards = shards
        self._appliers = list(appliers)
        self._mode = mode
        self._buckets = buckets

    def process(self, element: tuple[Task, Iterable[RowPlan | None]], files) -> Iterator[Any]:
        (partition, index, total), plans = element
        wanted: dict[Token, list[RowPlan]] = {}
        for plan in plans:
            if plan is not None:
                wanted.setdefault(plan[5], []).append(plan)
        needed = sorted(
            {(p[2], spill_bucket(p[0], self._buckets)) for ps in wanted.values() for p in ps}
        )
        rejects = partition == REJECTS_DIR
        sorter = ShardSorter()
        found: set[Token] = set()
        stats: dict[tuple, list[int]] = {}  # summed here: one stat element per key and shard
        for spill_key in needed:
            for path in sorted(files[spill_key]):
                for token, encoded in read_spill(path):
                    plans_of = wanted.get(token)
                    if plans_of is None:
                        continue
                    found.add(token)
                    for record in self._rows(pickle.loads(encoded), plans_of, rejects):
                        sorter.add(_sort_key(record, rejects), record)
                        for stat_key, (docs, size) in (
                            [reject_stat(record)] if rejects else doc_stats(record)
                        ):
                            counts = stats.setdefault(stat_key, [0, 0])
                            counts[0] += docs
                            counts[1] += size
        if len(found) != len(wanted):
            missing = sorted({wanted[t][0][0] for t in set(wanted) - found})[:3]
            raise RuntimeError(
                f"{partition} shard {index}: {len(wanted) - len(found)} planned documents not "
                f"found in the spill files (e.g. {missing}): were they deleted during the run?"
            )
        schema = REJECT_SCHEMA if rejects else DATA_FILE_SCHEMA
        path = join(self._output, partition, f"part-{index:05d}-of-{total:05d}.parquet")
        write_sorted(path, sorter.sorted_records(), schema, self._shards)
        yield path
        for stat_key, (docs, size) in stats.items():
            yield beam.pvalue.TaggedOutput(STATS, (stat_key, (docs, size)))

    def _rows(self, record: dict[str, Any], plans: list[RowPlan], rejects: bool):
        """The output rows of one spilled record for this shard."""
        if is_reject(record):  # a per-document stage's reject, final as spilled
            yield record
            return
        _, _, _, payloads, rate, _ = plans[0]
        out = apply_all(record, payloads_of(payloads), self._appliers, self._mode)
        if rate is not None:
            if self._mode == "annotate":
                out["verdicts"].append(f"{BALANCE_STAGE}:downsampled")
            elif not is_reject(out):
                out = reject_from_doc(out, stage=BALANCE_STAGE, reason="downsampled", score=rate)
        if is_reject(out) != rejects:
            raise RuntimeError(
                f"document {record['id']}: planned for {'rejects' if rejects else 'data'} but "
                "its decisions say otherwise (an Applier's drops() and apply() disagree)"
            )
        if rejects:
            yield out
            return
        for plan in sorted(plans, key=lambda p: p[1]):
            replica = plan[1]
            yield (
                out
                if not replica
                else {**out, "replica": replica, "verdicts": list(out["verdicts"])}
            )


# ----- the whole output ------------------------------------------------------------------------


class WriteOutputs(beam.PTransform):
    """Keys, spilled rejects, spill files and decisions → data shards, rejects, stats, plan.

    Inputs (a dict): ``keys`` (``DocKey`` of every candidate document), ``rejects`` (row plans
    of the per-document stages' rejects), ``files`` (every spill file), ``decisions``
    (``{stage: (id, payload)}``, in stage order with ``appliers``).
    """

    def __init__(
        self,
        output: str,
        shards: ShardsConfig,
        mode: str,
        appliers: Sequence[Applier],
        balance: BalanceConfig | None,
    ):
        super().__init__()
        self._output = output
        self._shards = shards
        self._mode = mode
        self._appliers = list(appliers)
        self._balance = balance

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, inputs: dict[str, Any]) -> beam.PCollection:
        keys, decisions = inputs["keys"], inputs["decisions"]
        if decisions:
            joined = (
                {"key": keys, "decision": tag_decisions(decisions)}
                | "JoinDecisions" >> beam.CoGroupByKey()
                | "WithPayloads" >> beam.FlatMap(_with_payloads)
            )
        else:
            joined = keys | "WithPayloads" >> beam.Map(_no_payloads)
        fates = joined | "Fate" >> beam.ParDo(
            _Fate(self._appliers, self._mode, self._balance is not None)
        ).with_outputs(_Fate.SURVIVOR, main="rows")
        rows = [fates.rows, inputs["rejects"]]
        unledgered = []
        if self._balance is not None:
            config = self._balance
            plan = (
                fates[_Fate.SURVIVOR]
                | "BalanceSizes" >> beam.Map(_balance_size, config)
                | "Plan" >> PlanRates(config)
            )
            balanced = fates[_Fate.SURVIVOR] | "Balance" >> beam.ParDo(
                _Balance(config, self._mode), plan=beam.pvalue.AsSingleton(plan)
            ).with_outputs(UNLEDGERED, main="rows")
            rows.append(balanced.rows)
            unledgered.append(balanced[UNLEDGERED])
            _ = (plan, balanced[UNLEDGERED]) | "WritePlan" >> WritePlan(self._output, config)
        all_rows = rows | "AllRows" >> beam.Flatten()
        shards = self._shards

        def shard_count(item: tuple[str, int]) -> tuple[str, int]:
            partition, size = item
            if shards.num_shards:
                return partition, shards.num_shards
            return partition, max(1, math.ceil(size / shards.target_shard_bytes))

        seeds = keys.pipeline | "Always" >> beam.Create([(REJECTS_DIR, 0)])
        counts = (
            (all_rows | "Sizes" >> beam.Map(lambda row: (row[0], row[1])), seeds)
            | "AllSizes" >> beam.Flatten()
            | "SizePerPartition" >> beam.CombinePerKey(sum)
            | "ShardCount" >> beam.Map(shard_count)
        )
        routed = all_rows | "Route" >> beam.ParDo(_Route(), totals=beam.pvalue.AsDict(counts))
        empties = counts | "EveryShard" >> beam.FlatMap(
            lambda item: [((item[0], i, item[1]), None) for i in range(item[1])]
        )
        files = inputs["files"]
        written = (
            (routed, empties)
            | "WithEmpties" >> beam.Flatten()
            | "GroupShards" >> beam.GroupByKey()
            | "Write"
            >> beam.ParDo(
                _WriteShard(self._output, shards, self._appliers, self._mode, shards.spill_buckets),
                files=beam.pvalue.AsMultiMap(files),
            ).with_outputs(STATS, main="paths")
        )
        stats = (written[STATS], *unledgered) | "AllStats" >> beam.Flatten()
        stats_file = stats | "Stats" >> WriteStats(self._output)
        return (written.paths, stats_file) | "AllFiles" >> beam.Flatten()

"""Spill files: where document text waits, outside Beam, until the shard writers read it.

Why: the decisions (dedup, balance, ...) need ids, hashes and sizes, not text. If the text
travelled with the documents through the graph it would cross every shuffle, and Beam's
DirectRunner holds each shuffled PCollection whole in one process. So the per-document stages
end by writing each record here, and only small key records go on through the graph; the shard
writers read the text back once, at the end.

Layout: ``<spill dir>/<class>/<bucket>/<bundle uuid>.spill``. The class is the record's output
partition as far as it is known when the text is written (the language of a candidate
document, ``rejects`` for a record a per-document stage already rejected); the bucket is the
record's range of the id hash (``hash_range(stable_hash(id), buckets)``), so the writer of an
output shard, which holds one range of the same hash, opens only the files of its buckets.
Every bundle writes its own files and announces them on an output of its own: a retried bundle
leaves orphans that nobody reads, never duplicates.

A file is a sequence of frames: the record's token and the length of the pickled record
(little-endian), then the record. The token (a random number of the bundle and the record's
serial in it) is what the plans downstream name a record by: ids are not unique in every input
(two dumps can hold the same page), tokens are. A reader skips the records it does not want
without unpickling them.
"""

from __future__ import annotations

import pickle
import struct
import uuid
from collections.abc import Iterator
from typing import Any, BinaryIO

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindows

from pipelines.filesystem import join
from pipelines.hashing import hash_range, stable_hash

SPILL_DIR = "_spill"
REJECTS_CLASS = "rejects"
FILES = "files"
_FRAME = struct.Struct("<QII")
# A record's token: (bundle number, serial in the bundle).
Token = tuple[int, int]

# A spill file as announced to the shard writers: ((class, bucket), path)
SpillFile = tuple[tuple[str, int], str]


def spill_bucket(doc_id: str, buckets: int) -> int:
    return hash_range(stable_hash(doc_id), buckets)


def encode_record(record: dict[str, Any], token: Token) -> bytes:
    payload = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
    return _FRAME.pack(token[0], token[1], len(payload)) + payload


def read_frames(handle: BinaryIO) -> Iterator[tuple[Token, bytes]]:
    """(token, pickled record) of each record in a spill file; unpickling is left to the reader."""
    while header := handle.read(_FRAME.size):
        bundle, serial, size = _FRAME.unpack(header)
        yield (bundle, serial), handle.read(size)


def read_spill(path: str) -> Iterator[tuple[Token, bytes]]:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        yield from read_frames(handle)


class SpillRecords(beam.DoFn):
    """records → spill files; emits what ``describe`` makes of each record, and the files.

    ``class_of(record)`` names the record's spill class; ``describe(record, token)`` is the
    small record that goes on through the graph in its place.
    """

    def __init__(self, spill_dir: str, buckets: int, class_of, describe):
        self._dir = spill_dir
        self._buckets = buckets
        self._class_of = class_of
        self._describe = describe

    def setup(self) -> None:
        self._bytes = Metrics.counter("spill", "bytes")
        self._records = Metrics.counter("spill", "records")

    def start_bundle(self) -> None:
        bundle = uuid.uuid4()
        self._bundle = bundle.hex
        self._number = bundle.int >> 64  # the bundle part of its records' tokens
        self._serial = 0
        self._open: dict[tuple[str, int], tuple[str, BinaryIO]] = {}

    def _handle(self, key: tuple[str, int]) -> BinaryIO:
        if key not in self._open:
            path = join(self._dir, key[0], f"{key[1]:05d}", f"{self._bundle}.spill")
            handle = FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED)
            self._open[key] = (path, handle)
        return self._open[key][1]

    def process(self, record: dict[str, Any]) -> Iterator[Any]:
        key = (self._class_of(record), spill_bucket(record["id"], self._buckets))
        token = (self._number, self._serial)
        self._serial += 1
        frame = encode_record(record, token)
        self._handle(key).write(frame)
        self._bytes.inc(len(frame))
        self._records.inc()
        yield self._describe(record, token)

    def finish_bundle(self) -> Iterator[Any]:
        for key, (path, handle) in sorted(self._open.items()):
            handle.close()
            yield beam.pvalue.TaggedOutput(FILES, GlobalWindows.windowed_value((key, path)))
        self._open = {}


def delete_spill(spill_dir: str) -> None:
    """Remove a run's spill files (after the shards are written, or before a new run)."""
    if FileSystems.exists(spill_dir):
        FileSystems.delete([spill_dir])

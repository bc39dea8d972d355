"""RSS of the DirectRunner's grouping buffer for MinHash's first LSH shuffle, old and new records.

The FnApiRunner behind the DirectRunner holds a GroupByKey's input in its own process, decoded
into Python objects (``GroupingBuffer``: encoded key → list of values). This fills one such buffer
with the bucket entries of N documents (25 bands, web-style ids, random band keys) and prints the
RSS it holds:

- ``per-key``: the records before (``((band, bucket, salt), id)``: one key per entry);
- ``grouped``: ``pipelines.dedup._bucket_entries`` as it is (``((band, salt, group), bucket bytes
  + id bytes)``: ``BUCKET_GROUPS`` groups per band and salt).

    python scripts/bench_runner_buffers.py --docs 30960 --records grouped
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from apache_beam import coders
from apache_beam.coders.coder_impl import create_OutputStream
from apache_beam.runners.portability.fn_api_runner.execution import GroupingBuffer
from apache_beam.transforms import core, window

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.dedup import _bucket_entries, bucket_salt  # noqa: E402

BANDS = 25


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def per_key(doc_id: str, buckets: list[int]) -> Iterator[tuple[Any, Any]]:
    salt = bucket_salt(doc_id)
    for band, bucket in enumerate(buckets):
        yield (band, bucket, salt), doc_id


def grouped(doc_id: str, buckets: list[int]) -> Iterator[tuple[Any, Any]]:
    bands = b"".join(bucket.to_bytes(8, "little") for bucket in buckets)
    yield from _bucket_entries((doc_id, "web", 0, None, bands))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=30_960)
    parser.add_argument("--records", choices=["per-key", "grouped"], required=True)
    args = parser.parse_args()
    rng = random.Random(0)
    # What Beam infers for these untyped tuples (bucket keys exceed VarIntCoder's int64).
    pair = coders.TupleCoder([coders.FastPrimitivesCoder(), coders.FastPrimitivesCoder()])
    windowed = coders.WindowedValueCoder(pair, coders.coders.GlobalWindowCoder())
    buffer = GroupingBuffer(windowed, windowed, core.Windowing(window.GlobalWindows()))
    entries = per_key if args.records == "per-key" else grouped
    impl = windowed.get_impl()
    gc.collect()
    before = rss_mb()
    for start in range(0, args.docs, 1000):
        out = create_OutputStream()
        for _ in range(start, min(args.docs, start + 1000)):
            doc_id = f"web/{uuid.UUID(int=rng.getrandbits(128))}"
            buckets = [rng.getrandbits(64) for _ in range(BANDS)]
            for entry in entries(doc_id, buckets):
                impl.encode_to_stream(window.GlobalWindows.windowed_value(entry), out, True)
        buffer.append(out.get())
    gc.collect()
    held = rss_mb() - before
    print(
        f"{args.records}: {args.docs} documents, {len(buffer._table)} keys, {held:.0f} MB "
        f"({held * 2**20 / args.docs:.0f} bytes per document)"
    )


if __name__ == "__main__":
    main()

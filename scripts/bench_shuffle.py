"""Bytes that cross each shuffle of a corpus-prep run, per input document: Beam's own encoding.

    python scripts/bench_shuffle.py CONFIG [--set key=value ...]

Runs the job in this process on the DirectRunner's in-memory mode (FnApiRunner) and counts, in
the runner, the encoded bytes appended to every grouping buffer (one per GroupByKey: a shuffle on
a cluster, memory in the runner process on the DirectRunner) and to every materialised buffer
between fused stages. No counter in the pipeline: the figures are the runner's own bytes, for
the graph of whatever code is on ``PYTHONPATH`` (so the same script measures an older version).

Prints one JSON object: input documents, and per shuffle (GroupByKey transform name) the bytes,
the bytes per input document, and whether any of 50 texts the run wrote (a seeded sample of the
output and the rejects) occurs in it; and how many of the materialised buffers hold one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from apache_beam.runners.portability.fn_api_runner import execution

# Texts are recognised by a prefix this long (long enough not to occur by chance in ids/hashes).
TEXT_PROBE_CHARS = 48
# Texts looked for in the shuffled bytes (a seeded sample: each search scans every byte).
PROBES = 50


class ShuffleMeter:
    """Counts bytes per grouping buffer and keeps them, to look for document texts afterwards."""

    def __init__(self):
        self.grouped: dict[str, int] = defaultdict(int)
        self.materialised: dict[str, int] = defaultdict(int)
        self.chunks: dict[str, list[bytes]] = defaultdict(list)
        self.materialised_chunks: dict[str, list[bytes]] = defaultdict(list)

    def text_seen(self, probes: set[bytes], materialised: bool = False) -> dict[str, int]:
        """Per GroupByKey (or, with ``materialised``, per buffer between fused stages: what
        the runner holds until the next stage runs): how many of the probes (text prefixes)
        occur in its bytes."""
        seen = {}
        kept = self.materialised_chunks if materialised else self.chunks
        for name, chunks in kept.items():
            data = b"".join(chunks)
            found = sum(1 for probe in probes if probe in data)
            if found:
                seen[name] = found
        return seen

    @contextmanager
    def installed(self) -> Iterator[ShuffleMeter]:
        """Patch the FnApiRunner's buffer factory for the duration of the block."""
        original: Callable = execution.BundleContextManager.get_buffer
        meter = self

        def get_buffer(self, buffer_id: bytes, transform_id: str):
            buffer = original(self, buffer_id, transform_id)
            kind, name = execution.split_buffer_id(buffer_id)
            kept = {"group": meter.chunks, "materialize": meter.materialised_chunks}.get(kind)
            if kept is None or getattr(buffer, "_metered", False):
                return buffer
            counts = meter.grouped if kind == "group" else meter.materialised
            append = buffer.append

            def metered(data: bytes, _name=name, _counts=counts, _kept=kept) -> None:
                _counts[_name] += len(data)
                _kept[_name].append(bytes(data))
                append(data)

            buffer.append = metered
            buffer._metered = True
            return buffer

        execution.BundleContextManager.get_buffer = get_buffer
        try:
            yield self
        finally:
            execution.BundleContextManager.get_buffer = original


def text_probes(texts: list[str], limit: int | None = None) -> set[bytes]:
    """Prefixes of the texts (a seeded sample of ``limit`` of them when given)."""
    probes = sorted(
        {t[:TEXT_PROBE_CHARS].encode("utf-8") for t in texts if len(t) >= TEXT_PROBE_CHARS}
    )
    if limit is not None and len(probes) > limit:
        probes = random.Random(0).sample(probes, limit)
    return set(probes)


def output_texts(output: str) -> list[str]:
    """Every text the run wrote, kept or rejected."""
    import pyarrow.parquet as pq

    texts = []
    for part in ("data", "rejects"):
        texts += [
            t
            for t in pq.read_table(f"{output}/{part}", columns=["text"]).column("text").to_pylist()
            if t
        ]
    return texts


def measure(config_path: str, overrides: list[str]) -> dict[str, Any]:
    from pipelines.config import load_config
    from pipelines.run import run

    config = load_config(config_path, [*overrides, "shards.num_shards=0"])
    meter = ShuffleMeter()
    with meter.installed():
        report = run(config, ["--direct_running_mode=in_memory"], overwrite=True)
    probes = text_probes(output_texts(config.output), limit=PROBES)
    seen = meter.text_seen(probes)
    docs = report["totals"]["input_records"]
    return {
        "input_docs": docs,
        "shuffles": {
            name: {
                "bytes": size,
                "bytes_per_doc": round(size / max(docs, 1), 1),
                "with_text": bool(seen.get(name)),
            }
            for name, size in sorted(meter.grouped.items(), key=lambda kv: -kv[1])
        },
        "shuffle_bytes_per_doc": round(sum(meter.grouped.values()) / max(docs, 1), 1),
        "materialised_bytes_per_doc": round(sum(meter.materialised.values()) / max(docs, 1), 1),
        "materialised_with_text": len(meter.text_seen(probes, materialised=True)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    args = parser.parse_args()
    json.dump(measure(args.config, args.overrides), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

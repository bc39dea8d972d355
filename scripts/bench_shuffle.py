"""Bytes that cross each shuffle of a corpus-prep run, per input document: Beam's own encoding.

    python scripts/bench_shuffle.py CONFIG [--set key=value ...]

Runs the job in this process on the DirectRunner's in-memory mode (FnApiRunner) and counts, in
the runner, the encoded bytes appended to every grouping buffer (one per GroupByKey: a shuffle on
a cluster, memory in the runner process on the DirectRunner) and to every materialised buffer
between fused stages. No counter in the pipeline: the figures are the runner's own bytes, for
the graph of whatever code is on ``PYTHONPATH`` (so the same script measures an older version).

Prints one JSON object: input documents, and per shuffle (GroupByKey transform name) the bytes,
the bytes per input document, and whether any document's text was seen in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from apache_beam.runners.portability.fn_api_runner import execution

# Texts are recognised by a prefix this long (long enough not to occur by chance in ids/hashes).
TEXT_PROBE_CHARS = 48


class ShuffleMeter:
    """Counts bytes per grouping buffer, and looks for document texts in them."""

    def __init__(self, probes: set[bytes] | None = None):
        self.grouped: dict[str, int] = defaultdict(int)
        self.materialised: dict[str, int] = defaultdict(int)
        self.text_seen: dict[str, int] = defaultdict(int)
        self._probes = probes or set()

    def _look(self, name: str, data: bytes) -> None:
        for probe in self._probes:
            if probe in data:
                self.text_seen[name] += 1
                return

    @contextmanager
    def installed(self) -> Iterator[ShuffleMeter]:
        """Patch the FnApiRunner's buffer factory for the duration of the block."""
        original: Callable = execution.BundleContextManager.get_buffer
        meter = self

        def get_buffer(self, buffer_id: bytes, transform_id: str):
            buffer = original(self, buffer_id, transform_id)
            kind, name = execution.split_buffer_id(buffer_id)
            counts = {"group": meter.grouped, "materialize": meter.materialised}.get(kind)
            if counts is None or getattr(buffer, "_metered", False):
                return buffer
            append = buffer.append

            def metered(data: bytes, _name=name, _counts=counts) -> None:
                _counts[_name] += len(data)
                if _counts is meter.grouped:
                    meter._look(_name, data)
                append(data)

            buffer.append = metered
            buffer._metered = True
            return buffer

        execution.BundleContextManager.get_buffer = get_buffer
        try:
            yield self
        finally:
            execution.BundleContextManager.get_buffer = original


def text_probes(texts: list[str]) -> set[bytes]:
    return {t[:TEXT_PROBE_CHARS].encode("utf-8") for t in texts if len(t) >= TEXT_PROBE_CHARS}


def measure(config_path: str, overrides: list[str]) -> dict[str, Any]:
    from pipelines.config import load_config
    from pipelines.run import run

    config = load_config(config_path, [*overrides, "shards.num_shards=0"])
    meter = ShuffleMeter(_input_probes(config))
    with meter.installed():
        report = run(config, ["--direct_running_mode=in_memory"], overwrite=True)
    docs = report["totals"]["input_records"]
    return {
        "input_docs": docs,
        "shuffles": {
            name: {
                "bytes": size,
                "bytes_per_doc": round(size / max(docs, 1), 1),
                "with_text": bool(meter.text_seen.get(name)),
            }
            for name, size in sorted(meter.grouped.items(), key=lambda kv: -kv[1])
        },
        "shuffle_bytes_per_doc": round(sum(meter.grouped.values()) / max(docs, 1), 1),
        "materialised_bytes_per_doc": round(sum(meter.materialised.values()) / max(docs, 1), 1),
    }


def _input_probes(config: Any) -> set[bytes]:
    """Prefixes of the texts of the input's JSONL documents (the one format whose text is
    known before extraction); empty for other formats."""
    import gzip

    from pipelines.sources.read import match_files

    texts = []
    for item in config.inputs:
        if item.format != "jsonl":
            continue
        for path in match_files(item.path):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as handle:
                texts += [json.loads(line).get(item.text_field) or "" for line in handle]
    return text_probes(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    args = parser.parse_args()
    json.dump(measure(args.config, args.overrides), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

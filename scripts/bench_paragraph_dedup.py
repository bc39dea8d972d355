"""CPU cost of paragraph dedup alone on Beam, and a digest of its output to compare versions.

    python scripts/bench_paragraph_dedup.py [--copies 10] [--running-mode in_memory]

Input: the benchmark's extracted web pages (``scripts/web_texts.py``, cached), each in
``--copies`` copies; copy 0 is the page, copy c has one word changed in every line of at least
eight words (seeded), as the replica corpus changes one word per paragraph. Earlier dedup stages
would drop most copies: here copies 1.. of nine pages in ten are passed as ``exclude``, so the
paragraphs of ~1.9 documents per page are counted, as on the replica corpus after MinHash.

Runs ``ParagraphDedup`` (the run's defaults, ``stages.paragraph_dedup``) on the DirectRunner and
prints one JSON object: documents, CPU seconds of this process and its children for the
pipeline and for the same pipeline without the stage (reading and writing the documents), their
difference, and a SHA-256 of the decisions and the summary (sorted), which must not change when
the stage is only made cheaper. Also, in this process: CPU seconds of the per-document half
(``describe_cpu_s``: normalise and hash every document's lines) and the size and coding cost
of what it hands to the first shuffle (``described_mb``, ``code_cpu_s``: Beam's encode and
decode of every record once). The code measured is whatever ``PYTHONPATH`` points to.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import apache_beam as beam
from apache_beam.coders import typecoders
from apache_beam.options.pipeline_options import PipelineOptions

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))
# Worker processes (multi_processing) import web_texts too.
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(SCRIPTS), os.environ.get("PYTHONPATH")])
)

from bench_measure import process_cpu_s  # noqa: E402
from web_texts import web_docs  # noqa: E402

from pipelines.config import ParagraphDedupConfig  # noqa: E402
from pipelines.paragraph_dedup import ParagraphDedup, _Describe  # noqa: E402

# Copies 1.. of a page are excluded unless its index is a multiple of this.
KEPT_EVERY = 10


def vary(text: str, rng: random.Random) -> str:
    """One word of every line of at least eight words replaced by a seeded random word."""
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) >= 8:
            words[rng.randrange(len(words))] = f"w{rng.randrange(10**6)}"
        lines.append(" ".join(words))
    return "\n".join(lines)


def excluded_ids(pages: list[dict[str, Any]], copies: int) -> list[str]:
    """The ids earlier stages would drop (copy c of page p has id ``p.id#c``)."""
    return [
        f"{page['id']}#{copy}"
        for index, page in enumerate(pages)
        if index % KEPT_EVERY
        for copy in range(1, copies)
    ]


class _Copies(beam.DoFn):
    """A page index → its copies, made in the worker (a ``Create`` of the texts themselves
    would cost more CPU than the stage measured)."""

    def __init__(self, shared: Path, cache: Path, copies: int):
        self._shared, self._cache, self._copies = shared, cache, copies

    def setup(self) -> None:
        self._pages = web_docs(self._shared, self._cache)

    def process(self, index: int):
        page = self._pages[index]
        rng = random.Random(index)
        for copy in range(self._copies):
            text = page["text"] if copy == 0 else vary(page["text"], rng)
            yield {
                "id": f"{page['id']}#{copy}",
                "source": "web",
                "text": text,
                "n_bytes": len(text.encode()),
            }


def run(args: argparse.Namespace, pages: int, excluded: list[str], out: Path, stage: bool) -> float:
    """CPU seconds of one pipeline; its outputs under ``out``."""
    options = PipelineOptions(
        flags=[], runner="DirectRunner", direct_running_mode=args.running_mode, direct_num_workers=2
    )
    start = process_cpu_s()
    with beam.Pipeline(options=options) as pipeline:
        pcoll = (
            pipeline
            | "Pages" >> beam.Create(list(range(pages)))
            | "Copies" >> beam.ParDo(_Copies(args.shared, args.cache, args.copies))
        )
        if stage:
            ids = pipeline | "Excluded" >> beam.Create(excluded, reshuffle=False)
            result = pcoll | ParagraphDedup(ParagraphDedupConfig(), exclude=ids)
            _ = (
                result["decisions"]
                | "ReprDecisions" >> beam.Map(repr)
                | "WriteDecisions" >> beam.io.WriteToText(str(out / "decisions"))
            )
            _ = (
                result["summary"]
                | "ReprSummary" >> beam.Map(lambda s: json.dumps(s, sort_keys=True))
                | "WriteSummary" >> beam.io.WriteToText(str(out / "summary"))
            )
        else:
            _ = pcoll | beam.Map(len) | beam.io.WriteToText(str(out / "lengths"))
    return process_cpu_s() - start


def describe_cost(args: argparse.Namespace, pages: int) -> dict[str, float]:
    """The per-document half in this process: CPU seconds, and its records' coding cost."""
    copies = _Copies(args.shared, args.cache, args.copies)
    copies.setup()
    docs = [doc for index in range(pages) for doc in copies.process(index)]
    describe = _Describe(ParagraphDedupConfig(), None)
    describe.setup()
    start = time.process_time()
    described = [record for doc in docs for record in describe.process(doc)]
    describe_s = time.process_time() - start
    coder = typecoders.registry.get_coder(object)
    start = time.process_time()
    encoded = [coder.encode(record) for record in described]
    for record in encoded:
        coder.decode(record)
    return {
        "describe_cpu_s": round(describe_s, 2),
        "described_mb": round(sum(map(len, encoded)) / 1e6, 1),
        "code_cpu_s": round(time.process_time() - start, 2),
    }


def digest(out: Path) -> tuple[str, int]:
    lines = sorted(
        line for path in sorted(out.glob("*-of-*")) for line in path.read_text().splitlines()
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest(), len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=ROOT / "out" / "dedup-eval")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument(
        "--running-mode", default="in_memory", choices=["in_memory", "multi_processing"]
    )
    args, _ = parser.parse_known_args()
    pages = web_docs(args.shared, args.cache)
    excluded = excluded_ids(pages, args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        base = run(args, len(pages), excluded, Path(tmp) / "base", stage=False)
        total = run(args, len(pages), excluded, Path(tmp) / "stage", stage=True)
        sha, decisions = digest(Path(tmp) / "stage")
    halves = describe_cost(args, len(pages))
    print(
        json.dumps(
            {
                "documents": len(pages) * args.copies,
                "excluded": len(excluded),
                "cpu_s_pipeline": round(total, 2),
                "cpu_s_without_stage": round(base, 2),
                "cpu_s_stage": round(total - base, 2),
                "output_lines": decisions,
                "output_sha256": sha,
                **halves,
            }
        )
    )


if __name__ == "__main__":
    main()

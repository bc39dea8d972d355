"""datatrove's closest equivalent of the corpus-prep pipeline, run by ``scripts/bench.py``.

Run as its own process (``LocalPipelineExecutor`` re-imports the main module in its workers, so
the pipelines are built under the ``__main__`` guard) and prints one JSON line: wall seconds per
executor and the document counts from datatrove's own stats.

Pipelines (``--pipeline``):
  full         WarcReader → Trafilatura → LanguageFilter (local lid.176.ftz) → GopherRepetition →
               GopherQuality → C4Quality → FineWebQuality → [PIIFormatter] → JsonlWriter, then
               MinHash signatures → buckets → cluster → filter → ParquetWriter
  floor        WarcReader → Trafilatura → ParquetWriter
  dedup        JsonlReader → the four MinHash stages → ParquetWriter
  dedup-floor  JsonlReader → ParquetWriter

Settings follow corpus-prep's defaults where both have one: languages en+de at 0.65, MinHash
5-gram words with 14 bands × 8 rows.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup.minhash import (
    MinhashConfig,
    MinhashDedupBuckets,
    MinhashDedupCluster,
    MinhashDedupFilter,
    MinhashDedupSignature,
)
from datatrove.pipeline.extractors import Trafilatura
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
    LanguageFilter,
)
from datatrove.pipeline.formatters import PIIFormatter
from datatrove.pipeline.readers import JsonlReader, WarcReader
from datatrove.pipeline.writers import JsonlWriter, ParquetWriter
from datatrove.utils.lid import FT176LID

ROOT = Path(__file__).resolve().parent.parent
LID_MODEL = ROOT / "filters" / "models" / "lid.176.ftz"
LANGUAGES = ["en", "de"]
MINHASH = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)


class LocalFT176LID(FT176LID):
    """datatrove's fastText LID on a local model file: its own class downloads lid.176.bin."""

    def __init__(self, languages: list[str], path: str) -> None:
        super().__init__(languages)
        self.path = path

    @property
    def model(self) -> Any:
        if self._model is None:
            from fasttext.FastText import _FastText

            self._model = _FastText(self.path)
        return self._model


def language_filter() -> LanguageFilter:
    step = LanguageFilter(languages=LANGUAGES, language_threshold=0.65)
    step.model = LocalFT176LID(LANGUAGES, str(LID_MODEL))
    return step


def web_steps(pii: bool) -> list:
    steps = [
        language_filter(),
        GopherRepetitionFilter(),
        GopherQualityFilter(),
        C4QualityFilter(),
        FineWebQualityFilter(),
    ]
    return steps + ([PIIFormatter()] if pii else [])


def minhash_executors(
    docs: Path, work: Path, out: Path, tasks: int, workers: int
) -> list[tuple[str, LocalPipelineExecutor]]:
    """The four MinHash stages over the JSONL documents in ``docs``, in order."""

    def executor(name: str, pipeline: list, n_tasks: int) -> LocalPipelineExecutor:
        return LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=n_tasks,
            workers=min(workers, n_tasks),
            logging_dir=str(work / "logs" / name),
            skip_completed=False,
        )

    sigs, buckets, clusters = work / "sigs", work / "buckets", work / "clusters"
    return [
        (
            "signatures",
            executor(
                "signatures",
                [JsonlReader(str(docs)), MinhashDedupSignature(str(sigs), config=MINHASH)],
                tasks,
            ),
        ),
        (
            "buckets",
            executor(
                "buckets",
                [MinhashDedupBuckets(str(sigs), str(buckets), config=MINHASH)],
                MINHASH.num_buckets,
            ),
        ),
        (
            "cluster",
            executor(
                "cluster", [MinhashDedupCluster(str(buckets), str(clusters), config=MINHASH)], 1
            ),
        ),
        (
            "filter",
            executor(
                "filter",
                [
                    JsonlReader(str(docs)),
                    MinhashDedupFilter(str(clusters)),
                    ParquetWriter(str(out)),
                ],
                tasks,
            ),
        ),
    ]


def plan(args: argparse.Namespace) -> list[tuple[str, LocalPipelineExecutor]]:
    """The executors of the requested pipeline, in the order they must run."""
    work, out = args.work, args.work / "output"
    n = args.workers

    def executor(name: str, pipeline: list) -> LocalPipelineExecutor:
        return LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=n,
            workers=n,
            logging_dir=str(work / "logs" / name),
            skip_completed=False,
        )

    if args.pipeline == "floor":
        steps = [WarcReader(str(args.input), glob_pattern="*.warc.gz"), Trafilatura()]
        return [("main", executor("main", [*steps, ParquetWriter(str(out))]))]
    if args.pipeline == "dedup-floor":
        return [("main", executor("main", [JsonlReader(str(args.input)), ParquetWriter(str(out))]))]
    if args.pipeline == "dedup":
        return minhash_executors(args.input, work, out, n, n)
    filtered = work / "filtered"
    main = [
        WarcReader(str(args.input), glob_pattern="*.warc.gz"),
        Trafilatura(),
        *web_steps(args.pii),
        JsonlWriter(str(filtered)),
    ]
    return [("main", executor("main", main))] + minhash_executors(filtered, work, out, n, n)


def docs_counted(stats_path: Path) -> dict[str, int]:
    """Documents in (first step) and out (last step) according to datatrove's stats.json."""
    steps = [step.get("stats", {}) for step in json.loads(stats_path.read_text())]
    if not steps:
        return {"docs_in": 0, "docs_out": 0}
    first, last = steps[0], steps[-1]
    docs_in = first.get("documents", {}).get("total", first.get("total", 0))
    return {"docs_in": int(docs_in), "docs_out": int(last.get("total", 0))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pipeline", choices=("full", "floor", "dedup", "dedup-floor"), required=True
    )
    parser.add_argument("--input", type=Path, required=True, help="folder of WARC or JSONL files")
    parser.add_argument("--work", type=Path, required=True, help="scratch and output folder")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pii", action="store_true", help="add PIIFormatter")
    args = parser.parse_args()
    result: dict[str, Any] = {"executors": {}}
    for name, executor in plan(args):
        started = time.perf_counter()
        executor.run()
        result["executors"][name] = time.perf_counter() - started
        counts = docs_counted(args.work / "logs" / name / "stats.json")
        result.setdefault("docs_in", counts["docs_in"])
        result["docs_out"] = counts["docs_out"]
    print("BENCH_RESULT " + json.dumps(result))


if __name__ == "__main__":
    main()

"""CPU seconds of one process running the quality stage or the learned extractor on a fixed
stream of replica pages: the per-stage figure for comparing two versions of the code.

    python scripts/bench_stage_cpu.py quality [--copies 3] [--profile]
    python scripts/bench_stage_cpu.py extract [--copies 1] [--profile]

The stream is the benchmark's replica corpus (``scripts/bench_corpus.py``: the web pages, copy
c > 0 with one word per paragraph changed), built under ``.cache/bench/replicas``. ``extract``
reads copies 1 .. ``copies`` with the ``learned`` extractor (gunzip, WARC parsing, decoding,
resiliparse, line model). ``quality`` runs the quality stage in filter mode on the documents of
copies 0 .. ``copies`` - 1, extracted and language-identified once and cached in ``.cache/cpu``, in
file order (a worker meets each page again a copy later, as in the replica runs). Figures are
``time.process_time`` of the loop only (tokenizers and models loaded before), so they hold on
a loaded machine better than wall time; alternate the versions compared and take the best of
several runs. ``--profile`` prints cProfile's top functions instead.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from bench_corpus import build_replicas, replica_name  # noqa: E402

REPLICAS = ROOT / ".cache" / "bench" / "replicas"
STREAM = ROOT / ".cache" / "cpu"


def replica_files(shared: Path, copies: range) -> list[Path]:
    build_replicas(shared, REPLICAS, copies.stop)
    return [REPLICAS / replica_name(copy) for copy in copies]


def read_pages(path: Path, extractor: Any) -> list[dict[str, Any]]:
    """The documents (not rejects) the WARC reader gives for one replica file, opened as the
    pipeline opens it (``open_input``: its gzip reader's CPU is the stage's too)."""
    from pipelines.schema import is_reject
    from pipelines.sources.files import open_input
    from pipelines.sources.warc import iter_warc

    with open_input(str(path)) as stream:
        return [r for r in iter_warc(stream, str(path), "web", extractor) if not is_reject(r)]


def quality_stream(shared: Path, copies: int) -> list[dict[str, Any]]:
    """id, text and language of every document of copies 0 .. copies - 1, cached."""
    cache = STREAM / f"quality-stream-{copies}.jsonl.gz"
    if not cache.exists():
        from filters.extract import HtmlExtractor
        from filters.langid import LanguageId

        extractor = HtmlExtractor("learned")
        docs = []
        for path in replica_files(shared, range(copies)):
            docs += [{"id": r["id"], "text": r["text"]} for r in read_pages(path, extractor)]
        extractor.close()
        LanguageId().annotate_batch(docs)
        cache.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(cache, "wt", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with gzip.open(cache, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def quality_run(shared: Path, copies: int) -> Any:
    from filters.quality import QualityFilter

    docs = quality_stream(shared, copies)
    stage = QualityFilter(short_circuit=True)
    stage.setup()
    for language in sorted({doc["language"] for doc in docs}):
        stage.tokenizer(language)  # loaded before the clock starts

    def run() -> int:
        for doc in docs:
            doc = dict(doc)
            stage.annotate(doc)
            stage.keep(doc)
        return len(docs)

    return run


def extract_run(shared: Path, copies: int) -> Any:
    from filters.extract import HtmlExtractor

    files = replica_files(shared, range(1, copies + 1))
    extractor = HtmlExtractor("learned")
    read_pages(files[0], extractor)  # warm: model, child process, imports
    return lambda: sum(len(read_pages(path, extractor)) for path in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=("quality", "extract"))
    parser.add_argument("--copies", type=int, default=None, help="quality: 3, extract: 1")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--profile", action="store_true", help="cProfile's top functions")
    args = parser.parse_args()
    copies = args.copies or (3 if args.stage == "quality" else 1)
    run = (quality_run if args.stage == "quality" else extract_run)(args.shared, copies)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(run)
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(20)
        stats.sort_stats("cumulative").print_stats(25)
        return
    started = time.process_time()
    n_docs = run()
    cpu = time.process_time() - started
    print(f"{args.stage}: {n_docs} docs, {cpu:.2f} CPU s, {n_docs / cpu:.0f} docs/CPU-s")


if __name__ == "__main__":
    main()

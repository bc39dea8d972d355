"""The benchmark corpus's web pages as extracted documents, cached: input of the dedup measurements.

The pages are the ones ``scripts/bench.py`` runs on (``scripts/bench_corpus.py``'s ``web/`` part:
trafilatura's 1,032 evaluation pages wrapped as WARC, plus the real Common Crawl and wget WARC
samples), read by the project's own WARC reader with the default extractor, so the documents
carry the ids, URLs and dates a run would give them. Extraction is most of the cost, so the
documents are written once to ``out/dedup-eval/web-docs.jsonl.gz`` (``--cache``) and reused while
the extractor and the corpus build parameters are unchanged.

Usage: ``python scripts/web_texts.py [--shared ../shared/data] [--cache out/dedup-eval]`` prints
the number of documents, bytes and the language-neutral script mix.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from bench_corpus import build_corpus  # noqa: E402

from filters.extract import HtmlExtractor  # noqa: E402
from pipelines.schema import is_reject  # noqa: E402
from pipelines.sources.warc import iter_warc  # noqa: E402

EXTRACTOR = "learned"  # the default of inputs[].extractor
CACHE_VERSION = 1


def web_docs(shared: Path, cache: Path) -> list[dict[str, Any]]:
    """Every extracted document of the benchmark's web part (id, url, date, text), sorted by id."""
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / "web-docs.jsonl.gz"
    params = {"version": CACHE_VERSION, "extractor": EXTRACTOR}
    stamp = cache / "web-docs.params.json"
    if out.exists() and stamp.exists() and json.loads(stamp.read_text()) == params:
        with gzip.open(out, "rt", encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]
    corpus = cache / "corpus"
    build_corpus(shared, corpus, shards=1, quick=False)
    extractor = HtmlExtractor(EXTRACTOR)
    docs = []
    for path in sorted((corpus / "web").glob("*.warc.gz")):
        with gzip.open(path, "rb") as stream:
            for record in iter_warc(stream, str(path.relative_to(corpus)), "web", extractor):
                if not is_reject(record):
                    docs.append({k: record[k] for k in ("id", "url", "date", "text")})
    extractor.close()
    docs.sort(key=lambda d: d["id"])
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    stamp.write_text(json.dumps(params))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=ROOT / "out" / "dedup-eval")
    args = parser.parse_args()
    docs = web_docs(args.shared, args.cache)
    total = sum(len(d["text"].encode("utf-8")) for d in docs)
    print(f"{len(docs)} documents, {total:,} bytes of text")


if __name__ == "__main__":
    main()

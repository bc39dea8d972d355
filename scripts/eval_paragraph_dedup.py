"""What paragraph dedup removes from the benchmark's web pages, and whether it removes content.

Input: the benchmark's web pages as the default extractor gives them (``scripts/web_texts.py``).
trafilatura's evaluation file labels, for 990 of those pages, snippets that are main content
(``with``) and snippets that are boilerplate (``without``). For each setting (``min_chars`` x
``min_count``) the script reports bytes and paragraphs removed, documents dropped, and, over the
labelled pages: content snippets lost (a ``with`` snippet inside a removed paragraph: harm) and
boilerplate snippets removed (a ``without`` snippet inside one: the point of the stage).

The stage runs after URL, exact and MinHash dedup, so documents those drop (here: later crawls of
a URL, and the non-survivors of MinHash clusters at the current default setting) neither count
nor lose paragraphs (``--no-exclude`` counts every page).

Split by source, as for every tuned part: settings are chosen on the pages of ``.de`` sites
(``--split tune``, the default for ``--grid``) and reported on all other pages (``--split
held-out``); the counting itself always runs over the whole corpus, as the stage would.

Usage::

    python scripts/eval_paragraph_dedup.py --grid [--split tune]
    python scripts/eval_paragraph_dedup.py [--min-chars N --min-count N] --split held-out
        [--show 20] [--beam]

``--corpus`` adds the other inputs of the benchmark corpus (``scripts/bench.py``'s cache: the
real WARC, WET, Wikipedia and Dolma JSONL samples) of the ``--formats`` that take part (default:
the stage's, warc and wet), read by the project's readers (``--split all`` then).

``--show N`` prints N removed paragraphs drawn at random (seeded) from the split; ``--beam``
also runs ``pipelines.paragraph_dedup.ParagraphDedup`` on DirectRunner and checks that its
decisions equal the in-memory ones, printing its summary (bytes removed, top paragraphs).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tarfile
from pathlib import Path
from typing import Any

from filters.paragraphs import (
    PARAGRAPH_MIN_CHARS,
    PARAGRAPH_MIN_COUNT,
    Decision,
    ParagraphHasher,
    decisions_in_memory,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from web_texts import web_docs  # noqa: E402

PAGES_TAR = "html/trafilatura-pages.tar.gz"
MIN_DOC_WORDS = 50


def labels(shared: Path) -> dict[str, dict[str, list[str]]]:
    """Document URL (as scripts/bench_corpus.py writes it) → {with, without} snippets."""
    with tarfile.open(shared / PAGES_TAR) as tar:
        evaldata = json.load(tar.extractfile("tests/evaldata.json"))
    return {
        f"https://{entry['file'].removesuffix('.html')}/": {
            "with": entry.get("with", []),
            "without": entry.get("without", []),
        }
        for entry in evaldata.values()
    }


def in_split(doc: dict[str, Any], split: str) -> bool:
    """Tune: pages of .de sites; held out: every other page."""
    host = doc["url"].split("/")[2] if doc.get("url") else ""
    german = ".de." in host + "." or host.endswith(".de")
    if split == "everything":
        return True
    return german if split == "tune" else not german


def earlier_drops(docs: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """Ids that URL dedup (newest crawl, then longest, then smallest id) and MinHash dedup (at
    the stage's default setting; smallest id survives) drop before paragraph dedup runs."""
    from eval_dedup import Features, cluster, setting_from

    from filters.urls import UrlNormaliser, crawl_rank

    normaliser, best = UrlNormaliser(), {}
    for doc in docs:
        key = normaliser.key(doc.get("url"))
        rank = crawl_rank(doc["id"], doc.get("date"), len(doc["text"].encode()), "newest")
        if key is not None and (key not in best or rank < best[key]):
            best[key] = rank
    dropped = {
        doc["id"]
        for doc in docs
        if (key := normaliser.key(doc.get("url"))) is not None and best[key][-1] != doc["id"]
    }
    survivors = {d["id"]: (d["text"], None) for d in docs if d["id"] not in dropped}
    setting = setting_from({})

    found = cluster(Features(survivors), setting).found
    return dropped, {doc_id for doc_id, root in found.items() if root != doc_id}


def corpus_docs(corpus: Path, formats: list[str]) -> list[dict[str, Any]]:
    """Every document of the benchmark corpus's inputs of ``formats`` other than the web
    pages, as read (the stage's ``formats`` key: only those take part)."""
    from bench_corpus import corpus_inputs

    from pipelines.config import InputConfig
    from pipelines.schema import is_reject
    from pipelines.sources.read import make_reader, match_files, read_file

    docs = []
    for item in corpus_inputs(corpus, web_only=False):
        if item["source"] == "web" or item["format"] not in formats:
            continue
        reader = make_reader(InputConfig(**item))
        for path in match_files(item["path"]):
            for record in read_file(reader, path, item["source"]):
                if not is_reject(record):
                    url = record.get("url") or f"{item['source']}:{record['id']}"
                    docs.append(
                        {"id": record["id"], "url": url, "date": None, "text": record["text"]}
                    )
    return docs


def removed_paragraphs(doc: dict[str, Any], decision: Decision) -> list[str]:
    lines = doc["text"].split("\n")
    return [lines[i] for i in decision.lines]


def measure(
    docs: list[dict[str, Any]],
    truth: dict[str, dict[str, list[str]]],
    split: str,
    min_chars: int,
    min_count: int,
    excluded: set[str],
) -> tuple[dict[str, Any], dict[str, Decision]]:
    hasher = ParagraphHasher(min_chars=min_chars)
    docs = [d for d in docs if d["id"] not in excluded]
    decisions = decisions_in_memory(
        ((d["id"], d["text"], d["id"]) for d in docs), hasher, min_count, MIN_DOC_WORDS
    )
    part = [d for d in docs if in_split(d, split)]
    scores = {
        "docs": len(part),
        "bytes": sum(len(d["text"].encode()) for d in part),
        "bytes_removed": 0,
        "paragraphs_removed": 0,
        "docs_changed": 0,
        "docs_dropped": 0,
        "content_snippets": 0,
        "content_lost": 0,
        "boilerplate_snippets": 0,
        "boilerplate_removed": 0,
    }
    for doc in part:
        decision = decisions.get(doc["id"])
        removed = removed_paragraphs(doc, decision) if decision else []
        if decision:
            scores["bytes_removed"] += decision.n_bytes
            scores["paragraphs_removed"] += len(decision.lines)
            scores["docs_changed"] += 1
            scores["docs_dropped"] += decision.drop
        label = truth.get(doc.get("url"))
        if label is None:
            continue
        for kind, counter in (("with", "content"), ("without", "boilerplate")):
            present = [s for s in label[kind] if s in doc["text"]]
            hit = sum(any(s in p for p in removed) for s in present)
            scores[f"{counter}_snippets"] += len(present)
            scores[f"{counter}_lost" if kind == "with" else f"{counter}_removed"] += hit
    scores["share_removed"] = scores["bytes_removed"] / scores["bytes"]
    return scores, decisions


def run_beam(
    docs: list[dict[str, Any]], min_chars: int, min_count: int, excluded: set[str]
) -> tuple[dict, dict]:
    """The Beam transform's decisions and summary on the same documents (DirectRunner)."""
    import dataclasses
    import tempfile

    import apache_beam as beam

    from pipelines.config import ParagraphDedupConfig
    from pipelines.paragraph_dedup import ParagraphDedup
    from pipelines.schema import new_doc

    cfg = ParagraphDedupConfig(
        min_chars=min_chars, min_count=min_count, min_doc_words=MIN_DOC_WORDS
    )
    records = [new_doc(id=d["id"], text=d["text"], source="web", url=d["url"]) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        with beam.Pipeline() as pipeline:
            exclude = pipeline | "Excluded" >> beam.Create(sorted(excluded))
            result = pipeline | beam.Create(records) | ParagraphDedup(cfg, exclude=exclude)
            (
                result["decisions"]
                | "DecisionJson" >> beam.Map(lambda kv: json.dumps(dataclasses.asdict(kv[1])))
                | "WriteDecisions" >> beam.io.WriteToText(f"{tmp}/decisions")
            )
            (
                result["summary"]
                | "SummaryJson" >> beam.Map(json.dumps, ensure_ascii=False)
                | "WriteSummary" >> beam.io.WriteToText(f"{tmp}/summary")
            )
        read = [
            json.loads(line)
            for name in ("decisions", "summary")
            for path in sorted(Path(tmp).glob(f"{name}-*"))
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
    summary = read.pop()
    decisions = {d["id"]: Decision(**{**d, "lines": tuple(d["lines"])}) for d in read if "id" in d}
    return decisions, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=ROOT / "out" / "dedup-eval")
    parser.add_argument("--split", choices=("tune", "held-out", "all"), default="tune")
    parser.add_argument("--grid", action="store_true", help="every candidate setting")
    parser.add_argument("--min-chars", type=int, default=PARAGRAPH_MIN_CHARS)
    parser.add_argument("--min-count", type=int, default=PARAGRAPH_MIN_COUNT)
    parser.add_argument("--show", type=int, default=0, help="random removed paragraphs to print")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--beam", action="store_true", help="also run the Beam transform")
    parser.add_argument("--no-exclude", action="store_true", help="count every page")
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="?",
        const=ROOT / ".cache" / "bench" / "corpus-full",
        help="also the benchmark corpus's other inputs (default: scripts/bench.py's cache)",
    )
    parser.add_argument(
        "--formats",
        nargs="+",
        default=["warc", "wet"],
        help="with --corpus: the input formats that take part (the stage's formats key)",
    )
    args = parser.parse_args()
    docs = web_docs(args.shared, args.cache)
    if args.corpus:
        docs = sorted(docs + corpus_docs(args.corpus, args.formats), key=lambda d: d["id"])
    truth = labels(args.shared)
    by_url, by_minhash = (set(), set()) if args.no_exclude else earlier_drops(docs)
    excluded = by_url | by_minhash
    print(
        f"{len(docs)} documents; dropped before: {len(by_url)} by URL dedup "
        f"({', '.join(sorted({d['url'] for d in docs if d['id'] in by_url}))}), "
        f"{len(by_minhash)} by MinHash dedup"
    )
    if args.split == "all":
        args.split = "everything"
    settings = (
        [(c, n) for c in (1, 10, 20, 40, 80) for n in (2, 3, 5, 10)]
        if args.grid
        else [(args.min_chars, args.min_count)]
    )
    print(
        "| min_chars | min_count | docs | share of bytes removed | paragraphs removed |"
        " docs changed | docs dropped | content snippets lost | boilerplate snippets removed |"
    )
    print("|---" * 9 + "|")
    for min_chars, min_count in settings:
        scores, decisions = measure(docs, truth, args.split, min_chars, min_count, excluded)
        print(
            f"| {min_chars} | {min_count} | {scores['docs']} | {scores['share_removed']:.2%} "
            f"({scores['bytes_removed']:,} B) | {scores['paragraphs_removed']} | "
            f"{scores['docs_changed']} | {scores['docs_dropped']} | "
            f"{scores['content_lost']}/{scores['content_snippets']} | "
            f"{scores['boilerplate_removed']}/{scores['boilerplate_snippets']} |",
            flush=True,
        )
    if args.show:
        by_id = {d["id"]: d for d in docs}
        removed = sorted(
            (doc_id, line)
            for doc_id, decision in decisions.items()
            if in_split(by_id[doc_id], args.split)
            for line in removed_paragraphs(by_id[doc_id], decision)
        )
        for doc_id, line in random.Random(args.seed).sample(removed, min(args.show, len(removed))):
            print(f"- {by_id[doc_id]['url']}: {line[:160]!r}")
    if args.beam:
        beam_decisions, summary = run_beam(docs, args.min_chars, args.min_count, excluded)
        print("beam decisions equal in-memory:", beam_decisions == decisions)
        print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

"""Figures of the quality_model stage on the benchmark corpus (docs/quality_model.md).

    python scripts/bench_quality_model.py throughput   # docs per CPU-second of the stage
    python scripts/bench_quality_model.py pages        # top/bottom benchmark pages per language
    python scripts/bench_quality_model.py share --replicas 1 10 --fraction 0.3
    python scripts/bench_quality_model.py quantiles    # Beam's ApproximateQuantiles vs ours

The benchmark corpus is ``scripts/bench_corpus.py``'s (the 1,032 trafilatura evaluation pages as
WARC plus the real CC/Wikipedia/Dolma samples), read once by the project's own readers (the
default extractor) and cached as JSONL under ``--work``; trafilatura's pages are the ``web``
source. None of the trafilatura pages was used to train the shipped model, but the CC and
Wikipedia samples of the rest of the corpus were (scripts/train_quality_model.py).

``share`` runs the real pipeline (DirectRunner; langid, quality unless ``--no-quality``,
quality_model with ``keep_top_fraction``) over the cached documents, ``r`` times with ids
suffixed by the replica, and reports per language the share kept by the quality_model stage
against the asked share. Replicas repeat every score ``r`` times: ties at the cut are then the
rule, which is what the id coin is for.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_corpus import INPUTS, build_corpus  # noqa: E402

from filters.quality_model import QualityModelFilter  # noqa: E402
from pipelines.config import InputConfig, parse_config  # noqa: E402
from pipelines.schema import is_reject  # noqa: E402
from pipelines.sources.read import make_reader, match_files, read_file  # noqa: E402
from pipelines.stages import MAX_BATCH  # noqa: E402


def corpus_docs(shared: Path, work: Path) -> list[dict[str, Any]]:
    """Every document of the benchmark corpus as the readers give it (cached)."""
    cache = work / "docs.jsonl.gz"
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]
    root = work / "corpus"
    build_corpus(shared, root, shards=2, quick=False)
    docs = []
    for pattern, fmt, source in INPUTS:
        cfg = InputConfig(path=str(root / pattern), format=fmt, source=source)
        reader = make_reader(cfg)
        for path in match_files(cfg.path):
            for record in read_file(reader, path, source):
                if not is_reject(record):
                    docs.append({k: record[k] for k in ("id", "text", "source", "url", "title")})
    docs.sort(key=lambda d: d["id"])
    with gzip.open(cache, "wt", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs


def throughput(docs: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    """Docs per CPU-second of ``annotate_batch`` + ``keep`` on batches of the stage's size."""
    stage = QualityModelFilter(min_score=0.5)
    stage.setup()
    best = None
    for _ in range(repeat):
        started = time.process_time()
        for begin in range(0, len(docs), MAX_BATCH):
            batch = stage.annotate_batch([dict(d) for d in docs[begin : begin + MAX_BATCH]])
            for doc in batch:
                stage.keep(doc)
        cpu = time.process_time() - started
        best = cpu if best is None else min(best, cpu)
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    return {
        "docs": len(docs),
        "mb": round(mb, 2),
        "cpu_s": round(best, 3),
        "docs_per_cpu_s": round(len(docs) / best),
        "mb_per_cpu_s": round(mb / best, 2),
    }


def pages(docs: list[dict[str, Any]], count: int, languages: list[str]) -> None:
    """The best and worst trafilatura pages by score in each language, with their start."""
    from pipelines.config import load_config
    from pipelines.filter_stages import make_filter
    from pipelines.schema import new_doc

    config = load_config(ROOT / "configs" / "local.yaml", ["stages.langid.languages=[]"])
    langid = make_filter("langid", config.stages.langid, "filter")
    web = [
        langid.annotate(new_doc(id=d["id"], text=d["text"], source="web", url=d["url"]))
        for d in docs
        if d["source"] == "web"
    ]
    scores = QualityModelFilter().scores([d["text"] for d in web])
    for language in languages:
        ranked = sorted(
            ((s, d) for s, d in zip(scores, web, strict=True) if d["language"] == language),
            key=lambda item: (-item[0], item[1]["id"]),
        )
        for title, part in (("TOP", ranked[:count]), ("BOTTOM", ranked[-count:])):
            print(f"== {language}: {title} {count} of {len(ranked)} pages")
            for score, doc in part:
                start = " ".join(doc["text"].split())[:150]
                print(f"{score:.4f} {doc['url']} | {start}")


def share(
    docs: list[dict[str, Any]], replicas: int, fraction: float, work: Path, quality: bool
) -> dict:
    """Kept share per language through the real pipeline, ``replicas`` copies of the corpus."""
    from pipelines.run import run

    with tempfile.TemporaryDirectory(dir=work) as tmp:
        path = Path(tmp) / "docs.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            for replica in range(replicas):
                for doc in docs:
                    row = {"id": f"{doc['id']}#r{replica}", "text": doc["text"]}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        out = Path(tmp) / "out"
        config = parse_config(
            {
                "inputs": [{"path": str(path), "format": "jsonl", "source": "bench"}],
                "output": str(out),
                "stages": {
                    "langid": {"languages": []},
                    "quality": {"enabled": quality},
                    "quality_model": {"enabled": True, "keep_top_fraction": fraction},
                    "toxicity": {"enabled": False},
                    "pii": {"enabled": False},
                    "exact_dedup": {"enabled": False},
                    "minhash": {"enabled": False},
                },
            }
        )
        started = time.perf_counter()
        run(config, [])
        wall = time.perf_counter() - started
        report = json.loads((out / "report.json").read_text())
    groups = report["quality_model"]["groups"]
    rejected = Counter()
    for row in report["rejects"]:
        if row["stage"] == "quality_model":
            rejected[row["reason"]] += row["docs"]
    per_language = {}
    for language, plan in groups.items():
        kept = report["languages_after"].get(language, {"docs": 0})["docs"]
        per_language[language] = {
            "scored": plan["docs"],
            "kept": kept,
            "kept_share": round(kept / plan["docs"], 4),
            "error_points": round(100 * (kept / plan["docs"] - fraction), 2),
            "tied_at_cut": plan.get("tied_docs"),
        }
    big = {k: v for k, v in per_language.items() if v["scored"] >= 100}
    return {
        "replicas": replicas,
        "quality_stage": quality,
        "docs_in": report["totals"]["input_records"],
        "asked": fraction,
        "wall_s": round(wall, 1),
        "max_abs_error_points_languages_with_100_docs": max(
            (abs(v["error_points"]) for v in big.values()), default=None
        ),
        "max_abs_error_points_all_languages": max(
            abs(v["error_points"]) for v in per_language.values()
        ),
        "languages": per_language,
    }


def quantiles() -> dict[str, Any]:
    """The same 200,000 scores in four orders/splits: Beam's median vs the histogram's cut."""
    from apache_beam.transforms.stats import ApproximateQuantilesCombineFn

    from pipelines.quality_select import HistogramFn, plan_group, score_bin

    rng = random.Random(1)
    values = [rng.random() for _ in range(200_000)]
    shuffled = values[:]
    rng.shuffle(shuffled)
    cases = {
        "in order, 1 part": (values, 1),
        "shuffled, 1 part": (shuffled, 1),
        "in order, 7 parts": (values, 7),
        "shuffled, 13 parts": (shuffled, 13),
    }
    result: dict[str, Any] = {}
    for name, (order, parts) in cases.items():
        beam_fn = ApproximateQuantilesCombineFn.create(num_quantiles=3)
        hist_fn = HistogramFn()
        beam_accs, hist_accs = [], []
        for part in range(parts):
            beam_acc, hist_acc = beam_fn.create_accumulator(), hist_fn.create_accumulator()
            for value in order[part::parts]:
                beam_acc = beam_fn.add_input(beam_acc, value)
                hist_acc = hist_fn.add_input(hist_acc, score_bin(value))
            beam_accs.append(beam_acc)
            hist_accs.append(hist_acc)
        beam_median = beam_fn.extract_output(beam_fn.merge_accumulators(beam_accs))[1]
        histogram = hist_fn.extract_output(hist_fn.merge_accumulators(hist_accs))
        result[name] = {
            "beam_median": beam_median,
            "histogram_cut": plan_group(histogram, 0.5, 10)["cut"],
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("section", choices=("throughput", "pages", "share", "quantiles"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench_quality_model")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--languages", nargs="+", default=["en", "de"])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1])
    parser.add_argument("--fraction", type=float, default=0.3)
    parser.add_argument(
        "--no-quality", action="store_true", help="share: skip the heuristic quality stage"
    )
    args = parser.parse_args()
    if args.section == "quantiles":
        print(json.dumps(quantiles(), indent=1))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    docs = corpus_docs(args.shared, args.work)
    if args.section == "throughput":
        web = [d for d in docs if d["source"] == "web"]
        print(
            json.dumps(
                {
                    "benchmark pages": throughput(web, args.repeat),
                    "whole corpus": throughput(docs, args.repeat),
                },
                indent=1,
            )
        )
    elif args.section == "pages":
        pages(docs, args.count, args.languages)
    else:
        for replicas in args.replicas:
            result = share(docs, replicas, args.fraction, args.work, not args.no_quality)
            print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

"""How well the toxicity stage generalises to text its model never saw.

Every score comes from the real ``ToxicityFilter`` (same normalisation, windows and aggregation as
the pipeline)::

    python scripts/eval_toxicity.py [--skip-lodo] [--json out.json]

Sections of the report:

* **leave-one-dataset-out (LODO)**: for every trainable labelled set, a model is trained by
  ``train_toxicity.py``'s recipe on all the *other* sets and scores this one. ROC AUC on the set's
  held-out 20% (``report``: rows no choice was ever made on) and on its other 80% (``dev``: what
  the recipe's choices were made on), per dataset and per language.
* **in-domain**: the shipped recipe (trained on the 80% side of every set) on each held-out 20%.
* **HateCheck** (English and multilingual): templated functional tests, evaluation only; their
  labels mean *hateful*, so profanity and reclaimed slurs count as clean.
* **clean text** at the default threshold: the Wikipedia dumps and the Dolma CC sample (never
  trained on), and the lingua sentences of the held-out side.
* **web pages**: the benchmark's extracted pages, share above the threshold and the top 10.
* **threshold**: chosen here on the *tune* halves of the pages and clean documents (a hash of the
  document id) and reported on the other halves.
* **speed**: documents per CPU-second on the benchmark pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from toxicity_data import (  # noqa: E402
    LABELLED_SETS,
    SHARED,
    Row,
    benchmark_pages,
    clean_documents,
    is_held_out,
    labelled_rows,
    lingua_sentences,
)
from train_toxicity import train_model, training_rows  # noqa: E402

from filters.toxicity import ToxicityFilter  # noqa: E402

BATCH = 256
# What the default threshold may cost on the tune halves: at most this share of clean documents
# and of benchmark pages above it (half the targets, to leave a margin).
TUNE_CLEAN_RATE = 0.0025
TUNE_PAGES_RATE = 0.005


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Mann-Whitney form of ROC AUC, ties counted half (no scikit-learn needed)."""
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    ranks = np.empty(len(scores))
    start = 0
    while start < len(scores):
        end = start
        while end + 1 < len(scores) and sorted_scores[end + 1] == sorted_scores[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    positives = int(labels.sum())
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return float(
        (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    )


def score_docs(doc_filter: ToxicityFilter, docs: list[dict[str, Any]]) -> np.ndarray:
    """``toxicity_score`` of every document through the filter's batch entry point."""
    scores = []
    for begin in range(0, len(docs), BATCH):
        batch = [{**doc, "quality_signals": {}} for doc in docs[begin : begin + BATCH]]
        scores += [doc["toxicity_score"] for doc in doc_filter.annotate_batch(batch)]
    return np.array(scores)


def score_rows(doc_filter: ToxicityFilter, rows: list[Row]) -> np.ndarray:
    docs = [
        {"id": str(i), "text": row.text, "language": row.language} for i, row in enumerate(rows)
    ]
    return score_docs(doc_filter, docs)


def auc_by(rows: list[Row], scores: np.ndarray, key: Callable[[Row], str]) -> dict[str, Any]:
    """ROC AUC (and row and toxic counts) per group of rows."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        groups[key(row)].append(index)
    table = {}
    for name in sorted(groups):
        index = np.array(groups[name])
        labels = np.array([rows[i].toxic for i in index])
        table[name] = {
            "auc": round(roc_auc(labels, scores[index]), 4),
            "rows": len(index),
            "toxic": int(labels.sum()),
        }
    return table


def by_set_and_language(row: Row) -> str:
    spec = next(s for s in LABELLED_SETS if s.name == row.dataset)
    return f"{row.dataset}/{row.language}" if spec.language is None else row.dataset


def trained_filter(rows: list[Row], folder: Path, name: str) -> ToxicityFilter:
    """A filter over a model trained by the shipped recipe on ``rows``, left unquantized:
    quantizing costs most of the training time, and ``quantization_check`` measures what it
    changes."""
    path = folder / f"{name}.bin"
    train_model(rows, path, quantize=None)
    doc_filter = ToxicityFilter(model=str(path))
    doc_filter.setup()
    return doc_filter


def quantization_check(shipped: dict[str, Any], shared: Path, folder: Path) -> dict[str, Any]:
    """In-domain AUC of the unquantized model minus the shipped (quantized) one, per set."""
    unquantized = in_domain(trained_filter(training_rows(shared), folder, "full"), shared)
    return {
        group: round(figures["auc"] - shipped[group]["auc"], 4)
        for group, figures in unquantized.items()
    }


def leave_one_dataset_out(
    shared: Path, folder: Path, only: list[str] | None = None
) -> dict[str, Any]:
    """For each trainable set (or those in ``only``): train on the others, AUC on its held-out
    and train sides."""
    rows = labelled_rows(shared, trainable=True)
    results: dict[str, Any] = {}
    for spec in LABELLED_SETS:
        if not spec.trainable or (only and spec.name not in only):
            continue
        print(f"  LODO {spec.name} ...", file=sys.stderr, flush=True)
        doc_filter = trained_filter(training_rows(shared, leave_out=spec.name), folder, "lodo")
        own = [row for row in rows if row.dataset == spec.name]
        scores = score_rows(doc_filter, own)
        held = np.array([row.held_out for row in own])
        for side, mask in (("report", held), ("dev", ~held)):
            chosen = [row for row, keep in zip(own, mask, strict=True) if keep]
            table = auc_by(chosen, scores[mask], by_set_and_language)
            for group, figures in table.items():
                results.setdefault(group, {})[side] = figures
    return results


def in_domain(doc_filter: ToxicityFilter, shared: Path) -> dict[str, Any]:
    held = [row for row in labelled_rows(shared, trainable=True) if row.held_out]
    return auc_by(held, score_rows(doc_filter, held), by_set_and_language)


def hatecheck(doc_filter: ToxicityFilter, shared: Path, threshold: float) -> dict[str, Any]:
    """AUC and the share of hateful / non-hateful cases above the threshold, per language."""
    rows = labelled_rows(shared, trainable=False)
    scores = score_rows(doc_filter, rows)
    table = auc_by(rows, scores, lambda row: f"{row.dataset}/{row.language}")
    for name, figures in table.items():
        dataset, language = name.split("/")
        mask = np.array([r.dataset == dataset and r.language == language for r in rows])
        labels = np.array([r.toxic for r in rows])[mask]
        above = scores[mask] > threshold
        figures["hateful_above"] = round(float(above[labels == 1].mean()), 4)
        figures["non_hateful_above"] = round(float(above[labels == 0].mean()), 4)
    return table


def tune_half(doc_id: str) -> bool:
    """Documents the threshold may be chosen on; the others are only reported."""
    return hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()[0] % 2 == 0


THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.999)


def choose_threshold(clean: np.ndarray, pages: np.ndarray) -> float | None:
    """The lowest threshold of the grid that keeps both tune-half rates within their limits."""
    for threshold in THRESHOLD_GRID:
        clean_rate = (clean > threshold).mean()
        if clean_rate <= TUNE_CLEAN_RATE and (pages > threshold).mean() <= TUNE_PAGES_RATE:
            return threshold
    return None


def doc_language(doc: dict[str, Any]) -> str:
    """Wikipedia ids name the dump (``wikipedia/elwiki/...``); everything else here is English."""
    if doc["id"].startswith("wikipedia/"):
        return doc["id"].split("/")[1].removesuffix("wiki")
    return "en"


def clean_text(doc_filter: ToxicityFilter, shared: Path, threshold: float) -> dict[str, Any]:
    """Share above ``threshold`` of clean documents (tune / report halves) and lingua sentences."""
    docs = [{**doc, "language": doc_language(doc)} for doc in clean_documents(shared)]
    scores = score_docs(doc_filter, docs)
    result: dict[str, Any] = {"documents": {}}
    groups: dict[str, list[int]] = defaultdict(list)
    for index, doc in enumerate(docs):
        side = "tune" if tune_half(doc["id"]) else "report"
        groups[f"{doc['source']}/{doc['language']}/{side}"].append(index)
    for name in sorted(groups):
        part = scores[groups[name]]
        result["documents"][name] = {"docs": len(part), "above": int((part > threshold).sum())}
    sentences = [
        {"id": key, "text": text, "language": language}
        for key, language, text in lingua_sentences(shared)
        if is_held_out(key)
    ]
    lingua = score_docs(doc_filter, sentences)
    above = defaultdict(int)
    for doc, value in zip(sentences, lingua, strict=True):
        above[doc["language"]] += int(value > threshold)
    result["lingua_held_out"] = {
        "sentences": len(sentences),
        "above": int((lingua > threshold).sum()),
        "languages_with_any_above": {k: v for k, v in sorted(above.items()) if v},
    }
    return result


def web_pages(doc_filter: ToxicityFilter, shared: Path, threshold: float) -> dict[str, Any]:
    """Share of benchmark pages above ``threshold`` per half, the top 10, and docs per CPU-s."""
    pages = benchmark_pages(shared)
    started = time.process_time()
    scores = score_docs(doc_filter, pages)
    cpu = time.process_time() - started
    tune = np.array([tune_half(page["id"]) for page in pages])
    top = np.argsort(-scores, kind="mergesort")[:10]
    return {
        "pages": len(pages),
        "docs_per_cpu_s": round(len(pages) / cpu),
        "tune_above": f"{int((scores[tune] > threshold).sum())}/{int(tune.sum())}",
        "report_above": f"{int((scores[~tune] > threshold).sum())}/{int((~tune).sum())}",
        "top10": [
            {
                "id": pages[i]["id"],
                "url": pages[i].get("url"),
                "score": round(float(scores[i]), 4),
                "half": "tune" if tune[i] else "report",
                "chars": len(pages[i]["text"]),
            }
            for i in top
        ],
    }


def speed(doc_filter: ToxicityFilter, shared: Path, rounds: int) -> dict[str, Any]:
    """Docs per CPU-second of the stage on the benchmark pages, as ``scripts/bench_stages.py``
    drives it (``annotate_batch`` on batches, then ``keep``), each of ``rounds`` rounds (the
    best says most about the code; the machine is shared)."""
    pages = [{**page, "language": "en"} for page in benchmark_pages(shared)]
    rates = []
    for _ in range(rounds):
        started = time.process_time()
        for begin in range(0, len(pages), BATCH):
            batch = [{**doc, "quality_signals": {}} for doc in pages[begin : begin + BATCH]]
            for doc in doc_filter.annotate_batch(batch):
                doc_filter.keep(doc)
        rates.append(round(len(pages) / (time.process_time() - started)))
    return {"pages": len(pages), "docs_per_cpu_s": rates, "best": max(rates)}


def markdown(report: dict[str, Any]) -> str:
    """The tables docs/toxicity.md shows."""
    lines = [
        "| dataset / language | rows (toxic) | LODO AUC | in-domain AUC |",
        "|---|---|---|---|",
    ]
    for group, figures in sorted(report.get("lodo", {}).items()):
        held = figures["report"]
        domain = report["in_domain"].get(group, {}).get("auc", "")
        lines.append(
            f"| {group} | {held['rows']} ({held['toxic']}) | {held['auc']:.3f} | {domain} |"
        )
    lines += ["", "| HateCheck set | cases | AUC | hateful above | non-hateful above |"]
    lines.append("|---|---|---|---|---|")
    for group, figures in report["hatecheck"].items():
        lines.append(
            f"| {group} | {figures['rows']} | {figures['auc']:.3f} | "
            f"{figures['hateful_above']:.1%} | {figures['non_hateful_above']:.1%} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=SHARED)
    parser.add_argument("--model", default=None, help="fastText model (default: the shipped one)")
    parser.add_argument("--threshold", type=float, default=None, help="default: the config's")
    parser.add_argument("--skip-lodo", action="store_true", help="skip the 14 LODO trainings")
    parser.add_argument(
        "--lodo-only", nargs="+", default=None, help="only these sets' LODO (nothing else)"
    )
    parser.add_argument(
        "--speed", type=int, default=0, metavar="ROUNDS", help="only time the stage on the pages"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the report here")
    args = parser.parse_args()

    if args.speed:
        speed_filter = ToxicityFilter(model=args.model)
        speed_filter.setup()
        print(json.dumps(speed(speed_filter, args.data_dir, args.speed)))
        return

    if args.lodo_only:
        with tempfile.TemporaryDirectory() as folder:
            lodo = leave_one_dataset_out(args.data_dir, Path(folder), args.lodo_only)
        print(json.dumps(lodo, indent=2))
        if args.json:
            args.json.write_text(json.dumps({"lodo": lodo}, indent=2), encoding="utf-8")
        return

    from pipelines.config import ToxicityConfig

    config = ToxicityConfig()
    threshold = config.threshold if args.threshold is None else args.threshold
    options = {"aggregation": config.aggregation, "window_chars": config.window_chars}
    doc_filter = ToxicityFilter(model=args.model, threshold=threshold, **options)
    doc_filter.setup()

    report: dict[str, Any] = {"threshold": threshold}
    # The bundled model's prior correction, derived: the lowest raw-score threshold within the
    # limits on the tune halves, t, is where a 0.5 threshold falls with a toxic prior of 1 - t.
    raw = ToxicityFilter(model=args.model, toxic_prior=0.5, **options)
    raw.setup()
    clean = [{**d, "language": doc_language(d)} for d in clean_documents(args.data_dir)]
    pages = benchmark_pages(args.data_dir)
    tune_clean = score_docs(raw, [d for d in clean if tune_half(d["id"])])
    tune_pages = score_docs(raw, [p for p in pages if tune_half(p["id"])])
    chosen = choose_threshold(tune_clean, tune_pages)
    report["raw_threshold_chosen_on_tune_halves"] = chosen
    report["implied_toxic_prior"] = None if chosen is None else round(1 - chosen, 4)
    report["clean_text"] = clean_text(doc_filter, args.data_dir, threshold)
    report["web_pages"] = web_pages(doc_filter, args.data_dir, threshold)
    report["in_domain"] = in_domain(doc_filter, args.data_dir)
    report["hatecheck"] = hatecheck(doc_filter, args.data_dir, threshold)
    if not args.skip_lodo:
        with tempfile.TemporaryDirectory() as folder:
            report["unquantized_minus_shipped_in_domain_auc"] = quantization_check(
                report["in_domain"], args.data_dir, Path(folder)
            )
            report["lodo"] = leave_one_dataset_out(args.data_dir, Path(folder))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

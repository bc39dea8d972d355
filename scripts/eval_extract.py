"""Snippet precision/recall/F1 and speed of every HTML extraction setting on trafilatura's set.

The labelled set and its scoring (trafilatura's own, so the baseline figures are comparable with
FINDINGS.md; micro average over pages) are in ``scripts/labelled_pages.py``; a page whose
extraction fails or returns nothing counts every "with" snippet as missed.

Speed is pages per CPU second of the extracting process (``time.process_time`` around each call,
not the scoring), which stays meaningful on a machine that other jobs load. Settings take turns
on small chunks of pages, so that a drift in the machine's speed hits all of them alike.

To guard against tuning on the test set, pages are split by a hash of their file name
(blake2b, not Python's seeded ``hash``): the "tune" half was used to pick thresholds, the "test"
half was not; all three figures are printed. The learned settings are 2-fold cross-validated:
each half is extracted with a boilerplate model trained (``scripts/train_boilerplate.py``) on the
other half only, so their figures are for pages the model did not see.

    .venv/bin/python scripts/eval_extract.py [--data ../shared/data] [--settings a,b] [--jobs 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filters.extract import HtmlExtractor  # noqa: E402
from scripts.labelled_pages import Score, load_pages, score_page  # noqa: E402
from scripts.train_boilerplate import Page, dumps, fit  # noqa: E402

# name -> HtmlExtractor keyword arguments; every setting BENCHMARKS.md reports.
_OLD_RESILIPARSE = dict(extractor="resiliparse", alt_texts=True, include_comments=True)
SETTINGS: dict[str, dict[str, Any]] = {
    "trafilatura default": dict(extractor="trafilatura"),
    "trafilatura favor_precision": dict(extractor="trafilatura", favor_precision=True),
    "trafilatura no_fallback": dict(extractor="trafilatura", no_fallback=True),
    "trafilatura favor_precision+no_fallback": dict(
        extractor="trafilatura", favor_precision=True, no_fallback=True
    ),
    "resiliparse main_content (library defaults)": dict(_OLD_RESILIPARSE, trim_edge_words=0),
    "resiliparse all text": dict(_OLD_RESILIPARSE, main_content=False, trim_edge_words=0),
    "resiliparse -comments -alt_texts": dict(extractor="resiliparse", trim_edge_words=0),
    "resiliparse -comments -alt_texts +trim 6": dict(extractor="resiliparse", trim_edge_words=6),
    "resiliparse -comments -alt_texts +trim 10": dict(extractor="resiliparse", trim_edge_words=10),
    "cascade threshold 0.6": dict(extractor="cascade", cascade_threshold=0.6),
    "cascade threshold 0.5": dict(extractor="cascade", cascade_threshold=0.5),
    "cascade threshold 0.4": dict(extractor="cascade", cascade_threshold=0.4),
    "cascade threshold 0.3": dict(extractor="cascade", cascade_threshold=0.3),
    "learned (2-fold cross-validated)": dict(extractor="learned"),
    "learned_cascade (2-fold cross-validated)": dict(extractor="learned_cascade"),
}
# Settings whose boilerplate model is trained here, per split on the other split's pages.
CROSS_VALIDATED = {name for name, options in SETTINGS.items() if "learned" in options["extractor"]}
# In process, so that process_time sees trafilatura's CPU (the timeout child would hide it).
for _options in SETTINGS.values():
    _options["timeout_s"] = None


def split_of(file_name: str) -> str:
    """'tune' or 'test', fixed by the file name alone."""
    return (
        "tune" if hashlib.blake2b(file_name.encode(), digest_size=1).digest()[0] < 128 else "test"
    )


_WORKER: dict[tuple[str, str | None], HtmlExtractor] = {}


def _extractor(setting: str, model: str | None) -> HtmlExtractor:
    """One warmed-up extractor per setting and model file in each worker process."""
    extractor = _WORKER.get((setting, model))
    if extractor is None:
        options = dict(SETTINGS[setting], boilerplate_model=model) if model else SETTINGS[setting]
        extractor = _WORKER[setting, model] = HtmlExtractor(**options)
        extractor.extract(b"<html><body><p>warm up imports</p></body></html>")
    return extractor


def _run_chunk(
    args: tuple[str, dict[str, str | None], list[tuple[str, bytes, dict[str, Any]]]],
) -> dict[str, Score]:
    """Extract and score one chunk of pages in a worker process; per split."""
    setting, models, pages = args
    extractors = {split: _extractor(setting, model) for split, model in models.items()}
    scores = {"tune": Score(), "test": Score()}
    for name, html, item in pages:
        extractor = extractors[split_of(name)]
        started = time.process_time()
        error = None
        try:
            text = extractor.extract(html)
        except Exception as exc:  # noqa: BLE001 - a crash is scored as a miss and listed
            text, error = None, f"{name}: {type(exc).__name__}: {exc}"
        cpu_s = time.process_time() - started  # extraction only, not the scoring below
        page = score_page(text, item)
        page.cpu_s = cpu_s
        if error:
            page.errors.append(error)
        scores[split_of(name)].add(page)
    return scores


def cross_validated_models(pages: list, folder: Path) -> dict[str, str]:
    """split -> path of a boilerplate model trained on the other split's pages only."""
    lines_of = HtmlExtractor("learned").resiliparse_lines
    labelled = [(split_of(name), Page(name, html, item, lines_of)) for name, html, item in pages]
    models = {}
    for split, other in (("tune", "test"), ("test", "tune")):
        path = folder / f"boilerplate_lines.trained_on_{other}.json"
        path.write_text(dumps(fit([page for s, page in labelled if s == other])), encoding="utf-8")
        models[split] = str(path)
    return models


def evaluate(
    names: list[str], pages: list, jobs: int, fold_models: dict[str, str | None]
) -> dict[str, dict[str, Score]]:
    """Scores per setting and split. Settings take turns on small chunks of pages (every
    setting does chunk 1, then chunk 2, ...): this machine's speed drifts by tens of percent
    over minutes, and interleaving makes the drift fall on all settings alike, so the speed
    ratios hold even when the absolute figures move."""
    no_models: dict[str, str | None] = {"tune": None, "test": None}
    chunks = [pages[i :: jobs * 20] for i in range(jobs * 20)]
    tasks = [
        (name, fold_models if name in CROSS_VALIDATED else no_models, chunk)
        for chunk in chunks
        for name in names
    ]
    totals = {name: {"tune": Score(), "test": Score()} for name in names}
    with ProcessPoolExecutor(jobs) as pool:
        for (name, _, _), result in zip(tasks, pool.map(_run_chunk, tasks), strict=True):
            for split, score in result.items():
                totals[name][split].add(score)
    return totals


def _report(name: str, splits: dict[str, Score]) -> dict[str, Any]:
    """Print one table row; the figures for --json."""
    total = Score()
    for score in splits.values():
        total.add(score)
    p, r, f1, speed = total.row()
    f1_tune, f1_test = splits["tune"].row()[2], splits["test"].row()[2]
    print(
        f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {speed:.1f} | {f1_tune:.3f} | "
        f"{f1_test:.3f} | {total.empty} |",
        flush=True,
    )
    for error in total.errors[:3]:
        print(f"    error: {error}")
    return dict(
        precision=p,
        recall=r,
        f1=f1,
        pages_per_cpu_s=speed,
        f1_tune=f1_tune,
        f1_test=f1_test,
        empty=total.empty,
        **{
            f"{measure}_{split}": value
            for split in ("tune", "test")
            for measure, value in zip(("precision", "recall"), splits[split].row()[:2], strict=True)
        },
    )


def evaluate_settings(pages: list, names: list[str], jobs: int) -> dict[str, dict[str, Any]]:
    """Every named setting on ``pages``: one printed table row and one dict of figures each."""
    with tempfile.TemporaryDirectory(prefix="eval_extract_") as folder:
        fold_models: dict[str, str | None] = {"tune": None, "test": None}
        if CROSS_VALIDATED & set(names):
            fold_models = dict(cross_validated_models(pages, Path(folder)))
        scores = evaluate(names, pages, jobs, fold_models)
    return {name: _report(name, scores[name]) for name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--settings", default="", help="comma-separated names; default all")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    pages = load_pages(args.data / "html" / "trafilatura-pages.tar.gz")
    names = [s for s in args.settings.split(",") if s] or list(SETTINGS)
    print(
        f"{len(pages)} labelled pages; splits: "
        f"{sum(split_of(p[0]) == 'tune' for p in pages)} tune / "
        f"{sum(split_of(p[0]) == 'test' for p in pages)} test"
    )
    print("| setting | P | R | F1 | pages/CPU-s | F1 tune | F1 test | empty |")
    print("|---|---|---|---|---|---|---|---|")
    figures = evaluate_settings(pages, names, args.jobs)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

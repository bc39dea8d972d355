"""Per-stage throughput of corpus-prep's document filters, in docs per CPU-second of one process.

Each filter is built from ``configs/local.yaml`` exactly as ``pipelines/build.py`` builds it and
driven the way ``pipelines/stages.py`` drives it (``annotate_batch`` on batches of 256, then
``keep`` per document), without Beam, so the figure is the filter's own cost per core. CPU time
rather than wall time: on a shared machine wall time mostly measures the neighbours.

Documents are the real web pages as corpus-prep extracts them. Later stages see the documents
annotated by the earlier ones (quality needs the language), as in the pipeline, but all of them,
not only the survivors, so every stage is timed on the same set.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipelines.config import load_config
from pipelines.filter_stages import make_filter
from pipelines.stages import MAX_BATCH

ROOT = Path(__file__).resolve().parent.parent


def time_filter(name: str, docs: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict]]:
    """Docs per CPU-second of one filter over ``docs``; returns the figures and annotated docs."""
    config = load_config(ROOT / "configs" / "local.yaml")
    doc_filter = make_filter(name, getattr(config.stages, name), config.mode)
    doc_filter.setup()
    out: list[dict[str, Any]] = []
    started = time.process_time()
    for begin in range(0, len(docs), MAX_BATCH):
        batch = doc_filter.annotate_batch([dict(d) for d in docs[begin : begin + MAX_BATCH]])
        for doc in batch:
            doc_filter.keep(doc)
        out += batch
    cpu = time.process_time() - started
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    return {"docs": len(docs), "mb": mb, "cpu_s": cpu, "docs_per_cpu_s": len(docs) / cpu}, out


def pii_throughput(docs: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    """scripts/bench_pii.py's three runners (stock Presidio, stage without and with pre-scan)."""
    try:
        import bench_pii
    except ImportError as exc:  # the PII stage is another helper's work and may not exist yet
        return {"skipped": f"scripts/bench_pii.py unavailable: {exc}"}
    runners = {
        "presidio": bench_pii.stock_presidio(),
        "stage without pre-scan": bench_pii.stage_runner(prescan=False),
        "stage with pre-scan": bench_pii.stage_runner(prescan=True),
    }
    sample = [{"id": d["id"], "text": d["text"], "language": "en"} for d in docs]
    rates = {key: bench_pii.measure(run, sample, repeat) for key, run in runners.items()}
    return {
        "docs": len(sample),
        "mb": sum(len(d["text"].encode()) for d in sample) / 1e6,
        "docs_per_cpu_s": rates,
    }


def stage_throughput(
    docs: list[dict[str, Any]], shared: Path, quick: bool, with_pii: bool
) -> dict[str, Any]:
    """All per-stage figures of the benchmark's ``stages`` section."""
    from eval_dedup import signature_speed

    results: dict[str, Any] = {}
    annotated = docs
    for name in ("langid", "quality", "toxicity"):
        print(f"  stage {name} ...", flush=True)
        results[name], annotated = time_filter(name, annotated)
    if with_pii:
        print("  stage pii ...", flush=True)
        # every page: a few heavy pages (a 100 KB table of page numbers, calendars) weigh on
        # both runners, and a subset's ratio depends on whether it happens to hold them
        results["pii"] = pii_throughput(docs, repeat=1 if quick else 2)
    print("  minhash signatures ...", flush=True)
    results["minhash_signatures"] = signature_speed(n_docs=1000 if quick else 4000, data=shared)
    return results

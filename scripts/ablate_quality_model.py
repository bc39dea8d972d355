"""Does keeping the classifier's top share help a model? A proxy-LM ablation at equal tokens.

    python scripts/ablate_quality_model.py [--seeds 0 1 2] [--max-tokens 400000] [--language en]

Pool: trafilatura's benchmark pages (never seen by the shipped classifier) as the pipeline reads
them (``scripts/bench_quality_model.py``'s cache), in ``--language`` (langid stage), that pass
the heuristic quality stage with the default config: the "clean output". Four training sets:

- ``clean``: every clean page;
- ``top``: the pages the quality_model stage keeps with ``keep_top_fraction`` (its own
  histogram cut, ``pipelines/quality_select.py``, per language);
- ``random``: a seeded random subset of the clean pages of the same size as ``top`` (isolates
  the selection from the smaller set's extra repetition);
- ``bottom``: the clean pages the cut drops.

Each set trains the hooks' proxy LM (``pipelines/hooks/train.fit``: same architecture, budget and
seed, ``max_tokens`` bytes) for every seed, and every model is scored on the same held-out
reference text: the Wikipedia pages and news articles that ``scripts/train_quality_model.py``
held out of the classifier's training (its ``is_held_out``), in the same language. Reported:
held-out bits per byte at the last step every run reached (equal tokens), mean and spread over
seeds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_corpus import WEB_WARCS  # noqa: E402
from bench_quality_model import corpus_docs  # noqa: E402
from train_quality_model import SOURCES, is_held_out, load_source  # noqa: E402

from pipelines.config import InputConfig, load_config  # noqa: E402
from pipelines.filter_stages import make_filter  # noqa: E402
from pipelines.hooks.corpus import Doc  # noqa: E402
from pipelines.hooks.train import ProxyLMOptions, fit  # noqa: E402
from pipelines.quality_select import HistogramFn, below_cut, coin, plan_group, score_bin  # noqa: E402
from pipelines.schema import is_reject, new_doc  # noqa: E402
from pipelines.sources.read import make_reader, read_file  # noqa: E402


def crawl_ids(shared: Path) -> set[str]:
    """Ids of the real crawl pages that share the ``web`` source with trafilatura's pages: they
    trained the classifier, so they stay out of the pool."""
    ids = set()
    for rel in WEB_WARCS:
        cfg = InputConfig(path=str(shared / rel), format="warc", source="web")
        ids |= {r["id"] for r in read_file(make_reader(cfg), cfg.path, "web") if not is_reject(r)}
    return ids


def clean_pool(shared: Path, work: Path, language: str) -> list[dict[str, Any]]:
    """trafilatura's pages in ``language`` that pass langid and quality as configured by default."""
    excluded = crawl_ids(shared)
    config = load_config(ROOT / "configs" / "local.yaml", [f"stages.langid.languages=[{language}]"])
    stages = [
        make_filter(name, getattr(config.stages, name), "filter") for name in ("langid", "quality")
    ]
    pool = []
    for row in corpus_docs(shared, work):
        if row["source"] != "web" or row["id"] in excluded:
            continue
        doc = new_doc(id=row["id"], text=row["text"], source="web", url=row["url"])
        if all(stage.keep(stage.annotate(doc)).keep for stage in stages):
            pool.append(doc)
    return pool


def split_by_score(pool: list[dict[str, Any]], fraction: float) -> tuple[list, list]:
    """(kept, dropped) by the quality_model stage's own cut over the pool (one language)."""
    scorer = make_filter(
        "quality_model", load_config(ROOT / "configs" / "local.yaml").stages.quality_model, "filter"
    )
    scorer.annotate_batch(pool)
    fn = HistogramFn()
    counts = fn.create_accumulator()
    for doc in pool:
        counts = fn.add_input(counts, score_bin(doc["quality_model_score"]))
    plan = plan_group(counts, fraction, 10)
    kept = [d for d in pool if not below_cut(d, plan)]
    dropped = [d for d in pool if below_cut(d, plan)]
    return kept, dropped


def reference_text(shared: Path, language: str) -> list[Doc]:
    """The classifier's held-out Wikipedia pages and news articles in ``language``."""
    names = [n for n in (f"wiki-{language}", f"news-{language}") if n in SOURCES]
    docs = [Doc(d.key, d.text) for n in names for d in load_source(n, shared) if is_held_out(d.key)]
    # hash order: the evaluation's byte cap then takes a mix of both sources, not the first one
    return sorted(docs, key=lambda d: coin(d.id))


def as_docs(rows: list[dict[str, Any]]) -> list[Doc]:
    return sorted((Doc(r["id"], r["text"]) for r in rows), key=lambda d: d.id)


def equal_token_bpb(runs: dict[str, list[dict[str, Any]]]) -> tuple[int, dict[str, list[float]]]:
    """Held-out bpb of every run at the last step that every run evaluated."""
    steps = set.intersection(
        *({p["step"] for p in run["curve"]} for rs in runs.values() for run in rs)
    )
    step = max(steps)
    return step, {
        arm: [next(p["heldout_bpb"] for p in run["curve"] if p["step"] == step) for run in rs]
        for arm, rs in runs.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench_quality_model")
    parser.add_argument("--language", default="en")
    parser.add_argument("--fraction", type=float, default=0.5)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--max-tokens", type=int, default=400_000)
    parser.add_argument("--eval-bytes", type=int, default=131_072)
    parser.add_argument("--d-model", type=int, default=128, help="small: a few minutes per model")
    parser.add_argument("--n-layers", type=int, default=2)
    parser.add_argument("--arms", nargs="+", default=["clean", "top", "random", "bottom"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    pool = clean_pool(args.shared, args.work, args.language)
    top, bottom = split_by_score(pool, args.fraction)
    random_half = sorted(pool, key=lambda d: coin(f"ablation/{d['id']}"))[: len(top)]
    arms = {"clean": pool, "top": top, "random": random_half, "bottom": bottom}
    heldout = reference_text(args.shared, args.language)
    sizes = {
        arm: {"docs": len(rows), "bytes": sum(len(r["text"].encode()) for r in rows)}
        for arm, rows in arms.items()
    }
    print(json.dumps({"pool": sizes, "heldout_docs": len(heldout)}), flush=True)
    runs: dict[str, list[dict[str, Any]]] = {arm: [] for arm in args.arms}
    cpu_started = time.process_time()
    for seed in args.seeds:
        for arm in args.arms:
            options = ProxyLMOptions(
                max_tokens=args.max_tokens,
                max_seconds=3600,
                d_model=args.d_model,
                n_layers=args.n_layers,
                eval_every=10_000,
                eval_bytes=args.eval_bytes,
                seed=seed,
                threads=1,
                device="cpu",
            )
            _, summary = fit(as_docs(arms[arm]), heldout, options)
            runs[arm].append(summary)
            print(f"seed {seed} {arm}: {summary['heldout_bpb']:.4f} bpb", flush=True)
    step, bpb = equal_token_bpb(runs)
    result = {
        "language": args.language,
        "keep_top_fraction": args.fraction,
        "max_tokens": args.max_tokens,
        "model": {
            "d_model": args.d_model,
            "n_layers": args.n_layers,
            "params": runs["top"][0]["params"] if "top" in runs else None,
        },
        "equal_tokens_step": step,
        "seeds": args.seeds,
        "train_sets": sizes,
        "heldout": {"docs": len(heldout), "bytes_scored": args.eval_bytes},
        "heldout_bpb": {
            arm: {
                "per_seed": [round(v, 4) for v in values],
                "mean": round(statistics.mean(values), 4),
                "sd": round(statistics.stdev(values), 4) if len(values) > 1 else None,
            }
            for arm, values in bpb.items()
        },
        "cpu_s": round(time.process_time() - cpu_started, 1),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

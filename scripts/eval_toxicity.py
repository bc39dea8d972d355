"""Evaluate the toxicity stage on rows the shipped model never saw.

Runs the real ``ToxicityFilter`` (same windows, normalisation and model as the pipeline) over the
held-out Davidson tweets (classes 0 hate + 1 offensive = toxic, 2 neither = clean) and reports
ROC AUC, precision/recall/F1 at the configured threshold, the false-positive rate on held-out
clean news text (what the stage would drop from ordinary prose), and throughput::

    .venv/bin/python scripts/eval_toxicity.py [--data-dir ../shared/data] [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_toxicity import davidson_rows, is_held_out, news_rows  # noqa: E402

from filters.toxicity import ToxicityFilter  # noqa: E402

BATCH = 256


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
    return float(
        (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    )


def score(doc_filter: ToxicityFilter, texts: list[str]) -> tuple[np.ndarray, float]:
    """Scores through the filter's batch entry point, and documents per CPU second."""
    docs = [
        {"id": str(i), "text": t, "language": "en", "quality_signals": {}}
        for i, t in enumerate(texts)
    ]
    # CPU time of this process: per-core throughput, not disturbed by other load on the machine.
    started = time.process_time()
    for i in range(0, len(docs), BATCH):
        doc_filter.annotate_batch(docs[i : i + BATCH])
    elapsed = time.process_time() - started
    return np.array([d["toxicity_score"] for d in docs]), len(docs) / elapsed


def metrics(labels: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    predicted = scores > threshold
    true_pos = int((predicted & (labels == 1)).sum())
    precision = true_pos / max(1, int(predicted.sum()))
    recall = true_pos / max(1, int(labels.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"roc_auc": roc_auc(labels, scores), "precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--model", default=None, help="fastText model path (default: shipped)")
    args = parser.parse_args()

    doc_filter = ToxicityFilter(threshold=args.threshold, model=args.model)
    doc_filter.setup()
    tweets = [row for row in davidson_rows(args.data_dir) if is_held_out(row[0])]
    labels = np.array([label for _, _, label in tweets])
    scores, tweets_per_s = score(doc_filter, [text for _, text, _ in tweets])
    news = [text for key, text, _ in news_rows(args.data_dir) if is_held_out(key)]
    news_scores, _ = score(doc_filter, news)
    report = {
        "held_out_tweets": len(tweets),
        "toxic": int(labels.sum()),
        "threshold": args.threshold,
        **{k: round(v, 4) for k, v in metrics(labels, scores, args.threshold).items()},
        "held_out_news_texts": len(news),
        "news_false_positive_rate": round(float((news_scores > args.threshold).mean()), 4),
        "tweets_per_cpu_s": round(tweets_per_s),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

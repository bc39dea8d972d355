"""Train the boilerplate line model (``filters/models/boilerplate_lines.json``) byte for byte.

Data: the 990 labelled pages of trafilatura's evaluation set (``html/trafilatura-pages.tar.gz``
of the shared data). Each page comes with snippets the extraction must keep ("with") and drop
("without"); a line of resiliparse's output is labelled "main text" when it overlaps a "with"
snippet, "boilerplate" when it overlaps only "without" snippets, and is left out of training
otherwise (most lines: the labels are sparse). Model: logistic gradient boosting of depth-3
trees on quantile bins (numpy only, no randomness), stored as plain numbers.

Thresholds are not tuned on labels of the pages they are scored on: ``line_threshold`` is the
value of a small grid with the best snippet F1 on the training pages themselves, and
``route_threshold`` is the uncertainty above which ``ROUTE_SHARE`` of the training pages lie
(a speed budget for ``learned_cascade``, not a quality knob).

``scripts/eval_extract.py`` scores the learned settings by 2-fold cross-validation over the
blake2b tune/test split (``fit(pages of one half)`` scores the other half), so the docs/extract.md
figures are for pages the model did not see; the shipped model is trained on all pages.

    .venv/bin/python scripts/train_boilerplate.py [--data ../shared/data] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filters.boilerplate import (  # noqa: E402
    FEATURES,
    MODEL_PATH,
    TreeEnsemble,
    line_features,
    link_texts,
    portable_sigmoid,
    uncertainty,
)
from filters.extract import HtmlExtractor, decode_html  # noqa: E402
from filters.text_lines import trim_edges  # noqa: E402
from scripts.labelled_pages import Score, load_pages, norm, score_page  # noqa: E402

TREES = 60
DEPTH = 3
LEARNING_RATE = 0.1
MIN_LEAF = 20
L2 = 1.0
BINS = 32
LINE_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)
ROUTE_SHARE = 0.05
_NO_SPLIT = 1e308  # threshold of a padded node: every row goes left


class Page:
    """One labelled page reduced to what training needs: lines, features, line labels."""

    def __init__(self, name: str, html: bytes, item: dict[str, Any], lines_of: Any) -> None:
        page = decode_html(html)
        self.name, self.item = name, item
        self.lines: list[str] = lines_of(page) if page.strip() else []
        self.features = line_features(self.lines, link_texts(page)) if self.lines else None
        self.keep = _overlaps(self.lines, item["with"])
        self.drop = _overlaps(self.lines, item["without"])


def _overlaps(lines: list[str], snippets: list[str]) -> list[bool]:
    """Whether each line overlaps a snippet's first occurrence in the white-space-collapsed text."""
    normed = [norm(line) for line in lines]
    text = " ".join(normed)
    spans, start = [], 0
    for line in normed:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    hit = [False] * len(lines)
    for snippet in snippets:
        snippet = norm(snippet)
        at = text.find(snippet) if snippet else -1
        if at < 0:
            continue
        for i, (low, high) in enumerate(spans):
            if low < at + len(snippet) and high > at:
                hit[i] = True
    return hit


def load(data: Path) -> list[Page]:
    extractor = HtmlExtractor("learned")
    return [
        Page(name, html, item, extractor.resiliparse_lines)
        for name, html, item in load_pages(data / "html" / "trafilatura-pages.tar.gz")
    ]


def _training_rows(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for page in pages:
        for i, (keep, drop) in enumerate(zip(page.keep, page.drop, strict=True)):
            if keep or drop:
                rows.append(page.features[i])  # type: ignore[index]
                labels.append(1.0 if keep else 0.0)
    return np.array(rows), np.array(labels)


def _fit_trees(x: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Boosted complete trees (heap order), leaves already scaled by the learning rate."""
    edges = [
        np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1]))
        for j in range(x.shape[1])
    ]
    binned = np.column_stack(
        [np.searchsorted(edges[j], x[:, j], side="right") for j in range(x.shape[1])]
    )
    prior = float(np.clip(y.mean(), 1e-3, 1 - 1e-3))
    base = math.log(prior / (1 - prior))
    score = np.full(len(y), base)
    internal = 2**DEPTH - 1
    features, thresholds, leaves = [], [], []
    for _ in range(TREES):
        p = portable_sigmoid(score)
        gradient, hessian = p - y, p * (1 - p)
        feature, threshold = [0] * internal, [_NO_SPLIT] * internal
        leaf = [0.0] * (internal + 1)
        update = np.zeros(len(y))
        members = {0: np.arange(len(y))}
        for node in range(internal + 1 + internal):
            rows = members.pop(node, np.zeros(0, dtype=np.int64))
            g, h = gradient[rows].sum(), hessian[rows].sum()
            if node >= internal:
                value = float(-g / (h + L2) * LEARNING_RATE) if len(rows) else 0.0
                leaf[node - internal] = value
                update[rows] = value
                continue
            split = _best_split(binned[rows], gradient[rows], hessian[rows], g, h, edges)
            left = rows
            right = np.zeros(0, dtype=np.int64)
            if split is not None:
                j, k = split
                feature[node], threshold[node] = j, float(edges[j][k])
                go_right = binned[rows, j] > k
                left, right = rows[~go_right], rows[go_right]
            members[2 * node + 1], members[2 * node + 2] = left, right
        score += update
        features.append(feature)
        thresholds.append(threshold)
        leaves.append(leaf)
    return dict(depth=DEPTH, base=base, feature=features, threshold=thresholds, leaf=leaves)


def _best_split(
    binned: np.ndarray,
    gradient: np.ndarray,
    hessian: np.ndarray,
    g: float,
    h: float,
    edges: list[np.ndarray],
) -> tuple[int, int] | None:
    """(feature, bin) with the largest second-order gain and MIN_LEAF rows a side, if any."""
    if len(gradient) < 2 * MIN_LEAF:
        return None
    parent = g * g / (h + L2)
    best, best_gain = None, 0.0
    for j, edge in enumerate(edges):
        size = len(edge) + 1
        g_left = np.cumsum(np.bincount(binned[:, j], gradient, size))[:-1]
        h_left = np.cumsum(np.bincount(binned[:, j], hessian, size))[:-1]
        n_left = np.cumsum(np.bincount(binned[:, j], None, size))[:-1]
        gain = g_left**2 / (h_left + L2) + (g - g_left) ** 2 / (h - h_left + L2) - parent
        gain[(n_left < MIN_LEAF) | (len(gradient) - n_left < MIN_LEAF)] = -1.0
        if len(gain) and gain.max() > best_gain:
            best, best_gain = (j, int(np.argmax(gain))), float(gain.max())
    return best


def _text(page: Page, probabilities: np.ndarray, line_threshold: float) -> str:
    kept = [line for line, p in zip(page.lines, probabilities, strict=True) if p >= line_threshold]
    return trim_edges("\n".join(kept), 10)


def _probabilities(model: dict[str, Any], pages: list[Page]) -> list[np.ndarray]:
    ensemble = TreeEnsemble(model)
    return [
        portable_sigmoid(ensemble.log_odds(p.features)) if p.lines else np.zeros(0) for p in pages
    ]


def _inner_half(page: Page) -> int:
    """0 or 1 from a hash of the file name, independent of eval_extract's tune/test split."""
    return hashlib.blake2b(page.name.encode(), digest_size=1, salt=b"inner").digest()[0] % 2


def _trees(pages: list[Page]) -> dict[str, Any]:
    x, y = _training_rows(pages)
    model = dict(features=list(FEATURES), **_fit_trees(x, y))
    model.update(line_threshold=0.5, route_threshold=1.0)
    return model


def fit(pages: list[Page]) -> dict[str, Any]:
    """A model (JSON-ready dict) trained on these pages.

    The thresholds come from out-of-fold predictions inside these pages (two inner halves,
    each scored by trees fitted on the other): in-sample probabilities are overconfident, which
    would pick too high a line threshold and route too few pages.
    """
    halves = [[p for p in pages if _inner_half(p) == h] for h in (0, 1)]
    held_out: list[tuple[Page, np.ndarray]] = []
    for h in (0, 1):
        inner = _trees(halves[1 - h])
        held_out += zip(halves[h], _probabilities(inner, halves[h]), strict=True)
    best = (-1.0, 0.5)
    for line_threshold in LINE_THRESHOLDS:
        total = Score()
        for page, probs in held_out:
            total.add(score_page(_text(page, probs, line_threshold), page.item))
        best = max(best, (total.row()[2], line_threshold))
    unsure = np.array([uncertainty(page.lines, probs) for page, probs in held_out])
    model = _trees(pages)
    model.update(
        line_threshold=best[1],
        route_threshold=float(np.quantile(unsure, 1 - ROUTE_SHARE)),
        training=dict(pages=len(pages), lines=len(_training_rows(pages)[1])),
    )
    return model


def dumps(model: dict[str, Any]) -> str:
    """Stable text: floats as Python's shortest round-trip repr, one tree per line."""
    head = {k: v for k, v in model.items() if k not in ("feature", "threshold", "leaf")}
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    for key in ("feature", "threshold", "leaf"):
        trees = ",\n    ".join(json.dumps(tree) for tree in model[key])
        lines.append(f'  "{key}": [\n    {trees}\n  ]' + ("," if key != "leaf" else ""))
    return "\n".join(lines) + "\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    pages = load(args.data)
    model = fit(pages)
    args.out.write_text(dumps(model), encoding="utf-8")
    print(
        f"{args.out}: {model['training']['lines']} labelled lines of {len(pages)} pages, "
        f"line_threshold {model['line_threshold']}, route_threshold {model['route_threshold']:.5f}"
    )


if __name__ == "__main__":
    main()

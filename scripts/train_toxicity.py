"""Train the toxicity classifier shipped as filters/models/toxicity_davidson.ftz.

Reproduces the shipped file byte for byte from the repo plus ../shared/data (fixed seed, one
thread)::

    .venv/bin/python scripts/train_toxicity.py  # writes filters/models/toxicity_davidson.ftz

Data: the Davidson tweets (toxic = hate speech + offensive, clean = neither) and, as extra clean
examples, real news text (the McCormick English news articles, the Leipzig English sentences of the
lingua test set and 300 sentences of each other lingua language). The tweets alone are 83% toxic,
so a model trained only on them learns "anything unfamiliar is toxic" and would drop ordinary web
prose and every non-English page; the news text teaches it what clean text looks like. The model
judges English only: other languages are scored (mostly low) but their real signal is the
per-language word list. Every source is split into train and held-out test by a stable
hash of its row id (never Python's ``hash``), so ``eval_toxicity.py`` measures on rows this script
never saw.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filters.toxicity import DEFAULT_MODEL, normalize, windows  # noqa: E402

TOXIC, CLEAN = "__label__toxic", "__label__clean"
HELD_OUT_PERCENT = 20
DAVIDSON = "toxicity/davidson-tweets-a.csv"
NEWS_ARTICLES = "neardup/mccormick_articles_1000.train"
LINGUA_DIR = "langid/lingua-sentences"
# Sentences per non-English language: enough to teach "unfamiliar words are not evidence of
# toxicity" without letting the extra data dominate training time.
OTHER_LANGUAGE_SENTENCES = 300
# Articles are cut into tweet-to-paragraph-sized windows, like the units the filter scores.
WINDOW_CHARS = 400

# Chosen on a validation slice of the training part (never on the held-out test), then fixed.
HYPERPARAMETERS = {
    "lr": 0.2,
    "epoch": 10,
    "wordNgrams": 1,
    "dim": 32,
    "minn": 0,
    "maxn": 0,
    "bucket": 200_000,
    "minCount": 1,
    "loss": "softmax",
    "thread": 1,
    "seed": 0,
    "verbose": 0,
}
QUANTIZE = {"qnorm": True, "retrain": True, "cutoff": 50_000, "dsub": 2, "thread": 1}


def is_held_out(key: str) -> bool:
    """Stable train/test assignment: the same row lands on the same side on every machine."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % 100 < HELD_OUT_PERCENT


def davidson_rows(data_dir: Path) -> Iterator[tuple[str, str, int]]:
    """``(key, tweet, label)`` with label 1 for classes 0 (hate) and 1 (offensive), 0 for 2."""
    with (data_dir / DAVIDSON).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield f"davidson:{row['']}", row["tweet"], int(row["class"] in ("0", "1"))


def news_rows(data_dir: Path) -> Iterator[tuple[str, str, int]]:
    """Clean news text: one row per article window and per sentence, all labelled 0.

    Windows of one article share its key, so an article never straddles the split.
    """
    with (data_dir / NEWS_ARTICLES).open(encoding="utf-8") as handle:
        for line in handle:
            article_id, _, text = line.strip().partition(" ")
            for window in windows(text, WINDOW_CHARS, 64, lambda s: s):
                yield f"news:{article_id}", window, 0
    for path in sorted((data_dir / LINGUA_DIR).glob("*.txt")):
        language = path.stem
        limit = None if language == "en" else OTHER_LANGUAGE_SENTENCES
        with path.open(encoding="utf-8") as handle:
            lines = [line.strip() for line in handle][:limit]
        for number, line in enumerate(lines):
            if line:
                yield f"lingua-{language}:{number}", line, 0


def split(data_dir: Path, held_out: bool) -> list[tuple[str, str, int]]:
    """All labelled rows on one side of the split, Davidson first, in file order."""
    rows = [*davidson_rows(data_dir), *news_rows(data_dir)]
    return [row for row in rows if is_held_out(row[0]) == held_out]


def write_fasttext_file(rows: list[tuple[str, str, int]], path: Path) -> None:
    """fastText's input format: label, then the normalised text, one example per line."""
    with path.open("w", encoding="utf-8") as handle:
        for _, text, label in rows:
            words = normalize(text)
            if words:
                handle.write(f"{TOXIC if label else CLEAN} {words}\n")


def train(data_dir: Path, output: Path) -> str:
    """Train, quantize and save; returns the SHA-256 of the written model."""
    import fasttext

    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        write_fasttext_file(split(data_dir, held_out=False), train_file)
        model = fasttext.train_supervised(input=str(train_file), **HYPERPARAMETERS)
        model.quantize(input=str(train_file), **QUANTIZE)
        output.parent.mkdir(parents=True, exist_ok=True)
        model.save_model(str(output))
    return hashlib.sha256(output.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args()
    digest = train(args.data_dir, args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size:,} bytes, sha256 {digest})")


if __name__ == "__main__":
    main()

"""What the quality stage's word tokenizer holds as its vocabulary grows, and what a lower
``max_lexemes`` would cost (docs/scale.md, Memory).

    python scripts/bench_lexemes.py [--caps 300000 50000]

The stream: the neardup set's 1,000 news articles six times, 30 words of each copy replaced by
random letters (as the replica corpora change one word per paragraph): each document brings new
lexemes, as a crawl's long tail does. Per cap: CPU seconds, rebuilds, and this process's RSS
above its level after warm-up, at its peak. Run each cap in a fresh process for the RSS.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from pathlib import Path

from filters.quality import LexemeKeepingSpacyTokenizer

ARTICLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "neardup"
ARTICLES = ARTICLES / "mccormick_articles_1000.train"


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6


def stream(copies: int = 6, changed: int = 30) -> list[str]:
    rng = random.Random(1)
    texts = [line.split(" ", 1)[1] for line in ARTICLES.read_text("utf-8", "replace").splitlines()]
    docs = []
    for _ in range(copies):
        for text in texts:
            words = text.split()
            for _ in range(changed):
                i = rng.randrange(len(words))
                words[i] = "".join(rng.choice(string.ascii_lowercase) for _ in words[i])
            docs.append(" ".join(words))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--caps", type=int, nargs="+", default=[300_000])
    args = parser.parse_args()
    docs = stream()
    for cap in args.caps:
        tokenizer = LexemeKeepingSpacyTokenizer("en", max_lexemes=cap)
        tokenizer.word_tokenize("warm up")
        base, peak, most, rebuilds = rss_mb(), 0.0, 0, 0
        started = time.process_time()
        for text in docs:
            before = tokenizer.n_lexemes
            tokenizer.word_tokenize(text)
            rebuilds += tokenizer.n_lexemes < before
            most = max(most, tokenizer.n_lexemes)
            peak = max(peak, rss_mb())
        cpu = time.process_time() - started
        print(
            f"max_lexemes {cap}: {len(docs)} docs, {cpu:.1f} CPU s, {rebuilds} rebuilds, "
            f"at most {most} lexemes, RSS +{peak - base:.0f} MB"
        )


if __name__ == "__main__":
    main()

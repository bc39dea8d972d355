"""Near-duplicate detection quality and signature speed of the MinHash stage.

Quality is precision/recall/F1 of duplicate *pairs* (every pair inside a predicted cluster is a
predicted pair) on two sets:

- McCormick's 1,000 news articles with 10 planted near-duplicate pairs (``../shared/data/neardup``);
- a planted set built here from the real English Wikipedia sample: for each of 200 pages, one copy
  with a realistic edit (5-30 % of words changed, boilerplate added, paragraphs reordered, or
  truncated), seeded, so the numbers are reproducible.

Clusters come from the same hasher, band keys and connected components that ``MinhashDedup``
computes on Beam (``tests/test_dedup.py`` checks that the Beam transform equals this union-find
on the candidate graph), so the quality numbers do not wait on a pipeline start.

Usage: ``python scripts/eval_dedup.py [--data ../shared/data] [--set stages.minhash.KEY=VALUE]``.
``signature_speed()`` is the function ``scripts/bench.py`` can call.
"""

from __future__ import annotations

import argparse
import bz2
import random
import re
import time
from itertools import combinations
from pathlib import Path
from typing import Any

from filters.minhash import MinHasher, band_keys, optimal_bands_rows
from filters.text import TextNormaliser

ROOT = Path(__file__).resolve().parent.parent
BOILERPLATE = (
    "Share this article on Facebook Twitter and email. Sign up for our newsletter to get the "
    "latest stories delivered to your inbox. Cookies help us deliver our services. "
)


def hasher_and_bands(options: dict[str, Any]) -> tuple[MinHasher, int, int]:
    bands, rows = options.get("num_bands", 14), options.get("rows_per_band", 8)
    if options.get("threshold"):
        bands, rows = optimal_bands_rows(float(options["threshold"]), bands * rows)
    hasher = MinHasher(
        num_perm=bands * rows,
        ngram_size=int(options.get("ngram_size", 5)),
        hash_bits=int(options.get("hash_bits", 32)),
        normaliser=TextNormaliser(),
    )
    return hasher, bands, rows


def clusters(texts: dict[str, str], options: dict[str, Any]) -> dict[str, str]:
    """id → component minimum over the LSH candidate graph (star edges, union-find)."""
    hasher, bands, rows = hasher_and_bands(options)
    ids = sorted(texts)
    keys = band_keys(hasher.signatures([texts[i] for i in ids]), bands, rows).tolist()
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    buckets: dict[tuple[int, int], str] = {}
    for doc_id, doc_keys in zip(ids, keys, strict=True):
        for band, key in enumerate(doc_keys):
            centre = buckets.setdefault((band, key), doc_id)
            a, b = find(doc_id), find(centre)
            parent[max(a, b)] = min(a, b)
    return {i: find(i) for i in ids}


def pair_scores(found: dict[str, str], truth: set[frozenset[str]]) -> dict[str, float]:
    members: dict[str, list[str]] = {}
    for doc_id, root in found.items():
        members.setdefault(root, []).append(doc_id)
    predicted = {frozenset(p) for group in members.values() for p in combinations(group, 2)}
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(truth),
        "predicted": len(predicted),
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def mccormick(data: Path) -> tuple[dict[str, str], set[frozenset[str]]]:
    base = data / "neardup" / "mccormick_articles_1000"
    texts = {}
    for line in base.with_suffix(".train").read_text(encoding="utf-8").splitlines():
        doc_id, _, text = line.partition(" ")
        texts[doc_id] = text
    truth = {
        frozenset(line.split()) for line in base.with_suffix(".truth").read_text().splitlines()
    }
    return texts, truth


def wiki_pages(data: Path, min_words: int = 150) -> list[str]:
    """Plain-ish text of the English sample's articles (markup stripped crudely; enough here)."""
    raw = bz2.open(data / "wiki" / "enwiki-sample.xml.bz2").read().decode("utf-8")
    pages = []
    for body in re.findall(r"<text[^>]*>(.*?)</text>", raw, flags=re.S):
        text = re.sub(r"\{\{.*?\}\}|&lt;.*?&gt;|\[\[(?:[^|\]]*\|)?|\]\]|'{2,}|&[a-z]+;", "", body)
        text = re.sub(r"[ \t]+", " ", text).strip()
        if len(text.split()) >= min_words and not text.lower().startswith("#redirect"):
            pages.append(text)
    return pages


EDITS = ("substitute", "boilerplate", "reorder", "truncate")


def edit(text: str, kind: str, rnd: random.Random) -> str:
    """One realistic near-duplicate edit."""
    if kind == "substitute":
        words = text.split()
        fraction = rnd.uniform(0.05, 0.30)
        for pos in rnd.sample(range(len(words)), int(fraction * len(words))):
            words[pos] = rnd.choice(words)
        return " ".join(words)
    if kind == "boilerplate":
        return BOILERPLATE + text + "\n" + BOILERPLATE
    if kind == "reorder":
        paragraphs = [p for p in text.split("\n") if p.strip()]
        rnd.shuffle(paragraphs)
        return "\n".join(paragraphs)
    words = text.split()
    return " ".join(words[: int(len(words) * rnd.uniform(0.7, 0.9))])


def planted(data: Path, n: int = 200, seed: int = 0) -> tuple[dict, dict[str, set]]:
    """Originals plus one edited copy each; the truth pairs per edit kind."""
    rnd = random.Random(seed)
    pages = wiki_pages(data)
    texts: dict[str, str] = {f"w{i:04d}": page for i, page in enumerate(pages)}
    truth: dict[str, set] = {kind: set() for kind in EDITS}
    for i in rnd.sample(range(len(pages)), min(n, len(pages))):
        kind = EDITS[i % len(EDITS)]
        copy_id = f"w{i:04d}-{kind}"
        texts[copy_id] = edit(pages[i], kind, rnd)
        truth[kind].add(frozenset((f"w{i:04d}", copy_id)))
    return texts, truth


def signature_speed(n_docs: int = 4000, doc_bytes: int = 2000, num_perm: int = 112) -> dict:
    """Signature throughput on ~2 KB English documents, per core (CPU time of this process)."""
    data = ROOT.parent / "shared" / "data"
    words = " ".join(wiki_pages(data, min_words=1)).split()
    docs, pos = [], 0
    while len(docs) < n_docs:
        chunk = []
        while sum(len(w) + 1 for w in chunk) < doc_bytes:
            chunk.append(words[pos % len(words)])
            pos += 1
        docs.append(" ".join(chunk))
    hasher = MinHasher(num_perm=num_perm)
    hasher.signatures(docs[:64])  # tables built outside the timing
    cpu, wall = time.process_time(), time.perf_counter()
    for begin in range(0, len(docs), 512):
        hasher.signatures(docs[begin : begin + 512])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "docs": n_docs,
        "avg_bytes": sum(map(len, docs)) / n_docs,
        "num_perm": num_perm,
        "docs_per_cpu_s": n_docs / cpu,
        "docs_per_wall_s": n_docs / wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--set", action="append", default=[], help="minhash option KEY=VALUE")
    args = parser.parse_args()
    options = dict(item.split("=", 1) for item in args.set)
    hasher, bands, rows = hasher_and_bands(options)
    print(
        f"settings: {bands} bands x {rows} rows, {hasher.ngram_size}-gram words, "
        f"{hasher.hash_bits}-bit"
    )
    texts, truth = mccormick(args.data)
    print("mccormick", _fmt(pair_scores(clusters(texts, options), truth)))
    texts, by_kind = planted(args.data)
    found = clusters(texts, options)
    everything = set().union(*by_kind.values())
    print("planted (all)", _fmt(pair_scores(found, everything)))
    for kind, pairs in by_kind.items():
        hit = sum(1 for p in pairs if len({found[i] for i in p}) == 1)
        print(f"  recall {kind}: {hit}/{len(pairs)}")
    print("signature speed", _fmt(signature_speed()))


def _fmt(values: dict) -> str:
    return " ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
    )


if __name__ == "__main__":
    main()

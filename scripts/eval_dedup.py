"""Near-duplicate detection quality and signature speed of the MinHash stage.

Quality is precision/recall/F1 of duplicate *pairs* (every pair inside a predicted cluster is a
predicted pair), plus text-dedup's document-level scores (see ``text_dedup_scores``), on:

- McCormick's 1,000 news articles with 10 planted near-duplicate pairs (``../shared/data/neardup``);
- a multilingual planted set built here from all the shared Wikipedia dumps (en, el, uk, vi, ja;
  ja is shingled by characters): originals that are not near-duplicates of each other, plus one
  edited copy of a seeded half of them. Realistic edits are what separates copies of a page on
  the web: ``spans`` (5-30 % of the words changed in 1-4 contiguous spans: a rewritten sentence,
  an inserted or deleted passage), ``boilerplate`` (header and footer added), ``reorder``
  (sections moved: 2-4 blocks of paragraphs permuted), ``truncate`` (the last 10-30 % cut).
  ``uniform`` (5-30 % of the words substituted at independent random positions) is reported
  apart as a stress test: it destroys each 5-gram with probability 1-(1-r)^5, so no word-5-gram
  MinHash near a 0.75 threshold can find most of those copies.

Clusters come from the same hasher, band keys and connected components that ``MinhashDedup``
computes on Beam (``tests/test_dedup.py`` checks that the Beam transform equals this union-find
on the candidate graph), so the quality numbers do not wait on a pipeline start.

Usage: ``python scripts/eval_dedup.py [--data ../shared/data] [--seed 0] [--set KEY=VALUE]``
with KEY one of num_bands, rows_per_band, threshold, ngram_size, char_ngram_size, hash_bits,
verify (true: candidate pairs below the threshold's exact Jaccard are dropped, as ``verify``).
``signature_speed()`` is the function ``scripts/bench.py`` can call.
"""

from __future__ import annotations

import argparse
import bz2
import lzma
import random
import re
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from filters.minhash import MinHasher, band_keys, jaccard, optimal_bands_rows
from filters.text import TextNormaliser
from pipelines.sources.wikipedia import iter_wikipedia

ROOT = Path(__file__).resolve().parent.parent
DUMPS = (
    "enwiki-sample.xml.bz2",
    "elwiki-truncated.xml.xz",
    "ukwiki-truncated.xml.xz",
    "viwiki-truncated.xml.xz",
    "jawiki-truncated.xml.xz",
)
# Pages shorter than this (words; characters for unspaced scripts) are not planted: a 5-30 %
# edit of a stub is a different text, not a near-duplicate.
MIN_UNITS = {"words": 150, "chars": 400}
# Originals at least this similar to another original are dropped, so the truth is complete.
ORIGINALS_MAX_JACCARD = 0.5
HEADER = (
    "Home | News | Sport | Weather | Sign in. Share this article on Facebook, Twitter and "
    "e-mail. Published 12 March 2021, updated 14 March 2021. "
)
FOOTER = (
    " Sign up for our newsletter to get the latest stories delivered to your inbox. Cookies help "
    "us deliver our services; by using them you agree to our use of cookies. Terms of use, "
    "privacy policy, contact us. © 2021 All rights reserved."
)
REALISTIC = ("spans", "boilerplate", "reorder", "truncate")
STRESS = ("uniform",)


def hasher_and_bands(options: dict[str, Any]) -> tuple[MinHasher, int, int]:
    bands, rows = int(options.get("num_bands", 14)), int(options.get("rows_per_band", 8))
    if options.get("threshold"):
        bands, rows = optimal_bands_rows(float(options["threshold"]), bands * rows)
    hasher = MinHasher(
        num_perm=bands * rows,
        ngram_size=int(options.get("ngram_size", 5)),
        char_ngram_size=int(options.get("char_ngram_size", 5)),
        hash_bits=int(options.get("hash_bits", 32)),
        normaliser=TextNormaliser(),
    )
    return hasher, bands, rows


def clusters(docs: dict[str, tuple[str, str | None]], options: dict[str, Any]) -> dict[str, str]:
    """id → component minimum over the LSH candidate graph (star edges, union-find)."""
    hasher, bands, rows = hasher_and_bands(options)
    ids = sorted(docs)
    texts = [docs[i][0] for i in ids]
    keys = band_keys(hasher.signatures(texts, [docs[i][1] for i in ids]), bands, rows).tolist()
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    verify = str(options.get("verify", "false")).lower() == "true"
    threshold = float(options.get("threshold") or (1 / bands) ** (1 / rows))
    if verify:
        sets = dict(zip(ids, hasher.shingle_sets(texts, [docs[i][1] for i in ids]), strict=True))
    buckets: dict[tuple[int, int], str] = {}
    for doc_id, doc_keys in zip(ids, keys, strict=True):
        for band, key in enumerate(doc_keys):
            centre = buckets.setdefault((band, key), doc_id)
            if verify and jaccard(sets[doc_id], sets[centre]) < threshold:
                continue  # as VerifyEdges: the exact Jaccard against the star centre decides
            a, b = find(doc_id), find(centre)
            parent[max(a, b)] = min(a, b)
    return {i: find(i) for i in ids}


def _groups(found: dict[str, str]) -> dict[str, list[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, root in found.items():
        members[root].append(doc_id)
    return members


def pair_scores(found: dict[str, str], truth: set[frozenset[str]]) -> dict[str, float]:
    """Precision/recall/F1 over duplicate pairs (a predicted cluster of k predicts k(k-1)/2)."""
    predicted = {frozenset(p) for group in _groups(found).values() for p in combinations(group, 2)}
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


def text_dedup_scores(found: dict[str, str], truth: set[frozenset[str]]) -> dict[str, float]:
    """text-dedup's CORE-benchmark scores, recomputed on our sets (their metric, not their data).

    Per document: TP if it has labelled duplicates and all are in its predicted cluster, FP if it
    has a predicted duplicate otherwise, FN / TN if it has none. text-dedup's "Macro F1" (0.952-
    0.953 for MinHash in its README) is, by its own code's comment, the mean of the duplicate and
    non-duplicate *precisions*; we print that (``td_macro``) and the real macro F1 beside it.
    """
    labels: dict[str, set[str]] = defaultdict(set)
    for a, b in map(tuple, truth):
        labels[a].add(b)
        labels[b].add(a)
    groups = _groups(found)
    counts = Counter()
    for doc_id, root in found.items():
        predicted = set(groups[root]) - {doc_id}
        dups = labels.get(doc_id, set())
        if not predicted:
            counts["fn" if dups else "tn"] += 1
        else:
            counts["tp" if dups and dups <= predicted else "fp"] += 1

    def ratio(num: str, other: str) -> float:
        return counts[num] / (counts[num] + counts[other]) if counts[num] + counts[other] else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    dup_p, dup_r, non_p, non_r = (
        ratio("tp", "fp"),
        ratio("tp", "fn"),
        ratio("tn", "fn"),
        ratio("tn", "fp"),
    )
    return {
        "td_macro": (dup_p + non_p) / 2,
        "macro_f1": (f1(dup_p, dup_r) + f1(non_p, non_r)) / 2,
        "dup_precision": dup_p,
        "dup_recall": dup_r,
    }


def mccormick(data: Path) -> tuple[dict[str, tuple[str, None]], set[frozenset[str]]]:
    base = data / "neardup" / "mccormick_articles_1000"
    docs = {}
    for line in base.with_suffix(".train").read_text(encoding="utf-8").splitlines():
        doc_id, _, text = line.partition(" ")
        docs[doc_id] = (text, None)
    truth = {
        frozenset(line.split()) for line in base.with_suffix(".truth").read_text().splitlines()
    }
    return docs, truth


# ----- the planted set -------------------------------------------------------------------------


def wiki_pages(data: Path) -> list[dict[str, Any]]:
    """Every article of the shared dumps as a record (id, text, language), via our own reader."""
    pages = []
    for name in DUMPS:
        path = data / "wiki" / name
        opener = bz2.open if name.endswith(".bz2") else lzma.open
        with opener(path, "rb") as stream:
            pages += [
                record
                for record in iter_wikipedia(stream, str(path), "wikipedia")
                if "stage" not in record  # rejects: redirects, other namespaces, the cut page
            ]
    return pages


def units(text: str, language: str) -> tuple[list[str], str]:
    """Edit units (words, or characters for unspaced scripts) with paragraph breaks kept as
    ``"\\n"`` units, and the string that joins them back."""
    if language in MinHasher().char_languages:
        return re.findall(r"\n|\S", text), ""
    return re.findall(r"\n|\S+", text), " "


def join(tokens: list[str], joiner: str) -> str:
    return re.sub(r" ?\n ?", "\n", joiner.join(tokens)).strip()


def _content(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t != "\n")


def span_edit(tokens: list[str], donor: list[str], rnd: random.Random) -> tuple[list[str], float]:
    """5-30 % of the units changed in 1-4 contiguous spans: rewritten, inserted or deleted."""
    tokens = list(tokens)
    fraction = rnd.uniform(0.05, 0.30)
    budget = max(1, round(fraction * _content(tokens)))
    n_spans = min(rnd.randint(1, 4), budget)
    cuts = sorted(rnd.sample(range(1, budget), n_spans - 1)) if n_spans > 1 else []
    for length in (b - a for a, b in zip([0, *cuts], [*cuts, budget], strict=True)):
        op = rnd.choice(("rewrite", "insert", "delete"))
        pos = rnd.randrange(max(1, len(tokens) - length))
        start = rnd.randrange(max(1, len(donor) - length))
        patch = donor[start : start + length]
        if op == "rewrite":
            tokens[pos : pos + length] = patch
        elif op == "insert":
            tokens[pos:pos] = patch
        else:
            del tokens[pos : pos + length]
    return tokens, fraction


def uniform_edit(tokens: list[str], rnd: random.Random) -> tuple[list[str], float]:
    """The stress test: 5-30 % of the units substituted at independent random positions."""
    tokens = list(tokens)
    fraction = rnd.uniform(0.05, 0.30)
    content = [i for i, t in enumerate(tokens) if t != "\n"]
    for pos in rnd.sample(content, int(fraction * len(content))):
        tokens[pos] = tokens[rnd.choice(content)]
    return tokens, fraction


def reorder(text: str, rnd: random.Random) -> str:
    """Sections moved: the paragraphs cut into 2-4 blocks at random breaks, blocks permuted (as
    when a site template puts the parts of a page in another order). Shuffling every line
    instead would cut each short line's shingles apart, which no copy on the web does."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) < 2:
        return text
    n_blocks = min(rnd.randint(2, 4), len(paragraphs))
    cuts = sorted(rnd.sample(range(1, len(paragraphs)), n_blocks - 1))
    blocks = [paragraphs[a:b] for a, b in zip([0, *cuts], [*cuts, len(paragraphs)], strict=True)]
    order = list(range(n_blocks))
    while order == sorted(order):
        rnd.shuffle(order)
    return "\n".join(p for i in order for p in blocks[i])


def edit(page: dict, kind: str, donor: dict, rnd: random.Random) -> tuple[str, float]:
    """One edited copy of a page, and the fraction of its units the edit touched."""
    tokens, joiner = units(page["text"], page["language"])
    if kind == "spans":
        tokens, fraction = span_edit(tokens, units(donor["text"], donor["language"])[0], rnd)
    elif kind == "uniform":
        tokens, fraction = uniform_edit(tokens, rnd)
    elif kind == "boilerplate":
        return HEADER + "\n" + page["text"] + "\n" + FOOTER, 0.0
    elif kind == "reorder":
        return reorder(page["text"], rnd), 0.0
    else:
        fraction = rnd.uniform(0.10, 0.30)
        tokens = tokens[: round(len(tokens) * (1 - fraction))]
    return join(tokens, joiner), fraction


def distinct_originals(pages: list[dict], options: dict[str, Any]) -> list[dict]:
    """Long pages that are not near-duplicates of each other (exact Jaccard < 0.5), so every true
    duplicate pair of the planted set is a planted one. Candidates come from a loose LSH."""
    long_pages = []
    for page in pages:
        tokens, joiner = units(page["text"], page["language"])
        if _content(tokens) >= MIN_UNITS["chars" if joiner == "" else "words"]:
            long_pages.append(page)
    hasher, _, _ = hasher_and_bands(options)
    texts, languages = [p["text"] for p in long_pages], [p["language"] for p in long_pages]
    sets = hasher.shingle_sets(texts, languages)
    loose_bands, loose_rows = optimal_bands_rows(0.3, hasher.num_perm)
    keys = band_keys(hasher.signatures(texts, languages), loose_bands, loose_rows).tolist()
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, doc_keys in enumerate(keys):
        for band, key in enumerate(doc_keys):
            buckets[(band, key)].append(index)
    dropped = set()
    for members in buckets.values():
        for a, b in combinations(members, 2):
            if a not in dropped and jaccard(sets[a], sets[b]) >= ORIGINALS_MAX_JACCARD:
                dropped.add(max(a, b))
    return [p for i, p in enumerate(long_pages) if i not in dropped]


def planted(
    originals: list[dict], kinds: tuple[str, ...], seed: int
) -> tuple[dict[str, tuple[str, str]], dict[str, set], dict[frozenset, float]]:
    """Originals plus one edited copy for a seeded half of them (kinds round-robin, donors of
    the same language); truth pairs per kind, and each pair's edited fraction."""
    rnd = random.Random(seed)
    docs = {p["id"]: (p["text"], p["language"]) for p in originals}
    by_language: dict[str, list[dict]] = defaultdict(list)
    for page in originals:
        by_language[page["language"]].append(page)
    truth: dict[str, set] = {kind: set() for kind in kinds}
    fractions: dict[frozenset, float] = {}
    chosen = rnd.sample(range(len(originals)), len(originals) // 2)
    for n, index in enumerate(sorted(chosen)):
        page, kind = originals[index], kinds[n % len(kinds)]
        donor = rnd.choice([p for p in by_language[page["language"]] if p is not page])
        copy_id = f"{page['id']}#{kind}"
        text, fraction = edit(page, kind, donor, rnd)
        docs[copy_id] = (text, page["language"])
        pair = frozenset((page["id"], copy_id))
        truth[kind].add(pair)
        fractions[pair] = fraction
    return docs, truth, fractions


def report_planted(
    label: str, docs: dict, truth: dict[str, set], fractions: dict, options: dict
) -> None:
    found = clusters(docs, options)
    everything = set().union(*truth.values())
    print(f"{label}", _fmt(pair_scores(found, everything)))
    print(f"  text-dedup metric: {_fmt(text_dedup_scores(found, everything))}")
    hits = {p for p in everything if len({found[i] for i in p}) == 1}
    for kind, pairs in truth.items():
        print(f"  recall {kind}: {len(pairs & hits)}/{len(pairs)}")
    edited = {p: f for p, f in fractions.items() if f > 0}
    for low, high in ((0.05, 0.10), (0.10, 0.15), (0.15, 0.20), (0.20, 0.30)):
        band = {p for p, f in edited.items() if low <= f < high}
        if band:
            print(f"  recall edited {low:.0%}-{high:.0%}: {len(band & hits)}/{len(band)}")
    languages = Counter(docs[i][1] for i in docs if "#" not in i)
    recall_by_language = Counter(docs[min(p)][1] for p in hits)
    planted_by_language = Counter(docs[min(p)][1] for p in everything)
    print(
        "  originals/recall by language: "
        + " ".join(
            f"{lang}={languages[lang]}/{recall_by_language[lang]}/{planted_by_language[lang]}"
            for lang in sorted(languages)
        )
    )


# ----- speed -----------------------------------------------------------------------------------


def signature_speed(
    n_docs: int = 4000, doc_bytes: int = 2000, num_perm: int = 112, data: Path | None = None
) -> dict:
    """Signature throughput on ~2 KB English documents, per core (CPU time of this process)."""
    data = data or ROOT.parent / "shared" / "data"
    english = [p["text"] for p in wiki_pages(data) if p["language"] == "en"]
    words = " ".join(english).split()
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
    parser.add_argument("--seed", type=int, default=0, help="seed of the planted set")
    parser.add_argument("--set", action="append", default=[], help="minhash option KEY=VALUE")
    parser.add_argument("--no-speed", action="store_true", help="skip the signature timing")
    args = parser.parse_args()
    options = dict(item.split("=", 1) for item in args.set)
    hasher, bands, rows = hasher_and_bands(options)
    threshold = (1 / bands) ** (1 / rows)
    print(
        f"settings: {bands} bands x {rows} rows (S-curve midpoint ~{threshold:.2f}), "
        f"{hasher.ngram_size}-gram words / {hasher.char_ngram_size}-gram characters, "
        f"{hasher.hash_bits}-bit"
    )
    docs, truth = mccormick(args.data)
    found = clusters(docs, options)
    print("mccormick", _fmt(pair_scores(found, truth)))
    print(f"  text-dedup metric: {_fmt(text_dedup_scores(found, truth))}")
    originals = distinct_originals(wiki_pages(args.data), options)
    for label, kinds in (("planted realistic", REALISTIC), ("planted uniform (stress)", STRESS)):
        report_planted(label, *planted(originals, kinds, args.seed), options)
    if not args.no_speed:
        print("signature speed", _fmt(signature_speed(data=args.data)))


def _fmt(values: dict) -> str:
    return " ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
    )


if __name__ == "__main__":
    main()

"""Near-duplicate detection quality and cost of MinHash settings, tuned and held out by source.

Quality is precision/recall/F1 of duplicate *pairs* (every pair inside a predicted cluster is a
predicted pair), plus text-dedup's document-level scores (see ``text_dedup_scores``).

The sets are split by source. Settings are chosen on the TUNE set only; the HELD-OUT sets are
never looked at by ``--sweep``:

- tune: ``wikipedia`` -- originals from all the shared Wikipedia dumps (en, el, uk, vi, ja; ja is
  shingled by characters) that are not near-duplicates of each other, plus one edited copy of a
  seeded half of them;
- held out: ``web`` -- the benchmark's web pages (trafilatura's evaluation pages, mostly de, then
  en, fr, es, pl, and the Common Crawl samples, zh among them) as the default extractor gives them
  (``scripts/web_texts.py``), planted the same way; boilerplate copies get another header and
  footer than the tune set's (a German cookie banner and navigation);
- held out: ``news`` -- McCormick's 1,000 English news articles, planted the same way;
- held out: ``mccormick`` -- the same articles with their own 10 labelled near-duplicate pairs.

Realistic edits are what separates copies of a page on the web: ``spans`` (5-30 % of the words
changed in 1-4 contiguous spans: a rewritten sentence, an inserted or deleted passage),
``boilerplate`` (header and footer added), ``reorder`` (sections moved: 2-4 blocks of paragraphs,
or of sentences for a text of fewer than 4 paragraphs, permuted), ``truncate`` (the last 10-30 %
cut). ``uniform`` (5-30 % of the words substituted at independent random positions) is reported
apart as a stress test: it destroys each 5-gram with probability 1-(1-r)^5.

Clusters: band keys from ``filters.minhash``, the two-level bucket stars of
``pipelines.dedup.BucketStars`` (sub-buckets by ``bucket_salt``), optional verification of every
star edge, union-find (``tests/test_dedup.py`` checks the Beam transform against a union-find on
the same candidate graph). ``verify``: ``exact`` keeps an edge when the exact shingle Jaccard
reaches the threshold, ``signature`` when the share of equal signature values (the MinHash
estimate of the Jaccard) does.

Cost per setting (``--sweep``): CPU milliseconds per document for signatures + band keys, for
shingle sets and for the edge checks, measured with ``time.process_time`` on the tune documents
(each measured once per n-gram size and permutation count), and the volumes each setting puts
into shuffles: band records and candidate edges per document, verification payload bytes.

Usage::

    python scripts/eval_dedup.py [--set KEY=VALUE ...]   # one setting on every set
    python scripts/eval_dedup.py --sweep                  # candidates on the tune set only

KEY: num_bands, rows_per_band, threshold (bands x rows from datasketch's optimiser over
num_bands*rows_per_band permutations, and the verify threshold), ngram_size, char_ngram_size,
hash_bits, verify (false, true, exact or signature), verify_with (what true means: signature,
as in the config). ``--tune-only`` leaves the held-out sets alone. ``signature_speed()`` is what
``scripts/bench`` calls.
"""

from __future__ import annotations

import argparse
import bz2
import functools
import lzma
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from filters.minhash import MinHasher, band_keys, jaccard, optimal_bands_rows
from pipelines.dedup import bucket_salt
from pipelines.sources.wikipedia import iter_wikipedia

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
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
# Boilerplate of the tune set's copies...
TUNE_BOILERPLATE = (
    "Home | News | Sport | Weather | Sign in. Share this article on Facebook, Twitter and "
    "e-mail. Published 12 March 2021, updated 14 March 2021. ",
    " Sign up for our newsletter to get the latest stories delivered to your inbox. Cookies help "
    "us deliver our services; by using them you agree to our use of cookies. Terms of use, "
    "privacy policy, contact us. © 2021 All rights reserved.",
)
# ... and of the held-out sets' copies, written apart so that nothing tuned saw it.
HELD_OUT_BOILERPLATE = (
    "Startseite > Ratgeber > Aktuelles\nMenü schließen Suche Anmelden Merkzettel (0)\n"
    "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die "
    "Zugriffe auf unsere Website zu analysieren. Mit Klick auf „Alle akzeptieren“ stimmen Sie "
    "der Verarbeitung zu. Einstellungen Alle akzeptieren",
    "Das könnte Sie auch interessieren\nNewsletter abonnieren und keine Neuigkeit mehr "
    "verpassen!\nImpressum | Datenschutz | AGB | Kontakt | Barrierefreiheit\n"
    "© 2023 Verlagsgruppe Mustermann GmbH & Co. KG. Alle Rechte vorbehalten.",
)
REALISTIC = ("spans", "boilerplate", "reorder", "truncate")
STRESS = ("uniform",)
TUNE_SETS = ("wikipedia",)
HELD_OUT_SETS = ("web", "news", "mccormick")


# ----- settings and clustering -----------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One candidate configuration of the MinHash stage."""

    bands: int = 14
    rows: int = 8
    ngram: int = 5
    char_ngram: int = 5
    hash_bits: int = 32
    verify: str = "none"  # none | exact | signature
    threshold: float | None = None  # verify threshold; None: the S-curve midpoint

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows

    @property
    def cut(self) -> float:
        return self.threshold or (1 / self.bands) ** (1 / self.rows)

    def label(self) -> str:
        verify = "" if self.verify == "none" else f" verify={self.verify}@{self.cut:.2f}"
        return f"{self.bands}x{self.rows} {self.ngram}-gram{verify}"


def setting_from(options: dict[str, Any]) -> Setting:
    """The setting that ``--set`` options (the config's key names) describe; what they leave
    out is the stage's default (``pipelines.config.MinhashConfig``)."""
    from pipelines.config import MinhashConfig

    cfg = MinhashConfig(**{k: v for k, v in options.items() if k != "verify"})
    bands, rows = cfg.num_bands, cfg.rows_per_band
    if cfg.threshold is not None:
        bands, rows = optimal_bands_rows(cfg.threshold, bands * rows)
    verify = str(options.get("verify", cfg.verify)).lower()
    verify = {"false": "none", "true": cfg.verify_with}.get(verify, verify)
    if verify not in ("none", "exact", "signature"):
        raise SystemExit(f"verify must be false, true, exact or signature, got {verify!r}")
    return Setting(
        bands=bands,
        rows=rows,
        ngram=cfg.ngram_size,
        char_ngram=cfg.char_ngram_size,
        hash_bits=cfg.hash_bits,
        verify=verify,
        threshold=cfg.threshold,
    )


class Features:
    """Signatures and shingle sets of one document set, computed once per shingling shape."""

    def __init__(self, docs: dict[str, tuple[str, str | None]]):
        self.ids = sorted(docs)
        self.texts = [docs[i][0] for i in self.ids]
        self.languages = [docs[i][1] for i in self.ids]
        self.cpu: dict[tuple, float] = {}

    @functools.cache  # noqa: B019 - one Features per set, alive for the whole run
    def signatures(self, num_perm: int, ngram: int, char_ngram: int, bits: int) -> np.ndarray:
        hasher = MinHasher(
            num_perm=num_perm, ngram_size=ngram, char_ngram_size=char_ngram, hash_bits=bits
        )
        hasher.signatures(self.texts[:8])  # power tables built outside the timing
        started = time.process_time()
        sigs = np.concatenate(
            [
                hasher.signatures(self.texts[b : b + 512], self.languages[b : b + 512])
                for b in range(0, len(self.texts), 512)
            ]
        )
        self.cpu[("signatures", num_perm, ngram, char_ngram, bits)] = time.process_time() - started
        return sigs

    @functools.cache  # noqa: B019
    def sets(self, ngram: int, char_ngram: int, bits: int) -> list[np.ndarray]:
        hasher = MinHasher(num_perm=1, ngram_size=ngram, char_ngram_size=char_ngram, hash_bits=bits)
        started = time.process_time()
        sets = [
            s
            for b in range(0, len(self.texts), 512)
            for s in hasher.shingle_sets(self.texts[b : b + 512], self.languages[b : b + 512])
        ]
        self.cpu[("sets", ngram, char_ngram, bits)] = time.process_time() - started
        return sets

    def sigs_for(self, s: Setting) -> np.ndarray:
        return self.signatures(s.num_perm, s.ngram, s.char_ngram, s.hash_bits)

    def sets_for(self, s: Setting) -> list[np.ndarray]:
        return self.sets(s.ngram, s.char_ngram, s.hash_bits)


@dataclass
class Clustering:
    found: dict[str, str]  # id -> component minimum
    edges: int  # distinct candidate star edges before verification
    checks: int  # edges verified
    check_cpu: float  # CPU seconds of the checks
    keys_cpu: float  # CPU seconds of the band keys


def cluster(features: Features, setting: Setting) -> Clustering:
    """id → component minimum: two-level bucket stars, optional verification, union-find."""
    ids = features.ids
    sigs = features.sigs_for(setting)
    started = time.process_time()
    keys = band_keys(sigs, setting.bands, setting.rows)
    keys_cpu = time.process_time() - started
    empty = (sigs == np.iinfo(sigs.dtype).max).all(axis=1)
    salts = [bucket_salt(i) for i in ids]
    edges: set[tuple[int, int]] = set()
    for band in range(setting.bands):
        buckets: dict[int, list[int]] = defaultdict(list)
        for index, key in enumerate(keys[:, band].tolist()):
            if not empty[index]:
                buckets[key].append(index)
        for members in buckets.values():
            if len(members) < 2:
                continue
            by_salt: dict[int, list[int]] = defaultdict(list)
            for index in members:
                by_salt[salts[index]].append(index)
            minima = []
            for group in by_salt.values():
                centre = min(group)
                minima.append(centre)
                edges.update((m, centre) for m in group if m != centre)
            centre = min(minima)
            edges.update((m, centre) for m in minima if m != centre)
    if setting.verify == "exact":
        features.sets_for(setting)  # computed (and timed) apart from the checks
    started = time.process_time()
    kept = [e for e in edges if _passes(features, setting, sigs, *e)]
    check_cpu = time.process_time() - started
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in kept:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    found = {ids[i]: ids[find(i)] for i in range(len(ids))}
    checks = len(edges) if setting.verify != "none" else 0
    return Clustering(found, len(edges), checks, check_cpu, keys_cpu)


def _passes(features: Features, setting: Setting, sigs: np.ndarray, a: int, b: int) -> bool:
    if setting.verify == "exact":
        sets = features.sets_for(setting)
        return jaccard(sets[a], sets[b]) >= setting.cut
    if setting.verify == "signature":
        return float(np.mean(sigs[a] == sigs[b])) >= setting.cut
    return True


# ----- scores ----------------------------------------------------------------------------------


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


# ----- the sets --------------------------------------------------------------------------------


@dataclass
class PlantedSet:
    """Documents (id → (text, language)), true pairs per edit kind, each pair's edited share."""

    name: str
    docs: dict[str, tuple[str, str | None]]
    truth: dict[str, set[frozenset[str]]]
    fractions: dict[frozenset[str], float]

    @functools.cached_property
    def features(self) -> Features:
        return Features(self.docs)

    @property
    def pairs(self) -> set[frozenset[str]]:
        return set().union(*self.truth.values())


def mccormick_docs(data: Path) -> tuple[list[dict], set[frozenset[str]]]:
    base = data / "neardup" / "mccormick_articles_1000"
    docs = []
    for line in base.with_suffix(".train").read_text(encoding="utf-8").splitlines():
        doc_id, _, text = line.partition(" ")
        docs.append({"id": doc_id, "text": text, "language": "en"})
    truth = {
        frozenset(line.split()) for line in base.with_suffix(".truth").read_text().splitlines()
    }
    return docs, truth


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


def web_pages(data: Path, cache: Path) -> list[dict[str, Any]]:
    """The benchmark's extracted web pages; language unknown (shingling decided by script)."""
    from web_texts import web_docs

    return [{**doc, "language": None} for doc in web_docs(data, cache)]


def units(text: str, language: str | None) -> tuple[list[str], str]:
    """Edit units (words, or characters for unspaced scripts) with paragraph breaks kept as
    ``"\\n"`` units, and the string that joins them back."""
    if _char_mode(text, language):
        return re.findall(r"\n|\S", text), ""
    return re.findall(r"\n|\S+", text), " "


@functools.cache
def _char_hasher() -> MinHasher:
    return MinHasher(num_perm=1)


def _char_mode(text: str, language: str | None) -> bool:
    """Whether MinHash shingles this text by characters (by language, or by script)."""
    return bool(_char_hasher().character_shingled([text], [language])[0])


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
    """Sections moved: the paragraphs (sentences, when there are fewer than 4 paragraphs) cut into
    2-4 blocks at random breaks, blocks permuted, as when a site template puts the parts of a
    page in another order. Shuffling every line instead would cut each short line's shingles
    apart, which no copy on the web does."""
    parts = [p for p in text.split("\n") if p.strip()]
    joiner = "\n"
    if len(parts) < 4:
        parts, joiner = [s for s in re.split(r"(?<=[.!?。])\s+", text) if s.strip()], " "
    if len(parts) < 2:
        return text
    n_blocks = min(rnd.randint(2, 4), len(parts))
    cuts = sorted(rnd.sample(range(1, len(parts)), n_blocks - 1))
    blocks = [parts[a:b] for a, b in zip([0, *cuts], [*cuts, len(parts)], strict=True)]
    order = list(range(n_blocks))
    while order == sorted(order):
        rnd.shuffle(order)
    return joiner.join(p for i in order for p in blocks[i])


def edit(
    page: dict, kind: str, donor: dict, rnd: random.Random, boilerplate: tuple[str, str]
) -> tuple[str, float]:
    """One edited copy of a page, and the fraction of its units the edit touched."""
    tokens, joiner = units(page["text"], page["language"])
    if kind == "spans":
        tokens, fraction = span_edit(tokens, units(donor["text"], donor["language"])[0], rnd)
    elif kind == "uniform":
        tokens, fraction = uniform_edit(tokens, rnd)
    elif kind == "boilerplate":
        return boilerplate[0] + "\n" + page["text"] + "\n" + boilerplate[1], 0.0
    elif kind == "reorder":
        return reorder(page["text"], rnd), 0.0
    else:
        fraction = rnd.uniform(0.10, 0.30)
        tokens = tokens[: round(len(tokens) * (1 - fraction))]
    return join(tokens, joiner), fraction


def distinct_originals(pages: list[dict]) -> list[dict]:
    """Long pages that are not near-duplicates of each other (exact Jaccard < 0.5), so every true
    duplicate pair of the planted set is a planted one. Candidates come from a loose LSH."""
    long_pages = []
    for page in pages:
        tokens, joiner = units(page["text"], page["language"])
        if _content(tokens) >= MIN_UNITS["chars" if joiner == "" else "words"]:
            long_pages.append(page)
    hasher = MinHasher()
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
    name: str,
    originals: list[dict],
    kinds: tuple[str, ...],
    seed: int,
    boilerplate: tuple[str, str],
) -> PlantedSet:
    """Originals plus one edited copy for a seeded half of them (kinds round-robin, donors of
    the same language, or any page when the language is unknown)."""
    rnd = random.Random(seed)
    docs = {p["id"]: (p["text"], p["language"]) for p in originals}
    by_language: dict[str | None, list[dict]] = defaultdict(list)
    for page in originals:
        by_language[page["language"]].append(page)
    truth: dict[str, set] = {kind: set() for kind in kinds}
    fractions: dict[frozenset, float] = {}
    chosen = rnd.sample(range(len(originals)), len(originals) // 2)
    for n, index in enumerate(sorted(chosen)):
        page, kind = originals[index], kinds[n % len(kinds)]
        donor = rnd.choice([p for p in by_language[page["language"]] if p is not page])
        copy_id = f"{page['id']}#{kind}"
        text, fraction = edit(page, kind, donor, rnd, boilerplate)
        docs[copy_id] = (text, page["language"])
        pair = frozenset((page["id"], copy_id))
        truth[kind].add(pair)
        fractions[pair] = fraction
    return PlantedSet(name, docs, truth, fractions)


def load_sets(names: tuple[str, ...], data: Path, cache: Path, seed: int) -> list[PlantedSet]:
    """The named sets, each as realistic edits and, for the planted ones, the uniform stress."""
    sets = []
    for name in names:
        if name == "mccormick":
            articles, truth = mccormick_docs(data)
            docs = {a["id"]: (a["text"], None) for a in articles}
            sets.append(PlantedSet(name, docs, {"labelled": truth}, {}))
            continue
        if name == "wikipedia":
            pages, boilerplate = wiki_pages(data), TUNE_BOILERPLATE
        elif name == "web":
            pages, boilerplate = web_pages(data, cache), HELD_OUT_BOILERPLATE
        else:
            pages, boilerplate = mccormick_docs(data)[0], HELD_OUT_BOILERPLATE
        originals = distinct_originals(pages)
        sets.append(planted(name, originals, REALISTIC, seed, boilerplate))
        sets.append(planted(f"{name} uniform (stress)", originals, STRESS, seed, boilerplate))
    return sets


# ----- reports ---------------------------------------------------------------------------------


def evaluate(planted_set: PlantedSet, setting: Setting) -> dict[str, Any]:
    """Pair scores, text-dedup scores and per-kind recall of one setting on one set."""
    result = cluster(planted_set.features, setting)
    everything = planted_set.pairs
    hits = {p for p in everything if len({result.found[i] for i in p}) == 1}
    return {
        "pair": pair_scores(result.found, everything),
        "text_dedup": text_dedup_scores(result.found, everything),
        "recall": {k: (len(p & hits), len(p)) for k, p in planted_set.truth.items()},
        "hits": hits,
        "clustering": result,
    }


def report(planted_set: PlantedSet, setting: Setting, role: str) -> None:
    scores = evaluate(planted_set, setting)
    print(f"[{role}] {planted_set.name}: {_fmt(scores['pair'])}")
    print(f"  text-dedup metric: {_fmt(scores['text_dedup'])}")
    print("  recall " + " ".join(f"{k}={a}/{b}" for k, (a, b) in scores["recall"].items()))
    edited = {p: f for p, f in planted_set.fractions.items() if f > 0}
    bands = []
    for low, high in ((0.05, 0.10), (0.10, 0.15), (0.15, 0.20), (0.20, 0.30)):
        band = {p for p, f in edited.items() if low <= f < high}
        if band:
            bands.append(f"{low:.0%}-{high:.0%} {len(band & scores['hits'])}/{len(band)}")
    if bands:
        print("  recall by edited share: " + ", ".join(bands))
    docs = planted_set.docs
    languages = Counter(docs[i][1] for i in docs if "#" not in i)
    if len(languages) > 1:
        found = Counter(docs[min(p)][1] for p in scores["hits"])
        total = Counter(docs[min(p)][1] for p in planted_set.pairs)
        print(
            "  originals/found/planted by language: "
            + " ".join(f"{k}={languages[k]}/{found[k]}/{total[k]}" for k in sorted(languages))
        )


def cost(features: Features, setting: Setting, result: Clustering) -> dict[str, float]:
    """Per document: CPU ms of signatures + band keys, shingle sets, checks; shuffle volumes."""
    n = len(features.ids)
    signature_cpu = features.cpu[
        ("signatures", setting.num_perm, setting.ngram, setting.char_ngram, setting.hash_bits)
    ]
    sets_cpu = 0.0
    payload = 0.0
    if setting.verify == "exact":
        sets = features.sets_for(setting)
        sets_cpu = features.cpu[("sets", setting.ngram, setting.char_ngram, setting.hash_bits)]
        payload = sum(s.nbytes for s in sets) / n
    elif setting.verify == "signature":
        payload = setting.num_perm * setting.hash_bits / 8
    return {
        "sig_ms": 1000 * (signature_cpu + result.keys_cpu) / n,
        "sets_ms": 1000 * sets_cpu / n,
        "check_ms": 1000 * result.check_cpu / n,
        "band_records": setting.bands,
        "edges": result.edges / n,
        "verify_bytes": payload,
    }


def candidates() -> list[Setting]:
    """The grid ``--sweep`` measures: LSH shapes by target threshold and permutation count,
    each without and with verification (exact or signature), for 3-, 4- and 5-gram shingles."""
    grid = [Setting()]
    for num_perm in (112, 128, 256):
        for threshold in (0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
            bands, rows = optimal_bands_rows(threshold, num_perm)
            for verify in ("none", "exact", "signature"):
                grid.append(Setting(bands, rows, verify=verify, threshold=threshold))
    return list(dict.fromkeys(replace(s, ngram=n) for n in (5, 4, 3) for s in grid))


def sweep(tune: list[PlantedSet]) -> None:
    """Every candidate on the tune set: realistic pair P/R/F1, recall per kind, stress, cost."""
    realistic, stress = tune[0], tune[1]
    print(
        "| setting | P | R | F1 | spans | boilerplate | reorder | truncate | stress R |"
        " sig ms | sets ms | check ms | band rec | edges | verify B |"
    )
    print("|---" * 15 + "|")
    for setting in candidates():
        scores = evaluate(realistic, setting)
        stress_scores = evaluate(stress, setting)
        pair, recall = scores["pair"], scores["recall"]
        spent = cost(realistic.features, setting, scores["clustering"])
        kinds = " | ".join(f"{a / b:.3f}" for a, b in recall.values())
        print(
            f"| {setting.label()} | {pair['precision']:.3f} | {pair['recall']:.3f} | "
            f"{pair['f1']:.3f} | {kinds} | {stress_scores['pair']['recall']:.3f} | "
            f"{spent['sig_ms']:.3f} | {spent['sets_ms']:.3f} | {spent['check_ms']:.4f} | "
            f"{spent['band_records']} | {spent['edges']:.3f} | {spent['verify_bytes']:.0f} |",
            flush=True,
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
    parser.add_argument("--cache", type=Path, default=ROOT / "out" / "dedup-eval")
    parser.add_argument("--seed", type=int, default=0, help="seed of the planted sets")
    parser.add_argument("--set", action="append", default=[], help="minhash option KEY=VALUE")
    parser.add_argument("--sweep", action="store_true", help="candidates on the tune set only")
    parser.add_argument("--no-speed", action="store_true", help="skip the signature timing")
    parser.add_argument("--tune-only", action="store_true", help="leave the held-out sets alone")
    args = parser.parse_args()
    if args.sweep:
        sweep(load_sets(TUNE_SETS, args.data, args.cache, args.seed))
        return
    setting = setting_from(dict(item.split("=", 1) for item in args.set))
    midpoint = (1 / setting.bands) ** (1 / setting.rows)
    print(
        f"settings: {setting.label()} (S-curve midpoint ~{midpoint:.2f}),"
        f" {setting.char_ngram}-gram characters, {setting.hash_bits}-bit"
    )
    roles = (
        (("tune", TUNE_SETS),)
        if args.tune_only
        else (
            ("tune", TUNE_SETS),
            ("held out", HELD_OUT_SETS),
        )
    )
    for role, names in roles:
        for planted_set in load_sets(names, args.data, args.cache, args.seed):
            report(planted_set, setting, role)
    if not args.no_speed:
        print("signature speed", _fmt(signature_speed(data=args.data)))


def _fmt(values: dict) -> str:
    return " ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
    )


if __name__ == "__main__":
    main()

"""Benchmark decontamination: find evaluation-benchmark text inside training documents.

A document that holds the text of a test example inflates every score measured on that benchmark
later. Texts are compared after the dedup normalisation (``filters.text``: case, punctuation,
digits, NFKC) and split into the dedup tokens (``filters.minhash``: words, or single characters
for scripts written without spaces), so "the same text" means the same thing in both stages.

Two rules find a benchmark example in a document:

1. **verbatim** (GPT-3's rule): the document contains one of the example's n-grams (13 words, or
   25 characters for unspaced scripts, by default).
2. **edited copies**: a stretch of the document holds the example's text with at most a fraction
   ``max_edits`` of its tokens substituted or deleted (insertions are free). Candidates come from
   short *seeds*: a copy of a text of W tokens with at most e = ⌊max_edits·W⌋ edits keeps its
   unchanged tokens in at most e + 1 runs, so one run has at least ⌈(W − e)/(e + 1)⌉ tokens
   (pigeonhole). ``seed_size`` is the smallest such run over every W ≥ n, so indexing every
   seed-gram of every example finds every such copy. Each candidate stretch is then aligned with
   the example (longest common subsequence of tokens, bit-parallel) and matches when the LCS is
   at least W − e.

An example is a list of fields (question, answer, choices); a field that is a list (HellaSwag's
endings, MMLU's choices) gives one *variant* per element (context + that ending), since a copy on
the web holds the context with one ending, not all four. The verbatim rule indexes the n-grams of
every variant; the edit rule aligns with every variant and every field long enough on its own
(a page that copies only the question is found too).

The index is built once per run (``BenchmarkIndex.build``) and saved as one ``.npz`` file that
workers load in ``setup``; in ``set`` mode it keeps exact 64-bit hashes (a false match needs a
hash collision, ~N/2^64 per lookup), in ``bloom`` mode one Bloom filter per benchmark at a stated
false-positive rate per lookup, for benchmark collections too large to hold as hashes (verbatim
rule only, and a match needs two overlapping n-grams, so a document's chance of a false match is
about windows × rate²).
"""

from __future__ import annotations

import io
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from filters.base import KEEP, DocFilter, Record, Verdict
from filters.doc_sizes import refresh_sizes
from filters.minhash import MinHasher, fmix
from filters.text import TextNormaliser, from_codepoints

Action = Literal["drop_document", "drop_paragraphs", "annotate"]
IndexKind = Literal["set", "bloom"]
ACTIONS: tuple[str, ...] = ("drop_document", "drop_paragraphs", "annotate")
STAGE = "decontaminate"
REASON_PREFIX = "benchmark:"
# Keys this stage writes into a document's ``metadata``.
META_BENCHMARKS = "decontaminate.benchmarks"
META_MATCH = "decontaminate.match"
META_SCORE = "decontaminate.score"
META_EXAMPLES = "decontaminate.examples"
_MAX_LISTED = 20  # examples listed per document
META_PARAGRAPHS = "decontaminate.paragraphs_removed"
ALL_PARAGRAPHS = "all"  # its value when nothing of the document would be left

_FOLD = np.uint64(0x9E3779B97F4A7C15)
_SEED_SALT = np.uint64(0x5EED5EED5EED5EED)  # seeds and n-grams of equal length hash apart
_MAX_SHOWN_TOKENS = 24  # of a matched stretch, in the reject's detail
_TOKEN_BATCH = 2048  # benchmark texts tokenised per call while building


@dataclass(frozen=True)
class Example:
    """One benchmark example: its benchmark, a reference a person can look up, its fields.

    ``fields`` keeps the configured order; a field's value is a string or a list of strings.
    """

    benchmark: str
    ref: str
    fields: tuple[str | tuple[str, ...], ...]

    def variants(self) -> list[str]:
        """The texts a copy would hold: fields in order, one element of each list field."""
        options = [(f,) if isinstance(f, str) else f for f in self.fields if f]
        return [" \n".join(choice) for choice in itertools.product(*options)]

    def parts(self) -> list[str]:
        """Every field value on its own (list elements one by one)."""
        return [p for f in self.fields for p in ((f,) if isinstance(f, str) else f) if p]


def seed_size(max_edits: float, ngram_size: int, longest: int = 100_000) -> int:
    """The longest unchanged run every copy of a text of ≥ ``ngram_size`` tokens keeps.

    With e = ⌊max_edits·W⌋ edits, the W − e unchanged tokens fall into at most e + 1 runs, so
    one run has ⌈(W − e)/(e + 1)⌉ tokens; the seed is the minimum of that over every W. It
    falls as W grows only while e grows in steps, so W is scanned up to where the bound
    (1 − f)/f is reached.
    """
    if not 0 <= max_edits < 1:
        raise ValueError(f"max_edits must be in [0, 1), got {max_edits}")
    best = ngram_size
    for width in range(ngram_size, longest):
        edits = math.floor(max_edits * width + 1e-9)
        best = min(best, -(-(width - edits) // (edits + 1)))
        if max_edits and width * max_edits > 2 / max_edits + ngram_size:
            break
    return max(best, 1)


def window_hashes(
    hashes: np.ndarray, counts: np.ndarray, widths: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of every run of ``widths[d]`` consecutive tokens inside each document d.

    ``hashes`` are the token hashes of all documents, document after document, ``counts`` the
    tokens per document. Returns (window hashes, global index of each window's first token);
    a document shorter than its width has no window.
    """
    first = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    starts = []
    for doc in np.flatnonzero(counts >= widths):
        starts.append(first[doc] + np.arange(counts[doc] - widths[doc] + 1, dtype=np.int64))
    if not starts:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    start = np.concatenate(starts)
    doc_of = np.repeat(np.arange(counts.size), counts)
    width = widths[doc_of[start]]
    acc = np.zeros(start.size, dtype=np.uint64)
    for k in range(int(width.max())):
        column = hashes[np.minimum(start + k, hashes.size - 1)]
        acc = np.where(k < width, acc * _FOLD + column, acc)
    return fmix(acc ^ width.astype(np.uint64), 64), start


def lcs_profile(pattern: Sequence[int], text: Sequence[int]) -> list[int]:
    """The longest common subsequence of ``pattern`` with ``text[: j + 1]``, for every j.

    Bit-parallel over ``pattern`` (Hyyrö 2004): one bit per pattern token, a few big-integer
    operations per text token, so aligning a 100-token example with a 130-token stretch takes
    ~100 µs instead of filling a 13,000-cell table.
    """
    masks: dict[int, int] = {}
    for i, token in enumerate(pattern):
        masks[token] = masks.get(token, 0) | (1 << i)
    full = (1 << len(pattern)) - 1
    v = full
    profile = []
    for token in text:
        u = v & masks.get(token, 0)
        v = ((v + u) | (v - u)) & full
        profile.append(len(pattern) - v.bit_count())
    return profile


def aligned_span(pattern: Sequence[int], text: Sequence[int]) -> tuple[int, int, int]:
    """(LCS length, first, end): the stretch of ``text`` a longest common subsequence needs.

    The stretch ends where the running LCS first reaches its total; it starts where, scanning
    back from there, the running LCS of both sequences reversed reaches it.
    """
    forward = lcs_profile(pattern, text)
    total = forward[-1] if forward else 0
    if not total:
        return 0, 0, 0
    end = forward.index(total) + 1
    backward = lcs_profile(pattern[::-1], text[:end][::-1])
    return total, end - backward.index(total) - 1, end


class BloomFilter:
    """A Bloom filter over 64-bit hashes, sized for ``capacity`` items at ``fp_rate``.

    Probe i of hash h is (low32(h) + i·(high32(h) | 1)) mod m, the double hashing of Kirsch and
    Mitzenmacher, all probes of a batch at once in numpy.
    """

    def __init__(self, capacity: int, fp_rate: float, bits: np.ndarray | None = None):
        self.m = max(64, math.ceil(-max(capacity, 1) * math.log(fp_rate) / math.log(2) ** 2))
        self.k = max(1, round(self.m / max(capacity, 1) * math.log(2)))
        self.bits = np.zeros((self.m + 7) // 8, np.uint8) if bits is None else bits

    def _probes(self, hashes: np.ndarray) -> np.ndarray:
        low = hashes & np.uint64(0xFFFFFFFF)
        high = (hashes >> np.uint64(32)) | np.uint64(1)
        steps = np.arange(self.k, dtype=np.uint64)[:, None]
        return (low[None, :] + steps * high[None, :]) % np.uint64(self.m)

    def add(self, hashes: np.ndarray) -> None:
        probes = self._probes(hashes).ravel()
        np.bitwise_or.at(
            self.bits, probes >> np.uint64(3), np.left_shift(1, probes & 7).astype(np.uint8)
        )

    def contains(self, hashes: np.ndarray) -> np.ndarray:
        if hashes.size == 0:
            return np.zeros(0, bool)
        probes = self._probes(hashes)
        found = (self.bits[probes >> np.uint64(3)] >> (probes & np.uint64(7)).astype(np.uint8)) & 1
        return found.astype(bool).all(axis=0)


@dataclass(frozen=True)
class Match:
    """One benchmark example found in a document, and the token stretch it covers."""

    benchmark: int
    example: int
    rule: Literal["verbatim", "edited"]
    score: float  # verbatim: share of the example's n-grams found; edited: LCS / length
    start: int  # token index inside the document
    end: int
    tokens: int  # of the example, found in the document (verbatim: the stretch's length)


@dataclass
class _Tokens:
    """The tokens of a batch of texts: hashes, count per text, mode per text, for display."""

    hashes: np.ndarray
    counts: np.ndarray
    char_mode: np.ndarray
    raw: Any  # filters.minhash's token record (code points and spans) for showing matches
    newline_base: np.ndarray  # newlines in the texts before each one

    @property
    def first(self) -> np.ndarray:
        return np.concatenate([[0], np.cumsum(self.counts)[:-1]]).astype(np.int64)


def _covered(starts: np.ndarray, widths: np.ndarray) -> int:
    """Tokens covered by windows at sorted ``starts`` of ``widths`` tokens (their union)."""
    ends = np.maximum.accumulate(starts + widths)
    gaps = np.minimum(widths[1:], np.maximum(starts[1:] + widths[1:] - ends[:-1], 0))
    return int(widths[0] + gaps.sum())


class SortedKeys:
    """Sorted 64-bit keys (duplicates allowed) with a bitmap of their top bits in front.

    Almost every window of a clean document is absent from the index; a binary search over
    millions of keys costs ~20 cache misses per window, while one bitmap probe (about 16 bits
    per key, so ~6% of absent windows pass) costs one. Only windows that pass are searched.
    """

    def __init__(self, keys: np.ndarray):
        self.keys = keys
        self.shift = np.uint64(64 - max(10, int(np.ceil(np.log2(max(keys.size, 1)))) + 4))
        self.bitmap = np.zeros(1 << (64 - int(self.shift)), dtype=bool)
        self.bitmap[keys >> self.shift] = True

    def expand(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query index, key index) for every equal pair."""
        maybe = np.flatnonzero(self.bitmap[queries >> self.shift])
        lo = np.searchsorted(self.keys, queries[maybe], "left")
        hi = np.searchsorted(self.keys, queries[maybe], "right")
        n = hi - lo
        query = np.repeat(maybe, n)
        offset = np.arange(query.size) - np.repeat(np.cumsum(n) - n, n)
        return query, np.repeat(lo, n) + offset


class BenchmarkIndex:
    """Every benchmark's n-grams (verbatim rule) and seeds and token sequences (edit rule).

    Build with ``build``; save and load with ``to_bytes``/``from_bytes`` (one ``.npz``).
    """

    def __init__(
        self,
        *,
        ngram_size: int = 13,
        char_ngram_size: int = 25,
        max_edits: float = 0.1,
        kind: IndexKind = "set",
        bloom_fp_rate: float = 1e-4,
        normaliser: TextNormaliser | None = None,
    ):
        if kind == "bloom" and max_edits:
            raise ValueError("a bloom index holds n-grams only: set max_edits to 0")
        self.ngram_size = ngram_size
        self.char_ngram_size = char_ngram_size
        self.max_edits = max_edits
        self.kind = kind
        self.bloom_fp_rate = bloom_fp_rate
        self.normaliser = normaliser or TextNormaliser()
        self.word_seed = seed_size(max_edits, ngram_size)
        self.char_seed = seed_size(max_edits, char_ngram_size)
        self._hasher = MinHasher(num_perm=1, normaliser=self.normaliser)
        self.benchmarks: list[str] = []
        self.refs: list[str] = []
        self.stats: dict[str, dict[str, int]] = {}
        self.arrays: dict[str, np.ndarray] = {}
        self.blooms: list[BloomFilter] = []

    # ----- tokens ------------------------------------------------------------------------------

    def tokens(self, texts: Sequence[str], languages: Sequence[str | None]) -> _Tokens:
        """The dedup tokens of ``texts`` (filters.minhash), per text and as one batch."""
        raw = self._hasher._tokens(texts, languages, by_script=True)
        counts = np.bincount(raw.doc, minlength=len(texts)).astype(np.int64)
        newlines = np.cumsum([0] + [text.count("\n") for text in texts])[:-1]
        return _Tokens(raw.hashes, counts, raw.char_mode.astype(bool), raw, newlines)

    def _widths(self, char_mode: np.ndarray, seeds: bool) -> np.ndarray:
        """Per benchmark text: its window size, by its script (characters or words)."""
        if seeds:
            return np.where(char_mode, self.char_seed, self.word_seed).astype(np.int64)
        return np.where(char_mode, self.char_ngram_size, self.ngram_size).astype(np.int64)

    def _seed_hashes(
        self, tokens: _Tokens, widths: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        if widths is None:
            widths = self._widths(tokens.char_mode, True)
        hashes, start = window_hashes(tokens.hashes, tokens.counts, widths)
        return fmix(hashes ^ _SEED_SALT, 64), start

    def _doc_windows(
        self, tokens: _Tokens, seeds: bool
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A batch's windows of every size the index holds, whatever each text's own script (a
        Japanese page can quote an English benchmark): hashes, first tokens, widths."""
        modes = self.arrays.get("unit_modes", np.array([True, True]))
        hashes, starts, widths = [], [], []
        for char_mode in (False, True):
            if not modes[int(char_mode)]:
                continue
            width = self._widths(np.full(tokens.counts.size, char_mode), seeds)
            if seeds:
                found, start = self._seed_hashes(tokens, width)
            else:
                found, start = window_hashes(tokens.hashes, tokens.counts, width)
            hashes.append(found)
            starts.append(start)
            widths.append(np.full(start.size, width[0] if width.size else 0, np.int64))
        if not hashes:
            empty = np.zeros(0, np.int64)
            return empty.astype(np.uint64), empty, empty
        return np.concatenate(hashes), np.concatenate(starts), np.concatenate(widths)

    # ----- building ----------------------------------------------------------------------------

    @classmethod
    def build(cls, examples: Iterable[Example], **options: Any) -> BenchmarkIndex:
        """Index every example; examples shorter than the n-gram size are counted, not indexed."""
        index = cls(**options)
        names: dict[str, int] = {}
        bench_of: list[int] = []
        unit_texts: list[str] = []
        unit_example: list[int] = []
        unit_variant: list[bool] = []
        for example in examples:
            bench_of.append(names.setdefault(example.benchmark, len(names)))
            index.stats.setdefault(example.benchmark, {"examples": 0, "too_short": 0})
            index.stats[example.benchmark]["examples"] += 1
            index.refs.append(example.ref)
            variants = list(dict.fromkeys(example.variants()))
            parts = [p for p in dict.fromkeys(example.parts()) if p not in variants]
            for text in variants + (parts if index.max_edits else []):
                unit_texts.append(text)
                unit_example.append(len(index.refs) - 1)
                unit_variant.append(text in variants)
        index.benchmarks = list(names)
        index.arrays["example_benchmark"] = np.array(bench_of, np.int64)
        index._index_units(unit_texts, np.array(unit_example, np.int64), np.array(unit_variant))
        return index

    def _index_units(self, texts: list[str], example: np.ndarray, variant: np.ndarray) -> None:
        ngram_parts, seed_parts, token_parts, lengths, modes = [], [], [], [], []
        for begin in range(0, len(texts), _TOKEN_BATCH):
            batch = texts[begin : begin + _TOKEN_BATCH]
            tokens = self.tokens(batch, [None] * len(batch))
            owner = np.repeat(np.arange(len(batch)), tokens.counts) + begin
            widths = self._widths(tokens.char_mode, seeds=False)
            hashes, start = window_hashes(tokens.hashes, tokens.counts, widths)
            ngram_parts.append((hashes, owner[start]))
            if self.max_edits:
                seeds, seed_start = self._seed_hashes(tokens)
                local = seed_start - tokens.first[owner[seed_start] - begin]
                seed_parts.append((seeds, owner[seed_start], local))
                token_parts.append(tokens.hashes)
            lengths.append(tokens.counts)
            modes.append(tokens.char_mode)
        length = np.concatenate(lengths) if lengths else np.zeros(0, np.int64)
        char_mode = np.concatenate(modes) if modes else np.zeros(0, bool)
        long_enough = length >= self._widths(char_mode, seeds=False)
        self.arrays["unit_modes"] = np.array(
            [(long_enough & ~char_mode).any(), (long_enough & char_mode).any()]
        )
        indexed = np.zeros(len(self.refs), bool)
        indexed[example[long_enough & variant]] = True
        bench_of = self.arrays["example_benchmark"]
        for name, count in zip(
            self.benchmarks,
            np.bincount(bench_of[~indexed], minlength=len(self.benchmarks)),
            strict=True,
        ):
            self.stats[name]["too_short"] = int(count)
        self._store_ngrams(ngram_parts, example, variant)
        if self.max_edits:
            self._store_seeds(seed_parts, token_parts, length, example, long_enough)

    def _store_ngrams(self, parts, example: np.ndarray, variant: np.ndarray) -> None:
        """Distinct (example, n-gram) pairs of the variants, as sorted hashes or Bloom filters."""
        bench_of = self.arrays["example_benchmark"]
        hashes = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.uint64)
        unit = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.int64)
        keep = variant[unit]
        owners, hashes = example[unit[keep]], hashes[keep]
        # Distinct pairs, sorted by hash (np.unique is 100x slower on millions of uint64 here).
        order = np.lexsort((owners, hashes))
        owners, hashes = owners[order], hashes[order]
        first = np.r_[True, (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])]
        owners, hashes = owners[first], hashes[first]
        per_example = np.bincount(owners, minlength=len(self.refs)).astype(np.int32)
        self.arrays["example_ngrams"] = per_example
        for name, count in zip(
            self.benchmarks,
            np.bincount(bench_of[owners], minlength=len(self.benchmarks)),
            strict=True,
        ):
            self.stats[name]["ngrams"] = int(count)
        if self.kind == "bloom":
            for bench in range(len(self.benchmarks)):
                mine = hashes[bench_of[owners] == bench]  # sorted; repeats set no new bit
                bloom = BloomFilter(mine.size, self.bloom_fp_rate)
                bloom.add(mine)
                self.blooms.append(bloom)
            return
        self.arrays["ngram_keys"] = hashes
        self.arrays["ngram_example"] = owners.astype(np.int32)

    def _store_seeds(self, seed_parts, token_parts, length, example, long_enough) -> None:
        """Seeds of every unit long enough to index, sorted, with where they sit in the unit."""
        seeds = np.concatenate([p[0] for p in seed_parts])
        unit = np.concatenate([p[1] for p in seed_parts])
        pos = np.concatenate([p[2] for p in seed_parts])
        keep = long_enough[unit]
        order = np.argsort(seeds[keep], kind="stable")
        self.arrays["seed_keys"] = seeds[keep][order]
        self.arrays["seed_unit"] = unit[keep][order].astype(np.int32)
        self.arrays["seed_pos"] = pos[keep][order].astype(np.int32)
        self.arrays["unit_tokens"] = np.concatenate(token_parts)
        self.arrays["unit_offsets"] = np.concatenate([[0], np.cumsum(length)]).astype(np.int64)
        self.arrays["unit_example"] = example.astype(np.int32)

    # ----- persistence -------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        return {
            "ngram_size": self.ngram_size,
            "char_ngram_size": self.char_ngram_size,
            "max_edits": self.max_edits,
            "kind": self.kind,
            "bloom_fp_rate": self.bloom_fp_rate,
            "normaliser": vars(self.normaliser),
        }

    def to_bytes(self) -> bytes:
        meta = {
            "options": self.options(),
            "benchmarks": self.benchmarks,
            "refs": self.refs,
            "stats": self.stats,
        }
        arrays = dict(self.arrays)
        for number, bloom in enumerate(self.blooms):
            arrays[f"bloom_{number}"] = bloom.bits
        buffer = io.BytesIO()
        np.savez(buffer, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> BenchmarkIndex:
        with np.load(io.BytesIO(data)) as npz:
            meta = json.loads(npz["meta"].tobytes())
            arrays = {key: npz[key] for key in npz.files if key != "meta"}
        options = dict(meta["options"])
        options["normaliser"] = TextNormaliser(**options["normaliser"])
        index = cls(**options)
        index.benchmarks, index.refs, index.stats = meta["benchmarks"], meta["refs"], meta["stats"]
        for number, name in enumerate(index.benchmarks):
            bloom = arrays.pop(f"bloom_{number}", None)
            if bloom is not None:
                index.blooms.append(
                    BloomFilter(meta["stats"][name]["ngrams"], index.bloom_fp_rate, bloom)
                )
        index.arrays = arrays
        return index

    # ----- matching ----------------------------------------------------------------------------

    def _keys(self, name: str) -> SortedKeys:
        """The sorted keys ``name`` with their bitmap (built on first use, not stored)."""
        cache = self.__dict__.setdefault("_sorted_keys", {})
        if name not in cache:
            cache[name] = SortedKeys(self.arrays[name])
        return cache[name]

    def find(
        self, texts: Sequence[str], languages: Sequence[str | None]
    ) -> tuple[list[list[Match]], _Tokens]:
        """Every benchmark example found in each text, with the token stretch it covers."""
        tokens = self.tokens(texts, languages)
        found: list[list[Match]] = [[] for _ in texts]
        if tokens.hashes.size:
            self._find_verbatim(tokens, found)
            if self.max_edits:
                self._find_edited(tokens, found)
        return found, tokens

    def _find_verbatim(self, tokens: _Tokens, found: list[list[Match]]) -> None:
        hashes, start, widths = self._doc_windows(tokens, seeds=False)
        doc_of = np.repeat(np.arange(tokens.counts.size), tokens.counts)
        first = tokens.first
        if self.kind == "bloom":
            for bench, bloom in enumerate(self.blooms):
                hit = bloom.contains(hashes)
                # Two overlapping n-grams: a false hit needs two false probes in a row.
                follows = (start[1:] == start[:-1] + 1) & (widths[1:] == widths[:-1])
                pair = np.flatnonzero(hit[:-1] & hit[1:] & follows)
                for doc in sorted(set(doc_of[start[pair]].tolist())):
                    mine = doc_of[start[pair]] == doc
                    where, width = start[pair][mine] - first[doc], widths[pair][mine]
                    covered = _covered(where, width + 1)
                    found[doc].append(
                        Match(
                            bench,
                            -1,
                            "verbatim",
                            1.0,
                            int(where[0]),
                            int(where[-1] + width[-1] + 1),
                            covered,
                        )
                    )
            return
        query, entry = self._keys("ngram_keys").expand(hashes)
        if not query.size:
            return
        example = self.arrays["ngram_example"][entry].astype(np.int64)
        doc = doc_of[start[query]]
        per_example = self.arrays["example_ngrams"]
        bench_of = self.arrays["example_benchmark"]
        order = np.lexsort((start[query], example, doc))
        doc, example, at = doc[order], example[order], start[query][order]
        bounds = np.flatnonzero(np.r_[True, (doc[1:] != doc[:-1]) | (example[1:] != example[:-1])])
        ends = np.r_[bounds[1:], doc.size]
        for lo, hi in zip(bounds, ends, strict=True):
            d, ex = int(doc[lo]), int(example[lo])
            distinct = len(set(hashes[query[order][lo:hi]].tolist()))
            where, width = at[lo:hi] - first[d], widths[query[order][lo:hi]]
            found[d].append(
                Match(
                    int(bench_of[ex]),
                    ex,
                    "verbatim",
                    min(1.0, distinct / max(int(per_example[ex]), 1)),
                    int(where[0]),
                    int(where[-1] + width[-1]),
                    _covered(where, width),
                )
            )

    def _find_edited(self, tokens: _Tokens, found: list[list[Match]]) -> None:
        seeds, start, _ = self._doc_windows(tokens, seeds=True)
        query, entry = self._keys("seed_keys").expand(seeds)
        if not query.size:
            return
        doc_of = np.repeat(np.arange(tokens.counts.size), tokens.counts)
        first = tokens.first
        doc = doc_of[start[query]]
        pos = start[query] - first[doc]
        unit = self.arrays["seed_unit"][entry].astype(np.int64)
        diag = pos - self.arrays["seed_pos"][entry]
        offsets = self.arrays["unit_offsets"]
        length = offsets[unit + 1] - offsets[unit]
        slack = np.floor(self.max_edits * length + 1e-9).astype(np.int64)
        order = np.lexsort((diag, unit, doc))
        doc, unit, diag, pos, slack = doc[order], unit[order], diag[order], pos[order], slack[order]
        # A cluster: hits of one unit in one document whose alignments differ by at most the
        # shift that the allowed insertions and deletions can cause.
        new = np.r_[
            True,
            (doc[1:] != doc[:-1])
            | (unit[1:] != unit[:-1])
            | (diag[1:] - diag[:-1] > 2 * slack[1:]),
        ]
        bounds = np.flatnonzero(new)
        ends = np.r_[bounds[1:], doc.size]
        seen: set[tuple[int, int]] = set()
        all_tokens = self.arrays["unit_tokens"]
        unit_example = self.arrays["unit_example"]
        bench_of = self.arrays["example_benchmark"]
        for lo, hi in zip(bounds, ends, strict=True):
            d, u = int(doc[lo]), int(unit[lo])
            ex = int(unit_example[u])
            if (d, ex) in seen:
                continue
            pattern = all_tokens[offsets[u] : offsets[u + 1]]
            width, edits = pattern.size, int(slack[lo])
            begin = max(0, int(diag[lo]) - edits)
            stop = min(int(tokens.counts[d]), int(diag[hi - 1]) + width + edits)
            text = tokens.hashes[first[d] + begin : first[d] + stop].tolist()
            pattern_tokens = pattern.tolist()
            present = set(text)  # tokens present bound the LCS from above, at a tenth of its cost
            if sum(token in present for token in pattern_tokens) < width - edits:
                continue
            common, first_at, end_at = aligned_span(pattern_tokens, text)
            if common < width - edits:
                continue
            seen.add((d, ex))
            found[d].append(
                Match(
                    int(bench_of[ex]),
                    ex,
                    "edited",
                    common / width,
                    begin + first_at,
                    begin + end_at,
                    common,
                )
            )

    def shown(self, tokens: _Tokens, doc: int, match: Match) -> str:
        """The matched stretch as normalised text (its first tokens), for people to read."""
        raw = tokens.raw
        first = int(tokens.first[doc])
        lo = first + match.start
        hi = min(first + match.end, lo + _MAX_SHOWN_TOKENS)
        text = " ".join(from_codepoints(raw.codepoints[raw.starts[lo] : raw.ends[hi - 1]]).split())
        return text + (" …" if first + match.end > hi else "")

    def paragraphs(self, tokens: _Tokens, doc: int, match: Match) -> set[int]:
        """Indices of the lines (``text.split("\\n")``) that the matched stretch touches.

        Normalising keeps every newline of the text, so a token's line is the number of
        newlines before it in the batch's code points, less those of the texts before.
        """
        raw = tokens.raw
        first = int(tokens.first[doc])
        newlines = np.flatnonzero(raw.codepoints == 10)
        starts = raw.starts[first + match.start : first + match.end]
        lines = np.searchsorted(newlines, starts) - tokens.newline_base[doc]
        return {int(line) for line in np.unique(lines)}


class Decontaminator(DocFilter):
    """The stage: find benchmark examples in each document and act on them.

    ``action``: ``drop_document`` rejects the document (reason ``benchmark:<name>``);
    ``drop_paragraphs`` removes the lines the matches touch and rejects the document only when
    nothing is left; ``annotate`` keeps it. Whatever the action, a matching document carries
    ``metadata["decontaminate.benchmarks"]`` (names), ``["decontaminate.match"]`` (the best
    match: benchmark, example, rule, score and the matched text) and ``["decontaminate.score"]``.
    In ``mode: annotate`` the pipeline sets ``rewrite_text=False``: the verdict is the one the
    action would give, and the text stays whole.
    """

    name = STAGE

    def __init__(
        self,
        index: BenchmarkIndex | None = None,
        action: Action = "drop_document",
        rewrite_text: bool = True,
    ):
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
        self.index = index
        self.action = action
        self.rewrite_text = rewrite_text

    def annotate_batch(self, docs: list[Record]) -> list[Record]:
        self.setup()
        if self.index is None:
            raise RuntimeError("decontaminate: no benchmark index loaded")
        texts = [doc["text"] for doc in docs]
        languages = [doc.get("language") for doc in docs]
        found, tokens = self.index.find(texts, languages)
        for number, (doc, matches) in enumerate(zip(docs, found, strict=True)):
            if matches:
                self._record(doc, number, matches, tokens)
        return docs

    def annotate(self, doc: Record) -> Record:
        return self.annotate_batch([doc])[0]

    def _record(self, doc: Record, number: int, matches: list[Match], tokens: _Tokens) -> None:
        index = self.index
        # The best match: the most tokens found (HellaSwag reuses endings across examples, so a
        # copy of one holds another's ending whole), then the most similar, then a fixed order.
        best = min(
            matches,
            key=lambda m: (-m.tokens, -m.score, index.benchmarks[m.benchmark], m.example),
        )
        names = sorted({index.benchmarks[m.benchmark] for m in matches})
        ref = index.refs[best.example] if best.example >= 0 else "(bloom index: no example)"
        shown = index.shown(tokens, number, best)
        meta = doc["metadata"]
        meta[META_BENCHMARKS] = ",".join(names)
        meta[META_MATCH] = f"{index.benchmarks[best.benchmark]} {ref} {best.rule}: {shown}"
        # Its score: the most of that example either rule saw in the document.
        score = max(m.score for m in matches if m.example == best.example)
        meta[META_SCORE] = f"{score:.4f}"
        listed = sorted({(index.benchmarks[m.benchmark], m.example) for m in matches})
        meta[META_EXAMPLES] = ", ".join(
            f"{name} {index.refs[number] if number >= 0 else '?'}"
            for name, number in listed[:_MAX_LISTED]
        )
        if self.action != "drop_paragraphs":
            return
        lines = doc["text"].split("\n")
        removed = set().union(*(index.paragraphs(tokens, number, m) for m in matches))
        left = "\n".join(line for i, line in enumerate(lines) if i not in removed).strip()
        meta[META_PARAGRAPHS] = str(len(removed)) if left else ALL_PARAGRAPHS
        if self.rewrite_text:
            doc["text"] = left
            refresh_sizes(doc)

    def keep(self, doc: Record) -> Verdict:
        meta = doc.get("metadata") or {}
        if META_BENCHMARKS not in meta or self.action == "annotate":
            return KEEP
        if self.action == "drop_paragraphs" and meta.get(META_PARAGRAPHS) != ALL_PARAGRAPHS:
            return KEEP
        match = meta[META_MATCH]
        return Verdict(
            False,
            reason=REASON_PREFIX + match.split(" ", 1)[0],
            score=float(meta[META_SCORE]),
            detail=match,
        )

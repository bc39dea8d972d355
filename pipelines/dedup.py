"""Exact and MinHash near-duplicate removal on Beam: ids, hashes and signatures, never text.

Both stages are decision stages (``pipelines.decisions``): they read small key records, one per
document, made by ``DescribeForDedup`` in the per-document part of the graph (``(id, source,
n_bytes, exact hash, band keys)``, the band keys packed as bytes: about 300 bytes whatever the
text's length), and emit
``(id, payload)`` for the documents they change. The shard writers apply the payloads to the
text (``ExactApplier``, ``MinhashApplier``).

``ExactDecisions``: one GroupByKey on a hash of the normalised text; one survivor per hash. Its
survivors' keys (with their band keys) go on to MinHash, so MinHash clusters exactly what exact
dedup kept without a join.

``MinhashDecisions``:

1. band keys in batches (``BatchElements`` + numpy, ``filters.minhash``), computed with the
   exact hash → ``(band, key, salt) → id``;
2. buckets → a two-level star of edges (``BucketStars``): each bucket is salted into
   ``BUCKET_SHARDS`` sub-buckets by a stable hash of the id, each sub-bucket links its members to
   its smallest id, and a second, small GroupByKey links the sub-bucket minima to the bucket's
   minimum. k members give exactly k-1 edges (never k²), and no worker holds more than about
   k/BUCKET_SHARDS ids of one bucket, so 100,000 identical boilerplate pages are not a hot key.
   The first GroupByKey is keyed by (band, salt, ``BUCKET_GROUPS`` low bits of the bucket), each
   entry packed as bytes (bucket, id): a group holds many sub-buckets, which the worker splits
   again, so a runner that buffers a shuffle as objects (the DirectRunner) pays its per-key cost
   once per group instead of once per document and band; the second is packed alike, keyed by
   (band, bucket modulo ``MINIMA_GROUPS``);
3. optional ``verify``: each candidate pair's similarity against its star centre, from the
   signatures or the exact shingle sets, with bounded groups (``pipelines.verify.VerifyEdges``);
4. connected components (``ConnectedComponents``: large-star/small-star rounds, each a
   GroupByKey, with a convergence gate and a single-worker fallback over what did not converge);
5. one survivor per component, chosen deterministically → ``(id, (survivor, component size))``.

Memory per worker is bounded by the largest group, never by the whole corpus: in the exact step
one hash's documents (ids); in the LSH step one group of sub-buckets (documents /
(``BUCKET_SHARDS`` x ``BUCKET_GROUPS``) entries of ~50 bytes, a thousandth of the corpus, plus
1/BUCKET_SHARDS of a hot bucket's ids); in the component rounds and the survivor choice the
neighbours of one node, at most one component (a converged star is grouped at its centre). No
step collects all edges or all ids in one place, except the fallback, which only sees edges of
components that had not converged after ``max_rounds`` rounds (and says so).

``ExactDedup`` and ``MinhashDedup`` wrap a stage as docs → (kept, rejected) for Beam users with
graphs of their own (and tests): they join the decisions with the text by id.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from filters.minhash import MinHasher, band_keys, optimal_bands_rows
from filters.text import TextNormaliser
from pipelines.cpu_clock import CpuMsecs, cpu_now
from pipelines.decisions import Applier, ApplyDecisions, KeptIdApplier, duplicate_verdict
from pipelines.verify import VerifyEdges

REJECTED = "rejected"
EXACT_STAGE = "exact_dedup"
MINHASH_STAGE = "minhash"
NEAR_DUPLICATE = "near_duplicate"
_DONE = "done"
_UNSTABLE = "unstable"
PAYLOADS = "payloads"
_SUB_MINIMA = "sub_minima"
SURVIVORS = "survivors"
_log = logging.getLogger("corpus_prep.dedup")

# Signature batches: large enough to amortise numpy calls, small enough for a 2-core laptop.
MAX_SIGNATURE_BATCH = 512
# Sub-buckets per LSH bucket. The second-level group holds at most this many ids, the first about
# bucket size / BUCKET_SHARDS; 64 keeps both in the thousands for a 100,000-page boilerplate
# bucket, and costs nothing for ordinary buckets (2-3 members fall in 2-3 sub-buckets).
BUCKET_SHARDS = 64
# Groups of sub-buckets per band and salt in the first GroupByKey (the bucket key modulo this).
# On the DirectRunner, whose runner process holds a shuffle as Python objects with ~200 bytes per
# key, 25 bands x 30,960 documents held 233 MB with one key per entry and 90 MB in 16 groups per
# band and salt (scripts/bench_runner_buffers.py); a group is ~documents / 1,024 entries,
# ~25,000 (1.2 MB) at 25 million documents.
BUCKET_GROUPS = 16
# Groups of buckets per band in the second GroupByKey (the sub-bucket minima; the bucket key
# modulo this): as many as the first has per band, so a group is about as large. Keyed by
# (band, bucket) instead, the DirectRunner's runner held ~190 bytes per minimum (a key and an id
# string each; 10x replica: 168,534 minima, 32 MB, its largest buffer).
MINIMA_GROUPS = BUCKET_SHARDS * BUCKET_GROUPS
# Bytes of a bucket key in a packed entry (uint64, little-endian).
_BUCKET_BYTES = 8

Edge = tuple[str, str]  # (larger id, smaller id): always pointing at the smaller end
# One document as the dedup stages see it: (id, source, n_bytes, exact hash, band keys), the band
# keys as little-endian uint64s packed in bytes (200 bytes for 25 bands, where a tuple of Python
# ints costs ~1 KB in every buffer that holds it). Band keys are None for a document without
# tokens (nothing to compare) or with MinHash off.
DedupKey = tuple[str, str, int, bytes | None, bytes | None]


def normaliser_from(cfg: Any) -> TextNormaliser:
    """The text normalisation a dedup config section asks for."""
    return TextNormaliser(
        lowercase=cfg.lowercase,
        punctuation=cfg.strip_punctuation,
        digits=cfg.normalise_digits,
        unicode_nfkc=cfg.unicode_nfkc,
    )


def rank_key(doc_id: str, n_bytes: int, source: str, keep: str, prefer_sources: list[str]):
    """Sort key of a candidate survivor: the smallest key wins, so the choice is deterministic.

    A preferred source comes first (in the configured order), then the longest text if
    ``keep == "longest"``, and the smallest id breaks every remaining tie.
    """
    source_rank = prefer_sources.index(source) if source in prefer_sources else len(prefer_sources)
    if keep == "longest":
        return (source_rank, -int(n_bytes or 0), doc_id)
    return (source_rank, doc_id)


def _key_rank(key: DedupKey, cfg: Any) -> tuple:
    return rank_key(key[0], key[2], key[1], cfg.keep, list(cfg.prefer_sources))


# ----- per document: the key records -----------------------------------------------------------


def bands_rows(cfg: Any) -> tuple[int, int]:
    """The LSH shape: from ``threshold`` via datasketch's optimiser when given, else as set."""
    if cfg.threshold is None:
        return cfg.num_bands, cfg.rows_per_band
    return optimal_bands_rows(cfg.threshold, cfg.num_bands * cfg.rows_per_band)


def hasher_from(cfg: Any) -> MinHasher:
    bands, rows = bands_rows(cfg)
    return MinHasher(
        num_perm=bands * rows,
        ngram_size=cfg.ngram_size,
        char_ngram_size=cfg.char_ngram_size,
        hash_bits=cfg.hash_bits,
        seed=cfg.seed,
        char_languages=list(cfg.char_languages),
        normaliser=normaliser_from(cfg),
    )


class DescribeForDedup(beam.DoFn):
    """A batch of documents → their ``DedupKey``s; when MinHash verifies, on ``payloads`` what
    the check compares: ``(id, signature bytes)`` (``verify_with: signature``) or ``(id, sorted
    shingle hashes)`` (``exact``), for documents with tokens (the others are on no edge)."""

    def __init__(self, exact_cfg: Any | None, minhash_cfg: Any | None):
        self._exact_cfg = exact_cfg
        self._minhash_cfg = minhash_cfg

    def setup(self) -> None:
        self._normaliser = normaliser_from(self._exact_cfg) if self._exact_cfg else None
        self._hasher = None
        if self._minhash_cfg is not None:
            # Built on the worker, which keeps its tables; no datasketch (scipy) import there
            self._hasher = hasher_from(self._minhash_cfg)
            self._bands, self._rows = bands_rows(self._minhash_cfg)
            self._verify = self._minhash_cfg.verify and self._minhash_cfg.verify_with
        self._msecs = Metrics.counter(MINHASH_STAGE, "msecs")
        self._cpu = CpuMsecs(MINHASH_STAGE)

    def _exact(self, text: str) -> bytes | None:
        if self._normaliser is None:
            return None
        normalised = self._normaliser(text)
        return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).digest()[:16]

    def process(self, batch: list[dict[str, Any]]) -> Iterator[Any]:
        texts = [doc["text"] for doc in batch]
        keys: list[bytes | None] = [None] * len(batch)
        if self._hasher is not None:
            started, cpu_started = time.perf_counter(), cpu_now()
            languages = [doc.get("language") for doc in batch]
            sigs = self._hasher.signatures(texts, languages)
            empty = (sigs == np.iinfo(sigs.dtype).max).all(axis=1)
            rows = band_keys(sigs, self._bands, self._rows).astype("<u8", copy=False)
            # no tokens: nothing to compare; exact dedup handles empty texts
            keys = [None if e else r.tobytes() for r, e in zip(rows, empty, strict=True)]
            if self._verify == "signature":
                for doc, sig, e in zip(batch, sigs, empty, strict=True):
                    if not e:
                        yield beam.pvalue.TaggedOutput(PAYLOADS, (doc["id"], sig.tobytes()))
            elif self._verify == "exact":
                shingle_sets = self._hasher.shingle_sets(texts, languages)
                for doc, shingles, e in zip(batch, shingle_sets, empty, strict=True):
                    if not e:
                        yield beam.pvalue.TaggedOutput(PAYLOADS, (doc["id"], shingles.tobytes()))
            # signatures only: the shuffles and component rounds after them have no timer
            self._msecs.inc(int((time.perf_counter() - started) * 1000))
            self._cpu.add(cpu_now() - cpu_started)
        for doc, text, bands in zip(batch, texts, keys, strict=True):
            yield (doc["id"], doc["source"], doc["n_bytes"], self._exact(text), bands)


class DescribeDocs(beam.PTransform):
    """docs → ``DedupKey``s (main) and verification payloads (``payloads``, when MinHash
    verifies)."""

    def __init__(self, exact_cfg: Any | None, minhash_cfg: Any | None):
        super().__init__()
        self._exact_cfg = exact_cfg
        self._minhash_cfg = minhash_cfg

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            docs
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=MAX_SIGNATURE_BATCH)
            | "Describe"
            >> beam.ParDo(DescribeForDedup(self._exact_cfg, self._minhash_cfg)).with_outputs(
                PAYLOADS, main="keys"
            )
        )


# ----- exact -----------------------------------------------------------------------------------


class _ResolveExact(beam.DoFn):
    """One survivor per hash: decisions for the others; the keys that go on to MinHash."""

    def __init__(self, cfg: Any, mode: str):
        self._cfg = cfg
        self._mode = mode

    def process(self, element: tuple[bytes, Iterable[DedupKey]]) -> Iterator[Any]:
        # Two passes over the group, never a list of it: runners page a large group (a
        # boilerplate text held by millions of pages) instead of holding it.
        _, keys = element
        survivor = min(keys, key=lambda k: _key_rank(k, self._cfg))[0]
        for key in keys:
            if key[0] != survivor:
                yield key[0], survivor
                if self._mode != "annotate":
                    continue
            yield beam.pvalue.TaggedOutput(SURVIVORS, key)


class ExactDecisions(beam.PTransform):
    """``DedupKey``s → ``(id, survivor id)`` for every exact duplicate (main output), and on
    ``survivors`` the keys that MinHash should see (all of them in annotate mode)."""

    def __init__(self, cfg: Any, mode: str):
        super().__init__()
        self._cfg = cfg
        self._mode = mode

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, keys: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            keys
            | "ByHash" >> beam.Map(lambda key: (key[3], key))
            | "GroupByHash" >> beam.GroupByKey()
            | "KeepOne"
            >> beam.ParDo(_ResolveExact(self._cfg, self._mode)).with_outputs(
                SURVIVORS, main="decisions"
            )
        )


class ExactApplier(KeptIdApplier):
    """Payload: the survivor's id."""

    stage = EXACT_STAGE
    reason = "exact_duplicate"


# ----- MinHash: buckets ------------------------------------------------------------------------


def _bucket_entries(key: DedupKey) -> Iterator[tuple[tuple[int, int, int], bytes]]:
    """One entry per band: ``((band, salt, group), bucket bytes + id bytes)``."""
    doc_id, bands = key[0], key[4]
    if bands is None:
        return
    salt = bucket_salt(doc_id)
    packed_id = doc_id.encode("utf-8", "surrogatepass")
    for band, start in enumerate(range(0, len(bands), _BUCKET_BYTES)):
        bucket = bands[start : start + _BUCKET_BYTES]
        yield (band, salt, bucket[0] % BUCKET_GROUPS), bucket + packed_id


def pack_entry(bucket: int, doc_id: str) -> bytes:
    """A bucket key and an id as one entry of a bucket shuffle (``unpack_entries`` reads it)."""
    return bucket.to_bytes(_BUCKET_BYTES, "little") + doc_id.encode("utf-8", "surrogatepass")


def unpack_entries(entries: Iterable[bytes]) -> dict[int, list[str]]:
    """Packed entries of one group → bucket key → ids: the group's sub-buckets."""
    sub_buckets: dict[int, list[str]] = {}
    for entry in entries:
        bucket = int.from_bytes(entry[:_BUCKET_BYTES], "little")
        doc_id = entry[_BUCKET_BYTES:].decode("utf-8", "surrogatepass")
        sub_buckets.setdefault(bucket, []).append(doc_id)
    return sub_buckets


def bucket_salt(doc_id: str) -> int:
    """The sub-bucket of a document: a stable hash of its id (the same in every band and run)."""
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(digest, "little") % BUCKET_SHARDS


def star_edges(element: tuple[Any, Iterable[str]]) -> Iterator[Edge]:
    """A group's members → an edge from each to the smallest: linear in the group size."""
    _, ids = element
    centre = min(ids)
    for member in ids:
        if member != centre:
            yield member, centre


def _sub_stars(element: tuple[tuple, Iterable[bytes]]) -> Iterator[Any]:
    """One group of sub-buckets: each one's star edges, and its minimum for the bucket-level
    star, packed: ``((band, minima group), bucket bytes + id bytes)``."""
    (band, _, _), entries = element
    for bucket, ids in unpack_entries(entries).items():
        yield from star_edges((None, ids))
        minimum = pack_entry(bucket, min(ids))
        yield beam.pvalue.TaggedOutput(_SUB_MINIMA, ((band, bucket % MINIMA_GROUPS), minimum))


def _bucket_stars(element: tuple[tuple, Iterable[bytes]]) -> Iterator[Edge]:
    """One group of buckets' sub-bucket minima → each bucket's star of its minima."""
    _, entries = element
    for minima in unpack_entries(entries).values():
        yield from star_edges((None, minima))


class BucketStars(beam.PTransform):
    """``((band, salt, group), packed entry)`` → candidate edges: a two-level star per LSH
    bucket.

    A bucket of k members split into s non-empty sub-buckets gives (k - s) edges to the
    sub-bucket minima plus (s - 1) edges from those minima to the bucket minimum: k - 1 edges,
    the same components as a one-level star. The first GroupByKey holds a group of sub-buckets
    (about k / BUCKET_SHARDS ids of a bucket of k, with the other buckets of its group), the
    second at most BUCKET_SHARDS ids per bucket (with the other buckets of its group). The salt
    depends
    only on the id, so identical documents fall in the same sub-bucket in every band and their
    edges repeat rather than multiply.
    """

    def expand(self, keyed: beam.PCollection) -> beam.PCollection:
        level1 = (
            keyed
            | "GroupBySubBucket" >> beam.GroupByKey()
            | "SubStars" >> beam.FlatMap(_sub_stars).with_outputs(_SUB_MINIMA, main="edges")
        )
        level2 = (
            level1[_SUB_MINIMA]
            | "GroupByBucket" >> beam.GroupByKey()
            | "BucketStar" >> beam.FlatMap(_bucket_stars)
        )
        return (level1.edges, level2) | "AllEdges" >> beam.Flatten()


# ----- connected components --------------------------------------------------------------------


def _both_ways(edge: Edge) -> Iterator[tuple[str, str]]:
    yield edge
    yield edge[1], edge[0]


def _large_star(element: tuple[str, Iterable[str]]) -> Iterator[Any]:
    """Kiveris large-star at node u: link every larger neighbour to min(Γ+(u)).

    Also reports whether u is already final (a centre with only larger neighbours, or a leaf
    whose only neighbour is smaller): when every node is final the graph is a forest of stars
    centred on each component's minimum.
    """
    node, neighbours = element
    others = set(neighbours)
    others.discard(node)
    smallest = min(others | {node})
    if not (smallest == node or len(others) == 1):
        yield beam.pvalue.TaggedOutput(_UNSTABLE, 1)
    for other in others:
        if other > node:
            yield other, smallest


def _small_star(element: tuple[str, Iterable[str]]) -> Iterator[Edge]:
    """Kiveris small-star at node u: link u and its smaller neighbours to the smallest of them."""
    node, neighbours = element
    smaller = {other for other in neighbours if other < node}
    if not smaller:
        return
    smallest = min(smaller)
    for other in smaller | {node}:
        if other != smallest:
            yield other, smallest


class _Gate(beam.DoFn):
    """Route edges to ``done`` once the previous round found every node final."""

    def process(self, edge: Edge, unstable: int) -> Iterator[Any]:
        if unstable == 0:
            yield beam.pvalue.TaggedOutput(_DONE, edge)
        else:
            yield edge


def _closure_check(element: tuple[str, Iterable[str]]) -> Iterator[tuple[str, tuple]]:
    """For the final check: (min of Γ+(u), (u, final?, neighbours if u is that min))."""
    node, neighbours = element
    others = set(neighbours)
    others.discard(node)
    smallest = min(others | {node})
    final = smallest == node or len(others) == 1
    yield smallest, (node, final, tuple(others) if smallest == node else ())


def _split_converged(element) -> Iterator[Any]:
    """A candidate star is a whole component iff all its nodes are final and it is closed."""
    centre, members = element
    members = list(members)
    leaves = {node for node, _, _ in members if node != centre}
    own = [m for m in members if m[0] == centre]
    centre_neighbours = set(own[0][2]) if own else set()
    if all(final for _, final, _ in members) and leaves == centre_neighbours:
        for leaf in leaves:
            yield leaf, centre
        return
    for node in {m[0] for m in members}:
        yield beam.pvalue.TaggedOutput(_UNSTABLE, node)


def _union_find(element: tuple[Any, Iterable[Edge]]) -> Iterator[tuple[str, str]]:
    """Single-worker fallback over the unconverged edges only: (node, component minimum)."""
    _, edges = element
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    for a, b in edges:
        count += 1
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    Metrics.counter(MINHASH_STAGE, "cc:fallback_edges").inc(count)
    _log.warning(
        "minhash: connected components did not converge within max_rounds; finished %d edges "
        "of the unconverged components with union-find on one worker",
        count,
    )
    for node in list(parent):
        root = find(node)
        if root != node:
            yield node, root


class ConnectedComponents(beam.PTransform):
    """Edges ``(u, v)`` → ``(node, smallest id of its component)`` for every node on an edge.

    Why large-star/small-star (Kiveris et al., "Connected Components in MapReduce and Beyond",
    SoCC 2014): every step is one GroupByKey of the edge list with O(|E|) communication, edges
    never multiply (each step emits at most one edge per input edge), and it converges in
    O(log² n) rounds (in practice a handful, since LSH buckets already arrive as stars). Hash-to-
    min converges in O(log n) rounds but a node can emit its whole component, O(n) per node.

    The Beam graph must be static, so ``max_rounds`` rounds (large-star + small-star, two
    GroupByKeys) are unrolled. Each large-star counts the nodes that are not yet final; when a
    round finds none, the following rounds' gates route all edges to the output untouched, so
    converged data does not keep moving. Whatever is left after the last round goes through one
    closure check (a GroupByKey per candidate centre) that passes converged components through
    and sends only the edges of unconverged ones to a single-worker union-find, counted in
    ``minhash/cc:fallback_edges`` and logged. Memory per worker: the neighbours of one node,
    i.e. at most the largest component.
    """

    def __init__(self, max_rounds: int = 8):
        super().__init__()
        self._max_rounds = max_rounds

    def expand(self, edges: beam.PCollection) -> beam.PCollection:
        done: list[beam.PCollection] = []
        unstable = None
        for round_no in range(self._max_rounds):
            edges, unstable, finished = self._round(edges, unstable, round_no)
            if finished is not None:
                done.append(finished)
        remaining, finished = self._gate(edges, unstable, "Final")
        done.append(finished)
        resolved = self._finish(remaining)
        pointers = (*done, resolved) | "AllPointers" >> beam.Flatten() | beam.FlatMap(_with_centre)
        return pointers | "OneComponent" >> beam.CombinePerKey(min)

    @staticmethod
    def _gate(edges, unstable, label: str):
        if unstable is None:
            return edges, None
        routed = edges | f"Gate{label}" >> beam.ParDo(
            _Gate(), beam.pvalue.AsSingleton(unstable)
        ).with_outputs(_DONE, main="next")
        return routed.next, routed[_DONE]

    def _round(self, edges, unstable, round_no: int):
        edges, finished = self._gate(edges, unstable, str(round_no))
        large = (
            edges
            | f"LargeBoth{round_no}" >> beam.FlatMap(_both_ways)
            | f"LargeGroup{round_no}" >> beam.GroupByKey()
            | f"LargeStar{round_no}" >> beam.FlatMap(_large_star).with_outputs(_UNSTABLE, main="e")
        )
        count = large[_UNSTABLE] | f"CountUnstable{round_no}" >> beam.CombineGlobally(sum)
        small = (
            large.e
            | f"SmallBoth{round_no}" >> beam.FlatMap(_both_ways)
            | f"SmallGroup{round_no}" >> beam.GroupByKey()
            | f"SmallStar{round_no}" >> beam.FlatMap(_small_star)
        )
        return small, count, finished

    @staticmethod
    def _finish(remaining: beam.PCollection) -> beam.PCollection:
        adjacency = (
            remaining | "CheckBoth" >> beam.FlatMap(_both_ways) | "CheckGroup" >> beam.GroupByKey()
        )
        checked = (
            adjacency
            | "ByCandidateCentre" >> beam.FlatMap(_closure_check)
            | "GroupByCentre" >> beam.GroupByKey()
            | "Split" >> beam.FlatMap(_split_converged).with_outputs(_UNSTABLE, main="ok")
        )
        unconverged = (
            {
                "node": checked[_UNSTABLE] | "KeyNode" >> beam.Map(lambda n: (n, None)),
                "edges": remaining | "KeyEdge" >> beam.Map(lambda e: (e[0], e)),
            }
            | "JoinUnconverged" >> beam.CoGroupByKey()
            | "UnconvergedEdges" >> beam.FlatMap(_unconverged_edges)
        )
        fallback = (
            unconverged
            | "OneKey" >> beam.Map(lambda e: (0, e))
            | "GatherRest" >> beam.GroupByKey()
            | "UnionFind" >> beam.FlatMap(_union_find)
        )
        return (checked.ok, fallback) | "Resolved" >> beam.Flatten()


def _unconverged_edges(element) -> Iterator[Edge]:
    _, groups = element
    if list(groups["node"]):
        yield from groups["edges"]


def _with_centre(edge: Edge) -> Iterator[tuple[str, str]]:
    """A final (node, centre) pointer, plus the centre pointing at itself."""
    node, centre = edge
    yield node, centre
    yield centre, centre


# ----- MinHash: survivors and the whole stage --------------------------------------------------


def _member_ranks(element, cfg: Any) -> Iterator[tuple[str, tuple]]:
    """(component, (rank, id)) for each clustered document, ranked by its metadata."""
    doc_id, groups = element
    components = list(groups["component"])
    for meta in groups["meta"]:
        for component in components:
            yield component, (rank_key(doc_id, *meta, cfg.keep, list(cfg.prefer_sources)), doc_id)


def _choose_survivor(element) -> Iterator[tuple[str, tuple[str, int]]]:
    """Every member of a component → (its id, (survivor id, component size))."""
    _, ranked = element
    ranked = list(ranked)
    survivor = min(ranked)[1]
    for _, doc_id in ranked:
        yield doc_id, (survivor, len(ranked))


class MinhashDecisions(beam.PTransform):
    """``DedupKey``s → ``(id, (survivor id, component size))`` for every clustered document.

    ``payloads``: what ``DescribeForDedup`` made for the check, needed when ``verify`` is on.
    """

    def __init__(self, cfg: Any, payloads: beam.PCollection | None = None):
        super().__init__()
        self._cfg = cfg
        self._payloads = payloads

    def expand(self, keys: beam.PCollection) -> beam.PCollection:
        cfg = self._cfg
        bands, rows = bands_rows(cfg)
        edges = keys | "BucketEntries" >> beam.FlatMap(_bucket_entries) | "Buckets" >> BucketStars()
        if cfg.verify:
            threshold = cfg.threshold or (1.0 / bands) ** (1.0 / rows)
            edges = edges | "Verify" >> VerifyEdges(
                self._payloads, cfg.verify_with, threshold, cfg.hash_bits
            )
        components = edges | "Components" >> ConnectedComponents(cfg.max_rounds)
        if cfg.keep == "smallest_id" and not cfg.prefer_sources:
            ranked = components | "Rank" >> beam.Map(lambda nc: (nc[1], ((nc[0],), nc[0])))
        else:
            meta = keys | "Meta" >> beam.Map(lambda key: (key[0], (key[2], key[1])))
            ranked = (
                {"meta": meta, "component": components}
                | "JoinMeta" >> beam.CoGroupByKey()
                | "Rank" >> beam.FlatMap(_member_ranks, cfg)
            )
        return (
            ranked
            | "GroupByComponent" >> beam.GroupByKey()
            | "Survivor" >> beam.FlatMap(_choose_survivor)
        )


class MinhashApplier(Applier):
    """Payload: (survivor id, component size). Every document that reaches MinHash records its
    cluster (``dup_cluster_id``/``dup_cluster_size``; a cluster of one when undecided)."""

    stage = MINHASH_STAGE

    def drops(self, doc_id: str, payload: Any) -> bool:
        return payload[0] != doc_id

    def apply(self, doc: dict[str, Any], payload: Any, mode: str) -> dict[str, Any]:
        survivor, size = payload if payload is not None else (doc["id"], 1)
        doc["dup_cluster_id"] = survivor
        doc["dup_cluster_size"] = size
        if survivor == doc["id"]:
            Metrics.counter(MINHASH_STAGE, "kept").inc()
            return doc
        return duplicate_verdict(doc, survivor, MINHASH_STAGE, NEAR_DUPLICATE, mode)


# ----- docs → (kept, rejected), for graphs of one's own ---------------------------------------


class ExactDedup(beam.PTransform):
    """docs → (kept, rejected): one document per normalised-text hash (SHA-256)."""

    def __init__(self, cfg: Any, mode: str):
        super().__init__()
        self._cfg = cfg
        self._mode = mode

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        keys = docs | "Keys" >> DescribeDocs(self._cfg, None)
        decided = keys.keys | "Exact" >> ExactDecisions(self._cfg, self._mode)
        return docs | ApplyDecisions({EXACT_STAGE: decided.decisions}, [ExactApplier()], self._mode)


class MinhashDedup(beam.PTransform):
    """docs → (kept, rejected): one document per connected component of LSH candidates.

    Every output document carries ``dup_cluster_id`` (the survivor's id) and
    ``dup_cluster_size`` (1 for a document with no near-duplicate).
    """

    def __init__(self, cfg: Any, mode: str):
        super().__init__()
        self._cfg = cfg
        self._mode = mode

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        keys = docs | "Keys" >> DescribeDocs(None, self._cfg)
        decisions = keys.keys | "Minhash" >> MinhashDecisions(self._cfg, keys[PAYLOADS])
        return docs | ApplyDecisions({MINHASH_STAGE: decisions}, [MinhashApplier()], self._mode)

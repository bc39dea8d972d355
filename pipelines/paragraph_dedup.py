"""Paragraph dedup across documents on Beam: id-keyed decisions, no text through a shuffle.

``ParagraphDedup`` turns documents into decisions: ``(doc id, filters.paragraphs.Decision)`` for
every document that loses at least one paragraph (the line indices to remove, and whether too
little would be left, so the document is dropped). Only hashes, ids and sizes travel:

1. per document (fused with the per-document stages, no shuffle): the distinct long-enough
   paragraphs, hashed after normalisation (``filters.paragraphs.ParagraphHasher``: signed
   64-bit keys, line indices and sizes as plain ints), with the document's rank (the dedup
   survivor rule: preferred source, then longest if ``keep: longest``, then smallest id); the
   paragraph's text stays here;
2. documents that earlier dedup stages drop (``exclude``: their ids) are left out before
   counting, so a paragraph is never removed from every document that survives;
3. per paragraph key, a count of its documents (a sum, combiner-lifted: a few bytes per
   paragraph however hot the key); the keys held by at least ``min_count`` documents become a
   Bloom filter (``pipelines.hash_filter``), a side input;
4. per document, its paragraphs the filter may hold are the candidates: a document with none
   (most of a crawl) is done, without a join. Per candidate key: how many documents hold it
   and which ranks first, joined back to every holder with bounded groups
   (``pipelines.key_stats.JoinKeyStats``, a combiner on salted sub-keys); a paragraph held by
   at least ``min_count`` documents is removed from all but the first (a false positive of
   the filter counts below ``min_count`` and changes nothing);
5. per document: its removals grouped by id (at most its own paragraphs) → one decision.

``ParagraphApplier`` rewrites (or drops) a document at the shard writer, which has its text.
In the run's graph this is the last decision stage (``pipelines.build.add_decisions``, and
docs/dedup.md for why).

Report data: ``summary``, one dict with the paragraphs, bytes and documents removed and the
``top`` repeated paragraphs (document count, first 80 characters). The characters are read from
one holder of each top paragraph (the ``reader``: the holder in the lowest spill bucket, then
the smallest id, so that the 20 readers of a run share one or a few buckets): from the spill
files in the run (``PrefixesFromSpill``), from the documents themselves elsewhere.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from filters.doc_sizes import count_words, refresh_sizes
from filters.paragraphs import (
    Decision,
    Occurrence,
    Paragraph,
    ParagraphHasher,
    decide,
    remove_lines,
    unsigned,
)
from pipelines.decisions import Applier, WithoutIds
from pipelines.dedup import normaliser_from, rank_key
from pipelines.hash_filter import HashFilter
from pipelines.key_stats import JoinKeyStats
from pipelines.schema import reject_from_doc
from pipelines.spill import read_spill, spill_bucket

STAGE = "paragraph_dedup"
REASON = "too_short_after_paragraph_dedup"
SIGNAL = "repeated_paragraph_fraction"
# Spill buckets the reader of a top paragraph is chosen by (``shards.spill_buckets``' default).
READER_BUCKETS = 64

# One document's part in the counting: (rank, words of the whole document, its paragraphs).
Described = tuple[tuple, int, tuple[Paragraph, ...]]
# A candidate paragraph: (rank, doc id, paragraph, words of the whole document).
Member = tuple[tuple, str, Paragraph, int]
# A paragraph's unsigned 64-bit hash (``Occurrence.hash``, from 0 to 2**64 - 1) in the report's
# elements (top entries, prefixes). Beam 2.78 resolves these modules' postponed annotations and
# encodes an ``int`` in a hint with VarIntCoder, which holds signed 64-bit values only (half of
# the hashes overflow it); ``Any`` leaves them to Beam's default coder, which holds any int, as
# every Beam did before 2.78 (it read the annotations as strings: Any).
UnsignedHash = Any


class _Describe(beam.DoFn):
    """A document → ``(id, (rank, words, paragraphs))``, one element per document (for the
    optional exclusion); nothing for a document of a source that does not take part.

    ``paragraphs``: ``filters.paragraphs.Paragraph`` tuples, no text (the report reads its
    prefixes afterwards); plain ints and tuples, which Beam encodes without pickling."""

    def __init__(self, cfg: Any, sources: frozenset[str] | None):
        self._cfg = cfg
        self._sources = sources

    def setup(self) -> None:
        self._hasher = ParagraphHasher(normaliser_from(self._cfg), self._cfg.min_chars)

    def process(self, doc: dict[str, Any]) -> Iterator[tuple[str, Described]]:
        cfg = self._cfg
        if self._sources is not None and doc["source"] not in self._sources:
            return
        paragraphs = self._hasher.paragraphs(doc["text"])
        if paragraphs:
            rank = rank_key(doc["id"], doc["n_bytes"], doc["source"], cfg.keep, cfg.prefer_sources)
            yield doc["id"], (rank, count_words(doc["text"]), tuple(paragraphs))


def _keys(element: tuple[str, Described]) -> Iterator[tuple[int, int]]:
    """A document → (paragraph key, 1) per paragraph: all the first counting needs."""
    for paragraph in element[1][2]:
        yield paragraph[0], 1


@beam.ptransform_fn
def RepeatedFilter(described: beam.PCollection, min_count: int) -> beam.PCollection:  # noqa: N802
    """Described documents → one ``HashFilter`` of the keys held by at least ``min_count`` of
    them: a sum per key (combiner lifting bounds a hot key), the side input streamed."""
    repeated = (
        described
        | "Keys" >> beam.FlatMap(_keys)
        | "Holders" >> beam.CombinePerKey(sum)
        | "Repeated" >> beam.Filter(lambda kv: kv[1] >= min_count)
        | "RepeatedKeys" >> beam.Keys()
    )
    return (
        repeated
        | "CountRepeated" >> beam.combiners.Count.Globally()
        | "BuildFilter"
        >> beam.Map(lambda count, keys: HashFilter(keys, count), beam.pvalue.AsIter(repeated))
    )


class _Candidates(beam.DoFn):
    """A document → ``(key, (rank, id, paragraph, words))`` for each paragraph the filter may
    hold; a document with none is done here, without a join (counted in ``docs_not_joined``)."""

    def setup(self) -> None:
        self._not_joined = Metrics.counter(STAGE, "docs_not_joined")

    def process(self, element: tuple[str, Described], repeated: HashFilter):
        doc_id, (rank, words, paragraphs) = element
        maybe = repeated.may_contain([p[0] for p in paragraphs])
        if not maybe.any():
            self._not_joined.inc()
            return
        for paragraph, candidate in zip(paragraphs, maybe.tolist(), strict=True):
            if candidate:
                yield paragraph[0], (rank, doc_id, paragraph, words)


class FirstAndCount:
    """Per paragraph hash: number of documents, the first member by rank (the survivor), and
    the member whose text the report reads (lowest ``(spill bucket, id)``)."""

    def __init__(self, min_count: int, buckets: int = READER_BUCKETS):
        self.min_count = min_count
        self.buckets = buckets

    def create(self) -> tuple[int, tuple | None, str | None, tuple | None]:
        return 0, None, None, None

    def add(self, acc, member: Member):
        count, rank, doc_id, reader = acc
        if rank is None or member[0] < rank:
            rank, doc_id = member[0], member[1]
        candidate = (spill_bucket(member[1], self.buckets), member[1])
        return count + 1, rank, doc_id, min(reader or candidate, candidate)

    def merge(self, accs: Iterable) -> tuple[int, tuple | None, str | None, tuple | None]:
        count, best, reader = 0, (None, None), None
        for acc_count, rank, doc_id, acc_reader in accs:
            count += acc_count
            if rank is not None and (best[0] is None or rank < best[0]):
                best = (rank, doc_id)
            if acc_reader is not None and (reader is None or acc_reader < reader):
                reader = acc_reader
        return count, best[0], best[1], reader

    def wanted(self, acc) -> bool:
        return acc[0] >= self.min_count


def _removal(pair: tuple[Member, tuple]) -> Iterator[tuple[str, tuple[Paragraph, int]]]:
    (_, doc_id, paragraph, doc_words), (_, _, survivor, _) = pair
    if doc_id != survivor:
        yield doc_id, (paragraph, doc_words)


class _Decide(beam.DoFn):
    def __init__(self, min_doc_words: int):
        self._min_doc_words = min_doc_words

    def setup(self) -> None:
        self._paragraphs = Metrics.counter(STAGE, "paragraphs_removed")
        self._bytes = Metrics.counter(STAGE, "bytes_removed")
        self._docs = Metrics.counter(STAGE, "docs_changed")
        self._dropped = Metrics.counter(STAGE, "docs_too_short")

    def process(self, element) -> Iterator[tuple[str, Decision]]:
        doc_id, removals = element
        removals = list(removals)
        occurrences = (Occurrence(*paragraph, prefix="") for paragraph, _ in removals)
        decision = decide(doc_id, occurrences, removals[0][1], self._min_doc_words)
        self._paragraphs.inc(len(decision.lines))
        self._bytes.inc(decision.n_bytes)
        self._docs.inc()
        if decision.drop:
            self._dropped.inc()
        yield doc_id, decision


def _top_entry(kv) -> tuple[int, UnsignedHash, str]:
    """(documents, hash, reader id) of a repeated paragraph."""
    key, (count, _, _, (_, reader)) = kv
    return count, unsigned(key), reader


def _wanted_hashes(top: list) -> dict[str, set[int]]:
    wanted: dict[str, set[int]] = {}
    for _, paragraph_hash, reader in top:
        wanted.setdefault(reader, set()).add(paragraph_hash)
    return wanted


def prefixes_of(
    doc: dict[str, Any], hashes: set[int], cfg: Any
) -> Iterator[tuple[UnsignedHash, str]]:
    """(hash, first 80 characters) of the given paragraphs of one document."""
    hasher = ParagraphHasher(normaliser_from(cfg), cfg.min_chars)
    for occurrence in hasher.occurrences(doc["text"]):
        if occurrence.hash in hashes:
            yield occurrence.hash, occurrence.prefix


def _prefixes(doc: dict[str, Any], top: list, cfg: Any) -> Iterator[tuple[UnsignedHash, str]]:
    hashes = _wanted_hashes(top).get(doc["id"])
    if hashes:
        yield from prefixes_of(doc, hashes, cfg)


class PrefixesFromDocs(beam.PTransform):
    """top → (hash, prefix), read from the documents (for graphs that keep the text at hand:
    the side input makes a runner hold ``docs`` until the counting is done)."""

    def __init__(self, docs: beam.PCollection, cfg: Any):
        super().__init__()
        self._docs = docs
        self._cfg = cfg

    def expand(self, top: beam.PCollection) -> beam.PCollection:
        return self._docs | "Prefixes" >> beam.FlatMap(
            _prefixes, beam.pvalue.AsSingleton(top), self._cfg
        )


def _reader_keys(key, top: list, buckets: int) -> Iterator[tuple[tuple[str, int], tuple]]:
    """A spilled document's key → ((language, bucket), (token, id)) if it reads a prefix."""
    doc_id, (language, _, _, token) = key
    if doc_id in _wanted_hashes(top):
        yield (language, spill_bucket(doc_id, buckets)), (token, doc_id)


def _read_prefixes(element, top: list, files, cfg: Any) -> Iterator[tuple[UnsignedHash, str]]:
    """One spill class and bucket: the prefixes its reader documents hold."""
    spill_key, readers = element
    tokens = dict(readers)
    wanted = _wanted_hashes(top)
    for path in sorted(files[spill_key]):
        for token, encoded in read_spill(path):
            if token in tokens:
                yield from prefixes_of(pickle.loads(encoded), wanted[tokens[token]], cfg)


class PrefixesFromSpill(beam.PTransform):
    """top → (hash, prefix), read from the spill files: the run's graph, where text only waits
    there. ``keys``: the spilled documents' ``DocKey``s; ``files``: the spill files. Only the
    buckets that hold a reader are read (the readers are chosen in the lowest bucket)."""

    def __init__(self, keys: beam.PCollection, files: beam.PCollection, cfg: Any, buckets: int):
        super().__init__()
        self._keys = keys
        self._files = files
        self._cfg = cfg
        self._buckets = buckets

    def expand(self, top: beam.PCollection) -> beam.PCollection:
        return (
            self._keys
            | "Readers" >> beam.FlatMap(_reader_keys, beam.pvalue.AsSingleton(top), self._buckets)
            | "ByBucket" >> beam.GroupByKey()
            | "ReadPrefixes"
            >> beam.FlatMap(
                _read_prefixes,
                beam.pvalue.AsSingleton(top),
                beam.pvalue.AsMultiMap(self._files),
                self._cfg,
            )
        )


def _totals(decision: Decision) -> tuple[int, int, int, int]:
    return len(decision.lines), decision.n_bytes, 1, int(decision.drop)


def _add_totals(totals: Iterable[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    return tuple(map(sum, zip(*totals, strict=True))) or (0, 0, 0, 0)


def _summary(totals: tuple, top: list, prefixes: list) -> dict[str, Any]:
    text = dict(prefixes)
    return {
        "paragraphs_removed": totals[0],
        "bytes_removed": totals[1],
        "docs_changed": totals[2],
        "docs_too_short": totals[3],
        "top": [
            {"documents": count, "hash": f"{h:016x}", "text": text.get(h, "")}
            for count, h, _ in sorted(top, key=lambda entry: (-entry[0], entry[1]))
        ],
    }


class ParagraphDedup(beam.PTransform):
    """docs → ``{"decisions": (id, Decision), "summary": dict}`` (see the module docstring).

    ``sources``: the source labels that take part (None: every document). ``exclude``:
    optional PCollection of ids that earlier dedup stages drop. ``prefixes``: how
    the report's text of the top paragraphs is read (``top`` PCollection → ``(hash, prefix)``);
    by default from ``docs`` (``PrefixesFromDocs``). ``buckets``: the spill buckets the
    readers are chosen by.
    """

    def __init__(
        self,
        cfg: Any,
        exclude: beam.PCollection | None = None,
        top: int = 20,
        sources: Iterable[str] | None = None,
        prefixes: Callable[[beam.PCollection], beam.PTransform] | None = None,
        buckets: int = READER_BUCKETS,
    ):
        super().__init__()
        self._cfg = cfg
        self._exclude = exclude
        self._top = top
        self._prefixes = prefixes
        self._buckets = buckets
        self._sources = frozenset(sources) if sources is not None else None

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> dict[str, beam.PCollection]:
        cfg = self._cfg
        described = docs | "Describe" >> beam.ParDo(_Describe(cfg, self._sources))
        if self._exclude is not None:
            described = described | "Unexcluded" >> WithoutIds(self._exclude, lambda kv: kv[0])
        repeated = described | "Repeated" >> RepeatedFilter(cfg.min_count)
        candidates = described | "Candidates" >> beam.ParDo(
            _Candidates(), beam.pvalue.AsSingleton(repeated)
        )
        statistic = FirstAndCount(cfg.min_count, self._buckets)
        joined = candidates | "Count" >> JoinKeyStats(statistic, lambda m: m[1])
        decisions = (
            joined["pairs"]
            | "Removals" >> beam.FlatMap(_removal)
            | "ByDocument" >> beam.GroupByKey()
            | "Decide" >> beam.ParDo(_Decide(cfg.min_doc_words))
        )
        top = (
            joined["stats"]
            | "TopEntries" >> beam.Map(_top_entry)
            | "Top" >> beam.combiners.Top.Of(self._top)
        )
        reader = self._prefixes or (lambda: PrefixesFromDocs(docs, cfg))
        prefixes = top | "TopPrefixes" >> reader()
        summary = (
            decisions
            | "Totals" >> beam.Map(lambda kv: _totals(kv[1]))
            | "AddTotals" >> beam.CombineGlobally(_add_totals)
            | "Summary"
            >> beam.Map(
                _summary,
                beam.pvalue.AsSingleton(top),
                beam.pvalue.AsList(prefixes),
            )
        )
        return {"decisions": decisions, "summary": summary}


class ParagraphApplier(Applier):
    """Payload: the document's ``Decision``. Drops it when too little would be left."""

    stage = STAGE

    def drops(self, doc_id: str, payload: Any) -> bool:
        return payload.drop

    def apply(self, doc: dict[str, Any], payload: Any, mode: str) -> dict[str, Any]:
        """The document with its repeated paragraphs removed, or its reject (filter mode).

        Annotate mode keeps the text and records the verdict a filter run would give.
        """
        if payload is None:
            return doc
        n_bytes = doc["n_bytes"]
        doc["quality_signals"][SIGNAL] = payload.n_bytes / n_bytes if n_bytes else 0.0
        if mode == "annotate":
            if payload.drop:
                doc["verdicts"].append(f"{STAGE}:{REASON}")
            return doc
        if payload.drop:
            return reject_from_doc(
                doc, stage=STAGE, reason=REASON, score=doc["quality_signals"][SIGNAL]
            )
        doc["text"] = remove_lines(doc["text"], payload.lines)
        return refresh_sizes(doc)

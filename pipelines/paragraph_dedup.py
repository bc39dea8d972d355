"""Paragraph dedup across documents on Beam: id-keyed decisions, no text through a shuffle.

``ParagraphDedup`` turns documents into decisions: ``(doc id, filters.paragraphs.Decision)`` for
every document that loses at least one paragraph (the line indices to remove, and whether too
little would be left, so the document is dropped). Only hashes, ids and sizes travel:

1. per document (no shuffle): the distinct long-enough paragraphs, hashed after normalisation
   (``filters.paragraphs.ParagraphHasher``), each with the document's rank (the dedup survivor
   rule: preferred source, then longest if ``keep: longest``, then smallest id);
2. optionally, documents that earlier dedup stages drop (``exclude``: their ids) are left out
   before counting, so a paragraph is never removed from every document that survives;
3. per paragraph hash: how many documents hold it and which ranks first, joined back to every
   holder with bounded groups (``pipelines.key_stats.JoinKeyStats``, a combiner on salted
   sub-keys); a paragraph held by at least ``min_count`` documents is removed from all but
   the first;
4. per document: its removals grouped by id (at most its own paragraphs) → one decision.

``apply_decision`` rewrites (or drops) a document once its decision has been joined to it; the
run's graph does that in the one join of documents with all dedup decisions. ``ApplyDecisions``
is that join for one decision kind, for tests and for graphs without the combined join.

Report data: ``ParagraphDedup`` also returns ``summary``, one dict with the paragraphs, bytes and
documents removed and the ``top`` repeated paragraphs (document count, first 80 characters).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from filters.doc_sizes import count_words, refresh_sizes
from filters.paragraphs import Decision, Occurrence, ParagraphHasher, decide, remove_lines
from pipelines.dedup import normaliser_from, rank_key
from pipelines.key_stats import JoinKeyStats
from pipelines.schema import reject_from_doc

STAGE = "paragraph_dedup"
REASON = "too_short_after_paragraph_dedup"
SIGNAL = "repeated_paragraph_fraction"
REJECTED = "rejected"

# A member of a paragraph hash: (rank, doc id, occurrence, words of the whole document).
Member = tuple[tuple, str, Occurrence, int]


class _Describe(beam.DoFn):
    """A document → (id, its members), one element per document (for the optional exclusion)."""

    def __init__(self, cfg: Any):
        self._cfg = cfg

    def setup(self) -> None:
        self._hasher = ParagraphHasher(normaliser_from(self._cfg), self._cfg.min_chars)

    def process(self, doc: dict[str, Any]) -> Iterator[tuple[str, list[Member]]]:
        cfg = self._cfg
        rank = rank_key(doc["id"], doc["n_bytes"], doc["source"], cfg.keep, cfg.prefer_sources)
        words = count_words(doc["text"])
        members = [(rank, doc["id"], o, words) for o in self._hasher.occurrences(doc["text"])]
        if members:
            yield doc["id"], members


def _keep_unexcluded(element) -> Iterator[list[Member]]:
    _, groups = element
    if not any(True for _ in groups["excluded"]):
        yield from groups["members"]


class FirstAndCount:
    """Per paragraph hash: number of documents, and the first member by rank (the survivor)."""

    def __init__(self, min_count: int):
        self.min_count = min_count

    def create(self) -> tuple[int, tuple | None, str | None]:
        return 0, None, None

    def add(self, acc, member: Member):
        count, rank, doc_id = acc
        if rank is None or member[0] < rank:
            rank, doc_id = member[0], member[1]
        return count + 1, rank, doc_id

    def merge(self, accs: Iterable) -> tuple[int, tuple | None, str | None]:
        count, best = 0, (None, None)
        for acc_count, rank, doc_id in accs:
            count += acc_count
            if rank is not None and (best[0] is None or rank < best[0]):
                best = (rank, doc_id)
        return count, best[0], best[1]

    def wanted(self, acc) -> bool:
        return acc[0] >= self.min_count


def _removal(pair: tuple[Member, tuple]) -> Iterator[tuple[str, tuple[Occurrence, int]]]:
    (_, doc_id, occurrence, doc_words), (_, _, survivor) = pair
    if doc_id != survivor:
        yield doc_id, (occurrence, doc_words)


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
        decision = decide(doc_id, (o for o, _ in removals), removals[0][1], self._min_doc_words)
        self._paragraphs.inc(len(decision.lines))
        self._bytes.inc(decision.n_bytes)
        self._docs.inc()
        if decision.drop:
            self._dropped.inc()
        yield doc_id, decision


def _top_entry(kv) -> tuple[int, int, str]:
    paragraph_hash, (count, _, survivor) = kv
    return count, paragraph_hash, survivor


def _prefixes(doc: dict[str, Any], top: list, hasher_cfg: Any) -> Iterator[tuple[int, str]]:
    """The report's text for the top paragraphs, read from each one's survivor document."""
    wanted = {survivor: set() for _, _, survivor in top}
    for _, paragraph_hash, survivor in top:
        wanted[survivor].add(paragraph_hash)
    hashes = wanted.get(doc["id"])
    if not hashes:
        return
    hasher = ParagraphHasher(normaliser_from(hasher_cfg), hasher_cfg.min_chars)
    for occurrence in hasher.occurrences(doc["text"]):
        if occurrence.hash in hashes:
            yield occurrence.hash, occurrence.prefix


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
            for count, h, _ in sorted(top, reverse=True)
        ],
    }


class ParagraphDedup(beam.PTransform):
    """docs → ``{"decisions": (id, Decision), "summary": dict}`` (see the module docstring).

    ``exclude``: optional PCollection of ids that earlier dedup stages drop.
    """

    def __init__(self, cfg: Any, exclude: beam.PCollection | None = None, top: int = 20):
        super().__init__()
        self._cfg = cfg
        self._exclude = exclude
        self._top = top

    def expand(self, docs: beam.PCollection) -> dict[str, beam.PCollection]:
        cfg = self._cfg
        described = docs | "Describe" >> beam.ParDo(_Describe(cfg))
        if self._exclude is not None:
            excluded = self._exclude | "KeyExcluded" >> beam.Map(lambda i: (i, True))
            described = (
                {"members": described, "excluded": excluded}
                | "JoinExcluded" >> beam.CoGroupByKey()
                | "Unexcluded" >> beam.FlatMap(_keep_unexcluded)
            )
        else:
            described = described | "Members" >> beam.Values()
        keyed = described | "ByHash" >> beam.FlatMap(lambda ms: ((m[2].hash, m) for m in ms))
        joined = keyed | "Count" >> JoinKeyStats(FirstAndCount(cfg.min_count), lambda m: m[1])
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
        prefixes = docs | "Prefixes" >> beam.FlatMap(_prefixes, beam.pvalue.AsSingleton(top), cfg)
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


def apply_decision(doc: dict[str, Any], decision: Decision | None, mode: str) -> dict[str, Any]:
    """The document with its repeated paragraphs removed, or its reject (filter mode).

    Annotate mode keeps the text and records the verdict a filter run would give.
    """
    if decision is None:
        return doc
    doc["quality_signals"][SIGNAL] = decision.n_bytes / doc["n_bytes"] if doc["n_bytes"] else 0.0
    if mode == "annotate":
        if decision.drop:
            doc["verdicts"].append(f"{STAGE}:{REASON}")
        return doc
    if decision.drop:
        return reject_from_doc(
            doc, stage=STAGE, reason=REASON, score=doc["quality_signals"][SIGNAL]
        )
    doc["text"] = remove_lines(doc["text"], decision.lines)
    return refresh_sizes(doc)

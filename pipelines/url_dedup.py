"""URL dedup on Beam: one record per normalised URL, as id-keyed decisions.

``UrlDedup`` turns documents into ``(doc id, kept id)`` for every record that loses to another
crawl of its URL (``filters.urls``: the normalised URL is the key; the newest crawl wins, or the
longest text with ``keep: longest``; the id breaks ties). Only the URL key, the id, the date and
the size travel (``pipelines.key_stats.JoinKeyStats``: a combiner on salted sub-keys, so a URL
crawled a million times is no hot key). Documents without an http(s) URL, and documents of
sources that are not selected, never take part.

``UrlApplier`` (a ``pipelines.decisions.Applier``) turns a losing document into its reject at the
shard writer (``url_dedup`` / ``duplicate_url``, ``kept_id`` = the record that stays) or, in
annotate mode, into a verdict. In the run's graph URL dedup is the first decision stage, and its
losers never reach exact or MinHash dedup (``pipelines.build.add_decisions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam

from filters.urls import UrlNormaliser, crawl_rank
from pipelines.decisions import KeptIdApplier
from pipelines.key_stats import JoinKeyStats

STAGE = "url_dedup"
REASON = "duplicate_url"

# A crawl of a URL: (rank, doc id).
Crawl = tuple[tuple, str]


def normaliser_from(cfg: Any) -> UrlNormaliser:
    return UrlNormaliser(
        ignore_scheme=cfg.ignore_scheme,
        ignore_www=cfg.ignore_www,
        drop_params=list(cfg.drop_params),
        sort_query=cfg.sort_query,
    )


class _Key(beam.DoFn):
    def __init__(self, cfg: Any, sources: frozenset[str] | None):
        self._cfg = cfg
        self._sources = sources

    def setup(self) -> None:
        self._normaliser = normaliser_from(self._cfg)

    def process(self, doc: dict[str, Any]) -> Iterator[tuple[str, Crawl]]:
        if self._sources is not None and doc["source"] not in self._sources:
            return
        key = self._normaliser.key(doc.get("url"))
        if key is None:
            return
        rank = crawl_rank(doc["id"], doc.get("date"), doc["n_bytes"], self._cfg.keep)
        yield key, (rank, doc["id"])


class BestCrawl:
    """Per URL: number of records and the best-ranked one."""

    def create(self) -> tuple[int, Crawl | None]:
        return 0, None

    def add(self, acc, crawl: Crawl):
        count, best = acc
        return count + 1, crawl if best is None or crawl < best else best

    def merge(self, accs: Iterable) -> tuple[int, Crawl | None]:
        count, best = 0, None
        for acc_count, acc_best in accs:
            count += acc_count
            if acc_best is not None and (best is None or acc_best < best):
                best = acc_best
        return count, best

    def wanted(self, acc) -> bool:
        return acc[0] > 1


def _loser(pair: tuple[Crawl, tuple]) -> Iterator[tuple[str, str]]:
    (_, doc_id), (_, (_, kept_id)) = pair
    if doc_id != kept_id:
        yield doc_id, kept_id


class UrlDedup(beam.PTransform):
    """docs → ``(doc id, kept id)`` for every record that another crawl of its URL replaces.

    ``sources``: the source labels that take part (None: every document with a URL).
    """

    def __init__(self, cfg: Any, sources: Iterable[str] | None = None):
        super().__init__()
        self._cfg = cfg
        self._sources = frozenset(sources) if sources is not None else None

    def expand(self, docs: beam.PCollection) -> beam.PCollection:
        return (
            docs
            | "UrlKey" >> beam.ParDo(_Key(self._cfg, self._sources))
            | "BestCrawl" >> JoinKeyStats(BestCrawl(), lambda crawl: crawl[1])
        )["pairs"] | "Losers" >> beam.FlatMap(_loser)


class UrlApplier(KeptIdApplier):
    """Payload: the id of the crawl that stays; every payload drops its document."""

    stage = STAGE
    reason = REASON

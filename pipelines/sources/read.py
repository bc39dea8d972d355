"""One Beam transform that reads every configured input, whatever its format.

Globs are expanded on the workers (``MatchInputs``), not in a Python loop at graph-construction
time, so a job over 100,000 files has the same small graph as one over a single file. A reshuffle
after matching spreads files over workers, and one after reading spreads the documents of a large
compressed file (which only one worker can decompress) over all of them.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipelines.config import InputConfig
from pipelines.cpu_clock import CpuMsecs, cpu_now
from pipelines.schema import is_reject, new_reject
from pipelines.sources.fields import fallback_id, repair_unicode
from pipelines.sources.files import open_input

REJECTED = "rejected"
STAGE = "read"
_log = logging.getLogger("corpus_prep.read")

Reader = Callable[[BinaryIO, str], Iterator[dict[str, Any]]]


def make_reader(cfg: InputConfig, url_filter: Any = None) -> Reader:
    """The per-format record iterator for one input, with its options bound.

    ``url_filter`` (a ``filters.url_filter.UrlFilter``): the WARC reader asks it before
    extracting a page, and rejects a blocked one at stage ``url_filter``.
    """
    fmt = cfg.format
    limit = {"max_record_bytes": cfg.max_record_bytes}
    if fmt == "warc":
        from filters.extract import HtmlExtractor
        from pipelines.sources.warc import iter_warc

        extractor = HtmlExtractor(extractor=cfg.extractor, **cfg.extraction.model_dump())
        check = url_filter.check if url_filter is not None else None
        return lambda stream, path: iter_warc(stream, path, cfg.source, extractor, check, **limit)
    if fmt == "wet":
        from pipelines.sources.warc import iter_wet

        return lambda stream, path: iter_wet(stream, path, cfg.source, **limit)
    if fmt == "wikipedia":
        from pipelines.sources.wikipedia import iter_wikipedia

        return lambda stream, path: iter_wikipedia(stream, path, cfg.source, **limit)
    fields = dict(text_field=cfg.text_field, id_field=cfg.id_field, url_field=cfg.url_field)
    if fmt == "jsonl":
        from pipelines.sources.jsonl import iter_jsonl

        return lambda stream, path: iter_jsonl(stream, path, cfg.source, **fields, **limit)
    if fmt == "parquet":
        from pipelines.sources.parquet import iter_parquet

        return lambda stream, path: iter_parquet(stream, path, cfg.source, **fields, **limit)
    raise ValueError(f"unknown input format {fmt!r}")


def read_file(reader: Reader, path: str, source: str) -> Iterator[dict[str, Any]]:
    """Run a reader over one file; anything it could not handle itself becomes one reject row.

    Every record leaves with valid Unicode (lone surrogates replaced, counted in a document's
    ``metadata.unicode_replaced``), so no later stage or writer can fail on it.
    """
    try:
        with open_input(path) as stream:
            for record in reader(stream, path):
                if (repaired := repair_unicode(record)) and not is_reject(record):
                    record["metadata"]["unicode_replaced"] = str(repaired)
                yield record
    except Exception as exc:  # noqa: BLE001 - a bad file must become a ledger row, not a crash
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        reject = new_reject(
            id=fallback_id(source, path, "unreadable_file"),
            source=source,
            stage=STAGE,
            reason="unreadable_file",
            file=path,
            detail=last,
        )
        repair_unicode(reject)
        yield reject


def match_files(pattern: str) -> list[str]:
    """Paths matching a glob on any Beam filesystem, sorted so every runner sees the same list."""
    result = FileSystems.match([pattern])[0]
    return sorted(meta.path for meta in result.metadata_list)


class _MatchInputs(beam.DoFn):
    def process(self, element: tuple[int, str]) -> Iterator[tuple[int, str]]:
        index, pattern = element
        for path in match_files(pattern):
            yield index, path


class _ReadFiles(beam.DoFn):
    """Reads whole files; documents on the main output, rejects on ``rejected``."""

    def __init__(self, inputs: list[InputConfig], url_filter: Any = None):
        self._inputs = inputs
        self._url_filter = url_filter

    def setup(self) -> None:
        if self._url_filter is not None:
            self._url_filter.setup()
        self._readers: dict[int, Reader] = {}
        self._docs_total = 0
        self._docs = Metrics.counter(STAGE, "docs")
        self._bytes = Metrics.counter(STAGE, "bytes")
        self._files = Metrics.counter(STAGE, "files")
        self._msecs = Metrics.counter(STAGE, "msecs")
        self._cpu = CpuMsecs(STAGE)

    def process(self, element: tuple[int, str]) -> Iterator[Any]:
        index, path = element
        cfg = self._inputs[index]
        if index not in self._readers:
            self._readers[index] = make_reader(cfg, self._url_filter)
        started = time.perf_counter()
        docs = rejects = 0
        records = read_file(self._readers[index], path, cfg.source)
        # reading and extracting only: stages fused after this one run in the yields
        busy = busy_cpu = 0.0
        while True:
            resumed, resumed_cpu = time.perf_counter(), cpu_now()
            record = next(records, None)
            busy += time.perf_counter() - resumed
            busy_cpu += cpu_now() - resumed_cpu
            if record is None:
                break
            if is_reject(record):
                rejects += 1
                # counted under its own stage: url_filter rejects pages here, before extraction
                Metrics.counter(record["stage"], f"rejected:{record['reason']}").inc()
                yield beam.pvalue.TaggedOutput(REJECTED, record)
            else:
                docs += 1
                self._bytes.inc(record["n_bytes"])
                yield record
        self._docs.inc(docs)
        self._files.inc()
        self._msecs.inc(int(busy * 1000))
        self._cpu.add(busy_cpu)
        self._docs_total += docs
        _log.info(
            "read %s: %d docs, %d rejects in %.1fs (%d docs read by this worker so far)",
            path,
            docs,
            rejects,
            time.perf_counter() - started,
            self._docs_total,
        )


class ReadInputs(beam.PTransform):
    """All inputs → a PCollection of documents, with unreadable input on the ``rejected`` tag."""

    def __init__(self, inputs: list[InputConfig], url_filter: Any = None):
        super().__init__()
        self._inputs = inputs
        self._url_filter = url_filter

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.pvalue.DoOutputsTuple:
        patterns = [(index, cfg.path) for index, cfg in enumerate(self._inputs)]
        read = (
            pbegin
            | "Patterns" >> beam.Create(patterns)
            | "Match" >> beam.ParDo(_MatchInputs())
            | "SpreadFiles" >> beam.Reshuffle()
            | "Read"
            >> beam.ParDo(_ReadFiles(self._inputs, self._url_filter)).with_outputs(
                REJECTED, main="docs"
            )
        )
        return read

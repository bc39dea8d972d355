"""The generic Beam stage: runs any ``filters.base.DocFilter`` over batches of documents.

Filters know nothing about Beam; this module adds what every stage needs on a cluster: batching
(so models see batches), Beam Metrics per stage and reason (the live funnel in the runner's UI),
per-stage processing time, and the routing of dropped documents to the ``rejected`` output. In
``annotate`` mode nothing is dropped: the verdict is recorded on the document instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from filters.base import DocFilter
from pipelines.cpu_clock import CpuMsecs, cpu_now
from pipelines.schema import reject_from_doc
from pipelines.torch_guard import keep_torch_out

REJECTED = "rejected"

# Enough to amortise per-call model overhead, small enough to keep a 2-core laptop responsive.
MAX_BATCH = 256


class FilterStage(beam.DoFn):
    """Annotate a batch, then keep, record or reject each document by the filter's verdict."""

    def __init__(self, doc_filter: DocFilter, mode: str):
        self._filter = doc_filter
        self._mode = mode
        self._stage = doc_filter.name

    def setup(self) -> None:
        keep_torch_out()  # before the filters import spaCy/Presidio, which would import torch
        started = time.perf_counter()
        self._filter.setup()
        # counted at the first bundle: a counter incremented in setup belongs to no step
        self._setup_msecs = int((time.perf_counter() - started) * 1000)
        self._kept = Metrics.counter(self._stage, "kept")
        self._msecs = Metrics.counter(self._stage, "msecs")
        self._cpu = CpuMsecs(self._stage)

    def teardown(self) -> None:
        """Beam drops a stage's DoFns once their worker has sat idle on it (a minute, or
        ``pipelines/idle_stages.py``'s bound): the filter releases what it holds elsewhere."""
        self._filter.teardown()

    def process(self, batch: list[dict[str, Any]]) -> Iterator[Any]:
        if self._setup_msecs:
            Metrics.counter(self._stage, "setup_msecs").inc(self._setup_msecs)
            self._setup_msecs = 0
        started, cpu_started = time.perf_counter(), cpu_now()
        docs = self._filter.annotate_batch(batch)
        outputs = []
        for doc in docs:
            verdict = self._filter.keep(doc)
            if verdict.keep:
                self._kept.inc()
                outputs.append(doc)
                continue
            Metrics.counter(self._stage, f"rejected:{verdict.reason}").inc()
            if self._mode == "annotate":
                doc["verdicts"].append(f"{self._stage}:{verdict.reason}")
                outputs.append(doc)
            else:
                reject = reject_from_doc(
                    doc,
                    stage=self._stage,
                    reason=verdict.reason or "rejected",
                    score=verdict.score,
                    detail=verdict.detail,
                )
                outputs.append(beam.pvalue.TaggedOutput(REJECTED, reject))
        self._msecs.inc(int((time.perf_counter() - started) * 1000))
        self._cpu.add(cpu_now() - cpu_started)
        yield from outputs


class ApplyFilter(beam.PTransform):
    """docs → (kept docs, rejects) through one filter, batched."""

    def __init__(self, doc_filter: DocFilter, mode: str):
        super().__init__()
        self._filter = doc_filter
        self._mode = mode

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            docs
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=MAX_BATCH)
            | "Filter"
            >> beam.ParDo(FilterStage(self._filter, self._mode)).with_outputs(REJECTED, main="kept")
        )

"""Id-keyed decisions: how stages that need the whole corpus change documents without moving text.

A decision stage (exact dedup, MinHash, and any later one: URL dedup, paragraph dedup) computes,
from small key records, ``(doc id, payload)`` for the documents it changes. Its ``Applier`` says
what a payload does:

- ``drops(doc_id, payload)``: whether the document leaves the output (filter mode), decided
  without the text, so the shard planner knows where each document goes;
- ``apply(doc, payload, mode)``: the document with the payload applied (a rewrite, recorded
  scores, a verdict in annotate mode) or its reject row; called by the shard writer, which has
  the text. It is called for every document that reaches the stage, with ``payload=None`` for
  one the stage did not decide on, so a stage can record a default (MinHash: a cluster of one).

The run joins every stage's decisions with the documents' keys in one CoGroupByKey by id (ids
and payloads only) and the writers apply them in stage order; the first stage that drops a
document names the reject. Adding a stage is: its transform, its applier, one line in build.py.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipelines.schema import is_reject, reject_from_doc

REJECTED = "rejected"
# How ``WithoutIds`` packs a record for its join (Python's default protocol, fixed here so that
# every worker packs alike).
PACK_PROTOCOL = 5


class Applier:
    """What one decision stage's payloads do to a document (the default: nothing)."""

    stage = ""

    def drops(self, doc_id: str, payload: Any) -> bool:
        return False

    def apply(self, doc: dict[str, Any], payload: Any, mode: str) -> dict[str, Any]:
        return doc


def duplicate_verdict(
    doc: dict[str, Any], kept_id: str, stage: str, reason: str, mode: str
) -> dict[str, Any]:
    """A duplicate's reject naming the copy that stays (filter mode), or its verdict
    (annotate mode); counted in ``<stage>/rejected:<reason>``."""
    Metrics.counter(stage, f"rejected:{reason}").inc()
    if mode == "annotate":
        doc["verdicts"].append(f"{stage}:{reason}")
        return doc
    return reject_from_doc(doc, stage=stage, reason=reason, kept_id=kept_id)


class KeptIdApplier(Applier):
    """Payload: the id of the copy that stays; every payload drops its document (URL and
    exact dedup). Undecided documents are counted in ``<stage>/kept``."""

    reason = ""

    def drops(self, doc_id: str, payload: Any) -> bool:
        return True

    def apply(self, doc: dict[str, Any], payload: Any, mode: str) -> dict[str, Any]:
        if payload is None:
            Metrics.counter(self.stage, "kept").inc()
            return doc
        return duplicate_verdict(doc, payload, self.stage, self.reason, mode)


def first_drop(
    doc_id: str, payloads: Mapping[str, Any], appliers: Sequence[Applier], mode: str
) -> str | None:
    """The stage that removes the document from the output (filter mode), or None."""
    if mode == "annotate":
        return None
    for applier in appliers:
        payload = payloads.get(applier.stage)
        if payload is not None and applier.drops(doc_id, payload):
            return applier.stage
    return None


def apply_all(
    doc: dict[str, Any], payloads: Mapping[str, Any], appliers: Sequence[Applier], mode: str
) -> dict[str, Any]:
    """The document after every stage's decision, or the reject row of the first that drops it."""
    for applier in appliers:
        record = applier.apply(doc, payloads.get(applier.stage), mode)
        if is_reject(record):
            return record
        doc = record
    return doc


def packed_by_id(record: Any, id_of: Any) -> tuple[str, bytes]:
    """``(id, the record pickled)``: one bytes object per record in the join's buffer.

    ``id_of``: record → its id. (Hinted Any, not ``Callable[[Any], str]``: Beam 2.78 reads the
    hint, and its ``--runtime_type_check`` fails on a Callable with "bad type".)

    Why: the DirectRunner's runner process holds a shuffle decoded into Python objects, and a
    record of nested tuples (paragraph dedup's: a tuple per paragraph) costs several times its
    encoded size there; bytes cost their length plus 33.
    """
    return id_of(record), pickle.dumps(record, protocol=PACK_PROTOCOL)


def _unexcluded(element) -> Iterator[Any]:
    _, groups = element
    if not any(True for _ in groups["excluded"]):
        for packed in groups["record"]:
            yield pickle.loads(packed)


def dropped_ids(decisions: beam.PCollection, applier: Applier, label: str) -> beam.PCollection:
    """The ids whose payload drops the document (filter mode), from a stage's decisions."""
    return (
        decisions
        | f"Drops:{label}" >> beam.Filter(lambda kv: applier.drops(kv[0], kv[1]))
        | f"DroppedIds:{label}" >> beam.Keys()
    )


class WithoutIds(beam.PTransform):
    """records → those whose id (``id_of(record)``) is not among ``ids``: one join by id.

    How a decision stage leaves out what an earlier one drops (URL dedup's losers never reach
    exact dedup; documents any dedup stage drops never count in paragraph dedup), so that no
    two stages can each keep a copy the other drops. Only small records should pass here: it
    is a shuffle, and the records cross it pickled (``packed_by_id``).
    """

    def __init__(self, ids: beam.PCollection, id_of):
        super().__init__()
        self._ids = ids
        self._id_of = id_of

    def expand(self, records: beam.PCollection) -> beam.PCollection:
        id_of = self._id_of
        return (
            {
                "record": records | "ById" >> beam.Map(packed_by_id, id_of),
                "excluded": self._ids | "KeyExcluded" >> beam.Map(lambda i: (i, None)),
            }
            | "JoinExcluded" >> beam.CoGroupByKey()
            | "Unexcluded" >> beam.FlatMap(_unexcluded)
        )


def _keyed(stage: str):
    def key(item: tuple[str, Any]) -> tuple[str, tuple[str, Any]]:
        doc_id, payload = item
        return doc_id, (stage, payload)

    return key


def tag_decisions(decisions: Mapping[str, beam.PCollection]) -> beam.PCollection:
    """``{stage: (id, payload)}`` → one PCollection of ``(id, (stage, payload))``."""
    tagged = [
        pcoll | f"Tag:{stage}" >> beam.Map(_keyed(stage)) for stage, pcoll in decisions.items()
    ]
    if not tagged:
        raise ValueError("no decisions to tag")
    return tagged | "AllDecisions" >> beam.Flatten()


def payloads_of(items: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return dict(items)


class _Apply(beam.DoFn):
    def __init__(self, appliers: Sequence[Applier], mode: str):
        self._appliers = list(appliers)
        self._mode = mode

    def process(self, element) -> Iterator[Any]:
        _, groups = element
        payloads = payloads_of(groups["decision"])
        for doc in groups["doc"]:
            record = apply_all(doc, payloads, self._appliers, self._mode)
            yield beam.pvalue.TaggedOutput(REJECTED, record) if is_reject(record) else record


class ApplyDecisions(beam.PTransform):
    """docs → (kept, rejected) with the decisions applied, joined by id *with the text*.

    For Beam users who compose stages in a graph of their own, and for tests; the run's graph
    never joins text: its shard writers apply the decisions to the spilled text.
    """

    def __init__(
        self, decisions: Mapping[str, beam.PCollection], appliers: Sequence[Applier], mode: str
    ):
        super().__init__()
        self._decisions = decisions
        self._appliers = appliers
        self._mode = mode

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, docs: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            {
                "doc": docs | "KeyById" >> beam.Map(lambda doc: (doc["id"], doc)),
                "decision": tag_decisions(self._decisions),
            }
            | "JoinDecisions" >> beam.CoGroupByKey()
            | "Apply"
            >> beam.ParDo(_Apply(self._appliers, self._mode)).with_outputs(REJECTED, main="kept")
        )

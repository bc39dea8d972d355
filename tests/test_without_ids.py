"""``WithoutIds``: the records whose id is not excluded, unchanged, crossing the join as bytes."""

from __future__ import annotations

import pickle

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline as BeamPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.decisions import WithoutIds, packed_by_id

# Records shaped like paragraph dedup's (id, (rank, words, paragraphs)) and the dedup keys.
RECORDS = [
    ("d1", ((0, -120, "d1"), 40, ((-5, (0, 2), 80, 12), (7, (4,), 95, 15)))),
    ("d2\u00e9", ((1, "d2\u00e9"), 3, ((2**63 - 1, (1,), 60, 9),))),
    ("d3", ("d3", "web", 120, b"\x00\xff" * 8, bytes(200))),
    ("d4", ((0, -1, "d4"), 1, ())),
]


def test_a_record_crosses_the_join_as_bytes_and_comes_back_equal() -> None:
    for record in RECORDS:
        doc_id, packed = packed_by_id(record, lambda r: r[0])
        assert doc_id == record[0] and isinstance(packed, bytes)
        assert pickle.loads(packed) == record


def test_excluded_ids_are_left_out_and_the_rest_is_unchanged() -> None:
    with BeamPipeline() as pipeline:
        records = pipeline | "Records" >> beam.Create(RECORDS)
        excluded = pipeline | "Excluded" >> beam.Create(["d2\u00e9", "d4", "not-a-record"])
        kept = records | WithoutIds(excluded, lambda r: r[0])
        assert_that(kept, equal_to([RECORDS[0], RECORDS[2]]))

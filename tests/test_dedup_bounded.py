"""The bounded building blocks of the dedup stages: per-key statistics joined back to members
(``pipelines.key_stats``) and candidate-edge verification (``pipelines.verify``)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamPipeline
from apache_beam.testing.util import assert_that, equal_to

from filters.minhash import MinHasher, similarity
from pipelines.key_stats import JoinKeyStats, _merge_sub_keys, id_salt
from pipelines.verify import VerifyEdges, _shard_members

PAGES = Path(__file__).parent / "data" / "neardup" / "boilerplate_pages.jsonl"


class Count:
    """Members per key, and the smallest member id."""

    def create(self):
        return 0, None

    def add(self, acc, member):
        return acc[0] + 1, member if acc[1] is None else min(acc[1], member)

    def merge(self, accs):
        accs = list(accs)
        smallest = [a[1] for a in accs if a[1] is not None]
        return sum(a[0] for a in accs), min(smallest) if smallest else None

    def wanted(self, acc):
        return acc[0] >= 2


def test_sub_key_statistics_go_only_to_sub_keys_that_exist() -> None:
    out = list(_merge_sub_keys(("k", [(3, (2, "b")), (7, (1, "a"))]), Count()))
    routed = [o for o in out if not isinstance(o, beam.pvalue.TaggedOutput)]
    assert routed == [(("k", 3), ("stats", (3, "a"))), (("k", 7), ("stats", (3, "a")))]
    assert list(_merge_sub_keys(("k", [(1, (1, "a"))]), Count())) == []  # not wanted


def test_join_key_stats_on_a_hot_key() -> None:
    """500 members of one key over 8 sub-keys, a pair, a singleton: every member of a wanted
    key gets the whole key's statistic; the singleton key gets nothing."""
    hot = [("hot", f"m{i:03d}") for i in range(500)]
    keyed = [*hot, ("pair", "x1"), ("pair", "x0"), ("single", "s0")]
    assert len({id_salt(m, 8) for _, m in hot}) == 8
    expected = [(m, (500, "m000")) for _, m in hot] + [("x1", (2, "x0")), ("x0", (2, "x0"))]
    with BeamPipeline() as pipeline:
        result = pipeline | beam.Create(keyed) | JoinKeyStats(Count(), lambda m: m, shards=8)
        assert_that(result["pairs"], equal_to(expected), label="Pairs")
        assert_that(
            result["stats"], equal_to([("hot", (500, "m000")), ("pair", (2, "x0"))]), label="Stats"
        )


def test_a_centre_splits_its_members_into_bounded_shards() -> None:
    out = list(_shard_members(("c", ["m4", "m1", "m3", "m1", "m2", "m0", "m5"]), 2))
    routed = [o for o in out if not isinstance(o, beam.pvalue.TaggedOutput)]
    assert [shard for _, (_, shard) in routed] == [0, 0, 1, 1, 2, 2]  # duplicates counted once
    (shards,) = [o.value for o in out if isinstance(o, beam.pvalue.TaggedOutput)]
    assert shards == ("c", 3)


def _variants() -> dict[str, str]:
    """A real page, near copies of it (lines dropped) and unrelated real pages."""
    pages = [json.loads(line)["text"] for line in PAGES.read_text(encoding="utf-8").splitlines()]
    base = max(pages, key=len)
    lines = base.split("\n")
    docs = {"a": base}
    for i in range(1, min(6, len(lines))):
        docs[f"near{i}"] = "\n".join(lines[:i] + lines[i + 1 :])
    for i, page in enumerate(p for p in pages if p != base):
        docs[f"other{i:02d}"] = page
    return docs


@pytest.mark.parametrize("method", ["exact", "signature"])
def test_verify_keeps_exactly_the_similar_pairs(method: str) -> None:
    """A star of every document around "a", each edge listed twice, groups of at most 3:
    the output is the naive check of each distinct edge."""
    docs = _variants()
    ids = sorted(docs)
    hasher = MinHasher(num_perm=64)
    texts = [docs[i] for i in ids]
    values = hasher.shingle_sets(texts) if method == "exact" else list(hasher.signatures(texts))
    payloads = {i: np.asarray(v) for i, v in zip(ids, values, strict=True)}
    threshold = 0.6
    members = [i for i in ids if i != "a"]
    expected = [
        (m, "a") for m in members if similarity(payloads[m], payloads["a"], method) >= threshold
    ]
    assert 0 < len(expected) < len(members)
    edges = [(m, "a") for m in members] * 2 + [(b, a) for a, b in pairwise(["near1", "near2"])]
    if similarity(payloads["near2"], payloads["near1"], method) >= threshold:
        expected.append(("near2", "near1"))
    with BeamPipeline() as pipeline:
        sets = pipeline | "Payloads" >> beam.Create([(i, payloads[i].tobytes()) for i in ids])
        kept = (
            pipeline
            | "Edges" >> beam.Create(edges)
            | VerifyEdges(sets, method, threshold, hash_bits=32, max_group=3)
        )
        assert_that(kept, equal_to(expected))

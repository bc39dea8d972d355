"""Verification of MinHash candidate edges with bounded groups: no worker holds more than
``max_group`` payloads, however many members a star centre has.

An LSH star edge ``(member, centre)`` is kept when the two documents are similar enough: by the
exact Jaccard of their shingle sets (``exact``: payloads are sorted shingle-hash arrays, about
4 bytes per word) or by the share of equal MinHash values (``signature``: payloads are the
signatures themselves, ``num_perm`` x 4 bytes, whatever the document's length; the estimate of
the Jaccard that LSH already relies on). ``filters.minhash.similarity`` computes both.

Joining every member's payload with its centre's in one group per centre would hold all of a
centre's member payloads on one worker: a boilerplate page that is the smallest id of a bucket
of 100,000 templated pages would be 100,000 payloads in one place. Instead:

1. edges grouped by centre (ids only, as in the component rounds): a centre with k distinct
   members splits them into ceil(k / max_group) shards, in id order;
2. one join by document id routes each payload to where it is needed: a member's to the
   ``(centre, shard)`` of each of its edges, a centre's to each of its shards (one copy per
   max_group members);
3. one group per ``(centre, shard)``: the centre's payload and at most ``max_group`` members',
   read twice (find the centre's, then compare each member), so a runner that pages large
   groups holds one member payload at a time.

Three shuffles, as the unbounded version had (distinct edges, join by member, join by centre).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from filters.minhash import similarity

MAX_GROUP = 1000
_SHARDS = "shards"
_CENTRE = "c"
_MEMBER = "m"

Edge = tuple[str, str]  # (member, centre)


def _shard_members(element, max_group: int) -> Iterator[Any]:
    """A centre's distinct members → (member, (centre, shard)); (centre, shard count)."""
    centre, members = element
    members = sorted(set(members))
    for index, member in enumerate(members):
        yield member, (centre, index // max_group)
    yield beam.pvalue.TaggedOutput(_SHARDS, (centre, -(-len(members) // max_group)))


def _route(element) -> Iterator[tuple[tuple[str, int], tuple]]:
    """One document's payload → each (centre, shard) group that needs it."""
    doc_id, groups = element
    payload = next(iter(groups["payload"]), None)
    if payload is None:
        return
    for centre, shard in groups["member_of"]:
        yield (centre, shard), (_MEMBER, doc_id, payload)
    for shards in groups["centre_of"]:
        for shard in range(shards):
            yield (doc_id, shard), (_CENTRE, doc_id, payload)


def _check(element, method: str, threshold: float, dtype) -> Iterator[Edge]:
    (centre, _), values = element
    centre_payload = next((p for tag, _, p in values if tag == _CENTRE), None)
    if centre_payload is None:
        return
    centre_values = np.frombuffer(centre_payload, dtype=dtype)
    for tag, member, payload in values:
        if tag != _MEMBER:
            continue
        if similarity(np.frombuffer(payload, dtype=dtype), centre_values, method) >= threshold:
            yield member, centre
        else:
            Metrics.counter("minhash", "verify:rejected_pairs").inc()


class VerifyEdges(beam.PTransform):
    """Candidate edges ``(member, centre)`` → the edges whose documents are similar enough.

    ``payloads``: ``(id, bytes)`` per document: shingle-hash arrays for ``exact``, signatures
    for ``signature``; ``hash_bits`` gives their dtype. Duplicate edges are verified once.
    """

    def __init__(
        self,
        payloads: beam.PCollection,
        method: str,
        threshold: float,
        hash_bits: int,
        max_group: int = MAX_GROUP,
    ):
        super().__init__()
        if method not in ("exact", "signature"):
            raise ValueError(f"verify method must be exact or signature, got {method!r}")
        self._payloads = payloads
        self._method = method
        self._threshold = threshold
        self._dtype = np.uint32 if hash_bits == 32 else np.uint64
        self._max_group = max_group

    def expand(self, edges: beam.PCollection) -> beam.PCollection:
        sharded = (
            edges
            | "ByCentre" >> beam.Map(lambda edge: (edge[1], edge[0]))
            | "GroupByCentre" >> beam.GroupByKey()
            | "Shard"
            >> beam.FlatMap(_shard_members, self._max_group).with_outputs(_SHARDS, main="member")
        )
        return (
            {
                "payload": self._payloads,
                "member_of": sharded.member,
                "centre_of": sharded[_SHARDS],
            }
            | "JoinById" >> beam.CoGroupByKey()
            | "Route" >> beam.FlatMap(_route)
            | "GroupPairs" >> beam.GroupByKey()
            | "Check" >> beam.FlatMap(_check, self._method, self._threshold, self._dtype)
        )

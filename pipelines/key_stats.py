"""Statistics of a key, joined back to every member of the key, with bounded groups on hot keys.

Paragraph dedup (how many documents hold this paragraph, and which is the survivor?) and URL
dedup (which crawl of this URL is kept?) both need, for every member of a key, a statistic of the
whole key. The obvious CoGroupByKey by key gathers every member of a key on one worker: a cookie
banner found in ten million pages would be ten million ids in one place. Here instead:

1. each member is keyed by ``(key, salt)``, the salt a stable hash of its id into ``shards``
   sub-keys, and a combiner reduces each sub-key to a partial statistic (combiner lifting: a
   hot key is reduced where it is produced);
2. one GroupByKey per key merges its at most ``shards`` partial statistics; a key whose merged
   statistic is ``wanted`` sends it back to each of its sub-keys that exist;
3. one GroupByKey per sub-key holds that statistic and the sub-key's members, which are read
   twice (find the statistic, then emit each member with it), so a runner that pages large
   groups (Dataflow) never holds more than one member at a time, and none holds more than
   about (members of the key) / ``shards``.

Only ids, hashes and small statistics travel; no text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

import apache_beam as beam

_STATS = "stats"
_MEMBER = "member"


# (runtime-checkable: Beam 2.78 checks a transform's constructor arguments against their type
# hints, and an issubclass check against a plain Protocol raises TypeError)
@runtime_checkable
class KeyStatistic(Protocol):
    """How members of one key reduce to a statistic (all pure, deterministic, order-free)."""

    def create(self) -> Any: ...
    def add(self, acc: Any, member: Any) -> Any: ...
    def merge(self, accs: Iterable[Any]) -> Any: ...
    def wanted(self, acc: Any) -> bool: ...


def id_salt(doc_id: str, shards: int) -> int:
    """A stable sub-key of an id (the same in every run, runner and worker)."""
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(digest, "little") % shards


class _Combine(beam.CombineFn):
    """The statistic's accumulator as the combined value, so sub-key partials can merge later."""

    def __init__(self, statistic: KeyStatistic):
        self._statistic = statistic

    def create_accumulator(self) -> Any:
        return self._statistic.create()

    def add_input(self, acc: Any, member: Any) -> Any:
        return self._statistic.add(acc, member)

    def merge_accumulators(self, accs: Iterable[Any]) -> Any:
        return self._statistic.merge(accs)

    def extract_output(self, acc: Any) -> Any:
        return acc


def _merge_sub_keys(element, statistic: KeyStatistic) -> Iterator[Any]:
    key, partials = element
    partials = list(partials)  # at most `shards` small accumulators
    merged = statistic.merge(acc for _, acc in partials)
    if statistic.wanted(merged):
        yield beam.pvalue.TaggedOutput(_STATS, (key, merged))
        for salt, _ in partials:
            yield (key, salt), (_STATS, merged)


def _pair_members(element) -> Iterator[tuple[Any, Any]]:
    _, values = element
    stats = next((value for tag, value in values if tag == _STATS), None)
    if stats is None:
        return
    for tag, value in values:
        if tag == _MEMBER:
            yield value, stats


class JoinKeyStats(beam.PTransform):
    """``(key, member)`` → ``{"pairs": (member, statistic of its key), "stats": (key, statistic)}``.

    Only keys whose statistic is ``wanted`` appear: ``pairs`` once per member of such a key,
    ``stats`` once per such key (for reports). ``member_id(member)`` is the id the salt is taken
    from.
    """

    def __init__(self, statistic: KeyStatistic, member_id: Any, shards: int = 64):
        super().__init__()
        self._statistic = statistic
        self._member_id = member_id
        self._shards = shards

    @beam.typehints.no_annotations  # Beam 2.78+ would read these PCollections as elements
    def expand(self, keyed: beam.PCollection) -> dict[str, beam.PCollection]:
        member_id, shards = self._member_id, self._shards
        salted = keyed | "Salt" >> beam.Map(
            lambda km: ((km[0], id_salt(member_id(km[1]), shards)), km[1])
        )
        merged = (
            salted
            | "PerSubKey" >> beam.CombinePerKey(_Combine(self._statistic))
            | "ByKey" >> beam.Map(lambda kv: (kv[0][0], (kv[0][1], kv[1])))
            | "GroupSubKeys" >> beam.GroupByKey()
            | "Merge"
            >> beam.FlatMap(_merge_sub_keys, self._statistic).with_outputs(_STATS, main="back")
        )
        members = salted | "TagMembers" >> beam.Map(lambda kv: (kv[0], (_MEMBER, kv[1])))
        pairs = (
            (merged.back, members)
            | "Both" >> beam.Flatten()
            | "GroupSubKey" >> beam.GroupByKey()
            | "Pair" >> beam.FlatMap(_pair_members)
        )
        return {"pairs": pairs, "stats": merged[_STATS]}

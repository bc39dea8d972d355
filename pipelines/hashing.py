"""Stable hashes: the same value in every process, run and machine (unlike ``hash``).

Everything that must not depend on the runner hashes through here: output shard assignment,
spill buckets, balance's sampling coin.
"""

from __future__ import annotations

import hashlib

HASH_BITS = 64


def stable_hash(text: str, salt: str = "") -> int:
    """A 64-bit hash of ``text`` (blake2b, personalised by ``salt``)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8, person=salt.encode()[:16])
    return int.from_bytes(digest.digest(), "big")


def hash_range(value: int, parts: int) -> int:
    """Which of ``parts`` equal ranges of the 64-bit hash space holds ``value``.

    Ranges, not ``value % parts``: a range of output shards then maps to a contiguous range of
    spill buckets, so a shard writer opens only the spill files that can hold its rows.
    """
    return (value * parts) >> HASH_BITS

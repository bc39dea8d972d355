"""A Bloom filter of 64-bit hashes (signed ints): which of a document's paragraphs may be
repeated, known without a shuffle.

Paragraph dedup counts every paragraph, but only the few whose count reaches ``min_count`` need
to be joined back to their documents. Built from the repeated hashes (a side input of 2–4 bytes
per repeated paragraph, however many documents hold it), the filter lets a document with no
repeated paragraph skip the join, and the others send only their candidate paragraphs. A false
positive only sends a paragraph to the join, where its count stays below ``min_count``: the
output does not depend on the filter.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import numpy as np

# Bits per key (before rounding up to a power of two) and the multipliers of the probes: with
# three probes the false-positive rate is at most ~0.5 %.
BITS_PER_KEY = 16
_PROBES = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)[
    :, None
]
_CHUNK = 1 << 16


class HashFilter:
    """Membership of signed 64-bit ints, no false negatives; deterministic (no seed, no order)."""

    def __init__(self, hashes: Iterable[int], count: int):
        """``count``: how many ``hashes`` there are (it sizes the filter; ``hashes`` is read
        once, in chunks, so a side input is streamed rather than held)."""
        log_bits = max(6, (max(count, 1) * BITS_PER_KEY - 1).bit_length())
        self._shift = np.uint64(64 - log_bits)
        self._bytes = np.zeros(1 << (log_bits - 3), dtype=np.uint8)
        stream = iter(hashes)
        while chunk := list(itertools.islice(stream, _CHUNK)):
            positions = self._positions(chunk)
            np.bitwise_or.at(self._bytes, positions >> 3, np.left_shift(1, positions & 7))

    def _positions(self, hashes: Sequence[int]) -> np.ndarray:
        keys = np.fromiter(hashes, dtype=np.int64, count=len(hashes)).view(np.uint64)
        return (keys[None, :] * _PROBES >> self._shift).astype(np.int64).ravel()

    def may_contain(self, hashes: Sequence[int]) -> np.ndarray:
        """One bool per hash: False means certainly not among the filter's hashes."""
        if not hashes:
            return np.zeros(0, dtype=bool)
        positions = self._positions(hashes)
        found = (self._bytes[positions >> 3] >> (positions & 7)) & 1
        return found.reshape(len(_PROBES), len(hashes)).all(axis=0)

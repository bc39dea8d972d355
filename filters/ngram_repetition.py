"""Gopher's word n-gram repetition figures, exactly as datatrove computes them, without its loops.

datatrove's ``find_top_duplicate(get_n_grams(words, n))`` and ``find_all_duplicate(words, n)``
build every n-gram string in Python, for n = 2..4 and 5..10: on web pages that was about half of
the quality stage once tokenisation was fast. Every n-gram is a substring of one joined string
(``" ".join(words)`` for the top n-grams, ``"".join(words)`` for the duplicate ones, as in
datatrove), so all of them are hashed at once with numpy from prefix sums of a 64-bit polynomial
hash. Hashes are used in the one direction that is always true: different hashes mean different
strings. Where hashes repeat, the strings of those n-grams alone are compared (and for the top
n-gram, datatrove's count runs if the winner's strings differ), so the results are the same
integers as datatrove's (``tests/test_quality.py`` compares them on real pages and on inputs
built to collide).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

_BASE = 0x100000001B3  # odd, so invertible modulo 2**64
_BASE_INV = pow(_BASE, -1, 1 << 64)


class _SubstringHashes:
    """Position-independent hashes of substrings of ``text``: equal substrings, equal hashes."""

    def __init__(self, text: str):
        # +1: a NUL character must still change the hash; arithmetic wraps modulo 2**64
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) + 1
        inv_powers = np.full(len(codes), _BASE_INV, dtype=np.uint64)
        inv_powers[:1] = 1
        self._prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
        np.cumsum(codes * np.cumprod(inv_powers), out=self._prefix[1:])
        powers = np.full(len(codes) + 1, _BASE, dtype=np.uint64)
        powers[:1] = 1
        self._powers = np.cumprod(powers)

    def __call__(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Hash of ``text[s:e]`` for each pair: sum of code(j) · base^-(j - s)."""
        return (self._prefix[ends] - self._prefix[starts]) * self._powers[starts]


class WordNgrams:
    """The n-gram repetition figures of one document's words."""

    def __init__(self, words: Sequence[str]):
        self.words = words
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        # word i starts at concat_starts[i] in "".join(words), at spaced_starts[i] in " ".join
        self._concat_starts = np.concatenate(([0], np.cumsum(lengths)))
        self._spaced_starts = self._concat_starts + np.arange(len(words) + 1)
        self._concat: _SubstringHashes | None = None
        self._spaced: _SubstringHashes | None = None

    def top_duplicate_chars(self, n: int) -> int | None:
        """``find_top_duplicate(get_n_grams(words, n))``; None where there is no n-gram.

        The winner is the most frequent hash, ties to the earliest. A hash group can only hold
        more strings than one n-gram's count (a collision adds, never removes), so when the
        winning group's n-grams are one string, its count is that string's true count, no other
        string counts more, and an earlier one counting as much would have won the tie as a group.
        """
        count = len(self.words) - n + 1
        if count <= 0:
            return None
        if self._spaced is None:
            self._spaced = _SubstringHashes(" ".join(self.words))
        starts = self._spaced_starts[:count]
        ends = self._spaced_starts[n : n + count] - 1
        hashes = self._spaced(starts, ends)
        first, counts = _hash_groups(hashes)
        best = counts.max()
        winner_first = int(first[counts == best].min())
        members = np.flatnonzero(hashes == hashes[winner_first])
        text = " ".join(self.words[winner_first : winner_first + n])
        if all(" ".join(self.words[i : i + n]) == text for i in members.tolist()):
            return len(text) * int(best)
        grams = [" ".join(self.words[i : i + n]) for i in range(count)]
        top, top_count = Counter(grams).most_common(1)[0]
        return len(top) * top_count

    def all_duplicate_chars(self, n: int) -> int:
        """``find_all_duplicate(words, n)``: characters of n-grams (words joined with no space)
        that repeat an earlier visited n-gram, the walk skipping n words past each repeat."""
        count = len(self.words) - n + 1
        if count <= 0:
            return 0
        if self._concat is None:
            self._concat = _SubstringHashes("".join(self.words))
        hashes = self._concat(self._concat_starts[:count], self._concat_starts[n : n + count])
        # Only n-grams whose hash repeats can repeat. Every other position is visited by
        # datatrove's walk one step at a time and never matched, so the walk is replayed over
        # these positions alone, with the n-gram strings themselves as keys (exact).
        seen: set[str] = set()
        repeated, next_idx = 0, 0
        for idx in _repeated_positions(hashes).tolist():
            if idx < next_idx:
                continue  # skipped over by an earlier repeat
            n_gram = "".join(self.words[idx : idx + n])
            if n_gram in seen:
                repeated += len(n_gram)
                next_idx = idx + n
            else:
                seen.add(n_gram)
                next_idx = idx + 1
        return repeated


def _hash_groups(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct hash's first index and count, as ``np.unique(return_index=True,
    return_counts=True)`` gives them: the first index is the smallest of the group, so an
    unstable sort serves (``np.unique`` sorts stably for the index, ~2x the time on a page)."""
    order = np.argsort(hashes)
    ordered = hashes[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(starts, len(hashes)))
    return np.minimum.reduceat(order, starts), counts


def _repeated_positions(hashes: np.ndarray) -> np.ndarray:
    """Sorted indices of the hashes that occur more than once: a sort and a neighbour test
    (``np.unique``'s inverse and counts cost twice as much, for the same positions)."""
    order = np.argsort(hashes)
    ordered = hashes[order]
    same = ordered[1:] == ordered[:-1]
    repeats = np.zeros(len(hashes), dtype=bool)
    repeats[1:] = same
    repeats[:-1] |= same
    return np.sort(order[repeats])

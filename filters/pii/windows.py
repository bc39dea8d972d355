"""Which slices of a document Presidio analyses: windows of whole lines, and within each
window the candidate lines with the context margin the recognizers read."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from filters.pii.prescan import PreScan
from filters.pii.token_engine import TOKEN_RE


def iter_windows(text: str, window_chars: int) -> Iterator[tuple[int, int]]:
    """(start, end) of windows: whole lines packed up to ``window_chars``; longer lines are cut
    at the last whitespace (else the last non-word character) before the limit."""
    start = 0
    n = len(text)
    while start < n:
        limit = min(start + window_chars, n)
        if limit == n:
            yield start, n
            return
        cut = text.rfind("\n", start, limit)
        if cut < start:
            cut = _last_break(text, start, limit)
        yield start, cut + 1
        start = cut + 1


# (document index, start, end, cores): Presidio analyses text[start:end] and keeps what lies
# inside one of the cores, whole lines of the window that hold a candidate.
Job = tuple[int, int, int, tuple[tuple[int, int], ...]]

# Presidio's context enhancer reads the matched token and the five before it; phonenumbers'
# slices reach 8 characters past a digit run.
_CONTEXT_TOKENS = 6
_CONTEXT_CHARS = 16


def candidate_spans(
    text: str,
    start: int,
    end: int,
    prescan: PreScan,
    values: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """What of the window text[start:end] Presidio must see to report what the whole window gives.

    Each candidate's line is a core, and so is the line of each of ``values`` (sorted spans in
    document coordinates: values a label vouches for) in the window; a span is a run of cores
    plus, before them, the six words of context Presidio reads and, on both sides, the
    characters phonenumbers looks at. All entities lie on one line and every pattern is decided
    within the line and that margin, so matches inside a core are those of the whole window
    (tests check it on real pages).
    """
    candidates = prescan.candidates(text, start, end)
    if values:
        first, last = bisect_left(values, (start,)), bisect_left(values, (end,))
        candidates = sorted(candidates + [v for v in values[first:last] if v[1] <= end])
    cores: list[list[int]] = []
    for cand_start, cand_end in candidates:
        line_start = text.rfind("\n", start, cand_start) + 1 or start
        line_end = text.find("\n", cand_end, end)
        line_end = end if line_end < 0 else line_end + 1
        if cores and line_start <= cores[-1][1]:
            cores[-1][1] = max(cores[-1][1], line_end)
        else:
            cores.append([max(start, line_start), line_end])
    spans: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
    for lo, hi in cores:
        left = _context_start(text, start, lo)
        right = min(end, hi + _CONTEXT_CHARS)
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], right, (*spans[-1][2], (lo, hi)))
        else:
            spans.append((left, right, ((lo, hi),)))
    return spans


def _context_start(text: str, floor: int, pos: int) -> int:
    """Where to start so that ``_CONTEXT_TOKENS`` whole words and ``_CONTEXT_CHARS`` precede pos."""
    reach = 64
    while True:
        begin = max(floor, pos - reach)
        starts = [m.start() for m in TOKEN_RE.finditer(text, begin, pos)]
        if begin == floor:
            return floor
        if len(starts) > _CONTEXT_TOKENS:  # the first may be cut; the last six are whole
            return min(starts[-_CONTEXT_TOKENS], max(floor, pos - _CONTEXT_CHARS))
        reach *= 4


def _last_break(text: str, start: int, limit: int) -> int:
    """Index of the last whitespace (else non-word char) in text[start:limit], else limit - 1."""
    for i in range(limit - 1, start, -1):
        if text[i].isspace():
            return i
    for i in range(limit - 1, start, -1):
        if not text[i].isalnum():
            return i
    return limit - 1

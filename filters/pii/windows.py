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


# (document index, start, end, cores): Presidio analyses text[start:end] and keeps a match that
# starts inside one of the cores (lo, hi) and ends by the core's line end (line_hi): whole lines
# of the window that hold a candidate, the first and last cut at the window's edges.
Core = tuple[int, int, int]
Job = tuple[int, int, int, tuple[Core, ...]]

# A window that a long line's cut opens or closes mid-line is read with this much of the line
# beyond its edges: the phone word that names a number right after the cut ('"fax:
# 88-04224-56566"' in a one-line JSON body) and the rest of a number with spaces that the cut
# splits. The recognizers look at most 100 characters back for a cue (``format_phones``).
_REACH_BEFORE = 256
_REACH_AFTER = 64

# Presidio's context enhancer reads the matched token and the five before it; phonenumbers'
# slices reach 8 characters past a digit run.
_CONTEXT_TOKENS = 6
_CONTEXT_CHARS = 16


def reach(text: str, start: int, end: int) -> tuple[int, int]:
    """The slice that Presidio reads for the window text[start:end]: the window itself, and where
    a cut puts an edge mid-line, up to ``_REACH_BEFORE`` and ``_REACH_AFTER`` characters of that
    line beyond it."""
    lo = start
    if start > 0 and text[start - 1] != "\n":
        lo = max(text.rfind("\n", 0, start) + 1, start - _REACH_BEFORE)
    hi = end
    if end < len(text) and text[end - 1] != "\n":
        line_end = text.find("\n", end, end + _REACH_AFTER)
        hi = min(len(text), end + _REACH_AFTER) if line_end < 0 else line_end + 1
    return lo, hi


def window_job(text: str, start: int, end: int) -> tuple[int, int, tuple[Core, ...]]:
    """What Presidio analyses of the window text[start:end] without a pre-scan: its reach, keeping
    what starts in the window."""
    lo, hi = reach(text, start, end)
    return lo, hi, ((start, end, hi),)


def candidate_spans(
    text: str,
    start: int,
    end: int,
    prescan: PreScan,
    values: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, tuple[Core, ...]]]:
    """What of the window text[start:end] Presidio must see to report what the whole window gives.

    Each candidate that starts in the window gives its line as a core, and so does each of
    ``values`` (sorted spans in document coordinates: values a label vouches for) that starts
    in it; a span is a run of cores plus, before them, the six words of context Presidio reads
    and, on both sides, the characters phonenumbers looks at. All entities lie on one line and
    every pattern is decided within the line and that margin, so matches inside a core are
    those of the whole window (tests check it on real pages). A window's first and last line
    may be a long line's middle: they are read within the window's ``reach``, and keep only
    what starts inside the window (the next window keeps the rest).
    """
    lo_reach, hi_reach = reach(text, start, end)
    candidates = [c for c in prescan.candidates(text, lo_reach, hi_reach) if start <= c[0] < end]
    if values:
        first, last = bisect_left(values, (start,)), bisect_left(values, (end,))
        candidates = sorted(candidates + [v for v in values[first:last] if v[1] <= hi_reach])
    lines: list[list[int]] = []
    for cand_start, cand_end in candidates:
        line_start = text.rfind("\n", lo_reach, cand_start) + 1 or lo_reach
        line_end = text.find("\n", cand_end, hi_reach)
        line_end = hi_reach if line_end < 0 else line_end + 1
        if lines and line_start <= lines[-1][1]:
            lines[-1][1] = max(lines[-1][1], line_end)
        else:
            lines.append([line_start, line_end])
    spans: list[tuple[int, int, tuple[Core, ...]]] = []
    for lo, hi in lines:
        left = _context_start(text, lo_reach, lo)
        right = min(hi_reach, hi + _CONTEXT_CHARS)
        core = (max(start, lo), min(end, hi), hi)
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], right, (*spans[-1][2], core))
        else:
            spans.append((left, right, (core,)))
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

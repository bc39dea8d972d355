"""Numbers of a contact block: stacked lines of one column that end in an e-mail address.

A letterhead, a business card or a printed directory's entry stacks its contact lines in one
column, and often leaves a number unlabelled (``64661144`` above ``F 64684535`` and
``NJC@MOE.EDU.SG``; ``14541265`` above ``ololns.ias@eircom.net``). A two-column page, as PDF
text extraction gives it, puts that column to the right of the name and address, after a gap
of three spaces or more. Here a number (7 to 15 digits) that is the whole of its column's
segment on its line is a phone when the segments right above or below it in the same column
(the same start on the line) are numbers or labelled phones ("F 67635191", "Fax: 64684535"),
up to one that is an e-mail address alone. Like the other label passes this reads whole
lines, so it runs on the whole document, outside Presidio and the pre-scan; a document with
no "@" has no block.
"""

from __future__ import annotations

import re

from filters.pii.phone_words import PHONE_WORD_RE

# a number that is a whole segment: at its line's start or after a gap (three spaces or more, a
# tab), up to its line's end or the next gap; one separator at most between digits
_NUMBER = r"\+?(?:\(\d{1,5}\)[ .\-]?)?\d(?:[ .\-/]?\d)*"
_END = r"(?=[ \t]*(?:\n|\Z)|\t|   )"
# the text's first line apart (a pattern that starts with characters lets re skip to them)
_CANDIDATE_RE = re.compile(rf"(?:\n|\t|   )[ \t]*({_NUMBER}){_END}")
_FIRST_CANDIDATE_RE = re.compile(rf"[ \t]*({_NUMBER}){_END}")
_NUMBER_RE = re.compile(_NUMBER)
_GAP_RE = re.compile(r"\t|   ")
_EMAIL_RE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@.]+")
_MIN_DIGITS, _MAX_DIGITS = 7, 15


def _number(segment: str) -> bool:
    digits = sum(c.isdigit() for c in segment)
    return _MIN_DIGITS <= digits <= _MAX_DIGITS and _NUMBER_RE.fullmatch(segment) is not None


def _labelled_number(segment: str) -> bool:
    """A segment that starts with a phone label, then a number ("F 67635191")."""
    label = PHONE_WORD_RE.match(segment)
    return label is not None and _number(segment[label.end() :].lstrip(" \t.:=-"))


def _segment_at(text: str, line_start: int, column: int) -> str | None:
    """The segment of the line at ``line_start`` that starts at ``column`` on it, or None."""
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if column >= len(line) or line[column] in " \t":
        return None
    before = line[:column]
    if before.strip() and not (before.endswith("\t") or before.endswith("   ")):
        return None  # inside a segment that starts further left
    gap = _GAP_RE.search(line, column)
    return line[column : gap.start() if gap else len(line)].rstrip()


def _next_line(text: str, line_start: int, step: int) -> int | None:
    """Start of the line above (``step`` -1) or below (+1) the line at ``line_start``."""
    if step < 0:
        return None if line_start == 0 else text.rfind("\n", 0, line_start - 1) + 1
    end = text.find("\n", line_start)
    return None if end < 0 else end + 1


def _anchored(text: str, line_start: int, column: int, step: int) -> bool:
    """Do the segments of ``column`` above or below the line at ``line_start`` run through
    numbers and labelled phones up to an e-mail address alone?"""
    while (at := _next_line(text, line_start, step)) is not None:
        segment = _segment_at(text, at, column)
        if segment is None:
            return False
        if _EMAIL_RE.fullmatch(segment):
            return True
        if not (_number(segment) or _labelled_number(segment)):
            return False
        line_start = at
    return False


def contact_block_phones(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers of ``text``'s contact blocks (see the module's docstring)."""
    if "@" not in text:
        return []
    first = _FIRST_CANDIDATE_RE.match(text)
    found = []
    for m in ([first] if first else []) + list(_CANDIDATE_RE.finditer(text)):
        if not _number(m.group(1)):
            continue
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        column = m.start(1) - line_start
        if _anchored(text, line_start, column, -1) or _anchored(text, line_start, column, 1):
            found.append(m.span(1))
    return found

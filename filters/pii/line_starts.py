"""Line-start patterns (``(?m)^...``) run where a line starts rather than at every position.

re tries a pattern that starts with ``^`` at every position of the text, and one that starts
with a character only where that character is (it skips ahead to it as fast as ``str.find``):
so a whole-document pass of a line-start pattern is its match at the text's start, then the
same pattern led by the newline before each other line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence


def after_newline(pattern: re.Pattern) -> re.Pattern:
    """``pattern``, which starts with ``(?m)^`` (its flags written inline), led by the newline
    before the line instead."""
    if not pattern.pattern.startswith("(?m)^"):
        raise ValueError(f"not a line-start pattern: {pattern.pattern[:20]!r}")
    return re.compile("(?m)\n" + pattern.pattern[len("(?m)^") :])


def line_start_matches(
    pattern: re.Pattern, led_by_newline: re.Pattern, text: str
) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)`` for a pattern that starts with ``(?m)^`` and
    whose matches never end right after a newline (the next one is then never cut off by the
    newline the ``led_by_newline`` form, ``after_newline(pattern)``, takes): the first line's
    match, then the others', each holding the newline before its line (its groups the same)."""
    first = pattern.match(text)
    if first:
        yield first
    yield from led_by_newline.finditer(text, first.end() if first else 0)


def marked_lines(text: str, marks: Sequence[re.Pattern]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a match of one of ``marks``, with the
    newline that ends it, in order. (Marks that each start with their own literal are found
    fast; one pattern of alternatives that start differently is tried at every position.)"""
    lines: dict[int, int] = {}
    for mark in marks:
        found = mark.search(text)
        while found is not None:
            start = text.rfind("\n", 0, found.start()) + 1
            end = text.find("\n", found.end()) + 1 or len(text)
            lines[start] = end
            found = mark.search(text, end) if end < len(text) else None
    return sorted(lines.items())


def matches_in_marked_lines(
    pattern: re.Pattern, marks: Sequence[re.Pattern], text: str
) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match lies on one line and holds a
    match of one of ``marks``, and which looks no further than the newline that ends the line:
    the pattern runs only over the lines that hold a mark (an "=" or a slash before digits is
    on few lines of prose, and re finds a literal as fast as ``str.find`` does)."""
    for start, end in marked_lines(text, marks):
        yield from pattern.finditer(text, start, end)

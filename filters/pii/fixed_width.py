"""Fixed-width text tables: a header row of words, then rows whose fields line up under it,
padded with spaces and without delimiters (``Name           Tel            Since`` above
``Jett Dickens   0483 304-027   2012``), as reports, command output and plain-text e-mails
print them. A header's word labels the field of each row below that lies under it, as a CSV or
Markdown header labels its column (``cell_labels``).

Only text whose rows really align is read so: fields are separated by two spaces or more, the
header and every row below it (consecutive lines, no blank line between) have the same number
of fields, three or more, and each field of a row overlaps the header's field of its column and
no other (left-aligned, right-aligned or centred under it); a header field is a label of at most
four words without a run of digits; a rule line of dashes below the header is read through.
Prose, even with double spaces after its sentences, has long
fields and lines that do not share columns.
"""

from __future__ import annotations

import functools
import re

# two spaces or more between two fields; led by its first two spaces, whose literal re looks
# for as fast as ``str.find`` does (a lookbehind first would be tried at every position)
_GAP_RE = re.compile(r"  (?<=\S  ) *(?=\S)")
_FIELD_RE = re.compile(r"\S+(?: \S+)*")
_HEADER_FIELD_MAX_WORDS = 4
_DIGITS_RE = re.compile(r"\d{2}")
# a rule below the header ("-------  -----"): read through
_RULE_FIELD_RE = re.compile(r"[-=+_]+")
MIN_COLUMNS = 3


@functools.lru_cache(maxsize=2)
def table_fields(text: str) -> dict[tuple[int, int], str]:
    """Each field of a fixed-width table's rows below its header, (start, end) in ``text``, with
    the header field of its column. Empty for text with no such table (what most text pays:
    one search for two spaces between words)."""
    found: dict[tuple[int, int], str] = {}
    if "  " not in text:
        return found
    lines: list[int] = []  # the start of each line with a gap
    gap = _GAP_RE.search(text)
    while gap is not None:
        lines.append(text.rfind("\n", 0, gap.start()) + 1)
        line_end = text.find("\n", gap.end())
        gap = None if line_end < 0 else _GAP_RE.search(text, line_end)
    if len(lines) < 2:
        return found
    header: list[tuple[int, int, str]] | None = None
    previous_end = -2
    for line_start in lines:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        fields = [
            (m.start() - line_start, m.end() - line_start, m.group())
            for m in _FIELD_RE.finditer(text, line_start, line_end)
        ]
        follows = line_start == previous_end + 1
        previous_end = line_end
        if header is not None and follows and all(_RULE_FIELD_RE.fullmatch(f[2]) for f in fields):
            continue
        if header is not None and follows and _aligned(fields, header):
            for (start, end, _), (_, _, label) in zip(fields, header, strict=True):
                found[(line_start + start, line_start + end)] = label
            continue
        header = fields if _is_header(fields) else None
    return found


def _is_header(fields: list[tuple[int, int, str]]) -> bool:
    return len(fields) >= MIN_COLUMNS and all(
        len(f[2].split()) <= _HEADER_FIELD_MAX_WORDS and not _DIGITS_RE.search(f[2]) for f in fields
    )


def _aligned(row: list[tuple[int, int, str]], header: list[tuple[int, int, str]]) -> bool:
    """Does each field of ``row`` overlap its header field and no other?"""
    if len(row) != len(header):
        return False
    for i, (start, end, _) in enumerate(row):
        if not (start < header[i][1] and header[i][0] < end):
            return False
        if i + 1 < len(header) and end > header[i + 1][0]:
            return False
        if i > 0 and start < header[i - 1][1]:
            return False
    return True

"""The column that names a value of an SQL ``INSERT`` statement.

Database dumps (``mysqldump``, SQLite's ``.dump``, ``pg_dump --inserts``, CQL scripts) write a
row as a tuple of values after ``VALUES``; the value's name is the column at its place, in the
statement's own column list (``INSERT INTO t (id, telefono) VALUES (...)``) or, where the
statement has none, in the table's ``CREATE TABLE`` earlier in the dump. A number in a tuple is
then labelled as a table cell is by its column's header (``cell_labels``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

_INSERT_RE = re.compile(
    r"(?i)\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+([`\"\[]?[\w.]+[`\"\]]?)\s*(?:\(([^()]*)\))?\s*VALUES\s*"
)
_CREATE_RE = re.compile(
    r"(?i)\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\"\[]?[\w.]+[`\"\]]?)\s*\("
)
# what a table definition's item starts with when it defines no column
_CONSTRAINTS = ("primary", "unique", "constraint", "foreign", "check", "key", "index")
_REACH = 20_000  # characters of a statement's values before a value at most


@functools.lru_cache(maxsize=2)
def _statements(text: str) -> tuple[list[int], list[tuple[int, list[str]]]]:
    """(where each INSERT's values start, (that start, its columns)) for ``text``'s INSERT
    statements, the columns from the statement or its table's CREATE TABLE. Kept for the last
    documents: every candidate number of a document asks for its column."""
    if "INSERT" not in text and "insert" not in text:
        return [], []
    tables = {_bare(m[1]): _definition_columns(text, m.end()) for m in _CREATE_RE.finditer(text)}
    found = []
    for m in _INSERT_RE.finditer(text):
        columns = _names(m[2]) if m[2] is not None else tables.get(_bare(m[1]), [])
        found.append((m.end(), columns))
    return [start for start, _ in found], found


def sql_column(text: str, start: int) -> str | None:
    """The column of the INSERT value that the number at ``start`` opens or sits in, or None
    when it is in no statement's tuple."""
    starts, statements = _statements(text)
    i = bisect_right(starts, start) - 1
    if i < 0 or start - starts[i] > _REACH:
        return None
    values_start, columns = statements[i]
    place = _place(text, values_start, start)
    return columns[place] if place is not None and place < len(columns) else None


def sql_values(text: str) -> list[tuple[int, int]]:
    """(start, end) of each INSERT statement's values in ``text``: up to the statement's end
    (a ``;`` outside quotes) or ``_REACH`` characters."""
    return [(start, _statement_end(text, start)) for start, _ in _statements(text)[1]]


def _statement_end(text: str, at: int) -> int:
    quote = ""
    i, stop = at, min(len(text), at + _REACH)
    while i < stop:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == ";":
            return i
        i += 1
    return stop


def _place(text: str, at: int, start: int) -> int | None:
    """The index, in its tuple, of the value that holds ``start``: the tuples' text from
    ``at`` read with its quotes (SQL's doubled quote and a backslash escape) and brackets."""
    depth, place, quote = 0, 0, ""
    i = at
    while i < start:
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c in "({[":
            depth += 1
            if depth == 1:
                place = 0
        elif c in ")}]":
            depth -= 1
            if depth < 0:
                return None
        elif c == "," and depth == 1:
            place += 1
        elif c == ";" and depth == 0:
            return None  # the statement ended before the value
        i += 1
    return place if depth >= 1 else None


def _definition_columns(text: str, at: int) -> list[str]:
    """The column names of the CREATE TABLE definition list that starts at ``at``."""
    depth, item, items = 1, [], []
    for c in text[at : at + _REACH]:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        if c == "," and depth == 1:
            items.append("".join(item))
            item = []
        else:
            item.append(c)
    items.append("".join(item))
    names = []
    for definition in items:
        words = definition.split()
        if words and words[0].lower() not in _CONSTRAINTS:
            names.append(_bare(words[0]))
    return names


def _names(column_list: str) -> list[str]:
    return [_bare(name) for name in column_list.split(",")]


def _bare(name: str) -> str:
    return name.strip().strip('`"[]').lower()

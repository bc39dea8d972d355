"""The column that names a value of an SQL ``INSERT`` statement.

Database dumps (``mysqldump``, SQLite's ``.dump``, ``pg_dump --inserts``, CQL scripts) write a
row as a tuple of values after ``VALUES``; the value's name is the column at its place, in the
statement's own column list (``INSERT INTO t (id, telefono) VALUES (...)``) or, where the
statement has none, in the table's ``CREATE TABLE`` earlier in the dump. CUBRID's object files
(``cubrid unloaddb``) name them once per class instead: a ``%class [dba].[t] ([id] [tel_no])``
line, then one row per line, quoted strings and bare words apart by spaces, in that order. A
number in a tuple or a row is then labelled as a table cell is by its column's header
(``cell_labels``).
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
# a CUBRID object file's class line and its attributes ("[tel_no]", or bare names), and a row's
# values (a quoted string, where two quotes write one, or a bare word)
_LOADDB_CLASS_RE = re.compile(r"(?m)^%class[ \t]+\S+[ \t]*\(([^()\n]*)\)[ \t]*$")
_LOADDB_ATTRIBUTE_RE = re.compile(r"\[([^\]\n]+)\]|([^\s\[\]]+)")
_LOADDB_VALUE_RE = re.compile(r"'(?:[^'\n]|'')*'|[^\s']+")


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


@functools.lru_cache(maxsize=2)
def _loaddb_classes(text: str) -> tuple[list[int], list[list[str]]]:
    """(where each ``%class`` line ends, its attributes) for a CUBRID object file's text."""
    if "%class" not in text:
        return [], []
    classes = list(_LOADDB_CLASS_RE.finditer(text))
    return [m.end() for m in classes], [
        [(bracketed or bare).lower() for bracketed, bare in _LOADDB_ATTRIBUTE_RE.findall(m[1])]
        for m in classes
    ]


def _loaddb_column(text: str, start: int) -> str | None:
    """The attribute of the CUBRID row value that the number at ``start`` opens or sits in:
    the row's line below its class line, no other directive between them."""
    ends, attributes = _loaddb_classes(text)
    i = bisect_right(ends, start) - 1
    if i < 0:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith("%", line_start) or text.find("\n%", ends[i], line_start) >= 0:
        return None
    line_end = text.find("\n", start)
    values = _LOADDB_VALUE_RE.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    for place, value in enumerate(values):
        if value.start() <= start < value.end():
            return attributes[i][place] if place < len(attributes[i]) else None
    return None


def sql_column(text: str, start: int) -> str | None:
    """The column of the INSERT value (or the CUBRID row value) that the number at ``start``
    opens or sits in, or None when it is in no statement's tuple or class's row."""
    loaddb = _loaddb_column(text, start)
    if loaddb is not None:
        return loaddb
    starts, statements = _statements(text)
    i = bisect_right(starts, start) - 1
    if i < 0 or start - starts[i] > _REACH:
        return None
    values_start, columns = statements[i]
    place = _place(text, values_start, start)
    return columns[place] if place is not None and place < len(columns) else None


def sql_values(text: str) -> list[tuple[int, int]]:
    """(start, end) of each INSERT statement's values in ``text``: up to the statement's end
    (a ``;`` outside quotes) or ``_REACH`` characters; and of each CUBRID class's rows, up to
    the next directive."""
    spans = [(start, _statement_end(text, start)) for start, _ in _statements(text)[1]]
    for end in _loaddb_classes(text)[0]:
        directive = text.find("\n%", end)
        spans.append((end, len(text) if directive < 0 else directive))
    return spans


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

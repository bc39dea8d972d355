"""Values of a columnar JSON result, named by the column at their index.

Query engines and BI tools answer with the column names once and the rows as bare arrays:
Metabase's card results (``"data": {"rows": [[...]], "cols": [{"name": "telefone"}, ...]}``),
pandas' ``to_json(orient="split")`` (``{"columns": [...], "data": [[...]]}``), ClickHouse's
JSONCompact and Trino's REST answers (``"meta"``/``"columns"`` with ``"data"``). A row's value
has no key of its own; the column at its index names it, as a table's header names a cell. A
label pass over the whole document: the column list may lie far from the rows, before or after
them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a JSON document's opening, and the member names of a columnar result
_JSON_START_RE = re.compile(r"\s*[\[{]")
_COLUMN_KEYS = frozenset(("cols", "columns", "meta", "fields", "header", "headers"))
_ROW_KEYS = frozenset(("rows", "data", "values"))
# the members of a column's object that name it, in the order they are read
_COLUMN_NAME_KEYS = ("name", "display_name", "displayName", "label", "title", "id")
_GATE_RE = re.compile(r'"(?:cols|columns|meta|fields|headers?)"\s*:\s*\[')
# the longest document parsed: a larger one is read by the other passes alone
_MAX_CHARS = 2_000_000

_WS_RE = re.compile(r"[ \t\r\n]*")
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_SCALAR_RE = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _Malformed(Exception):
    """The text is no JSON document (or not one this reader follows)."""


def _value(text: str, at: int) -> tuple[object, int]:
    """The JSON value at ``at`` (white space skipped) and where it ends: a dict of its members,
    a list, or a scalar's (start, end, text), a string's span that of its content inside the
    quotes (where a recognizer's value starts)."""
    at = _WS_RE.match(text, at).end()
    if at >= len(text):
        raise _Malformed
    char = text[at]
    if char == "{":
        members: dict[str, object] = {}
        at = _WS_RE.match(text, at + 1).end()
        if text.startswith("}", at):
            return members, at + 1
        while True:
            key = _STRING_RE.match(text, _WS_RE.match(text, at).end())
            if key is None:
                raise _Malformed
            at = _WS_RE.match(text, key.end()).end()
            if not text.startswith(":", at):
                raise _Malformed
            members[key.group(1)], at = _value(text, at + 1)
            at = _WS_RE.match(text, at).end()
            if text.startswith("}", at):
                return members, at + 1
            if not text.startswith(",", at):
                raise _Malformed
            at += 1
    if char == "[":
        items: list[object] = []
        at = _WS_RE.match(text, at + 1).end()
        if text.startswith("]", at):
            return items, at + 1
        while True:
            item, at = _value(text, at)
            items.append(item)
            at = _WS_RE.match(text, at).end()
            if text.startswith("]", at):
                return items, at + 1
            if not text.startswith(",", at):
                raise _Malformed
            at += 1
    string = _STRING_RE.match(text, at)
    if string is not None:
        return (string.start(1), string.end(1), string.group(1)), string.end()
    scalar = _SCALAR_RE.match(text, at)
    if scalar is None:
        raise _Malformed
    return (scalar.start(), scalar.end(), scalar.group()), scalar.end()


def _column_name(column: object) -> str | None:
    """A column's name: the string itself, or its object's first naming member."""
    if isinstance(column, tuple):
        return column[2]
    if isinstance(column, dict):
        for key in _COLUMN_NAME_KEYS:
            name = column.get(key)
            if isinstance(name, tuple) and name[2]:
                return name[2]
    return None


def _results(node: object) -> list[tuple[list[str | None], list[list[object]]]]:
    """Every object's column names and rows, in the whole tree: a column list and a list of
    arrays of its length, members of one object."""
    found = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            names = next(
                (
                    [_column_name(c) for c in value]
                    for key, value in item.items()
                    if key in _COLUMN_KEYS and isinstance(value, list) and value
                ),
                None,
            )
            if names is not None:
                for key, value in item.items():
                    if key in _ROW_KEYS and isinstance(value, list):
                        rows = [r for r in value if isinstance(r, list) and len(r) == len(names)]
                        if rows and len(rows) == len(value):
                            found.append((names, rows))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


@lru_cache(maxsize=2)
def column_named(text: str) -> dict[int, str]:
    """Where each string or number of a columnar result's rows starts, and its column's name."""
    if len(text) > _MAX_CHARS or not _JSON_START_RE.match(text) or _GATE_RE.search(text) is None:
        return {}
    try:
        tree, _ = _value(text, 0)
    except (_Malformed, RecursionError):
        return {}
    named: dict[int, str] = {}
    for names, rows in _results(tree):
        for row in rows:
            for name, cell in zip(names, row, strict=True):
                if name and isinstance(cell, tuple):
                    named[cell[0]] = name
    return named


def json_column(text: str, start: int) -> str | None:
    """The name of the column whose row value starts at ``start``, if any."""
    return column_named(text).get(start)

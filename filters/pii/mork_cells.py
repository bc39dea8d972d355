"""The values of a Mork file's cells, named by their column: Thunderbird's and Mozilla's address
books (``abook.mab``, ``history.mab``).

Mork writes a card's fields in three places. A dictionary names each column once,
``(8E=WorkPhone)`` (the column id, then its name); a value dictionary holds each value once,
``(83=213188600)`` (an atom id, then the value); and a row writes its cells as pairs of
references, ``(^8E^83)``: the column ``8E`` holds the atom ``83``. So nothing on a value's line
says what it is: the atom's id is a number, and only its row's cell names its column. A
label pass over the whole document, as the dictionaries, the values and the rows lie apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filters.pii.word_chars import camel_words

# the marker every Mork file opens with ("// <!-- <mdb:mork:z v="1.4"/> -->")
_MORK_MARK = "<mdb:mork"
# a dictionary's start, a column dictionary's scope mark ("< <(a=c)>"), and an entry: an id in
# hex, "=", the text up to the ")" that no backslash escapes
_DICT_START_RE = re.compile(r"<\s*(<\(a=c\)>)?")
_ATOM_RE = re.compile(r"\(([0-9A-Fa-f]{1,8})=((?:[^)\\]|\\.)*)\)")
# what may stand between a dictionary's entries: white space and "//" comments
_GAP_RE = re.compile(r"(?:\s+|//[^\n]*)*")
# a row's cell: a column reference and a value reference
_CELL_RE = re.compile(r"\(\^([0-9A-Fa-f]{1,8})\^([0-9A-Fa-f]{1,8})\)")


def _dictionaries(text: str) -> tuple[dict[str, str], dict[str, tuple[int, int]]]:
    """The column names by id, and the span of each value of the value dictionaries by id."""
    names: dict[str, str] = {}
    values: dict[str, tuple[int, int]] = {}
    for start in _DICT_START_RE.finditer(text):
        at = _GAP_RE.match(text, start.end()).end()
        while atom := _ATOM_RE.match(text, at):
            if start[1]:
                names[atom[1].upper()] = atom[2]
            else:
                values[atom[1].upper()] = atom.span(2)
            at = _GAP_RE.match(text, atom.end()).end()
    return names, values


@lru_cache(maxsize=2)
def mork_values(text: str) -> dict[int, tuple[int, str]]:
    """Where each value a row cell refers to starts: its end, and the name of that cell's
    column ("WorkPhone", "FaxNumber"), its camelCase words apart ("Work Phone")."""
    if _MORK_MARK not in text[:200]:
        return {}
    names, values = _dictionaries(text)
    found = {}
    for cell in _CELL_RE.finditer(text):
        column, value = cell[1].upper(), cell[2].upper()
        if column in names and value in values:
            start, end = values[value]
            found[start] = (end, camel_words(names[column]))
    return found


def mork_column(text: str, start: int) -> str | None:
    """The column name of the Mork value that starts at ``start``, or None."""
    value = mork_values(text).get(start)
    return value[1] if value else None

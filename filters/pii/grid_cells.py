"""The column header of a spreadsheet cell that XML addresses by row and column attributes.

Gnumeric's workbook XML writes every cell of a sheet as one element with its coordinates in
attributes (``<gnm:Cell Row="1" Col="5" ValueType="60">9717244539</gnm:Cell>``), the header
row first (``<gnm:Cell Row="0" Col="5" ValueType="60">Teléfono</gnm:Cell>``). Nothing on a
value's line says what it is; its column's cell in the sheet's first row does, as a table's
header cell does for the cells below it. So a cell's name is the text of the cell of its
column in the lowest row of its sheet, when that cell is another one above it. Excel 2003
XML (SpreadsheetML) writes no coordinates: a ``<Table>``'s ``<Row>`` elements hold its
``<Cell>`` elements in order, each value in a ``<Data>`` element
(``<Cell><Data ss:Type="Number">30773047</Data></Cell>``), so a cell's column is its place in
its row and its header the cell in that place of the table's first row. A label pass over the
whole document: the header row may lie far above the value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# a cell addressed by row and column attributes (either order), and its text
_CELL_RE = re.compile(
    r"<(?:[\w.-]+:)?Cell\b(?=[^<>]*\bRow=\"(\d+)\")(?=[^<>]*\bCol=\"(\d+)\")[^<>]*>"
    r"([^<]*)</(?:[\w.-]+:)?Cell\s*>"
)
# where a sheet starts: the cells of one sheet share their header row
_SHEET_RE = re.compile(r"<(?:[\w.-]+:)?Sheet\b")
# SpreadsheetML: a table, its rows, and each cell of a row with its value's text (an empty
# cell, "<Cell/>" or one with no Data, holds a place too)
_TABLE_RE = re.compile(r"<Table\b.*?</Table\s*>", re.DOTALL)
_ROW_RE = re.compile(r"<Row\b[^>]*?(?:/>|>.*?</Row\s*>)", re.DOTALL)
_DATA_CELL_RE = re.compile(r"<Cell\b[^>]*?(?:/>|>\s*(?:<Data\b[^>]*>([^<]*)</Data>)?)")
# a cell's place: its sheet or table, its row and its column
Place = tuple[tuple[str, int], int, int]


@lru_cache(maxsize=2)
def _grid(text: str) -> dict[int, tuple[Place, str]]:
    """Each cell of the document's grids by where its text starts (white space around it left
    out): its place and its text."""
    cells: dict[int, tuple[Place, str]] = {}
    if 'Col="' in text:
        sheets = [m.start() for m in _SHEET_RE.finditer(text)]
        for cell in _CELL_RE.finditer(text):
            place = (("sheet", bisect_right(sheets, cell.start())), int(cell[1]), int(cell[2]))
            _add(cells, place, text, cell.start(3), cell.end(3))
    if "<Row" in text:
        for table in _TABLE_RE.finditer(text):
            for row_index, row in enumerate(_ROW_RE.finditer(text, *table.span())):
                for column, cell in enumerate(_DATA_CELL_RE.finditer(text, *row.span())):
                    if cell[1] is not None:
                        place = (("table", table.start()), row_index, column)
                        _add(cells, place, text, cell.start(1), cell.end(1))
    return cells


def _add(cells: dict, place: Place, text: str, start: int, end: int) -> None:
    content = text[start:end]
    stripped = content.strip()
    cells[start + (content.index(stripped) if stripped else 0)] = (place, stripped)


@lru_cache(maxsize=2)
def _headers(text: str) -> dict[tuple[tuple[str, int], int], tuple[int, str]]:
    """(sheet, column) to (row, text) of the column's cell in the lowest row of its sheet."""
    headers: dict[tuple[tuple[str, int], int], tuple[int, str]] = {}
    for (sheet, row, column), content in _grid(text).values():
        top = headers.get((sheet, column))
        if top is None or row < top[0]:
            headers[(sheet, column)] = (row, content)
    return headers


def grid_header(text: str, start: int, end: int | None = None) -> str | None:
    """The header of the column of the grid cell whose text starts at ``start`` (and is
    text[start:end] whole, when ``end`` is given; module doc), or None when there is no such
    cell or it is its own header."""
    cell = _grid(text).get(start)
    if cell is None or (end is not None and len(cell[1]) != end - start):
        return None
    (sheet, row, column), _ = cell
    header_row, header = _headers(text)[(sheet, column)]
    return header if header_row < row and header else None


def grid_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every grid cell below its column's header."""
    found = []
    for start, (_, content) in _grid(text).items():
        header = grid_header(text, start)
        if header is not None:
            found.append((start, start + len(content), header))
    return found

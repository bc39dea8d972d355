"""The column header of a cell of a grid that a document writes cell by cell: spreadsheet XML,
and a tab-separated table inside a JSON string.

Gnumeric's workbook XML writes every cell of a sheet as one element with its coordinates in
attributes (``<gnm:Cell Row="1" Col="5" ValueType="60">9717244539</gnm:Cell>``), the header
row first (``<gnm:Cell Row="0" Col="5" ValueType="60">Teléfono</gnm:Cell>``). Nothing on a
value's line says what it is; its column's cell in the sheet's first row does, as a table's
header cell does for the cells below it. So a cell's name is the text of the cell of its
column in the lowest row of its sheet, when that cell is another one above it. Excel 2003
XML (SpreadsheetML) writes no coordinates: a ``<Table>``'s ``<Row>`` elements hold its
``<Cell>`` elements in order, each value in a ``<Data>`` element
(``<Cell><Data ss:Type="Number">30773047</Data></Cell>``), so a cell's column is its place in
its row and its header the cell in that place of the table's first row. A tab-separated
table held in a JSON string, its tabs and line breaks escaped (a Zeppelin note's result,
``"data": "dbn\\tphone_number\\n21K410\\t718-333-7400\\n"``), is a grid too: its first
line is its header, and each later line of as many cells is a row. SYLK, the symbolic link
format Excel still writes, gives each cell a record of ``;``-separated fields: its row
(``Y``, left out when it is the previous cell's), its column (``X``) and its value (``K``,
quoted when it is text: ``C;Y2;X11;K"9089890"``), the header row first. FileMaker's XML export
(``FMPXMLRESULT``) names its columns once, in ``<METADATA>``'s ``<FIELD NAME="Contact No">``
elements, and writes each record as a ``<ROW>`` of ``<COL><DATA>`` cells in that order. DIF,
the Data Interchange Format, writes a tuple's cells after ``-1,0`` and ``BOT``, each a number
(``0,538022124`` then ``V``) or a string (``1,0`` then ``"tel"``), the header tuple first.
SocialCalc's save format (EtherCalc's rooms) gives each cell a line of ``:``-separated fields,
its coordinates first, then its value's type and the value, a colon in it escaped as ``\\c``
(``cell:D2:t:(082)332546``, ``cell:F2:v:20160422`` below ``cell:F1:t:生效起日``). A label pass
over the whole document: the header row may lie far above the value.
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
# a quoted string with its escapes (a JSON string; one that escapes a tab and a line break may
# hold a tab-separated table)
_QUOTED_RE = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# a line of such a table, or the escaped line break after it (escapes are read as pairs, so
# that an escaped backslash before an "n" breaks no line)
_ESCAPED_ROW_RE = re.compile(r"((?:[^\\]|\\[^n])+)|\\n")
_ESCAPED_CELL_RE = re.compile(r"(?:[^\\]|\\[^tn])*")
# SYLK: a cell record (its fields after "C;") and each field (a quoted value may hold ";;")
_SYLK_CELL_RE = re.compile(r"(?m)^C;(.*?)\r?$")
_SYLK_FIELD_RE = re.compile(r'([YXK])("(?:[^"\r\n]|"")*"|[^;\r\n]*)|[^;\r\n]*')
# FileMaker's FMPXMLRESULT: a field's name, a record, and a column's first value
_FMP_FIELD_RE = re.compile(r"<FIELD\b[^<>]*?\bNAME=\"([^\"<>]*)\"")
_FMP_ROW_RE = re.compile(r"<ROW\b.*?</ROW\s*>", re.DOTALL)
_FMP_COL_RE = re.compile(r"<COL\b[^<>]*>\s*(?:<DATA\b[^<>]*>([^<]*)</DATA>)?", re.DOTALL)
# DIF: a tuple's start, and a cell: a number after "0," or a quoted string after "1,0"
_DIF_ITEM_RE = re.compile(r'(?m)^(?:-1,0\r?\n(BOT)|0,([^\r\n]*)\r?\n[A-Z]+|1,0\r?\n"([^"\r\n]*)")')
# SocialCalc: a cell's line, its column letters, its row and its value after its type (text
# or a number)
_SOCIALCALC_CELL_RE = re.compile(r"(?m)^cell:([A-Z]{1,3})(\d+):[tv]:([^:\r\n]*)")
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
    if text.startswith("ID;") and "\nC;" in text:
        _add_sylk_cells(cells, text)
    if "<FMPXMLRESULT" in text:
        _add_filemaker_cells(cells, text)
    if text.startswith("TABLE") and "\nBOT" in text:
        _add_dif_cells(cells, text)
    if "\ncell:" in text and "socialcalc" in text[:200].lower():
        _add_socialcalc_cells(cells, text)
    if "\\t" in text:
        for quoted in _QUOTED_RE.finditer(text):
            if "\\t" in quoted[1] and "\\n" in quoted[1]:
                _add_escaped_table(cells, text, quoted.start(1), quoted.end(1))
    return cells


def _add_escaped_table(cells: dict, text: str, start: int, end: int) -> None:
    """Add the cells of the rows of a tab-separated table whose escaped text is
    text[start:end] that have as many cells as its first line, the header."""
    width = 0
    rows = [row.span(1) for row in _ESCAPED_ROW_RE.finditer(text, start, end) if row[1]]
    for row_index, row in enumerate(rows):
        row_cells = _escaped_cells(text, *row)
        if row_index == 0:
            width = len(row_cells)
        if width < 2 or len(row_cells) != width:
            continue
        for column, (lo, hi) in enumerate(row_cells):
            _add(cells, (("escaped", start), row_index, column), text, lo, hi)


def _add_sylk_cells(cells: dict, text: str) -> None:
    """Add the cells of a SYLK file's cell records that hold a value."""
    row = column = 0
    for record in _SYLK_CELL_RE.finditer(text):
        value = None
        for field in _SYLK_FIELD_RE.finditer(text, *record.span(1)):
            if field[1] == "Y" and field[2].isdigit():
                row = int(field[2])
            elif field[1] == "X" and field[2].isdigit():
                column = int(field[2])
            elif field[1] == "K":
                quoted = field[2].startswith('"')
                value = (field.start(2) + quoted, field.end(2) - quoted)
        if value is not None:
            _add(cells, (("sylk", 0), row, column), text, *value)


def _add_filemaker_cells(cells: dict, text: str) -> None:
    """Add a FileMaker export's field names as its header row and its records' cells below."""
    sheet = ("fmp", 0)
    for column, field in enumerate(_FMP_FIELD_RE.finditer(text)):
        _add(cells, (sheet, 0, column), text, field.start(1), field.end(1))
    for row_index, row in enumerate(_FMP_ROW_RE.finditer(text), start=1):
        for column, cell in enumerate(_FMP_COL_RE.finditer(text, *row.span())):
            if cell[1] is not None:
                _add(cells, (sheet, row_index, column), text, cell.start(1), cell.end(1))


def _add_dif_cells(cells: dict, text: str) -> None:
    """Add the cells of a DIF file's tuples (its header section, before the first, holds none:
    row 0)."""
    row = column = 0
    for item in _DIF_ITEM_RE.finditer(text):
        if item[1]:
            row, column = row + 1, 0
        elif row:
            group = 2 if item[2] is not None else 3
            _add(cells, (("dif", 0), row, column), text, item.start(group), item.end(group))
            column += 1


def _add_socialcalc_cells(cells: dict, text: str) -> None:
    """Add the cells of a SocialCalc save's sheet part (one sheet: its ``cell:`` lines)."""
    for cell in _SOCIALCALC_CELL_RE.finditer(text):
        column = 0
        for letter in cell[1]:
            column = column * 26 + ord(letter) - ord("A") + 1
        _add(cells, (("socialcalc", 0), int(cell[2]), column), text, cell.start(3), cell.end(3))


def _escaped_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells that escaped tabs part in text[start:end]."""
    spans, at = [], start
    while True:
        cell_end = _ESCAPED_CELL_RE.match(text, at, end).end()
        spans.append((at, cell_end))
        if not text.startswith("\\t", cell_end, end):
            return spans
        at = cell_end + 2


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


@lru_cache(maxsize=2)
def _by_place(text: str) -> dict[Place, str]:
    """The text of each grid cell by its place."""
    return {place: content for place, content in _grid(text).values()}


def left_cell(text: str, start: int) -> tuple[str, str] | None:
    """(header, text) of the cell in the column before the grid cell whose text starts at
    ``start``, in its row (a register's area code before the number: "Telefonvorwahl" and
    "02295" left of "9089890"), or None."""
    cell = _grid(text).get(start)
    if cell is None:
        return None
    (sheet, row, column), _ = cell
    content = _by_place(text).get((sheet, row, column - 1))
    header = _headers(text).get((sheet, column - 1))
    if content is None or header is None or header[0] >= row:
        return None
    return header[1], content


def grid_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every grid cell below its column's header."""
    found = []
    for start, (_, content) in _grid(text).items():
        header = grid_header(text, start)
        if header is not None:
            found.append((start, start + len(content), header))
    return found

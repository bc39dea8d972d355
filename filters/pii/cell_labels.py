"""The label of a value that fills a table cell: its column's header, or the cell before it.

A number alone in a cell is a phone (or an SSN) when its column is headed by a phone (SSN)
label, as a number alone on its line is below a label line (``phone_formats.label_above``).
Tables reach the stage in three kinds of text:

* rows of cells joined by tabs or ``|`` (extracted tables, Markdown pipe tables) and CSV rows
  (RFC 4180, comma- or semicolon-delimited, quoted or not). The header is the row right above
  the value's row, or the first row of the table: the lines above it with as many cells, up to
  a blank line, with rule lines between them read through (a Markdown delimiter row
  ``| --- | :---: |``, an ASCII grid's ``+----+----+``), so every row of a table is labelled by
  its header, not only the first. A file of several record types gives each type its own
  header, the type's tag first, above all the records (an e-Faktur import CSV's "FK", "LT"
  and "OF" header lines, then each invoice's three lines): such a row's header is the first
  line of the same tag and cells whose cells hold no digit;
* HTML, which crawled text and JSONL/Parquet inputs still carry: a ``<td>`` is labelled by the
  cell before it in its row (``<th>Phone</th><td>...`` or ``<td>Phone:</td><td>...``) or by
  the cell of its column in its table's first row (``<th>Phone</th>`` above), a ``<dd>`` by
  its ``<dt>``.

A document's tables are walked once however many values they hold (``ColumnHeaders`` caches
each row's table, ``headers_for`` the last documents' ``ColumnHeaders``), so a table of a
thousand rows costs a thousand rows, not a million.
"""

from __future__ import annotations

import csv
import functools
import html
import re
from bisect import bisect_left, bisect_right

# a label is a few words, one of them a label word
LABEL_MAX_WORDS = 5
# Table cells as extracted tables come out: separated by tabs or by "|" (pipe tables).
CELL_SEP_RE = re.compile(r"[ ]*(?:\t|\|)[ ]*")
# Delimited rows of a CSV file (RFC 4180: commas, or semicolons as spreadsheets of
# decimal-comma locales export them; a field may be quoted)
CSV_DELIMITERS = (",", ";")
_TABLE_CELLS = "cells"  # the row kind of tab- and "|"-joined cells; the CSV kinds are delimiters
# Typeset tables: a LaTeX tabular row ("Name & Phone \\", cells between unescaped "&", the row
# ended by "\\") and a MediaWiki table row ("! Name !! Phone" a header, "| a || b" a row).
_LATEX_CELLS = "latex"
_WIKI_CELLS = "wiki"
_LATEX_ROW_END_RE = re.compile(r"\\\\")
_LATEX_SEP_RE = re.compile(r"(?<!\\)&")
_WIKI_SEP_RE = re.compile(r"\|\||!!")
# what may follow a MediaWiki cell's value on its line: the next cell, or nothing
_WIKI_CELL_END_RE = re.compile(r"[ \t]*(?:\|\||\r?\Z)")
# the mark that stands for a value while its row is split into cells (no row holds it)
_VALUE_MARK = "\x00"
# A rule between rows: a Markdown delimiter row ("| --- | :---: |"), an ASCII grid's border
# ("+----+----+", "|====|"), a MediaWiki row start ("|-"), a LaTeX rule ("\hline",
# "\\midrule", "\\cline{2-3}"). Read through when looking for a column's header.
_RULE_LINE_RE = re.compile(
    r"[ \t|+:]*[-=][ \t|+:=-]*\r?"
    r"|[ \t]*(?:\\(?:hline|toprule|midrule|bottomrule|c(?:mid)?line\{[^{}]*\})[ \t]*)+\r?"
)

# HTML: the element a value fills, the cells and rows around it (tag names in any case)
_CELL_OPEN_RE = re.compile(r"(?i)<(td|dd)\b[^<>]*>")
_ANY_CELL_OPEN_RE = re.compile(r"(?i)<t[dh]\b[^<>]*>")
_ROW_OPEN_RE = re.compile(r"(?i)<tr\b")
_TABLE_TAG_RE = re.compile(r"(?i)</?table\b")
# where a cell's content ends: its end tag, or (end tags may be omitted) the next cell or row
_CELL_END_RE = re.compile(r"(?i)</?(?:t[dhr]|d[dlt]|table|tbody|thead|tfoot)\b")
# the cell right before a value's element: a <th>/<td> before a <td>, a <dt> before a <dd>,
# its content free of other cells (inline markup such as <b> allowed), its end tag optional
_PREVIOUS_CELL_RE = re.compile(
    r"(?i)<(t[dh]|dt)\b[^<>]*>((?:[^<]|<(?!/?(?:t[dhr]|d[dlt]|table|tbody|thead|tfoot)\b))*)"
    r"(?:</\1\s*>)?\s*\Z"
)
_PREVIOUS_TAGS = {"td": ("td", "th"), "dd": ("dt",)}
_TAG_RE = re.compile(r"<[^<>]*>")
# how long a cell's start tag may be (its attributes)
_TAG_REACH = 500
# a length line of Redis's serialization protocol (a bulk string's "$8", an array's "*4")
_RESP_LENGTH_RE = re.compile(r"[$*]\d{1,6}\r?")
# a record type's tag, the first cell of a file of several record types ("FK", "LT", "OF")
_RECORD_TAG_RE = re.compile(r"[A-Z]{1,4}\b")
# a phone book's column named by the kind of line alone, maybe numbered ("Home2")
_LINE_KIND_RE = re.compile(r"(?i)(?:home|business|work|other|main|office)[ _]?\d?")
# how many more lines a CSV record with a quoted line break may take
_RECORD_LINES = 20
# how far before a value's element the cell before it may start
_PREVIOUS_CELL_REACH = 400


def phone_book_line(header: list[str], column: int, words: re.Pattern) -> bool:
    """Is ``header[column]`` a phone book's column that names a line by its kind alone
    ("Home", "Business2", "Other": 3CX's phone-book CSV, beside "Mobile", "BusinessFax",
    "HomeFax" and "Pager"), read as "<kind> phone" by ``words``? Only in a header of two such
    columns or more and two or more that ``words`` label outright: "Other" alone, or beside
    one "Phone", names nothing."""
    if not _LINE_KIND_RE.fullmatch(header[column]) or not is_label(
        f"{header[column]} phone", words
    ):
        return False
    kinds = sum(_LINE_KIND_RE.fullmatch(cell) is not None for cell in header)
    return kinds >= 2 and sum(is_label(cell, words) for cell in header) >= 2


def is_label(text: str, words: re.Pattern) -> bool:
    """A few words (``LABEL_MAX_WORDS``), one of them a label word."""
    return len(text.split()) <= LABEL_MAX_WORDS and bool(words.search(text))


@functools.lru_cache(maxsize=2)
def headers_for(text: str) -> ColumnHeaders:
    """The ``ColumnHeaders`` of ``text``, kept while its values are asked about: the label
    passes and then the bait checks ask about one document's values one after another, and
    each must not walk its tables or list its HTML rows again."""
    return ColumnHeaders(text)


class ColumnHeaders:
    """The labels of the table cells of one document, with each table walked once."""

    def __init__(self, text: str):
        self.text = text
        self._cells: dict[tuple[int, str], list[str]] = {}
        self._tops: dict[tuple[int, str], int] = {}
        self._rows: list[int] | None = None
        self._tables: list[int] = []
        self._wiki_headers: dict[int, list[str]] = {}
        self._typed_headers: dict[str, dict[tuple[str, int], int]] = {}

    # -- delimited rows ---------------------------------------------------------------------

    def delimited_label(self, line_start: int, before: str, after: str, words: re.Pattern) -> bool:
        """Is the value between ``before`` and ``after`` (the rest of its row, which starts at
        ``line_start``) a whole cell whose column header, in the row right above or in the
        first row of its table, is a label with one of ``words``?"""
        above = line_above(self.text, line_start, in_table=False)
        row_above = line_above(self.text, line_start, in_table=True)
        for kind, column, cells in _positions(
            before, self._rest_of_record(line_start, before, after)
        ):
            if above is not None and self._labels(above, kind, column, cells, words):
                return True
            # the header line of its record type, far above it (module doc)
            typed = self._typed_header(line_start, kind, cells)
            if typed not in (None, above, line_start) and self._labels(
                typed, kind, column, cells, words
            ):
                return True
            # the table's first row, when a row of the same shape stands above (text without
            # tables stops here: its line above has another number of cells)
            if row_above is None or len(self._split(row_above, kind)) != cells:
                continue
            top = self._table_top(row_above, kind, cells)
            if top != above and self._labels(top, kind, column, cells, words):
                return True
        if before.lstrip().startswith("|") and _WIKI_CELL_END_RE.match(after):
            return self._wiki_cell_label(line_start, before, words)
        return False

    def _rest_of_record(self, line_start: int, before: str, after: str) -> str:
        """``after`` (the rest of the row at ``line_start`` after a value) up to the end of its
        CSV record: a quoted field may hold line breaks (Outlook's contacts export writes a
        note's lines in its ``Notes`` field), so the record of a line with an unclosed quote
        goes on over the next lines, up to ``_RECORD_LINES`` of them."""
        quotes = before.count('"') + after.count('"')
        end = self.text.find("\n", line_start)
        for _ in range(_RECORD_LINES):
            if quotes % 2 == 0 or end < 0:
                break
            following = self.text.find("\n", end + 1)
            line = self.text[end + 1 : len(self.text) if following < 0 else following]
            after += "\n" + line
            quotes += line.count('"')
            end = following
        return after

    def _typed_header(self, line_start: int, kind: str, cells: int) -> int | None:
        """Start of the header line of the record type of the CSV row at ``line_start`` (a
        row whose first cell is a short tag of capitals: "FK"), or None."""
        if kind not in CSV_DELIMITERS:
            return None
        row = self._split(line_start, kind)
        if not row or not _RECORD_TAG_RE.fullmatch(row[0]):
            return None
        if kind not in self._typed_headers:
            headers: dict[tuple[str, int], int] = {}
            at = 0
            while at < len(self.text):
                if _RECORD_TAG_RE.match(self.text, at + (self.text[at : at + 1] == '"')):
                    line = self._split(at, kind)
                    if len(line) >= 2 and not any(c.isdigit() for c in "".join(line)):
                        headers.setdefault((line[0], len(line)), at)
                end = self.text.find("\n", at)
                at = len(self.text) if end < 0 else end + 1
            self._typed_headers[kind] = headers
        return self._typed_headers[kind].get((row[0], cells))

    def _wiki_cell_label(self, line_start: int, before: str, words: re.Pattern) -> bool:
        """Is a MediaWiki cell (the value after ``before`` on the row line at ``line_start``)
        under a header cell with one of ``words``, where the row's cells are on several lines
        ("| Jaqueline" then "| 834 869 390") or the header's are ("! Name" then "! Phone")? Its
        column is the count of the row's cells before it, back to the row's "|-"; the header is
        the table's "!" cells, above its rows."""
        cells = _WIKI_SEP_RE.split(before.strip()[1:])
        if cells[-1].strip():
            return False  # the value is not a whole cell
        column = len(cells) - 1
        row = line_above(self.text, line_start, in_table=False)
        while row is not None:
            line = self._line(row).strip()
            if line.startswith("|-"):
                break
            if not line.startswith("|") or line[1:2] in ("}", "+"):
                return False
            column += len(_WIKI_SEP_RE.split(line[1:]))
            row = line_above(self.text, row, in_table=False)
        if row is None:
            return False
        header = self._wiki_header(row)
        return column < len(header) and is_label(header[column], words)

    def _wiki_header(self, separator: int) -> list[str]:
        """The "!" cells of the MediaWiki table whose row starts at the "|-" line at
        ``separator``, found above its other rows (each table's rows walked once: the header
        is kept for every "|-" line passed)."""
        header: list[str] = []
        passed = []
        row: int | None = separator
        while row is not None:  # above the row: other rows, then the header
            if row in self._wiki_headers:
                header = self._wiki_headers[row]
                break
            line = self._line(row).strip()
            if line.startswith("!"):
                header[:0] = [c.strip() for c in _WIKI_SEP_RE.split(line[1:])]
            elif header or not line.startswith("|") or line[1:2] in ("}", "+"):
                break
            elif line.startswith("|-"):
                passed.append(row)
            row = line_above(self.text, row, in_table=False)
        for start in passed:
            self._wiki_headers[start] = header
        return header

    def _labels(self, row: int, kind: str, column: int, cells: int, words: re.Pattern) -> bool:
        """Is the row at ``row``, of ``cells`` cells, a header whose ``column`` is a label, or
        a phone book's line of ``words`` (``phone_book_line``)?"""
        header = self._split(row, kind)
        return len(header) == cells and (
            is_label(header[column], words) or phone_book_line(header, column, words)
        )

    def _line(self, line_start: int) -> str:
        end = self.text.find("\n", line_start)
        return self.text[line_start : len(self.text) if end < 0 else end]

    def _split(self, line_start: int, kind: str) -> list[str]:
        key = (line_start, kind)
        if key not in self._cells:
            self._cells[key] = _cells(self._line(line_start), kind)
        return self._cells[key]

    def _table_top(self, line_start: int, kind: str, cells: int) -> int:
        """Start of the first row of the table that the row at ``line_start`` (of ``cells``
        cells of ``kind``) belongs to."""
        walked = []
        row = line_start
        while (row, kind) not in self._tops:
            walked.append(row)
            above = line_above(self.text, row, in_table=True)
            if above is None or len(self._split(above, kind)) != cells:
                self._tops[(row, kind)] = row
                break
            row = above
        top = self._tops[(row, kind)]
        for start in walked:
            self._tops[(start, kind)] = top
        return top

    # -- HTML -------------------------------------------------------------------------------

    def markup_label(self, start: int, end: int, words: re.Pattern) -> bool | None:
        """Is text[start:end] the whole content of a ``<td>`` or ``<dd>`` element labelled by
        the cell before it or (a ``<td>``) by its column's cell in the table's first row? None
        when the value fills no such element."""
        text = self.text
        element = _element_around(text, start, end)
        if element is None:
            return None
        open_start, tag = element
        before = _PREVIOUS_CELL_RE.search(
            text, max(0, open_start - _PREVIOUS_CELL_REACH), open_start
        )
        if (
            before
            and before[1].lower() in _PREVIOUS_TAGS[tag]
            and is_label(_cell_text(before[2]), words)
        ):
            return True
        if tag != "td":
            return False
        return any(is_label(header, words) for header in self._column_headers(open_start))

    def _column_headers(self, open_start: int) -> list[str]:
        """The contents of the cells above the ``<td>`` at ``open_start`` in the first row of
        its table (the innermost ``<table>`` open there) and in the row right above it (a
        spreadsheet's page puts its column letters in the first row, ``A``, ``B``..., and the
        data's own header below them)."""
        if self._rows is None:
            self._rows = [m.start() for m in _ROW_OPEN_RE.finditer(self.text)]
            self._tables = [m.start() for m in _TABLE_TAG_RE.finditer(self.text)]
        rows = self._rows
        row = bisect_right(rows, open_start) - 1
        if row < 0:
            return []
        table = bisect_right(self._tables, rows[row]) - 1
        first = bisect_left(rows, self._tables[table] if table >= 0 else 0)
        if first >= row:
            return []  # the value is in the table's first row
        column = len(_ANY_CELL_OPEN_RE.findall(self.text, rows[row], open_start))
        headers = []
        for above in sorted({first, row - 1}):
            header_end = rows[above + 1]
            cells = _ANY_CELL_OPEN_RE.finditer(self.text, rows[above], header_end)
            for i, cell in enumerate(cells):
                if i == column:
                    content_end = _CELL_END_RE.search(self.text, cell.end(), header_end)
                    stop = content_end.start() if content_end else header_end
                    headers.append(_cell_text(self.text[cell.end() : stop]))
        return headers


def line_above(text: str, line_start: int, in_table: bool) -> int | None:
    """Start of the nearest line above the line at ``line_start`` that is not blank, or None.
    Outside a table blank lines are read through (a form's label may stand a blank line above
    its value), and so are the length lines of Redis's wire protocol (an append-only file's
    "$8", "telefono", "$7", then the value); in a table a blank line ends it and rule lines
    are read through."""
    while line_start > 0:
        start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[start : line_start - 1]
        if not line.strip():
            if in_table:
                return None
        elif not in_table and _RESP_LENGTH_RE.fullmatch(line):
            pass
        elif not (in_table and _RULE_LINE_RE.fullmatch(line)):
            return start
        line_start = start
    return None


def _positions(before: str, after: str) -> list[tuple[str, int, int]]:
    """(row kind, column, cells in the row) for each way the value between ``before`` and
    ``after`` fills a whole cell of its row: of tab- or ``|``-joined cells, or a field of a CSV
    row as RFC 4180 reads it (quotes too)."""
    found = []
    # (a CRLF line's carriage return ends the row, no cell: "Name,Fax\r\nCasa,24578047\r\n")
    after = after.removesuffix("\r")
    cells_before, cells_after = CELL_SEP_RE.split(before), CELL_SEP_RE.split(after)
    cells = len(cells_before) + len(cells_after) - 1
    if not cells_before[-1].strip() and not cells_after[0].strip() and cells >= 2:
        found.append((_TABLE_CELLS, len(cells_before) - 1, cells))
    before, after = before.rstrip(" "), after.lstrip(" ")
    if before.endswith('"') and after.startswith('"'):
        before, after = before[:-1], after[1:]
    found += _typeset_positions(before, after)
    for delim in CSV_DELIMITERS:
        if not (before or after) or (before and not before.endswith(delim)):
            continue
        if after and not after.startswith(delim):
            continue
        column = len(_cells(before + "0", delim)) - 1
        row = _cells(before + "0" + after, delim)
        if column >= 0 and len(row) >= 2 and row[column] == "0":  # -1: no row (``_cells``)
            found.append((delim, column, len(row)))
    return found


def _typeset_positions(before: str, after: str) -> list[tuple[str, int, int]]:
    """``_positions`` in a LaTeX tabular row or a MediaWiki table row."""
    found = []
    kinds = []
    if "&" in before or "&" in after:
        kinds.append(_LATEX_CELLS)
    if before.lstrip()[:1] in ("|", "!"):
        kinds.append(_WIKI_CELLS)
    for kind in kinds:
        row = _cells(before + _VALUE_MARK + after, kind)
        columns = [i for i, cell in enumerate(row) if cell == _VALUE_MARK]
        if len(row) >= 2 and columns:
            found.append((kind, columns[0], len(row)))
    return found


def _cells(line: str, kind: str) -> list[str]:
    """The cells of a row of ``kind``: tab/``|``-joined cells, a LaTeX or MediaWiki table row's
    cells (stripped), or a CSV row's fields; none for a line that is no such row or one the
    csv module refuses (a field over its 131,072-character limit)."""
    if kind == _TABLE_CELLS:
        return CELL_SEP_RE.split(line)
    if kind == _LATEX_CELLS:
        cells = _LATEX_SEP_RE.split(_LATEX_ROW_END_RE.split(line, 1)[0])
        return [c.strip() for c in cells] if len(cells) >= 2 else []
    if kind == _WIKI_CELLS:
        row = line.strip()
        if row[:1] not in ("|", "!") or row[1:2] in ("-", "}", "+"):
            return []  # not a row: a row separator, the table's end or its caption
        return [c.strip() for c in _WIKI_SEP_RE.split(row[1:])]
    try:
        return next(csv.reader([line], delimiter=kind))
    except (csv.Error, StopIteration):
        return []


def _element_around(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(where its start tag starts, "td" or "dd") when text[start:end], with only white space
    around it, is the content of a ``<td>`` or ``<dd>`` element (its end tag, or the next
    cell or row, right after)."""
    i = start
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    if i == 0 or text[i - 1] != ">":
        return None
    open_start = text.rfind("<", max(0, i - _TAG_REACH), i)
    tag = _CELL_OPEN_RE.fullmatch(text, open_start, i) if open_start >= 0 else None
    if tag is None:
        return None
    j = end
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    if not _CELL_END_RE.match(text, j):
        return None
    return open_start, tag[1].lower()


def _cell_text(content: str) -> str:
    """A cell's words: its markup dropped, its character references read."""
    return html.unescape(_TAG_RE.sub(" ", content))

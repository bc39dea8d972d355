"""Values in markup and code: a column header labels every row of its table (a Markdown
delimiter row or a grid's rule between them), HTML table cells and description lists are read
as cells, an SSN column wins over a phone reading of its values, and an e-mail in a quoted
string is the address without its quote; numbers in other columns and cells stay unredacted,
and the pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter, cell_labels
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

GRID = """+------------+-----------+
| Name       | Phone     |
+============+===========+
| Ana Lima   | 8194 8061 |
+------------+-----------+
| Bo Berg    | 8342 0546 |
+------------+-----------+"""

LONG_TABLE = "Name\tTelefon\tSince\n" + "".join(
    f"Person {i}\t38 591 {i:03d}\t2019\n" for i in range(300)
)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("| Name | Phone |\n| --- | :---: |\n| Rafael Lima | 923 539 422 |", ["923 539 422"]),
        (  # no outer bars, three columns
            "Name | Mobile | Since\n--- | --- | ---\nR. Almeida | 601 671 274 | 2019",
            ["601 671 274"],
        ),
        (  # alignment colons; every row below the header, not only the first
            "| Name | Tel. |\n|:-----|-----:|\n| A. Berg | 2125 4242 |\n| B. Sand | 51-794767 |",
            ["2125 4242", "51-794767"],
        ),
        (GRID, ["8194 8061", "8342 0546"]),  # an ASCII grid: rule lines between the rows
        (  # CSV rows below the header row
            "Name,Phone 1 - Value,Notes\nDana Whitfield,4101292515,\nOmar Haddad,5951104943,x",
            ["4101292515", "5951104943"],
        ),
        (LONG_TABLE, ["38 591 000", "38 591 299"]),  # the last row of a long table too
    ],
)
def test_a_column_header_labels_every_row_of_its_table(
    stage: PiiFilter, text: str, values: list[str]
) -> None:
    found = _found(stage, text)
    assert all(("PHONE_NUMBER", value) in found for value in values)


def test_a_long_table_is_walked_once(stage: PiiFilter, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row of a table finds its header, and the rows are split once, not once per value
    below them (the label passes and the bait checks share the walk)."""
    split = cell_labels._cells
    lines: list[str] = []
    monkeypatch.setattr(
        cell_labels, "_cells", lambda line, kind: lines.append(line) or split(line, kind)
    )
    text = LONG_TABLE.replace("Telefon", "Tel.")  # a fresh document
    phones = [v for entity, v in _found(stage, text) if entity == "PHONE_NUMBER"]
    assert len(phones) == 300
    assert len(lines) <= 2 * 301


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # a column header, the value in a later row
            "<table>\n<tr><th>Name</th><th>Phone</th></tr>\n"
            "<tr><td>Ines Moreau</td><td>94469627</td></tr>\n"
            "<tr><td>Keiko Sato</td><td>976-48556307</td></tr>\n</table>",
            "976-48556307",
        ),
        (  # one line, attributes, <thead>/<tbody>, an omitted end tag, upper-case tags
            '<TABLE class="c"><THEAD><TR><TH>Name<TH scope="col">Telefon</TR></THEAD>'
            "<TBODY><TR><TD>Nadia Petrova<TD>586 3580</TR></TBODY></TABLE>",
            "586 3580",
        ),
        (  # the row's own label cell, each cell on its line
            "<tr>\n  <td><b>Mobile:</b></td>\n  <td>\n    5 884 1797\n  </td>\n</tr>",
            "5 884 1797",
        ),
        ("<dl>\n<dt>Name</dt>\n<dd>Ines</dd>\n<dt>Phone</dt>\n<dd>8222 9505</dd>\n</dl>", None),
        ("<th>T&eacute;l&eacute;phone</th>\n<td>884 139-166</td>", "884 139-166"),  # entities
    ],
)
def test_html_cells_are_labelled_by_their_header(
    stage: PiiFilter, text: str, value: str | None
) -> None:
    value = value or "8222 9505"
    assert ("PHONE_NUMBER", value) in _found(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Order no |\n| --- | --- |\n| R. Lima | 923 539 422 |",  # another column's header
        "| Name | Phone |\n| --- | --- |\n| R. Lima | x | 923 539 422 |",  # a row of unlike shape
        (  # a header labels its own table only, not the next one
            "| Name | Phone |\n| --- | --- |\n| A. Berg | n/a |\n\n"
            "| Item | Units |\n| --- | --- |\n| Bolts | 4101292 |"
        ),
        "Name | Phone\n--- | ---\nA. Berg | 4101292 units",  # not alone in its cell
        "<table><tr><th>Name</th><th>Order no</th></tr><tr><td>A</td><td>923 539 422</td></tr>",
        (  # the column of the value has another header
            "<table><tr><th>Phone</th><th>Units sold</th></tr>"
            "<tr><td>n/a</td><td>4101292</td></tr></table>"
        ),
        (  # a closed table's header labels nothing after it
            "<table><tr><th>Phone</th></tr><tr><td>n/a</td></tr></table>\n"
            "<table><tr><th>Year</th></tr><tr><td>4101292</td></tr></table>"
        ),
        "<tr><td>Total</td><td>24793450</td></tr>",  # an unlabelled number in a cell
        "<dl><dt>Order no</dt><dd>4101292515</dd></dl>",
        "<table><tr><td>24793450</td></tr>\n<tr><td>Phone</td></tr></table>",  # a label below
    ],
)
def test_unlabelled_cells_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "<table>\n<tr><th>Name</th><th>SSN</th></tr>\n<tr><td>Keiko Sato</td><td>165418380</td>",
        "| Name | SSN |\n| --- | --- |\n| Keiko Sato | 165418380 |",
        "<dl><dt>Social security number</dt><dd>165-41-8380</dd></dl>",
    ],
)
def test_an_ssn_column_wins_over_a_phone_reading(stage: PiiFilter, text: str) -> None:
    """phonenumbers reads the nine-digit run as a phone of some region; the header decides."""
    (found,) = _found(stage, text, language="da")
    assert found[0] == "US_SSN"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("INSERT INTO c (name, email) VALUES ('Anna', 'anna@example.com');", None),
        ("contact:\n  email: 'anna@example.com'\n  active: true", None),
        ("Write to ''anna@example.com'' (wiki italics)", None),
        ("Run `git config user.email anna@example.com` or `anna@example.com`", None),
        ("{anna@example.com}", None),
        ("|anna@example.com|", None),
        ("VALUES ('o''brien@example.com')", "o''brien@example.com"),  # inside: kept
        ("mail 'o'brien@example.com'", "o'brien@example.com"),
        ("x a}{b@example.com y", "a}{b@example.com"),  # inside a local part: kept
    ],
)
def test_a_quote_before_an_address_is_not_part_of_it(
    stage: PiiFilter, text: str, value: str | None
) -> None:
    value = value or "anna@example.com"
    emails = {v for entity, v in _found(stage, text) if entity == "EMAIL_ADDRESS"}
    assert emails == {value}


def test_an_address_as_a_macros_next_argument_is_found(stage: PiiFilter) -> None:
    """LaTeX's \\href{mailto:X}{X} (held_out_16's letters): the link text after "}{" is an
    address of its own, though "}" is atext."""
    text = r"write to \href{mailto:team@example.org}{anna@example.com}."
    emails = {v for entity, v in _found(stage, text) if entity == "EMAIL_ADDRESS"}
    assert emails == {"team@example.org", "anna@example.com"}


PLANTED = [
    "| Name | Phone |\n| --- | --- |\n| Rafael Lima | 923 539 422 |\n| Ana Lima | 8194 8061 |",
    "<table>\n<tr><th>Name</th><th>Phone</th></tr>\n<tr><td>Ines</td><td>94469627</td></tr>",
    "<table>\n<tr><th>Name</th><th>SSN</th></tr>\n<tr><td>Keiko</td><td>165418380</td></tr>",
    "INSERT INTO customers (name, email) VALUES ('Anna', 'anna@example.com');",
    r"\href{mailto:bo@example.org}{bo@example.org}",
    "Phone:\n923 539 422",  # a thousands grouping that only its label makes a phone
]


def test_prescan_identity_holds_for_markup(stage: PiiFilter, plain_stage: PiiFilter) -> None:
    found = prescan_identity_finds(stage, plain_stage, PLANTED)
    assert {"923 539 422", "8194 8061", "94469627", "165418380", "anna@example.com"} <= set(found)
    assert found.count("923 539 422") == 2
    assert found.count("bo@example.org") == 2

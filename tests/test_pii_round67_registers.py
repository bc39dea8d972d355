"""Rules written after ``held_out_479`` to ``_484`` were scored once and their misses read
(AzMina's support services for women in Metabase card results): a columnar JSON result's row
value is named by the column at its index (``columnar_json``), as a table's header names its
cells: a number in a phone's column is a phone, one in a postcode's or a register's column is
not.

The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import json

from filters.pii import PiiFilter
from filters.pii.columnar_json import column_named
from tests.pii_stage import finds_test
from tests.test_pii_formats import prescan_identity_finds


def _metabase(rows: list[list[object]]) -> str:
    names = ["id", "nome", "cep", "ddd", "telefone1", "cnpj"]
    cols = [{"display_name": n.upper(), "name": n, "base_type": "type/Text"} for n in names]
    return json.dumps({"data": {"rows": rows, "cols": cols}, "row_count": len(rows)}, indent=2)


METABASE = _metabase(
    [
        [1128, "UBS Dr. Platão Araujo", "04318000", 92, "36182031", "04252011000110"],
        [1129, "CRAS Centro", "69009325", 92, "3618-2032", "15436940000103"],
    ]
)

# pandas' DataFrame.to_json(orient="split"): the columns' names as strings
PANDAS_SPLIT = json.dumps(
    {
        "columns": ["station", "phone", "postcode"],
        "index": [0, 1],
        "data": [["Comisaría 1ra", "4572823", "3000"], ["Comisaría 2da", "4572806", "3002"]],
    }
)

# rows of another length than the columns are no result of them
RAGGED = json.dumps({"columns": ["phone", "note"], "data": [["4572823"], ["4572806", "x", "y"]]})

CASES = [
    (METABASE, "pt", [("PHONE_NUMBER", "36182031"), ("PHONE_NUMBER", "3618-2032")]),
    (PANDAS_SPLIT, "es", [("PHONE_NUMBER", "4572823"), ("PHONE_NUMBER", "4572806")]),
]

test_these_finds_and_nothing_else = finds_test(CASES, phones_only=False)


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    prescan_identity_finds(stage, plain_stage, [text for text, _, _ in CASES])


def test_a_row_value_is_named_by_its_column() -> None:
    named = column_named(METABASE)
    by_value = {METABASE[start : start + 8]: name for start, name in named.items()}
    assert by_value["36182031"] == "telefone1"
    assert by_value["04318000"] == "cep"
    assert by_value["UBS Dr. "] == "nome"


def test_rows_of_another_length_are_no_result_of_the_columns() -> None:
    assert column_named(RAGGED) == {}


def test_text_that_is_no_json_document_has_no_columns() -> None:
    assert column_named('see "columns": [1, 2] and "data": [[3, 4]]') == {}
    assert column_named('{"columns": ["phone"], "data": [["4572823"]') == {}

"""Layouts of ``held_out_39`` (Belgium) to ``held_out_42`` (Romania), written after their one
held-out score, when their misses and false finds were read: the column of an SQL INSERT's
value (from the statement or its table's CREATE TABLE), Redis's wire-protocol length lines and
CRLF line ends, numbers joined by double hyphens, a phone word after an underscore
(``no_telefon``), a spreadsheet float's ``.0``, a form body's ``&key=``, a semicolon ending a
web address; and numbers that are no phones: a time stamp's seconds and offset, a street's
grid number, digits one by one, a short date. The pre-scan still gives what Presidio on every
window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.sql_columns import sql_column
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

SQLITE = (
    "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
    "CREATE TABLE colegios(id INTEGER PRIMARY KEY, nombre TEXT, codigo_dane TEXT, "
    "telefono TEXT, lat REAL, PRIMARY KEY (id, nombre));\n"
    "INSERT INTO colegios VALUES(706,'LICEO MODERNO, GRAN PARIS','311001012345',"
    "'7766538/5788943',4.5709);\nCOMMIT;\n"
)
CQL = (
    "USE bogota;\nINSERT INTO colegios (id, nombre, niveles, telefono, updated)\n"
    "  VALUES (77f60f70-4267-4eb4-b796-04ecad1c0bc6, 'COL SAN VIATOR', {'PREESCOLAR', "
    "'MEDIA'}, '6760997--6760957', 1563312000);\n"
)
REDIS = "*4\r\n$4\r\nHSET\r\n$10\r\ncolegio:12\r\n$8\r\ntelefono\r\n$15\r\n3380538/2878457\r\n"
MONGO = (
    "2019-06-24T13:57:38.374-0500\tconnected to: mongodb://localhost/\n"
    '{"direccion":"CARRERA 15 63 81  BOGOTA CO","telefono":"7764491--7805045"}\n'
)
FORM = "nama_klinik=KLINIK+HAIWAN&negeri=JOHOR&no_telefon=75570166.0&hantar=Simpan\n"
HAR = '{"text": "{\\"negeri\\":\\"SELANGOR\\",\\"no_telefon\\":\\"136815848.0\\"}"}'
EXCEL_CSV = (
    "\ufeffsep=;\r\nNr. crt.;Judet;Website;E-mail general;Telefon;Adresa\r\n"
    "615;ALBA;https://www.comunaforotic.ro/;comunaforotic@yahoo.com;258783101;Loc.Forotic\r\n"
)
NOT_PHONES = [
    '"log.level":"info","stichtag":"01/02/20","telefon":"',
    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
    # (a number in a query is a document's id unless its key names a phone: round 48)
    "see https://x.example/?a=1&id=5551234567 now",
]


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


def test_the_column_of_an_insert_value() -> None:
    assert sql_column(SQLITE, SQLITE.index("7766538")) == "telefono"
    assert sql_column(SQLITE, SQLITE.index("311001012345")) == "codigo_dane"
    assert sql_column(CQL, CQL.index("6760997")) == "telefono"
    assert sql_column(SQLITE, SQLITE.index("foreign")) is None


def test_numbers_under_an_sql_phone_column(stage: PiiFilter) -> None:
    assert _phones(stage, SQLITE, "en") == ["7766538", "5788943"]
    assert _phones(stage, CQL, "en") == ["6760997", "6760957"]


def test_redis_length_lines_and_crlf(stage: PiiFilter) -> None:
    assert _phones(stage, REDIS, "en") == ["3380538", "2878457"]


def test_time_stamp_seconds_and_street_numbers_are_no_phones(stage: PiiFilter) -> None:
    assert _phones(stage, MONGO, "en") == ["7764491", "7805045"]


def test_a_spreadsheet_float_after_a_phone_key(stage: PiiFilter) -> None:
    assert _phones(stage, FORM, "ms") == ["75570166.0"]
    assert _phones(stage, HAR, "ms") == ["136815848.0"]


def test_a_semicolon_ends_a_web_address_before_a_csv_field(stage: PiiFilter) -> None:
    assert _phones(stage, EXCEL_CSV, "ro") == ["258783101"]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_short_dates_single_digits_and_query_strings(stage: PiiFilter, text: str) -> None:
    assert _phones(stage, text, "en") == []


def test_prescan_identity_holds_for_these_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(
        stage, plain_stage, [SQLITE, CQL, REDIS, MONGO, FORM, HAR, EXCEL_CSV, *NOT_PHONES]
    )
    assert "3380538" in found

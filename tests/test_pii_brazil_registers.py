"""Layouts of ``held_out_17`` (written after its misses and false finds were read): a
Brazilian postcode (CEP, ``02982-000``) in an address, which phonenumbers reads as a German or
Italian fixed line; the line of a bracketed area code in one run (``(11) 94089649``, as Brazil's
registers write it); Brazil's register numbers after their names (``INEP 35000553``) and a
record's ``identifier``; and the look-alikes that must keep what they had. The pre-scan still
gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

FOOTER = (
    "Jacomo Stavale Professor • MANUEL MADRUGA, 205 RUA. MOINHO VELHO. 02960-020 São Paulo - SP"
    " • Telefone: (11) 39312880 • INEP 35000553"
)
PLACEMARK = (
    '        <Data name="Telefone">\n          <value>(11) 94089649</value>\n        </Data>'
)


def _phones(stage: PiiFilter, text: str, language: str = "pt") -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "SILVERIO DE CASTRO SOUSA, 102 RUA. JARDIM SYDNEY. 02982-000 São Paulo - SP.",
        '    schema:address "JERIMANDUBA, 561 AVENIDA. JARAGUA. 05181-000 São Paulo - SP."@pt ;',
        "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, CEP 01310-200",
        "CEP: 04428-060",
    ],
)
def test_a_postcode_in_an_address_is_no_phone(stage: PiiFilter, text: str) -> None:
    assert _phones(stage, text) == []


def test_a_phone_word_after_a_postcode_names_the_next_field(stage: PiiFilter) -> None:
    assert _phones(stage, FOOTER) == ["(11) 39312880"]


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("Tel. 02982-123", "02982-123", "de"),  # a phone word before it: a German line
        ("Telefon\n02982-123", "02982-123", "de"),  # a phone label above it
        ("Cep: 0532 123 45 67", "0532 123 45 67", "tr"),  # Turkish "cep" (mobile) stays a cue
    ],
)
def test_a_postcode_shape_vouched_for_as_a_phone_stays_one(
    stage: PiiFilter, text: str, value: str, language: str
) -> None:
    assert _phones(stage, text, language) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (PLACEMARK, "(11) 94089649"),  # no longer a valid number: its format alone
        ("Ligue para a secretaria: (11) 987654321.", "(11) 987654321"),
        ("(21) 25551234", "(21) 25551234"),
    ],
)
def test_a_bracketed_area_code_before_the_line_in_one_run(
    stage: PiiFilter, text: str, value: str
) -> None:
    assert _phones(stage, text) == [value]


def test_a_bracketed_year_before_a_run_stays_no_phone(stage: PiiFilter) -> None:
    assert _phones(stage, "iPhone 12 (2021) 1234567", "en") == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Telefone: (11) 39312880 • INEP 35000553", ["(11) 39312880"]),
        ("Fone (11) 3003-4000, CNES 2077485", ["(11) 3003-4000"]),
        ("Fone (11) 3003-4000 CNPJ 60701190000104", ["(11) 3003-4000"]),
        (
            '    schema:identifier "35010290" ; schema:telephone "(11) 33374014" ;',
            ["(11) 33374014"],
        ),
    ],
)
def test_a_register_number_after_its_name_is_no_phone(
    stage: PiiFilter, text: str, phones: list[str]
) -> None:
    assert _phones(stage, text, "sv") == phones  # sv: its national formats take eight digits


def test_prescan_identity_holds_for_brazilian_registers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    found = prescan_identity_finds(stage, plain_stage, [FOOTER, PLACEMARK])
    assert "(11) 39312880" in found and "(11) 94089649" in found
    assert "02960-020" not in found and "35000553" not in found

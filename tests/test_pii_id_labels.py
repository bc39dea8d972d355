"""A number after a label that names another number is no phone, whatever register the label
names (``filters/pii/id_labels.py``): the rule judges a label by its words (a word for an
identifier or a code, a qualified word for "number", a compound ending in one, an acronym
alone), so it holds for registers no rule lists by name. Every identifier below is taken for
a phone without the rule (phonenumbers reads it as a valid number of some region); the
labels are of no held-out part. A label that names a line or a desk keeps its number a phone.
The pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import pytest

from filters.pii import PiiFilter
from filters.pii.id_labels import named_otherwise, names_another_number
from tests.test_pii import _found
from tests.test_pii_formats import prescan_identity_finds

# (language, text, the phone in it); the other number is a register's
REGISTER_NUMBERS = [
    ("nb", "Organisasjonsnummer: 974760673\nTelefon: 22 24 90 90", "22 24 90 90"),
    ("nb", "Org.nr. 974 760 673 · Telefon 22 24 90 90", "22 24 90 90"),
    ("es", "Número de inscripción: 91512345 – Teléfono: 915 123 456", "915 123 456"),
    ("lt", "Įmonės kodas: 302345678, tel. 8 5 212 3456", "8 5 212 3456"),
    ("uk", "Код ЄДРПОУ: 02070944; тел. 044 123 4567", "044 123 4567"),
    ("en", '{"school_code": "40123456", "phone": "08 9796 3000"}', "08 9796 3000"),
    (
        "en",
        "<OrganisationNumber>5560360793</OrganisationNumber><Phone>08 123 456 78</Phone>",
        "08 123 456 78",
    ),
    ("hu", "Adószám: 12345678 Telefon: 06 1 234 5678", "06 1 234 5678"),
    ("it", "Codice meccanografico: 0612345678 - Tel. 06 1234567", "06 1234567"),
    ("pl", "Numer RSPO: 2612345 tel. 22 123 45 67", "22 123 45 67"),
    ("en", "Company ID 09446231\nTel 020 7946 0000", "020 7946 0000"),
]
# labels that name a line, a desk or nothing in particular: their numbers stay phones
LINE_LABELS = [
    ("de", "Notrufnummer: 0800 1234567"),
    ("en", "Emergency number: 0412 345 678"),
    ("de", "Handynr.: 0171 1234567"),
    ("zh", "WeChat ID: 13812345678"),
    ("de", "Hauptnummer: 030 1234567"),
    ("da", "Hovednummer: 3366 4950"),
    ("en", "Number: 0412 345 678"),
    ("en", "Your number: 0412 345 678"),
    ("en", "Sales no.: 0800 123 456"),
    ("de", "Sekretariat: 030 90183821"),
]


def _phones(stage: PiiFilter, text: str, language: str) -> list[str]:
    return [v for e, v in _found(stage, text, language) if e == "PHONE_NUMBER"]


@pytest.mark.parametrize(("language", "text", "phone"), REGISTER_NUMBERS)
def test_a_number_after_a_label_that_names_another_number_is_no_phone(
    stage: PiiFilter, language: str, text: str, phone: str
) -> None:
    assert _phones(stage, text, language) == [phone]


@pytest.mark.parametrize(("language", "text"), LINE_LABELS)
def test_a_number_after_a_label_that_names_a_line_stays_a_phone(
    stage: PiiFilter, language: str, text: str
) -> None:
    assert _phones(stage, text, language) == [text.split(": ", 1)[1]]


@pytest.mark.parametrize(
    "label",
    ["Organisasjonsnummer", "Org. nr", "Código de centro", "Matična številka", "CompanyID"]
    + ["tax number", "ADS aadressi ID", "Registrikood", "Adószám", "Kto.Nr", "schema:identifier"],
)
def test_labels_that_name_another_number(label: str) -> None:
    assert names_another_number(label)


@pytest.mark.parametrize(
    "label",
    ["Telefonnummer", "Handynr", "Numéro vert", "Emergency number", "Number", "your number"]
    + ["facsimileTelephoneNumber", "Sekretariat", "NumFone", "Card no.: 4916194383553"]
    + ["Nos estn creciendo los enanos.", "knikolaus@yahoo.co.id", "ACME"],
)
def test_labels_that_name_a_line_a_value_or_nothing(label: str) -> None:
    assert not names_another_number(label)


def test_an_acronym_is_a_registers_name_only_right_before_its_value() -> None:
    """ "RUT 76123456" names the number; a county's name in the cell before a phone, an
    institution's on a phone book's dotted leader, do not. An unknown acronym names a register
    only right before its value; a tax number's own name ("RUT", "NPWP") anywhere."""
    assert named_otherwise("RUT 76123456", 4)
    assert not named_otherwise("AL\t36460\tMONROE\t2515753111\tAcute Care", 19)
    assert not named_otherwise("   SØ ..................... 6318 3100", 28)
    assert not names_another_number("ACME")
    assert names_another_number("RUT") and names_another_number("NPWP")


def test_prescan_identity_holds_for_labels_of_other_numbers(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    planted = [text for _, text, _ in REGISTER_NUMBERS] + [text for _, text in LINE_LABELS]
    found = prescan_identity_finds(stage, plain_stage, planted)
    assert {"22 24 90 90", "0800 1234567", "0171 1234567"} <= set(found)
    assert not {"974760673", "40123456", "5560360793"} & set(found)

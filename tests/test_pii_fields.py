"""Values in delimited data (CSV/TSV rows, quoted fields), IPv6 addresses that carry an IPv4
address (RFC 4291 section 2.5.5), and six-digit phones only where the document's language has
six-digit lines; the look-alikes (decimal columns, dates, order numbers) stay unredacted, and
the pre-scan still gives what Presidio on every window gives."""

from __future__ import annotations

import csv

import pytest

from filters.pii import PiiFilter
from filters.pii.bait import ipv4_in_ipv6
from filters.pii.language_regions import six_digit_lines
from tests.test_pii import _found
from tests.test_pii_formats import _planted_docs


@pytest.mark.parametrize(
    ("row", "entity", "value"),  # the value stands at the row's "{}"
    [
        ("Name,card_number,Notes\nMarek Novak,{},", "CREDIT_CARD", "2658-9147-1651-7852"),
        ("name,pan,exp\nAiko Tanaka,{},1227", "CREDIT_CARD", "4111111111111111"),
        ('id;"{}";paid', "CREDIT_CARD", "5555555555554444"),
        ("Marek Novak\t{}\tvisa", "CREDIT_CARD", "4111111111111111"),
        ("Name,Phone 1 - Value,Notes\nDana Whitfield,{},", "PHONE_NUMBER", "4101292515"),
        ('Name,Phone 1 - Value,Notes\n"Whitfield, Dana","{}",x', "PHONE_NUMBER", "020 160 59653"),
        ("Name;Telefon;Notiz\nAnna Berg;{};Büro", "PHONE_NUMBER", "030 1234567"),
        ("Name,ssn,Notes\nOmar Haddad,{},", "US_SSN", "508248136"),
    ],
)
def test_a_delimiter_is_a_boundary(stage: PiiFilter, row: str, entity: str, value: str) -> None:
    """A value glued to a comma or semicolon of a CSV row is the field's whole value; a phone
    or SSN column's header on the line above labels it as a header above a table cell does."""
    assert (entity, value) in _found(stage, row.format(value))


@pytest.mark.parametrize(
    "text",
    [
        "x,y\n3.14,2.71\n1,4111111111111111",  # decimals and a list of numbers
        "0,4111111111111111 is a decimal",  # a decimal comma before the digits
        "total 4111111111111111,42 units",  # ... and after them
        "Name,Phone,Notes\nDana, Whitfield,4101292515,",  # four fields under three headers
        "order,date,amount\n20240117,2024-01-17,1375000",  # an order number below no phone label
        "Name,Notes\nDana Whitfield,4101292515",  # a column that is no phone's
        "Name,Phone,Since\nDana Whitfield,2019-05-01,x",  # a date under a phone header
        "Name,Phone,Since\nDana Whitfield,01.05.2019,x",
        "Name,Phone,Ratio\nDana Whitfield,,3.14,2.71",  # decimals in the other columns
        "Name,Phone,Order\nDana Whitfield,,20240117",  # an order number in its own column
        "Name;Phone;Total\nDana;;1.375.000",  # a thousands grouping, semicolon-delimited
        "x,Phone\n3.14,2.71",  # a decimal under a phone header
    ],
)
def test_delimited_lookalikes_stay_unredacted(stage: PiiFilter, text: str) -> None:
    assert _found(stage, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('::ffff:206.183.66.33 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200', None),
        ("Received: from mail.example.org ([::ffff:56.160.142.8])", "::ffff:56.160.142.8"),
        ("http://[::ffff:192.0.2.1]:8080/status", "::ffff:192.0.2.1"),
        ("client ::FFFF:10.1.2.3 connected", "::FFFF:10.1.2.3"),
        ("compat ::198.51.100.7 (deprecated form)", "::198.51.100.7"),
        ("NAT64 host 64:ff9b::192.0.2.33 answered", "64:ff9b::192.0.2.33"),
        ("Name,ip_address,Notes\nAiko Tanaka,::ffff:28.166.221.177,", "::ffff:28.166.221.177"),
    ],
)
def test_ipv6_addresses_carrying_ipv4(stage: PiiFilter, text: str, value: str | None) -> None:
    value = value or text.split()[0]
    assert ("IP_ADDRESS", value) in _found(stage, text)


def test_only_embedded_ipv4_forms_pass_the_short_ipv6_rule() -> None:
    assert ipv4_in_ipv6("::ffff:192.0.2.1") and ipv4_in_ipv6("::ffff:0:192.0.2.1")
    assert not ipv4_in_ipv6("::1") and not ipv4_in_ipv6("12::34")
    assert not ipv4_in_ipv6("2001:db8::1.2.3.4")  # a documentation prefix, not RFC 4291's forms


def test_six_digit_lines_come_from_the_numbering_plans() -> None:
    assert six_digit_lines("bg") and six_digit_lines("sk") and six_digit_lines("ca")
    assert six_digit_lines("fo") and six_digit_lines("en")  # Faroe; the Philippines
    assert not six_digit_lines("hr") and not six_digit_lines("sr") and not six_digit_lines("da")
    assert six_digit_lines(None) and six_digit_lines("und")  # no language known: no veto


@pytest.mark.parametrize(
    ("text", "value"),
    [("TEL;TYPE=cell:890 827", "890 827"), ("Fax 966 979", "966 979"), ("Tel.\n712 672", None)],
)
def test_six_digits_by_the_documents_language(
    stage: PiiFilter, text: str, value: str | None
) -> None:
    value = value or text.split("\n")[-1]
    assert ("PHONE_NUMBER", value) in _found(stage, text, language="bg")
    assert ("PHONE_NUMBER", value) not in _found(stage, text, language="hr")
    assert ("PHONE_NUMBER", value) not in _found(stage, text, language="sr")


PLANTED = [
    "Name,card_number,Notes\nMarek Novak,2658-9147-1651-7852,",
    "Name,Phone 1 - Value,Notes\nDana Whitfield,4101292515,",
    '::ffff:206.183.66.33 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200',
    "http://[::ffff:192.0.2.1]:8080/status",
    "TEL;TYPE=cell:890 827",
]


def test_prescan_identity_holds_for_fields_and_mapped_addresses(
    stage: PiiFilter, plain_stage: PiiFilter
) -> None:
    docs = _planted_docs()
    gap = "\n" + "plain words without any candidate " * 40 + "\n"
    docs[2]["text"] += gap + gap.join(PLANTED) + gap
    for language in ("bg", "hr"):
        for doc in docs:
            doc["language"] = language
        with_prescan = stage.find_spans(docs)
        assert with_prescan == plain_stage.find_spans(docs)
        found = {docs[2]["text"][s:e] for s, e, _, _ in with_prescan[2]}
        assert {"2658-9147-1651-7852", "4101292515", "::ffff:206.183.66.33"} <= found
        assert "::ffff:192.0.2.1" in found
        assert ("890 827" in found) == (language == "bg")


def test_a_comma_and_words_after_a_card_end_it(stage: PiiFilter) -> None:
    text = "Payment method: card 4970-2787-5840-8447, authorised."
    assert ("CREDIT_CARD", "4970-2787-5840-8447") in _found(stage, text)


def test_a_field_longer_than_the_csv_limit_is_no_error(stage: PiiFilter) -> None:
    """Python's csv reader refuses a field longer than its limit (131,072 characters unless a
    program raises it: a minified script or style sheet on one line of a raw page): such a row
    is no table, and no error."""
    limit = csv.field_size_limit(131_072)  # the default; scripts/pii_held_out_7.py raises it
    try:
        text = "Name,Phone,Notes\n" + "x" * 140_000 + ",4101292515,\n"
        assert "PHONE_NUMBER" not in {entity for entity, _ in _found(stage, text)}
    finally:
        csv.field_size_limit(limit)


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # an identification number after its name, and below its name as a column's header or
        # as an XML element's name (invented values in the shape of a register of Austrian banks)
        ("Tel. 050300/41700 · BLZ 34512 · FN 104523k · Ident-Nr. 4718263", ["050300/41700"]),
        (
            "Kennzeichen\tIdentnummer\tBankleitzahl\tTelefon\nHauptanstalt\t2634817\t18200\t01/534120",
            ["01/534120"],
        ),
        ('<record>\n  <field name="Identnummer">4918350</field>\n</record>', []),
        ("Name;FINESS;Telefon\nCentre de dépistage;120782230;0145213132", ["0145213132"]),
    ],
)
def test_a_register_column_holds_no_phone(stage: PiiFilter, text: str, phones: list[str]) -> None:
    found = _found(stage, text, language="de")
    assert [v for e, v in found if e == "PHONE_NUMBER"] == phones


def test_a_word_in_the_cell_before_is_no_identifier_prefix(stage: PiiFilter) -> None:
    """A county called Page in the cell before a phone: a tab ends the cell, so the word is no
    page reference of the number (as "Page 5407434561" on a line would be)."""
    text = "City\tCounty Name\tPhone Number\nLURAY\tPAGE\t5407434561\tCritical Access Hospitals"
    assert ("PHONE_NUMBER", "5407434561") in _found(stage, text)


def test_a_coordinate_beside_another_in_the_next_cell_is_no_phone(stage: PiiFilter) -> None:
    """A latitude and a longitude in the cells of a tab-separated row whose postal address
    holds a phone word ("POST OFFICE"): a coordinate pair, as with a comma between."""
    text = "C/- POST OFFICE\tWA\t6532\t-28.04197194\t114.6755891\t08 9936 0300\tMIDWEST"
    assert _found(stage, text) == [("PHONE_NUMBER", "08 9936 0300")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tel. 050707 · Fax 050707/48213", "050707"),  # one run after a trunk 0, after a label
        ("{{Infobox Kreditinstitut\n| Telefon = 057318\n}}", "057318"),  # a template's label
        ("{{Infobox Kreditinstitut\n| Telefon = 05/1846\n}}", "05/1846"),
        ("Ort\tTelefon\tFax\nLeoben\t050370\t050370/820", "050370"),  # below its header
    ],
)
def test_six_digits_in_one_run_after_a_trunk_zero(stage: PiiFilter, text: str, value: str) -> None:
    """Austria's 05 numbers as registers write them: six digits in one run, the first a trunk 0,
    are a line where a phone label vouches for them, in a language with six-digit lines."""
    assert ("PHONE_NUMBER", value) in _found(stage, text, language="de")
    assert ("PHONE_NUMBER", value) not in _found(stage, text, language="hr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tel. 123456 ab 9 Uhr", "de"),  # no trunk 0
        ("Artikel 050606 im Lager", "de"),  # no label
        ("Telefon = 116123", "de"),  # a European service range
        # a Croatian service number in English text: no plan of the document's regions takes it
        ("Telephone: 015892", "en"),
    ],
)
def test_other_six_digit_runs_stay_unredacted(stage: PiiFilter, text: str, language: str) -> None:
    """A code or a quantity as often as a line."""
    found = _found(stage, text, language=language)
    assert [e for e, _ in found if e == "PHONE_NUMBER"] == []


REGISTER_ROWS = [
    "Tel. 050707 · Fax 050707/48213 · Ident-Nr. 3418526",
    "Ort\tTelefon\tFax\nLeoben\t050370\t050370/820",
    "Kennzeichen\tIdentnummer\tTelefon\nHauptanstalt\t2634817\t01/534120",
    "City\tCounty Name\tPhone Number\nLURAY\tPAGE\t5407434561\tCritical",
]


def test_prescan_identity_holds_for_register_rows(stage: PiiFilter, plain_stage: PiiFilter) -> None:
    from tests.test_pii_formats import _GAP, prescan_identity_finds

    found = prescan_identity_finds(stage, plain_stage, REGISTER_ROWS)  # an English page
    assert {"01/534120", "5407434561"} <= set(found)
    assert not {"3418526", "2634817", "050707", "050370"} & set(found)
    docs = [{"id": "de", "text": _GAP + _GAP.join(REGISTER_ROWS) + _GAP, "language": "de"}]
    with_prescan = stage.find_spans(docs)
    assert with_prescan == plain_stage.find_spans(docs)
    found = {docs[0]["text"][s:e] for s, e, _, _ in with_prescan[0]}
    assert {"050707", "050370", "01/534120"} <= found
    assert not {"3418526", "2634817"} & found


@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        # a patient's record number after its name (invented values)
        ("OPD slip · Patient ID 7012345678 · Token 14 · Ph 040 2345 6789", "en", ["040 2345 6789"]),
        ("Discharge summary, MRN: 9123456780", "en", []),
        ("मरीज़ की यूएचआईडी 9012345678 है", "hi", []),
        # a business number, a medical record number and a code in Chinese, with no space
        # before their names
        ("收據 統一編號：53212539 電話：(04)23456789", "zh", ["(04)23456789"]),
        ("您的病歷號碼 8812345670，如有疑問請來電 (07)3456789", "zh", ["(07)3456789"]),
        ("醫院代碼" + " " * 30 + "3501234567", "zh", []),
    ],
)
def test_a_record_number_after_its_name_is_no_phone(
    stage: PiiFilter, text: str, language: str, phones: list[str]
) -> None:
    found = _found(stage, text, language=language)
    assert [v for e, v in found if e == "PHONE_NUMBER"] == phones


def test_a_label_padded_to_its_aligned_value_still_labels_it(stage: PiiFilter) -> None:
    """A row printed with its values right-aligned (a pandas Series, a fixed-width report): the
    padding between the label and a local number with no area code is one gap."""
    text = "Clinic" + " " * 40 + "Lotus Eye Clinic\nTelephone" + " " * 47 + "2645713"
    assert ("PHONE_NUMBER", "2645713") in _found(stage, text)


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # the later local numbers of a list after one area code (invented values)
        ("Open daily · 0471    2345678, 2345690", ["0471    2345678", "2345690"]),
        ("Closes 9 pm · 0522 3456789; 3456790, 3456791", ["0522 3456789", "3456790", "3456791"]),
        # not the same length as the local number: no continuation
        ("Open daily · 0471    2345678, 12345678", ["0471    2345678"]),
        ("Open daily · 0471    2345678, 1234", ["0471    2345678"]),
    ],
)
def test_a_list_after_one_area_code_continues_its_phone(
    stage: PiiFilter, text: str, phones: list[str]
) -> None:
    found = _found(stage, text)
    assert [v for e, v in found if e == "PHONE_NUMBER"] == phones


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("अधिक जानकारी के लिए 2468013 पर कॉल करें।", ["2468013"]),
        ("कॉलेज 2468013 छात्र पंजीकृत हैं।", []),  # college, not call
    ],
)
def test_the_hindi_call_after_a_number_is_a_phone_word(
    stage: PiiFilter, text: str, phones: list[str]
) -> None:
    found = _found(stage, text, language="hi")
    assert [v for e, v in found if e == "PHONE_NUMBER"] == phones

"""held_out_441 of the PII evaluation set (scripts/pii_held_out_441.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone, fax
or mailbox, unchanged, each copy labelled, each number of a field on its own; the sede's name,
DANE code and address are in the text and unlabelled), each document parses as its format, the
extractor's rules hold on its data, and the records are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import co_medellin_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_441 as h441  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "sts": "dian:gov:co:facturaelectronica:Structures-2-1",
}
# copies of the telephone field a record of each layout writes
COPIES = {"dian_factura": 2, "siigo_customer": 2, "alegra_contact": 1, "wompi_event": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h441.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h441.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h441.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h441.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CO"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h441.LAYOUTS}
    # as the pipeline's langid stage reads them (the markup hides the Spanish)
    assert Counter(r["language"] for r in records) == {"en": 300}


def _expected_spans(row: dict, text: str) -> set[tuple]:
    """Where each copy of the row's fields stands: each number of a phone or fax copy that a
    person could hold, each mailbox."""
    out = set()
    for column, value in ((h441.PHONE, h441.phone(row)), (h441.FAX, h441.fax(row))):
        for m in re.finditer(re.escape(value), text) if value else ():
            for s, e in numbers(value):
                if personal_phone(value[s:e], "CO"):
                    out.add((m.start() + s, m.start() + e, "PHONE_NUMBER", f"national:{column}"))
    for mail in h441.emails(row):
        for m in re.finditer(re.escape(mail), text):
            out.add((m.start(), m.end(), "EMAIL_ADDRESS", "register"))
    return out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, fax and mailboxes are labelled wherever they stand, under their columns;
    nothing else is labelled; the telephone stands as often as its layout writes it."""
    for r in records:
        row, text = _row(r), r["text"]
        assert text.count(h441.phone(row)) == COPIES[r["layout"]], r["id"]
        got = {tuple(s) for s in r["spans"]}
        assert got == _expected_spans(row, text), r["id"]
        assert len(got) == len(r["spans"]) and not r["unscored"]


def test_no_number_of_the_register_stands_unlabelled(records):
    """Every run of seven digits or more that is one of the row's numbers lies in a label."""
    for r in records:
        row, text = _row(r), r["text"]
        mine = {extractor.digits_of(n) for v in (h441.phone(row), h441.fax(row)) for n in
                extractor.numbers_in(v)}  # fmt: skip
        for m in re.finditer(r"\d{7,}", text):
            if m.group() in mine:
                assert any(s <= m.start() and m.end() <= e for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h441.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefono": 558, "national:fax": 29, "register": 135}


def test_extensions_are_the_only_distractors(records):
    found = [(r["text"][s:e], kind) for r in records for s, e, _, kind in r["distractors"]]
    assert Counter(found) == {("101-102", "short"): 2, ("317 382", "short"): 1}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone field holds seven digits or more as the register writes it; the
    fields are strings; the sedes are Medellín's, of 2019."""
    rows = h441.data()["rows"]
    assert all(len(extractor.digits_of(h441.phone(row))) >= 7 for row in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert {r["fields"]["municipio"] for r in rows} == {"Medellín"}
    assert {r["fields"]["a_o"] for r in rows} == {"2019"}
    assert all(re.fullmatch(r"\d{12}", r["fields"]["codigo_dane_sede"]) for r in rows)
    assert sum(1 for r in rows if h441.fax(r)) == 49
    assert sum(1 for r in rows if h441.emails(r)) == 135
    assert Counter(re.sub(r"\d", "9", h441.phone(r)) for r in rows)["9999999"] == 264
    # two barrio fields hold numbers, not a barrio: not written
    assert [r["fields"]["barrio_vereda"] for r in rows if not h441.barrio(r) and
            re.search(r"\d", r["fields"]["barrio_vereda"])] == [
        "2697940 2280440", "2555481-3615509",
    ]  # fmt: skip


def test_the_extractor_keeps_seven_digits_or_more_once_and_none_of_earlier_parts():
    """The extractor's rules on a few fields: a field's numbers found whole and apart; the kept
    rows hold no number of an earlier Colombian part and none twice."""
    assert extractor.numbers_in("427 02 48") == ["4270248"]
    assert extractor.numbers_in("4611223 4644146") == ["4611223", "4644146"]
    assert extractor.numbers_in("3541437 - 2667989") == ["3541437", "2667989"]
    assert extractor.numbers_in("3410913 EXT 101-102") == ["3410913"]
    assert extractor.numbers_in("0") == []
    assert extractor.fields({"telefono": "2175337"})["email"] == ""
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "57")
    rows = h441.data()["rows"]
    mine = [n for row in rows for n in extractor.numbers_in(h441.phone(row))]
    assert earlier and not earlier & set(mine)
    assert len(mine) == len(set(mine))
    assert {r["path"].rsplit("#", 1)[0] for r in rows} == {extractor.PATH}


def _encoded(layout: str, value: str) -> list[str]:
    """The ways ``value`` is written in a layout (XML text, a JSON string)."""
    if layout == "dian_factura":
        return [escape(value)]
    return [json.dumps(value, ensure_ascii=False)[1:-1]]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The sede's name, DANE code (but in the invoice) and address stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        values = [h441.name(row), h441.address(row)]
        if r["layout"] in ("siigo_customer", "alegra_contact"):
            values.append(row["fields"]["codigo_dane_sede"])
        for value in values:
            found = [
                m.start()
                for form in _encoded(r["layout"], value)
                for m in re.finditer(re.escape(form), r["text"])
            ]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nit_dv(number: str) -> str:
    weights = (41, 37, 29, 23, 19, 17, 13, 7, 3)
    total = sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11
    return str(total if total < 2 else 11 - total)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the NITs' check digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mail = h441.phone(row), h441.name(row), h441.email(row)
        if r["layout"] == "dian_factura":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag.endswith("}Invoice")
            assert root.findtext("cbc:ProfileID", namespaces=NS).startswith("DIAN 2.1")
            cufe = root.find("cbc:UUID", NS)
            assert cufe.get("schemeName") == "CUFE-SHA384"
            assert re.fullmatch(r"[0-9a-f]{96}", cufe.text)
            assert root.find(".//sts:InvoiceControl", NS) is not None
            party = root.find("cac:AccountingCustomerParty/cac:Party", NS)
            assert party.findtext("cac:PartyName/cbc:Name", namespaces=NS) == name
            assert party.findtext("cac:Contact/cbc:Telephone", namespaces=NS) == tel
            assert party.findtext("cac:Contact/cbc:Telefax", namespaces=NS) == (
                h441.fax(row) or None
            )
            assert party.findtext("cac:Contact/cbc:ElectronicMail", namespaces=NS) == (mail or None)
            tax_id = party.find("cac:PartyTaxScheme/cbc:CompanyID", NS)
            assert tax_id.get("schemeID") == _nit_dv(tax_id.text)
        elif r["layout"] == "siigo_customer":
            doc = json.loads(text)
            assert doc["type"] == "Customer" and doc["person_type"] == "Company"
            assert doc["phones"] == [{"indicative": "604", "number": tel, "extension": ""}]
            assert doc["contacts"][0]["email"] == mail
            assert doc["check_digit"] == _nit_dv(doc["identification"])
            assert doc["commercial_name"] == name
        elif r["layout"] == "alegra_contact":
            doc = json.loads(text)
            assert "\n" not in text and doc["phonePrimary"] == tel
            assert doc["fax"] == (h441.fax(row) or None) and doc["email"] == (mail or None)
            ident = doc["identificationObject"]
            assert ident["type"] == "NIT" and ident["dv"] == _nit_dv(ident["number"])
            assert doc["type"] == ["client"] and doc["name"] == name
        else:
            doc = json.loads(text)
            assert doc["event"] == "transaction.updated"
            tx = doc["data"]["transaction"]
            assert tx["status"] == "APPROVED" and tx["payment_method_type"] == "PSE"
            assert tx["customer_data"]["phone_number"] == tel
            assert tx["shipping_address"]["phone_number"] == tel
            assert tx["customer_email"] == (mail or None)
            assert re.fullmatch(r"[0-9A-F]{64}", doc["signature"]["checksum"])


def test_provenance():
    sources = h441.data()["sources"]
    assert set(sources) == {"CO"}
    co = sources["CO"]
    assert co["repository"] == "Cespial/sie-medellin"
    assert co["commit"] == "0efba564741c636e4ae61206cc8e70ecba99a4f8"
    assert co["paths"] == ["public/geojson/instituciones_educativas.geojson"]
    assert "not confirmed" in co["licence"] and co["publisher"]
    assert Counter(r["country"] for r in h441.data()["rows"]) == {"CO": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h441, "held_out_441", tmp_path)

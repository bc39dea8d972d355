"""held_out_462 of the PII evaluation set (scripts/pii_held_out_462.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field or
of its first number, unchanged, each copy labelled; the unit's name and address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's values as published. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_462 as h462  # noqa: E402 - the scripts folder's modules
import ro_police_stations_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("name", "address")
UBL = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h462.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h462.by_locale()[locale][n]


def _cif_right(value: str) -> bool:
    """Whether a Romanian fiscal code's control digit is right (key 753217532)."""
    digits = [int(c) for c in value.rjust(10, "0")]
    total = sum(d * w for d, w in zip(digits[:9], (7, 5, 3, 2, 1, 7, 5, 3, 2), strict=True))
    return total * 10 % 11 % 10 == digits[9]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h462.data()["rows"]) == 151
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h462.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("ro", "en")
    assert Counter(r["layout"] for r in records) == {
        "efactura_ubl": 38, "cargus_awb": 38, "sameday_awb": 38, "oblio_invoice": 37,
    }  # fmt: skip


def _expected(row: dict) -> Counter:
    """The labelled strings of a row's record: each number of the field as written and its
    first number once more; where the area code stands apart, that one number twice."""
    if h462.apart(row):
        return Counter({h462.first(row): 2})
    shown = h462.shown(row)
    return Counter([*(shown[s:e] for s, e in numbers(shown)), h462.first(row)])


def test_every_copy_of_the_field_is_labelled_unchanged(records):
    """The phone field as written and its first number are labelled wherever they stand, each
    number under the field's column; nothing else is labelled and no distractor is; no record
    holds an e-mail address."""
    for r in records:
        row, text = _row(r), r["text"]
        got = Counter(text[s:e] for s, e, *_ in r["spans"])
        assert got == _expected(row), r["id"]
        assert all(v in h462.field(row) for v in got), r["id"]
        assert text.count(h462.shown(row)) >= 1, r["id"]
        assert all(kind == "national:phoneNumber" for *_, kind in r["spans"]), r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h462.international)
    assert kinds == {"national:phoneNumber": 317}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds a number of seven digits or more, each number one a person could
    hold, none an earlier Romanian part holds; nine fields set the area code apart, their one
    number labelled whole; the fields are the list's strings."""
    rows = h462.data()["rows"]
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "40")
    for row in rows:
        found = extractor.numbers_of(h462.field(row))
        assert found and not any(d in earlier for d in found), row["path"]
        assert all(personal_phone(n, "RO") for n in h462.lines(row)), row["path"]
        assert set(row["fields"]) == {
            "pk", "countyCode", "county", "locality", "stationType", "name", "address",
            "phoneNumber", "lat", "lng",
        }  # fmt: skip
    assert [h462.field(row) for row in rows if h462.apart(row)] == [
        "0264 / 432727 (telefon inspector)", "0264 / 432727", "0264 / 368222", "0264 / 2121 21",
        "0264 / 241414", "0264 / 312121", "0252 - 30.50.04", "0252 - 30.50.12",
        "0252 - 36.15.30",
    ]  # fmt: skip
    assert Counter(len(h462.lines(row)) for row in rows) == {1: 137, 2: 13, 3: 1}
    assert re.fullmatch(r"0\d{2,3}/\d{2}\.\d{2}\.\d{2}", h462.field(rows[4]))
    assert Counter(row["fields"]["stationType"] for row in rows) == {
        "Teritoriala": 148, "Centrala": 3,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "efactura_ubl":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h462._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented fiscal codes' control digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        shown, first, name = h462.shown(row), h462.first(row), h462.unit(row)
        if r["layout"] == "efactura_ubl":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{UBL}Invoice"
            assert root.findtext(f"{CBC}CustomizationID") == h462.CIUS_RO
            assert root.findtext(f"{CBC}InvoiceTypeCode") == "380"
            assert root.findtext(f"{CBC}Note").endswith(f" la {first}.")
            buyer = root.find(f"{CAC}AccountingCustomerParty/{CAC}Party")
            assert buyer.findtext(f"{CAC}Contact/{CBC}Telephone") == shown
            assert buyer.findtext(f"{CAC}PartyLegalEntity/{CBC}RegistrationName") == name
            address = buyer.find(f"{CAC}PostalAddress")
            assert address.findtext(f"{CBC}CountrySubentity") == h462.county_code(row)
            assert address.findtext(f"{CBC}StreetName") == row["fields"]["address"]
            assert _cif_right(buyer.findtext(f"{CAC}PartyLegalEntity/{CBC}CompanyID"))
            seller = root.find(f"{CAC}AccountingSupplierParty/{CAC}Party")
            assert _cif_right(seller.findtext(f"{CAC}PartyTaxScheme/{CBC}CompanyID")[2:])
            total = root.find(f"{CAC}LegalMonetaryTotal")
            net = float(total.findtext(f"{CBC}TaxExclusiveAmount"))
            vat = float(root.findtext(f"{CAC}TaxTotal/{CBC}TaxAmount"))
            assert float(total.findtext(f"{CBC}PayableAmount")) == pytest.approx(net + vat)
        elif r["layout"] == "cargus_awb":
            doc = json.loads(text)
            recipient = doc["Recipient"]
            assert recipient["PhoneNumber"] == first and recipient["Name"] == name
            assert doc["Observations"].endswith(f"Telefon: {shown}")
            assert doc["ServiceId"] == 34 and doc["ShipmentPayer"] == 1
            assert doc["ParcelCodes"][0]["Weight"] == doc["TotalWeight"]
        elif r["layout"] == "sameday_awb":
            doc = json.loads(text)
            recipient = doc["awbRecipient"]
            assert recipient["phoneNumber"] == first and recipient["companyName"] == name
            assert recipient["personType"] == 1
            assert doc["observation"].endswith(f"sunați înainte la {shown}")
            assert doc["parcels"][0]["weight"] == doc["packageWeight"]
        else:
            doc = json.loads(text)
            client = doc["client"]
            assert client["phone"] == shown and client["name"] == name
            assert client["email"] == "" and _cif_right(client["cif"]) and _cif_right(doc["cif"])
            assert doc["internalNote"].endswith(f"confirmare la {first}")
            assert doc["products"][0]["vatPercentage"] == 19


SAMPLE = """export const policeStations = [
  {
    pk: 7,
    countyCode: 'AG',
    stationType: 'Teritoriala',
    name: 'Politie Municipala',
    address:
      'Str. Matei Basarab, nr. 68, Campulung,  jud. Arges',
    phoneNumber: '0248/60.70.00, int. 22201',
    lat: 45.2743,
  },
  {
    pk: 8,
    phoneNumber: 'N/A',
    lng: -1.5,
  },
];
"""


def test_the_extractor_reads_the_list_as_published():
    """The object literals are read key by key, a string the formatter wrapped read on its next
    line, numbers kept as their literal text; a field's numbers are its digits whole and part
    by part; ``N/A`` holds none."""
    first, second = extractor.stations(SAMPLE)
    assert first == {
        "pk": "7", "countyCode": "AG", "stationType": "Teritoriala",
        "name": "Politie Municipala",
        "address": "Str. Matei Basarab, nr. 68, Campulung,  jud. Arges",
        "phoneNumber": "0248/60.70.00, int. 22201", "lat": "45.2743",
    }  # fmt: skip
    assert second == {"pk": "8", "phoneNumber": "N/A", "lng": "-1.5"}
    assert extractor.numbers_of(first["phoneNumber"]) == ["024860700022201", "0248607000"]
    assert extractor.numbers_of("0254/21.77.30 sau 0254/21.77.31") == [
        "02542177300254217731", "0254217730", "0254217731",
    ]  # fmt: skip
    assert extractor.numbers_of(second["phoneNumber"]) == []


def test_provenance():
    sources = h462.data()["sources"]
    assert set(sources) == {"RO"}
    ro = sources["RO"]
    assert ro["repository"] == "code4romania/war-support-points-of-interest-map"
    assert ro["commit"] == "a03ad68848743096d3a045ad38df7de9e7028f6f"
    assert ro["paths"] == ["src/data/police-stations.js"]
    assert "not confirmed" in ro["licence"] and ro["publisher"]
    rows = h462.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RO": 151}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h462, "held_out_462", tmp_path)

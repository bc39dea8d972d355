"""held_out_458 of the PII evaluation set (scripts/pii_held_out_458.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
unchanged, each copy labelled; the health point's name, district and province are in the text
and unlabelled; the invented tax numbers, phone-shaped, are unlabelled) and are rebuilt byte for
byte from the committed data; the extractor's rules hold on the kept rows. No recognizer runs
here: the part is scored from its committed file."""

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

import pii_held_out_458 as h458  # noqa: E402 - the scripts folder's modules
import tr_afet_saglik_noktalari_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

INV = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
YK = "{http://yurticikargo.com.tr/ShippingOrderDispatcherServices}"
# copies of the phone a record of each layout writes
COPIES = {
    "ubl_tr_efatura": 2,
    "parasut_contact": 1,
    "yurtici_shipment": 2,
    "collectapi_pharmacy": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h458.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h458.by_locale()[locale][n]


def _vkn_valid(value: str) -> bool:
    """Whether a ten-digit VKN's check digit is right (GİB's algorithm, written apart from the
    generator's)."""
    d = [int(c) for c in value]
    total = 0
    for i in range(9):
        tmp = (d[i] + 9 - i) % 10
        total += 9 if tmp == 9 else tmp * 2 ** (9 - i) % 9
    return len(value) == 10 and d[9] == (10 - total % 10) % 10


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h458.data()["rows"]) == 163
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h458.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}" == "reg:TR"
        assert r["language"] in ("tr", "en")
        if r["layout"] == "collectapi_pharmacy":
            assert _row(r)["fields"]["subTypeId"] == h458.PHARMACY
    assert Counter(r["layout"] for r in records) == {
        "ubl_tr_efatura": 47,
        "parasut_contact": 49,
        "yurtici_shipment": 46,
        "collectapi_pharmacy": 21,
    }


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address stands in any record."""
    for r in records:
        tel, text = h458.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        kind = "international" if h458.international(tel) else "national"
        got = Counter((text[s:e], t, k) for s, e, t, k in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", f"{kind}:phone"): n}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h458.international)
    assert kinds == {"international:phone": 236, "national:phone": 20}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is one number of seven digits or more a person could hold, as the list
    writes it (mostly ``+90`` and ten digits); no two alike once the country code is read as
    the trunk 0, none an earlier Turkish part holds; every row's province and district are
    named; the rows are in the list's order."""
    rows = h458.data()["rows"]
    tels = [h458.phone(row) for row in rows]
    assert all(personal_phone(tel, "TR") for tel in tels)
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {
        "+999999999999": 149,
        "99999999999": 8,
        "+99999999999": 2,
        "+99 999 999 99 99": 2,
        "9999999": 2,
    }
    national = [extractor.national(digits_of(tel)) for tel in tels]
    assert len(set(national)) == 163
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "90")
    assert not any(n in earlier or "90" + n[1:] in earlier for n in national)
    places = h458.data()["places"]
    for row in rows:
        assert str(row["fields"]["cityId"]) in places["cities"]
        assert str(row["fields"]["districtId"]) in places["districts"]
    order = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert order == sorted(order) and all(r["path"].startswith(extractor.PATH) for r in rows)
    assert Counter((r["fields"]["typeId"], r["fields"]["subTypeId"]) for r in rows) == {
        (2, 4): 87,
        (1, 2): 53,
        (4, 10): 14,
        (2, 6): 9,
    }


def test_the_extractors_rules():
    """The trunk-0 reading of a number with the country code, and the rule of the first
    location of a number: the list's ``444`` number, given by three locations, is kept once."""
    assert extractor.national("904145033503") == "04145033503"
    assert extractor.national("03428622035") == "03428622035"
    assert extractor.national("4445634") == "4445634"
    rows = h458.data()["rows"]
    shared = [row for row in rows if h458.phone(row) == "4445634"]
    assert [row["fields"]["name"] for row in shared] == ["Seyyar Eczane"]
    assert all(len(digits_of(h458.phone(row))) >= 7 for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout in ("ubl_tr_efatura", "yurtici_shipment"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The health point's name and district stand in every record's text, outside the labels;
    its province in every layout but the duty-pharmacy answer's (which names the district)."""
    for r in records:
        row = _row(r)
        names = [h458.name(row), h458.district(row)]
        if r["layout"] != "collectapi_pharmacy":
            names.append(h458.city(row))
        for value in names:
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them, the invented VKNs' check digits right and unlabelled,
    the invoice's totals adding up."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h458.phone(row), h458.name(row)
        if r["layout"] == "ubl_tr_efatura":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{INV}Invoice"
            assert root.findtext(f"{CBC}CustomizationID") == "TR1.2"
            assert root.findtext(f"{CBC}ProfileID") == "TICARIFATURA"
            assert root.findtext(f"{CBC}InvoiceTypeCode") == "SATIS"
            assert re.fullmatch(r"[A-Z]{3}\d{13}", root.findtext(f"{CBC}ID"))
            customer = root.find(f"{CAC}AccountingCustomerParty/{CAC}Party")
            assert customer.findtext(f"{CAC}Contact/{CBC}Telephone") == tel
            assert customer.findtext(f"{CAC}PartyName/{CBC}Name") == name
            assert customer.findtext(f"{CAC}PostalAddress/{CBC}CityName") == h458.city(row)
            assert root.findtext(f"{CBC}Note").endswith(f"irtibat: {tel}")
            for party in ("AccountingSupplierParty", "AccountingCustomerParty"):
                vkn = root.findtext(f"{CAC}{party}/{CAC}Party/{CAC}PartyIdentification/{CBC}ID")
                assert _vkn_valid(vkn), r["id"]
            total = root.find(f"{CAC}LegalMonetaryTotal")
            net = float(total.findtext(f"{CBC}TaxExclusiveAmount"))
            tax = float(root.findtext(f"{CAC}TaxTotal/{CBC}TaxAmount"))
            assert abs(net + tax - float(total.findtext(f"{CBC}PayableAmount"))) < 0.005
        elif r["layout"] == "parasut_contact":
            doc = json.loads(text)
            assert doc["data"]["type"] == "contacts"
            attributes = doc["data"]["attributes"]
            assert attributes["phone"] == tel and attributes["name"] == name
            assert attributes["account_type"] == "customer" and attributes["email"] is None
            assert _vkn_valid(attributes["tax_number"])
            category = doc["data"]["relationships"]["category"]["data"]
            assert doc["included"][0]["id"] == category["id"]
        elif r["layout"] == "yurtici_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            call = root.find(f"{SOAP}Body/{YK}createShipment")
            assert call.findtext("wsUserName") == "YKTEST"
            order = call.find("ShippingOrderVO")
            assert order.findtext("receiverPhone1") == tel
            assert order.findtext("receiverCustName") == name
            assert order.findtext("specialField1").endswith(f": {tel}")
            assert (order.findtext("cityName"), order.findtext("townName")) == (
                h458.city(row),
                h458.district(row),
            )
            assert len(order.findtext("cargoKey")) <= 20
        else:
            doc = json.loads(text)
            assert doc["success"] is True and len(doc["result"]) == 1
            (item,) = doc["result"]
            assert item["phone"] == tel and item["name"] == name
            fields = row["fields"]
            assert item["loc"] == f"{fields['latitude']},{fields['longitude']}"


def test_provenance():
    sources = h458.data()["sources"]
    assert set(sources) == {"TR"}
    tr = sources["TR"]
    assert tr["repository"] == "acikyazilimagi/eczane-backend"
    assert tr["commit"] == "4ec66d7ad7ee45253143048483c15e488059bbe5"
    assert tr["paths"] == ["data/locations.json", "data/cities-with-districts.json"]
    assert "not confirmed" in tr["licence"] and tr["publisher"]
    rows = h458.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TR": 163}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h458, "held_out_458", tmp_path)

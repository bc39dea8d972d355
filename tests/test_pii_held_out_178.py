"""held_out_178 of the PII evaluation set (scripts/pii_held_out_178.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; every labelled e-mail address is the row's; the
name, licence number and postal code are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
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

import pii_held_out_178 as h178  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the home's identifiers, in every layout
IDENTIFIERS = ("lic_number", "citytown")
CP = "{http://www.canadapost.ca/ws/shipment-v8}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h178.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h178.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h178.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h178.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "canada_post_shipment": 100, "moneris_purchase": 100, "freshbooks_client": 100,
        "pcc_facility": 100,
    }  # fmt: skip


# how many copies of the phone and of the fax (where it is a number) each layout writes
COPIES = {
    "canada_post_shipment": (1, 0),
    "moneris_purchase": (1, 1),
    "freshbooks_client": (2, 1),
    "pcc_facility": (1, 1),
}


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under
    its column (a fax equal to the phone under the phone's); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h178.phone(row), h178.fax(row)
        n_phone, n_fax = COPIES[r["layout"]]
        if fax == tel:
            n_phone, n_fax, fax = n_phone + n_fax, 0, ""
        assert text.count(tel) == n_phone, r["id"]
        expected = Counter()
        for value, column, copies in ((tel, h178.PHONE, n_phone), (fax, h178.FAX, n_fax)):
            if not value:
                continue
            assert text.count(value) == copies, r["id"]
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "CA")
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_every_copy_of_the_email_address_is_labelled(records):
    """The home's mailbox is labelled where the layout writes it (not in PointClickCare's
    facility, which has no e-mail field); a register's ``N/A`` is written nowhere."""
    for r in records:
        row, text = _row(r), r["text"]
        mail = h178.email(row)
        got = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        if r["layout"] == "pcc_facility" or not mail:
            assert got == [], r["id"]
        else:
            assert got == [mail], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h178.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:phone_number": 507, "national:fax_number": 235, "register": 269,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of ten digits, most ``416-631-0405``; four other
    shapes; faxes in the same shapes or ``N/A``; e-mail addresses or ``N/A``; every value a
    string as the register gives it."""
    rows = h178.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h178.phone(row)) for row in rows)
    assert shapes == {
        "999-999-9999": 396, "999-999-9999 ext 999": 2, "9999999999": 1, "999 999-9999": 1,
    }  # fmt: skip
    faxes = Counter(re.sub(r"\d", "9", h178.fax_field(row)) for row in rows)
    assert faxes == {"999-999-9999": 317, "N/A": 81, "999 999 9999": 1, "999-99-9999": 1}
    assert sum(h178.email(row) == "" for row in rows) == 45
    assert all("@" in h178.email(row) for row in rows if h178.email(row))
    assert sum(h178.fax(row) == h178.phone(row) for row in rows) == 9
    assert Counter(row["fields"]["lic_status"] for row in rows) == {
        "Issued": 381, "Issued with conditions": 19,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout in ("canada_post_shipment", "moneris_purchase"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name (cut to Canada Post's 44 characters in its shipments), licence number and city
    stand in every record's text, at least once outside the labels."""
    for r in records:
        row = _row(r)
        name = h178._f(row, "name")
        values = [h178._f(row, c) for c in IDENTIFIERS]
        values.append(name[:44] if r["layout"] == "canada_post_shipment" else name)
        for value in values:
            value = _encoded(r["layout"], value)
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            # a city may stand inside a home's mailbox too (``Exeter`` in an address)
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h178.phone(row), h178.email(row), h178._f(row, "name")
        fax = h178.fax_field(row)
        if r["layout"] == "canada_post_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{CP}shipment"
            sender = root.find(f"{CP}delivery-spec/{CP}sender")
            assert sender.findtext(f"{CP}contact-phone") == tel
            assert sender.findtext(f"{CP}company") == name[:44]
            postal = h178._f(row, "postal").replace(" ", "")
            assert sender.findtext(f"{CP}address-details/{CP}postal-zip-code") == postal
            assert root.findtext(f"{CP}requested-shipping-point") == postal
            got = root.findtext(f"{CP}delivery-spec/{CP}notification/{CP}email")
            assert got == (mail or None)
            contract = root.findtext(f"{CP}delivery-spec/{CP}settlement-info/{CP}contract-id")
            assert re.fullmatch(r"00\d{8}", contract)
        elif r["layout"] == "moneris_purchase":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "request"
            txn = root.find("res_purchase_cc")
            assert len(txn.findtext("data_key")) == 25
            assert txn.findtext("cust_id") == h178._f(row, "lic_number")
            info = txn.find("cust_info")
            assert info.findtext("email") == mail
            billing = info.find("billing")
            assert billing.findtext("phone_number") == tel
            assert billing.findtext("fax") == fax
            assert billing.findtext("company_name") == name
            items = sum(float(i.findtext("extended_amount")) for i in info.findall("item"))
            total = items + float(billing.findtext("tax1"))
            assert abs(float(txn.findtext("amount")) - total) < 0.006
        elif r["layout"] == "freshbooks_client":
            client = json.loads(text)["response"]["result"]["client"]
            assert list(client) == sorted(client)
            assert client["bus_phone"] == tel and client["organization"] == name
            assert client["fax"] == ("" if fax == "N/A" else fax)
            assert client["email"] == mail and client["currency_code"] == "CAD"
            assert client["note"].endswith(f"call {tel} before delivery.")
            assert client["id"] == client["userid"]
        else:
            facility = json.loads(text)
            assert facility["phone"] == tel and facility["facilityName"] == name
            assert facility["fax"] == ("" if fax == "N/A" else fax)
            assert facility["facilityCode"] == h178._f(row, "lic_number")
            assert facility["bedCount"] == h178._int(row, "resident_capacity")
            assert re.fullmatch(r"[0-9A-F-]{36}", facility["orgUuid"])


def test_provenance():
    sources = h178.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "jamiefletcher/ontario-retirement"
    assert ca["commit"] == "4ae83daa78961b7313a4e410ab03551e515f87a3"
    assert ca["paths"] == ["data/rhra_register.json"]
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h178.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    # the columns that name people are left out
    assert not any({"licensee_contact", "operations_manager"} & set(r["fields"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h178, "held_out_178", tmp_path)

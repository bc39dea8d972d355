"""held_out_504 of the PII evaluation set (scripts/pii_held_out_504.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real numbers
or its address, unchanged, each copy labelled; the office, its city or municipality, province
and ZIP code are in the text and unlabelled; each layout parses as its format) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ph_lgu_offices_data as extractor  # noqa: E402
import pii_held_out_504 as h504  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from ph_dbm_directory_offices_data import EMAILS, contact_numbers  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h504.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h504.by_locale()[locale][n]


class _Form(HTMLParser):
    """The form of an iPay88 request page: its action and its hidden fields, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.action, self.fields = "", []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        elif tag == "input" and a.get("type") == "hidden":
            self.fields.append((a["name"], a["value"]))


def _document(record: dict):
    """The record's text parsed as its format: JSON, or the iPay88 page's form fields."""
    if record["layout"] == "ipay88_entry":
        form = _Form()
        form.feed(record["text"])
        assert form.action == "https://payment.ipay88.com.ph/epayment/entry.asp"
        assert record["text"].startswith("<!DOCTYPE html>") and "</html>" in record["text"]
        return dict(form.fields)
    return json.loads(record["text"])


def _copies(record: dict, row: dict) -> tuple[int, list[str], int]:
    """What the layout writes of the row: (copies of the whole contact field, numbers written
    alone, copies of the address)."""
    phones, mail = h504.lines(row), int(bool(h504.email(row)))
    layout = record["layout"]
    if layout == "lazada_order":
        return 1, phones[:2] * 2, 0
    if layout == "ipay88_entry":
        return 1, phones[:1], mail
    if layout == "twoc2p_payment_token":
        return 1, phones[:1], mail
    return 1, [], mail


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h504.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h504.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:PH"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h504.LAYOUTS}


def test_each_layout_parses_as_its_format_with_the_fields_in_place(records):
    for r in records:
        row, doc = _row(r), _document(r)
        contact, mail, phones = h504.contact(row), h504.email(row), h504.lines(row)
        if r["layout"] == "lazada_order":
            assert doc["code"] == "0" and re.fullmatch(r"2101[0-9a-f]{22}", doc["request_id"])
            data = doc["data"]
            assert data["order_id"] == data["order_number"] and data["customer_first_name"] == (
                h504.office(row)
            )
            assert data["address_billing"] == data["address_shipping"]
            place = data["address_billing"]
            assert place["phone"] == phones[0]
            assert place["phone2"] == (phones[1] if len(phones) > 1 else "")
            assert place["city"] == row["fields"]["lgu"]
            assert place["post_code"] == row["fields"]["zip_code"]
            assert f"Call {contact} on arrival" in data["remarks"]
            assert re.fullmatch(r"\d+\.\d\d", data["price"])
        elif r["layout"] == "ipay88_entry":
            assert list(doc)[:3] == ["MerchantCode", "PaymentId", "RefNo"]
            assert doc["Currency"] == "PHP" and doc["SignatureType"] == "SHA256"
            assert doc["UserName"] == h504.office(row) and doc["UserContact"] == phones[0]
            assert doc["UserEmail"] == mail and doc["Remark"].endswith(f"lines: {contact}")
            assert re.fullmatch(r"PH\d{5}", doc["MerchantCode"])
            assert re.fullmatch(r"\d{1,3}(,\d{3})*\.\d\d", doc["Amount"])
            assert re.fullmatch(r"[0-9a-f]{64}", doc["Signature"])
        elif r["layout"] == "twoc2p_payment_token":
            assert doc["currencyCode"] == "PHP" and re.fullmatch(r"\d{15}", doc["merchantID"])
            assert doc["userDefined1"] == h504.office(row) and doc["userDefined3"] == contact
            info = doc["uiParams"]["userInfo"]
            assert info["mobileNo"] == phones[0] and info.get("email", "") == mail
            assert isinstance(doc["amount"], float)
        else:
            assert doc["amount"]["currency"] == "PHP" and re.fullmatch(r"\d{6}", doc["otp"])
            info = {i["name"]: i["value"] for i in doc["info"]}
            assert [i["index"] for i in doc["info"]] == list(range(1, len(doc["info"]) + 1))
            assert info["Payor"] == h504.office(row) and info["Contact"] == contact
            assert info.get("Email", "") == mail and info["Address"] == h504.address(row)


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the contact field is labelled wherever the field or the number stands,
    under ``contact``; the address wherever it stands; nothing else is labelled and no
    distractor is (every kept number is one a person's line could be)."""
    for r in records:
        row, text = _row(r), r["text"]
        contact = h504.contact(row)
        whole, alone, mails = _copies(r, row)
        if len(numbers(contact)) > 1:
            assert text.count(contact) == whole, r["id"]
        expected: Counter = Counter()
        for value in [contact[s:e] for s, e in numbers(contact)] * whole + alone:
            expected[(value, "PHONE_NUMBER", "national:contact")] += 1
        if mails:
            expected[(h504.email(row), "EMAIL_ADDRESS", "register")] = mails
        assert text.count("@") == mails, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office, its city or municipality, province (or region) and ZIP code stand in every
    record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h504.office(row), row["fields"]["lgu"], h504.province(row)):
            at = r["text"].find(value)
            assert at >= 0 and not any(s <= at < e for s, e, *_ in r["spans"]), (r["id"], value)
        zip_code = row["fields"]["zip_code"]
        if zip_code and r["layout"] != "ipay88_entry":
            assert re.search(rf"\b{zip_code}\b", r["text"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h504.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contact": 649, "register": 5}


def test_the_data_keeps_the_published_shape():
    """Every kept contact field holds numbers of seven digits or more a person's line could be,
    none after ``loc.`` in a list of extensions, no number kept twice nor one the earlier
    Philippine parts hold; the e-mail fields are well-formed; the officials' names are left
    out; the fields are the published strings."""
    rows = h504.data()["rows"]
    assert len(rows) == 300
    earlier = extractor.earlier_lines(extractor.EARLIER)
    seen: set[str] = set()
    for row in rows:
        fields = row["fields"]
        found = contact_numbers(fields["contact"])
        assert found and extractor.whole_numbers(fields), row["path"]
        keys = {re.sub(r"\D", "", n) for n in found}
        assert not keys & seen and not keys & earlier, row["path"]
        seen |= keys
        assert all(personal_phone(n, "PH") for n in found)
        assert EMAILS.fullmatch(fields.get("email", "")) or "email" not in fields
        assert set(fields) <= {"region", "province", "lgu", "lgu_type", "zip_code", "office",
                               "contact", "email"}  # fmt: skip
        assert all(isinstance(v, str) for v in fields.values())
    assert Counter(row["fields"]["office"] for row in rows) == {
        "Office of the Mayor": 227,
        "Office of the Vice Mayor": 73,
    }
    assert Counter(row["fields"]["lgu_type"] for row in rows) == {"Municipality": 235, "City": 65}
    assert sum("email" in row["fields"] for row in rows) == 7


def test_the_extractor_keeps_offices_by_its_rules():
    """A few offices: a region's provinces and a region's cities are walked alike, the
    officials' names left out, an office with no contact kept as an entry without one; a line
    cut short drops an office."""
    doc = {
        "region": "REGION VI - WESTERN VISAYAS",
        "provinces": [
            {
                "province": "Capiz",
                "cities": [{"city": "Roxas", "mayor": {"name": "A. B. CRUZ",
                                                       "contact": "(036) 621-2049"},
                            "vice_mayor": {"name": "C. D. SANTOS"}}],
            }
        ],
    }  # fmt: skip
    got = extractor.offices("x.json", doc)
    assert got[0] == (
        "x.json#/provinces/0/cities/0/mayor",
        {"region": "REGION VI - WESTERN VISAYAS", "province": "Capiz", "lgu": "Roxas",
         "lgu_type": "City", "zip_code": "", "office": "Office of the Mayor",
         "contact": "(036) 621-2049"},
    )  # fmt: skip
    assert got[1][0] == "x.json#/provinces/0/cities/0/vice_mayor" and "contact" not in got[1][1]
    ncr = {"region": "NCR", "cities": [{"city": "Makati", "mayor": {"contact": "8898-8989"}}]}
    assert extractor.offices("n.json", ncr)[0][0] == "n.json#/cities/0/mayor"
    assert not extractor.whole_numbers({"contact": "(049) 523-5419; 513-500"})
    assert not extractor.whole_numbers({"contact": "137-135 loc. 114"})
    assert extractor.whole_numbers({"contact": "5310-8531; 8288-8811 loc. 2223, 2224"})
    assert contact_numbers("5310-8531; 8288-8811 loc. 2223, 2224") == ["5310-8531", "8288-8811"]


def test_the_ipay88_signature_is_a_sha256_digest(records):
    """The signature is 64 hex digits, a SHA-256 digest (of an invented merchant key with the
    request's fields), never the same for two requests."""
    sigs = [_document(r)["Signature"] for r in records if r["layout"] == "ipay88_entry"]
    assert len(set(sigs)) == len(sigs) == 75
    assert len(hashlib.sha256(b"").hexdigest()) == len(sigs[0])


def test_spans_lie_in_the_text_apart(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h504.data()["sources"]
    assert set(sources) == {"PH"}
    ph = sources["PH"]
    assert ph["repository"] == "bettergovph/bettergov"
    assert ph["commit"] == "5b57be2212db6f03c94c883a33b305dfa103a698"
    assert "not confirmed" in ph["licence"] and ph["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h504, "held_out_504", tmp_path)

"""held_out_381 of the PII evaluation set (scripts/pii_held_out_381.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real numbers
or addresses, unchanged, each copy labelled; the office's name and department are in the text
and unlabelled; each layout parses as its format) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ph_dbm_directory_offices_data as extractor  # noqa: E402
import pii_held_out_381 as h381  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies each layout writes: (contact field, first address, whole e-mail field)
COPIES = {
    "paymongo_checkout": (1, 2, 1),
    "maya_checkout": (1, 1, 0),
    "dragonpay_collect": (1, 2, 0),
    "xendit_invoice": (1, 2, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h381.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h381.by_locale()[locale][n]


def _document(record: dict):
    """The record's text parsed as its format: JSON, or an HTTP request with a JSON body."""
    text = record["text"]
    if record["layout"] == "dragonpay_collect":
        head, body = text.split("\n\n", 1)
        assert re.fullmatch(
            r"POST /api/collect/v1/KPSLC-\d{4}-\d{6}-\d/post HTTP/1\.1", head.split("\n")[0]
        )
        return json.loads(body)
    return json.loads(text)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h381.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h381.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:PH"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h381.LAYOUTS}


def test_each_layout_parses_as_its_format_with_the_fields_in_place(records):
    for r in records:
        row, doc = _row(r), _document(r)
        contact, mails = h381.contact(row), h381.emails(row)
        first = mails[0] if mails else None
        if r["layout"] == "paymongo_checkout":
            attrs = doc["data"]["attributes"]
            assert doc["data"]["type"] == "checkout_session" and doc["data"]["id"].startswith("cs_")
            assert attrs["billing"]["phone"] == contact and attrs["billing"]["email"] == first
            assert attrs["billing"]["name"] == h381.office(row)
        elif r["layout"] == "maya_checkout":
            assert doc["buyer"]["contact"]["phone"] == contact
            assert doc["buyer"]["contact"].get("email") == first
            assert doc["totalAmount"]["currency"] == "PHP"
        elif r["layout"] == "dragonpay_collect":
            assert doc["BillingDetails"]["TelNo"] == contact and doc.get("Email") == first
            assert doc["Currency"] == "PHP" and doc["BillingDetails"]["Country"] == "PH"
        else:
            assert doc["status"] == "PENDING" and doc.get("payer_email") == first
            assert contact in doc["description"]
            assert doc["customer"]["given_names"] == h381.office(row)


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the contact field is labelled wherever the field stands, under
    ``contact``; each address wherever it stands; the office's name and department are in the
    text, unlabelled; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        contact, mails = h381.contact(row), h381.emails(row)
        n_contact, n_first, n_whole = COPIES[r["layout"]]
        assert text.count(contact) == n_contact, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(contact):
            value = contact[s:e]
            kind = "international" if h381.international(value) else "national"
            expected[(value, "PHONE_NUMBER", f"{kind}:contact")] += n_contact
        for i, mail in enumerate(mails):
            copies = (n_first if i == 0 else 0) + n_whole  # the whole field holds them all
            assert text.count(mail) == copies, (r["id"], mail)
            expected[(mail, "EMAIL_ADDRESS", "register")] += copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        for s, e, *_ in r["spans"]:
            assert not (s <= text.find(h381.office(row)) < e), r["id"]
        assert h381.office(row) in text and _row(r)["fields"]["department"] in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h381.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contact": 467, "international:contact": 3, "register": 563}


def test_the_data_keeps_the_published_shape():
    """Every kept contact field holds numbers a person's line could be, none after ``loc.`` in
    a list of extensions, no number kept twice; the e-mail fields are addresses ``; ``
    apart; no office abroad and no head's list is kept; the fields are the published strings."""
    rows = h381.data()["rows"]
    assert len(rows) == 300
    seen: set[str] = set()
    for row in rows:
        found = extractor.contact_numbers(row["fields"]["contact"])
        assert found, row["path"]
        keys = {re.sub(r"\D", "", n) for n in found}
        assert not keys & seen, row["path"]
        seen |= keys
        assert all(personal_phone(n, "PH") for n in found)
        assert extractor.EMAILS.fullmatch(row["fields"].get("email", "")) or not row["fields"].get(
            "email"
        )
        assert row["fields"]["list"] not in extractor.PEOPLE | extractor.ABROAD
        assert set(row["fields"]) <= {*extractor.KEEP, "department", "list"}
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(bool(h381.emails(row)) for row in rows) == 241


def test_the_extractor_keeps_offices_by_its_rules():
    """A few rows: extensions are no numbers; a list of extensions after ``loc.`` drops the
    office; a short service number drops it; heads' names are left out; offices abroad are
    not taken."""
    assert extractor.contact_numbers("loc. 8601, 8602; (083) 228-9788; 228-5546 F") == [
        "(083) 228-9788",
        "228-5546",
    ]
    assert extractor.contact_numbers("8928-8741 to 64 loc. 2601, 2602") == ["8928-8741"]
    assert extractor.contact_numbers("loc. 1003/2030") is None
    assert extractor.contact_numbers("8531-0026 loc. 101-102; 8531-0032") is None
    assert extractor.contact_numbers("loc. 1234, 3111") == []
    departments = [
        {
            "office_name": "DEPARTMENT OF X",
            "undersecretaries": [{"name": "A. B. CRUZ", "contact": "8123-4567"}],
            "regional_offices": [
                {"region": "Region I", "director": "C. D. SANTOS", "contact": "(072) 888-3352"}
            ],
            "foreign_service_establishments": [{"city": "Tokyo", "contact": "(+81-3) 5562-1600"}],
        }
    ]
    assert extractor.offices(departments) == [
        (
            "/0/regional_offices/0",
            {
                "department": "DEPARTMENT OF X",
                "list": "regional_offices",
                "region": "Region I",
                "contact": "(072) 888-3352",
            },
        )
    ]


def test_spans_lie_in_the_text_apart(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h381, "held_out_381", tmp_path)

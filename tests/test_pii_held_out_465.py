"""held_out_465 of the PII evaluation set (scripts/pii_held_out_465.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real numbers
or addresses, unchanged, each copy labelled; the office's name and invented ids are in the text
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

import ph_diplomatic_missions_data as extractor  # noqa: E402
import pii_held_out_465 as h465  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h465.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h465.by_locale()[locale][n]


def _document(record: dict):
    """The record's text parsed as its format: JSON, or an HTTP request with a JSON body."""
    text = record["text"]
    if record["layout"] in ("ninjavan_order", "acumatica_customer"):
        head, body = text.split("\n\n", 1)
        first = head.split("\n")[0]
        if record["layout"] == "ninjavan_order":
            assert first == "POST /ph/4.2/orders HTTP/1.1"
        else:
            assert first == "PUT /entity/Default/23.200.001/Customer HTTP/1.1"
        assert "Content-Type: application/json" in head.split("\n")
        return json.loads(body)
    return json.loads(text)


def _copies(record: dict, row: dict) -> tuple[int, list[str], list[str]]:
    """What the layout writes of the row: (copies of the whole contact field, numbers written
    alone, addresses written alone)."""
    phones, faxes = h465.lines(row)
    mails = h465.emails(row)
    layout = record["layout"]
    if layout == "ninjavan_order":
        return 1, phones[:1], mails[:1]
    if layout == "aftership_tracking":
        return 1, phones[:3], mails[:3]
    if layout == "dropbox_sign_request":
        return 2, [], mails
    return 0, phones[:2] + faxes[:1], mails[:1]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h465.data()["rows"]) == 189
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h465.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:PH"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "ninjavan_order": 48,
        "aftership_tracking": 47,
        "dropbox_sign_request": 43,
        "acumatica_customer": 51,
    }


def test_each_layout_parses_as_its_format_with_the_fields_in_place(records):
    for r in records:
        row, doc = _row(r), _document(r)
        contact, mails = h465.contact(row), h465.emails(row)
        phones, faxes = h465.lines(row)
        if r["layout"] == "ninjavan_order":
            assert doc["service_type"] == "Parcel" and doc["to"]["name"] == h465.office(row)
            assert doc["to"]["phone_number"] == phones[0]
            assert doc["to"].get("email") == (mails[0] if mails else None)
            assert "phone_number" not in doc["from"] and "email" not in doc["from"]
            assert contact in doc["parcel_job"]["delivery_instructions"]
            assert doc["to"]["address"]["address1"] == row["fields"]["address"]
            assert re.fullmatch(r"LEC-MDC25-\d{4}", doc["reference"]["merchant_order_number"])
        elif r["layout"] == "aftership_tracking":
            t = doc["tracking"]
            assert t["slug"] == "ninjavan" and re.fullmatch(
                r"NVPHLAKBY\d{10}", t["tracking_number"]
            )
            assert t["smses"] == phones[:3] and t["emails"] == mails[:3]
            assert t["customer_name"] == h465.office(row) and t["note"].endswith(contact)
        elif r["layout"] == "dropbox_sign_request":
            assert doc["signers"] == [
                {"email_address": mails[0], "name": h465.office(row), "order": 0}
            ]
            assert doc["cc_email_addresses"] == mails[1:] and doc["test_mode"] is True
            assert doc["metadata"]["office_lines"] == contact and contact in doc["message"]
        else:
            main = doc["MainContact"]
            assert doc["CustomerName"] == {"value": h465.office(row)}
            assert re.fullmatch(r"DIP\d{5}", doc["CustomerID"]["value"])
            assert main["Phone1"] == {"value": phones[0]}
            assert main.get("Phone2", {}).get("value") == (phones[1] if len(phones) > 1 else None)
            assert main.get("Fax", {}).get("value") == (faxes[0] if faxes else None)
            assert main.get("Email", {}).get("value") == (mails[0] if mails else None)
            assert all(set(v) == {"value"} for k, v in doc.items() if k != "MainContact")


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the contact field is labelled wherever the field or the number stands,
    under ``contact``; each address wherever it stands; the office's name and the invented ids
    are in the text, unlabelled; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        contact = h465.contact(row)
        whole, alone, mails = _copies(r, row)
        assert text.count(contact) == whole or len(numbers(contact)) == 1, r["id"]
        expected: Counter = Counter()
        for value in [contact[s:e] for s, e in numbers(contact)] * whole + alone:
            kind = "international" if h465.international(value) else "national"
            expected[(value, "PHONE_NUMBER", f"{kind}:contact")] += 1
        email_field = row["fields"].get("email", "")
        for mail in mails:
            expected[(mail, "EMAIL_ADDRESS", "register")] += 1
        if r["layout"] == "dropbox_sign_request":
            assert text.count(email_field) == (len(h465.emails(row)) == 1), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == +expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        at = text.find(h465.office(row))
        assert at >= 0 and not any(s <= at < e for s, e, *_ in r["spans"]), r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h465.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:contact": 531, "register": 181}


def test_the_data_keeps_the_published_shape():
    """Every kept contact field holds numbers a person's line could be, none after ``loc.`` in
    a list of extensions, no number kept twice nor one the earlier Philippine parts hold; the
    e-mail fields are addresses ``; `` apart; the heads' names are left out; the fields are the
    published strings."""
    rows = h465.data()["rows"]
    assert len(rows) == 189
    earlier = extractor.earlier_lines(extractor.EARLIER)
    seen: set[str] = set()
    for row in rows:
        found = extractor.contact_numbers(row["fields"]["contact"])
        assert found, row["path"]
        keys = {re.sub(r"\D", "", n) for n in found}
        assert not keys & seen and not keys & earlier, row["path"]
        seen |= keys
        assert all(personal_phone(n, "PH") for n in found)
        email = row["fields"].get("email", "")
        assert extractor.EMAILS.fullmatch(email) or not email
        assert set(row["fields"]) <= {*extractor.KEEP, "list"}
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(row["fields"]["list"] for row in rows) == {
        "Consulate": 104,
        "Diplomatic Mission": 69,
        "International Organization": 16,
    }
    assert sum(bool(h465.emails(row)) for row in rows) == 178


def test_the_extractor_keeps_entries_by_its_rules():
    """A few rows: the lists' names are kept, the heads' names and titles left out; fax and
    trunkline markers and ``to 73`` endings are no numbers; a short number drops an entry."""
    lists = {
        "Diplomatic Mission": [
            {
                "slug": "x",
                "country": "X",
                "office_name": "Embassy of X",
                "address": "Makati City",
                "contact": "8892-4081; 8892-4195 F",
                "representative": "H.E. A. B. CRUZ",
                "title": "Ambassador",
            }
        ],
        "International Organization": [
            {"organization_name": "Y", "head": "C. D. SANTOS", "contact": "7757-8100 TL"}
        ],
    }
    assert extractor.entries(lists) == [
        (
            "/Diplomatic%20Mission/0",
            {
                "list": "Diplomatic Mission",
                "country": "X",
                "office_name": "Embassy of X",
                "address": "Makati City",
                "contact": "8892-4081; 8892-4195 F",
            },
        ),
        (
            "/International%20Organization/0",
            {
                "list": "International Organization",
                "organization_name": "Y",
                "contact": "7757-8100 TL",
            },
        ),
    ]
    assert extractor.contact_numbers("8845-1869 to 73") == ["8845-1869"]
    assert extractor.contact_numbers("(032) 231-0605; 412-2436; 231-0437 (F)") == [
        "(032) 231-0605",
        "412-2436",
        "231-0437",
    ]
    assert h465.lines({"fields": {"contact": "(032) 231-0605; 412-2436; 231-0437 (F)"}}) == (
        ["(032) 231-0605", "412-2436"],
        ["231-0437"],
    )


def test_spans_lie_in_the_text_apart(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h465, "held_out_465", tmp_path)

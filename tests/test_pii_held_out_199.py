"""held_out_199 of the PII evaluation set (scripts/pii_held_out_199.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; each office e-mail copy labelled; the company's name
and web site are in the text and unlabelled) and are rebuilt byte for byte from the committed
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

import ae_dubai_chamber_data as source  # noqa: E402 - the scripts folder's modules
import pii_held_out_199 as h199  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the company's identifiers, in every layout
IDENTIFIERS = ("company_name", "url")
# how many copies of each field each layout writes (the fax and e-mail only where the row has one)
COPIES = {
    "aramex_pickup": {"phone": 2, "fax": 1, "email": 1},
    "paytabs_request": {"phone": 2, "fax": 0, "email": 2},
    "propertyfinder_xml": {"phone": 2, "fax": 1, "email": 1},
    "telr_order": {"phone": 2, "fax": 0, "email": 1},
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h199.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h199.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h199.data()["rows"]) == 373
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h199.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "aramex_pickup": 94, "paytabs_request": 93, "propertyfinder_xml": 93, "telr_order": 93,
    }  # fmt: skip


def test_every_copy_of_the_phone_fax_and_email_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled in every copy the layout writes if a
    person could hold it (a distractor if not), under its column; each copy of the office
    e-mail address is labelled; nothing else is."""
    for r in records:
        row, copies = _row(r), COPIES[r["layout"]]
        expected, short = Counter(), Counter()
        for column, value in (("phone", h199.phone(row)), ("fax", h199.fax(row))):
            for s, e in numbers(value) if value else []:
                number = value[s:e]
                key = expected if personal_phone(number, "AE") else short
                key[(number, column)] += copies[column]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(r["text"][s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        emails = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h199.email(row)
        assert emails == ([mail] * copies["email"] if mail else []), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h199.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:phone": 706, "international:phone": 40, "international:fax": 118,
        "national:fax": 28, "register": 55,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of seven digits or more, not all zeros, as the
    directory wrote it (no blank to strip); most in Dubai's ``4-3935262`` shape, 24 with the
    calling code; 290 faxes written (not the phone again); 39 office e-mail addresses, each a
    role word on the company's own domain; no two rows alike."""
    rows = h199.data()["rows"]
    for row in rows:
        assert set(row["fields"]) <= set(source.COLUMNS)
        assert all(isinstance(v, str) for v in row["fields"].values())
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 7 and set(digits) != {"0"}
        assert row["fields"]["phone"] == h199.phone(row)
    assert sum(bool(re.fullmatch(r"\d-\d{7}", h199.phone(row))) for row in rows) == 274
    assert sum(h199.international(h199.phone(row)) for row in rows) == 24
    assert sum(bool(h199.fax(row)) for row in rows) == 290
    assert not any(h199.fax(row) == h199.phone(row) for row in rows if h199.fax(row))
    mails = [h199.email(row) for row in rows if h199.email(row)]
    assert len(mails) == 39
    for mail in mails:
        local, domain = mail.split("@")
        assert local.lower() in source.ROLE and domain.lower() not in source.FREE_MAIL
    assert len({tuple(row["fields"].values()) for row in rows}) == len(rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "propertyfinder_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name stands in every record's text, the web site in the pickup requests', outside
    the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "url" and r["layout"] != "aramex_pickup":
                continue
            value = _encoded(r["layout"], h199._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number, fax, e-mail and name where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h199.phone(row), h199.fax(row), h199.email(row)
        name = h199._f(row, "company_name")
        if r["layout"] == "aramex_pickup":
            doc = json.loads(text)
            assert doc["ClientInfo"]["AccountEntity"] == "DXB"
            pickup = doc["Pickup"]
            contact = pickup["PickupContact"]
            assert contact["CompanyName"] == name and contact["PhoneNumber1"] == tel
            assert contact["FaxNumber"] == fax and contact["EmailAddress"] == mail
            assert pickup["Comments"] == f"Please call {tel} on arrival"
            for key in ("PickupDate", "ReadyTime", "LastPickupTime", "ClosingTime"):
                assert re.fullmatch(r"/Date\(\d{13}\+0400\)/", pickup[key])
            assert pickup["Reference1"] == doc["Transaction"]["Reference1"]
        elif r["layout"] == "paytabs_request":
            doc = json.loads(text)
            assert doc["tran_type"] == "sale" and doc["cart_currency"] == "AED"
            for party in (doc["customer_details"], doc["shipping_details"]):
                assert party["name"] == name and party["phone"] == tel
                assert party.get("email", "") == mail and party["country"] == "AE"
            assert doc["cart_description"].endswith(f" - {name}")
        elif r["layout"] == "propertyfinder_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "list" and root.get("listing_count") == "1"
            prop = root.find("property")
            assert prop.findtext("offering_type") == "CR"
            assert re.fullmatch(r"71\d{8}", prop.findtext("permit_number"))
            agent = prop.find("agent")
            assert agent.findtext("name") == name and agent.findtext("phone") == tel
            assert (agent.findtext("email") or "") == mail
            assert prop.findtext("description_ar").endswith(f"الاتصال على {tel}")
            assert prop.findtext("description_en").endswith(f"fax to {fax}." if fax else ".")
        else:
            doc = json.loads(text)
            assert doc["method"] == "create" and doc["order"]["currency"] == "AED"
            customer = doc["customer"]
            assert customer["phone"] == tel and customer["address"]["line1"] == name
            assert customer.get("email", "") == mail
            assert doc["order"]["description"].endswith(f" - {name} (tel. {tel})")


def test_provenance():
    sources = h199.data()["sources"]
    assert set(sources) == {"AE"}
    ae = sources["AE"]
    assert ae["repository"] == "PyWebChannel/WebScraping"
    assert ae["commit"] == "acefc96e8be8b8978bbd750c9d5ffbe877c47dba"
    assert ae["paths"] == ["dubaichamber/dubaichamber_OutputFile.csv"]
    assert "not confirmed" in ae["licence"] and "Dubai Chamber" in ae["publisher"]
    rows = h199.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AE": 373}
    assert all(r["path"].startswith(f"{ae['paths'][0]}#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h199, "held_out_199", tmp_path)

"""held_out_494 of the PII evaluation set (scripts/pii_held_out_494.py): its committed records
keep the generator's invariants (every labelled value is a copy of one of the row's real numbers
or of one of its mailboxes, unchanged, each copy labelled; the unit's name and dataset id stand
in the text unlabelled) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on a few rows. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_494 as h494  # noqa: E402 - the scripts folder's modules
import pt_carris_saude_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers each layout writes (its name in all; its dataset id, postcode and
# locality where the layout carries them)
IDENTIFIERS = {
    "waymb_transaction": ("name",),
    "highrise_company": ("name", "id", "postal_code", "locality", "parish_id"),
    "dixa_end_user": ("name", "id"),
    "kickserv_customer": ("name", "postal_code", "locality"),
}
XML_LAYOUTS = ("highrise_company", "kickserv_customer")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h494.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h494.by_locale()[locale][n]


def _written(layout: str, row: dict) -> tuple[list[str], list[str]]:
    """The numbers and mailboxes a record of ``layout`` writes: WayMB's payer the first of
    each, Kickserv every number and the first mailbox, the others every one."""
    tels, mails = h494.phones(row), h494.emails(row)
    if layout == "waymb_transaction":
        return tels[:1], mails[:1]
    if layout == "kickserv_customer":
        return tels, mails[:1]
    return tels, mails


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h494.data()["rows"]) == 151
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h494.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] in ("pt", "en")
    assert Counter(r["layout"] for r in records) == {
        "waymb_transaction": 38,
        "highrise_company": 38,
        "dixa_end_user": 38,
        "kickserv_customer": 37,
    }


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number and mailbox the layout writes is labelled once where it stands, whole;
    nothing else is labelled, no distractor is, and no mailbox is written unlabelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, mails = _written(r["layout"], row)
        expected = Counter()
        for tel in tels:
            assert text.count(tel) == 1, r["id"]
            expected[(tel, "PHONE_NUMBER", "national:phone")] += 1
        for mail in mails:
            assert text.count(mail) == 1, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] += 1
        assert text.count("@") == len(mails), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h494.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 160, "register": 149}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one or two nine-digit numbers joined by ``|``, each a number a
    person could hold, no number in two rows; the e-mail fields hold one or two addresses
    (joined by ``|``) or a hospital's web page; every value is a string."""
    rows = h494.data()["rows"]
    for row in rows:
        assert re.fullmatch(r"\d{9}(\|\d{9})?", row["fields"]["phone"]), row["path"]
    tels = [tel for row in rows for tel in h494.phones(row)]
    assert len(tels) == len(set(tels)) == 163
    assert all(personal_phone(tel, "PT") for tel in tels)
    assert sum(h494.mobile(tel) for tel in tels) == 5
    assert Counter(len(h494.phones(row)) for row in rows) == {1: 139, 2: 12}
    assert Counter(len(h494.emails(row)) for row in rows) == {1: 145, 2: 3, 0: 3}
    for row in rows:
        field = row["fields"]["email"]
        if h494.emails(row):
            assert field == "|".join(h494.emails(row)), field
        else:
            assert field.startswith("http"), field


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout's text writes it."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = _encoded(r["layout"], h494._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nif_right(value: str) -> bool:
    """Whether a Portuguese NIF's check digit is right (mod 11)."""
    rest = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True)) % 11
    return int(value[8]) == (0 if rest < 2 else 11 - rest)


def test_the_documents_are_well_formed(records):
    """Each document parses as its format (JSON or XML), the row's values where its format
    puts them, the invented NIFs' check digits right and their prefix the unit's kind."""
    for r in records:
        row = _row(r)
        tels, mails, name = h494.phones(row), h494.emails(row), row["fields"]["name"]
        if r["layout"] == "waymb_transaction":
            doc = json.loads(r["text"])
            assert set(doc) == {"id", "status", "amount", "createdAt", "split", "payer"}
            assert re.fullmatch(r"[0-9a-f]{24}", doc["id"])
            assert doc["status"] in ("PENDING", "COMPLETED") and doc["split"] == {}
            payer = doc["payer"]
            assert payer["name"] == name and payer["phone"] == tels[0]
            assert payer.get("email", "") == (mails[0] if mails else "")
            prefix = "600" if h494.public(row) else "5"
            assert payer["document"].startswith(prefix) and _nif_right(payer["document"])
        elif r["layout"] == "highrise_company":
            company = ET.fromstring(r["text"].encode())
            assert company.tag == "company" and company.findtext("name") == name
            contact = company.find("contact-data")
            assert [e.findtext("address") for e in contact.iter("email-address")] == mails
            phone_numbers = contact.iter("phone-number")
            numbers = [(p.findtext("number"), p.findtext("location")) for p in phone_numbers]
            assert numbers == [(t, "Mobile" if t.startswith("9") else "Work") for t in tels]
            assert contact.find("addresses/address/zip").text == row["fields"]["postal_code"]
            values = [d.findtext("value") for d in company.iter("subject_data")]
            assert values[:2] == [row["fields"]["id"], row["fields"]["parish_id"]]
        elif r["layout"] == "dixa_end_user":
            user = json.loads(r["text"])["data"]
            assert user["displayName"] == name and user["externalId"] == row["fields"]["id"]
            assert [user["phoneNumber"], *user["additionalPhoneNumbers"]] == tels
            first = [user["email"]] if "email" in user else []
            assert [*first, *user["additionalEmails"]] == mails
        else:
            customer = ET.fromstring(r["text"].encode())
            assert customer.tag == "customer" and customer.findtext("name") == name
            assert customer.findtext("company") == "true"
            assert customer.findtext("phone_number") == tels[0]
            others = [e.text for e in customer if e.tag in ("mobile", "alt_phone_number")]
            assert others == tels[1:]
            assert customer.findtext("email_address", "") == (mails[0] if mails else "")
            assert customer.findtext("billing_zip_code") == row["fields"]["postal_code"]


def test_provenance():
    sources = h494.data()["sources"]
    assert set(sources) == {"PT"}
    pt = sources["PT"]
    assert pt["repository"] == "carrismetropolitana/datasets"
    assert pt["commit"] == "2d5c2ba664fbe58ad732813fd167b50e72690bf4"
    assert pt["paths"] == ["facilities/health_centers/health_centers.csv"]
    assert "ODbL" in pt["licence"] and pt["publisher"]
    rows = h494.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PT": 151}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractor_keeps_only_new_numbers():
    """A facility is kept with a phone field whose every number has seven digits or more and
    is held by no earlier part and no facility kept before; an earlier Portuguese number is
    known with and without its country code."""
    base = {"phone": "212345678"}
    assert extractor.keep(base, set(), set())
    assert extractor.keep({"phone": "212345678|912345678"}, set(), set())
    assert not extractor.keep({"phone": ""}, set(), set())
    assert not extractor.keep({"phone": "212345"}, set(), set())
    assert not extractor.keep({"phone": "212345678|2123"}, set(), set())
    assert not extractor.keep(base, {"212345678"}, set())
    assert not extractor.keep({"phone": "213000000|212345678"}, set(), {"212345678"})
    earlier = extractor.earlier_pt(extractor.EARLIER)
    tels = [tel for row in h494.data()["rows"] for tel in h494.phones(row)]
    assert not any(tel in earlier for tel in tels)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h494, "held_out_494", tmp_path)

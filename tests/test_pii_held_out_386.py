"""held_out_386 of the PII evaluation set (scripts/pii_held_out_386.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field
or mailbox, unchanged, each copy labelled, each number of a field on its own; the store's name,
town and state are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ng_store_locator_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_386 as h386  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, each mailbox)
COPIES = {
    "paystack_subaccount": (1, 1),
    "flutterwave_subaccount": (2, 1),
    "shipbubble_address": (1, 1),
    "firs_einvoice": (2, 1),
}
NUMBER = re.compile(r"0\d{2,3}-?\d{7,8}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h386.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h386.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h386.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h386.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NG"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h386.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field and each well-formed mailbox are labelled wherever they
    stand, each whole; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mails = h386.phone(row), h386.emails(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected = Counter()
        for number in NUMBER.findall(tel):
            expected[(number, "PHONE_NUMBER", "national:Phone")] += n_tel
        for mail in mails:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS", "register")] += n_mail
        # one store's street holds an "@" (``BLOCK @ 1``), no address
        ats = text.count("@") - text.count(h386.address(row)) * h386.address(row).count("@")
        assert ats == n_mail * len(mails), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h386.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Phone": 453, "register": 149}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds one or two Nigerian mobile numbers as typed, each a number
    a person could hold, no number twice; the invisible marks some fields carry are kept; the
    e-mail fields are kept as published, two joined by a comma, the four malformed ones (cut
    short or missing a dot) not written;
    every store's name names a business."""
    rows = h386.data()["rows"]
    numbers = [n for row in rows for n in NUMBER.findall(h386.phone(row))]
    assert len(numbers) == 302 and len({re.sub(r"\D", "", n) for n in numbers}) == 302
    assert all(personal_phone(n, "NG") for n in numbers)
    for row in rows:
        leftover = NUMBER.sub("", h386.phone(row))
        assert set(leftover) <= set(" -\u202d\u202c"), row["path"]
    assert sum(" - " in h386.phone(row) for row in rows) == 2
    assert sum(bool(re.search("[\u202c\u202d]", h386.phone(row))) for row in rows) == 9
    assert sum(bool(h386.emails(row)) for row in rows) == 147
    assert sum(len(h386.emails(row)) == 2 for row in rows) == 2
    malformed = [
        row["fields"]["Email"]
        for row in rows
        if row["fields"]["Email"].strip() and not h386.emails(row)
    ]
    assert malformed == [
        "LSACCTOFFIC…3@yahoo.com",
        "Judeokeke103@gmailcom",
        "Ifybunex57@gmail",
        "ridwanullahifarmsnig@gmail",
    ]
    assert all(extractor.BUSINESS.search(row["fields"]["Name"]) for row in rows)


def test_the_extractor_keeps_its_rules():
    """The module is read as data (quoted keys, no trailing commas, no empty slot); a store
    named by a person's name alone, one with no number and one repeating a number are left out."""
    text = """const data = {
  Kano: [
    {
      Town: "Kano",
      data: [
        {
          Name: "ALHAJI SANI SALE KUNINI",
          Town: "Kano",
          Phone: "0803-2501560",
          Email: "",
        },
        {
          Name: "A & J STORES",
          Phone: "0704-2644145",
          Email: "a@b.com",
        },
        {
          Name: "B VENTURES",
          Town: "Kano",
          Phone: "",
          Email: "",
        },
      ],
    },
    ,
  ],
};

export default data;"""
    stores = extractor.stores(text)
    assert [(s, t, d["Name"]) for s, t, d in stores] == [
        ("Kano", "Kano", "ALHAJI SANI SALE KUNINI"),
        ("Kano", "Kano", "A & J STORES"),
        ("Kano", "Kano", "B VENTURES"),
    ]
    assert [bool(extractor.BUSINESS.search(d["Name"])) for _, _, d in stores] == [
        False,
        True,
        True,
    ]
    assert extractor.numbers_in("\u202d0814-0884444 - 0803-5618954") == [
        "08140884444",
        "08035618954",
    ]
    assert extractor.numbers_in("") == []
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "234")
    kept = {n for row in h386.data()["rows"] for n in extractor.numbers_in(row["fields"]["Phone"])}
    assert earlier and not kept & earlier


def _encoded(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's name, town and state stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h386.name(row), h386.town(row), h386.state(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h386.phone(row), h386.email(row), h386.name(row)
        if r["layout"] == "paystack_subaccount":
            data = doc["data"]
            assert doc["status"] is True and data["subaccount_code"].startswith("ACCT_")
            assert data["business_name"] == name and data["primary_contact_phone"] == tel
            assert data["primary_contact_email"] == (mail or None)
            assert re.fullmatch(r"\d{10}", data["account_number"])
        elif r["layout"] == "flutterwave_subaccount":
            assert doc["business_mobile"] == doc["business_contact_mobile"] == tel
            assert doc.get("business_email", "") == mail and doc["country"] == "NG"
            assert re.fullmatch(r"\d{3}", doc["account_bank"]) and doc["business_name"] == name
            assert doc["split_type"] == "percentage" and 0 < doc["split_value"] < 1
        elif r["layout"] == "shipbubble_address":
            data = doc["data"]
            assert doc["status"] == "success" and data["country_code"] == "NG"
            assert data["phone"] == tel and data["email"] == mail and data["name"] == name
            assert data["formatted_address"].endswith(f"{h386.state(row)}, Nigeria")
            assert 10_000_000 <= data["address_code"] < 100_000_000
        else:
            party = doc["accounting_customer_party"]
            assert party["telephone"] == tel and party.get("email", "") == mail
            assert party["party_name"] == name
            number, service, day = doc["irn"].split("-")
            assert number.startswith("INV") and len(service) == 8
            assert day == doc["issue_date"].replace("-", "")
            assert doc["note"].endswith(f"Call {tel} before dispatch.")
            total = sum(line["line_extension_amount"] for line in doc["invoice_line"])
            assert doc["legal_monetary_total"]["line_extension_amount"] == total
            assert doc["legal_monetary_total"]["payable_amount"] == round(total * 1.075, 2)


def test_provenance():
    sources = h386.data()["sources"]
    assert set(sources) == {"NG"}
    ng = sources["NG"]
    assert ng["repository"] == "Josh4324/Store-Locator"
    assert ng["commit"] == "c07801ec85424d8b9bd5632b8f8d7f5e9c2060dd"
    assert ng["paths"] == ["app.js"]
    assert "not confirmed" in ng["licence"] and ng["publisher"]
    rows = h386.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NG": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h386, "held_out_386", tmp_path)

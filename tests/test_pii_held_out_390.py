"""held_out_390 of the PII evaluation set (scripts/pii_held_out_390.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real telephone
field or its real mailbox, unchanged, each copy labelled; the company's name, ticker and tax
number are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on its rows. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import id_idx_emiten_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_390 as h390  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the company's identifiers, in every layout
IDENTIFIERS = ("NamaEmiten", "KodeEmiten")
# copies of each value a record of each layout writes: (telephone field, mailbox)
COPIES = {
    "tripay_transaksi": (1, 1),
    "duitku_invoice": (4, 2),
    "ipaymu_payment": (1, 1),
    "faspay_debit": (3, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h390.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h390.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h390.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h390.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h390.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the telephone field is labelled number by number (as ``labelled_record``
    splits it: a number a person could hold as a phone, any other a distractor), each copy of
    the mailbox whole; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h390.phone(row), h390.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(tel):
            value = tel[s:e]
            if personal_phone(value, "ID"):
                expected[(value, "PHONE_NUMBER")] += n_tel
            else:
                short[value] += n_tel
        if mail:
            assert text.count(mail) == n_mail, r["id"]
            expected[(mail, "EMAIL_ADDRESS")] = n_mail
        got = Counter((text[s:e], t) for s, e, t, _ in r["spans"])
        assert got == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        for s, e, t, _ in r["spans"]:
            if t == "PHONE_NUMBER":
                at = [m.start() for m in re.finditer(re.escape(tel), text)]
                assert any(a <= s and e <= a + len(tel) for a in at), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h390.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Telepon": 602, "international:Telepon": 185, "register": 374}


def test_the_register_s_other_numbers_and_addresses_stay_out_of_the_text(records):
    """The faxes and the further addresses of an e-mail field are not written, so nothing of
    the register stands unlabelled."""
    for r in records:
        row, text = _row(r), r["text"]
        fax = h390._f(row, "Fax")
        if len(digits_of(fax)) >= 7 and fax not in h390.phone(row):
            assert fax not in text, r["id"]
        for other in h390.ADDRESS.findall(h390._f(row, "Email"))[1:]:
            if other != h390.email(row):
                assert other not in text, r["id"]


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The company's name and ticker stand in every record's text, outside the labels, and its
    tax number (NPWP, phone-shaped) where the layout writes it, never labelled."""
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        columns = [*IDENTIFIERS]
        if r["layout"] in ("duitku_invoice", "faspay_debit"):
            columns.append("NPWP")
        for column in columns:
            value = _encoded(h390._f(row, column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its gateway's schema puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h390.phone(row), h390.email(row), h390.name(row)
        if r["layout"] == "tripay_transaksi":
            data = doc["data"]
            assert doc["success"] is True and data["status"] == "UNPAID"
            assert data["customer_phone"] == tel and data["customer_name"] == name
            assert data["customer_email"] == (mail or None)
            assert data["amount"] == sum(i["subtotal"] for i in data["order_items"])
            assert data["amount_received"] == data["amount"] - data["total_fee"]
            assert re.fullmatch(r"\d{15}", data["pay_code"])
            assert data["checkout_url"].endswith(data["reference"])
        elif r["layout"] == "duitku_invoice":
            detail = doc["customerDetail"]
            assert doc["phoneNumber"] == detail["phoneNumber"] == tel
            assert doc["email"] == detail["email"] == mail
            for where in (detail["billingAddress"], detail["shippingAddress"]):
                assert where["phone"] == tel and where["countryCode"] == "ID"
                assert where["postalCode"] == h390.postcode(row)
            assert doc["paymentAmount"] == sum(i["price"] for i in doc["itemDetails"])
            assert doc["merchantUserInfo"] == h390.ticker(row)
            assert len(doc["customerVaName"]) <= 20 and name.startswith(doc["customerVaName"])
        elif r["layout"] == "ipaymu_payment":
            assert doc["buyerPhone"] == tel and doc["buyerEmail"] == mail
            assert doc["buyerName"] == name
            assert len(doc["product"]) == len(doc["qty"]) == len(doc["price"])
            assert len(doc["description"]) == len(doc["product"])
        else:
            assert doc["request"] == "Transmisi Info Detil Pembelian"
            assert doc["msisdn"] == doc["billing_msisdn"] == doc["shipping_msisdn"] == tel
            assert doc["email"] == mail and doc["cust_no"] == h390.ticker(row)
            assert doc["bill_total"] == str(sum(int(i["amount"]) for i in doc["item"]))
            assert re.fullmatch(r"[0-9a-f]{40}", doc["signature"])


def test_the_data_keeps_the_extractor_s_rules():
    """Every kept telephone holds seven digits or more, on one line, no two alike, none an
    earlier Indonesian part's; no kept address names a line of its own; the fields are the
    service's strings, unchanged."""
    rows = h390.data()["rows"]
    tels = [digits_of(row["fields"]["Telepon"]) for row in rows]
    assert all(len(t) >= 7 for t in tels) and len(set(tels)) == 300
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "62")
    assert not set(tels) & earlier
    assert not any("\n" in row["fields"]["Telepon"].strip() for row in rows)
    assert not any(extractor.NAMES_A_LINE.search(row["fields"]["Alamat"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(bool(h390.email(row)) for row in rows) == 299
    assert [row["path"] for row in rows] == sorted(
        (row["path"] for row in rows), key=lambda p: int(p.rsplit("#", 1)[1])
    )


def test_provenance():
    sources = h390.data()["sources"]
    assert set(sources) == {"ID"}
    src = sources["ID"]
    assert src["repository"] == "nichsedge/idx-bei"
    assert src["commit"] == "76a248e8e4593322c7be1889458ed960e74c4854"
    assert src["paths"] == ["data/allCompanies.json"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    assert Counter(r["country"] for r in h390.data()["rows"]) == {"ID": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h390, "held_out_390", tmp_path)

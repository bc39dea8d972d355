"""held_out_448 of the PII evaluation set (scripts/pii_held_out_448.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the company's name and postcode are in the text
and unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules
hold on its rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import de_datenanfragen_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_448 as h448  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone, fax, e-mail)
COPIES = {
    "shopware_customer": (1, 0, 1),
    "paperless_document": (2, 1, 1),
    "kimai_customer": (1, 1, 1),
    "xentral_adressen": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h448.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h448.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h448.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h448.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h448.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """The telephone, the fax (where it is not the telephone) and the role mailbox (where the
    row keeps one) are labelled wherever the layout writes them, each whole, the numbers under
    their columns; nothing else is labelled and no distractor is. (One fax is the telephone
    with a digit more: the telephone inside it is not counted as a copy.)"""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h448.phone(row), h448.fax(row), h448.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected = Counter({(tel, "PHONE_NUMBER", "international:phone"): n_tel})
        if fax and n_fax:
            expected[(fax, "PHONE_NUMBER", "international:fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        inside = text.count(fax) if fax and tel in fax else 0
        assert text.count(tel) - inside == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h448.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"international:phone": 375, "international:fax": 148, "register": 233}


def test_the_data_keeps_the_extractors_rules():
    """Every kept row is a company in Germany whose telephone is a number a person could hold,
    written with the calling code, no two alike and none an earlier German part holds; the
    mailboxes kept are role mailboxes; the fields are the published strings."""
    rows = h448.data()["rows"]
    tels = [h448.phone(row) for row in rows]
    assert all(re.fullmatch(r"\+\d[\d ]+", tel) for tel in tels)
    assert all(personal_phone(tel, "DE") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 300
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "49")
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier
    lasts = {row["fields"]["address"].split("\n")[-1] for row in rows}
    assert lasts <= {"Deutschland", "Germany"}
    mails = [row["fields"]["email"] for row in rows if "email" in row["fields"]]
    assert len(mails) == 233 and all(extractor.role_mailbox(m) for m in mails)
    assert all(h448.email(row) == row["fields"].get("email", "") for row in rows)
    assert sum(bool(h448.fax(row)) for row in rows) == 198
    assert all(set(row["fields"]) <= {*extractor.KEYS, "email"} for row in rows)
    assert all(isinstance(v, str) and v for row in rows for v in row["fields"].values())


def test_role_mailbox_rule():
    assert extractor.role_mailbox("datenschutz@albagroup.de")
    assert extractor.role_mailbox("info@example.de")
    assert not extractor.role_mailbox("michael@example.de")
    assert not extractor.role_mailbox("max.datenschutz@example.de")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The company's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h448._f(row, "name"), h448.postcode_town(row)[0]):
            value = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _vat_ok(vat: str) -> bool:
    """Whether a German VAT id's check digit is right (ISO 7064 MOD 11,10)."""
    product = 10
    for d in map(int, vat[2:10]):
        product = (2 * ((d + product) % 10 or 10)) % 11
    return (11 - product) % 10 == int(vat[10])


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them, the invented
    VAT ids' check digits right."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, fax, mail = h448.phone(row), h448.fax(row), h448.email(row)
        name = row["fields"]["name"]
        zipcode, city = h448.postcode_town(row)
        if r["layout"] == "shopware_customer":
            c = doc["data"]
            assert c["accountType"] == "business" and c["company"] == name
            assert c["email"] == (mail or None)
            a = c["defaultBillingAddress"]
            assert a["id"] == c["defaultBillingAddressId"] and a["customerId"] == c["id"]
            assert (a["phoneNumber"], a["zipcode"], a["city"]) == (tel, zipcode, city)
            assert all(re.fullmatch(r"[0-9a-f]{32}", c[k]) for k in ("id", "groupId"))
            vat = c["vatIds"][0]
        elif r["layout"] == "paperless_document":
            lines = doc["content"].split("\n")
            assert lines[0] == name and f"{zipcode} {city}" in lines
            assert f"Telefon: {tel}" in lines
            assert (f"Telefax: {fax}" in lines) == bool(fax)
            assert (f"E-Mail: {mail}" in lines) == bool(mail)
            assert f"erreichen Sie uns unter {tel}." in doc["content"]
            assert doc["mime_type"] == "application/pdf" and doc["title"].startswith(name)
            vat = re.search(r"USt-IdNr\. (DE\d{9})", doc["content"]).group(1)
        elif r["layout"] == "kimai_customer":
            assert (doc["name"], doc["phone"], doc["country"]) == (name, tel, "DE")
            assert doc["fax"] == (fax or None) and doc["email"] == (mail or None)
            assert doc["address"].endswith(f"\n{zipcode} {city}")
            vat = doc["vatId"]
        else:
            assert doc["pagination"]["items_total"] == len(doc["data"]) == 1
            item = doc["data"][0]
            assert (item["typ"], item["name"], item["telefon"]) == ("firma", name, tel)
            assert (item["telefax"], item["email"], item["plz"]) == (fax, mail, zipcode)
            vat = item["ustid"]
        assert re.fullmatch(r"DE\d{9}", vat) and _vat_ok(vat), r["id"]


def test_provenance():
    sources = h448.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "datenanfragen/data"
    assert de["commit"] == "0a29c3d6feee53b02e73204a3dbd312eafe56629"
    assert de["paths"] == ["companies/*.json"]
    assert "CC0" in de["licence"] and de["publisher"]
    assert Counter(r["country"] for r in h448.data()["rows"]) == {"DE": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h448, "held_out_448", tmp_path)

"""held_out_499 of the PII evaluation set (scripts/pii_held_out_499.py): its committed records
keep the generator's invariants (every labelled value is a copy of the school's real telephone
or e-mail address, unchanged, each copy labelled; the school's name, UTIS code and address are in
the text and unlabelled) and are rebuilt byte for byte from the committed data; the extractor
keeps the schools by its rules. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import az_edu_schools_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_499 as h499  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, by layout (each in the text, outside the labels)
IDENTIFIERS = {
    "edu_az_schools": ("name", "address", "utisCode", "subjection"),
    "vatportal_qaime": ("name", "address", "utisCode"),
    "etender_contact_persons": ("name",),
    "etender_announcements": ("name", "address", "regionName", "subjection"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h499.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h499.by_locale()[locale][n]


def _copies(layout: str, row: dict) -> Counter:
    """How many copies of each telephone and address a record of ``layout`` writes."""
    phones, mails = h499.phones(row), h499.emails(row)
    if layout == "edu_az_schools":
        out: Counter = Counter()
        for entry in h499.entries(row):
            for part in entry["value"].split(";") if entry["typeId"] == 3 else [entry["value"]]:
                out[part] += 1
        return out
    out = Counter({v: 1 for v in [*phones, *mails]})
    if layout == "etender_contact_persons":
        out[phones[0]] += max(0, len(mails) - len(phones))
    return out


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h499.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h499.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AZ"
        assert r["language"] in ("az", "en")
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h499.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each telephone and e-mail address of the school's usable contact entries is labelled
    wherever it stands, each whole, the numbers under their column; every ``@`` of the text is
    in a labelled address; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        phones, mails = set(h499.phones(row)), set(h499.emails(row))
        got = Counter()
        for s, e, t, kind in r["spans"]:
            value = text[s:e]
            if t == "PHONE_NUMBER":
                assert value in phones and kind.endswith(":contacts_json"), (r["id"], value)
            else:
                assert t == "EMAIL_ADDRESS" and value in mails and kind == "register", r["id"]
            got[value] += 1
        assert got == _copies(r["layout"], row), r["id"]
        assert text.count("@") == sum(n for v, n in got.items() if "@" in v), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h499.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:contacts_json": 497,
        "international:contacts_json": 7,
        "register": 326,
    }


def _encoded(value: str) -> str:
    """``value`` as the layouts' JSON writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS[r["layout"]]:
            value = _encoded(h499._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where its format puts them: the
    platform's school object with its usable contact entries, the VatPortal invoice with its
    ten-digit VÖENs and sums that add up, the eTender contact entries and announcement."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        phones, mails, name = h499.phones(row), h499.emails(row), row["fields"]["name"]
        if r["layout"] == "edu_az_schools":
            assert isinstance(doc, list) and len(doc) == 1
            school = doc[0]
            assert school["name"] == name and school["id"] == int(row["fields"]["id"])
            assert school["utisCode"] == row["fields"]["utisCode"]
            assert school["contacts"] == h499.entries(row)
            assert {c["typeId"] for c in school["contacts"]} <= {1, 3}
        elif r["layout"] == "vatportal_qaime":
            assert doc["upload"] is True and len(doc["invoices"]) == 1
            inv = doc["invoices"][0]
            assert re.fullmatch(r"\d{9}1", inv["seller"]) and re.fullmatch(r"\d{9}1", inv["buyer"])
            assert inv["add_info"].startswith(f"Alıcı: {name} (UTİS ")
            assert inv["add_info"].endswith(mails[-1] if mails else phones[-1])
            items = inv["items"]
            assert inv["sum_subtotal1"] == pytest.approx(sum(i["subtotal1"] for i in items))
            assert inv["sum_vat_amount"] == pytest.approx(sum(i["vat_amount"] for i in items))
            assert inv["sum_total"] == pytest.approx(inv["sum_subtotal1"] + inv["sum_vat_amount"])
            assert all(i["barcode"] == i["id"] + "000" for i in items)
        elif r["layout"] == "etender_contact_persons":
            assert isinstance(doc, list) and len(doc) == max(len(phones), len(mails))
            assert [p["phoneNumber"] for p in doc[: len(phones)]] == phones
            assert [p["contact"] for p in doc if p["contact"]] == mails
            assert all(p["fullName"] == name for p in doc)
        else:
            (item,) = doc["announcements"]
            assert item["text"].startswith(f"{name} (VÖEN ")
            assert f"Əlaqələndirici şəxs: tel.: {', '.join(phones)}" in item["text"]


def test_the_data_keeps_the_published_shape():
    """Every kept school has a telephone of seven digits or more, a number a person could hold;
    no two schools share one and the earlier Azerbaijani part holds none; the written values
    are the published ones; the fields are strings as the file gives them."""
    rows = h499.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "994")
    seen: set[str] = set()
    for row in rows:
        numbers = {digits_of(v) for v in extractor.phones(row["fields"])}
        assert numbers and not numbers & (earlier | seen), row["path"]
        seen |= numbers
        assert all(personal_phone(p, "AZ") for p in h499.phones(row))
        published = [e["value"] for e in json.loads(row["fields"]["contacts_json"])]
        assert all(p in published for p in h499.phones(row))
        assert all(any(m in v.split(";") for v in published) for m in h499.emails(row))
    assert sum(len(h499.phones(r)) for r in rows) == 501
    assert sum(len(h499.emails(r)) for r in rows) == 318
    paths = [int(r["path"].rsplit("#", 1)[1]) for r in rows]
    assert paths == sorted(paths)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractor_and_the_generator_rules_on_a_few_rows():
    """A short number is no telephone to keep; an e-mail entry with a malformed part is never
    written; an entry joining addresses by ``;`` gives each."""
    contacts = [
        {"id": 1, "value": "62348", "typeId": 1},
        {"id": 2, "value": "0222262014", "typeId": 1},
        {"id": 3, "value": "a@mail.ru;b@gmail.com", "typeId": 3},
        {"id": 4, "value": "maxanovav@mail.ru.", "typeId": 3},
        {"id": 5, "value": "yoxdur", "typeId": 3},
    ]
    fields = {"contacts_json": json.dumps(contacts)}
    assert extractor.phones(fields) == ["0222262014"]
    row = {"fields": fields}
    assert h499.phones(row) == ["0222262014"]
    assert h499.emails(row) == ["a@mail.ru", "b@gmail.com"]
    assert [e["id"] for e in h499.entries(row)] == [2, 3]


def test_provenance():
    sources = h499.data()["sources"]
    assert set(sources) == {"AZ"}
    az = sources["AZ"]
    assert az["repository"] == "scraper-bots/digital_edu_az"
    assert az["commit"] == "6e03c886053873e12726d06f47e8ce5039910795"
    assert az["paths"] == ["schools.csv"]
    assert "not confirmed" in az["licence"] and az["publisher"]
    assert Counter(r["country"] for r in h499.data()["rows"]) == {"AZ": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h499, "held_out_499", tmp_path)

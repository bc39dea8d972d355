"""held_out_360 of the PII evaluation set (scripts/pii_held_out_360.py): its committed records
keep the generator's invariants (every labelled value is a copy of a number of the row's real
phone field or of its mailbox, unchanged, each copy labelled; the shop's name, province and
district are in the text and unlabelled) and are rebuilt byte for byte from the committed data;
the extractor's rules hold on the data. No recognizer runs here: the part is scored from its
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

import pii_held_out_360 as h360  # noqa: E402 - the scripts folder's modules
import vn_shopping_data as extractor  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of each value a record of each layout writes: (phone field, e-mail)
COPIES = {
    "ghtk_pick_addresses": (1, 0),
    "overture_place": (1, 1),
    "here_discover": (1, 1),
    "people_contact": (2, 2),
}
LANGUAGES = {
    "ghtk_pick_addresses": "vi",
    "overture_place": "en",
    "here_discover": "vi",
    "people_contact": "vi",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h360.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h360.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h360.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h360.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:VN"
        assert r["language"] == LANGUAGES[r["layout"]]
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h360.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field (as ``numbers`` reads it) is labelled in every copy of the
    field, under its column, and the mailbox (where the data keeps one) in every copy; nothing
    else is labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h360.phone(row), h360.email(row)
        n_tel, n_mail = COPIES[r["layout"]]
        assert text.count(tel) == n_tel, r["id"]
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            kind = "international" if h360.international(tel[s:e]) else "national"
            expected[(tel[s:e], "PHONE_NUMBER", f"{kind}:Điện thoại")] += n_tel
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h360.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Điện thoại": 426, "international:Điện thoại": 6, "register": 43}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The shop's name, province and district stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h360.name(row), h360.province(row), h360.district(row)):
            found = [m.start() for m in re.finditer(re.escape(h360.encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON in its format's shape, the row's values where the format puts
    them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, mail, name = h360.phone(row), h360.email(row), h360.name(row)
        if r["layout"] == "ghtk_pick_addresses":
            assert doc["success"] is True and len(doc["data"]) == 1
            item = doc["data"][0]
            assert re.fullmatch(r"\d{8}", item["pick_address_id"])
            assert item["pick_tel"] == tel and item["pick_name"] == name
            assert item["address"] == h360.address(row)
        elif r["layout"] == "overture_place":
            assert doc["type"] == "Feature" and doc["geometry"]["type"] == "Point"
            lng, lat = doc["geometry"]["coordinates"]
            assert 8 < lat < 24 and 102 < lng < 110
            props = doc["properties"]
            assert props["type"] == "place" and props["theme"] == "places"
            assert props["names"]["primary"] == name and props["phones"] == [tel]
            assert props["emails"] == ([mail] if mail else None)
            assert props["addresses"][0]["country"] == "VN"
            assert props["addresses"][0]["region"] == h360.province(row)
            assert 0 < props["confidence"] < 1
        elif r["layout"] == "here_discover":
            (item,) = doc["items"]
            assert item["resultType"] == "place" and item["title"] == name
            assert item["id"].startswith("here:pds:place:")
            assert item["address"]["label"] == f"{name}, {h360.address(row)}, Việt Nam"
            (contact,) = item["contacts"]
            assert contact["phone"] == [{"value": tel}]
            assert contact.get("email", []) == ([{"value": mail}] if mail else [])
        else:
            assert doc["names"] == [{"unstructuredName": name}]
            assert doc["phoneNumbers"] == [{"value": tel, "type": "work"}]
            assert doc.get("emailAddresses", []) == (
                [{"value": mail, "type": "work"}] if mail else []
            )
            note = doc["biographies"][0]["value"]
            assert f"ĐT {tel}" in note and h360.address(row) in note


def test_the_data_keeps_the_extractors_rules():
    """Every kept phone field has seven digits or more and is clean; no number of it is held
    by an earlier Vietnamese part or by another kept row; no fax is kept; every kept mailbox
    names an office, the trade or the shop."""
    rows = h360.data()["rows"]
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "84")
    seen: set[str] = set()
    for row in rows:
        field = row["fields"][extractor.PHONE]
        assert len(digits_of(field)) >= 7 and extractor.clean_phone(field)
        ids = extractor.identities(field)
        assert not ids & earlier and not ids & seen, row["path"]
        seen |= ids
        assert extractor.FAX not in row["fields"]
        mail = row["fields"].get(extractor.EMAIL)
        assert mail is None or extractor.office_email(mail), row["path"]
    assert sum(bool(h360.email(row)) for row in rows) == 43
    assert extractor.office_email("info@example.vn")
    assert not extractor.office_email("nguyenvan.an@gmail.com")
    assert not extractor.office_email("two@a.vn; three@b.vn")
    assert extractor.keep({"Fax": "1", "Email": "anh.tuan@gmail.com", "Tên cơ sở": "X"}) == {
        "Tên cơ sở": "X"
    }


def test_provenance():
    sources = h360.data()["sources"]
    assert set(sources) == {"VN"}
    vn = sources["VN"]
    assert vn["repository"] == "Ti4nL4/Vietnamese-Travel-Chatbot"
    assert vn["commit"] == "dbe5877670515832eb9d745915fc53f7c6cd06fe"
    assert vn["path"] == "data/Mua sắm.csv"
    assert "not confirmed" in vn["licence"] and vn["publisher"]
    rows = h360.data()["rows"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == sorted(
        int(r["path"].rsplit("#", 1)[1]) for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h360, "held_out_360", tmp_path)

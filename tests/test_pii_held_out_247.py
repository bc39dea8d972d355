"""held_out_247 of the PII evaluation set (scripts/pii_held_out_247.py): its committed records
keep the generator's invariants (every labelled phone is a number of a row's real phone field,
every labelled e-mail address a row's real e-mail field, copied unchanged, each copy labelled;
the names and addresses are in the text and unlabelled) and are rebuilt byte for byte from the
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

import pii_held_out_247 as h247  # noqa: E402 - the scripts folder's modules
import vn_restaurants_data as vn  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402
from vn_travel_businesses_data import clean_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h247.committed()


def _unit(record: dict) -> tuple[str, tuple[dict, ...]]:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h247.by_locale()[locale][n]


def _copies(layout: str) -> tuple[int, int]:
    """How many copies of a row's phone and e-mail fields the layout writes."""
    return {
        "escpos_bill": (2, 1), "viettelpost_order": (1, 1), "sapo_location": (1, 1),
        "ahamove_order": (1, 0),
    }[layout]  # fmt: skip


def test_every_row_of_the_data_is_in_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h247.by_locale()["reg:VN"]) == 267
    seen = [row["path"] for r in records for row in _unit(r)[1]]
    assert sorted(seen) == sorted(row["path"] for row in h247.data()["rows"])
    assert len(seen) == len(set(seen)) == 400
    for r in records:
        layout, rows = _unit(r)
        assert r["layout"] == layout and len(rows) == h247.rows_of(layout)
        assert r["source"] == " ".join(row["path"] for row in rows)
        assert r["locale"] == "reg:VN"
    assert Counter(r["layout"] for r in records) == {
        "escpos_bill": 67, "viettelpost_order": 67, "sapo_location": 67, "ahamove_order": 66,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_email_fields_is_labelled_unchanged(records):
    """Each number of a row's phone field is labelled wherever the field stands, and each copy
    of its e-mail address; nothing else is."""
    for r in records:
        layout, rows = _unit(r)
        text = r["text"]
        phones, mails = _copies(layout)
        fields = Counter(h247.encoded(layout, h247.phone(row)) for row in rows)
        expected, emails = Counter(), Counter()
        for value, times in fields.items():
            assert text.count(value) == phones * times, r["id"]
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "VN"), r["id"]
                expected[value[s:e]] += phones * times
        for row in rows:
            if h247.email(row):
                assert text.count(h247.email(row)) == mails, r["id"]
                emails[h247.email(row)] += mails
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        got = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert got == +emails, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h247.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:Điện thoại": 492, "register": 24}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds numbers and separators only, six digits or more; the
    e-mail fields kept name an office or the restaurant; no fax column; 20 fields of two to
    four numbers; none with Vietnam's calling code."""
    rows = h247.data()["rows"]
    assert len(rows) == 400
    for row in rows:
        value = row["fields"][h247.PHONE]
        assert clean_phone(value) and sum(c.isdigit() for c in value) >= 6
        assert set(row["fields"]) <= {"Tên cơ sở", "Địa chỉ", h247.PHONE, "Website", h247.EMAIL}
        if h247.EMAIL in row["fields"]:
            assert vn.office_email(row["fields"][h247.EMAIL])
    assert sum(h247.EMAIL in row["fields"] for row in rows) == 35
    assert sum(h247.international(h247.phone(row)) for row in rows) == 0
    assert sum(len(numbers(h247.phone(row))) > 1 for row in rows) == 20


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The restaurant's name and address (without diacritics on the bill) stand in every
    record's text, outside the labels."""
    for r in records:
        layout, rows = _unit(r)
        for row in rows:
            values = [h247.name(row), h247.address(row)]
            if layout == "escpos_bill":
                values = [h247.ascii_plain(h247.name(row)).upper(), h247.ascii_plain(values[1])]
            else:
                values = [h247.encoded(layout, v) for v in values]
            for value in values:
                found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
                assert found, (r["id"], value)
                spans = [*r["spans"], *r["distractors"]]
                assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the ESC/POS stream by
    its commands), the rows' numbers where the format puts them."""
    for r in records:
        layout, rows = _unit(r)
        text, tel = r["text"], h247.phone(rows[0])
        if layout == "escpos_bill":
            assert text.startswith("\x1b@\x1bt\x10\n\x1ba\x01\x1d!\x11")
            assert text.endswith("\n\n\n\n\x1dVA\x03")
            assert f"\nDT: {tel}\n" in text and f"\nDat ban: {tel}\n" in text
            assert "\x1bE\x01PHIEU THANH TOAN\x1bE\x00" in text
        elif layout == "viettelpost_order":
            doc = json.loads(text)
            assert doc["SENDER_PHONE"] == tel and doc["RECEIVER_PHONE"] == h247.phone(rows[1])
            assert doc["SENDER_EMAIL"] == h247.email(rows[0])
            assert doc["RECEIVER_FULLNAME"] == h247.name(rows[1])
            assert doc["MONEY_TOTAL"] == doc["MONEY_FEE"] == doc["MONEY_TOTALFEE"]
            assert doc["LIST_ITEM"][0]["PRODUCT_NAME"] == doc["PRODUCT_NAME"]
        elif layout == "sapo_location":
            loc = json.loads(text)["location"]
            assert loc["phone"] == tel and (loc["email"] or "") == h247.email(rows[0])
            assert loc["address1"] == h247.address(rows[0]) and loc["country_code"] == "VN"
        else:
            doc = json.loads(text)
            first, second = doc["path"]
            assert first["mobile"] == tel and second["mobile"] == h247.phone(rows[1])
            assert first["name"] == h247.name(rows[0]) and second["name"] == h247.name(rows[1])
            assert re.fullmatch(r"[A-Z]{3}-(BIKE|TRUCK-500|EXPRESS)", doc["service_id"])


def test_provenance():
    sources = h247.data()["sources"]
    assert set(sources) == {"VN"}
    src = sources["VN"]
    assert src["repository"] == "Ti4nL4/Vietnamese-Travel-Chatbot"
    assert src["commit"] == "dbe5877670515832eb9d745915fc53f7c6cd06fe"
    assert src["path"] == "data/Nhà hàng.csv"
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h247.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h247, "held_out_247", tmp_path)

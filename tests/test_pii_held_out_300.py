"""held_out_300 of the PII evaluation set (scripts/pii_held_out_300.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the store's name, number and street are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_300 as h300  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the store's identifiers, in every layout (the store number in all but Clover's merchants)
IDENTIFIERS = ("Store Name", "Store Number", "Street Address")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h300.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h300.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h300.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h300.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "toast_restaurant": 125, "clover_merchant": 125, "netsuite_location": 125,
        "alexa_response": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h300.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h300.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h300.international)
    assert kinds == {"national:Phone Number": 1000}


def test_the_data_keeps_the_published_shape():
    """Every kept row is a US store whose phone field holds a number of ten digits, not one
    repeated digit, shared by at most two kept rows; 489
    Starbucks and 11 Teavana stores, 311 company-owned and 189 licensed; no field has blanks
    around it; 350 numbers are hyphenated ``907-267-6700``, 76 are ten bare digits and 62 have
    the area code in brackets."""
    rows = h300.data()["rows"]
    assert Counter(row["fields"]["Brand"] for row in rows) == {"Starbucks": 489, "Teavana": 11}
    assert sum(h300.licensed(row) for row in rows) == 189
    shapes = Counter(re.sub(r"\d", "9", h300.phone(row)) for row in rows)
    assert shapes["999-999-9999"] == 350 and shapes["9999999999"] == 76
    assert shapes["(999) 999-9999"] + shapes["(999)999-9999"] == 62
    shared = Counter(h300.phone(row) for row in rows)
    for row in rows:
        assert row["country"] == "US" and row["fields"]["Country"] == "US"
        digits = [c for c in row["fields"][h300.PHONE] if c.isdigit()]
        assert len(digits) == 10 and len(set(digits)) > 1
        assert row["fields"][h300.PHONE] == h300.phone(row)
        assert shared[h300.phone(row)] <= 2


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout's JSON writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store's name, number (Clover's merchants have none) and street stand in every
    record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h300._f(_row(r), column))
            if not value or (column == "Store Number" and r["layout"] == "clover_merchant"):
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON, the row's number where the format puts it."""
    for r in records:
        row = _row(r)
        doc = json.loads(r["text"])
        tel, name = h300.phone(row), h300._f(row, "Store Name")
        if r["layout"] == "toast_restaurant":
            assert doc["location"]["phone"] == tel and doc["location"]["phoneCountryCode"] == "1"
            assert doc["general"]["locationName"] == name
            assert doc["general"]["locationCode"] == h300._f(row, "Store Number")
            assert doc["general"]["timeZone"] == h300.zone(row)
            assert f" at {tel} " in doc["onlineOrdering"]["specialRequestsMessage"]
            assert re.fullmatch(r"[0-9a-f-]{36}", doc["guid"])
        elif r["layout"] == "clover_merchant":
            assert doc["phoneNumber"] == doc["address"]["phoneNumber"] == tel
            assert doc["name"] == name and re.fullmatch(r"[A-Z0-9]{13}", doc["id"])
            assert doc["href"] == f"https://api.clover.com/v3/merchants/{doc['id']}"
            assert doc["address"]["zip"] == h300._f(row, "Postcode")
        elif r["layout"] == "netsuite_location":
            address = doc["mainAddress"]
            assert address["addrPhone"] == tel and address["addrText"].endswith(f"\n{tel}")
            assert doc["name"] == address["addressee"] == name
            assert doc["externalId"] == h300._f(row, "Store Number")
            assert doc["locationType"]["refName"] == "Store"
        else:
            speech = doc["response"]["outputSpeech"]
            assert speech["type"] == "SSML" and speech["ssml"].startswith("<speak>")
            assert f'<say-as interpret-as="telephone">{escape(tel)}</say-as>' in speech["ssml"]
            card = doc["response"]["card"]
            assert card["type"] == "Standard" and card["title"] == name
            assert f"\nPhone: {tel}\n" in card["text"]


def test_provenance():
    sources = h300.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "AsmitaChhabra/Starbucks-Data-Analysis"
    assert us["commit"] == "9ef366cdf7ba861b2e900afaf9d3b12da9a51362"
    assert us["path"] == "directory.csv"
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h300.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["path"].startswith("directory.csv#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h300, "held_out_300", tmp_path)

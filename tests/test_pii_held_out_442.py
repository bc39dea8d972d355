"""held_out_442 of the PII evaluation set (scripts/pii_held_out_442.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone,
unchanged, each copy labelled; the department's name, locality and county are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_442 as h442  # noqa: E402 - the scripts folder's modules
import us_countyoffice_health_departments_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the department's identifiers, in every layout
IDENTIFIERS = ("name", "address-locality", "pagination-county")
# copies of the phone a record of each layout writes
COPIES = {
    "lex_v2_fulfillment": 2,
    "wufoo_entries": 2,
    "eventbridge_event": 1,
    "freshservice_ticket": 3,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h442.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h442.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h442.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h442.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h442.LAYOUTS}


def test_every_copy_of_the_phone_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address stands in the text."""
    for r in records:
        tel, text = h442.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone-direct"): n}, r["id"]
        assert "@" not in text, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h442.international)
    assert kinds == {"national:phone-direct": 600}


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``NNN-NNN-NNNN``, a number a person could hold, no two alike, none
    an earlier United States part holds; the fields are all of the file's columns, strings as
    the file gives them."""
    rows = h442.data()["rows"]
    tels = [h442.phone(row) for row in rows]
    assert all(re.fullmatch(r"\d{3}-\d{3}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "US") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 300
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "1")
    assert not any(digits_of(tel) in earlier or f"1{digits_of(tel)}" in earlier for tel in tels)
    assert all(len(row["fields"]) == 15 for row in rows)
    assert all(row["fields"]["name"] == row["fields"]["pagination-item"] for row in rows)
    paths = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert paths == sorted(paths)


def test_the_extractor_keeps_its_rules():
    """The earlier parts it reads are the other United States extracts, and the sample's
    size is its cap."""
    assert len(extractor.EARLIER) == 25 and extractor.OUT.name not in extractor.EARLIER
    assert all(name.startswith("pii_us_") for name in extractor.EARLIER)
    assert extractor.CAP == 300 and extractor.PHONE == h442.PHONE


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(h442._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h442.phone(row), row["fields"]["name"]
        if r["layout"] == "lex_v2_fulfillment":
            state = doc["sessionState"]
            assert state["dialogAction"] == {"type": "Close"}
            assert state["intent"]["state"] == "Fulfilled"
            county = state["intent"]["slots"]["County"]["value"]["interpretedValue"]
            assert county == row["fields"]["pagination-county"]
            assert state["sessionAttributes"]["departmentPhone"] == tel
            assert f"call them at {tel}." in doc["messages"][0]["content"]
        elif r["layout"] == "wufoo_entries":
            (entry,) = doc["Entries"]
            assert entry["Field1"] == name and entry["Field7"] == tel
            assert f"call {tel} " in entry["Field10"]
        elif r["layout"] == "eventbridge_event":
            assert doc["version"] == "0" and re.fullmatch(r"\d{12}", doc["account"])
            assert doc["resources"][0].split(":")[4] == doc["account"]
            assert doc["detail"]["record"]["phone"] == tel
            assert doc["detail"]["record"]["name"] == name
        else:
            ticket = doc["ticket"]
            assert ticket["subject"] == f"Listing update: {name}"
            assert ticket["description_text"].endswith(f"Main phone: {tel}.")
            assert (
                html.unescape(ticket["description"]) == f"<div>{ticket['description_text']}</div>"
            )
            assert ticket["custom_fields"]["listing_phone"] == tel


def test_provenance():
    sources = h442.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "IneffableKoD/cov19testmap"
    assert us["commit"] == "257332fc128c5d2e1fd0852019297489a89a4355"
    assert us["paths"] == ["datasources/us_data/public-health-departments-locations.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h442.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 300}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h442, "held_out_442", tmp_path)

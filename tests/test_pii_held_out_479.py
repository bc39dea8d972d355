"""held_out_479 of the PII evaluation set (scripts/pii_held_out_479.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field,
unchanged, each copy of the field labelled, an extension beside a number not; the site's name,
city and ZIP code are in the text and unlabelled) and are rebuilt byte for byte from the
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

import pii_held_out_479 as h479  # noqa: E402 - the scripts folder's modules
import us_pgh_food_access_data as x479  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout writes
COPIES = {
    "action_network_event": 2,
    "nationbuilder_event": 2,
    "amplitude_upload": 1,
    "supabase_realtime": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h479.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h479.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h479.data()["rows"]) == 163
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h479.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "action_network_event": 41,
        "nationbuilder_event": 41,
        "amplitude_upload": 41,
        "supabase_realtime": 40,
    }


def test_every_copy_of_the_field_is_labelled_unchanged(records):
    """Each copy of the phone field stands in the text as published, each number in it labelled
    (an extension, ``x320``, and the words around numbers are not); nothing else is labelled,
    there is no e-mail address and no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h479.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        found = [tel[s:e] for s, e in numbers(tel)]
        expected = Counter()
        for value in found:
            expected[(value, "PHONE_NUMBER", "national:phone")] += tel.count(value) * text.count(
                tel
            )
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h479.international)
    assert kinds == {"national:phone": 293}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The site's name (as JSON writes it), city and ZIP code stand in every record's text,
    outside the labels."""
    for r in records:
        row = _row(r)
        for value in (row["fields"]["name"], row["fields"]["city"], h479.zip5(row)):
            encoded = json.dumps(value.strip(), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, with the row's phone field where the format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h479.phone(row), row["fields"]["name"].strip()
        if r["layout"] == "action_network_event":
            assert doc["identifiers"][0].startswith("action_network:")
            assert doc["location"]["venue"] == name and doc["location"]["country"] == "US"
            assert doc["_links"]["self"]["href"].endswith(doc["identifiers"][0].split(":")[1])
            assert h479._tel(row) in doc["description"] and h479._tel(row) in doc["instructions"]
        elif r["layout"] == "nationbuilder_event":
            event = doc["event"]
            assert event["contact"]["phone"] == tel and event["contact"]["show_phone"]
            assert event["venue"]["name"] == name and event["path"] == f"/{event['slug']}"
            assert h479._tel(row) in event["intro"]
        elif r["layout"] == "amplitude_upload":
            (event,) = doc["events"]
            assert event["event_type"] == "site_call_tapped"
            assert event["event_properties"]["site_phone"] == tel
            assert re.fullmatch(r"[0-9a-f]{32}", doc["api_key"])
            assert isinstance(event["time"], int) and event["time"] > 1.7e12
        else:
            assert doc["eventType"] == "UPDATE" and doc["table"] == "food_sites"
            assert doc["new"]["phone"] == doc["old"]["phone"] == tel
            assert doc["new"]["id"] == doc["old"]["id"] and doc["errors"] is None


def test_the_data_keeps_the_extractors_rules():
    """Every kept field holds only numbers a person could hold (with words and extensions
    around them), no number twice across the rows; the two dropped shapes are dropped."""
    rows = h479.data()["rows"]
    seen = set()
    for row in rows:
        found = x479.phone_numbers(row["fields"]["phone"])
        assert found and all(personal_phone(n, "US") for n in found)
        keys = {re.sub(r"\D", "", n) for n in found}
        assert not keys & seen
        seen |= keys
    assert x479.phone_numbers("412 362 GROW (4769)") == []
    assert x479.phone_numbers("412 -766 - 6660") == []
    assert x479.phone_numbers("412-766-3860 x320") == ["412-766-3860"]
    assert x479.phone_numbers("412-471-6270, ext. 3104") == ["412-471-6270"]
    assert x479.phone_numbers("412-552-0672 or 412-552-9373") == [
        "412-552-0672",
        "412-552-9373",
    ]
    assert Counter(row["fields"]["type"] for row in rows) == {
        "food bank site": 86,
        "Grow PGH Garden": 58,
        "farmer's market": 19,
    }


def test_provenance():
    sources = h479.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "CodeForPittsburgh/food-access-map-data"
    assert us["commit"] == "073528beddc7decb08da659a8133088883910fd9"
    assert us["paths"] == ["food-data/processed-datasets/merged_datasets.csv"]
    assert "not confirmed" in us["licence"] and us["publisher"]
    rows = h479.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 163}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h479, "held_out_479", tmp_path)

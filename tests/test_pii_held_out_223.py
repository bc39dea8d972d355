"""held_out_223 of the PII evaluation set (scripts/pii_held_out_223.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name, city and postal code are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_223 as h223  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("NAME", "CITY", "POSTAL_CODE")
COPIES = {"jobber_graphql": 1, "coveo_push": 3, "hubspot_companies": 2, "org_contacts": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h223.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h223.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h223.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h223.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(COPIES, 100)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field stands in the text as many times as the layout writes it, each copy
    labelled under its column; nothing else is labelled."""
    for r in records:
        value, text = h223.phone(_row(r)), r["text"]
        assert text.count(value) == COPIES[r["layout"]], r["id"]
        labelled = [(text[s:e], kind) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert labelled == [(value, "national:PHONE")] * COPIES[r["layout"]], r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:PHONE": 900}


def test_the_data_keeps_the_published_shape():
    """400 licensed group facilities, every phone area code, exchange and line joined by
    hyphens, no e-mail; every column a string as the file gives it."""
    rows = h223.data()["rows"]
    assert Counter(row["fields"]["SERVICE_TYPE_CD"] for row in rows) == {"Licensed Group": 400}
    for row in rows:
        assert re.fullmatch(r"\d{3}-\d{3}-\d{4}", row["fields"]["PHONE"]), row["path"]
        assert row["fields"]["EMAIL"] == ""
        assert len(row["fields"]) == 47
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert len({row["fields"]["PHONE"] for row in rows}) == 365


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string in the JSON layouts)."""
    if layout == "org_contacts":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h223._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each JSON document parses and holds the number where its format puts it; each Org
    entry has its drawer, its properties and its ``tel:`` link."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h223.phone(row), h223._f(row, "NAME")
        if r["layout"] == "jobber_graphql":
            doc = json.loads(text)
            assert doc["query"].startswith("mutation CreateClient($input: ClientCreateInput!)")
            client = doc["variables"]["input"]
            assert client["companyName"] == name and client["isCompany"] is True
            assert client["phones"] == [{"number": tel, "primary": True, "description": "MAIN"}]
            assert client["billingAddress"]["postalCode"] == h223._f(row, "POSTAL_CODE")
        elif r["layout"] == "coveo_push":
            doc = json.loads(text)
            (item,) = doc["addOrUpdate"]
            assert item["phone"] == tel and item["title"] == name
            assert item["fileExtension"] == ".html" and item["documentId"].startswith("https://")
            assert f'<a href="tel:{tel}">{tel}</a>' in item["data"]
        elif r["layout"] == "hubspot_companies":
            doc = json.loads(text)
            (company,) = doc["inputs"]
            props = company["properties"]
            assert props["phone"] == tel and props["name"] == name and props["state"] == "BC"
            assert f"Main line {tel}." in props["description"]
        else:
            lines = text.splitlines()
            assert lines[0].startswith(f"** {name}    :childcare:")
            assert lines[1] == "   :PROPERTIES:" and "   :END:" in lines
            assert f"   :PHONE:    {tel}" in lines
            assert f"[[tel:{tel}][{tel}]]" in text and "    SCHEDULED: <" in text


def test_provenance():
    sources = h223.data()["sources"]
    assert set(sources) == {"CA"}
    ca = sources["CA"]
    assert ca["repository"] == "caesarw0/BC-ChildCare-API"
    assert ca["commit"] == "8f3b395d9aeda20de9ceebe8ba8f8fce19285697"
    assert ca["path"] == "data/childcare_locations.csv"
    assert "not confirmed" in ca["licence"] and ca["publisher"]
    rows = h223.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CA": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h223, "held_out_223", tmp_path)

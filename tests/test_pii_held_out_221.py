"""held_out_221 of the PII evaluation set (scripts/pii_held_out_221.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged and labelled whole, each copy; the name, street, postcode and place are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_221 as h221  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

COPIES = {"adlib_xml": 2, "moneybird_contact": 2, "sendcloud_parcels": 2, "twinfield_dimension": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h221.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h221.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h221.data()["rows"]) == 563
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h221.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "adlib_xml": 141, "moneybird_contact": 141, "sendcloud_parcels": 141,
        "twinfield_dimension": 140,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field is labelled whole (area code, brackets, hyphens and dashes between
    spaces with it) wherever it stands; nothing else is labelled and there is no distractor."""
    for r in records:
        value, text = h221.phone(_row(r)), r["text"]
        assert personal_phone(value, "NL"), r["id"]
        copies = COPIES[r["layout"]]
        assert text.count(value) == copies, r["id"]
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"]]
        assert Counter(labelled) == Counter({(value, h221.PHONE): copies}), r["id"]
        for s, e, *_ in r["spans"]:
            assert not text[s - 1 : s].isdigit() and not text[e : e + 1].isdigit(), r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h221.international)
    assert kinds == {"national:telefoon": 1124, "international:telefoon": 2}


def test_the_data_keeps_the_published_shape():
    """Every kept address paragraph has three lines, the third a number of seven digits or
    more as published (no blank around it); 154 in brackets' shape, one ``+31``, 212 with a
    hyphen between spaces, 5 with an en dash; no mobile (``06``); the coordinates are the
    file's two numbers."""
    rows = h221.data()["rows"]
    shapes = Counter()
    for row in rows:
        lines = row["fields"]["address"].split("\n")
        assert len(lines) == 3 and lines[2] == h221.phone(row)
        digits = [c for c in h221.phone(row) if c.isdigit()]
        assert len(digits) >= 7 and digits[0] == ("3" if h221.phone(row)[0] == "+" else "0")
        assert not "".join(digits).startswith("06")
        assert re.fullmatch(r"\d{4} ?[A-Z]{2}", h221.postcode(row))
        assert h221.place(row) and lines[1].endswith(h221.place(row))
        assert len(row["fields"]["coordinates"]) == 2
        assert "description" not in row["fields"]
        shapes[h221.phone(row)[0]] += 1
    assert shapes == {"0": 408, "(": 154, "+": 1}
    assert sum(" - " in h221.phone(row) for row in rows) == 212
    assert sum("–" in h221.phone(row) for row in rows) == 5


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout in ("adlib_xml", "twinfield_dimension"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, street, postcode and place stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        values = [h221._f(row, "name"), h221.postcode(row), h221.place(row)]
        values.append(
            h221._house(row)[0] if r["layout"] == "sendcloud_parcels" else h221.street(row)
        )
        for raw in values:
            value = _encoded(r["layout"], raw)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], raw)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], raw)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h221.phone(row), h221._f(row, "name")
        if r["layout"] == "adlib_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "adlibXML"
            record = root.find("recordList/record")
            assert record.findtext("phone") == tel and record.findtext("name") == name
            assert record.get("priref") == record.findtext("priref")
            assert record.find("name.type").get("value") == "INST"
            assert record.findtext("Address/address.postal_code") == h221.postcode(row)
            assert record.findtext("notes").count(tel) == 1
            assert root.findtext("diagnostic/hits") == "1"
            assert root.findtext("diagnostic/dbname") == "people"
        elif r["layout"] == "moneybird_contact":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["company_name"] == name
            assert doc["zipcode"] == h221.postcode(row) and doc["city"] == h221.place(row)
            assert doc["address1"] == h221.street(row) and doc["country"] == "NL"
            (note,) = doc["notes"]
            assert note["entity_id"] == doc["id"] and note["entity_type"] == "Contact"
            assert tel in note["note"] and re.fullmatch(r"\d{18}", doc["id"])
        elif r["layout"] == "sendcloud_parcels":
            doc = json.loads(text)
            assert len(doc["parcels"]) == 2
            for parcel in doc["parcels"]:
                assert parcel["telephone"] == tel and parcel["company_name"] == name
                assert parcel["postal_code"] == h221.postcode(row)
                road, number = h221._house(row)
                assert (parcel["address"], parcel["house_number"]) == (road, number)
                assert re.fullmatch(r"\d+\.\d{3}", parcel["weight"])
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "dimension" and root.findtext("type") == "DEB"
            addresses = root.findall("addresses/address")
            assert [a.get("type") for a in addresses] == ["invoice", "postal"]
            for a in addresses:
                assert a.findtext("telephone") == tel and a.findtext("name") == name
                assert a.findtext("field2") == h221.street(row)


def test_provenance():
    sources = h221.data()["sources"]
    assert set(sources) == {"NL"}
    nl = sources["NL"]
    assert nl["repository"] == "stevermeister/mm"
    assert nl["commit"] == "ddbda8ad1dea7a72eb5bf02a0ff7ee7ee2d431f8"
    assert nl["paths"] == ["scripts/museums4.json"]
    assert "not confirmed" in nl["licence"] and nl["publisher"]
    rows = h221.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NL": 563}
    assert not any("@" in json.dumps(r["fields"]) for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h221, "held_out_221", tmp_path)

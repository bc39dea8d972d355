"""held_out_364 of the PII evaluation set (scripts/pii_held_out_364.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the outlet's name, FSCS key and ZIP code are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold on
a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_364 as h364  # noqa: E402 - the scripts folder's modules
import us_public_libraries_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone a record of each layout writes
COPIES = {
    "opds_authentication": 2,
    "ups_shipment": 1,
    "shipstation_order": 2,
    "surveymonkey_response": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h364.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h364.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h364.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h364.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:US"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h364.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and there are no distractors."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h364.phone(row)
        assert tel == row["fields"]["phone"] and personal_phone(tel, "US")
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        labelled = Counter((text[s:e], kind) for s, e, t, kind in r["spans"])
        assert labelled == {(tel, "national:phone"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h364.international) == {"national:phone": 700}


def test_the_data_keeps_the_published_shape():
    """Every kept outlet has ten digits in ``phone``, none repeated and none of an earlier
    United States part; its FSCS key is of a state or DC; every value is the text the file
    writes, all seven keys kept."""
    rows = h364.data()["rows"]
    phones = [row["fields"]["phone"] for row in rows]
    assert all(re.fullmatch(r"[2-9]\d{9}", p) for p in phones)
    assert len(set(phones)) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not set(phones) & earlier
    for row in rows:
        assert list(row["fields"]) == ["id", "name", "phone", "county", "location", "lat", "long"]
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert re.fullmatch(r"[A-Z]{2}\d{4}", row["fields"]["id"])
        assert h364.state(row) not in extractor.TERRITORIES
        assert row["path"].startswith(f"{extractor.PATH}#")
    assert h364.data()["sources"]["US"]["commit"] == extractor.SOURCES["US"]["commit"]
    split = Counter(bool(h364.address(row)[1]) for row in rows)
    assert split == {True: 350, False: 50}


def test_the_extractor_keeps_numbers_as_written_and_applies_its_rules():
    """Numbers are read as the text of their literals; a row is kept only with ten digits, a
    state's key, a number no earlier part holds and no row before it has."""
    text = (
        'var libDemo = [\n  {"id": "IL0290", "name": "A", "phone": 2177328878, "county": "L", '
        '"location": "1 MAIN\\nX, IL 62656", "lat": 40.147084, "long": 0}\n]\n'
    )
    (row,) = extractor.read_array(text)
    assert row["phone"] == "2177328878" and row["lat"] == "40.147084" and row["long"] == "0"
    assert extractor.kept(row, set(), set())
    assert not extractor.kept({**row, "phone": "-3"}, set(), set())
    assert not extractor.kept({**row, "id": "PR0029"}, set(), set())
    assert not extractor.kept(row, {"2177328878"}, set())
    assert not extractor.kept(row, set(), {"2177328878"})


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The outlet's name, FSCS key and ZIP code stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (row["fields"]["name"], row["fields"]["id"], h364.address(row)[2]):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _request(text: str) -> tuple[str, dict[str, str], dict]:
    """An HTTP request's line, headers and JSON body (its ``Content-Length`` checked)."""
    head, body = text.split("\n\n", 1)
    line, *fields = head.split("\n")
    headers = dict(field.split(": ", 1) for field in fields)
    assert int(headers["Content-Length"]) == len(body.rstrip("\n").encode("utf-8"))
    assert headers["Content-Type"] == "application/json"
    return line, headers, json.loads(body)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the two shipping requests as HTTP requests with a JSON
    body), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, key = h364.phone(row), row["fields"]["name"], row["fields"]["id"]
        street, city, zipcode = h364.address(row)
        if r["layout"] == "opds_authentication":
            doc = json.loads(text)
            assert doc["title"] == name and doc["id"].endswith(f"/{key}/authentication_document")
            assert {"rel": "help", "href": f"tel:{tel}"} in doc["links"]
            assert doc["authentication"][0]["type"] == "http://opds-spec.org/auth/basic"
            assert f"call {tel} " in doc["service_description"]
        elif r["layout"] == "ups_shipment":
            line, headers, body = _request(text)
            assert line == "POST /api/shipments/v2409/ship HTTP/1.1"
            assert headers["Host"] == "onlinetools.ups.com"
            ship_to = body["ShipmentRequest"]["Shipment"]["ShipTo"]
            assert ship_to["Phone"] == {"Number": tel} and ship_to["Name"] == name
            assert ship_to["LocationID"] == key
            assert ship_to["Address"]["AddressLine"] == [street]
            assert ship_to["Address"]["PostalCode"] == zipcode
            assert "Phone" not in body["ShipmentRequest"]["Shipment"]["Shipper"]
        elif r["layout"] == "shipstation_order":
            line, headers, body = _request(text)
            assert line == "POST /orders/createorder HTTP/1.1"
            assert headers["Host"] == "ssapi.shipstation.com"
            assert body["shipTo"]["phone"] == tel and body["billTo"]["phone"] is None
            assert body["shipTo"]["company"] == name and body["shipTo"]["city"] == city
            assert body["advancedOptions"]["customField1"] == key
            assert f"call {tel} " in body["internalNotes"]
        else:
            doc = json.loads(text)
            assert doc["href"] == (
                f"https://api.surveymonkey.com/v3/surveys/{doc['survey_id']}/responses/{doc['id']}"
            )
            assert doc["custom_variables"] == {"fscs": key} and doc["ip_address"] == ""
            contact = [a["text"] for a in doc["pages"][0]["questions"][0]["answers"]]
            assert contact == [v for v in (name, street, city, h364.state(row), zipcode, tel) if v]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h364, "held_out_364", tmp_path)

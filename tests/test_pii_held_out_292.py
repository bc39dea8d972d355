"""held_out_292 of the PII evaluation set (scripts/pii_held_out_292.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and city are in the text and unlabelled) and are
rebuilt byte for byte from the committed data, and the data from the fetched mirror where it is
on the machine. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_292 as h292  # noqa: E402 - the scripts folder's modules
import us_open_brewery_db_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/openbrewerydb+openbrewerydb/repo")
# the directory's identifiers, in every layout
IDENTIFIERS = ("name", "city")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h292.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h292.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h292.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h292.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == {
        "beerxml_recipe": 120, "fedex_pickup": 120, "stripe_customer": 120, "yext_entity": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h292.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "US") else short)[(number, h292.PHONE)] += copies
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
    kinds = phone_kinds(records, h292.international)
    assert kinds == {"national:phone": 960}


def test_the_data_keeps_the_published_shape():
    """480 rows of 45 states, none planned or closed; every phone field a number of ten digits
    with no separator but one with hyphens and one with the trunk ``1``, kept as published;
    one number shared by two sites of one brewery; no e-mail address anywhere."""
    rows = h292.data()["rows"]
    assert Counter(r["fields"]["brewery_type"] for r in rows) == {
        "micro": 287, "brewpub": 162, "regional": 12, "taproom": 6, "large": 6, "contract": 6,
        "proprietor": 1,
    }  # fmt: skip
    assert len({r["path"].split("#")[0] for r in rows}) == 45
    shapes = Counter(re.sub(r"\d", "9", r["fields"]["phone"]) for r in rows)
    assert shapes == {"9999999999": 478, "999-999-9999": 1, "99999999999": 1}
    assert all(h292.phone(r) == r["fields"]["phone"] for r in rows)
    assert [n for n, c in Counter(h292.phone(r) for r in rows).items() if c > 1] == ["3103207664"]
    assert all(r["fields"]["country"] == "United States" for r in rows)
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert all(r["fields"]["state_province"] in h292.STATES for r in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout == "beerxml_recipe":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and city stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h292._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and name where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h292.phone(row), h292._f(row, "name")
        state = h292.state_code(row)
        if r["layout"] == "beerxml_recipe":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "RECIPES"
            recipe = root.find("RECIPE")
            assert recipe.findtext("BREWER") == name
            assert recipe.findtext("NOTES").endswith(f"call the brewery at {tel}.")
            assert recipe.findtext("EQUIPMENT/NOTES").endswith(f"Brewhouse phone: {tel}")
            assert recipe.findtext("STYLE/STYLE_GUIDE") == "BJCP 2015"
            assert float(recipe.findtext("OG")) > float(recipe.findtext("FG")) > 1
        elif r["layout"] == "fedex_pickup":
            doc = json.loads(text)
            location = doc["originDetail"]["pickupLocation"]
            assert location["contact"]["phoneNumber"] == tel
            assert location["contact"]["companyName"] == name
            assert location["address"]["stateOrProvinceCode"] == state
            assert location["address"]["postalCode"] == h292._f(row, "postal_code")
            assert f"call {tel} on arrival" in doc["remarks"]
            assert re.fullmatch(r"\d{9}", doc["associatedAccountNumber"]["value"])
            assert doc["carrierCode"] in {"FDXE", "FDXG"}
        elif r["layout"] == "stripe_customer":
            doc = json.loads(text)
            assert doc["object"] == "customer" and doc["id"].startswith("cus_")
            assert doc["phone"] == doc["shipping"]["phone"] == tel
            assert doc["name"] == doc["shipping"]["name"] == name
            assert doc["address"] == doc["shipping"]["address"]
            assert doc["address"]["state"] == state and doc["email"] is None
            assert doc["metadata"]["openbrewerydb_id"] == h292._f(row, "id")
        else:
            doc = json.loads(text)
            assert doc["mainPhone"] == tel and doc["name"] == name
            assert f"Call {tel} for tours" in doc["description"]
            assert doc["address"]["region"] == state and doc["address"]["countryCode"] == "US"
            lat, lon = h292._coordinates(row)
            if lat and lon:
                point = doc["displayCoordinate"]
                assert (point["latitude"], point["longitude"]) == (float(lat), float(lon))
            else:
                assert "displayCoordinate" not in doc


def test_provenance():
    sources = h292.data()["sources"]
    assert set(sources) == {"US"}
    us = sources["US"]
    assert us["repository"] == "openbrewerydb/openbrewerydb"
    assert us["commit"] == "7b65c4f7ea53824326ba7eafe8a1d580055913ec"
    assert us["folder"] == "data/united-states/"
    assert us["licence"].startswith("MIT License") and us["publisher"]
    rows = h292.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"US": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(r["path"].startswith("data/united-states/") for r in rows)


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"US": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h292, "held_out_292", tmp_path)

"""held_out_508 of the PII evaluation set (scripts/pii_held_out_508.py): its committed records
keep the generator's invariants (every labelled value is a copy of the restaurant's real
telephone, unchanged, each copy labelled; the restaurant's name and the list's id or address
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_508 as h508  # noqa: E402 - the scripts folder's modules
import tw_moenv_green_restaurants_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

KEYS = {"restid", "name", "address", "phone", "mobile", "latitude", "longitude", "city"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h508.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h508.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h508.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h508.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h508.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, once in each record; nothing else
    is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h508.phone(row)
        assert text.count(tel) == 1, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:phone"): 1}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h508.international) == {"national:phone": 400}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one fixed line as published (an area code, a hyphen, the
    line; no extension, no mobile), a number a person could hold, no two alike; the
    restaurants are the list's objects with their eight keys as published."""
    rows = h508.data()["rows"]
    tels = [h508.phone(row) for row in rows]
    assert tels == [row["fields"]["phone"] for row in rows]
    assert all(extractor.is_kept_phone(tel) for tel in tels)
    assert all(personal_phone(tel, "TW") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 400
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {"99-99999999": 250, "99-9999999": 145, "999-9999999": 4, "999-999999": 1}
    for row in rows:
        assert set(row["fields"]) == KEYS
        assert row["fields"]["mobile"] == ""
        assert row["fields"]["address"].startswith(row["fields"]["city"])
        assert h508.district(row)


def test_the_extractor_keeps_fixed_lines_without_an_extension():
    keep = ("02-28250909", "03-3650329", "049-2345678", "037-782999")
    drop = ("03-3650329#", "02-2345678#123", "-", "-#", "", "0912345678", "02- 2345678#",
            "0223456789", "02-12345")  # fmt: skip
    assert all(extractor.is_kept_phone(v) for v in keep)
    assert not any(extractor.is_kept_phone(v) for v in drop)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The restaurant's name and address stand in every record's text outside the labels, the
    list's id in the ministry's answers and the Business Connect bodies."""
    for r in records:
        row = _row(r)
        columns = ["name", "address"]
        if r["layout"] in ("moenv_api_v2", "business_connect"):
            columns.append("restid")
        for value in (h508._f(row, column) for column in columns):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON of its format, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h508.phone(row), h508._f(row, "name")
        lat, lon = h508.point(row)
        if r["layout"] == "moenv_api_v2":
            assert [f["id"] for f in doc["fields"]] == [k for k, _ in h508.KEYS]
            assert doc["records"] == [row["fields"]]
            assert doc["resource_format"] == "object" and doc["include_total"] is True
            assert doc["total"] == "4380" and doc["limit"] == "1"
            assert doc["__extras"]["api_key"] in doc["_links"]["start"]
            assert doc["_links"]["next"].endswith(f"&offset={int(doc['offset']) + 1}")
        elif r["layout"] == "places_text_search":
            (place,) = doc["places"]
            assert place["nationalPhoneNumber"] == tel
            assert place["displayName"] == {"text": name, "languageCode": "zh-TW"}
            assert place["formattedAddress"] == h508._f(row, "address")
            assert place["location"] == {"latitude": lat, "longitude": lon}
            assert re.fullmatch(r"ChIJ[0-9A-Za-z_-]{23}", place["id"])
            assert place["primaryType"] == "restaurant"
        elif r["layout"] == "bing_local_search":
            assert doc["authenticationResultCode"] == "ValidCredentials"
            assert (doc["statusCode"], doc["statusDescription"]) == (200, "OK")
            (sets,) = doc["resourceSets"]
            (res,) = sets["resources"]
            assert res["__type"].startswith("LocalBusiness:")
            assert res["PhoneNumber"] == tel and res["name"] == name
            assert res["entityType"] == "Restaurants"
            assert res["point"]["coordinates"] == [lat, lon]
            address = res["Address"]
            assert address["formattedAddress"] == h508._f(row, "address")
            assert address["adminDistrict"] + address["locality"] + address[
                "addressLine"
            ] == h508._f(row, "address")
        else:
            assert doc["partnersLocationId"] == f"moenv-green-{h508._f(row, 'restid')}"
            details = doc["locationDetails"]
            assert details["displayName"] == name
            assert details["phoneNumbers"] == [
                {"phoneNumber": tel, "type": "LANDLINE", "primary": True}
            ]
            street = details["mainAddress"]["structuredAddress"]
            assert street["fullThoroughfare"] == h508._f(row, "address")
            assert street["countryCode"] == "TW" and street["locality"] == h508._f(row, "city")
            coords = details["displayPoint"]["coordinates"]
            assert coords == {
                "latitude": h508._f(row, "latitude"),
                "longitude": h508._f(row, "longitude"),
            }


def test_provenance():
    sources = h508.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "JohnnyHuang0515/TravelAI"
    assert tw["commit"] == "9830068ea42f908bfeea61aee25dae0398a69596"
    assert tw["paths"] == ["docs/環保餐廳環境即時通地圖資料.json"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h508.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 400}
    assert all(r["path"].startswith("docs/環保餐廳環境即時通地圖資料.json#") for r in rows)


def test_no_number_of_an_earlier_taiwanese_part_is_taken_again():
    from register_contacts_data import earlier_numbers

    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "886")
    assert not {re.sub(r"\D", "", h508.phone(row)) for row in h508.data()["rows"]} & earlier


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h508, "held_out_508", tmp_path)

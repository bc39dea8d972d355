"""held_out_417 of the PII evaluation set (scripts/pii_held_out_417.py): its committed records
keep the generator's invariants (every labelled value is a copy of the lot's real telephone,
unchanged, each copy labelled; the lot's id, name and district are in the text and unlabelled)
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

import pii_held_out_417 as h417  # noqa: E402 - the scripts folder's modules
import tw_taipei_parking_lots_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the lot's identifiers, in every layout
IDENTIFIERS = ("name", "area")
# copies of the telephone a record of each layout writes (besides any in the fee text)
COPIES = {
    "ogcapi_features": 2,
    "pocketbase_records": 1,
    "amelia_location": 2,
    "dingtalk_markdown": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h417.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h417.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h417.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h417.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h417.LAYOUTS}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h417.phone(row)
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:tel"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h417.international)
    assert kinds == {"national:tel": 700}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is one fixed line (no mobile, no toll-free line, no extension), a
    number a person could hold, no two alike (also with Taipei's area code before the bare
    ones); the lots are the register's objects with their keys as published."""
    rows = h417.data()["rows"]
    tels = [h417.phone(row) for row in rows]
    assert all(extractor.is_kept_phone(tel) for tel in tels)
    assert all(personal_phone(tel, "TW") for tel in tels)
    digits = [re.sub(r"\D", "", tel) for tel in tels]
    full = [d if d.startswith("0") else "02" + d for d in digits]
    assert len(set(full)) == 400
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes["9999-9999"] == 335 and shapes["99999999"] == 23
    assert [row["fields"]["tel"] for row in rows if row["fields"]["tel"] != h417.phone(row)] == [
        "\t2391-7383"
    ], "one tel has a tab before it, kept as published, written without it"
    for row in rows:
        assert {"id", "area", "name", "address", "tel", "payex", "EntranceCoord"} <= set(
            row["fields"]
        )


def test_the_extractor_keeps_fixed_lines_only():
    keep = ("2722-0152", "27057716", "02-2559-1772", "02-28234811", "(06)263-6288", "03-3332157")
    drop = ("2246-1708#15", "0933723613", "0955-631-633", "0800-88-8924", "02", "")
    assert all(extractor.is_kept_phone(v) for v in keep)
    assert not any(extractor.is_kept_phone(v) for v in drop)


def _encoded(value: str) -> str:
    """``value`` as a JSON string writes it."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The lot's name and district stand in every record's text outside the labels, its id in
    every layout but Amelia's (whose body has no field for it)."""
    for r in records:
        row = _row(r)
        columns = IDENTIFIERS if r["layout"] == "amelia_location" else (*IDENTIFIERS, "id")
        for column in columns:
            value = _encoded(h417._f(row, column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document is JSON of its format, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h417.phone(row), h417._f(row, "name")
        if r["layout"] == "ogcapi_features":
            assert doc["type"] == "FeatureCollection"
            assert doc["numberMatched"] == doc["numberReturned"] == len(doc["features"]) == 1
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["timeStamp"])
            assert {link["rel"] for link in doc["links"]} == {"self", "alternate", "collection"}
            feature = doc["features"][0]
            assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
            lon, lat = feature["geometry"]["coordinates"]
            assert 121 < lon < 122.1 and 24.9 < lat < 25.3
            props = feature["properties"]
            assert props["tel"] == tel and props["name"] == name
            assert props["id"] == feature["id"] == h417._f(row, "id")
            assert props["contact"].endswith(tel)
        elif r["layout"] == "pocketbase_records":
            assert (doc["page"], doc["perPage"], doc["totalItems"], doc["totalPages"]) == (
                1, 30, 1, 1,
            )  # fmt: skip
            item = doc["items"][0]
            assert re.fullmatch(r"pbc_\d{10}", item["collectionId"])
            assert re.fullmatch(r"[a-z0-9]{15}", item["id"])
            assert item["collectionName"] == "parking_lots"
            assert item["tel"] == tel and item["name"] == name
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}Z", item["created"])
            assert item["created"] < item["updated"]
        elif r["layout"] == "amelia_location":
            assert set(doc) == {
                "name", "status", "description", "address", "phone", "latitude", "longitude",
                "pictureFullPath", "pictureThumbPath", "pin",
            }  # fmt: skip
            assert doc["status"] == "visible" and doc["name"] == name and doc["phone"] == tel
            assert doc["description"].endswith(f"現場洽詢電話 {tel}")
            assert doc["address"].startswith(("臺北市", "台北市"))
        else:
            assert doc["msgtype"] == "markdown" and doc["at"]["isAtAll"] is False
            assert doc["at"]["atMobiles"] == []
            text = doc["markdown"]["text"]
            assert doc["markdown"]["title"].endswith(name)
            assert f"> 停車場電話：{tel}\n" in text and f"致電 {tel} 洽詢" in text


def test_provenance():
    sources = h417.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "taurus5650/tw_opendata_taipeiParkingInfo"
    assert tw["commit"] == "7c1b62afe364c0e8a96aa5cc4f5f87a24ae9aed7"
    assert tw["paths"] == ["TCMSV_alldesc.json"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h417.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 400}
    assert all(r["path"].startswith("TCMSV_alldesc.json#") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h417, "held_out_417", tmp_path)

"""held_out_131 of the PII evaluation set (scripts/pii_held_out_131.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the code, name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sqlite3
import struct
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_131 as h131  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

GMD = "{http://www.isotc211.org/2005/gmd}"
GCO = "{http://www.isotc211.org/2005/gco}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h131.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h131.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h131.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h131.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "topojson": 150, "geopackage_sql": 150, "dbfdump": 150, "iso19139": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h131.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h131.PHONE)] += copies
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
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])
    assert sum(len(r["spans"]) for r in records) == 1200
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone is the area code in brackets and the subscriber's digits, no
    separator, as published; no field has a blank to strip."""
    rows = h131.data()["rows"]
    assert all(re.fullmatch(r"\(0\d{1,3}\)\d{5,8}", h131.phone(row)) for row in rows)
    assert all(v == v.strip() for row in rows for v in row["fields"].values())
    shapes = Counter(re.sub(r"\d", "9", h131.phone(row)) for row in rows)
    assert shapes == {
        "(99)9999999": 380, "(99)99999999": 145, "(999)999999": 45, "(999)9999999": 26,
        "(9999)99999": 4,
    }  # fmt: skip
    assert len({h131.phone(row) for row in rows}) == 600
    assert {h131.county(row)[1] for row in rows} == set(h131.SEATS)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The school code, name and street address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h131._f(row, "代碼"), h131._f(row, "學校名稱"), h131.address(row)[1]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _near_seat(row: dict, lon: float, lat: float) -> bool:
    seat_lat, seat_lon = h131.SEATS[h131.county(row)[1]]
    return abs(lon - seat_lon) <= 0.031 and abs(lat - seat_lat) <= 0.031


def _topojson(r: dict, row: dict, tel: str, name: str) -> None:
    topology = json.loads(r["text"])
    assert topology["type"] == "Topology" and topology["arcs"] == []
    (layer,) = topology["objects"].values()
    (point,) = layer["geometries"]
    assert point["type"] == "Point" and point["id"] == h131._f(row, "代碼")
    props = point["properties"]
    assert props["電話"] == tel and props["學校名稱"] == name
    assert tel in props["說明"] and props["地址"] == h131.address(row)[1]
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    lon, lat = point["coordinates"][0] * sx + tx, point["coordinates"][1] * sy + ty
    west, south, east, north = topology["bbox"]
    assert west <= lon <= east and south <= lat <= north
    assert _near_seat(row, lon, lat)


def _geopackage(r: dict, row: dict, tel: str, name: str) -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(r["text"])
    assert db.execute("PRAGMA application_id").fetchone() == (1196444487,)
    table, kind, srs = db.execute(
        "SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns"
    ).fetchone()
    assert (kind, srs) == ("POINT", 4326)
    assert db.execute("SELECT data_type FROM gpkg_contents").fetchone() == ("features",)
    (got,) = db.execute(f'SELECT * FROM "{table}"').fetchall()
    assert got[2:9] == tuple(
        h131._f(row, c) for c in ("代碼", "學校名稱", "公/私立", "縣市名稱", "地址", "電話", "網址")
    )
    assert got[7] == tel and tel in got[9] and got[3] == name
    blob = got[1]
    assert blob[:2] == b"GP" and struct.unpack("<BBi", blob[2:8]) == (0, 1, 4326)
    order, geom_type, lon, lat = struct.unpack("<BIdd", blob[8:])
    assert (order, geom_type) == (1, 1) and _near_seat(row, lon, lat)
    db.close()


def _dbfdump(r: dict, row: dict, tel: str, name: str) -> None:
    lines = r["text"].split("\n")
    assert lines[0].startswith("$ cat ") and lines[1] == "UTF-8"
    info = dict(line.split(":\t", 1) for line in lines if ":\t" in line)
    fields = [line.split("\t") for line in lines if re.match(r"\d+\.\t", line)]
    assert int(info["Num fields"]) == len(fields) == len(h131.DBF_FIELDS)
    assert int(info["Header length"]) == 32 + 32 * len(fields) + 1
    assert int(info["Record length"]) == 1 + sum(int(f[3]) for f in fields)
    assert [f[1].strip() for f in fields] == [f[0] for f in h131.DBF_FIELDS]
    assert lines[-1] == "" and lines[-3].startswith("$ dbfdump --fs ")
    values = lines[-2].split(h131.FS)
    assert len(values) == len(fields)
    by_name = dict(zip((f[1].strip() for f in fields), values, strict=True))
    assert by_name["TEL"] == tel and tel in by_name["NOTE"] and by_name["NAME"] == name
    assert by_name["CODE"] == h131._f(row, "代碼")
    for f, value in zip(fields, values, strict=True):
        assert len(value.encode("utf-8")) <= int(f[3]), (r["id"], f)
    assert _near_seat(row, float(by_name["LON"]), float(by_name["LAT"]))


def _iso19139(r: dict, row: dict, tel: str, name: str) -> None:
    root = ET.fromstring(r["text"].encode("utf-8"))
    assert root.tag == f"{GMD}MD_Metadata"
    ident = root.find(f"{GMD}identificationInfo/{GMD}MD_DataIdentification")
    party = ident.find(f"{GMD}pointOfContact/{GMD}CI_ResponsibleParty")
    assert party.findtext(f"{GMD}organisationName/{GCO}CharacterString") == name
    contact = party.find(f"{GMD}contactInfo/{GMD}CI_Contact")
    voice = contact.findtext(f"{GMD}phone/{GMD}CI_Telephone/{GMD}voice/{GCO}CharacterString")
    assert voice == tel
    postcode = contact.findtext(
        f"{GMD}address/{GMD}CI_Address/{GMD}postalCode/{GCO}CharacterString"
    )
    assert postcode == h131.address(row)[0]
    assert tel in ident.findtext(f"{GMD}abstract/{GCO}CharacterString")
    box = ident.find(f"{GMD}extent/{GMD}EX_Extent/{GMD}geographicElement/"
                     f"{GMD}EX_GeographicBoundingBox")  # fmt: skip
    west, east, south, north = (
        float(box.findtext(f"{GMD}{tag}/{GCO}Decimal"))
        for tag in ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude",
                    "northBoundLatitude")
    )  # fmt: skip
    assert west < east and south < north
    assert _near_seat(row, (west + east) / 2, (south + north) / 2)


def test_the_documents_parse_in_their_format(records):
    """TopoJSON as JSON, the GeoPackage dump run by sqlite3 (its point decoded), the dbfdump
    session's header and record consistent, the ISO 19139 record as XML; the row's number
    where the format puts it."""
    check = {
        "topojson": _topojson,
        "geopackage_sql": _geopackage,
        "dbfdump": _dbfdump,
        "iso19139": _iso19139,
    }
    for r in records:
        row = _row(r)
        check[r["layout"]](r, row, h131.phone(row), h131._f(row, "學校名稱"))


def test_provenance():
    sources = h131.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "radekmatloch/ici_template"
    assert tw["commit"] == "27c39e9159708e49b390536131a51b9c761f227d"
    assert tw["paths"] == ["e1_new.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h131.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(
        list(r["fields"])
        == ["學年度", "代碼", "學校名稱", "公/私立", "縣市名稱", "地址", "電話", "網址"]
        for r in rows
    )


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h131, "held_out_131", tmp_path)

"""held_out_100 of the PII evaluation set (scripts/pii_held_out_100.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the row's id and coordinates are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_100 as h100  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the pharmacy's id and coordinates, in every layout
IDENTIFIERS = ("id", h100.LON, h100.LAT)
# copies of the phone field per layout
COPIES = {"ogrinfo_dump": 1, "wkt_csv": 1, "maplibre_style": 2, "wfs_gml": 2}
GML = {
    "wfs": "http://www.opengis.net/wfs/2.0",
    "gml": "http://www.opengis.net/gml/3.2",
    "pharmabf": "https://pharmabf.bf/geoserver/pharmabf",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h100.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h100.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h100.data()["rows"]) == 233
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h100.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ogrinfo_dump": 59, "wkt_csv": 58, "maplibre_style": 58, "wfs_gml": 58,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands, as often as the
    layout writes it, and nothing else is."""
    total = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h100.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BF") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
        total += len(labelled)
    assert total == 349


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":telephone"


def test_the_id_and_coordinates_are_in_the_text_and_unlabelled(records):
    """The id (``oua_001``), longitude (``-1.4939591``) and latitude stand in every record's
    text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h100._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _ogrinfo(text: str) -> tuple[list[str], dict[str, tuple[str, str]], str]:
    """The field definitions, the feature's fields (name -> (type, value)) and its geometry
    line of an ``ogrinfo -al`` listing."""
    head, _, feature = text.partition("\nOGRFeature(")
    definitions = re.findall(r"^(\w+): (String|Integer|Real) \(\d+\.\d+\)$", head, re.M)
    fields = {
        m[1]: (m[2], m[3])
        for m in re.finditer(r"^  (\w+) \((String|Integer|Real)\) = (.*)$", feature, re.M)
    }
    geometry = re.findall(r"^  (POINT \(.*\))$", feature, re.M)
    return [d[0] for d in definitions], fields, geometry[0]


def test_the_documents_are_well_formed(records):
    """The ogrinfo listing defines each field it prints, with its type, ``TELEPHONE`` the
    field and the point the coordinates; the CSV parses to one row whose ``telephone`` is the
    field and whose WKT is the point; the MapLibre style is JSON of version 8 whose GeoJSON
    source gives the field and the coordinates; the WFS response is XML whose member gives
    the field and the point in latitude-longitude order."""
    for r in records:
        row, text = _row(r), r["text"]
        lon, lat = h100._f(row, h100.LON), h100._f(row, h100.LAT)
        if r["layout"] == "ogrinfo_dump":
            names, fields, point = _ogrinfo(text)
            assert names == list(fields)
            assert fields["TELEPHONE"] == ("String", h100.phone(row))
            assert fields["ID"][1] == h100._f(row, "id")
            x, y = map(float, point.removeprefix("POINT (").removesuffix(")").split())
            assert (x, y) == (float(lon), float(lat))
            assert "Feature Count: 1\n" in text
        elif r["layout"] == "wkt_csv":
            (line,) = list(csv.DictReader(io.StringIO(text, newline="")))
            assert line["telephone"] == h100.phone(row)
            assert line["WKT"] == f"POINT ({lon} {lat})"
            assert line["adresse"] == h100._f(row, "adresse_description")
        elif r["layout"] == "maplibre_style":
            style = json.loads(text)
            assert style["version"] == 8
            feature = style["sources"]["pharmacie"]["data"]
            assert feature["properties"]["telephone"] == h100.phone(row)
            assert feature["geometry"]["coordinates"] == [float(lon), float(lat)]
            assert style["center"] == [float(lon), float(lat)]
            assert {layer["source"] for layer in style["layers"][1:]} == {"pharmacie"}
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{{{GML['wfs']}}}FeatureCollection"
            member = root.find("wfs:member/pharmabf:pharmacies", GML)
            assert member.findtext("pharmabf:telephone", namespaces=GML) == h100.phone(row)
            assert member.findtext("pharmabf:nom", namespaces=GML) == h100._f(row, "nom")
            assert h100.phone(row) in member.findtext("pharmabf:contact", namespaces=GML)
            pos = member.findtext("pharmabf:geom/gml:Point/gml:pos", namespaces=GML)
            assert pos == f"{lat} {lon}"


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h100.data()["sources"]
    assert set(sources) == {"BF"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h100.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BF": 233}
    assert Counter(r["path"].split("#")[0] for r in rows) == {
        "pharmaciesOuaga.json": 188, "pharmaciesBobo.json": 45,
    }  # fmt: skip
    assert all(sum(c.isdigit() for c in r["fields"]["telephone"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h100.write(rebuilt)
    assert rebuilt.read_bytes() == h100.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_100"

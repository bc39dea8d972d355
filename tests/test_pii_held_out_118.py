"""held_out_118 of the PII evaluation set (scripts/pii_held_out_118.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; the care home's postcode and accredited beds
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_118 as h118  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

IDENTIFIERS = ("CAP",)
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "georss": "http://www.georss.org/georss",
    "gml": "http://www.opengis.net/gml",
    "gen": "http://www.opengis.net/citygml/generics/2.0",
    "bldg": "http://www.opengis.net/citygml/building/2.0",
    "xAL": "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h118.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h118.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h118.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h118.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "georss_atom": 150, "citygml": 150, "leaflet_script": 150, "garmin_poi_csv": 150,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands if a
    person could hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in ((h118.PHONE, h118.phone(row)), (h118.FAX, h118.fax(row))):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= (2 if column == h118.PHONE else 1), (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "IT") else short)[(number, column)] += copies
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
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_data_keeps_the_published_shape():
    """Most kept phones are the register's ``area/subscriber``; a few are broken over two lines
    as the register has them; no e-mail column is kept."""
    rows = h118.data()["rows"]
    slashed = sum(bool(re.fullmatch(r"0\d{1,3}/\d{4,8}", h118.phone(row))) for row in rows)
    assert slashed >= 550
    assert any("\n" in h118.phone(row) for row in rows)
    assert all("E-MAIL" not in row["fields"] for row in rows)
    assert sum(bool(h118.fax(row)) for row in rows) > 450


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The home's postcode stands in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h118._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _node_check(text: str, tmp_path: Path) -> None:
    """The script parses as JavaScript (``node --check``) where node is installed."""
    node = shutil.which("node")
    if node is None:
        return
    script = tmp_path / "map.js"
    script.write_text(text, encoding="utf-8")
    subprocess.run([node, "--check", str(script)], check=True, capture_output=True)


def test_the_documents_are_well_formed(records, tmp_path):
    """Each document parses with its format's parser (XML, CSV, JavaScript), the row's
    numbers where the format puts them."""
    checked_js = 0
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h118.phone(row), h118.fax(row)
        if r["layout"] == "georss_atom":
            feed = ET.fromstring(text)
            (entry,) = feed.findall("atom:entry", NS)
            assert entry.findtext("atom:summary", namespaces=NS).endswith(tel)
            content = entry.findtext("atom:content", namespaces=NS)
            assert f"Tel. {tel}" in content and (not fax or f"fax {fax}" in content)
            lat, lon = map(float, entry.findtext("georss:point", namespaces=NS).split())
            assert 45 < lat < 46.5 and 8.5 < lon < 11.2
        elif r["layout"] == "citygml":
            model = ET.fromstring(text)
            (building,) = model.iter(f"{{{NS['bldg']}}}Building")
            attrs = {
                a.get("name"): a.findtext("gen:value", namespaces=NS)
                for a in building
                if a.tag.startswith(f"{{{NS['gen']}}}")
            }
            assert attrs["telefono"] == tel and attrs.get("fax", "") == fax
            code = building.find(".//xAL:PostalCodeNumber", NS).text
            assert code == h118._f(row, "CAP")
        elif r["layout"] == "leaflet_script":
            assert f"  tel: `{tel}`,\n" in text and ".bindPopup(`" in text
            if checked_js < 20:
                _node_check(text, tmp_path)
                checked_js += 1
        else:
            lines = list(csv.reader(io.StringIO(text, newline="")))
            assert len(lines) == 2 and all(len(line) == 4 for line in lines)
            assert all(float(line[0]) and float(line[1]) for line in lines)
            assert lines[0][3].endswith(h118._contact(row)) and lines[1][3].endswith(tel)


def test_provenance():
    sources = h118.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "dvcama/socrata2triples"
    assert re.fullmatch(r"[0-9a-f]{40}", it["commit"])
    assert it["path"] == "package.lombardia.example.js"
    assert "IODL" in it["licence"] and "Regione Lombardia" in it["publisher"]
    rows = h118.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(list(r["fields"]) == it["kept_columns"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h118, "held_out_118", tmp_path)

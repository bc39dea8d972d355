"""held_out_286 of the PII evaluation set (scripts/pii_held_out_286.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and commune are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_286 as h286  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("nom", "commune")
CDM = "{http://cdm-fr.fr/2011/CDM}"
GPX = "{http://www.topografix.com/GPX/1/1}"
GPXX = "{http://www.garmin.com/xmlschemas/GpxExtensions/v3}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h286.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h286.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h286.data()["rows"]) == 441
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h286.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "scribus_sla": 111, "peertube_video": 110, "cdmfr_orgunit": 110, "gpx_waypoint": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h286.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "FR") else short)[(number, h286.PHONE)] += copies
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
    kinds = phone_kinds(records, h286.international)
    assert kinds == {"national:telephone": 882}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ten digits in pairs with the trunk ``0``, no mobile, as the
    export writes it (no blanks around it); every row has its coordinates; no field holds an
    e-mail address."""
    rows = h286.data()["rows"]
    for row in rows:
        tel = row["fields"]["telephone"]
        assert re.fullmatch(r"0[1-59](?: \d\d){4}", tel), tel
        assert tel == h286.phone(row)
        assert h286.coordinates(row)
    assert Counter(h286.phone(row)[:2] for row in rows) == {"02": 428, "09": 9, "05": 2, "01": 2}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or a quoted attribute)."""
    if layout == "peertube_video":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and commune stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h286._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            if not found and r["layout"] == "scribus_sla":
                found = [m.start() for m in re.finditer(re.escape(value.replace('"', "&quot;")),
                                                          r["text"])]  # fmt: skip
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h286.phone(row), h286._f(row, "nom")
        if r["layout"] == "peertube_video":
            video = json.loads(text)
            assert video["account"]["displayName"] == name
            assert f"📞 {tel}\n" in video["description"]
            assert video["support"].endswith(f"au {tel}.")
            assert video["url"].endswith(video["uuid"]) and video["category"]["id"] == 13
            assert video["account"]["host"].endswith(".apps.education.fr")
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "scribus_sla":
            assert root.tag == "SCRIBUSUTF8NEW" and root.get("Version") == "1.5.8"
            frames = root.findall("DOCUMENT/PAGEOBJECT")
            assert [f.get("ANNAME") for f in frames] == ["Titre", "Corps", "Pied"]
            texts = [[i.get("CH") for i in f.iter("ITEXT")] for f in frames]
            assert texts[0][0].startswith(name)
            assert f"Tél. {tel}" in texts[1]
            assert texts[2][0] == f"Renseignements et inscriptions : {tel}"
            assert all(f.find("StoryText/trail") is not None for f in frames)
        elif r["layout"] == "cdmfr_orgunit":
            assert root.tag == f"{CDM}CDM"
            unit = root.find(f"{CDM}orgUnit")
            assert unit.findtext(f"{CDM}orgUnitName/{CDM}text") == name
            contact = unit.find(f"{CDM}contacts/{CDM}contactData")
            assert contact.findtext(f"{CDM}telephone") == tel
            assert contact.findtext(f"{CDM}adr/{CDM}pcode") == h286._f(row, "cp")
            para = unit.findtext(f"{CDM}orgUnitDescription/{CDM}infoBlock/{CDM}para")
            assert f"renseignements au {tel}." in para
            if h286._f(row, "code_uai"):
                assert unit.findtext(f"{CDM}orgUnitCode") == h286._f(row, "code_uai")
        else:
            assert root.tag == f"{GPX}gpx" and root.get("version") == "1.1"
            wpt = root.find(f"{GPX}wpt")
            lat, lon = h286.coordinates(row)
            assert (float(wpt.get("lat")), float(wpt.get("lon"))) == (lat, lon)
            assert wpt.findtext(f"{GPX}name") == name
            assert f"Tél. {tel}." in wpt.findtext(f"{GPX}desc")
            ext = wpt.find(f"{GPX}extensions/{GPXX}WaypointExtension")
            assert ext.findtext(f"{GPXX}PhoneNumber") == tel
            assert ext.findtext(f"{GPXX}Address/{GPXX}PostalCode") == h286._f(row, "cp")


def test_provenance():
    sources = h286.data()["sources"]
    assert set(sources) == {"FR"}
    fr = sources["FR"]
    assert fr["repository"] == "CharlesVitry/mongoDBProject"
    assert fr["commit"] == "708c9bae8cb4a0b228bf825d86b835d5fbe8ab8a"
    assert fr["paths"] == ["etablissements.json"]
    assert "not confirmed" in fr["licence"] and fr["publisher"]
    rows = h286.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"FR": 441}
    assert len({r["recordid"] for r in rows}) == 441


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h286, "held_out_286", tmp_path)

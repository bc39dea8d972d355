"""held_out_166 of the PII evaluation set (scripts/pii_held_out_166.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and address are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_166 as h166  # noqa: E402 - the scripts folder's modules

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the bar's identifiers, in every layout
IDENTIFIERS = ("Name", "Address")
PHONE_SHAPE = re.compile(r"\(\d{3}\) \d{3}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h166.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h166.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h166.data()["rows"]) == 488
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h166.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:RU"
    assert Counter(r["layout"] for r in records) == {
        "osm_change": 122, "taskwarrior_export": 122, "plotly_figure": 122, "joplin_note": 122,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is one number, labelled whole wherever it stands (twice in every
    layout); nothing else is labelled and there is no distractor."""
    for r in records:
        value = h166.phone(_row(r))
        assert r["text"].count(value) == 2, r["id"]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert labelled == [(value, h166.PHONE)] * 2, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h166.international)
    assert kinds == {"national:PublicPhone": 976}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one Moscow number as the portal writes it, ``(495) 621-19-63``;
    277 of code 495, 91 of 499, 4 toll-free 800, the rest mobile codes; all fields strings."""
    rows = h166.data()["rows"]
    for row in rows:
        assert PHONE_SHAPE.fullmatch(row["fields"]["PublicPhone"]), row["path"]
        assert re.fullmatch(r"\d{8,9}", row["fields"]["global_id"]), row["path"]
    codes = Counter(h166.phone(row)[1:4] for row in rows)
    assert (codes["495"], codes["499"], codes["800"]) == (277, 91, 4)
    assert sum(codes.values()) == 488
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML attribute text, or a JSON string's inside)."""
    if layout == "osm_change":
        return escape(value, {'"': "&quot;"})
    if layout == "joplin_note":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h166._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the Joplin
    note read by its metadata lines), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h166.phone(row), h166._f(row, "Name")
        if r["layout"] == "osm_change":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "osmChange" and root.get("version") == "0.6"
            node = root.find("create/node")
            assert node.get("lat") == h166._f(row, "Latitude")
            assert node.get("lon") == h166._f(row, "Longitude")
            tags = {t.get("k"): t.get("v") for t in node.findall("tag")}
            assert tags["amenity"] == "bar" and tags["name"] == name and tags["phone"] == tel
            assert tags["ref:mos_ru"] == h166._f(row, "global_id")
            assert f"телефон {tel} " in tags["note"]
        elif r["layout"] == "taskwarrior_export":
            assert text.startswith("[\n{") and text.endswith("}\n]\n")
            tasks = json.loads(text)
            assert len(tasks) == 2 and tasks[1]["id"] == tasks[0]["id"] + 1
            assert tasks[1]["description"].startswith(f"Позвонить в «{name}» по {tel}: ")
            assert f"тел. {tel}, " in tasks[1]["annotations"][0]["description"]
            for task in tasks:
                assert re.fullmatch(r"\d{8}T\d{6}Z", task["entry"])
        elif r["layout"] == "plotly_figure":
            fig = json.loads(text)
            (trace,) = fig["data"]
            assert trace["type"] == "scattermapbox" and trace["customdata"][0][2] == tel
            assert trace["text"][0] == f"<b>{name}</b><br>{h166._f(row, 'Address')}<br>{tel}"
            assert fig["layout"]["mapbox"]["style"] == "open-street-map"
        else:
            head, _, rest = text.partition("\n\n")
            assert head == name
            meta = dict(line.split(": ", 1) for line in rest.rsplit("\n\n", 1)[1].splitlines())
            assert meta["type_"] == "1" and re.fullmatch(r"[0-9a-f]{32}", meta["id"])
            assert f"- **Телефон:** {tel}\n" in text and f"Позвонить по {tel} и " in text


def test_provenance():
    sources = h166.data()["sources"]
    assert set(sources) == {"RU"}
    ru = sources["RU"]
    assert ru["repository"] == "AntonGorynya/3_bars"
    assert ru["commit"] == "8436c91cc1e68b0d421d205bf2b952e95390ccec"
    assert ru["paths"] == ["bars.json"]
    assert "not confirmed" in ru["licence"] and ru["publisher"]
    rows = h166.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"RU": 488}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h166, "held_out_166", tmp_path)

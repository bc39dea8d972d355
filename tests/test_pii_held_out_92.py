"""held_out_92 of the PII evaluation set (scripts/pii_held_out_92.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's two real
contact fields, copied unchanged, each copy labelled under its column; the pharmacy's name and
postal box are in the text and unlabelled), each layout is a well-formed document of its kind,
and the records are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_92 as h92  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
SC = "{http://www.w3.org/2005/07/scxml}"
# the escapes of a ``.properties`` value that stand for another character than the escaped one
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h92.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h92.by_locale()[locale][n]


def _fields(row: dict) -> dict[str, str]:
    """The row's non-empty contact fields by the column they are labelled under."""
    return {c: v for c, v in (("phone", h92.tel1(row)), ("phone_2", h92.tel2(row))) if v}


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h92.data()["rows"]) == 194
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h92.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "java_properties": 49, "spreadsheetml": 49, "scxml": 48, "plantuml": 48,
    }  # fmt: skip


def test_every_copy_of_each_contact_field_is_labelled_unchanged(records):
    """Each number of each contact field is labelled under its column wherever the field
    stands (the two fields of a row are never equal, neither stands inside the other), and
    nothing else is labelled; every number is one a person could hold."""
    total = Counter()
    for r in records:
        row, text = _row(r), r["text"]
        fields = _fields(row)
        assert "phone" in fields, r["id"]
        assert len(set(fields.values())) == len(fields)
        expected = Counter()
        for column, value in fields.items():
            copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
            assert copies == text.count(value) >= 1, (r["id"], column)
            for s, e in numbers(value):
                assert personal_phone(value[s:e], "TG"), value
                expected[(value[s:e], column)] += copies
        labelled = Counter((r["text"][s:e], kind.split(":")[1]) for s, e, _, kind in r["spans"])
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        total.update(column for _, column in labelled.elements())
    assert total == {"phone": 339, "phone_2": 169}


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert kind.split(":")[0] == "national", r["text"][s:e]


def _outside(record: dict, value: str) -> bool:
    """``value`` stands in the text, no digit next to it, and outside every label."""
    found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", record["text"])]
    spans = [*record["spans"], *record["distractors"]]
    return bool(found) and not any(s <= at < e for at in found for s, e, *_ in spans)


def test_the_name_and_postal_box_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name and, where its location gives one, its postal box (``BP 2847``)
    stand in every record's text, outside the labels."""
    boxes = 0
    for r in records:
        row = _row(r)
        assert _outside(r, h92.name(row)), r["id"]
        box = re.search(r"(?:\d+ ?)?BP ?\d+", h92.location(row))
        if box:
            boxes += 1
            assert _outside(r, box.group()), r["id"]
    assert boxes == 148


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _properties(text: str) -> dict[str, str]:
    """A ``.properties`` file read as ``java.util.Properties.load`` reads it (comments, ``=``
    or ``:`` separators, backslash escapes and continuation lines)."""
    out: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        line = line.lstrip()
        if not line or line[0] in "#!":
            continue
        while re.search(r"(?<!\\)(\\\\)*\\$", line):
            line = line[:-1] + next(lines).lstrip()
        m = re.match(r"((?:[^=:\s\\]|\\.)+)\s*[=:]?\s*(.*)", line)
        key, value = m.groups()
        out[key] = re.sub(r"\\(.)", lambda e: ESCAPES.get(e.group(1), e.group(1)), value)
    return out


def _spreadsheet_rows(text: str) -> list[list[str | None]]:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{SS}Workbook"
    rows = []
    for row in root.iter(f"{SS}Row"):
        cells = []
        for cell in row.findall(f"{SS}Cell"):
            data = cell.find(f"{SS}Data")
            cells.append(None if data is None else data.text)
        rows.append(cells)
    return rows


def _puml_objects(text: str) -> dict[str, dict[str, str]]:
    """The objects of a PlantUML object diagram: alias -> its ``key = value`` fields."""
    out = {}
    for m in re.finditer(r'^object "([^"]*)" as (\w+) \{\n(.*?)^\}$', text, re.M | re.S):
        fields = dict(re.findall(r"^  (\w+) = (.*)$", m.group(3), re.M))
        out[m.group(2)] = {"name": m.group(1), **fields}
    return out


def test_the_documents_are_well_formed(records):
    """The properties file gives both contact fields and the first again as the SMS sender;
    the SpreadsheetML workbook parses and its pharmacy row holds the name, the location and
    the two fields; the SCXML document parses, its contacts ``<data>`` is JSON with the two
    fields, each transfer's ``<param>`` gives one and every transition leads to a state of the
    machine; the PlantUML diagram is one ``@startuml`` .. ``@enduml`` block whose pharmacy
    object gives the fields and whose note repeats the first."""
    for r in records:
        row, text = _row(r), r["text"]
        t1, t2 = h92.tel1(row), h92.tel2(row)
        if r["layout"] == "java_properties":
            props = _properties(text)
            assert props["pharmacie.telephone.1"] == props["sms.expediteur"] == t1
            assert props["pharmacie.telephone.2"] == t2
            assert props["pharmacie.nom"] == h92.name(row)
            assert props["pharmacie.localisation"] == h92.location(row)
        elif r["layout"] == "spreadsheetml":
            header, line, total = _spreadsheet_rows(text)
            assert header[3:5] == ["Tél. 1", "Tél. 2"]
            assert line[1:5] == [h92.name(row), h92.location(row), t1, t2 or None]
            assert int(line[0]) and int(total[1])
        elif r["layout"] == "scxml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{SC}scxml" and root.get("version") == "1.0"
            data = {d.get("id"): d for d in root.iter(f"{SC}data")}
            contacts = json.loads(data["contacts"].text)
            assert (contacts["tel1"], contacts["tel2"]) == (t1, t2)
            assert contacts["nom"] == h92.name(row)
            params = [p.get("expr") for p in root.iter(f"{SC}param")]
            assert params == [f"'{v}'" for v in (t1, t2) if v]
            ids = {s.get("id") for s in root.iter() if s.tag in (f"{SC}state", f"{SC}final")}
            assert root.get("initial") in ids
            assert all(t.get("target") in ids for t in root.iter(f"{SC}transition"))
        else:
            assert text.startswith("@startuml ") and text.endswith("@enduml\n")
            assert text.count("{") == text.count("}") == 2
            objects = _puml_objects(text)
            assert objects["ph"]["name"] == h92.name(row)
            assert objects["ph"]["tel1"] == f'"{t1}"'
            assert objects["ph"].get("tel2") == (f'"{t2}"' if t2 else None)
            assert f"\n  Appeler d'abord le {t1}\nend note\n" in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h92.data()["sources"]
    assert set(sources) == {"TG"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h92.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TG": 194}
    assert Counter(r["path"].split("#")[0].rsplit("_", 1)[1] for r in rows) == {
        "lome.dart": 187, "kara.dart": 7,
    }  # fmt: skip
    for r in rows:
        assert set(r["fields"]) == {"nomPH", "locPH", "contPH_1", "contPH_2"}
        assert all(isinstance(v, str) for v in r["fields"].values())
        assert sum(c.isdigit() for c in r["fields"]["contPH_1"]) >= 6


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h92.write(rebuilt)
    assert rebuilt.read_bytes() == h92.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_92"

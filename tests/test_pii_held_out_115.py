"""held_out_115 of the PII evaluation set (scripts/pii_held_out_115.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the kept e-mail address labelled; the
row's id, postcode and coordinates are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_115 as h115  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the centre's register id, postcode and coordinates, in every layout
IDENTIFIERS = ("ID", "PLZ", "LAT", "LON")
UA = "{http://opcfoundation.org/UA/2011/03/UANodeSet.xsd}"
UAX = "{http://opcfoundation.org/UA/2008/02/Types.xsd}"
CAEX = "{http://www.dke.de/CAEX}"
KNX = "{http://knx.org/xml/project/21}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h115.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h115.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h115.data()["rows"]) == 176
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h115.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "opcua_nodeset2": 44, "automationml_caex": 44, "bacnet_ede": 44, "knx_project_xml": 44,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_the_email_is_labelled_unchanged(records):
    """Each number of the phone field (``0371 50220 / 52027551`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not; each copy of the
    kept e-mail address is labelled; nothing else is."""
    phones = emails = 0
    for r in records:
        row, text = _row(r), r["text"]
        value = h115.phone(row)
        copies = text.count(value)
        assert copies >= 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "DE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        mail = h115.email(row)
        assert mails == ([mail] * text.count(mail) if mail else []), r["id"]
        assert not r["unscored"]
        phones += len(labelled)
        emails += len(mails)
    assert (phones, emails) == (354, 89)


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for _, _, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert kind == "national:phone"
            else:
                assert kind == "register"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The register's centre id, postcode (``09119``), latitude and longitude stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h115._f(_row(r), column)
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


def _nodeset(text: str, row: dict) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{UA}UANodeSet"
    values = {
        v.get("BrowseName"): v.find(f"{UA}Value")[0].text for v in root.iter(f"{UA}UAVariable")
    }
    assert values["1:Telefon"] == h115.phone(row)
    assert values["1:EinrichtungsID"] == h115._f(row, "ID")
    assert float(values["1:Breitengrad"]) == float(h115._f(row, "LAT"))
    assert values.get("1:EMail") == (h115.email(row) or None)
    site = root.find(f"{UA}UAObject")
    assert h115.phone(row) in site.find(f"{UA}Description").text
    ids = [n.get("NodeId") for n in root if n.get("NodeId")]
    assert len(ids) == len(set(ids))
    assert all(v.get("ParentNodeId") == site.get("NodeId") for v in root.iter(f"{UA}UAVariable"))
    assert root.find(f"{UA}UAVariable/{UA}Value/{UAX}String") is not None


def _caex(text: str, row: dict) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{CAEX}CAEXFile" and root.get("SchemaVersion") == "3.0"
    building = root.find(f"{CAEX}InstanceHierarchy/{CAEX}InternalElement")
    attributes = {
        a.get("Name"): a.find(f"{CAEX}Value").text for a in building.findall(f"{CAEX}Attribute")
    }
    assert attributes["Telefon"] == h115.phone(row)
    assert attributes["PLZ"] == h115._f(row, "PLZ")
    assert attributes.get("EMail") == (h115.email(row) or None)
    assert building.get("Name") == h115._f(row, "KURZBEZEICHNUNG")
    assert h115.phone(row) in building.find(f"{CAEX}Description").text
    ids = [e.get("ID") for e in root.iter() if e.get("ID")]
    assert len(ids) == len(set(ids)) == 3


def _ede(text: str, row: dict) -> None:
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert lines[0][0].startswith("#Engineering-Data-Exchange")
    assert [x[0] for x in lines[1:6]] == [
        "PROJECT_NAME", "VERSION_OF_REFERENCEFILE", "TIMESTAMP_OF_LAST_CHANGE",
        "AUTHOR_OF_LAST_CHANGE", "VERSION_OF_LAYOUT",
    ]  # fmt: skip
    assert lines[7][0] == "# keyname" and all(len(x) == 16 for x in lines)
    objects = {x[2].rsplit(".", 1)[1]: x for x in lines[8:]}
    device = objects["DEV"]
    assert device[3] == "8" and device[1] == device[4]
    assert all(x[1] == device[1] for x in objects.values())
    assert objects["TEL"][3] == "40" and objects["TEL"][6] == h115.phone(row)
    assert device[5].endswith("Tel. " + h115.phone(row))
    assert objects["ID"][6] == h115._f(row, "ID") and objects["PLZ"][6] == h115._f(row, "PLZ")
    assert ("MAIL" in objects) == bool(h115.email(row))
    if h115.email(row):
        assert objects["MAIL"][6] == h115.email(row)


def _knx(text: str, row: dict) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{KNX}KNX"
    building = root.find(f".//{KNX}Buildings/{KNX}BuildingPart")
    assert building.get("Type") == "Building" and building.get("Number") == h115._f(row, "ID")
    assert f"Tel. {h115.phone(row)};" in building.get("Description")
    assert building.get("Comment") == (f"Postfach: {h115.email(row)}" if h115.email(row) else None)
    group = root.find(f".//{KNX}GroupRange")
    start, end = int(group.get("RangeStart")), int(group.get("RangeEnd"))
    addresses = group.findall(f"{KNX}GroupAddress")
    assert all(start <= int(a.get("Address")) <= end for a in addresses)
    assert addresses[-1].get("Description").endswith(h115.phone(row))
    ids = [e.get("Id") for e in root.iter() if e.get("Id")]
    assert len(ids) == len(set(ids))


def test_the_documents_are_well_formed(records):
    """The NodeSet2, CAEX and KNX files parse as XML in their namespaces and give the field in
    their ``Telefon`` variable or attribute or the building's description; the EDE file's
    header and object lines have 16 ``;``-separated columns and the CharacterString Value
    ``TEL`` has the field as its default."""
    check = {
        "opcua_nodeset2": _nodeset,
        "automationml_caex": _caex,
        "bacnet_ede": _ede,
        "knx_project_xml": _knx,
    }
    for r in records:
        check[r["layout"]](r["text"], _row(r))


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h115.data()["sources"]
    assert set(sources) == {"DE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h115.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 176}
    assert all(sum(c.isdigit() for c in r["fields"]["TELEFON"]) >= 6 for r in rows)
    assert all(r["fields"]["TRAEGER"] != "Privater Träger" for r in rows)
    assert not any("Kindertagespflege" in r["fields"]["BEZEICHNUNG"] for r in rows)
    assert all(
        r["fields"]["EMAIL"].endswith("@stadt-chemnitz.de") for r in rows if "EMAIL" in r["fields"]
    )
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h115.write(rebuilt)
    assert rebuilt.read_bytes() == h115.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_115"

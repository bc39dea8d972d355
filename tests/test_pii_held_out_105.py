"""held_out_105 of the PII evaluation set (scripts/pii_held_out_105.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real
phone fields, copied unchanged, each copy labelled; the row's MOE code and coordinates are in
the text and unlabelled), each layout is well formed, and the file is rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_105 as h105  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the school's MOE code and coordinates, in every layout
IDENTIFIERS = ("MOE_Code", "Latitude", "Longitude")
CDA = {"hl7": "urn:hl7-org:v3"}
DCMDUMP = re.compile(r"^( *)\(([0-9a-f]{4}),([0-9a-f]{4})\) (\w\w) (.*?) +#(.{4}), (\d) (\w+)$")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h105.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h105.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h105.data()["rows"]) == 359
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h105.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "hl7_cda": 90, "openehr_flat": 90, "dicom_sr_dcmdump": 90, "fixed_length_batch": 89,
    }  # fmt: skip


def test_every_copy_of_each_phone_field_is_labelled_unchanged(records):
    """Each of the row's phone fields is labelled under its column wherever it stands (once or
    twice by layout, and again where the school's address carries it), and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for column, value in h105.phones(row):
            copies = len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))
            assert copies >= 1, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "BZ") else short)[(number, column)] += copies
        labelled = Counter(
            (text[s:e], kind.split(":", 1)[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert not short and not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    counts = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert not r["text"][s:e].startswith("+")
            assert kind in {f"national:{c}" for c in h105.PHONES}
            counts[kind] += 1
    assert counts == {
        "national:Telephone": 451, "national:Telephone_Alt1": 108, "national:Telephone_Alt2": 13,
    }  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The MOE code (``P61101``), latitude and longitude stand in every record's text, outside
    the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h105._f(_row(r), column)
            found = [
                m.start() for m in re.finditer(rf"(?<![\d.]){re.escape(value)}(?!\d)", r["text"])
            ]
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


def _cda(row: dict, text: str) -> None:
    """The CDA document parses; its encounter's provider organisation is the school, with the
    MOE code as id and one ``tel:`` telecom per phone field; the narrative repeats them."""
    doc = ET.fromstring(text.encode("utf-8"))
    assert doc.tag == "{urn:hl7-org:v3}ClinicalDocument"
    org = doc.find(".//hl7:healthCareFacility/hl7:serviceProviderOrganization", CDA)
    assert org.find("hl7:id", CDA).get("extension") == h105._f(row, "MOE_Code")
    assert org.find("hl7:name", CDA).text == h105._f(row, "MOE_Name")
    telecoms = [t.get("value") for t in org.findall("hl7:telecom", CDA)]
    assert telecoms == [f"tel:{v}" for _, v in h105.phones(row)]
    cells = [td.text for td in doc.iterfind(".//hl7:td", CDA)]
    assert cells[cells.index("Telephone") + 1] == " / ".join(v for _, v in h105.phones(row))


def _openehr(row: dict, text: str) -> None:
    """The FLAT composition is JSON: the school as health care facility, each phone field as
    ``telephone:<i>``, the coordinates as numbers."""
    flat = json.loads(text)
    details = "school_health_visit/context/school_details"
    assert flat["ctx/health_care_facility|id"] == h105._f(row, "MOE_Code")
    found = [flat[k] for k in flat if k.startswith(f"{details}/telephone:")]
    assert found == [v for _, v in h105.phones(row)]
    assert flat[f"{details}/latitude"] == float(h105._f(row, "Latitude"))
    assert flat[f"{details}/longitude"] == float(h105._f(row, "Longitude"))


def _dcmdump(row: dict, text: str) -> None:
    """Every element line is a dcmdump line whose stated length is the value's even length in
    bytes; sequences and items open and close in balance; the institution is the school and
    the ``School telephone`` items give the phone fields."""
    open_, texts, meaning = 0, [], None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = DCMDUMP.match(line)
        assert m, line
        indent, group, element, vr, value, length, _, name = m.groups()
        if (group, element) in {("fffe", "e00d"), ("fffe", "e0dd")}:
            open_ -= 1
        assert len(indent) == 2 * open_, line
        if (group, element) == ("fffe", "e000") or vr == "SQ":
            assert length == " u/l"
            open_ += 1
        elif value.startswith("["):
            assert value.endswith("]")
            raw = value[1:-1].encode("utf-8")
            assert int(length) == len(raw) + len(raw) % 2, line
            if name == "CodeMeaning":
                meaning = value[1:-1]
            if name == "TextValue" and meaning == "School telephone":
                texts.append(value[1:-1])
            if name == "InstitutionName":
                assert value[1:-1] == h105._f(row, "MOE_Name")
    assert open_ == 0
    assert texts == [v for _, v in h105.phones(row)]


def _batch(row: dict, text: str) -> None:
    """Every record is ``WIDTH`` characters; the facility record's columns give the school's
    code, name and phone fields; the trailer counts the records."""
    lines = text.splitlines()
    assert all(len(x) == h105.WIDTH for x in lines)
    assert [x[:3] for x in lines][:2] == ["HDR", "FAC"] and lines[-1][:3] == "TRL"
    at, fields = 0, {}
    for field, width in h105.FACILITY:
        fields[field] = lines[1][at : at + width].strip()
        at += width
    assert fields["moe_code"] == h105._f(row, "MOE_Code")
    assert fields["name"] == h105._f(row, "MOE_Name")
    for column in h105.PHONES:
        assert fields[column.lower()] == h105._f(row, column)
    assert int(lines[-1][12:18]) == len(lines)


def test_the_documents_are_well_formed(records):
    check = {"hl7_cda": _cda, "openehr_flat": _openehr, "dicom_sr_dcmdump": _dcmdump,
             "fixed_length_batch": _batch}  # fmt: skip
    for r in records:
        check[r["layout"]](_row(r), r["text"])


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h105.data()["sources"]
    assert set(sources) == {"BZ"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h105.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BZ": 359}
    for r in rows:
        assert any(sum(c.isdigit() for c in r["fields"][c]) >= 6 for c in h105.PHONES)
        assert not set(sources["BZ"]["dropped"]) & set(r["fields"])
        assert all(isinstance(v, str) for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h105.write(rebuilt)
    assert rebuilt.read_bytes() == h105.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_105"

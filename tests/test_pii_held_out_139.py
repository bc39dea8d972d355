"""held_out_139 of the PII evaluation set (scripts/pii_held_out_139.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and street are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_139 as h139  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the hospital's identifiers, in every layout
IDENTIFIERS = ("hospital_name", "street")
MODS = "{http://www.loc.gov/mods/v3}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
BIB = "{http://purl.org/net/biblio#}"
FOAF = "{http://xmlns.com/foaf/0.1/}"
VCARD = "{http://nwalsh.com/rdf/vCard#}"
DCE = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h139.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h139.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h139.data()["rows"]) == 44
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h139.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "marc_mrk": 11, "mods_xml": 11, "endnote_xml": 11, "zotero_rdf": 11,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h139.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "LV") else short)[(number, h139.PHONE)] += copies
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


def test_the_data_keeps_the_published_shape():
    """Every kept phone is ``Tālr.`` and Latvian eight-digit numbers, as the file gives them
    (a blank after the point in four, two or three numbers in three, a note in one)."""
    rows = h139.data()["rows"]
    assert all(h139.phone(row).startswith("Tālr.") for row in rows)
    eights = [re.findall(r"\d+", h139.phone(row)) for row in rows]
    assert all(all(len(d) == 8 for d in found) for found in eights)
    assert Counter(len(found) for found in eights) == {1: 41, 2: 2, 3: 1}
    assert sum(h139.phone(row).startswith("Tālr. ") for row in rows) == 4
    assert sum(len(found) for found in eights) == 48


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The hospital's name and street stand in every record's text (as XML text where the
    layout is XML), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h139._f(_row(r), column)
            if r["layout"] != "marc_mrk":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _mrk(text: str) -> dict[str, list[str]]:
    """A MARC mnemonic record's fields by tag (each line ``=TAG  data``)."""
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line:
            continue
        m = re.fullmatch(r"=(LDR|\d{3})  (.*)", line)
        assert m, line
        fields.setdefault(m.group(1), []).append(m.group(2))
    return fields


def test_the_documents_are_well_formed(records):
    """Each XML document parses (ElementTree), each MARC mnemonic record splits into its
    fields, the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h139.phone(row), h139._f(row, "hospital_name")
        if r["layout"] == "marc_mrk":
            fields = _mrk(text)
            assert fields["LDR"][0][5:7] == "nq"
            assert fields["110"] == [f"2\\$a{name}"]
            subfields = dict(
                (part[0], part[1:]) for part in fields["270"][0][2:].split("$") if part
            )
            assert subfields["k"] == tel and subfields["f"] == h139._f(row, "postcode")
            assert tel in fields["500"][0]
            assert h139._f(row, "lat") in fields["034"][0]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "mods_xml":
            assert root.tag == f"{MODS}mods" and root.get("version") == "3.7"
            assert root.findtext(f"{MODS}name/{MODS}namePart") == name
            assert root.find(f"{MODS}name").get("type") == "corporate"
            notes = [n for n in root.findall(f"{MODS}note") if n.get("type") == "contact"]
            assert len(notes) == 1 and notes[0].text.endswith(tel)
            assert tel in root.findtext(f"{MODS}abstract")
            assert re.fullmatch(r"9789934\d{6}", root.findtext(f"{MODS}identifier"))
        elif r["layout"] == "endnote_xml":
            assert root.tag == "xml"
            record = root.find("records/record")
            assert record.find("ref-type").get("name") == "Report"
            assert record.findtext("contributors/tertiary-authors/author") == name
            assert record.findtext("auth-address").endswith(tel)
            assert tel in record.findtext("notes")
        else:
            assert root.tag == f"{RDF}RDF"
            doc = root.find(f"{BIB}Document")
            org = doc.find(f"{DCE}publisher/{FOAF}Organization")
            assert org.findtext(f"{FOAF}name") == name
            assert org.findtext(f"{VCARD}phone") == tel
            address = org.find(f"{VCARD}adr/{VCARD}Address")
            assert address.findtext(f"{VCARD}postal-code") == h139._f(row, "postcode")
            assert tel in doc.findtext(f"{DCE}description")


def test_the_shifted_columns_are_never_written(records):
    """The file's ``email`` and ``url`` columns (where some rows give further numbers) stay
    out of every record."""
    for r in records:
        for column in ("email", "url"):
            value = h139._f(_row(r), column)
            if value:
                assert value not in r["text"], (r["id"], column)


def test_provenance():
    sources = h139.data()["sources"]
    assert set(sources) == {"LV"}
    lv = sources["LV"]
    assert lv["repository"] == "eurostat/basic-services"
    assert lv["commit"] == "f200d0ce0af43a0353ea0f229e1e770a2be26f8d"
    assert lv["path"] == "data/healthcare/csv/LV.csv"
    assert "not confirmed" in lv["licence"] and lv["publisher"]
    rows = h139.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"LV": 44}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h139, "held_out_139", tmp_path)

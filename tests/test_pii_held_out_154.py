"""held_out_154 of the PII evaluation set (scripts/pii_held_out_154.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real phone
columns, copied unchanged; every number of each column is labelled; the name is in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_154 as h154  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h154.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h154.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h154.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h154.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IN"
    assert Counter(r["layout"] for r in records) == {
        "tally_xml": 75, "graphml": 75, "prolog_facts": 75, "jsonrpc": 75,
    }  # fmt: skip


def test_every_number_of_the_phone_columns_is_labelled_unchanged(records):
    """Each labelled span is a number of one of the row's phone columns, under a column whose
    field holds it; each number of each column is labelled at least once; short numbers are
    distractors; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        columns = dict(h154.labelled_columns(row))
        assert columns, r["id"]
        personal, short = set(), set()
        for value in columns.values():
            assert value in text, (r["id"], value)
            for s, e in numbers(value):
                (personal if personal_phone(value[s:e], "IN") else short).add(value[s:e])
        labelled = [(text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"]]
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert {number for number, _ in labelled} == personal, r["id"]
        for number, column in labelled:
            assert number in columns[column], (r["id"], number, column)
        assert {text[s:e] for s, e, *_ in r["distractors"]} == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter(kind for r in records for *_, kind in r["spans"])
    assert kinds == {
        "national:Contact No": 615, "national:Mobile": 280, "national:Fax": 55,
        "national:Helpline": 16, "international:Mobile": 1,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """300 rows, each with a number of six digits or more in a phone column; no e-mail
    address and no nodal officer's column; every field a string as the file gives it."""
    rows = h154.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IN": 300}
    for row in rows:
        assert h154.labelled_columns(row)
        assert not set(row["fields"]) & {"Email", "Nodal Officer", "Mobile Nodal Officer"}
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert not any("@" in v for v in row["fields"].values())
    assert sum("," in h154.field(row, "Contact No") for row in rows) > 20


def test_the_name_is_in_the_text_and_unlabelled(records):
    for r in records:
        name = h154._f(_row(r), "Blood Bank Name")
        if r["layout"] in ("tally_xml", "graphml"):
            name = escape(name)
        elif r["layout"] == "jsonrpc":
            name = json.dumps(name, ensure_ascii=False)[1:-1]
        else:
            name = name.replace("\\", "\\\\").replace("'", "\\'")
        found = [m.start() for m in re.finditer(re.escape(name), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the Prolog
    facts by their fixed shape), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        contact, mobile = h154.field(row, "Contact No"), h154.field(row, "Mobile")
        if r["layout"] == "tally_xml":
            root = ET.fromstring(text)
            ledger = root.find("BODY/IMPORTDATA/REQUESTDATA/TALLYMESSAGE/LEDGER")
            assert root.findtext("HEADER/TALLYREQUEST") == "Import Data"
            assert ledger.get("NAME") == h154._f(row, "Blood Bank Name")
            assert (ledger.findtext("LEDGERPHONE") or "") == contact
            assert (ledger.findtext("LEDGERMOBILE") or "") == mobile
        elif r["layout"] == "graphml":
            root = ET.fromstring(text.encode("utf-8"))
            keys = {k.get("attr.name"): k.get("id") for k in root.iter(f"{GRAPHML}key")}
            node = root.find(f"{GRAPHML}graph/{GRAPHML}node")
            data = {d.get("key"): d.text for d in node.iter(f"{GRAPHML}data")}
            assert data.get(keys["contact_no"], "") == contact
            assert data.get(keys["mobile"], "") == mobile
            edge = root.find(f"{GRAPHML}graph/{GRAPHML}edge")
            assert edge.get("source") == node.get("id")
        elif r["layout"] == "prolog_facts":
            for line in text.splitlines():
                assert not line or line.startswith(("%", ":-")) or line.endswith(")."), line
            if contact:
                assert f"phone(bb_{h154._f(row, 'Sr No')}, contact_no, '{contact}')." in text
            assert f": call {h154.contact(row)}\n" in text
        else:
            request, response = text.split("\n<-- ")
            request = json.loads(request.removeprefix("--> "))
            response = json.loads(response)
            assert request["jsonrpc"] == response["jsonrpc"] == "2.0"
            assert request["id"] == response["id"]
            assert (response["result"]["contact_no"] or "") == contact
            assert (response["result"]["mobile"] or "") == mobile
            assert h154.contact(row) in response["result"]["note"]


def test_provenance():
    sources = h154.data()["sources"]
    assert set(sources) == {"IN"}
    src = sources["IN"]
    assert src["repository"] == "atmajitg/bloodbanks"
    assert src["commit"] == "8f9385c80a8fb1ea87328ba6d5846c6bdd7eb00a"
    assert src["paths"] == ["blood-banks_raw.csv"]
    assert "not confirmed" in src["licence"] and src["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h154, "held_out_154", tmp_path)

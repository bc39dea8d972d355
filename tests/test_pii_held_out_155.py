"""held_out_155 of the PII evaluation set (scripts/pii_held_out_155.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real tel or fax
field, copied unchanged, each copy labelled; the name and uid are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import pii_held_out_155 as h155  # noqa: E402 - the scripts folder's modules
import za_health_facilities_data as za  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
CASE = "{http://commcarehq.org/case/transaction/v2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h155.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h155.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h155.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h155.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ZA"
    assert Counter(r["layout"] for r in records) == {
        "cap_alert": 100, "graphml_graph": 100, "commcare_casexml": 100, "dif_sheet": 100,
    }  # fmt: skip


def test_field_numbers_split_full_numbers_and_keep_endings():
    assert h155.field_numbers("0516531881/2/3") == ["0516531881/2/3"]
    assert h155.field_numbers("041 995 1111/041 995 1130") == ["041 995 1111", "041 995 1130"]
    assert h155.field_numbers("028 424 2652/424 1157/8") == ["028 424 2652", "424 1157/8"]
    assert h155.field_numbers("013 265 9647, 013 265 9659") == ["013 265 9647", "013 265 9659"]
    assert h155.field_numbers("437092111") == ["437092111"]
    assert h155.field_numbers("NOT WORKING") == h155.field_numbers("") == []


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each number of the tel and fax fields is labelled wherever it stands (a fax number that
    repeats a phone number under ``tel``), each copy once and whole; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h155.field_numbers(h155.phone(row))
        values = {*tel, *h155.field_numbers(h155.fax(row))}
        labelled = {(s, e) for s, e, t, _ in r["spans"]}
        for s, e, t, kind in r["spans"]:
            value = text[s:e]
            assert t == "PHONE_NUMBER" and value in values, (r["id"], value)
            assert kind == f"national:{'tel' if value in tel else 'fax'}", (r["id"], value)
        for value in values:
            for m in re.finditer(re.escape(value), text):
                assert any(s <= m.start() and m.end() <= e for s, e in labelled), (r["id"], value)
        # the layouts' copies: tel twice but in DIF, fax once but in GraphML (a fax number
        # that repeats a phone number still stands in the fax's places, labelled under tel)
        tel_copies = 1 if r["layout"] == "dif_sheet" else 2
        faxes = h155.field_numbers(h155.fax(row))
        fax_copies = 2 if r["layout"] == "graphml_graph" else 1
        assert len(r["spans"]) == tel_copies * len(tel) + fax_copies * len(faxes), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter(kind for r in records for *_, kind in r["spans"])
    assert kinds == {"national:tel": 744, "national:fax": 226}


def test_the_data_keeps_the_published_shape():
    """400 rows of the 2,529 kept; each tel of clean numbers, each fax empty, a note with no
    digit, or clean numbers; the dropped columns gone; the shapes as published."""
    rows = h155.data()["rows"]
    assert len(rows) == 400
    assert Counter(row["fields"]["classification"] for row in rows).most_common(3) == [
        ("CLINIC", 301), ("DISTRICT HOSPITAL", 41), ("CHC", 33),
    ]  # fmt: skip
    for row in rows:
        assert za.clean_numbers(h155.phone(row))
        fax = h155.fax(row)
        assert not fax or za.clean_numbers(fax) or not any(c.isdigit() for c in fax)
        assert not set(za.DROPPED) & set(row["fields"])
        assert not any("@" in v for v in row["fields"].values())
    tels = [h155.phone(row) for row in rows]
    assert sum(bool(re.fullmatch(r"[1-9]\d{8}", t)) for t in tels) == 248
    assert sum("/" in t for t in tels) == 23
    assert sorted(h155.fax(row) for row in rows if h155.fax(row) and not
                  any(c.isdigit() for c in h155.fax(row))) == ["N/", "NOT WORKING"]  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a DIF string cell's content)."""
    return value.replace('"', '""') if layout == "dif_sheet" else escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and uid stand in every record's text, outside the labels."""
    for r in records:
        for column in ("name", "uid"):
            value = _encoded(r["layout"], h155._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _dif(text: str) -> list[list[str]]:
    """The tuples of a DIF file (string cells unquoted, numeric cells as their value)."""
    lines = text.split("\r\n")
    assert lines[:12:3] == ["TABLE", "VECTORS", "TUPLES", "DATA"]
    tuples, i = [], 12
    while True:
        kind, value = lines[i].split(",", 1)
        if kind == "-1":
            if lines[i + 1] == "EOD":
                return tuples
            assert lines[i + 1] == "BOT"
            tuples.append([])
        elif kind == "0":
            assert lines[i + 1] == "V"
            tuples[-1].append(value)
        else:
            assert kind == "1" and value == "0"
            assert lines[i + 1].startswith('"') and lines[i + 1].endswith('"')
            tuples[-1].append(lines[i + 1][1:-1].replace('""', '"'))
        i += 2


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, DIF by its fixed
    shape), the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h155.phone(row), h155.fax(row), h155._f(row, "name")
        if r["layout"] == "dif_sheet":
            header, values = _dif(text)
            assert header == list(h155.DIF_COLUMNS)
            cells = dict(zip(header, values, strict=True))
            assert cells["tel"] == tel and cells["fax"] == fax and cells["name"] == name
            numeric = f"0,{tel}\r\nV" in text
            assert numeric == bool(re.fullmatch(r"[1-9]\d*", tel)), r["id"]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "cap_alert":
            assert root.tag == f"{CAP}alert" and root.findtext(f"{CAP}status") == "Actual"
            info = root.find(f"{CAP}info")
            assert info.findtext(f"{CAP}category") == "Health"
            assert f"on {tel} before" in info.findtext(f"{CAP}instruction")
            assert info.findtext(f"{CAP}contact").startswith(f"{name}, tel {tel}")
            assert info.findtext(f"{CAP}parameter/{CAP}value") == h155._f(row, "uid")
        elif r["layout"] == "graphml_graph":
            assert root.tag == f"{GRAPHML}graphml"
            keys = {k.get("id"): k.get("attr.name") for k in root.findall(f"{GRAPHML}key")}
            graph = root.find(f"{GRAPHML}graph")
            nodes = {n.get("id"): n for n in graph.findall(f"{GRAPHML}node")}
            for edge in graph.findall(f"{GRAPHML}edge"):
                assert edge.get("source") in nodes and edge.get("target") in nodes
            node = nodes[h155._f(row, "uid")]
            data = {keys[d.get("key")]: d.text for d in node.findall(f"{GRAPHML}data")}
            assert data["tel"] == tel and data["label"] == name
            assert data.get("fax", "") == fax
            assert f"tel {tel}" in graph.findtext(f"{GRAPHML}desc")
        else:
            assert root.tag.startswith("{http://openrosa.org/formdesigner/")
            assert root.findtext(root.tag.split("}")[0] + "}tel_confirmed") == tel
            case = root.find(f"{CASE}case")
            assert case.findtext(f"{CASE}create/{CASE}case_type") == "facility"
            assert case.findtext(f"{CASE}create/{CASE}case_name") == name
            assert case.findtext(f"{CASE}update/{CASE}tel") == tel
            assert (case.findtext(f"{CASE}update/{CASE}fax") or "") == fax


def test_provenance():
    sources = h155.data()["sources"]
    assert set(sources) == {"ZA"}
    src = sources["ZA"]
    assert src["repository"] == "OpenUpSA/hospital-finder"
    assert src["commit"] == "0baaa4674759a1bda04617d9bd2891946af454a0"
    assert src["paths"] == ["hospitals-short.csv"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h155.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ZA": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h155, "held_out_155", tmp_path)

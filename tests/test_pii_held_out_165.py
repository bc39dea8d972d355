"""held_out_165 of the PII evaluation set (scripts/pii_held_out_165.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field
and every labelled address one of its real e-mail field, copied unchanged, each written once;
the name and address are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_165 as h165  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the court's identifiers, in every layout
IDENTIFIERS = ("title", "adres")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h165.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h165.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h165.data()["rows"]) == 377
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h165.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "freemind_map": 95, "taskpaper_list": 94, "djot_document": 94, "gophermap_menu": 94,
    }  # fmt: skip


def test_the_phone_field_and_each_address_are_labelled_once_unchanged(records):
    """The phone field stands once in each text, each of its numbers labelled if a person
    could hold it (a distractor if not); each written address stands once, labelled; nothing
    else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h165.phone(row)
        assert text.count(value) == 1, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PL") else short)[number] += 1
        labelled = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER")
        assert labelled == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert addresses == h165.emails(row), r["id"]
        assert all(text.count(a) == 1 for a in addresses), r["id"]
        if not h165.emails(row) and h165._f(row, "email"):
            assert h165._f(row, "email") not in text, r["id"]
        assert not r["unscored"]


def test_labels_per_entity(records):
    kinds = phone_kinds(records, h165.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tel": 438, "register": 378}  # all national


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the fields are strings as
    the module gives them (a trailing blank kept as published); 5 e-mail fields hold an
    address that is no plain ASCII address; no number has a country code."""
    rows = h165.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["tel"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert not h165.international(h165.phone(row))
    assert sum(row["fields"]["tel"] != h165.phone(row) for row in rows) == 1
    assert sum(bool(h165._f(r, "email")) and not h165.emails(r) for r in rows) == 5
    assert sum(r["fields"]["id"].startswith("a") for r in rows) == 11


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML attribute text in FreeMind maps, a tab as a space
    in gophermaps)."""
    if layout == "gophermap_menu":
        return value.replace("\t", " ")
    return escape(value, {'"': "&quot;"}) if layout == "freemind_map" else value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The court's name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h165._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document keeps its format's shape (FreeMind XML by the standard library; TaskPaper,
    Djot and gophermaps by their line grammar), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h165.phone(row), h165._f(row, "title")
        if r["layout"] == "freemind_map":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "map" and root.get("version") == "1.0.1"
            texts = [node.get("TEXT") for node in root.iter("node")]
            assert name in texts and f"tel. {tel}" in texts
            for node in root.iter("node"):
                assert re.fullmatch(r"ID_\d+", node.get("ID"))
                assert int(node.get("MODIFIED")) >= int(node.get("CREATED"))
        elif r["layout"] == "taskpaper_list":
            lines = text.rstrip("\n").split("\n")
            assert lines[0].endswith(":") and "Notatki:" in lines
            for line in lines:
                assert line == "" or line.endswith(":") or line.startswith("\t")
            call = [line for line in lines if line.startswith("\t- zadzwonić")]
            assert len(call) == 1 and f"{name}, tel. {tel} @due(" in call[0]
            for tag in re.findall(r"@(?:due|done)\(([^)]*)\)", text):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", tag)
        elif r["layout"] == "djot_document":
            lines = text.split("\n")
            assert re.fullmatch(r"\{#sad-\d+ \.sad\}", lines[0]) and lines[1] == f"# {name}"
            at = lines.index(": Telefon")
            assert lines[at + 1] == "" and lines[at + 2] == f"  {tel}"
            for address in h165.emails(row):
                assert f"<{address}>" in text
            assert "[^akt]:" in text and "| Apelacja | Okręg |" in text
        else:
            lines = text.split("\r\n")
            assert lines[-2:] == [".", ""]
            for line in lines[:-2]:
                kind, *rest = line.split("\t")
                assert kind[0] in "ih1" and len(rest) == 3, line
                if kind[0] == "i":
                    assert rest == ["fake", "(NULL)", "0"]
            assert f"iTelefon: {tel}\tfake\t(NULL)\t0" in lines


def test_provenance():
    sources = h165.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "lukaszchwalisz/mobberizer"
    assert pl["commit"] == "9d768e1d368fd5635f73195cd65321cba5b64a20"
    assert pl["paths"] == ["data/courts.js"]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h165.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 377}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h165, "held_out_165", tmp_path)

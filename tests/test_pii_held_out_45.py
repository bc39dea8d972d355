"""held_out_45 of the PII evaluation set (scripts/pii_held_out_45.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the list key and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

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

import pii_held_out_45 as h45  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h45.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h45.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h45.data()["rows"]) == 13
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h45.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
    assert Counter(r["layout"] for r in records) == {
        "svg_map_text": 4, "zpl_label": 3, "postscript_show": 3, "dxf_mtext": 3,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        row, text = _row(r), r["text"]
        value = h45.phone(row)
        copies = text.count(value)
        assert copies, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            (expected if personal_phone(value[s:e], "TH") else short)[value[s:e]] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        assert not r["unscored"]


def test_the_key_and_address_are_in_the_text_and_unlabelled(records):
    for r in records:
        spans = [*r["spans"], *r["distractors"]]
        for column in ("key", "hospital_address"):
            value = h45._f(_row(r), column)
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_the_documents_are_well_formed(records):
    """The SVG parses and a ``<text>`` gives ``โทร.`` and the phone; the ZPL label opens with
    ``^XA`` and ``^CI28``; the PostScript page shows the phone's line; the DXF entity's group
    codes and values alternate and its text joins the lines with ``\\P``."""
    for r in records:
        row, text = _row(r), r["text"]
        line = f"โทร. {h45.phone(row)}"
        if r["layout"] == "svg_map_text":
            root = ET.fromstring(text.encode("utf-8"))
            assert line in [t.text for t in root.iter(f"{SVG}text")]
        elif r["layout"] == "zpl_label":
            assert text.startswith("^XA\n^CI28\n") and text.endswith("^XZ\n")
            assert f"^FD{line}^FS" in text
        elif r["layout"] == "postscript_show":
            assert text.startswith("%!PS-Adobe-3.0\n") and f"({line}) show\n" in text
        else:
            lines = text.splitlines()
            pairs = dict(zip(lines[::2], lines[1::2], strict=True))
            assert pairs["  1"].split("\\P")[2] == line


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h45.write(rebuilt)
    assert rebuilt.read_bytes() == h45.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_45"

"""held_out_111 of the PII evaluation set (scripts/pii_held_out_111.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the row's DENUE id, CLEE and coordinates are in the text and
unlabelled), each layout parses, and the file is rebuilt byte for byte from the committed data.
No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_111 as h111  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the establishment's DENUE id, CLEE and coordinates, in every layout
IDENTIFIERS = ("id", "clee", "latitud", "longitud")
AWML = "{http://www.abisource.com/awml.dtd}"
GNM = "{http://www.gnumeric.org/v10.dtd}"
W = "{http://schemas.microsoft.com/office/word/2003/wordml}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h111.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h111.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h111.data()["rows"]) == 207
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h111.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "abiword_abw": 52, "lyx_document": 52, "gnumeric_xml": 52, "wordml_2003": 51,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field (``9711323292``) is labelled wherever it stands (twice in every
    document) if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h111.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MX") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 414


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The DENUE id (``3066014``), the CLEE, the latitude and the longitude stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h111._f(_row(r), column)
            assert value, (r["id"], column)
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


def _lyx_paragraphs(text: str) -> list[tuple[str, str]]:
    """The layouts of a LyX body with their text; every ``\\begin_layout`` closed before the
    next opens."""
    out, kind, body = [], None, []
    for line in text.splitlines():
        if line.startswith("\\begin_layout "):
            assert kind is None
            kind, body = line.removeprefix("\\begin_layout "), []
        elif line == "\\end_layout":
            assert kind is not None
            out.append((kind, "\n".join(body)))
            kind = None
        elif kind is not None:
            body.append(line)
    assert kind is None
    return out


def test_the_documents_are_well_formed(records):
    """The AbiWord, Gnumeric and Word 2003 documents parse as XML, with the phone as the text
    of a table cell, a string cell and a table cell; the LyX file has its header, body and
    closed layouts, with the phone in an ``Itemize`` item."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h111.phone(row)
        if r["layout"] == "abiword_abw":
            root = ET.fromstring(text)
            assert root.tag == f"{AWML}abiword"
            cells = ["".join(c.itertext()) for c in root.iter(f"{AWML}cell")]
            assert cells[cells.index("Teléfono") + 1] == tel
            assert cells[cells.index("ID DENUE") + 1] == h111._f(row, "id")
        elif r["layout"] == "lyx_document":
            assert text.startswith("#LyX 2.3 created this file.")
            assert "\\begin_header\n" in text and "\\end_body\n\\end_document\n" in text
            paragraphs = _lyx_paragraphs(text)
            assert ("Itemize", f"Tel. {tel}") in paragraphs
            assert paragraphs[0][0] == "Title"
        elif r["layout"] == "gnumeric_xml":
            root = ET.fromstring(text)
            assert root.tag == f"{GNM}Workbook"
            cells = {
                (int(c.get("Row")), int(c.get("Col"))): (c.get("ValueType"), c.text)
                for c in root.iter(f"{GNM}Cell")
            }
            assert cells[(0, 5)] == ("60", "Teléfono")
            assert cells[(1, 5)] == ("60", tel)
            assert float(cells[(1, 6)][1]) == float(h111._f(row, "latitud"))
            comment = root.find(f".//{GNM}CellComment")
            assert tel in comment.get("Text")
        else:
            root = ET.fromstring(text)
            assert root.tag == f"{W}wordDocument"
            table = [
                ["".join(tc.itertext()) for tc in tr.iter(f"{W}tc")] for tr in root.iter(f"{W}tr")
            ]
            assert ["Teléfono", tel] in table
            assert ["CLEE", h111._f(row, "clee")] in table
            assert '<?mso-application progid="Word.Document"?>' in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h111.data()["sources"]
    assert set(sources) == {"MX"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h111.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 207}
    assert all(sum(c.isdigit() for c in r["fields"]["telefono"]) >= 6 for r in rows)
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("raz_social" in r["fields"] or "correoelec" in r["fields"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h111.write(rebuilt)
    assert rebuilt.read_bytes() == h111.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_111"

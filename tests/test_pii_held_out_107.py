"""held_out_107 of the PII evaluation set (scripts/pii_held_out_107.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the row's RIDET number, commune code and position are in the
text and unlabelled), each layout parses as its format, and the file is rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import pii_held_out_107 as h107  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h107.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h107.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h107.data()["rows"]) == 43
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h107.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:NC"
    assert Counter(r["layout"] for r in records) == {
        "edifact_iftmin": 11, "x12_204": 11, "ubl_despatch_advice": 11, "cxml_ship_notice": 10,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The field (``27.25.92``) stands twice in every document and each copy is labelled; no
    other span is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h107.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.fullmatch(r"\d\d\.\d\d\.\d\d", value), r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "NC")
            expected[value[s:e]] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        assert {kind for *_, kind in r["spans"]} == {"national:phone"}


def _identifiers(row: dict) -> list[str]:
    """The row's RIDET number, commune code and coordinates, where it has them."""
    out = [h107._role(row, "id"), h107._role(row, "commune")]
    out += list(h107.position(row) or ())
    return [v for v in out if v]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The RIDET number (``0036590``, ``0740001001``), the commune code (``98818``) and the
    longitude and latitude stand in every record's text that has them, whole, outside the
    labels; most rows have at least one."""
    having = 0
    for r in records:
        values = _identifiers(_row(r))
        having += bool(values)
        for value in values:
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)
    assert having == 31


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _edifact(text: str) -> list[list[list[str]]]:
    """An EDIFACT interchange's segments after its UNA, each a list of elements, each a list
    of components, the release character undone."""
    assert text.startswith("UNA:+.? '\n")
    body = text[len("UNA:+.? '\n") :]
    segments, current, i = [], "", 0
    while i < len(body):
        c = body[i]
        if c == "?":
            current += "\0" + body[i + 1]
            i += 2
            continue
        if c == "'":
            segments.append(current)
            current = ""
            i += 2 if body[i + 1 : i + 2] == "\n" else 1
            continue
        current += c
        i += 1
    assert not current.strip()

    def split(value: str, sep: str) -> list[str]:
        return re.split(rf"(?<!\0){re.escape(sep)}", value)

    return [[[c.replace("\0", "") for c in split(e, ":")] for e in split(s, "+")] for s in segments]


def _x12(text: str) -> list[list[str]]:
    return [s.lstrip("\n").split("*") for s in text.split("~") if s.strip()]


def test_the_documents_are_well_formed(records):
    """The IFTMIN's segments parse (release character undone), its ``COM`` gives the field
    as ``TE`` and ``UNT`` counts its segments; the 204's ``ISA`` is 106 characters, its
    ``G61`` gives the field as ``TE`` and ``SE`` counts its segments; the UBL despatch advice
    and the cXML ship notice parse as XML, with the field as ``cbc:Telephone`` and as the
    ``TelephoneNumber``'s ``Number``."""
    for r in records:
        row, text, value = _row(r), r["text"], h107.phone(_row(r))
        if r["layout"] == "edifact_iftmin":
            segs = _edifact(text)
            tags = [s[0][0] for s in segs]
            assert tags[:2] == ["UNB", "UNH"] and tags[-2:] == ["UNT", "UNZ"]
            com = next(s for s in segs if s[0][0] == "COM")
            assert com[1] == [value, "TE"]
            nad = next(s for s in segs if s[0][0] == "NAD")
            assert nad[4][0] == h107._role(row, "name")
            assert int(segs[-2][1][0]) == len(segs) - 2
        elif r["layout"] == "x12_204":
            segs = _x12(text)
            assert len(text.split("~")[0]) + 1 == 106 and segs[0][0] == "ISA"
            assert [s[0] for s in segs[-3:]] == ["SE", "GE", "IEA"]
            g61 = next(s for s in segs if s[0] == "G61")
            assert g61[3:] == ["TE", value]
            st = [s[0] for s in segs].index("ST")
            assert int(segs[-3][1]) == len(segs) - 2 - st
        elif r["layout"] == "ubl_despatch_advice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag.endswith("}DespatchAdvice")
            assert [t.text for t in root.iter(f"{CBC}Telephone")] == [value]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "cXML"
            assert [n.text for n in root.iter("Number")] == [value]
            assert root.find(".//CountryCode").text == "687"


def test_the_data_names_its_registers_commits_publisher_and_licences():
    sources = h107.data()["sources"]
    assert set(sources) == {"NC_TRANSIT", "NC_MOBILIS"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h107.data()["rows"]
    assert Counter(r["register"] for r in rows) == {"NC_TRANSIT": 23, "NC_MOBILIS": 20}
    assert {r["country"] for r in rows} == {"NC"}
    assert all(sum(c.isdigit() for c in h107.phone(r)) >= 6 for r in rows)
    assert not any("email" in r["fields"] for r in rows)
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h107.write(rebuilt)
    assert rebuilt.read_bytes() == h107.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_107"

"""held_out_112 of the PII evaluation set (scripts/pii_held_out_112.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the facility's id and coordinates are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs
here: the part is scored from its committed file."""

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

import pii_held_out_112 as h112  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the facility's id and coordinates, in every layout
IDENTIFIERS = ("HID", "X", "Y")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h112.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h112.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h112.data()["rows"]) == 158
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h112.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "netex_xml": 40, "siri_sx_xml": 40, "iata_type_b": 39, "datex2_xml": 39,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    for r in records:
        row, text = _row(r), r["text"]
        value = h112.phone(row)
        copies = text.count(value)
        assert copies >= 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert all(kind == "national:phone" for *_, kind in r["spans"])
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind.split(":")[0] == ("international" if intl else "national")


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = h112._f(_row(r), column)
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


NS = {
    "netex_xml": "{http://www.netex.org.uk/netex}",
    "siri_sx_xml": "{http://www.siri.org.uk/siri}",
    "datex2_xml": "{http://datex2.eu/schema/2/2_0}",
}


def test_the_documents_are_well_formed(records):
    """The XML layouts parse and hold the number in their contact elements; the Type B
    message has its address line, originator line and the SSR/OSI lines with the number."""
    for r in records:
        text, value, layout = r["text"], h112.phone(_row(r)), r["layout"]
        if layout in NS:
            root = ET.fromstring(text.encode("utf-8"))
            ns = NS[layout]
            if layout == "netex_xml":
                assert root.tag == ns + "PublicationDelivery"
                assert root.find(f".//{ns}ContactDetails/{ns}Phone").text == value
            elif layout == "siri_sx_xml":
                assert root.tag == ns + "Siri"
                assert value in root.find(f".//{ns}Description").text
                assert root.find(f".//{ns}InfoLink/{ns}Label").text == f"電話 {value}"
            else:
                assert root.tag == ns + "d2LogicalModel"
                assert value in root.find(f".//{ns}comment/{ns}values/{ns}value").text
        else:
            lines = text.splitlines()
            assert re.fullmatch(r"QD( [A-Z0-9]{7})+", lines[0])
            assert re.fullmatch(r"\.[A-Z0-9]{7} \d{6}", lines[1])
            assert f"SSR CTCB NH HK1/{value}" in lines
            assert any(line.startswith(f"OSI NH CTCT TOY {value} ") for line in lines)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h112.data()["sources"]
    assert set(sources) == {"JP"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h112.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 158}
    assert all(sum(c.isdigit() for c in r["fields"]["TEL"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any(r["fields"]["Owner"] for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h112.write(rebuilt)
    assert rebuilt.read_bytes() == h112.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_112"

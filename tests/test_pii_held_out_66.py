"""held_out_66 of the PII evaluation set (scripts/pii_held_out_66.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's store number, postcode and RT90
coordinates are in the text and unlabelled) and are rebuilt byte for byte from the committed
data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_66 as h66  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the store's number, postcode and RT90 coordinates, in every layout
IDENTIFIERS = ("ID", "Address3", "RT90x", "RT90y")
NS = {
    "wfs": "http://www.opengis.net/wfs/2.0",
    "gml": "http://www.opengis.net/gml/3.2",
    "app": "https://karta.example.se/app",
    "x": "urn:oasis:names:tc:xliff:document:1.2",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h66.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h66.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h66.data()["rows"]) == 445
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h66.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "wfs_getfeature": 112, "dynamodb_item": 111, "xliff": 111, "swift_source": 111,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    layout) if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h66.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 890
    assert not any(r["distractors"] for r in records)


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The store number (``0102``), postcode (``115 20``) and RT90 coordinates stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h66._f(_row(r), column)
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


def _swift_arguments(text: str) -> dict[str, str]:
    """The labelled arguments of the ``Butik(...)`` literal: string literals unquoted, other
    values as written."""
    body = text[text.index("Butik(\n") + len("Butik(\n") : text.index("\n    )\n")]
    out = {}
    for line in body.splitlines():
        key, _, value = line.strip().rstrip(",").partition(": ")
        out[key] = json.loads(value) if value.startswith('"') else value
    return out


def test_the_documents_are_well_formed(records):
    """The WFS answer parses as XML whose ``app:telefon`` is the field and whose GML point
    holds the RT90 coordinates; the get-item output is JSON after its command comment, with the
    field as ``telefon``'s ``S``; the XLIFF parses, with four translated units and the field in
    the call unit's source and target; the Swift file's braces and brackets balance and its
    ``Butik`` literal passes the field as ``telefon``."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h66.phone(row)
        if r["layout"] == "wfs_getfeature":
            root = ET.fromstring(text.encode("utf-8"))
            store = root.find("wfs:member/app:butik", NS)
            assert store.findtext("app:telefon", namespaces=NS) == value
            assert store.findtext("app:postnummer", namespaces=NS) == h66._f(row, "Address3")
            pos = store.findtext("app:geom/gml:Point/gml:pos", namespaces=NS).split()
            assert pos == [h66._f(row, "RT90x"), h66._f(row, "RT90y")]
        elif r["layout"] == "dynamodb_item":
            command, _, body = text.partition("\n")
            assert command.startswith("# aws dynamodb get-item ")
            item = json.loads(body)["Item"]
            assert item["telefon"] == {"S": value}
            assert item["butiksnummer"] == {"S": h66._f(row, "ID")}
            assert item["rt90"]["M"]["x"] == {"N": h66._f(row, "RT90x")}
            assert len(item["oppettider"]["L"]) == h66.DAYS
        elif r["layout"] == "xliff":
            root = ET.fromstring(text.encode("utf-8"))
            units = root.findall("x:file/x:body/x:trans-unit", NS)
            assert len(units) == 4
            call = next(u for u in units if u.get("resname") == "butik.call")
            assert call.findtext("x:source", namespaces=NS) == f"Call the store on {value}."
            assert call.findtext("x:target", namespaces=NS) == f"Ring butiken på {value}."
        else:
            assert text.count("{") == text.count("}") and text.count("(") == text.count(")")
            args = _swift_arguments(text)
            assert args["telefon"] == value
            assert args["nummer"] == h66._f(row, "ID")
            assert args["postnummer"] == h66._f(row, "Address3")
            assert f"/// Telefon: {value}\n" in text


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h66.data()["sources"]
    assert set(sources) == {"SE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h66.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SE": 445}
    assert all(r["fields"]["Type"] == "Butik" for r in rows)
    assert all(sum(c.isdigit() for c in r["fields"]["PhoneNumber"]) >= 6 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h66.write(rebuilt)
    assert rebuilt.read_bytes() == h66.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_66"

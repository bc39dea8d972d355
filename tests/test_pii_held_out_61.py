"""held_out_61 of the PII evaluation set (scripts/pii_held_out_61.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's coordinates and listing number are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

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

import pii_held_out_61 as h61  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h61.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h61.by_locale()[locale][n]


def _identifiers(row: dict) -> list[str]:
    """The row's latitude, longitude and listing number, in every layout."""
    return [*h61.coordinates(row), h61.listing(row)]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h61.data()["rows"]) == 284
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h61.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "cypher_import": 71, "dart_const": 71, "teams_adaptive_card": 71, "mjml_email": 71,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    layout) if a person could hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h61.phone(row)
        copies = text.count(value)
        assert copies == 2 and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "MA") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_coordinates_and_listing_number_are_in_the_text_and_unlabelled(records):
    """The latitude (``33.5951004``), longitude and the directory's number (``241375``) stand
    in every record's text, outside the labels, whole."""
    for r in records:
        for value in _identifiers(_row(r)):
            found = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(value)}(?!\d)", r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    for r in records:
        spans = sorted((*r["spans"], *r["distractors"]))
        for (_, end, *_), (start, *_) in zip(spans, spans[1:], strict=False):
            assert end <= start
        assert all(0 <= s < e <= len(r["text"]) for s, e, *_ in spans)
        assert r["region"] == [0, len(r["text"])]


def _quoted(text: str, key: str) -> str:
    """The single-quoted string after ``key:`` (Cypher's and Dart's escapes undone)."""
    found = re.search(rf"^\s*{key}: '((?:[^'\\]|\\.)*)',?$", text, re.M)
    assert found, key
    return re.sub(r"\\(.)", r"\1", found.group(1))


def test_the_documents_are_well_formed(records):
    """The Cypher script's brackets balance and its node gives ``telephone`` and the
    coordinates in ``point()``; the Dart file's ``const`` call closes and its named arguments
    give the fields; the Teams message is JSON whose card's ``FactSet`` gives ``Téléphone``;
    the MJML letter is XML whose ``<mj-text>`` gives ``Téléphone :``."""
    for r in records:
        row, text = _row(r), r["text"]
        lat, lon = h61.coordinates(row)
        if r["layout"] == "cypher_import":
            for a, b in ("()", "{}", "[]"):
                assert text.count(a) == text.count(b), r["id"]
            assert _quoted(text, "telephone") == h61.phone(row)
            assert _quoted(text, "nom") == h61._f(row, "pharmacie")
            assert f"point({{latitude: {lat}, longitude: {lon}}})" in text
            assert text.rstrip().endswith(";")
        elif r["layout"] == "dart_const":
            assert re.search(r"^const [a-z][A-Za-z0-9]* = Pharmacie\($", text, re.M)
            assert text.rstrip().endswith(");")
            assert _quoted(text, "telephone") == h61.phone(row)
            assert _quoted(text, "adresse") == h61._f(row, "adresse")
            assert f"  latitude: {lat},\n  longitude: {lon},\n" in text
        elif r["layout"] == "teams_adaptive_card":
            message = json.loads(text)
            card = message["attachments"][0]["content"]
            assert card["type"] == "AdaptiveCard" and message["type"] == "message"
            facts = {f["title"]: f["value"] for b in card["body"] for f in b.get("facts", [])}
            assert facts["Téléphone"] == h61.phone(row)
            assert facts["Coordonnées"] == f"{lat}, {lon}"
        else:
            root = ET.fromstring(text)
            assert root.tag == "mjml" and root.find("mj-body") is not None
            texts = ["".join(t.itertext()) for t in root.find("mj-body").iter("mj-text")]
            assert f"Téléphone : {h61.phone(row)}" in texts
            assert texts[0] == h61._f(row, "pharmacie")
            assert root.find("mj-head/mj-preview").text.endswith(f"Tél. {h61.phone(row)}")


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h61.data()["sources"]
    assert set(sources) == {"MA"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h61.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MA": 284}
    assert all(sum(c.isdigit() for c in r["fields"]["telephone"]) >= 6 for r in rows)
    assert all(r["fields"]["telephone"] != "0000000000" for r in rows)
    assert all("cle" not in r["fields"] for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h61.write(rebuilt)
    assert rebuilt.read_bytes() == h61.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_61"

"""held_out_30 of the PII evaluation set (scripts/pii_held_out_30.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; each copy of the row's e-mail address labelled;
the register id and postcode are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_30 as h30  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the hospital's register id and its postcode, in every layout
IDENTIFIERS = ("id", "postcode")
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h30.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h30.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h30.data()["rows"]) == 466
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h30.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "contacts_plist": 117, "php_var_export": 117, "bibtex_misc": 116, "tei_place": 116,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field (``87 620 95 90 /  87 620 95 12`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, each copy of the
    e-mail address is labelled, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h30.phone(row)
        copies = text.count(value)
        assert copies and re.search(r"\d", value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PL") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        addresses = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert addresses == [h30.email(row)] * text.count(h30.email(row)) != [], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                intl = r["text"][s:e].startswith("+")
                assert kind == ("international" if intl else "national") + ":tel"


def test_the_register_id_and_postcode_are_in_the_text_and_unlabelled(records):
    """The register id (``00078/20/2017``) and the postcode (``15-276``) stand in every
    record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h30._f(_row(r), column)
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


def test_the_documents_are_well_formed(records):
    """The plist parses, its ``Phone`` and ``Email`` values the row's fields; the PHP export
    opens with ``array (`` and gives ``'telefon' => '...'``; the BibTeX entry's braces balance
    and its ``note`` names ``tel.`` and ``e-mail:``; the TEI document is XML whose
    ``<idno>`` is the register id and whose ``<email>`` is the address."""
    for r in records:
        row, text = _row(r), r["text"]
        if r["layout"] == "contacts_plist":
            card = plistlib.loads(text.encode("utf-8"))
            assert card["Phone"][0]["value"] == h30.phone(row)
            assert card["Email"][0]["value"] == h30.email(row)
            assert card["Address"]["ZIP"] == h30._f(row, "postcode")
        elif r["layout"] == "php_var_export":
            assert text.startswith("array (\n") and text.endswith("\n)")
            assert f"  'telefon' => '{h30.phone(row)}',\n" in text
        elif r["layout"] == "bibtex_misc":
            assert text.startswith("@misc{") and text.count("{") == text.count("}")
            assert f"tel. {h30.phone(row)}; e-mail: {h30.email(row)};" in text
        else:
            root = ET.fromstring(text)
            assert root.find(f".//{TEI}idno").text == h30._f(row, "id")
            assert root.find(f".//{TEI}email").text == h30.email(row)
            assert f"tel. {h30.phone(row)}" in [a.text for a in root.iter(f"{TEI}addrLine")]


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h30.data()["sources"]
    assert set(sources) == {"PL"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h30.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 466}
    assert all(sum(c.isdigit() for c in r["fields"]["tel"]) >= 6 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h30.write(rebuilt)
    assert rebuilt.read_bytes() == h30.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_30"

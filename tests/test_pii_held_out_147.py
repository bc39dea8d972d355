"""held_out_147 of the PII evaluation set (scripts/pii_held_out_147.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, the field written once; the name and address are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import hashlib
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

import pii_held_out_147 as h147  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h147.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h147.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h147.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h147.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "aiml_knowledge": 110, "playwright_spec": 110, "zim_page": 110, "nostr_relay": 110,
    }  # fmt: skip


def test_every_number_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field stands once in each record; each of its numbers is labelled under its
    column (all have seven digits or more: no distractor); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h147.phone(row)
        assert text.count(value) == 1, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "DZ"), (r["id"], number)
            expected[(number, h147.PHONE)] += 1
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h147.international)
    assert kinds == {"national:tel": 1195}


def test_the_data_keeps_the_published_shape():
    """440 rows, every phone field with a number of six digits or more and no blank around it;
    239 are eight digits in one run, the others numbers with the trunk ``0`` in pairs, several
    joined by ``  - `` (one field by `` - ``), up to 33 in a field, 1,195 in all."""
    rows = h147.data()["rows"]
    assert len(rows) == 440
    counts = []
    for row in rows:
        tel = row["fields"]["tel"]
        assert tel == tel.strip() and sum(c.isdigit() for c in tel) >= 6
        counts.append(len(numbers(tel)))
        for s, e in numbers(tel):
            assert re.fullmatch(r"0\d\d \d\d \d\d \d\d|\d{8}", tel[s:e]), tel[s:e]
    assert sum(bool(re.fullmatch(r"\d{8}", row["fields"]["tel"])) for row in rows) == 239
    assert sum(" - 0" in r["fields"]["tel"] and "  - " not in r["fields"]["tel"]
               for r in rows) == 1  # fmt: skip
    assert max(counts) == 33 and sum(counts) == 1195


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON or TypeScript string, or as is)."""
    if layout == "aiml_knowledge":
        return escape(value)
    if layout in ("playwright_spec", "nostr_relay"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The structure's name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h147.display_name(row), h147._f(row, "address")):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_geohash():
    assert h147.geohash(57.64911, 10.40744) == "u4pruyd"
    assert h147.geohash(42.605, -5.603, 5) == "ezs42"


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (AIML by the standard library's XML parser, Nostr
    messages as JSON, the Playwright spec and Zim page by their fixed shapes), the row's number
    where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h147.phone(row), h147.display_name(row)
        if r["layout"] == "aiml_knowledge":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "aiml" and root.get("version") == "2.0"
            first, second, third = root.findall("category")
            assert (
                "".join(first.find("template").itertext()).strip().endswith(f"Téléphone : {tel}.")
            )
            assert second.findtext("template/srai") == first.findtext("pattern")
            assert re.fullmatch(r"[A-Z0-9 ]+", first.findtext("pattern"))
            assert h147._f(row, "lat") in third.findtext("template")
        elif r["layout"] == "playwright_spec":
            assert text.startswith("import { test, expect } from '@playwright/test';\n")
            said = re.search(r"getByTestId\('telephone'\)\)\.toHaveText\((\".*\")\);", text)
            assert json.loads(said.group(1)) == tel
            heading = re.search(r"level: 1 \}\)\)\.toHaveText\((\".*\")\);", text)
            assert json.loads(heading.group(1)) == name
            code = re.sub(r'//.*|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'', "", text)
            assert code.count("{") == code.count("}") and code.count("(") == code.count(")")
        elif r["layout"] == "zim_page":
            head = text.split("\n")[:3]
            assert head[:2] == ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6"]
            assert re.fullmatch(r"Creation-Date: 2024-\d\d-\d\dT\d\d:\d\d:\d\d\+01:00", head[2])
            assert f"\n**Téléphone :** {tel}\n" in text
            assert re.search(r"\n====== Impôts .+ ======\nCreated \w+ \d\d \w+ 2024\n", text)
        else:
            event_line, eose_line, end = text.split("\n")
            kind, sub, event = json.loads(event_line)
            assert kind == "EVENT" and json.loads(eose_line) == ["EOSE", sub] and end == ""
            serial = json.dumps(
                [0, event["pubkey"], event["created_at"], 1, event["tags"], event["content"]],
                ensure_ascii=False,
                separators=(",", ":"),
            )
            assert event["id"] == hashlib.sha256(serial.encode("utf-8")).hexdigest()
            assert re.fullmatch(r"[0-9a-f]{64}", event["pubkey"])
            assert re.fullmatch(r"[0-9a-f]{128}", event["sig"])
            assert f"\nTéléphone : {tel}\n" in event["content"]
            lat, lon = float(h147._f(row, "lat")), float(h147._f(row, "lon"))
            assert ["g", h147.geohash(lat, lon)] in event["tags"]


def test_provenance():
    sources = h147.data()["sources"]
    assert set(sources) == {"DZ"}
    dz = sources["DZ"]
    assert dz["repository"] == "transformatek/geo-enabled-datasets"
    assert dz["commit"] == "da4a3fa82bd05d8ee8302f449cce32afb18ce3ed"
    assert dz["path"] == "dz-datasets/impots/impots.csv"
    assert "CC BY 4.0" in dz["licence"] and dz["publisher"]
    rows = h147.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DZ": 440}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h147, "held_out_147", tmp_path)

"""held_out_75 of the PII evaluation set (scripts/pii_held_out_75.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's locator id, sku and coordinates are in
the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

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

import pii_held_out_75 as h75  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

# the office's locator id, sku and coordinates, in every layout
IDENTIFIERS = ("id", "sku", "lat", "lng")
VXML = "{http://www.w3.org/2001/vxml}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h75.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h75.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h75.data()["rows"]) == 206
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h75.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "laravel_seeder": 52, "cloudevents_json": 52, "apple_plist": 51, "voicexml": 51,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (``02812687582 - 04129494925`` holds two) is labelled
    wherever the field stands if a person could hold it, a distractor if not, and nothing else
    is; the seeder, plist and VoiceXML give the field twice, the event once."""
    twice = {"laravel_seeder", "apple_plist", "voicexml"}
    for r in records:
        row, text = _row(r), r["text"]
        value = h75.phone(row)
        copies = text.count(value)
        assert copies == (2 if r["layout"] in twice else 1), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "VE") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 503


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            assert re.fullmatch(r"0[1-9]\d{9}", r["text"][s:e])
            assert kind == "national:phone"


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The locator id (``2979``), sku (``3749``), latitude (``8.546923``) and longitude stand
    in every record's text, outside the labels, whole."""
    for r in records:
        for column in IDENTIFIERS:
            value = h75._f(_row(r), column)
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


def _php_tokens(text: str) -> tuple[list[str], str]:
    """The single-quoted strings of a PHP file (unescaped) and the code outside them."""
    strings, code, at = [], [], 0
    for m in re.finditer(r"'((?:[^'\\]|\\.)*)'", text):
        code.append(text[at : m.start()])
        strings.append(re.sub(r"\\([\\'])", r"\1", m.group(1)))
        at = m.end()
    code.append(text[at:])
    return strings, "".join(code)


def _php_array(text: str) -> dict[str, str]:
    """The ``'key' => value`` pairs of the seeder, each value unescaped (a quoted string) or as
    written (a number)."""
    out = {}
    for m in re.finditer(r"'(\w+)' => ('(?:[^'\\]|\\.)*'|-?[\d.]+)", text):
        value = m.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\([\\'])", r"\1", value[1:-1])
        out[m.group(1)] = value
    return out


def test_the_documents_are_well_formed(records):
    """The seeder's brackets balance outside its strings and its row gives the field as
    ``'telefono'``; the event is JSON with the CloudEvents attributes and the field in
    ``data``; the plist is read back by ``plistlib``; the VoiceXML is XML whose ``<var>`` and
    ``<say-as>`` hold the field."""
    for r in records:
        row, text, value = _row(r), r["text"], h75.phone(_row(r))
        if r["layout"] == "laravel_seeder":
            assert text.startswith("<?php\n") and f"class {h75._class(row)} extends" in text
            _, code = _php_tokens(text)
            for a, b in ("()", "[]", "{}"):
                assert code.count(a) == code.count(b), r["id"]
            pairs = _php_array(text)
            assert pairs["telefono"] == value and pairs["sku"] == h75._f(row, "sku")
            assert pairs["nombre"] == h75._f(row, "title")
            assert json.loads(pairs["horario"]) == h75.hours(row)
            assert float(pairs["latitud"]) == float(h75._f(row, "lat"))
        elif r["layout"] == "cloudevents_json":
            event = json.loads(text)
            assert event["specversion"] == "1.0"
            assert {"id", "source", "type", "time"} <= set(event)
            assert event["data"]["telefono"] == value
            assert event["data"]["coordenadas"] == {
                "lat": h75._f(row, "lat"), "lng": h75._f(row, "lng"),
            }  # fmt: skip
            assert event["subject"] == f"agencias/{h75._f(row, 'id')}"
        elif r["layout"] == "apple_plist":
            plist = plistlib.loads(text.encode("utf-8"))
            assert plist["Telefono"] == value and plist["SKU"] == h75._f(row, "sku")
            assert plist["Nombre"] == h75._f(row, "title")
            assert value in plist["MensajeLlamada"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{VXML}vxml" and root.get("version") == "2.1"
            var = {v.get("name"): v.get("expr") for v in root.iter(f"{VXML}var")}
            assert var["telefono"] == f"'{value}'"
            assert [s.text for s in root.iter(f"{VXML}say-as")] == [value]
            assert {f.get("id") for f in root.iter(f"{VXML}form")} == {
                "menu", "rastreo", "contacto",
            }  # fmt: skip


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h75.data()["sources"]
    assert set(sources) == {"VE"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h75.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VE": 206}
    assert all(re.fullmatch(h75_national(), r["fields"]["phone"]) for r in rows)
    assert all(v is None or isinstance(v, str) for r in rows for v in r["fields"].values())
    assert len({r["path"] for r in rows}) == len(rows)


def h75_national() -> str:
    """Venezuelan national numbers of eleven digits, joined by `` - ``."""
    return r"0[1-9]\d{9}(?: - 0[1-9]\d{9})*"


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h75.write(rebuilt)
    assert rebuilt.read_bytes() == h75.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_75"

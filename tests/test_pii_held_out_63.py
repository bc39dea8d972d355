"""held_out_63 of the PII evaluation set (scripts/pii_held_out_63.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone
field, copied unchanged, each copy labelled; the row's serial number is in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import gzip
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_63 as h63  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h63.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h63.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h63.data()["rows"]) == 126
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h63.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "caddyfile": 32, "kustomization": 32, "bind_zone": 31, "telegraf_toml": 31,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it, a distractor if not, and nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h63.phone(row)
        copies = text.count(value)
        assert copies == (1 if r["layout"] == "kustomization" else 2), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BD") else short)[number] += copies
        labelled = [text[s:e] for s, e, t, _ in r["spans"] if t == "PHONE_NUMBER"]
        assert Counter(labelled) == expected, r["id"]
        assert Counter(text[s:e] for s, e, *_ in r["distractors"]) == short, r["id"]
        assert not r["unscored"]
    assert sum(len(r["spans"]) for r in records) == 220


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} == {"PHONE_NUMBER"}
        for s, e, _, kind in r["spans"]:
            intl = r["text"][s:e].startswith("+")
            assert kind == ("international" if intl else "national") + ":phone"


def test_the_serial_and_address_are_in_the_text_and_unlabelled(records):
    """The list's serial number and the shop's address stand in every record's text, outside
    the labels, whole."""
    for r in records:
        for column in (h63.SERIAL, "Column4"):
            value = h63._f(_row(r), column)
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
    """The Caddyfile's braces balance and its ``header`` repeats the field; the kustomization is
    YAML whose ``OUTLET_PHONE`` literal is the field; the zone file has its ``$ORIGIN``, an SOA
    whose parentheses close on its line and a ``tel=`` TXT record; the Telegraf file is TOML
    whose ``outlet_phone`` global tag is the field."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h63.phone(row)
        if r["layout"] == "caddyfile":
            assert text.count("{") == text.count("}")
            assert f'\t\tX-Outlet-Phone "{value}"\n' in text
        elif r["layout"] == "kustomization":
            doc = yaml.safe_load(text)
            assert doc["kind"] == "Kustomization"
            literals = dict(x.split("=", 1) for x in doc["configMapGenerator"][0]["literals"])
            assert literals["OUTLET_PHONE"] == value
            assert literals["OUTLET_ADDRESS"] == h63._f(row, "Column4")
        elif r["layout"] == "bind_zone":
            lines = text.splitlines()
            assert lines[1].startswith("$ORIGIN ") and lines[1].endswith(".")
            soa = next(x for x in lines if "\tSOA\t" in x)
            assert soa.count("(") == soa.count(")") == 1
            assert f'@\tIN\tTXT\t"tel={value}"' in lines
        else:
            doc = tomllib.loads(text)
            assert doc["global_tags"]["outlet_phone"] == value
            assert doc["global_tags"]["outlet_serial"] == h63._f(row, h63.SERIAL)


def test_the_data_names_its_register_commit_publisher_and_licence():
    sources = h63.data()["sources"]
    assert set(sources) == {"BD"}
    for meta in sources.values():
        assert len(meta["commit"]) == 40 and meta["licence"] and meta["publisher"]
    rows = h63.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BD": 126}
    assert all(re.fullmatch(r"01[3-9]\d{8}", r["fields"]["Column5"]) for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    rebuilt = tmp_path / "rebuilt.jsonl.gz"
    h63.write(rebuilt)
    assert rebuilt.read_bytes() == h63.DATA.read_bytes()
    with gzip.open(rebuilt, "rt", encoding="utf-8") as handle:
        assert json.loads(handle.readline())["split"] == "held_out_63"

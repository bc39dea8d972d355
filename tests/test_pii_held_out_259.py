"""held_out_259 of the PII evaluation set (scripts/pii_held_out_259.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax fields, copied unchanged, each copy labelled; the name and provider number are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_259 as h259  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the home's identifiers, in every layout
IDENTIFIERS = ("name", "number")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h259.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h259.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h259.data()["rows"]) == 558
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h259.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ehiden_csv": 140, "doorkeeper_event": 140, "kibela_note": 139, "pleasanter_create": 139,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each copy of a phone or fax field lies inside a label (or, for a number no person
    holds, a distractor); every label is a number of one of the row's fields, under a column
    that holds it; nothing else is labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        values = h259.numbers_of(row)
        marked = [(s, e) for s, e, *_ in [*r["spans"], *r["distractors"]]]
        for _, value in values:
            for m in re.finditer(re.escape(value), text):
                assert any(s <= m.start() and m.end() <= e for s, e in marked), (r["id"], value)
        assert text.count(h259.get(row, "phone")) >= 1, r["id"]
        for s, e, t, kind in r["spans"]:
            number, col = text[s:e], kind.split(":")[1]
            assert t == "PHONE_NUMBER" and personal_phone(number, "JP"), r["id"]
            fields = [v for p, v in values if h259.column(row, p) == col]
            assert any(v[a:b] == number for v in fields for a, b in numbers(v)), (r["id"], number)
        for s, e, *_ in r["distractors"]:
            assert not personal_phone(text[s:e], "JP"), r["id"]
        assert not r["unscored"]
    got = Counter(r["text"][s:e] for r in records for s, e, *_ in r["distractors"])
    assert got == {"22-9150": 1}


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h259.international)
    assert kinds == {
        "national:事業所電話番号": 560, "national:事業所電話": 259,
        "national:法人(設置者)電話": 130, "national:事業所FAX番号": 114,
        "national:事業所FAX": 48,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept home's phone field holds a number of six digits or more; 163 Kyoto and 395
    Osaka homes; the fields are strings as the files give them; the Kyoto faxes without an
    area code kept as published."""
    rows = h259.data()["rows"]
    assert Counter(h259.kyoto(row) for row in rows) == {True: 163, False: 395}
    for row in rows:
        digits = [c for c in h259.get(row, "phone") if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert all(isinstance(v, str) for v in row["fields"].values())
    faxes = {h259.get(row, "fax") for row in rows}
    assert {"467-3445", "22-9150", "0722-47-4914"} <= faxes
    assert sum(bool(h259.get(row, "fax")) for row in rows) == 146 + 364


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a CSV field)."""
    if layout == "ehiden_csv":
        return value.replace('"', '""')
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and provider number stand in every record's text, outside the labels (the
    e飛伝 file gives the number no field)."""
    for r in records:
        for part in IDENTIFIERS:
            if part == "number" and r["layout"] == "ehiden_csv":
                continue
            value = _encoded(r["layout"], h259.get(_row(r), part))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], part)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], part)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV and JSON by the standard library), the row's
    numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h259.get(row, "phone"), h259.get(row, "fax"), h259.get(row, "name")
        corp_tel = h259.get(row, "corp_phone")
        if r["layout"] == "ehiden_csv":
            assert text.endswith("\r\n")
            header, shipment = list(csv.reader(io.StringIO(text, newline="")))
            assert tuple(header) == h259.EHIDEN_HEADER
            cells = dict(zip(header, shipment, strict=True))
            assert cells["お届け先電話番号"] == tel and cells["お届け先名称１"] == name
            assert cells["ご依頼主電話番号"] == corp_tel
        elif r["layout"] == "doorkeeper_event":
            event = json.loads(text)["event"]
            assert event["venue_name"] == name and event["address"] == h259.address(row)
            assert re.search(f"TEL：{re.escape(tel)}(<br>|</p>)", event["description"])
            assert event["public_url"].endswith(f".doorkeeper.jp/events/{event['id']}")
        elif r["layout"] == "kibela_note":
            note = json.loads(text)["data"]["note"]
            assert f"| 電話 | {tel} |" in note["content"]
            assert (f"| FAX | {fax} |" in note["content"]) == bool(fax)
            n = int(note["url"].rsplit("/", 1)[1])
            assert note["id"] == base64.b64encode(f"Note/{n}".encode()).decode()
        else:
            body = json.loads(text)
            assert body["ApiVersion"] == 1.1 and re.fullmatch(r"[0-9a-f]{128}", body["ApiKey"])
            assert body["Title"] == name
            assert body["ClassHash"]["ClassB"] == tel and body["ClassHash"]["ClassC"] == fax
            assert body["ClassHash"].get("ClassF", "") == corp_tel
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00", body["DateHash"]["DateA"])
            assert body["DescriptionHash"]["DescriptionA"].startswith(f"電話 {tel}（")


def test_provenance():
    sources = h259.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "puklipo/grouphome"
    assert jp["commit"] == "6159cd1f6a12c93799bfbe54963ecb2af26ee4ab"
    assert jp["paths"] == ["resources/csv/kyoto.csv", "resources/csv/osaka.csv"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h259.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 558}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h259, "held_out_259", tmp_path)

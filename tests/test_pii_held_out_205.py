"""held_out_205 of the PII evaluation set (scripts/pii_held_out_205.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, facility code and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_205 as h205  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h205.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h205.by_locale()[locale][n]


def _copies(text: str, value: str) -> int:
    """How many times ``value`` stands in ``text`` with no digit next to it."""
    return len(re.findall(rf"(?<!\d){re.escape(value)}(?!\d)", text))


def test_every_row_is_one_record_in_each_layout(records):
    rows = h205.data()["rows"]
    assert len(rows) == 65
    assert len(records) == 4 * len(rows) == 260
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h205.layout_of(_row(r), n) == h205.LAYOUTS[n % 4]
        assert _row(r) is not None and _row(r)["path"] == rows[n // 4]["path"]
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:ID"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h205.LAYOUTS, 65)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field (each side of a slash) is labelled wherever the field
    stands, twice a record, under its column; nothing else is."""
    for r in records:
        text, value = r["text"], h205.phone(_row(r))
        assert _copies(text, value) == 2, r["id"]
        expected = Counter()
        for s, e in h205.numbers(value):
            assert personal_phone(value[s:e], "ID"), value
            expected[(value[s:e], h205.PHONE)] += 2
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h205.international)
    assert kinds == {"national:TELEPON": 528}


def test_the_data_keeps_the_published_shape():
    """Every kept field holds a number of seven or eight digits, or two joined by a slash; the
    fields are strings as the page gives them (one with a trailing blank, kept as published)."""
    rows = h205.data()["rows"]
    for row in rows:
        assert re.fullmatch(r"\d{7,8}(/\d{7,8})?", h205.phone(row)), row
        assert re.fullmatch(r"P\d{10}", row["fields"]["KODE PUSKESMAS"])
        assert row["fields"]["JENIS PUSKESMAS"] == "Non Perawatan"
    assert sum(row["fields"]["TELEPON"] != h205.phone(row) for row in rows) == 1
    assert sum("/" in h205.phone(row) for row in rows) == 1
    assert Counter(len(h205.phone(row)) for row in rows) == {7: 51, 8: 13, 15: 1}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The centre's name, facility code and street stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h205._f(row, "NAMA PUSKESMAS"), h205._f(row, "KODE PUSKESMAS"),
                      h205._f(row, "ALAMAT")):  # fmt: skip
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each body parses as JSON, the row's number where its API puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h205.phone(row), h205.name(row)
        if r["layout"] == "biteship_location":
            assert doc["contact_phone"] == tel and doc["name"] == name
            assert doc["type"] == "destination" and tel in doc["note"]
        elif r["layout"] == "accurate_customer":
            assert doc["workPhone"] == tel and doc["name"] == name
            assert re.fullmatch(r"\d\d/\d\d/2024|\d\d/\d\d/2025", doc["transDate"])
            assert doc["notes"].endswith(f"telepon {tel}.")
        elif r["layout"] == "openimis_graphql":
            assert doc["query"].startswith("mutation ($input: CreateHealthFacilityMutationInput!)")
            fields = doc["variables"]["input"]
            assert fields["phone"] == tel and fields["name"] == name
            assert fields["careType"] == "O" and len(fields["code"]) == 8
            assert fields["clientMutationLabel"].endswith(f", telp. {tel})")
        else:
            assert doc["phone_number"] == tel
            assert doc["last_name"] == h205._f(row, "NAMA PUSKESMAS")
            lines = doc["vcard"].split("\n")
            assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD"
            assert f"TEL;TYPE=WORK,VOICE:{tel}" in lines
            assert doc["chat_id"] < -1001000000000


def test_provenance():
    sources = h205.data()["sources"]
    assert set(sources) == {"ID"}
    src = sources["ID"]
    assert src["repository"] == "Zame31/dinkes"
    assert src["commit"] == "cd2b095a4ec3881be2e55edd2e3fa7b2087be521"
    assert src["paths"] == ["application/views/pages/puskesmas.php"]
    assert "not confirmed" in src["licence"] and src["publisher"]
    rows = h205.data()["rows"]
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h205, "held_out_205", tmp_path)

"""held_out_201 of the PII evaluation set (scripts/pii_held_out_201.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the office and secretariat are in the text and unlabelled;
extensions and shortened lines are never labelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_201 as h201  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h201.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h201.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h201.data()["rows"]) == 293
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h201.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "grandstream_phonebook": 74, "polycom_directory": 73, "vonage_ncco": 73, "plivo_xml": 73,
    }  # fmt: skip


def test_the_numbers_of_a_field_are_its_runs():
    """Each number of a field on its own; two numbers of one area code split; an extension
    and a shortened second line are no number."""
    split = lambda field: [field[s:e] for s, e in h201.pieces(field)]  # noqa: E731
    assert split("(449) 9639665 9639237") == ["(449) 9639665", "9639237"]
    assert split("(449) 361 90 41 y 42") == ["(449) 361 90 41"]
    assert split("4499650088 Ext. 1072 y 1081") == ["4499650088"]
    assert split("9 65 00 88 Ext. 1037") == ["9 65 00 88"]
    assert split("44996368-88 , 4499639237 , 4499639665") == [
        "44996368-88", "4499639237", "4499639665",
    ]  # fmt: skip
    assert split("449 965-06-03 , 449 965-06-81 , 449 963-55-02") == [
        "449 965-06-03", "449 965-06-81", "449 963-55-02",
    ]  # fmt: skip


def test_every_number_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the layout writes it (the whole
    field in the spoken layouts, twice; each number once in the phone books), under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        copies = 1 if r["layout"] in ("grandstream_phonebook", "polycom_directory") else 2
        if copies == 2:
            assert text.count(h201.phone(row)) >= 2, r["id"]
        expected = Counter()
        for number in h201.numbers_of(row):
            assert personal_phone(number, "MX"), number
            expected[(number, h201.column(row))] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert all(t == "PHONE_NUMBER" for *_, t, _ in r["spans"])


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h201.international)
    assert kinds == {"national:Télefono": 234, "national:telefono_pcorp": 338}


def test_the_data_keeps_the_published_shape():
    """123 offices of the directory and 170 procedures; 382 numbers in their phone fields (225
    fields of one, 47 of two, 21 of three); 143 fields with blanks or extensions around them
    as published; 91 rows with extensions; no e-mail address."""
    rows = h201.data()["rows"]
    assert Counter(h201.directory(row) for row in rows) == {True: 123, False: 170}
    assert Counter(len(h201.numbers_of(row)) for row in rows) == {1: 225, 2: 47, 3: 21}
    assert sum(row["fields"][h201.column(row)] != h201.phone(row) for row in rows) == 143
    assert sum(bool(h201.ext_digits(row)) for row in rows) == 91
    for row in rows:
        for number in h201.numbers_of(row):
            assert number in row["fields"][h201.column(row)]
    assert not any("@" in (v or "") for r in rows for v in r["fields"].values())
    assert not any("requisitos" in r["fields"] for r in rows)


def test_the_office_is_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        value = h201.office(row)
        if r["layout"] == "vonage_ncco":
            value = json.dumps(value, ensure_ascii=False)[1:-1]
        else:
            value = value.replace("&", "&amp;")
        at = r["text"].find(value)
        assert at >= 0, r["id"]
        assert not any(s <= at < e for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        numbers = h201.numbers_of(row)
        if r["layout"] == "vonage_ncco":
            ncco = json.loads(text)
            assert [a["action"] for a in ncco] == ["talk", "input", "talk"]
            assert h201.phone(row) in ncco[0]["text"] and ncco[0]["language"] == "es-MX"
            assert h201.phone(row) in ncco[2]["text"]
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "grandstream_phonebook":
            assert root.tag == "AddressBook"
            phones = root.findall("Contact/Phone")
            work = [p.findtext("phonenumber") for p in phones if p.get("type") == "Work"]
            other = [p.findtext("phonenumber") for p in phones if p.get("type") == "Other"]
            assert work == numbers and other == h201.ext_digits(row)
        elif r["layout"] == "polycom_directory":
            assert root.tag == "directory"
            cts = [item.findtext("ct") for item in root.findall("item_list/item")]
            assert cts == [*numbers, *h201.ext_digits(row)]
            sds = [int(item.findtext("sd")) for item in root.findall("item_list/item")]
            assert len(set(sds)) == len(sds)
        else:
            assert root.tag == "Response"
            speak = root.find("Speak")
            assert speak.get("voice") == "Polly.Mia" and h201.phone(row) in speak.text
            assert h201.phone(row) in root.find("GetDigits/Speak").text


def test_provenance():
    sources = h201.data()["sources"]
    assert set(sources) == {"MX"}
    mx = sources["MX"]
    assert mx["repository"] == "hosce/principal"
    assert mx["commit"] == "735f69c288e4eb8fe1c3fd27d4c3bbb80cb02a92"
    assert mx["paths"] == ["view/gobierno/directorio.php", "assets/BD/adminjm_jm (3).sql"]
    assert "not confirmed" in mx["licence"] and mx["publisher"]
    rows = h201.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"MX": 293}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h201, "held_out_201", tmp_path)

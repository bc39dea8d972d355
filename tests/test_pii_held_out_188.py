"""held_out_188 of the PII evaluation set (scripts/pii_held_out_188.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the school's name, street and town are in the text and
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

import pii_held_out_188 as h188  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("School_Name", "Address_Line_1", "Address_Postcode")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h188.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h188.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h188.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h188.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "seek_post_position": 90, "auspost_shipment": 90, "myob_card_import": 90,
        "servicem8_job": 90,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands (twice in each record), under its
    column; nothing else is, and no number is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h188.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "AU"), r["id"]
            expected[(number, h188.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:Full_Phone_No": 720}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more: 358 ``0X XXXX XXXX`` and
    two ``1300``/``1800`` numbers in 4-3-3, none with blanks around it; 198 Government, 101
    Independent and 61 Catholic schools; all 360 numbers distinct."""
    rows = h188.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"][h188.PHONE]) for row in rows)
    assert shapes == {"99 9999 9999": 358, "9999 999 999": 2}
    assert all(row["fields"][h188.PHONE] == h188.phone(row) for row in rows)
    assert Counter(row["fields"]["Education_Sector"] for row in rows) == {
        "Government": 198, "Independent": 101, "Catholic": 61,
    }  # fmt: skip
    assert len({h188.phone(row) for row in rows}) == 360


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a tab-delimited field)."""
    if layout == "myob_card_import":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, street and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h188._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _abn_valid(abn: str) -> bool:
    digits = [int(c) for c in abn.replace(" ", "")]
    digits[0] -= 1
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    return len(digits) == 11 and sum(d * w for d, w in zip(digits, weights, strict=True)) % 89 == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the MYOB file by its
    header of tab-separated columns), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h188.phone(row), h188._f(row, "School_Name")
        if r["layout"] == "seek_post_position":
            doc = json.loads(text)
            assert doc["query"].startswith("mutation ($input: PostPositionInput!)")
            opening = doc["variables"]["input"]["positionOpening"]
            contact = opening["postingRequester"]["personContacts"][0]
            assert contact["communication"]["phone"] == [{"formattedNumber": tel}]
            profile = doc["variables"]["input"]["positionProfile"]
            assert profile["positionOrganizations"] == [{"name": name}]
            details = profile["positionFormattedDescriptions"][0]["content"]
            assert details.endswith(f"call the school office on {tel}.</p>")
        elif r["layout"] == "auspost_shipment":
            (shipment,) = json.loads(text)["shipments"]
            to = shipment["to"]
            assert to["phone"] == tel and to["business_name"] == name
            assert to["delivery_instructions"].endswith(f"call {tel}")
            assert to["postcode"] == row["fields"]["Address_Postcode"]
        elif r["layout"] == "myob_card_import":
            first, header, line, end = text.split("\n")
            assert first == "{}" and end == ""
            columns, values = header.split("\t"), line.split("\t")
            assert len(columns) == len(values) == len(h188.MYOB_COLUMNS)
            assert values[0] == name and values[13] == tel
            assert columns[13] == "           - Phone # 1"
            assert values[columns.index("Notes")].endswith(f"Ring {tel} before 3pm.")
            assert _abn_valid(values[columns.index("A.B.N.")])
        else:
            doc = json.loads(text)
            assert f"school office {tel}." in doc["job_description"]
            assert f"({tel})" in doc["work_done_description"]
            assert doc["lat"] == float(row["fields"]["Y"])
            assert doc["lng"] == float(row["fields"]["X"])


def test_provenance():
    sources = h188.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "krayxie123/Homework-Week-9"
    assert au["commit"] == "20bc49afe4664a6f81b42a6858d98d487edf1ba3"
    assert au["path"] == "data/dv402-SchoolLocations2025.csv"
    assert "not confirmed" in au["licence"] and au["publisher"]
    rows = h188.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h188, "held_out_188", tmp_path)

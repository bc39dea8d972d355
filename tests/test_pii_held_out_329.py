"""held_out_329 of the PII evaluation set (scripts/pii_held_out_329.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

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

import pii_held_out_329 as h329  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("name", "address")
# how many times each layout writes the row's number
COPIES = {
    "shirasagi_facility_csv": 2,
    "navitime_spot_json": 1,
    "fudemame_csv": 2,
    "yayoi_customer_csv": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h329.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h329.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h329.data()["rows"]) == 179
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h329.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "shirasagi_facility_csv": 45, "navitime_spot_json": 45, "fudemame_csv": 45,
        "yayoi_customer_csv": 44,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h329.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h329.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h329.international)
    assert kinds == {"national:telephoneNumber": 313}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is a Takamatsu number as the city writes it (``087-851-1316``,
    no blank around it); the rows of the seven lists in their order; five numbers stand for
    two rows each; the fields are strings as the workbooks give them."""
    rows = h329.data()["rows"]
    assert Counter(h329.list_of(row) for row in rows) == {
        "primary_school": 50, "middle_school": 28, "high_school": 19, "kindergarten": 65,
        "university": 5, "library": 5, "school_lunch_kitchen": 7,
    }  # fmt: skip
    order = [h329.list_of(row) for row in rows]
    assert order == sorted(order, key=list(h329.KINDS).index)
    for row in rows:
        assert re.fullmatch(r"087-\d{3}-\d{4}", row["fields"]["telephoneNumber"]), row["path"]
    shared = Counter(h329.phone(row) for row in rows)
    assert sorted(n for n, c in shared.items() if c > 1) == [
        "087-845-2155", "087-861-4837", "087-867-5970", "087-873-0506", "087-881-7800",
    ]  # fmt: skip
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a CSV field)."""
    if layout == "navitime_spot_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h329._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _csv(text: str) -> list[dict[str, str]]:
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (CSV and JSON by the standard library), one entry
    with the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h329.phone(row), h329._f(row, "name")
        if r["layout"] == "navitime_spot_json":
            doc = json.loads(text)
            assert doc["count"]["total"] == len(doc["items"]) == 1
            item = doc["items"][0]
            assert item["phone"] == tel and item["name"] == name
            assert item["address_name"] == "香川県" + h329._f(row, "address")
            assert item["coord"]["lat"] == float(h329._f(row, "latitude"))
            assert item["categories"][0]["name"] == h329.kind(row)
            continue
        (entry,) = _csv(text)
        if r["layout"] == "shirasagi_facility_csv":
            assert list(entry) == h329.SHIRASAGI_HEADER
            assert entry["施設名"] == name and entry["電話番号"] == tel
            assert entry["追加情報：お問い合わせ"].endswith(f"（電話 {tel}）まで")
            assert re.fullmatch(r"[a-z-]+-\d{3}\.html", entry["ファイル名"])
        elif r["layout"] == "fudemame_csv":
            assert list(entry) == h329.FUDEMAME_HEADER
            assert entry["会社名"] == name and entry["会社電話"] == tel and entry["敬称"] == "御中"
            assert entry["メモ1"] == f"代表 {tel}" and entry["氏名"] == ""
        else:
            assert list(entry) == h329.YAYOI_HEADER
            assert entry["得意先名1"] == name and entry["電話番号"] == tel
            assert re.fullmatch(r"\d{6}", entry["得意先コード"])
            assert entry["備考"].endswith(f"（TEL {tel}）")


def test_provenance():
    sources = h329.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "takamatsu-city/opendata"
    assert jp["commit"] == "6fc71c75406e9f2687e84076558cb497c2ce0570"
    assert jp["paths"] == [f"data/{kind}/data.xlsx" for kind in h329.KINDS]
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    rows = h329.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 179}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h329, "held_out_329", tmp_path)

"""held_out_313 of the PII evaluation set (scripts/pii_held_out_313.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name is in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
committed file."""

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

import pii_held_out_313 as h313  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# how many copies of the phone field each layout writes
COPIES = {"ngsi_ld_entity": 2, "fswiki_page": 3, "mecab_user_dic": 2, "satysfi_doc": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h313.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h313.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h313.data()["rows"]) == 134
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h313.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ngsi_ld_entity": 34, "fswiki_page": 34, "mecab_user_dic": 33, "satysfi_doc": 33,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h313.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h313.PHONE)] += copies
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
    kinds = phone_kinds(records, h313.international)
    assert kinds == {"national:電話番号": 302}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; the fields
    are strings as the file gives them (four with a trailing blank or ideographic space, kept
    as published); no number carries a country code; one lacks its area code."""
    rows = h313.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["電話番号"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
    assert sum(row["fields"]["電話番号"] != h313.phone(row) for row in rows) == 4
    assert not any(h313.phone(row).startswith("+") for row in rows)
    assert [h313.phone(r) for r in rows if not h313.phone(r).startswith("0")] == ["3636-9365"]
    assert Counter(h313.kind(row) for row in rows) == {
        "都立公園": 108, "自然公園": 5, "都立庭園": 9, "美術館": 6, "博物館": 2,
        "文化会館・劇場": 2, "図書館": 2,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, SATySFi inline text, or as is)."""
    if layout == "ngsi_ld_entity":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "satysfi_doc":
        return h313._saty(value)
    return value


def test_the_names_are_in_the_text_and_unlabelled(records):
    """The facility's name stands in every record's text, outside the labels."""
    for r in records:
        value = _encoded(r["layout"], h313._f(_row(r), "名称"))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _satysfi_balanced(text: str) -> bool:
    """Whether the SATySFi source's braces pair up (escaped ones aside)."""
    depth, i = 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth < 0:
            return False
        i += 1
    return depth == 0


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and CSV by the standard library; FSWiki and
    SATySFi by their fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h313.phone(row), h313._f(row, "名称")
        if r["layout"] == "ngsi_ld_entity":
            doc = json.loads(text)
            assert doc["type"] == "公共施設一覧" and doc["id"].startswith(
                "urn:ngsi-ld:公共施設一覧:"
            )
            assert doc["電話番号"] == {**doc["電話番号"], "type": "Property", "value": tel}
            assert doc["名称"]["value"] == name
            assert f"お問い合わせは{tel}（" in doc["備考"]["value"]
            lon, lat = doc["location"]["value"]["coordinates"]
            assert (lat, lon) == (doc["緯度"]["value"], doc["経度"]["value"])
            assert doc["@context"] == h313.CONTEXT
        elif r["layout"] == "fswiki_page":
            lines = text.split("\n")
            assert lines[0] == f"!!!{name}" and lines[2] == f"'''お問い合わせ：{tel}'''"
            table = [line for line in lines if line.startswith(",")]
            cells = [next(csv.reader([line[1:]])) for line in table]
            assert cells[0] == ["項目", "内容"] and ["電話番号", tel] in cells
            assert all(len(c) == 2 for c in cells), r["id"]
            assert f"*電話での問い合わせ先は {tel} です（" in text
        elif r["layout"] == "mecab_user_dic":
            entries = list(csv.reader(io.StringIO(text)))
            assert [len(e) for e in entries] == [13, 13]
            assert entries[0][0] == entries[0][10] == name and entries[0][4:7] == [
                "名詞",
                "固有名詞",
                "組織",
            ]
            assert entries[1][0] == entries[1][10] == tel and entries[1][1:3] == ["", ""]
        else:
            assert text.startswith("@require: stdja\n\ndocument (|\n")
            assert _satysfi_balanced(text), r["id"]
            assert f"      * 電話：{tel}\n" in text
            assert f"\\footnote{{お問い合わせは{tel}まで（" in text


def test_provenance():
    sources = h313.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "araki-ka/DataTank"
    assert jp["commit"] == "121ce162b2e2b61834e243662352a017d808cc09"
    assert jp["paths"] == [
        "Opendata/data/Tokyo Metropolitan Government/Public Facilities/csv/output.csv"
    ]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h313.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 134}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h313, "held_out_313", tmp_path)

"""held_out_227 of the PII evaluation set (scripts/pii_held_out_227.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_227 as h227  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h227.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h227.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h227.data()["rows"]) == 540
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h227.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "qiita_item": 135, "mf_invoice_partner": 135, "fivech_dat": 135, "hatena_notation": 135,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice a record),
    under its column; nothing else is, and no number is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h227.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "JP"), r["id"]
            expected[(value[s:e], h227.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h227.international)
    assert kinds == {"national:tel": 1084}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; none with a full-width
    bracket; the fields are strings as the site gives them (a few with blanks at their ends,
    kept as published); most are area code, exchange and line joined by hyphens."""
    rows = h227.data()["rows"]
    shapes = Counter(bool(re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{3,4}", h227.phone(r))) for r in rows)
    assert shapes == {True: 533, False: 7}
    for row in rows:
        tel = row["fields"]["tel"]
        assert sum(c.isdigit() for c in tel) >= 6 and "（" not in tel
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(row["fields"]["tel"] != h227.phone(row) for row in rows) == 3
    assert sum(len(numbers(h227.phone(r))) == 2 for r in rows) == 2
    assert Counter(bool(h227.postcode_and_rest(r)[0]) for r in rows) == {True: 536, False: 4}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, HTML-escaped .dat or Hatena text)."""
    if layout == "fivech_dat":
        return html.escape(value, quote=True).replace("&#x27;", "'")
    if layout == "hatena_notation":
        return html.escape(value, quote=False)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the address (without the postcode) stand in every record's text, outside
    the labels."""
    for r in records:
        row = _row(r)
        for value in (
            h227._f(row, "name"),
            h227.place(row).removeprefix(row["fields"]["prefName"]),
        ):
            found = [
                m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)), r["text"])
            ]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the .dat lines and
    Hatena notation by their fixed shapes), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h227.phone(row), h227._f(row, "name")
        if r["layout"] == "qiita_item":
            doc = json.loads(text)
            assert re.fullmatch(r"[0-9a-f]{20}", doc["id"])
            assert doc["url"] == f"https://qiita.com/{doc['user']['id']}/items/{doc['id']}"
            assert f"| TEL | {tel} |\n" in doc["body"]
            assert f"<td>{html.escape(tel, quote=False)}</td>" in doc["rendered_body"]
            assert ":::note info\n" in doc["body"] and doc["tags"][0] == {
                "name": "道の駅", "versions": []
            }  # fmt: skip
        elif r["layout"] == "mf_invoice_partner":
            doc = json.loads(text)
            department = doc["included"][0]
            assert doc["data"]["type"] == "partner" and department["type"] == "department"
            assert doc["data"]["relationships"]["departments"]["data"][0]["id"] == department["id"]
            assert department["attributes"]["tel"] == tel
            assert department["attributes"]["prefecture"] == row["fields"]["prefName"]
            assert doc["data"]["attributes"]["name"] == f"道の駅 {name}"
            assert f"電話 {tel}" in doc["data"]["attributes"]["memo"]
        elif r["layout"] == "fivech_dat":
            lines = text.splitlines()
            assert len(lines) == 4 and text.endswith("\n")
            for i, line in enumerate(lines):
                fields = line.split("<>")
                assert len(fields) == 5 and fields[0] == "名無しさん@お腹いっぱい。"
                assert re.fullmatch(
                    r"\d{4}/\d\d/\d\d\([月火水木金土日]\) \d\d:\d\d:\d\d\.\d\d ID:\S{8,9}",
                    fields[2],
                )
                assert bool(fields[4]) == (i == 0)
            assert f" <br> TEL {tel} <br> " in lines[1] or lines[1].endswith(f"TEL {tel} <>")
            assert f"&gt;&gt;2 <br> 時期で営業時間変わるから {tel} に" in lines[3]
        else:
            assert text.startswith("[:contents]\n\n*道の駅「")
            assert f"\n|電話|{html.escape(tel, quote=False)}|\n" in text
            assert "\n|*項目|*内容|\n" in text and "((" in text and "))\n" in text
            assert f"\n-[{row['fields']['uri']}:title=" in text


def test_provenance():
    sources = h227.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "tk0miya/roadside_station_maps"
    assert jp["commit"] == "1d16bd3e23deb5a276ef79ba1dc9f05e8eb55b33"
    assert jp["paths"] == ["data/stations.geojson"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h227.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 540}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h227, "held_out_227", tmp_path)

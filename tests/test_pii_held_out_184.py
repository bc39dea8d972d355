"""held_out_184 of the PII evaluation set (scripts/pii_held_out_184.py): its committed records
keep the generator's invariants (every labelled phone is the number of the row's real phone
field, copied unchanged, each copy labelled; the name and address are in the text and
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

import pii_held_out_184 as h184  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the hospital's identifiers, in every layout
IDENTIFIERS = ("hospital_name", "address")
LINE_MESSAGE = re.compile(r"(\d\d:\d\d)\t([^\t\n]+)\t([^\t\n]+)")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h184.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h184.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h184.data()["rows"]) == 567
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h184.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "yolp_local_search": 142, "kintone_record": 142, "freee_partner": 142,
        "line_talk_history": 141,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands (as often as its
    layout writes it), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h184.phone(row)
        copies = text.count(value)
        assert copies == h184.COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "JP"), r["id"]
            expected[(number, h184.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h184.international)
    assert kinds == {"national:phone_number": 992}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one Japanese number, its area code, exchange and line joined
    by hyphens, as the register gives it (315 of four-digit area codes, 222 of three, 30 of
    five); the fields are strings (one address with a trailing line break, stripped where
    written); the columns that name persons are gone."""
    rows = h184.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["phone_number"]) for row in rows)
    assert shapes == {"9999-99-9999": 315, "999-999-9999": 222, "99999-9-9999": 30}
    assert all(h184.phone(row) == row["fields"]["phone_number"] for row in rows)
    assert all(row["fields"]["phone_number"].startswith("01") for row in rows)
    for row in rows:
        assert not {"開\u3000設\u3000者", "管\u3000理\u3000者"} & set(row["fields"])
        for column in (*IDENTIFIERS, "postal_num"):
            assert "\n" not in h184._f(row, column), row["path"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or the LINE history's plain text)."""
    if layout == "line_talk_history":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h184._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the LINE history read
    by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h184.phone(row), h184._f(row, "hospital_name")
        if r["layout"] == "yolp_local_search":
            doc = json.loads(text)
            assert doc["ResultInfo"]["Count"] == len(doc["Feature"]) == 1
            feature = doc["Feature"][0]
            assert feature["Name"] == name and feature["Property"]["Tel1"] == tel
            assert feature["Property"]["Address"] == "北海道" + h184._f(row, "address")
            lon, lat = feature["Geometry"]["Coordinates"].split(",")
            assert (lat, lon) == (h184._f(row, "latitude"), h184._f(row, "longtitude"))
            assert f"代表電話 {tel}" in feature["Description"]
        elif r["layout"] == "kintone_record":
            fields = json.loads(text)["record"]
            assert all(set(field) == {"type", "value"} for field in fields.values())
            assert fields["電話番号"] == {"type": "LINK", "value": tel}
            assert fields["病院名"]["value"] == name
            assert fields["$id"]["value"] == fields["レコード番号"]["value"]
            assert fields["備考"]["value"].startswith(f"代表 {tel}\n")
        elif r["layout"] == "freee_partner":
            partner = json.loads(text)["partner"]
            assert partner["phone"] == tel and partner["name"] == name
            assert partner["address_attributes"]["zipcode"] == h184._f(row, "postal_num")
            assert partner["address_attributes"]["prefecture_code"] == 0
        else:
            lines = text.split("\n")
            assert lines[0] == f"[LINE] {lines[0][7:-6]}のトーク履歴"
            assert re.fullmatch(r"保存日時：\d{4}/\d\d/\d\d \d\d:\d\d", lines[1])
            assert lines[2] == "" and lines[-1] == ""
            assert re.fullmatch(r"\d{4}/\d\d/\d\d\([月火水木金土日]\)", lines[3])
            messages = [LINE_MESSAGE.fullmatch(line) for line in lines[4:-1]]
            assert all(messages) and len(messages) == 5, r["id"]
            times = [m.group(1) for m in messages]
            assert times == sorted(times)
            assert messages[2].group(3) == f"電話は{tel}です"
            assert messages[4].group(3).startswith(f"{tel}ですね")


def test_provenance():
    sources = h184.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "colspan/opendata-jp"
    assert jp["commit"] == "ea25c76b0b62c6bb2a1886da2784be7496a16c60"
    assert jp["path"] == "data/D02_hospital/hospital_list.csv"
    assert "CC BY 2.1 JP" in jp["licence"] and jp["publisher"]
    rows = h184.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 567}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h184, "held_out_184", tmp_path)

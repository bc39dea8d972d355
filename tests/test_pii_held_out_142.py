"""held_out_142 of the PII evaluation set (scripts/pii_held_out_142.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_142 as h142  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the shop's identifiers, in every layout
IDENTIFIERS = ("クーポン名", "店舗住所")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h142.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h142.by_locale()[locale][n]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, HTML text or wiki text)."""
    if layout in ("line_flex_message", "firestore_document"):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "movable_type_export":
        return escape(value)
    return value


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h142.data()["rows"]) == 532
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h142.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "line_flex_message": 133, "firestore_document": 133, "pukiwiki_page": 133,
        "movable_type_export": 133,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice in every
    layout, once more where the shop's description repeats it), under its column; nothing else
    is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h142.phone(row)
        copies = text.count(value)
        assert copies == 2 + h142._f(row, "店舗説明").count(value), r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h142.PHONE)] += copies
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
    kinds = phone_kinds(records, h142.international)
    assert kinds == {"national:電話番号": 1066}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, as the city
    writes it (hyphens between the groups; one seven-digit local number with no area code);
    269 retailers, 192 restaurants, 68 others and 3 inns; two descriptions repeat the shop's
    number; one Instagram handle holds it run together and is left out."""
    rows = h142.data()["rows"]
    assert Counter(h142._f(row, "業種") for row in rows) == {
        "小売業": 269, "飲食業": 192, "その他": 68, "宿泊業": 3,
    }  # fmt: skip
    shapes = Counter(re.sub(r"\d", "9", h142.phone(row)) for row in rows)
    assert shapes == {
        "999-999-9999": 479, "999-9999-9999": 47, "9999-999-999": 3, "9999-99-9999": 2,
        "999-9999": 1,
    }  # fmt: skip
    for row in rows:
        digits = [c for c in row["fields"]["電話番号"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert row["fields"]["電話番号"] == h142.phone(row)
    assert sum(h142.phone(row) in h142._f(row, "店舗説明") for row in rows) == 2
    dropped = [
        row for row in rows if h142._f(row, "インスタグラムのアカウント") != h142.instagram(row)
    ]
    assert [h142.phone(row) for row in dropped] == ["054-374-1980"]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels; a dropped
    Instagram handle does not stand in it."""
    for r in records:
        row = _row(r)
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h142._f(row, column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)
        handle = h142._f(row, "インスタグラムのアカウント")
        if handle and handle != h142.instagram(row):
            assert handle not in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _mt_entry(text: str) -> tuple[dict[str, list[str]], ET.Element]:
    """A Movable Type export entry's header fields and its BODY as an element tree."""
    head, rest = text.split("\n-----\nBODY:\n", 1)
    body, tail = rest.split("\n-----\n", 1)
    assert tail == "--------\n"
    fields: dict[str, list[str]] = {}
    for line in head.splitlines():
        key, value = line.split(": ", 1)
        fields.setdefault(key, []).append(value)
    return fields, ET.fromstring(f"<div>{body}</div>")


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and the MT body's HTML by the standard
    library; the PukiWiki page and MT header by their fixed shapes), the row's number where
    the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h142.phone(row), h142._f(row, "クーポン名")
        if r["layout"] == "line_flex_message":
            doc = json.loads(text)
            assert re.fullmatch(r"U[0-9a-f]{32}", doc["to"])
            (message,) = doc["messages"]
            assert message["type"] == "flex" and message["contents"]["type"] == "bubble"
            body = message["contents"]["body"]["contents"]
            assert body[0]["text"] == name
            rows = {b["contents"][0]["text"]: b["contents"][1]["text"] for b in body[3]["contents"]}
            assert rows["電話"] == tel
            actions = [b["action"] for b in message["contents"]["footer"]["contents"]]
            assert actions[0] == {"type": "uri", "label": "電話する", "uri": f"tel:{tel}"}
        elif r["layout"] == "firestore_document":
            doc = json.loads(text)
            assert re.fullmatch(
                r"projects/yaizu-coupon/databases/\(default\)/documents/shops/[A-Za-z0-9]{20}",
                doc["name"],
            )
            fields = doc["fields"]
            assert fields["tel"] == {"stringValue": tel}
            assert fields["name"] == {"stringValue": name}
            contact = fields["contacts"]["arrayValue"]["values"][0]["mapValue"]["fields"]
            assert contact["value"] == {"stringValue": tel}
            point = fields["location"]["geoPointValue"]
            assert f'"latitude": {h142._f(row, "緯度")},' in text
            assert point["longitude"] == float(h142._f(row, "経度"))
            assert doc["createTime"] < doc["updateTime"]
        elif r["layout"] == "pukiwiki_page":
            lines = text.splitlines()
            assert re.fullmatch(r'#author\("[^"]+","default:([\w-]+)","\1"\)', lines[0])
            assert lines[1].startswith(f"*{name} [#") and lines[3] == "#contents"
            cells = dict(re.findall(r"^\|~([^|]+)\|(.*)\|$", text, re.M))
            assert cells["電話番号"] == tel
            assert f"-営業日はお店に電話（{tel}）で確認してから行くと安心です。" in lines
            assert lines[-1] == "#comment"
        else:
            fields, body = _mt_entry(text)
            assert fields["TITLE"] == [f"【焼津市デジタルクーポン】{name}"]
            assert fields["STATUS"] == ["Publish"] and len(fields["CATEGORY"]) == 2
            assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", fields["DATE"][0])
            table = {tr.findtext("th"): tr.findtext("td") for tr in body.iter("tr")}
            assert table["電話番号"] == tel and table["店名"] == name
            assert f"<p>お問い合わせは{tel}まで" in text


def test_provenance():
    sources = h142.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "yaizu-city/opendata"
    assert jp["commit"] == "e2393df49f76c121b65e95650222f99d329e349c"
    assert jp["paths"] == ["data/焼津市デジタルクーポン対象店舗/digital_coupon.csv"]
    assert "公共データ利用規約" in jp["licence"] and jp["publisher"]
    rows = h142.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 532}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h142, "held_out_142", tmp_path)

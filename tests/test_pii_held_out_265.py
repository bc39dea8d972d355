"""held_out_265 of the PII evaluation set (scripts/pii_held_out_265.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and office number are in the text and
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

import jp_care_facilities_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_265 as h265  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("事業所名", "事業所番号")
TOKUYOU, ROUKEN = extractor.CAPS


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h265.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h265.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h265.data()["rows"]) == 560
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h265.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "typetalk_topic": 140, "lineworks_bot_message": 140, "growi_page": 140,
        "smarthr_establishment": 140,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h265.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h265.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not short and not r["distractors"], r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h265.international)
    assert kinds == {"national:電話番号": 1120}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is ASCII digits and separators with nine digits or more; 380
    special elderly nursing homes and 180 long-term care health facilities of all 47
    prefectures; the shapes as the operators wrote them, one run that lost its leading zero;
    every field a string as the CSV gives it, all 17 columns kept."""
    rows = h265.data()["rows"]
    kinds = Counter(row["fields"]["サービスの種類"] for row in rows)
    assert kinds == {"介護老人福祉施設": 380, "介護老人保健施設": 180}
    assert Counter(row["path"].split("#")[0] for row in rows) == {TOKUYOU: 380, ROUKEN: 180}
    assert len({row["fields"]["都道府県名"] for row in rows}) == 47
    shapes = Counter(re.sub(r"\d", "9", h265.phone(row)) for row in rows)
    assert shapes == {
        "9999-99-9999": 280, "999-999-9999": 232, "99-9999-9999": 42, "99999-9-9999": 4,
        "999-9999-9999": 1, "999999999": 1,
    }  # fmt: skip
    for row in rows:
        assert extractor.kept(row["fields"]["電話番号"])
        assert row["fields"]["電話番号"] == h265.phone(row)
        assert len(row["fields"]) == 17
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(len(row["fields"]["事業所番号"]) for row in rows) == {10: 466, 9: 94}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and office number (the name alone in SmartHR's) stand in every record's text
    (as a JSON string's content where the layout is JSON), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "事業所番号" and r["layout"] == "smarthr_establishment":
                continue  # SmartHR's establishment has no field for the ministry's number
            value = json.dumps(h265._f(_row(r), column), ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the LINE WORKS request after its headers, whose
    ``Content-Length`` is the body's), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h265.phone(row), h265._f(row, "事業所名")
        if r["layout"] == "typetalk_topic":
            doc = json.loads(text)
            first, reply = doc["posts"]
            assert f"\n電話：{tel}\n" in first["message"] and name in first["message"]
            assert reply["replyTo"] == first["id"] and f" {tel} " in reply["message"]
            assert {p["topicId"] for p in doc["posts"]} == {doc["topic"]["id"]}
        elif r["layout"] == "lineworks_bot_message":
            head, body = text.split("\r\n\r\n", 1)
            lines = head.split("\r\n")
            assert re.fullmatch(r"POST /v1\.0/bots/\d+/channels/[0-9a-f-]{36}/messages "
                                r"HTTP/1\.1", lines[0])  # fmt: skip
            assert f"Content-Length: {len(body.encode('utf-8'))}" in lines
            content = json.loads(body)["content"]
            assert content["type"] == "button_template"
            assert f"\nTEL {tel}" in content["contentText"]
            assert content["actions"][0] == {
                "type": "uri",
                "label": "電話する",
                "uri": f"tel:{tel}",
            }
        elif r["layout"] == "growi_page":
            doc = json.loads(text)
            assert doc["path"].startswith("/介護施設/") and doc["path"].endswith(f"/{name}")
            assert f"| 電話番号 | {tel} |" in doc["body"] and f"電話 {tel} で。" in doc["body"]
            assert doc["grant"] == 1
        else:
            doc = json.loads(text)
            assert doc["soc_ins_tel_number"] == doc["lab_ins_tel_number"] == tel
            assert doc["name"] == doc["soc_ins_name"] == doc["lab_ins_name"] == name
            assert doc["soc_ins_address"]["pref"] == row["fields"]["都道府県名"]


def test_provenance():
    sources = h265.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "mojitap/helpmesearch"
    assert jp["commit"] == "3c58ec1ed491c4c30bfd9dbbd28db8a8f712c547"
    assert jp["paths"] == [TOKUYOU, ROUKEN]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h265.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 560}
    # three operators entered an e-mail address as their web page; no record writes one
    with_at = [k for r in rows for k, v in r["fields"].items() if "@" in v]
    assert with_at == ["URL"] * 3
    assert not any("@" in r["text"] for r in h265.committed())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h265, "held_out_265", tmp_path)

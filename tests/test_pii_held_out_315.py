"""held_out_315 of the PII evaluation set (scripts/pii_held_out_315.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, address and code are in the text and
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

import pii_held_out_315 as h315  # noqa: E402 - the scripts folder's modules
import tw_cram_schools_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("補習班", "代號")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h315.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h315.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h315.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h315.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "classroom_course": 125, "shopee_order": 125, "google_ads_assets": 125,
        "pixnet_article": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h315.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h315.PHONE)] += copies
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
    kinds = phone_kinds(records, h315.international)
    assert kinds == {"national:電話": 1000}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one fixed line in the list's shapes (no mobile, no second
    number), 500 distinct numbers; all six columns of each row, strings as published."""
    rows = h315.data()["rows"]
    tels = [h315.phone(row) for row in rows]
    assert all(source.SHAPE.fullmatch(tel) for tel in tels)
    assert not any(re.match(r"\(?09", tel) for tel in tels)
    assert len({source.digits_of(tel) for tel in tels}) == 500
    assert all(set(row["fields"]) == {"代號", "補習班", "班址", "電話", "立案文號", "立案日期"}
               for row in rows)  # fmt: skip
    assert all(re.fullmatch(r"\d{14}", row["fields"]["代號"]) for row in rows)
    assert sum(tel.startswith("(") for tel in tels) == 311
    assert sum(not tel.startswith("0") and not tel.startswith("(") for tel in tels) == 144
    assert len({h315.county(row) for row in rows}) == 20


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and code stand in every record's text but the ad's (whose URL carries the
    code), outside the labels; so does the address where the layout writes it."""
    for r in records:
        row = _row(r)
        values = [h315._f(row, column) for column in IDENTIFIERS]
        if r["layout"] != "google_ads_assets":
            values.append(h315.address(row))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number where the format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h315.phone(row), h315._f(row, "補習班")
        if r["layout"] == "classroom_course":
            assert doc["section"] == name and doc["ownerId"] == "me"
            assert doc["courseState"] == "PROVISIONED"
            assert doc["descriptionHeading"].endswith(f" {tel}")
            assert f"來電 {tel} " in doc["description"]
        elif r["layout"] == "shopee_order":
            assert doc["error"] == "" and len(doc["request_id"]) == 32
            (order,) = doc["response"]["order_list"]
            assert order["region"] == "TW" and order["currency"] == "TWD"
            recipient = order["recipient_address"]
            assert recipient["phone"] == tel and recipient["name"] == name
            assert recipient["full_address"] == h315.address(row)
            assert f"撥 {tel} " in order["message_to_seller"]
            items = sum(i["model_discounted_price"] * i["model_quantity_purchased"]
                        for i in order["item_list"])  # fmt: skip
            assert order["total_amount"] == items + order["estimated_shipping_fee"]
        elif r["layout"] == "google_ads_assets":
            call, link = (op["create"] for op in doc["operations"])
            assert call["callAsset"]["countryCode"] == "TW"
            assert call["callAsset"]["phoneNumber"] == tel
            assert link["sitelinkAsset"]["description1"] == f"試聽專線 {tel}"
            assert len(link["sitelinkAsset"]["description1"]) <= 35
            assert len(link["sitelinkAsset"]["linkText"]) <= 25
        else:
            assert doc["error"] == 0 and doc["message"] == ""
            article = doc["article"]
            assert article["link"].endswith(f"/blog/post/{article['id']}")
            assert f"<li>電話：{tel}</li>" in article["body"]
            assert f"先打 {tel} " in article["body"]


def test_provenance():
    sources = h315.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "kiang/bsb.kh.edu.tw"
    assert tw["commit"] == "d946f06f541b2068861cd6766e9b2218db8fe290"
    assert len(tw["paths"]) == 22 and all(p.startswith("data/raw/") for p in tw["paths"])
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h315.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h315, "held_out_315", tmp_path)

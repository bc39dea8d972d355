"""held_out_323 of the PII evaluation set (scripts/pii_held_out_323.py): its committed records
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

import pii_held_out_323 as h323  # noqa: E402 - the scripts folder's modules
import tw_sfaa_childcare_centres_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the centre's identifiers, in every layout
IDENTIFIERS = ("name", "id")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h323.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h323.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h323.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h323.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "shopline_order": 125, "youtube_video": 125, "google_docs_notice": 125,
        "blogger_post": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h323.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h323.PHONE)] += copies
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
    kinds = phone_kinds(records, h323.international)
    assert kinds == {"national:phone": 1000}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one fixed line in the list's shapes (no mobile, no second
    number), 500 distinct numbers, none of an earlier Taiwanese part's data; all eight
    properties of each open centre, as published."""
    rows = h323.data()["rows"]
    tels = [h323.phone(row) for row in rows]
    assert all(source.SHAPE.fullmatch(tel) for tel in tels)
    assert not any(re.match(r"\(?09", tel) for tel in tels)
    assert len({source.digits_of(tel) for tel in tels}) == 500
    assert not {source.digits_of(tel) for tel in tels} & source.earlier_numbers(
        source.DATA, source.EARLIER, "886"
    )
    keys = {"id", "name", "city", "address", "phone", "capacity", "status", "is_active"}
    assert all(set(row["fields"]) == keys for row in rows)
    assert all(row["fields"]["is_active"] is True for row in rows)
    assert all(re.fullmatch(r"CW\d{8}", row["fields"]["id"]) for row in rows)
    assert all(h323.postcode(row) and h323.county(row) for row in rows)
    assert sum(tel.startswith("(") for tel in tels) == 87
    assert sum(not tel.startswith("0") and not tel.startswith("(") for tel in tels) == 63
    assert len({h323.county(row) for row in rows}) == 20


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, code and address stand in every record's text, outside the labels (the
    order's address without its postcode, which stands in its own field)."""
    for r in records:
        row = _row(r)
        values = [h323._f(row, column) for column in IDENTIFIERS]
        values.append(
            h323.street(row) if r["layout"] == "shopline_order" else row["fields"]["address"]
        )
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
        tel, name = h323.phone(row), h323._f(row, "name")
        if r["layout"] == "shopline_order":
            assert doc["customer_phone"] == tel and doc["customer_name"] == name
            address = doc["delivery_address"]
            assert address["recipient_phone"] == tel and address["recipient_name"] == name
            assert address["recipient_phone_country_code"] == "886"
            assert address["postcode"] + address["address_1"] == row["fields"]["address"]
            items = sum(i["total"]["cents"] for i in doc["subtotal_items"])
            assert all(i["total"]["cents"] == i["item_price"]["cents"] * i["quantity"]
                       for i in doc["subtotal_items"])  # fmt: skip
            assert doc["subtotal"]["cents"] == items
            assert doc["total"]["cents"] == items + doc["order_delivery_fee"]["cents"]
        elif r["layout"] == "youtube_video":
            snippet = doc["snippet"]
            assert snippet["categoryId"] == "27" and name in snippet["title"]
            assert f"☎ 電話：{tel}\n" in snippet["description"]
            assert f"來電 {tel} 洽詢" in snippet["description"]
            assert len(snippet["title"]) <= 100 and len(snippet["description"]) <= 5000
            assert doc["status"]["selfDeclaredMadeForKids"] is False
        elif r["layout"] == "google_docs_notice":
            insert, heading, bold = doc["requests"]
            text = insert["insertText"]["text"]
            assert insert["insertText"]["location"] == {"index": 1}
            assert f"四、聯絡電話：{tel}\n" in text and f"請先來電 {tel} 預約" in text
            units = text.encode("utf-16-le")

            def cut(rng, units=units):
                return units[(rng["startIndex"] - 1) * 2 : (rng["endIndex"] - 1) * 2]

            assert cut(heading["updateParagraphStyle"]["range"]).decode("utf-16-le") == (
                text.split("\n")[0] + "\n"
            )
            assert (
                cut(bold["updateTextStyle"]["range"]).decode("utf-16-le") == (text.split("\n")[-2])
            )
        else:
            assert doc["kind"] == "blogger#post" and name in doc["title"]
            assert f"<li>電話：{tel}</li>" in doc["content"]
            assert f"先打 {tel} 預約" in doc["content"]


def test_provenance():
    sources = h323.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "kiang/ncwisweb.sfaa.gov.tw"
    assert tw["commit"] == "c51a1dfa8b3426326dde6fa0b4c7095fbec6a928"
    assert tw["paths"] == ["docs/babycare.json"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h323.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 500}
    assert not any("@" in v for r in rows for v in r["fields"].values() if isinstance(v, str))


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/kiang+ncwisweb.sfaa.gov.tw/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = source.extract({"TW": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == source.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h323, "held_out_323", tmp_path)

"""held_out_307 of the PII evaluation set (scripts/pii_held_out_307.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and address are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_307 as h307  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout holds
COPIES = {"linepay_request": 1, "todoist_task": 2, "monday_create_item": 2, "ghost_post": 2}
PATHS = {f"data/{name}.csv" for name in ("臺北市", "新北市", "臺中市", "高雄市", "南投縣")}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h307.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h307.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h307.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h307.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 120 for layout in COPIES}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each copy of the phone field is labelled, under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h307.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "TW"), r["id"]
            expected[(value[s:e], h307.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h307.international)
    assert kinds == {"national:電話": 840}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one number in the system's shape (the area code in brackets,
    the line in one run), distinct, none of the earlier Taiwanese parts' data; every row a
    preschool in operation, its address led by a bracketed postcode; no person's name column."""
    rows = h307.data()["rows"]
    tels = [row["fields"][h307.PHONE] for row in rows]
    shapes = Counter(re.sub(r"\d", "9", tel) for tel in tels)
    assert shapes == {"(99)9999999": 240, "(99)99999999": 226, "(999)999999": 13,
                      "(999)9999999": 1}  # fmt: skip
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 480
    import tw_ece_preschools_data as extractor

    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "886")
    assert not {re.sub(r"\D", "", tel) for tel in tels} & earlier
    for row in rows:
        assert row["fields"]["營運狀態"] == "正常"
        assert re.fullmatch(r"\[\d{3}\].+", row["fields"]["住址"]), row["path"]
        assert "負責人/行為人" not in row["fields"]
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert Counter(row["fields"]["公私立"] for row in rows) == {"私立": 478, "非營利": 2}
    assert {row["path"].split("#")[0] for row in rows} >= PATHS


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text (as a JSON string writes them, twice
    over in monday.com's column values), outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h307._f(row, "學校"), h307.postcode_and_street(row)[1]):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number where its format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h307.phone(row), h307._f(row, "學校")
        if r["layout"] == "linepay_request":
            package = doc["packages"][0]
            assert (
                doc["amount"]
                == package["amount"]
                == sum(p["quantity"] * p["price"] for p in package["products"])
            )
            assert doc["currency"] == "TWD" and doc["options"]["display"]["locale"] == "zh_TW"
            shipping = doc["options"]["shipping"]
            assert shipping["type"] == "FIXED_ADDRESS"
            address = shipping["address"]
            assert address["recipient"] == {"firstName": "園務辦公室", "lastName": name,
                                            "phoneNo": tel}  # fmt: skip
            assert f"[{address['postalCode']}]{address['detail']}" == h307._f(row, "住址")
        elif r["layout"] == "todoist_task":
            assert doc["content"].startswith(f"致電{name} {tel}，")
            assert f"\n電話：{tel}\n" in doc["description"]
            assert doc["url"].endswith(doc["id"]) and 1 <= doc["priority"] <= 4
        elif r["layout"] == "monday_create_item":
            assert "create_item (board_id: $boardId" in doc["query"]
            columns = json.loads(doc["variables"]["columnValues"])
            assert doc["variables"]["itemName"] == name
            assert columns["phone"] == {"phone": tel, "countryShortName": "TW"}
            assert f"總機 {tel}，" in columns["long_text"]["text"]
        else:
            (post,) = doc["posts"]
            assert post["status"] == "draft" and post["title"].startswith(f"{name}｜")
            assert f"<li>電話：{tel}</li>" in post["html"]
            assert post["custom_excerpt"].endswith(f"，洽詢電話 {tel}。")


def test_provenance():
    sources = h307.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "kiang/ap.ece"
    assert tw["commit"] == "663f374bf04fbde79ba3cbc6e17258ab31597925"
    assert len(tw["paths"]) == 20 and all(p.startswith("data/") for p in tw["paths"])
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h307.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h307, "held_out_307", tmp_path)

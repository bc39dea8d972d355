"""held_out_446 of the PII evaluation set (scripts/pii_held_out_446.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the facility's name, kind and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor's rules hold on
a few rows. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import jp_nara_nurseries_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_446 as h446  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the facility's identifiers, in every layout
IDENTIFIERS = ("施設名称", "施設種別", "住所")
# copies of the telephone a record of each layout writes
COPIES = {"x_api_post": 1, "newt_cdn_items": 2, "google_keep_note": 1, "sqs_receive_message": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h446.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h446.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h446.data()["rows"]) == 107
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h446.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "x_api_post": 27,
        "newt_cdn_items": 27,
        "google_keep_note": 27,
        "sqs_receive_message": 26,
    }


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """The telephone is labelled wherever it stands, whole, under its column; nothing else is
    labelled, no distractor is, and no e-mail address is written."""
    for r in records:
        tel, text = h446.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:電話番号"): n}, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h446.international)
    assert kinds == {"national:電話番号": 134}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``0NNN-NN-NNNN`` as the city wrote it, a number a person could
    hold, no two alike; no kept operator is a private person; the fields are strings."""
    rows = h446.data()["rows"]
    tels = [h446.phone(row) for row in rows]
    assert all(re.fullmatch(r"07(42|43)-\d\d-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert len({re.sub(r"\D", "", tel) for tel in tels}) == 107
    assert all(extractor.kept(row["fields"]) for row in rows)
    assert not any("(保育部分)" in row["fields"]["施設名称"] for row in rows)
    assert Counter(row["fields"]["施設種別"] for row in rows) == {
        "幼稚園": 32,
        "認可保育所": 29,
        "認定こども園": 29,
        "認可外保育施設": 12,
        "地域型保育事業": 4,
        "病児保育施設": 1,
    }


def test_the_extractor_rules_on_a_few_rows():
    """A private person running a facility is left out; the city, a corporation, the state and
    an empty operator are kept; no kept number is one an earlier Japanese part holds."""
    row = {"施設設置者": "西原信"}
    assert not extractor.kept(row)
    for operator in ("奈良市", "社会福祉法人奈良YMCA", "株式会社ケーイーシー", "国", ""):
        assert extractor.kept({"施設設置者": operator}), operator
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    kept = {re.sub(r"\D", "", h446.phone(row)) for row in h446.data()["rows"]}
    assert earlier and not kept & earlier, "no number of an earlier Japanese part is taken again"


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (inside the SQS body, a JSON string in a JSON string)."""
    once = json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "sqs_receive_message":
        return json.dumps(once, ensure_ascii=False)[1:-1]
    return once


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h446._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's values where the format puts them."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h446.phone(row), row["fields"]["施設名称"]
        if r["layout"] == "x_api_post":
            post = doc["data"]
            assert post["edit_history_tweet_ids"] == [post["id"]] and post["lang"] == "ja"
            assert post["author_id"] == doc["includes"]["users"][0]["id"]
            assert f"{name} {tel} まで。" in post["text"]
            for tag in post["entities"]["hashtags"]:
                assert post["text"][tag["start"] : tag["end"]] == f"#{tag['tag']}"
        elif r["layout"] == "newt_cdn_items":
            assert doc["total"] == len(doc["items"]) == 1 and doc["skip"] == 0
            item = doc["items"][0]
            assert re.fullmatch(r"[0-9a-f]{24}", item["_id"])
            assert item["tel"] == tel and item["name"] == name
            assert item["category"]["name"] == row["fields"]["施設種別"]
            assert f"（{tel}）" in item["body"]
        elif r["layout"] == "google_keep_note":
            assert doc["name"].startswith("notes/") and doc["trashed"] is False
            items = doc["body"]["list"]["listItems"]
            assert items[0]["text"]["text"].endswith(f"に電話 {tel}")
            assert items[1]["text"]["text"] == f"所在地 {row['fields']['住所']}"
        else:
            (message,) = doc["Messages"]
            body = message["Body"]
            assert message["MD5OfBody"] == hashlib.md5(body.encode("utf-8")).hexdigest()
            event = json.loads(body)
            assert event["facility"]["tel"] == tel and event["facility"]["name"] == name
            assert int(message["Attributes"]["SentTimestamp"]) < int(
                message["Attributes"]["ApproximateFirstReceiveTimestamp"]
            )


def test_provenance():
    sources = h446.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "code4nara/papamama"
    assert jp["commit"] == "27016d7307f430efd1f67a478f5195756ee08e41"
    assert jp["paths"] == ["data_org/hoikusyotouitiran.csv"]
    assert "not confirmed" in jp["licence"] and jp["publisher"]
    rows = h446.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 107}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h446, "held_out_446", tmp_path)

"""held_out_421 of the PII evaluation set (scripts/pii_held_out_421.py): its committed records
keep the generator's invariants (every labelled phone is the row's real store telephone, copied
unchanged, each copy labelled; no distractor labelled as such; the store's name and district
office code are in the text and unlabelled) and are rebuilt byte for byte from the committed
data, and the data from the fetched mirror where it is on the machine. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_large_stores_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_421 as h421  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/bumjinDev+wherehouse_SpringBoot/repo")
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
COPIES = {"sweettracker_tracking_json": 2, "commercetools_channel_json": 1,
          "medusa_stock_location_json": 1, "spree_stock_location_jsonapi": 1}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h421.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h421.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h421.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h421.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(COPIES, 100)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole at every copy the format writes (the
    tracking answer repeats its first detail); nothing else is; no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h421.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        copies = len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text))
        assert copies == COPIES[r["layout"]], r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h421.PHONE): copies}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h421.international) == {"national:전화번호": 500}


def test_the_data_keeps_the_published_shape():
    """400 open stores, each with one number as the district office typed it, 400 distinct,
    none an earlier Korean part's; every field a string as published."""
    rows = h421.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h421.PHONE]
        assert extractor.kept_number(value), value
        assert row["fields"]["영업상태명"] == extractor.OPEN
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "99-999-9999": 96, "99-9999-9999": 94, "999999999": 52, "99 9999999": 39,
        "9999-9999": 33, "999-9999": 29, "99999999": 27, "99  999 9999": 10, "9999999": 10,
        "99)999-9999": 3, "999 9999": 2, "9999 9999": 2, "99 99999999": 1, "99 999 9999": 1,
        "99)9999-9999": 1,
    }  # fmt: skip
    assert len({h421.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert "pii_kr_seoul_hospitals.json" in extractor.EARLIER
    assert not {extractor.digits_of(h421.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    for value in ("02-709-7501", "24578045", "02  519 2800", "02)718-7113", "753-1922"):
        assert extractor.kept_number(value), value
    for value in ("", "-7110", "02-988-9456~7", "010-1234-5678", " 02-709-7501",
                  "02-709-7501, 02-709-7502", "02  22905853"):  # fmt: skip
        assert not extractor.kept_number(value), value


def test_the_name_and_office_code_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        values = [h421.name(row)]
        if r["layout"] in ("commercetools_channel_json", "medusa_stock_location_json"):
            values.append(h421.office(row))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h421.phone(row)
        body = json.loads(text)
        if r["layout"] == "sweettracker_tracking_json":
            assert "\n" not in text.rstrip("\n")
            assert body["result"] == "Y" and body["complete"] is True and body["level"] == 6
            assert body["senderName"] == h421.name(row)
            assert re.fullmatch(r"\d{12}", body["invoiceNo"])
            first, *rest = body["trackingDetails"]
            assert first == body["firstDetail"] and rest[-1] == body["lastDetail"]
            assert first["telno"] == tel and first["where"] == h421.name(row)
            assert not any(d["telno"] or d["telno2"] for d in rest)
            times = [d["time"] for d in body["trackingDetails"]]
            assert times == sorted(times)
        elif r["layout"] == "commercetools_channel_json":
            assert body["roles"] == ["InventorySupply", "ProductDistribution"]
            assert body["name"] == {"ko-KR": h421.name(row)}
            assert body["address"]["phone"] == tel and body["address"]["country"] == "KR"
            assert body["geoLocation"]["type"] == "Point"
            assert re.fullmatch(UUID4, body["id"])
        elif r["layout"] == "medusa_stock_location_json":
            loc = body["stock_location"]
            assert re.fullmatch(r"sloc_[0-9A-HJKMNP-TV-Z]{26}", loc["id"])
            assert loc["address_id"] == loc["address"]["id"]
            assert loc["address"]["phone"] == tel and loc["address"]["country_code"] == "kr"
            assert loc["name"] == h421.name(row)
        else:
            assert body["data"]["type"] == "stock_location"
            attributes = body["data"]["attributes"]
            assert attributes["phone"] == tel and attributes["name"] == h421.name(row)
            assert body["data"]["relationships"]["country"]["data"]["type"] == "country"


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h421.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울시 대규모점포 인허가 정보_20250827.csv")
    assert kr["encoding"] == "utf-8-sig"
    assert "not confirmed" in kr["licence"] and "Seoul" in kr["publisher"]
    rows = h421.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h421, "held_out_421", tmp_path)

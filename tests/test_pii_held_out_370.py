"""held_out_370 of the PII evaluation set (scripts/pii_held_out_370.py): its committed records
keep the generator's invariants (every labelled phone is the row's real hospital telephone,
copied unchanged, each copy labelled; no distractor labelled as such; the hospital's name is in
the text and unlabelled) and are rebuilt byte for byte from the committed data, and the data
from the fetched mirror where it is on the machine. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_370 as h370  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/bumjinDev+wherehouse_SpringBoot/repo")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h370.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h370.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h370.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h370.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {
        "nemc_hospital_list_xml": 100, "nominatim_lookup_jsonv2": 100,
        "azure_maps_poi_json": 100, "amazon_location_place_json": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole once where the format puts it; nothing
    else is; no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h370.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        assert len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text)) == 1, r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h370.PHONE): 1}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h370.international)
    assert kinds == {"national:전화번호": 400}


def test_the_data_keeps_the_published_shape():
    """400 open hospitals, each with one number as the district office typed it, 400
    distinct, none an earlier Korean part's; every field a string as published."""
    rows = h370.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h370.PHONE]
        assert extractor.kept_number(value), value
        assert row["fields"]["영업상태명"] == extractor.OPEN
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "99-9999-9999": 174, "99-999-9999": 165, "9999-9999": 36, "999-9999": 10,
        "999999999": 7, "99999999": 6, "99)9999-9999": 1, "99 9999 9999": 1,
    }  # fmt: skip
    assert len({h370.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not {extractor.digits_of(h370.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    for value in ("02-6204-1004", "6388-8114", "753-1922", "28320151", "02)6676-6000",
                  "02 3666 1114"):  # fmt: skip
        assert extractor.kept_number(value), value
    for value in ("", "-7110", "02-988-9456~7", "815-1085~6", "0507-1375-2896",
                  "010-1234-5678", " 02-6204-1004", "02-6204-1004, 02-6204-1005"):  # fmt: skip
        assert not extractor.kept_number(value), value


def test_the_name_is_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        found = [m.start() for m in re.finditer(re.escape(h370.name(row)), r["text"])]
        assert found, r["id"]
        spans = [*r["spans"], *r["distractors"]]
        assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h370.phone(row)
        if r["layout"] == "nemc_hospital_list_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "response"
            assert root.findtext("header/resultCode") == "00"
            assert root.findtext("body/totalCount") == "1"
            (item,) = root.findall("body/items/item")
            assert item.findtext("dutyTel1") == tel
            assert item.findtext("dutyName") == h370.name(row)
            assert item.findtext("dutyAddr") == h370.road(row)
            assert re.fullmatch(r"A11\d{5}", item.findtext("hpid"))
        elif r["layout"] == "nominatim_lookup_jsonv2":
            (place,) = json.loads(text)
            assert place["category"] == "amenity" and place["type"] == "hospital"
            assert place["extratags"]["phone"] == tel and place["name"] == h370.name(row)
            assert place["address"]["country_code"] == "kr"
            assert place["osm_type"] in ("node", "way") and len(place["boundingbox"]) == 4
        elif r["layout"] == "azure_maps_poi_json":
            body = json.loads(text)
            assert body["summary"]["numResults"] == len(body["results"]) == 1
            (result,) = body["results"]
            assert result["type"] == "POI" and result["poi"]["phone"] == tel
            assert result["poi"]["categorySet"] == [{"id": 7321}]
            assert result["address"]["countryCode"] == "KR"
            assert re.fullmatch(r"KR/POI/p0/\d{7}", result["id"])
        else:
            place = json.loads(text)
            assert place["PlaceType"] == "PointOfInterest" and place["Title"] == h370.name(row)
            assert place["Contacts"] == {"Phones": [{"Value": tel}]}
            assert place["Address"]["Country"]["Code2"] == "KR"
            assert place["TimeZone"]["Name"] == "Asia/Seoul"


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h370.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울시 병원 인허가 정보_202509.csv")
    assert kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "Seoul" in kr["publisher"]
    rows = h370.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h370, "held_out_370", tmp_path)

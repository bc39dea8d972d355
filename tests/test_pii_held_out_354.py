"""held_out_354 of the PII evaluation set (scripts/pii_held_out_354.py): its committed records
keep the generator's invariants (every labelled phone is the row's real station telephone,
copied unchanged, each copy labelled; no distractor labelled as such; the station's name and
number are in the text and unlabelled) and are rebuilt byte for byte from the committed data,
and the data from the fetched mirror where it is on the machine. No recognizer runs here: the
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

import kr_seoul_metro_stations_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_354 as h354  # noqa: E402
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
    return h354.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h354.by_locale()[locale][n]


def _copies(record: dict) -> int:
    """How many copies of the telephone the record's layout writes: one per description of an
    alert (Korean and English), one in each other layout."""
    return 2 if record["layout"] == "gtfs_rt_alert_text" else 1


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h354.data()["rows"]) == 281
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h354.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {
        "seoul_openapi_json": 71, "overture_place_geojson": 70, "mapbox_retrieve_json": 70,
        "gtfs_rt_alert_text": 70,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever it stands; nothing else is;
    no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h354.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        assert text.count(tel) == _copies(r), r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h354.PHONE): _copies(r)}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h354.international)
    assert kinds == {"national:역전화번호": 351}


def test_the_data_keeps_the_published_shape():
    """281 stations, each with one number as the operator typed it, 281 distinct, none an
    earlier Korean part's; every field a string as published."""
    rows = h354.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h354.PHONE]
        assert value == value.strip()
        assert extractor.kept_number(value), value
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {"99-9999-9999": 281}
    assert len({h354.phone(row) for row in rows}) == 281
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert not {extractor.digits_of(h354.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    assert extractor.kept_number("02-6110-1331") and extractor.kept_number("031-299-5100")
    for value in ("", "02-6110-1331, 02-6110-1332", "6110-1331", "02)6110-1331", "1577-1234"):
        assert not extractor.kept_number(value), value


def test_the_name_and_number_are_in_the_text_and_unlabelled(records):
    """The station's name stands in every record, and its number in every alert, outside the
    labels."""
    for r in records:
        row = _row(r)
        values = [h354.name(row)]
        if r["layout"] == "gtfs_rt_alert_text":
            values.append(f'stop_id: "{h354.code(row)}"')
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def _text_format(text: str) -> dict:
    """A GTFS Realtime feed in the text form read into nested lists of (field, value) pairs,
    checking that every brace closes."""
    stack: list[list] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if line.endswith("{"):
            child: list = []
            stack[-1].append((line[:-1].strip(), child))
            stack.append(child)
        elif line == "}":
            stack.pop()
            assert stack
        else:
            key, value = line.split(": ", 1)
            stack[-1].append((key, json.loads(value) if value.startswith('"') else value))
    assert len(stack) == 1
    return stack[0]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the API responses and features as JSON, the alert
    in the text form), the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h354.phone(row)
        if r["layout"] == "seoul_openapi_json":
            body = json.loads(text)["StationAdresTelno"]
            assert body["RESULT"] == {"CODE": "INFO-000", "MESSAGE": "정상 처리되었습니다"}
            assert body["list_total_count"] == len(body["row"]) == 1
            got = body["row"][0]
            assert got["TELNO"] == tel and got["SBWY_STNS_NM"] == h354.name(row)
            assert got["SBWY_ROUT_LN"] == h354.line(row)
            assert got["ROAD_NM_ADDR"] == h354.road(row) and got["OLD_ADDR"] == h354.lot(row)
        elif r["layout"] == "overture_place_geojson":
            feature = json.loads(text)
            assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
            props = feature["properties"]
            assert props["phones"] == [tel] and props["names"]["primary"] == f"{h354.name(row)}역"
            assert props["categories"]["primary"] == "metro_station"
            assert props["addresses"][0]["country"] == "KR"
            assert re.fullmatch(r"[0-9a-f]{32}", props["id"])
        elif r["layout"] == "mapbox_retrieve_json":
            collection = json.loads(text)
            assert collection["type"] == "FeatureCollection"
            (feature,) = collection["features"]
            props = feature["properties"]
            assert props["feature_type"] == "poi" and props["metadata"] == {"phone": tel}
            assert props["full_address"] == f"{h354.road(row)}, 대한민국"
            assert props["coordinates"]["longitude"] == feature["geometry"]["coordinates"][0]
        else:
            feed = dict(_text_format(text))
            header = dict(feed["header"])
            assert header["gtfs_realtime_version"] == "2.0"
            assert header["incrementality"] == "FULL_DATASET"
            alert = dict(dict(feed["entity"])["alert"])
            informed = dict(alert["informed_entity"])
            assert informed == {"route_id": h354.line(row), "stop_id": h354.code(row)}
            texts = [dict(t) for _, t in alert["description_text"]]
            assert [t["language"] for t in texts] == ["ko", "en"]
            assert all(t["text"].count(tel) == 1 for t in texts)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h354.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울교통공사_역주소 및 전화번호_20250318.csv")
    assert kr["encoding"] == "utf-8-sig"
    assert "not confirmed" in kr["licence"] and "서울교통공사" in kr["publisher"]
    rows = h354.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 281}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h354, "held_out_354", tmp_path)

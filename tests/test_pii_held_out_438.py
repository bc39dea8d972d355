"""held_out_438 of the PII evaluation set (scripts/pii_held_out_438.py): its committed records
keep the generator's invariants (every labelled phone is the row's real bar telephone, copied
unchanged, each copy labelled; no distractor labelled as such; the bar's name, licence number
and district office code are in the text and unlabelled) and are rebuilt byte for byte from the
committed data, and the data from the fetched mirror where it is on the machine. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_entertainment_bars_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_438 as h438  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/bumjinDev+wherehouse_SpringBoot/repo")
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
LAYOUTS = ("dgraph_mutation_json", "hasura_insert_graphql_json", "segment_group_json",
           "drizzle_seed_ts")  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h438.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h438.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h438.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h438.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(LAYOUTS, 100)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, written once and labelled whole; nothing else is;
    no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h438.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        copies = len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text))
        assert copies == 1, r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h438.PHONE): 1}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h438.international) == {"national:전화번호": 400}


def test_the_data_keeps_the_published_shape():
    """400 open bars, each with one number as the district office typed it, 400 distinct, none
    an earlier Korean part's; every field a string as published."""
    rows = h438.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h438.PHONE]
        assert extractor.kept_number(value), value
        assert row["fields"]["영업상태명"] == extractor.OPEN
        assert row["fields"]["사업장명"].strip()
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "99 9999999": 187, "999999999": 114, "99  999 9999": 62, "99999999": 14,
        "9999999": 10, "99999 9999": 4, "99 999 9999": 3, "99 99999999": 2, "999 9999": 2,
        "999 99999999": 1, "99999 999": 1,
    }  # fmt: skip
    assert len({h438.phone(row) for row in rows}) == 400
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert {"pii_kr_seoul_hospitals.json", "pii_kr_seoul_large_stores.json"} <= set(
        extractor.EARLIER
    )
    assert not {extractor.digits_of(h438.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    for value in ("02 8745637", "222695901", "02  519 2800", "02587 8883", "26788126"):
        assert extractor.kept_number(value), value
    for value in ("", "-7110", "02-988-9456~7", "010-1234-5678", " 02 8745637",
                  "02-709-7501, 02-709-7502", "02  22905853"):  # fmt: skip
        assert not extractor.kept_number(value), value


def test_the_name_licence_and_office_code_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        for value in (h438.name(row), h438.licence(row), h438.office(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h438.phone(row)
        if r["layout"] == "drizzle_seed_ts":
            assert text.startswith('import { drizzle } from "drizzle-orm/node-postgres";\n')
            values = re.search(r"\.values\(\{\n(.*?)\n    \}\)\n", text, re.S)
            assert values, r["id"]
            pairs = dict(
                re.fullmatch(r" {6}(\w+): (.*),", line).groups()
                for line in values.group(1).split("\n")
            )
            assert json.loads(pairs["phone"]) == tel
            assert json.loads(pairs["licenseNo"]) == h438.licence(row)
            assert ".onConflictDoNothing({ target: venues.licenseNo });" in text
            assert text.count("{") == text.count("}")
            continue
        body = json.loads(text)
        if r["layout"] == "dgraph_mutation_json":
            (node,) = body["set"]
            assert re.fullmatch(r"_:venue\d+", node["uid"]) and node["dgraph.type"] == "Venue"
            assert node["phone"] == tel and node["name"] == h438.name(row)
            assert node["location"]["type"] == "Point"
        elif r["layout"] == "hasura_insert_graphql_json":
            assert "\n" not in text.rstrip("\n")
            assert body["operationName"] == "InsertVenue"
            assert body["query"].startswith("mutation InsertVenue($object: venues_insert_input!)")
            assert body["query"].count("{") == body["query"].count("}")
            obj = body["variables"]["object"]
            assert obj["phone"] == tel and obj["license_no"] == h438.licence(row)
        else:
            assert body["type"] == "group" and body["groupId"] == h438.licence(row)
            assert body["traits"]["phone"] == tel and body["traits"]["name"] == h438.name(row)
            assert body["traits"]["address"]["country"] == "KR"
            assert re.fullmatch(UUID4, body["messageId"])
            assert body["timestamp"].endswith("Z")


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h438.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울시 유흥주점영업 인허가 정보_20250825.csv")
    assert kr["encoding"] == "utf-8-sig"
    assert "not confirmed" in kr["licence"] and "Seoul" in kr["publisher"]
    rows = h438.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h438, "held_out_438", tmp_path)

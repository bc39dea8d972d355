"""held_out_463 of the PII evaluation set (scripts/pii_held_out_463.py): its committed records
keep the generator's invariants (every labelled phone is the row's real cinema telephone,
copied unchanged, each copy labelled; no distractor labelled as such; the screen's name,
licence number and district office code are in the text and unlabelled) and are rebuilt byte
for byte from the committed data, and the data from the fetched mirror where it is on the
machine. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_seoul_cinemas_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_463 as h463  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/bumjinDev+wherehouse_SpringBoot/repo")
UUID4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
LAYOUTS = ("typeorm_seed_ts", "gorm_seed_go", "sqlalchemy_insert_py", "msw_handler_ts")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h463.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h463.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h463.data()["rows"]) == 158
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h463.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {
        "typeorm_seed_ts": 40, "gorm_seed_go": 40, "sqlalchemy_insert_py": 39,
        "msw_handler_ts": 39,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, written once and labelled whole; nothing else is;
    no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h463.phone(row)
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        copies = len(re.findall(rf"(?<!\d){re.escape(tel)}(?!\d)", text))
        assert copies == 1, r["id"]
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == {(tel, h463.PHONE): 1}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h463.international) == {"national:전화번호": 158}


def test_the_data_keeps_the_published_shape():
    """158 cinemas of every status, each with one number as the district office typed it, 158
    distinct, none an earlier Korean part's; every field a string as published."""
    rows = h463.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h463.PHONE]
        assert extractor.kept_number(value), value
        assert row["fields"]["사업장명"].strip()
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "9999-9999": 37, "999-9999": 35, "99-9999-9999": 29, "99-999-9999": 26,
        "999-9999-9999": 22, "99)9999-9999": 2, "99999999": 2, "99 9999 9999": 1,
        "999999999": 1, "99)999-9999": 1, "9999999999": 1, "99- 999-9999": 1,
    }  # fmt: skip
    assert Counter(row["fields"]["영업상태명"] for row in rows) == {
        extractor.OPEN: 82, "폐업": 72, "취소/말소/만료/정지/중지": 4,
    }  # fmt: skip
    assert len({h463.phone(row) for row in rows}) == 158
    earlier = extractor.earlier_numbers(extractor.DATA, extractor.EARLIER)
    assert {"pii_kr_seoul_hospitals.json", "pii_kr_seoul_entertainment_bars.json"} <= set(
        extractor.EARLIER
    )
    assert not {extractor.digits_of(h463.phone(row)) for row in rows} & earlier


def test_the_extractor_keeps_one_number_of_the_shape():
    for value in ("02-3147-3891", "1544-1122", "766-3211", "02)2670-8240", "02 3290 1404",
                  "02- 541-8888", "226289100"):  # fmt: skip
        assert extractor.kept_number(value), value
    for value in ("", "3210-3358,737-2567", "010-1234-5678", " 02-3147-3891", "-7110"):
        assert not extractor.kept_number(value), value


def test_the_name_licence_and_office_code_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        spans = [*r["spans"], *r["distractors"]]
        for value in (h463.name(row), h463.licence(row), h463.office(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def _typeorm(text: str) -> dict:
    values = re.search(r"\.values\(\{\n(.*?)\n    \}\)\n", text, re.S)
    assert values
    return {
        k: json.loads(v)
        for k, v in (
            re.fullmatch(r" {6}(\w+): (.*),", line).groups() for line in values.group(1).split("\n")
        )
    }


def _gorm(text: str) -> dict:
    block = re.search(r"\tcinema := model\.Cinema\{\n(.*?)\n\t\}\n", text, re.S)
    assert block
    lines = block.group(1).split("\n")
    columns = {len(re.match(r"\t\t\w+: +", line).group(0)) for line in lines}
    assert len(columns) == 1  # the values aligned, as gofmt writes them
    return {
        k: json.loads(v)
        for k, v in (re.fullmatch(r"\t\t(\w+): +(.*),", ln).groups() for ln in lines)
    }


def _sqlalchemy(text: str) -> dict:
    tree = ast.parse(text)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "values"
    ]
    assert len(calls) == 1
    return {kw.arg: ast.literal_eval(kw.value) for kw in calls[0].keywords}


def _msw(text: str) -> dict:
    body = re.search(r"return HttpResponse\.json\((\{.*?\n    \})\);\n", text, re.S)
    assert body
    return json.loads(body.group(1))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, licence = h463.phone(row), h463.licence(row)
        assert text.count("{") == text.count("}"), r["id"]
        if r["layout"] == "typeorm_seed_ts":
            assert text.startswith('import { DataSource } from "typeorm";\n')
            fields = _typeorm(text)
            assert re.fullmatch(UUID4, fields["id"])
            assert fields["phone"] == tel and fields["licenseNo"] == licence
            assert fields["status"] == h463.status(row)
            assert "    .orIgnore()\n    .execute();\n" in text
        elif r["layout"] == "gorm_seed_go":
            assert text.startswith('package seed\n\nimport (\n\t"gorm.io/gorm"\n')
            fields = _gorm(text)
            assert fields["Phone"] == tel and fields["LicenseNo"] == licence
            assert fields["Name"] == h463.name(row)
            assert isinstance(fields["Latitude"], float)
            assert "\t\tDoNothing: true,\n\t}).Create(&cinema).Error\n" in text
        elif r["layout"] == "sqlalchemy_insert_py":
            fields = _sqlalchemy(text)
            assert fields["phone"] == tel and fields["license_no"] == licence
            assert fields["district_office_code"] == h463.office(row)
            assert ".on_conflict_do_nothing(index_elements=[Cinema.license_no])" in text
        else:
            assert text.startswith('import { http, HttpResponse } from "msw";\n')
            assert f'http.get("/api/cinemas/{licence}", () => {{' in text
            fields = _msw(text)
            assert fields["phone"] == tel and fields["licenseNo"] == licence
            assert fields["updatedAt"].endswith("Z")
            assert set(fields["location"]) == {"lat", "lng"}
        if h463.closed(row):
            assert h463.closed(row) in text, r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_provenance():
    sources = h463.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "bumjinDev/wherehouse_SpringBoot"
    assert kr["commit"] == "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa"
    assert kr["path"].endswith("서울시 영화상영관 인허가 정보_20250827.csv")
    assert kr["encoding"] == "utf-8-sig"
    assert "not confirmed" in kr["licence"] and "Seoul" in kr["publisher"]
    rows = h463.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 158}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h463, "held_out_463", tmp_path)

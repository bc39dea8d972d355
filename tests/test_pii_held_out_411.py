"""held_out_411 of the PII evaluation set (scripts/pii_held_out_411.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real phone field,
unchanged, each copy labelled; the unit's full name is in the text and unlabelled; each layout
parses as its format) and are rebuilt byte for byte from the committed data; the extractor's
rules hold on the data and on a few made-up rows. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import jp_takamatsu_organization_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_411 as h411  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the five levels of a unit's place in the organisation, in the workbook's order
LEVELS = ("局", "部", "課", "室・出先", "係")
# copies of the phone field a record of each layout writes
COPIES = {
    "jgrants_subsidy_json": 1,
    "event_list_csv": 2,
    "fanvil_directory_xml": 1,
    "indeed_job_xml": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h411.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h411.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h411.data()["rows"]) == 186
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h411.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:JP"
        assert r["language"] in ("ja", "en")
    assert Counter(r["layout"] for r in records) == {
        "jgrants_subsidy_json": 47,
        "event_list_csv": 47,
        "fanvil_directory_xml": 46,
        "indeed_job_xml": 46,
    }


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The phone field is labelled wherever it stands, each copy whole under its column;
    nothing else is labelled and no distractor is."""
    for r in records:
        tel, text = h411.phone(_row(r)), r["text"]
        n = COPIES[r["layout"]]
        assert text.count(tel) == n, r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:電話番号"): n}, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h411.international)
    assert kinds == {"national:電話番号": 233}


def test_the_data_keeps_the_published_shape():
    """Every kept number is ``087-NNN-NNNN``, a number a person could hold, no two alike, none
    an earlier Japanese part holds; the rows are in the workbook's order and the fields are
    strings as the workbook gives them."""
    rows = h411.data()["rows"]
    tels = [h411.phone(row) for row in rows]
    assert all(re.fullmatch(r"087-\d{3}-\d{4}", tel) for tel in tels)
    assert all(personal_phone(tel, "JP") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 186
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "81")
    assert not {digits_of(tel) for tel in tels} & earlier
    at = [int(row["path"].rsplit("#", 1)[1]) for row in rows]
    assert at == sorted(at)
    assert Counter(row["fields"]["機構分類名称"] for row in rows) == {
        "課": 94,
        "室・出先": 91,
        "局": 1,
    }
    for row in rows:
        fields = row["fields"]
        assert list(fields) == [*LEVELS, "所属名称", "電話番号", "機構分類名称"]
        assert all(isinstance(v, str) for v in fields.values())
        assert fields["所属名称"] == "".join(fields[k] for k in LEVELS), row["path"]


def test_the_extractor_keeps_new_numbers_once(monkeypatch, tmp_path):
    """On made-up rows: a unit without a number, one with a number an earlier part holds and a
    second unit on a line kept before are left out; the others are kept whole, in order."""
    kept_tel = "087-839-9001"
    earlier_tel = h411.phone(h411.data()["rows"][0])
    assert digits_of(earlier_tel) not in earlier_numbers(extractor.DATA, extractor.EARLIER)
    monkeypatch.setattr(extractor, "earlier_numbers", lambda *a: {digits_of(earlier_tel)})

    def unit(name: str, tel: str) -> dict[str, str]:
        levels = dict.fromkeys(LEVELS, "") | {"局": "総務局", "課": name}
        return {**levels, "所属名称": f"総務局{name}", "電話番号": tel, "機構分類名称": "課"}

    made_up = [
        unit("甲課", ""),
        unit("乙課", kept_tel),
        unit("丙課", earlier_tel),
        unit("丁課", kept_tel),
        unit("戊課", "087-839-9002"),
    ]
    monkeypatch.setattr(extractor, "_git", lambda *a: b"")
    monkeypatch.setattr(extractor, "sheet_rows", lambda raw: made_up)
    out = extractor.extract({"JP": tmp_path})
    assert [r["fields"]["所属名称"] for r in out["rows"]] == ["総務局乙課", "総務局戊課"]
    assert [r["path"].rsplit("#", 1)[1] for r in out["rows"]] == ["1", "4"]
    assert out["rows"][0]["fields"] == made_up[1]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string or CSV)."""
    if layout == "fanvil_directory_xml":
        return escape(value)
    if layout == "jgrants_subsidy_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_unit_is_named_in_the_text_and_unlabelled(records):
    for r in records:
        value = _encoded(r["layout"], h411.name(_row(r)))
        found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
        outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
        assert outside, r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, CSV and XML by the standard library), the
    row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h411.phone(row), h411.name(row)
        if r["layout"] == "jgrants_subsidy_json":
            doc = json.loads(text)
            assert doc["metadata"]["resultset"]["count"] == len(doc["result"]) == 1
            result = doc["result"][0]
            assert re.fullmatch(r"a0W[A-Za-z0-9]{15}", result["id"])
            assert re.fullmatch(r"S-\d{8}", result["name"])
            assert result["front_subsidy_detail_page_url"].endswith(result["id"])
            assert f"高松市 {name}<br>電話：{tel}（" in result["detail"]
            assert result["target_area_detail"] == "香川県高松市"
        elif r["layout"] == "event_list_csv":
            lines = list(csv.reader(io.StringIO(text, newline="")))
            assert lines[0] == h411.EVENT_HEADER and len(lines) == 2
            event = dict(zip(lines[0], lines[1], strict=True))
            assert event["都道府県コード又は市区町村コード"] == "372013"
            assert event["連絡先名称"] == f"高松市{name}"
            assert event["連絡先電話番号"] == tel
            assert event["説明"].endswith(f"（電話 {tel}）まで。")
            assert event["開始日"] <= event["終了日"] and event["参加申込終了日"] < event["開始日"]
        elif r["layout"] == "fanvil_directory_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "FanvilIPPhoneDirectory" and root.get("clearlight") == "true"
            entries = root.findall("DirectoryEntry")
            assert len(entries) == 1
            assert entries[0].findtext("Name") == name
            assert entries[0].findtext("Telephone") == tel
            assert root.findtext("Title").startswith("高松市 庁内電話帳")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "source" and root.findtext("publisher") == "高松市"
            jobs = root.findall("job")
            assert len(jobs) == 1
            job = jobs[0]
            assert job.findtext("country") == "JP" and job.findtext("company") == "高松市"
            assert re.fullmatch(r"TKM\d{4}-\d{4}", job.findtext("referencenumber"))
            assert job.findtext("title").endswith(f"／{h411.unit(row)}")
            assert f"【お問い合わせ】高松市{name}　電話 {tel}</p>" in job.findtext("description")


def test_provenance():
    sources = h411.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "takamatsu-city/opendata"
    assert jp["commit"] == "6fc71c75406e9f2687e84076558cb497c2ce0570"
    assert jp["paths"] == ["data/takamatsu_city_organization_list/0083_202504.xlsx"]
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    assert Counter(r["country"] for r in h411.data()["rows"]) == {"JP": 186}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h411, "held_out_411", tmp_path)

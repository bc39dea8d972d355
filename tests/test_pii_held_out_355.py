"""held_out_355 of the PII evaluation set (scripts/pii_held_out_355.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the institution's name, school code and postcode are in the text
and unlabelled; each document parses in its format) and are rebuilt byte for byte from the
committed data; the extractor keeps the rows its rules keep. No recognizer runs here: the part
is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_355 as h355  # noqa: E402 - the scripts folder's modules
import tw_moe_universities_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {"mapbox_geocoding": 1, "asana_task": 4, "llms_txt": 2, "surveyjs_form": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h355.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h355.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h355.data()["rows"]) == 153
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h355.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mapbox_geocoding": 39, "asana_task": 38, "llms_txt": 38, "surveyjs_form": 38,
    }  # fmt: skip


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    for r in records:
        tel, text = h355.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == {(tel, "PHONE_NUMBER", "national:電話"): COPIES[r["layout"]]}, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text, r["id"]


def test_phones_keep_their_kind(records):
    assert phone_kinds(records, h355.international) == {"national:電話": 343}


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is ``(0A)N...``, the area code in brackets and six to eight digits,
    a number a person could hold, no two alike; the fields are strings as the list gives them."""
    rows = h355.data()["rows"]
    tels = [h355.phone(row) for row in rows]
    assert all(re.fullmatch(r"\(0\d{1,3}\)\d{6,8}", tel) for tel in tels)
    assert all(personal_phone(tel, "TW") for tel in tels)
    assert len({digits_of(tel) for tel in tels}) == 153
    assert all(tel == row["fields"]["電話"] for tel, row in zip(tels, rows, strict=True))
    assert all(re.fullmatch(r"\d{4}", row["fields"]["代碼"]) for row in rows)
    assert all(re.match(r"\[\d{3}\]", row["fields"]["地址"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())
    columns = ["代碼", "學校名稱", "縣市名稱", "地址", "電話", "網址", "體系別"]
    assert list(rows[0]["fields"]) == columns


def test_the_extractor_keeps_its_rules():
    """One number in the list's shape, none an earlier Taiwanese part holds, each once: the
    fields with an extension or a blank are out, and so is the one number an earlier part's data
    already holds."""
    shape = extractor.SHAPE
    assert shape.fullmatch("(02)29393091") and shape.fullmatch("(037)381000")
    for dropped in ("(049)2910960#2996", "(02) 24980707 ", "(089)226389#6000\u3000"):
        assert not shape.fullmatch(dropped)
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "886")
    rows = h355.data()["rows"]
    assert not any(digits_of(h355.phone(row)) in earlier for row in rows)
    assert "0227361661" in earlier  # 臺北醫學大學's (02)27361661, left out
    kept = {int(row["path"].rsplit("#", 1)[1]) for row in rows}
    assert not kept & {18, 53, 74, 90, 144, 146} and max(kept) == 158


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or Markdown as is)."""
    return value if layout == "llms_txt" else json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for value in (h355.name(row), h355.postcode(row)):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                     r["text"])]  # fmt: skip
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)
        if r["layout"] in ("asana_task", "llms_txt"):
            assert h355.code(row) in r["text"], r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h355.phone(row), h355.name(row)
        if r["layout"] == "mapbox_geocoding":
            doc = json.loads(text)
            assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 1
            feature = doc["features"][0]
            assert feature["place_type"] == ["poi"] and feature["id"].startswith("poi.")
            assert feature["properties"]["tel"] == tel and feature["text"] == name
            assert feature["geometry"]["coordinates"] == feature["center"]
            assert [c["id"].split(".")[0] for c in feature["context"]] == [
                "postcode", "place", "country",
            ]  # fmt: skip
        elif r["layout"] == "asana_task":
            task = json.loads(text)["data"]
            assert task["resource_type"] == "task" and re.fullmatch(r"\d{16}", task["gid"])
            assert task["notes"].count(tel) == task["html_notes"].count(tel) == 2
            html = task["html_notes"]
            assert html.startswith("<body>") and html.endswith("</body>")
            assert task["permalink_url"].endswith(f"/{task['gid']}")
            fields = {f["name"]: f["display_value"] for f in task["custom_fields"]}
            assert fields == {"學校代碼": h355.code(row), "體系別": h355.system(row)}
        elif r["layout"] == "llms_txt":
            lines = text.splitlines()
            assert lines[0] == f"# {name}" and lines[2].startswith("> ")
            assert [x for x in lines if x.startswith("#")][1:] == [
                "## 招生資訊", "## 校園與交通", "## Optional",
            ]  # fmt: skip
            links = [x for x in lines if x.startswith("- ")]
            assert all(re.fullmatch(r"- \[[^\]]+\]\([^)\s]+\.md\): .+", x) for x in links)
            assert f"總機：{tel}。" in text and links[2].endswith(f"洽詢請撥總機 {tel}")
        else:
            form = json.loads(text)
            elements = form["pages"][0]["elements"]
            assert elements[0]["type"] == "html" and tel in elements[0]["html"]
            assert {e["type"] for e in elements} == {"html", "text", "dropdown", "comment"}
            assert tel in form["completedHtml"] and form["title"].startswith(name)


def test_provenance():
    sources = h355.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "BeautyInfo/beautyUniversity"
    assert tw["commit"] == "f0eaa49c18fdf874a31d24a129795e01a6259a50"
    assert tw["paths"] == ["u1_new.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    assert Counter(r["country"] for r in h355.data()["rows"]) == {"TW": 153}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h355, "held_out_355", tmp_path)

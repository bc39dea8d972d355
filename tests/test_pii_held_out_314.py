"""held_out_314 of the PII evaluation set (scripts/pii_held_out_314.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the data from the
fetched mirror where it is on the machine. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html import escape as html_escape
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_parking_lots_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_314 as h314  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/kangel123+Java_Intensification/repo")
# how many copies of the telephone each layout writes
COPIES = {"cubrid_loaddb": 2, "kakao_map_html": 3, "tui_grid_js": 2, "clova_chatbot_json": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h314.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h314.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h314.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h314.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h314.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The telephone field is one number, labelled whole wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h314.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        assert numbers(tel) == [(0, len(tel))], r["id"]
        assert personal_phone(tel, "KR"), r["id"]
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == {(tel, h314.PHONE): copies}, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h314.international)
    assert kinds == {"national:전화번호": 1000}


def test_the_data_keeps_the_published_shape():
    """400 public lots, each with one number as the providing office typed it, 400 distinct;
    every field a string as published, no e-mail address, no mobile number."""
    rows = h314.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h314.PHONE]
        assert value == value.strip()
        assert extractor.SHAPE.fullmatch(value), value
        assert not extractor.ODD.fullmatch(value), value
        assert row["fields"]["주차장구분"] == "공영"
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 337, "99-9999-9999": 39, "99-999-9999": 17, "999-9999-9999": 5,
        "9999-9999": 2,
    }  # fmt: skip
    assert len({h314.phone(row) for row in rows}) == 400


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (HTML text, within a JSON string, or as it is)."""
    if layout == "kakao_map_html":
        return html_escape(value)
    if layout == "clova_chatbot_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h314.name(row), h314.address(row)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cubrid_values(line: str) -> list[str | None]:
    """The values of an object file's instance line (NULL as None, quotes undone)."""
    found = re.findall(r"'((?:[^']|'')*)'|(NULL)|(\S+)", line)
    return [q.replace("''", "'") if not (n or b) else (None if n else b) for q, n, b in found]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (the object file by its lines, the chatbot response
    as JSON, the page and module by their parts), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h314.phone(row), h314.name(row)
        if r["layout"] == "cubrid_loaddb":
            lines = text.splitlines()
            assert [line.split()[0] for line in lines[:3]] == ["%id", "%id", "%class"]
            body = _cubrid_values(lines[3])
            assert body[:2] == [h314.agency(row), tel]
            assert lines[4].startswith("%class [dba].[parking_lot] (")
            attrs = re.findall(r"\[(\w+)\]", lines[4].split("(", 1)[1])
            values = _cubrid_values(lines[5])
            assert len(attrs) == len(values) == len(h314.LOT_ATTRS)
            for (attr, column, _), got in zip(h314.LOT_ATTRS, values, strict=True):
                assert (got or "") == row["fields"][column].strip(), (r["id"], attr)
        elif r["layout"] == "kakao_map_html":
            assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
            assert "//dapi.kakao.com/v2/maps/sdk.js?appkey=" in text
            assert f'<a href="tel:{tel}">{tel}</a>' in text
            assert f"☎ {tel}<\\/div>" in text
            if h314.coordinates(row):
                lat, lng = h314.coordinates(row)
                assert f"new kakao.maps.LatLng({lat}, {lng})" in text
            else:
                assert "libraries=services" in text and "addressSearch(" in text
        elif r["layout"] == "tui_grid_js":
            assert text.startswith("import Grid from 'tui-grid';")
            assert f"    tel: '{tel}'," in text
            assert f"// 문의: {h314.agency(row)} {tel}" in text
            assert text.count("{ header: ") == len(h314.GRID)
        else:
            response = json.loads(text)
            assert response["version"] == "v2" and response["event"] == "send"
            assert re.fullmatch(r"U[0-9a-f]{32}", response["userId"])
            text_bubble, template = response["bubbles"]
            assert text_bubble["data"]["description"].endswith(f"☎ {tel}")
            assert text_bubble["data"]["description"].startswith(name)
            call = template["data"]["contentTable"][1][0]["data"]["data"]["action"]["data"]
            assert call == {"url": f"tel:{tel}", "mobileUrl": f"tel:{tel}"}


def test_provenance():
    sources = h314.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "kangel123/Java_Intensification"
    assert kr["commit"] == "bbfc66556d0b6d5f3d52919ca8b55dbce6bdf9d3"
    assert kr["path"] == "전국주차장정보표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국주차장정보표준데이터" in kr["publisher"]
    rows = h314.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h314, "held_out_314", tmp_path)

"""held_out_290 of the PII evaluation set (scripts/pii_held_out_290.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
field, copied unchanged, each copy labelled; the name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data, and the data from the
fetched mirror where it is on the machine. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import shlex
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import kr_free_meal_centres_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_290 as h290  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/potoblue+Project01/repo")
# how many copies of the telephone each layout writes
COPIES = {
    "bokjiro_xml": 2,
    "vms1365_xml": 2,
    "naver_blog_curl": 2,
    "naver_maps_html": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h290.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h290.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h290.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h290.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:KR"
    assert Counter(r["layout"] for r in records) == {layout: 125 for layout in h290.LAYOUTS}


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the telephone field is labelled wherever the field stands, under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h290.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(tel) == copies, r["id"]
        expected: Counter = Counter()
        for s, e in numbers(tel):
            assert personal_phone(tel[s:e], "KR"), r["id"]
            expected[(tel[s:e], h290.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h290.international)
    assert kinds == {"national:전화번호": 1000}


def test_the_data_keeps_the_published_shape():
    """500 rows, each with one telephone as the file writes it: area code, exchange and line
    joined by hyphens, 500 distinct; every field a string as published, no e-mail address, no
    mobile number, no row a private person operates."""
    rows = h290.data()["rows"]
    shapes = Counter()
    for row in rows:
        value = row["fields"][h290.PHONE]
        assert value == value.strip()
        assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", value), value
        assert not value.startswith("010"), value
        assert not row["fields"]["운영기관명"].startswith("개인")
        shapes[re.sub(r"\d", "9", value)] += 1
    assert shapes == {
        "999-999-9999": 424, "99-999-9999": 38, "99-9999-9999": 26, "999-9999-9999": 12,
    }  # fmt: skip
    assert len({h290.phone(row) for row in rows}) == 500


def _encoded(layout: str, value: str) -> list[str]:
    """``value`` as the layout may write it (XML or HTML text, or within a JSON string)."""
    if layout == "naver_maps_html":
        return [json.dumps(escape(value), ensure_ascii=False)[1:-1]]
    return [escape(value)]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the road (or lot-number) address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h290.name(row), h290.address(row)):
            (value,) = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, the shell script by
    ``shlex``, the page's InfoWindow by its JSON strings), the row's number where the format
    puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h290.phone(row), h290.name(row)
        if r["layout"] == "bokjiro_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "wantedDtl" and root.findtext("resultCode") == "0"
            assert root.findtext("servNm") == f"{name} 무료급식 지원"
            assert re.fullmatch(r"WLF\d{8}", root.findtext("servId"))
            assert root.findtext("inqplCtadrList/wlfareInfoReldCn") == tel
            assert root.findtext("aplyMtdCn").endswith(f"(☎ {tel})")
        elif r["layout"] == "vms1365_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext("header/resultCode") == "00"
            (item,) = root.findall("body/items/item")
            assert item.findtext("telno") == tel and item.findtext("nanmmbyNm") == name
            assert item.findtext("progrmCn").endswith(f" {tel}")
            assert re.fullmatch(r"[01]{7}", item.findtext("actWkdy"))
            assert re.fullmatch(r"\d{7}", item.findtext("sidoCd"))
            assert item.findtext("progrmBgnde") <= item.findtext("progrmEndde")
            assert item.findtext("noticeBgnde") < item.findtext("noticeEndde")
        elif r["layout"] == "naver_blog_curl":
            words = shlex.split(text, comments=True)
            assert words[:5] == [
                "curl", "-sS", "-X", "POST", "https://openapi.naver.com/blog/writePost.json",
            ]  # fmt: skip
            fields = dict(
                words[i + 1].split("=", 1) for i, w in enumerate(words) if w == "--data-urlencode"
            )
            assert set(fields) == {"title", "contents", "categoryNo"}
            assert fields["title"].startswith(f"[{name}] ")
            assert fields["contents"].count(tel) == 2
        else:
            assert text.startswith("<!DOCTYPE html>") and text.endswith("</html>\n")
            parts = re.search(r"content: \[\n(.*?)\n  \]\.join", text, re.S)[1]
            html = "".join(json.loads(f"[{parts}]"))
            assert f'<a href="tel:{escape(tel)}">{escape(tel)}</a>' in html
            lat, lng = row["fields"]["위도"].strip(), row["fields"]["경도"].strip()
            if lat and lng:
                assert f"new naver.maps.LatLng({lat}, {lng})" in text
            else:
                assert "submodules=geocoder" in text and "naver.maps.Service.geocode" in text


def test_provenance():
    sources = h290.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "potoblue/Project01"
    assert kr["commit"] == "e97898b8a64cbc852b509f36f0e2f5f62127686d"
    assert kr["path"] == "전국무료급식소표준데이터.csv" and kr["encoding"] == "cp949"
    assert "not confirmed" in kr["licence"] and "전국무료급식소표준데이터" in kr["publisher"]
    rows = h290.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"KR": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h290, "held_out_290", tmp_path)

"""held_out_146 of the PII evaluation set (scripts/pii_held_out_146.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real operating or
managing body's phone field, copied unchanged, each copy labelled; the name and road address are
in the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

from __future__ import annotations

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

import pii_held_out_146 as h146  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("시설명", "소재지도로명주소")
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HS = "{http://www.hancom.co.kr/hwpml/2011/section}"
# how many times each layout writes the operating body's and the managing body's number
COPIES = {
    "iiif_manifest": (2, 1),
    "kakao_feed_template": (2, 1),
    "hwpx_section": (2, 1),
    "wikidata_entity": (1, 0),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h146.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h146.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h146.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h146.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h146.LAYOUTS, 100)


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each number of the operating body's phone field, and of the managing body's where it is
    a number of its own, is labelled wherever the field stands if a person could hold it (a
    distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        fields = ((h146.phone(row), h146.PHONE), (h146.manager(row), h146.MANAGER))
        for (value, column), copies in zip(fields, COPIES[r["layout"]], strict=True):
            if not value:
                continue
            assert text.count(value) == copies, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "KR") else short)[(number, column)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        for _, _, _, kind in r["spans"]:
            kinds[kind] += 1
    assert kinds == {"national:운영기관전화번호": 700, "national:관리기관전화번호": 115}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept operating phone holds a number of six digits or more, not all zeros, as the
    file writes it (hyphens, one ``+`` after a number, ``0507`` numbers cut to eleven digits);
    one row per museum name and operating phone; the long free-text columns and the bodies
    that name a private person are left out; 153 rows have a managing number of their own."""
    rows = h146.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"][h146.PHONE]) for row in rows)
    assert shapes == {
        "999-999-9999": 312, "99-999-9999": 39, "99-9999-9999": 27, "999-9999-9999": 14,
        "9999-9999-999": 4, "9999-9999": 3, "999-999-9999+": 1,
    }  # fmt: skip
    keys = Counter((row["fields"]["시설명"], row["fields"][h146.PHONE]) for row in rows)
    assert max(keys.values()) == 1
    for row in rows:
        digits = [c for c in row["fields"][h146.PHONE] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert not {"박물관미술관소개", "교통안내정보"} & set(row["fields"])
        assert not any(
            row["fields"].get(k, "").startswith("개인") for k in ("운영기관명", "관리기관명")
        )
        assert all(isinstance(v, str) for v in row["fields"].values())
    assert sum(bool(h146.manager(row)) for row in rows) == 153
    assert sum(set(re.sub(r"\D", "", row["fields"][h146.MANAGER])) == {"0"} for row in rows) == 4
    kinds = Counter(row["fields"]["박물관미술관구분"] for row in rows)
    assert kinds == {"사립": 188, "공립": 155, "대학": 37, "국립": 20}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "hwpx_section":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and road address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h146._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _metadata(manifest: dict) -> dict[str, str]:
    return {m["label"]["ko"][0]: m["value"]["ko"][0] for m in manifest["metadata"]}


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, other = h146.phone(row), h146._f(row, "시설명"), h146.manager(row)
        if r["layout"] == "iiif_manifest":
            doc = json.loads(text)
            assert doc["type"] == "Manifest" and doc["@context"][-1].endswith("3/context.json")
            meta = _metadata(doc)
            assert meta["전화번호"] == tel and meta["시설명"] == name
            assert doc["summary"]["ko"][0].endswith(f"관람 문의: {tel}")
            assert ("관리기관 전화번호" in meta) == bool(other)
            if other:
                assert meta["관리기관 전화번호"].endswith(other)
            assert all(c["type"] == "Canvas" for c in doc["items"])
            lon, lat = doc["navPlace"]["features"][0]["geometry"]["coordinates"]
            assert (lat, lon) == (float(row["fields"]["위도"]), float(row["fields"]["경도"]))
        elif r["layout"] == "kakao_feed_template":
            doc = json.loads(text)
            assert doc["object_type"] == "feed"
            assert doc["content"]["description"].endswith(f"관람 문의 ☎ {tel}")
            items = {i["item"]: i["item_op"] for i in doc["item_content"]["items"]}
            assert items["전화"] == tel and items.get("관리기관", "") == other
            assert len(doc["item_content"]["items"]) <= 5
            assert doc["buttons"][-1]["link"]["web_url"].startswith(
                f"https://map.kakao.com/link/to/{name},"
            )
        elif r["layout"] == "hwpx_section":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{HS}sec"
            paragraphs = root.findall(f"{HP}p")
            assert paragraphs[0].find(f"{HP}run/{HP}secPr") is not None
            lines = ["".join(t.text or "" for t in p.iter(f"{HP}t")) for p in paragraphs]
            assert lines[3] == f"제목  {name} 관람 안내 및 단체관람 협조 요청"
            assert any(line.endswith(f"(☎ {tel})") and ". 문의: " in line for line in lines)
            assert f"전화번호 {tel} / 공개구분 대국민공개" in lines
            assert any(". 관리기관: " in line for line in lines) == bool(other)
        else:
            doc = json.loads(text)
            ((qid, entity),) = doc["entities"].items()
            assert entity["id"] == entity["title"] == qid and entity["type"] == "item"
            assert entity["labels"]["ko"]["value"] == name
            (phone,) = entity["claims"]["P1329"]
            assert phone["mainsnak"]["datavalue"] == {"value": tel, "type": "string"}
            assert all(s["id"].startswith(f"{qid}$") for c in entity["claims"].values() for s in c)


def test_provenance():
    sources = h146.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "Queentart/project3_test_add_llm"
    assert kr["commit"] == "f95ce6d1fa3330b7dcebb72abe7643237408e81a"
    assert kr["path"] == "gallery_data/전국박물관미술관정보표준데이터.csv"
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h146.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 400}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h146, "held_out_146", tmp_path)

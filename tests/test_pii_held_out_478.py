"""held_out_478 of the PII evaluation set (scripts/pii_held_out_478.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real phone field,
unchanged, each copy labelled; the hospital's name and address are in the text and unlabelled)
and are rebuilt byte for byte from the committed data; the extractor's rules hold on the data.
No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import cn_hangzhou_hospitals_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_478 as h478  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import digits_of, earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the phone field a record of each layout writes
COPIES = {
    "tencent_place_search": 1,
    "weibo_status": 2,
    "wx_template_message": 2,
    "echarts_option": 2,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h478.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h478.by_locale()[locale][n]


def _parsed(record: dict) -> dict:
    """The record's document: JSON, or the ECharts option's object after ``option = ``."""
    text = record["text"]
    if record["layout"] == "echarts_option":
        assert text.startswith("option = ") and text.endswith(";\n")
        text = text[len("option = ") : -2]
    return json.loads(text)


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h478.data()["rows"]) == 194
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h478.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:CN"
    assert Counter(r["layout"] for r in records) == {
        "tencent_place_search": 49,
        "weibo_status": 49,
        "wx_template_message": 48,
        "echarts_option": 48,
    }


def test_every_copy_of_the_field_is_labelled_number_by_number(records):
    """The phone field stands whole as often as the layout writes it, and each number in it is
    labelled at each copy; nothing else is labelled and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        field = h478.phone(row)
        copies = COPIES[r["layout"]]
        assert text.count(field) == copies, r["id"]
        numbers = field.split(extractor.SEP)
        expected = Counter({(n, "PHONE_NUMBER", "national:phone_number"): copies for n in numbers})
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
        assert "@" not in text


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h478.international)
    assert kinds == {"national:phone_number": 444}


def test_the_names_and_addresses_are_in_the_text_and_unlabelled(records):
    for r in records:
        row = _row(r)
        for value in (h478.name(row), h478.address(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, r["id"]
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON (the ECharts option after its ``option = ``), the row's
    values where the format puts them."""
    for r in records:
        row, doc = _row(r), _parsed(r)
        tel, name, addr = h478.phone(row), h478.name(row), h478.address(row)
        if r["layout"] == "tencent_place_search":
            assert doc["status"] == 0 and doc["count"] == len(doc["data"]) == 1
            item = doc["data"][0]
            assert (item["title"], item["address"], item["tel"]) == (name, addr, tel)
            assert item["ad_info"]["city"] == "杭州市"
            code = item["ad_info"].get("adcode")
            assert code is None or str(code) == h478.ADCODES[h478.district(row)]
        elif r["layout"] == "weibo_status":
            assert doc["idstr"] == doc["mid"] == str(doc["id"]) and len(doc["idstr"]) == 16
            assert doc["text"].endswith(f"咨询电话：{tel}。")
            assert doc["user"]["screen_name"] == name
            assert doc["user"]["description"].endswith(f"电话：{tel}")
        elif r["layout"] == "wx_template_message":
            data = doc["data"]
            assert doc["touser"].startswith("o") and len(doc["touser"]) == 28
            assert (data["keyword1"]["value"], data["keyword4"]["value"]) == (name, addr)
            assert data["keyword5"]["value"] == tel
            assert data["remark"]["value"].endswith(f"请致电{tel}。")
        else:
            series = doc["series"][0]
            assert series["type"] == "scatter" and series["coordinateSystem"] == "geo"
            item = series["data"][0]
            assert (item["name"], item["address"], item["tel"]) == (name, addr, tel)
            assert series["tooltip"]["formatter"].endswith(f"电话：{tel}")
            assert doc["title"]["text"] == name


def test_the_data_keeps_the_extractors_rules():
    """Every kept field is one to three numbers of seven to twelve digits joined by ``，``, each
    a number a person could hold, Hangzhou's or national (``400``) but four as the list misprints
    them; no number twice, none an
    earlier Chinese part holds; the fields are the list's strings (``NaN`` as null)."""
    rows = h478.data()["rows"]
    fields = [h478.phone(row) for row in rows]
    assert all(extractor.clean(f) for f in fields)
    numbers = [n for f in fields for n in f.split(extractor.SEP)]
    assert len(numbers) == 255 and Counter(f.count("，") for f in fields) == {0: 138, 1: 51, 2: 5}
    assert all(personal_phone(n, "CN") for n in numbers)
    odd = [n for n in numbers if not re.fullmatch(r"0571-?\d{8}|400-\d{3}-\d{4}", n)]
    # as published: a line short of a digit or two, and another city's area code (0751)
    assert odd == ["0751-87236666", "0571-646236", "0571-801717", "0571-8268449"]
    digits = [digits_of(n) for n in numbers]
    assert len(set(digits)) == len(digits)
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "86")
    assert not set(digits) & earlier
    assert all(row["fields"]["phone_number"] == h478.phone(row) for row in rows)
    assert all(v is None or isinstance(v, str) for row in rows for v in row["fields"].values())
    assert sum(row["fields"]["hospital_grade"] is None for row in rows) > 0


def test_the_extractors_rule_on_a_few_fields():
    assert extractor.clean("0571-87061501")
    assert extractor.clean("057163723593，0571-63732461，0571-63737120")
    assert extractor.clean("400-889-0808")
    assert not extractor.clean("0571-8778388387022776")  # two lines glued together
    assert not extractor.clean("0571-88148800，0571-88134465-830")  # an extension
    assert not extractor.clean(None) and not extractor.clean("")


def test_provenance():
    sources = h478.data()["sources"]
    assert set(sources) == {"CN"}
    cn = sources["CN"]
    assert cn["repository"] == "SYSU-AIlab/Crimson-Diary"
    assert cn["commit"] == "18787d9bd5279ff2efd81be87d22a8a46119a582"
    assert cn["paths"] == ["pages/call/call.js"]
    assert "not confirmed" in cn["licence"] and cn["publisher"]
    assert Counter(r["country"] for r in h478.data()["rows"]) == {"CN": 194}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h478, "held_out_478", tmp_path)

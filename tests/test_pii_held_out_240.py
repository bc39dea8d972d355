"""held_out_240 of the PII evaluation set (scripts/pii_held_out_240.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data, which the extractor rebuilds from the fetched
mirror where it is on this machine. No recognizer runs here: the part is scored from its
committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_240 as h240  # noqa: E402 - the scripts folder's modules
import tw_taipei_social_welfare_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/wenlab501+long-term-care-web-wenlab501/repo")
# copies of the phone field each layout writes
COPIES = {"data_taipei_api": 1, "ragic_api": 2, "surveycake_webhook": 1, "keplergl_map": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h240.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h240.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h240.data()["rows"]) == 600
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h240.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h240.LAYOUTS, 150)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, column = h240.phone(row), h240.phone_column(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_the_language_is_what_the_text_reads_as(records):
    """The records' language as ``page_languages`` reads each text: Chinese where the Chinese
    fields outweigh the JSON keys, English where the format's English keys do."""
    assert Counter((r["layout"], r["language"]) for r in records) == {
        ("data_taipei_api", "zh"): 150, ("ragic_api", "zh"): 150,
        ("surveycake_webhook", "en"): 150, ("keplergl_map", "en"): 150,
    }  # fmt: skip


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h240.international)
    assert kinds == {"national:聯絡電話": 512, "national:電話": 402}


def test_the_data_keeps_the_published_shape():
    """337 care points, 92 institutions and 171 agencies; every kept phone field holds 1 or 2
    numbers of 7 to 11 digits, none with ``+886``; 8 fields hold two; 60 carry an extension or
    a range's end that is not labelled; no kept number is the two schools' (``USED``)."""
    rows = h240.data()["rows"]
    assert Counter(h240.list_of(row) for row in rows) == {
        h240.CARE: 337, h240.ELDERLY: 92, h240.HOME: 171,
    }  # fmt: skip
    counts = Counter()
    for row in rows:
        value = h240.phone(row)
        found = [value[s:e] for s, e in numbers(value)]
        assert 1 <= len(found) <= 2 and extractor.labellable(value), row["path"]
        assert not value.startswith("+")
        assert not any(value.startswith(n) for n in extractor.USED)
        counts[len(found)] += 1
        counts["extra"] += any(ch in value for ch in "#*分轉~")
    assert counts == {1: 592, 2: 8, "extra": 60}
    for row in rows:
        if h240.list_of(row) == h240.HOME:
            assert "機構負責人" not in row["fields"] and "傳真" not in row["fields"]


def _encoded(value: str) -> str:
    """``value`` as the JSON layouts write it (a JSON string's content)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels."""
    for r in records:
        for value in (h240.name(_row(r)), h240.address(_row(r))):
            found = [m.start() for m in re.finditer(re.escape(_encoded(value)), r["text"])]
            assert found, r["id"]
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON, the row's number where the format puts it."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h240.phone(row), h240.name(row)
        if r["layout"] == "data_taipei_api":
            result = doc["result"]
            assert (result["limit"], result["offset"], result["count"]) == (1, 0, 1)
            (found,) = result["results"]
            assert found["_id"] == int(row["path"].rsplit("#", 1)[1]) + 1
            assert found["_importdate"]["timezone"] == "Asia/Taipei"
            assert found[h240.phone_column(row)] == tel
            assert {k: v for k, v in found.items() if not k.startswith("_")} == {
                k: v for k, v in row["fields"].items() if k not in ("lat", "lon")
            }
            assert "\n" not in r["text"][:-1]
        elif r["layout"] == "ragic_api":
            ((key, record),) = doc.items()
            assert key == str(record["_ragicId"]) and isinstance(record["_star"], bool)
            assert record["聯絡電話"] == tel and record["_index_title_"] == name
            assert re.fullmatch(r"\d{4}/\d{2}/\d{2}", record["最近聯繫日期"])
            assert record["聯繫紀錄"].startswith(f"{record['最近聯繫日期']} 去電 {tel}：")
        elif r["layout"] == "surveycake_webhook":
            assert re.fullmatch(r"[A-Za-z0-9]{5}", doc["svid"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", doc["submitTime"])
            answers = {q["subject"]: q for q in doc["result"]}
            assert [q["sn"] for q in doc["result"]] == list(range(1, 8))
            assert answers["聯絡電話"]["answer"] == [tel]
            assert answers["單位名稱"]["answer"] == [name]
        else:
            (dataset,) = doc["datasets"]
            fields = [f["name"] for f in dataset["data"]["fields"]]
            (values,) = dataset["data"]["allData"]
            assert dict(zip(fields, values, strict=True))["電話"] == tel
            (layer,) = doc["config"]["config"]["visState"]["layers"]
            assert layer["config"]["dataId"] == dataset["data"]["id"]
            assert doc["info"]["app"] == "kepler.gl"
            assert doc["info"]["description"].endswith(f"聯絡電話 {tel}。")


def test_provenance():
    sources = h240.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "wenlab501/long-term-care-web-wenlab501"
    assert tw["commit"] == "00b6c05facc3d3394b4d2da2a1901b705507fdea"
    assert tw["paths"] == [extractor.CARE, extractor.ELDERLY, extractor.HOME]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h240.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 600}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the fetched mirror is not on this machine")
def test_the_data_is_rebuilt_byte_for_byte_from_the_mirror():
    data = extractor.extract({"TW": MIRROR})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h240, "held_out_240", tmp_path)

"""held_out_331 of the PII evaluation set (scripts/pii_held_out_331.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_331 as h331  # noqa: E402 - the scripts folder's modules
import tw_moi_civil_associations_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h331.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h331.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h331.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h331.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "kktix_events": 120, "zoom_meeting": 120, "tappay_pay_by_prime": 120,
        "gboard_dictionary": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h331.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h331.PHONE)] += copies
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
    kinds = phone_kinds(records, h331.international)
    assert kinds == {"national:會址電話": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one fixed line in the list's shapes (no mobile, no free-phone,
    no second number, no extension), 480 distinct numbers, none of an earlier Taiwanese part's
    data; every row a registered association, its columns as published less the
    chairperson's name."""
    rows = h331.data()["rows"]
    tels = [h331.phone(row) for row in rows]
    assert all(source.SHAPE.fullmatch(tel) for tel in tels)
    assert not any(re.match(r"\(?0(9|80)", tel) for tel in tels)
    assert len({source.digits_of(tel) for tel in tels}) == 480
    assert not {source.digits_of(tel) for tel in tels} & source.earlier_numbers(
        source.DATA, source.EARLIER, "886"
    )
    keys = {"團體名稱", "團體類型", "成立日期", "社團狀態", "會址電話", "核准立案字號", "會址"}
    assert all(set(row["fields"]) == keys for row in rows)
    assert all(row["fields"]["社團狀態"] == "已立案" for row in rows)
    assert Counter(row["fields"]["團體類型"] for row in rows) == {"社會團體": 463, "職業團體": 17}
    assert sum(tel.startswith("(") for tel in tels) == 2
    assert sum(not tel.startswith(("0", "(")) for tel in tels) == 6
    assert sum(bool(h331.postcode(row)) for row in rows) == 438
    codes = [row["fields"]["核准立案字號"] for row in rows]
    assert sum(bool(code) for code in codes) == 418
    assert sum(code.startswith("09") for code in codes) == 179


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or the dictionary's plain text)."""
    if layout == "gboard_dictionary":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address stand in every record's text, outside the labels (the payment's
    address without its postcode, which stands in ``zip_code``)."""
    for r in records:
        row = _row(r)
        address = (
            h331.street(row) if r["layout"] == "tappay_pay_by_prime" else row["fields"]["會址"]
        )
        for value in (h331._f(row, "團體名稱"), address):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON, or the dictionary's tab-separated lines), the
    row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h331.phone(row), h331._f(row, "團體名稱")
        if r["layout"] == "gboard_dictionary":
            lines = text.splitlines()
            assert lines[0] == "# Gboard Dictionary version:1" and text.endswith("\n")
            entries = [line.split("\t") for line in lines[1:]]
            assert all(len(e) == 3 and e[2] == "zh-TW" for e in entries)
            assert len({e[0] for e in entries}) == len(entries)
            words = {e[1] for e in entries}
            assert tel in words and name in words
            assert f"{name} {row['fields']['會址']} 電話 {tel}" in words
            continue
        doc = json.loads(text)
        if r["layout"] == "kktix_events":
            assert doc["title"] == name and len(doc["entry"]) == 1
            entry = doc["entry"][0]
            assert entry["author"]["name"] == name
            assert entry["url"].startswith(doc["link"] + "/")
            assert f"洽詢電話：{tel}\n" in entry["content"]
            assert f"來電 {tel} 告知" in entry["content"]
        elif r["layout"] == "zoom_meeting":
            assert doc["type"] == 2 and doc["timezone"] == "Asia/Taipei"
            assert doc["topic"].startswith(name) and doc["settings"]["contact_name"] == name
            assert f"會務洽詢：{tel}\n" in doc["agenda"] and f"來電 {tel}。" in doc["agenda"]
            assert len(doc["agenda"]) <= 2000 and len(doc["topic"]) <= 200
        else:
            holder = doc["cardholder"]
            assert holder["phone_number"] == tel and holder["name"] == name
            assert holder["zip_code"] + holder["address"] == row["fields"]["會址"]
            assert holder["email"] == "" and doc["currency"] == "TWD"
            assert doc["additional_data"].endswith(f"聯絡電話 {tel}")
            assert re.fullmatch(r"[0-9a-f]{64}", doc["prime"])


def test_provenance():
    sources = h331.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "kiang/group.moi.gov.tw"
    assert tw["commit"] == "890a2721de75aa30323aa084492780c1ae59a908"
    assert tw["paths"] == ["list.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h331.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values())
    assert not any("理事長" in r["fields"] for r in rows)


def test_the_data_file_is_rebuilt_from_the_mirror_byte_for_byte():
    """The extractor writes the committed data file again from the fetched mirror (skipped
    where the mirror is not on this machine)."""
    git = Path("/work/.mirror/kiang+group.moi.gov.tw/repo")
    if not git.is_dir():
        pytest.skip("the source repository's mirror is not here")
    data = source.extract({"TW": git})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == source.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h331, "held_out_331", tmp_path)

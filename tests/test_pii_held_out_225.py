"""held_out_225 of the PII evaluation set (scripts/pii_held_out_225.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged and labelled whole at each copy; the unit's name and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the data file is what the
extractor reads from the source's mirror where it is on this machine. No recognizer runs here:
the part is scored from its committed file."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_225 as h225  # noqa: E402 - the scripts folder's modules
import tw_npa_police_stations_data as extractor  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MIRROR = Path("/work/.mirror/jensenyang2004+Safii/repo")
# the unit's identifiers, in every layout
IDENTIFIERS = ("中文單位名稱", "地址")
COPIES = {"pcc_tender": 2, "plurk_plurk": 2, "dcard_post": 1, "rime_custom_phrase": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h225.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h225.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h225.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h225.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:TW"
    assert Counter(r["layout"] for r in records) == {
        "pcc_tender": 125, "plurk_plurk": 125, "dcard_post": 125, "rime_custom_phrase": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_whole_and_unchanged(records):
    """The phone field is one number: each of its copies is labelled whole (area code, gap and
    number, a two-space gap too), under its column; nothing else is, and no distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h225.phone(row)
        assert h225.ONE_NUMBER.fullmatch(value) and personal_phone(value, "TW"), r["id"]
        copies = [m.start() for m in re.finditer(re.escape(value), text)]
        assert len(copies) == COPIES[r["layout"]], r["id"]
        assert r["spans"] == [
            [at, at + len(value), "PHONE_NUMBER", "national:電話"] for at in copies
        ], r["id"]
        assert r["distractors"] == [] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h225.international)
    assert kinds == {"national:電話": 875}


def test_the_data_keeps_the_published_shape():
    """500 of the agency's units, every phone field one number of nine or ten digits: the area
    code and the number apart by one space (448), two spaces (49) or a hyphen (2), one with an
    extension; no field with blanks around it; Taiwan's three-digit postcodes."""
    rows = h225.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", row["fields"]["電話"]) for row in rows)
    assert shapes == {
        "99 9999999": 284, "99 99999999": 84, "999 999999": 50, "99  99999999": 49,
        "999 9999999": 30, "99-9999999": 2, "99 99999999-9": 1,
    }  # fmt: skip
    assert all(row["fields"]["電話"] == h225.phone(row) for row in rows)
    assert all(re.fullmatch(r"\d{3}", row["fields"]["郵遞區號"]) for row in rows)
    kinds = Counter(row["fields"]["單位"] for row in rows)
    assert kinds["派出所"] == 387 and kinds["分駐所"] == 53 and kinds["分局"] == 49


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a table's text)."""
    if layout == "rime_custom_phrase":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name and address stand in every record's text where the layout writes
    them, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "地址" and r["layout"] == "plurk_plurk":
                continue  # only some posts name the address
            value = _encoded(r["layout"], h225._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library; the RIME table by
    its fixed shape: header comments, then tab-separated text, code and weight), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h225.phone(row), h225._f(row, "中文單位名稱")
        if r["layout"] == "pcc_tender":
            doc = json.loads(text)
            (notice,) = doc["records"]
            detail = notice["detail"]
            assert detail["機關資料:聯絡電話"] == tel and detail["機關資料:單位名稱"] == name
            assert detail["其他:附加說明"].endswith(f"電話：{tel}。")
            assert re.fullmatch(r"\d{8}", str(notice["date"]))
            assert doc["unit_name"] == detail["機關資料:機關名稱"]
        elif r["layout"] == "plurk_plurk":
            doc = json.loads(text)
            plurk = doc["plurk"]
            assert tel in plurk["content_raw"] and name in plurk["content_raw"]
            assert plurk["content"] == html.escape(plurk["content_raw"], quote=False)
            assert plurk["owner_id"] == doc["user"]["id"] and plurk["lang"] == "tr_ch"
            assert plurk["posted"].endswith(" GMT")
        elif r["layout"] == "dcard_post":
            doc = json.loads(text)
            assert f"電話 {tel} " in doc["content"] and name in doc["title"]
            assert doc["createdAt"] < doc["updatedAt"]
        else:
            assert text.startswith("# Rime table\n# coding: utf-8\n")
            entries = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
            assert all(len(e) == 3 and e[1].isalpha() and e[2].isdigit() for e in entries)
            code = h225._code(row)
            assert [tel, f"{code}dh"] in [e[:2] for e in entries]
            assert [f"{name} {tel}", f"{code}t"] in [e[:2] for e in entries]


def test_provenance():
    sources = h225.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "jensenyang2004/Safii"
    assert tw["commit"] == "827607fff661e4612cf253a1d144feb6feec261a"
    assert tw["paths"] == [extractor.PATH]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h225.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


@pytest.mark.skipif(not MIRROR.exists(), reason="the source's mirror is not on this machine")
def test_the_data_file_is_what_the_extractor_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(extractor, "OUT", tmp_path / "data.json")
    monkeypatch.setattr(sys, "argv", ["tw_npa_police_stations_data.py", str(MIRROR)])
    extractor.main()
    assert (tmp_path / "data.json").read_bytes() == h225.ROWS.read_bytes()


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h225, "held_out_225", tmp_path)

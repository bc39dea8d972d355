"""held_out_204 of the PII evaluation set (scripts/pii_held_out_204.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real TEL field,
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

import pii_held_out_204 as h204  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the place's identifiers, in every layout
IDENTIFIERS = ("Name", "Add2")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h204.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h204.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h204.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h204.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mozc_dictionary": 125, "skk_jisyo": 125, "aozora_text": 125, "garoon_event": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The TEL stands twice in each record; each number of it is labelled wherever it stands if
    a person could hold it (a distractor if not); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h204.phone(row)
        assert text.count(tel) == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(tel):
            number = tel[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h204.PHONE)] += 2
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
    kinds = phone_kinds(records, h204.international)
    assert kinds == {"national:TEL": 1000}


def test_the_data_keeps_the_published_shape():
    """Every kept row has a TEL of ten digits joined by ASCII hyphens (``03-3253-6258``); 345
    licensed and 155 unlicensed nurseries; the values as the GeoJSON gives them (strings, the
    ids, capacities and source numbers integers); one number shared by two rows."""
    rows = h204.data()["rows"]
    assert Counter(row["fields"]["Type"] for row in rows) == {"認可保育所": 345, "認可外": 155}
    for row in rows:
        tel = row["fields"]["TEL"]
        assert re.fullmatch(r"03-\d{4}-\d{4}", tel), tel
        assert all(isinstance(row["fields"][k], int) for k in ("HID", "Full", "sourceNo"))
        assert all(isinstance(row["fields"][k], str) for k in ("Name", "Add1", "Add2", "TEL"))
    assert len({row["fields"]["TEL"] for row in rows}) == 499


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h204._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document keeps its format's shape (read by the format's fixed syntax), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, hid = h204.phone(row), h204._f(row, "Name"), h204._f(row, "HID")
        if r["layout"] == "mozc_dictionary":
            entries = [line.split("\t") for line in text.splitlines()]
            assert all(len(e) == 4 for e in entries)
            words = {e[0]: e for e in entries}
            assert words["ほいくえんでんわ"][1] == tel and words["ほいくえん"][1] == name
            assert words["れんらくさき"][1] == f"{name}（電話 {tel}）"
        elif r["layout"] == "skk_jisyo":
            lines = text.splitlines()
            assert lines[0].startswith(";; -*- ") and "coding: utf-8" in lines[0]
            at = lines.index(";; okuri-nasi entries.")
            assert lines[1] == ";; okuri-ari entries." and at > 1
            entries = {}
            for line in lines[at + 1 :]:
                reading, body = line.split(" ", 1)
                assert body.startswith("/") and body.endswith("/")
                entries[reading] = [c.split(";")[0] for c in body[1:-1].split("/")]
            assert list(entries) == sorted(entries)
            assert entries["ほいくえんでんわ"] == [tel] and entries["しせつばんごう"] == [hid]
            assert entries["れんらくさき"] == [f"{name}（電話{tel}）"]
        elif r["layout"] == "aozora_text":
            lines = text.split("\r\n")
            assert lines[-1] == "" and "\n" not in text.replace("\r\n", "")
            assert lines[3] == lines[14] == "-" * 55
            assert lines[4] == "【テキスト中に現れる記号について】"
            assert f"［＃５字下げ］{name}［＃「{name}」は中見出し］" in lines
            assert f"［＃２字下げ］電話　{tel}" in lines
            assert any(line.startswith("底本：") for line in lines)
        else:
            event = json.loads(text)
            assert event["companyInfo"]["phone"] == tel and event["companyInfo"]["name"] == name
            assert f"当日の連絡は {tel} へ。施設番号 {hid}" in event["notes"]
            assert event["subject"].startswith(name) and event["eventType"] == "REGULAR"
            assert event["start"]["timeZone"] == event["end"]["timeZone"] == "Asia/Tokyo"
            assert event["start"]["dateTime"] < event["end"]["dateTime"]
            assert {a["type"] for a in event["attendees"]} == {"ORGANIZATION"}


def test_provenance():
    sources = h204.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "yoichigmf/papamama"
    assert jp["commit"] == "639455299728ff3459080c780f01bdf3b2e04bb8"
    assert jp["paths"] == ["data/nurseryFacilities.geojson"]
    assert "CC BY-SA 4.0" in jp["licence"] and jp["publisher"]
    rows = h204.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 500}
    assert not any("@" in str(v) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h204, "held_out_204", tmp_path)

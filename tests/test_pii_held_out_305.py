"""held_out_305 of the PII evaluation set (scripts/pii_held_out_305.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

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

import pii_held_out_305 as h305  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

ATOM = "{http://www.w3.org/2005/Atom}"
APP = "{http://www.w3.org/2007/app}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h305.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h305.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h305.data()["rows"]) == 302
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h305.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        if h305.bath(_row(r)):
            assert r["layout"] != "rakuten_travel", r["id"]
    assert Counter(r["layout"] for r in records) == {
        "rakuten_travel": 57, "msime_dictionary": 82, "howm_memo": 82, "hatena_atompub": 81,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h305.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "JP") else short)[(number, h305.PHONE)] += copies
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
    kinds = phone_kinds(records, h305.international)
    assert kinds == {"national:施設電話番号": 604}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of ten digits (eleven, an IP phone's ``050``), the
    area code, exchange and line joined by hyphens, no mobile's; 228 lodging businesses and 74
    public baths; the fields are strings as the workbooks give them, the operators' columns
    left out."""
    rows = h305.data()["rows"]
    assert Counter(h305.bath(row) for row in rows) == {False: 228, True: 74}
    for row in rows:
        value = row["fields"][h305.PHONE]
        assert value == h305.phone(row)
        assert re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{4}", value), value
        assert sum(c.isdigit() for c in value) == (11 if value.startswith("050-") else 10)
        assert not value.startswith(("070", "080", "090"))
        assert not any(key.startswith(("営業者", "申請者")) for key in row["fields"])
    assert sum(h305.phone(row).startswith("087-") for row in rows) == 295
    assert sum(h305.phone(row).startswith("050-") for row in rows) == 3
    assert Counter(h305._kind(row) for row in rows) == {
        "旅館・ホテル": 126, "簡易宿所": 102, "その他の公衆浴場": 66, "一般公衆浴場": 8,
    }  # fmt: skip


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or plain text)."""
    if layout == "hatena_atompub":
        return escape(value)
    if layout == "rakuten_travel":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, the address and the postcode stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h305._name(row), h305._f(row, "施設所在地１"), h305._f(row, "施設郵便番号")):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the IME
    export and the howm memo by their fixed shapes), the row's number where the format puts
    it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h305.phone(row), h305._name(row)
        if r["layout"] == "rakuten_travel":
            doc = json.loads(text)
            assert doc["pagingInfo"]["recordCount"] == 1
            info = doc["hotels"][0]["hotel"][0]["hotelBasicInfo"]
            assert info["telephoneNo"] == tel and info["hotelName"] == name
            assert info["postalCode"] == h305._f(row, "施設郵便番号")
            assert info["address1"] == "香川県" and info["address2"] == h305._address(row)
            assert f"お電話（{tel}）" in info["hotelSpecial"]
            assert info["hotelInformationUrl"].endswith(f"/{info['hotelNo']}.html")
        elif r["layout"] == "msime_dictionary":
            lines = text.split("\r\n")
            assert lines[:3] == ["!Microsoft IME Dictionary Tool", "!Version:", "!Format:WORDLIST"]
            assert lines[3].startswith("!User Dictionary Name: C:\\Users\\")
            assert lines[5].startswith("!DateTime: ") and lines[6] == ""
            words = [line.split("\t") for line in lines[7:] if line]
            assert all(len(w) == 4 and w[2] == "短縮よみ" for w in words), r["id"]
            assert all(re.fullmatch(r"[ぁ-ん]+", w[0]) for w in words), r["id"]
            assert words[0][1] == name and words[0][3] == f"TEL {tel}"
            assert words[1][1] == tel and words[1][3] == name
        elif r["layout"] == "howm_memo":
            lines = text.split("\n")
            assert lines[0].startswith("= 高松 ") and lines[0].endswith(name)
            assert re.fullmatch(r"\[\d{4}-\d\d-\d\d \d\d:\d\d\]", lines[1])
            assert lines[2] == f"<<< {name}" and lines[7].startswith(">>> ")
            assert f"TEL: {tel}" in lines
            mark = "-" if h305.bath(row) else "+"
            assert re.fullmatch(rf"\[\d{{4}}-\d\d-\d\d\]{re.escape(mark)} .* {tel}", lines[8])
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{ATOM}entry"
            assert root.findtext(f"{APP}control/{APP}draft") == "yes"
            content = root.find(f"{ATOM}content")
            assert content.get("type") == "text/plain"
            assert f"| 電話 | {tel} |" in content.text
            assert content.text.startswith(f"## {name}\n")
            assert root.findtext(f"{ATOM}title").startswith(name)


def test_provenance():
    sources = h305.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "takamatsu-city/opendata"
    assert jp["commit"] == "6fc71c75406e9f2687e84076558cb497c2ce0570"
    assert jp["paths"] == [
        "data/new_hostels/0103_202607.xlsx", "data/new_public_baths/0104_202607.xlsx",
    ]  # fmt: skip
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    rows = h305.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 302}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h305, "held_out_305", tmp_path)

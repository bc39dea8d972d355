"""held_out_283 of the PII evaluation set (scripts/pii_held_out_283.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name, codes and address are in the text and unlabelled) and
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

import pii_held_out_283 as h283  # noqa: E402 - the scripts folder's modules
import tw_fsc_financial_institutions_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

FPML = "{http://www.fpml.org/FpML-5/confirmation}"
# the row's identifiers, in the layouts that carry Chinese text (the MT199 carries the codes)
IDENTIFIERS = ("機構名稱", "地址")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h283.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h283.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h283.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h283.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "overpass_json": 120, "anki_notes": 120, "swift_mt199": 120, "fpml_deposit": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands, under its column;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h283.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "TW"), number
            expected[(number, h283.PHONE)] += copies
        assert sum(expected.values()) == 2, r["id"]
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h283.international)
    assert kinds == {"national:電話": 908, "international:電話": 52}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one number in the list's shapes, as published (no blank
    around it), each number once; the kinds of institution; no manager's name is kept."""
    rows = h283.data()["rows"]
    tels = [row["fields"]["電話"] for row in rows]
    assert all(source.SHAPE.fullmatch(tel) for tel in tels)
    assert len(set(tels)) == len(tels) == 480
    assert all(tel == h283.phone(row) for tel, row in zip(tels, rows, strict=True))
    assert sum(tel.startswith("+") for tel in tels) == 26
    assert Counter(row["fields"]["類別"] for row in rows) == {
        "本國銀行": 370, "證券商": 61, "信用合作社": 39, "票券商": 7, "信用卡公司": 2,
        "外國銀行": 1,
    }  # fmt: skip
    assert all(source.PERSON not in row["fields"] for row in rows)
    assert Counter(h283.country(row) for row in rows)["TW"] == 454


def test_the_data_takes_no_number_of_the_earlier_taiwanese_parts():
    earlier = source.earlier_numbers(source.DATA, source.EARLIER)
    assert len(earlier) > 3000
    assert not any(source.digits_of(h283.phone(row)) in earlier for row in h283.data()["rows"])


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML or HTML text)."""
    if layout == "overpass_json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and address (the codes in the MT199) stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        if r["layout"] == "swift_mt199":
            values = [h283._f(row, "總機構代號"), h283._f(row, "分支機構代號")]
        else:
            values = [_encoded(r["layout"], h283._f(row, c)) for c in IDENTIFIERS]
        for value in values:
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


MT199 = re.compile(
    r"\{1:F01[A-Z]{4}TWTPAXXX\d{10}\}\{2:I199[A-Z]{4}[A-Z0-9]{4}XXXXN\}"
    r"\{3:\{108:(TW\d{10})\}\}\{4:\r\n:20:\1\r\n:21:NONREF\r\n:79:(.*?)\r\n-\}"
    r"\{5:\{CHK:[0-9A-F]{12}\}\}\r\n",
    re.S,
)
# SWIFT's X character set
X_SET = re.compile(r"[A-Za-z0-9/\-?:().,'+ \r\n{}]*")


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the Anki file
    and the MT199 by their fixed shapes), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h283.phone(row), h283._f(row, "機構名稱")
        if r["layout"] == "overpass_json":
            doc = json.loads(text)
            assert doc["version"] == 0.6 and doc["generator"].startswith("Overpass API")
            (element,) = doc["elements"]
            tags = element["tags"]
            assert element["type"] == "node" and tags["phone"] == tel and tags["name"] == name
            assert tags.get("amenity") == "bank" or tags.get("office") == "financial"
            assert tags["ref"] == h283.code(row) and f"電話 {tel}（" in tags["note"]
        elif r["layout"] == "anki_notes":
            lines = text.split("\n")
            assert lines[:5] == [
                "#separator:tab", "#html:true", "#notetype column:1", "#deck column:2",
                "#tags column:5",
            ]  # fmt: skip
            basic, cloze = (line.split("\t") for line in lines[5:7])
            assert lines[7:] == [""] and len(basic) == len(cloze) == 5
            assert basic[0] == "Basic" and cloze[0] == "Cloze" and basic[1] == cloze[1]
            assert basic[3].endswith(tel) and cloze[2].endswith(f"{{{{c1::{tel}}}}}")
        elif r["layout"] == "swift_mt199":
            m = MT199.fullmatch(text)
            assert m, r["id"]
            assert X_SET.fullmatch(text), r["id"]
            narrative = m.group(2).split("\r\n")
            assert len(narrative) <= 35 and all(len(line) <= 50 for line in narrative)
            assert f"TELEPHONE {tel}" in narrative and f"{tel} DURING BUSINESS HOURS" in narrative
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{FPML}dataDocument" and root.get("fpmlVersion") == "5-12"
            party = root.find(f"{FPML}party[@id='party1']")
            assert party.findtext(f"{FPML}partyName") == name
            assert party.findtext(f"{FPML}partyId") == h283.code(row)
            numbers_ = [e.text for e in party.iter(f"{FPML}number")]
            assert numbers_ == [tel, tel]
            deposit = root.find(f"{FPML}trade/{FPML}termDeposit")
            refs = {
                deposit.find(f"{FPML}payerPartyReference").get("href"),
                deposit.find(f"{FPML}receiverPartyReference").get("href"),
            }
            assert refs == {"party1", "party2"}


def test_provenance():
    sources = h283.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "nczz/taiwan-banks-list"
    assert tw["commit"] == "cb098b37429045617c97b72563e75d5e1a617353"
    assert tw["paths"] == ["金融機構基本資料.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h283.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h283, "held_out_283", tmp_path)

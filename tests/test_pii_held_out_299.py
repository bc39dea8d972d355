"""held_out_299 of the PII evaluation set (scripts/pii_held_out_299.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the code, name and address are in the text and unlabelled) and
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

import pii_held_out_299 as h299  # noqa: E402 - the scripts folder's modules
import tw_twse_securities_branches_data as source  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the broker's identifiers, in every layout (the FIX log is ASCII: its code only)
IDENTIFIERS = {"證券商代號": "all", "證券商名稱": "chinese", "地址": "chinese"}
FIXML = "{http://www.fixprotocol.org/FIXML-5-0-SP2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h299.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h299.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h299.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h299.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "twse_openapi_jq": 120, "mops_announcement": 120, "fix44_log": 120,
        "fixml_trade_capture": 120,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """The number of the phone field is labelled wherever the field stands (twice in every
    layout), under its column; nothing else is, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h299.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "TW"), r["id"]
            expected[(value[s:e], h299.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h299.international)
    assert kinds == {"national:電話": 960}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is one Taiwanese number in the list's shapes, 480 distinct and
    none of the earlier Taiwanese parts'; the fields are the file's five columns, strings as
    published, the opening day in the Republic of China calendar."""
    rows = h299.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h299.phone(row)) for row in rows)
    assert shapes == {
        "99-99999999": 211, "99-9999999": 187, "99-9999-9999": 20, "99-999-9999": 16,
        "999-999999": 16, "(99)99999999": 14, "(99)999-9999": 5, "999-9999999": 3,
        "999999999": 2, "(99)9999999": 2, "999-999-9999": 2, "99999999": 1, "9999-9999": 1,
    }  # fmt: skip
    digits = [re.sub(r"\D", "", h299.phone(row)) for row in rows]
    assert len(set(digits)) == 480
    assert not set(digits) & source.earlier_numbers(source.DATA, source.EARLIER, "886")
    for row in rows:
        assert list(row["fields"]) == ["證券商代號", "證券商名稱", "開業日", "地址", "電話"]
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert row["fields"]["電話"] == h299.phone(row)
        assert re.fullmatch(r"\d{2,3}/\d{2}/\d{2}", row["fields"]["開業日"])
    assert [int(r["path"].rsplit("#", 1)[1]) for r in rows] == sorted(
        int(r["path"].rsplit("#", 1)[1]) for r in rows
    )


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML attribute text, or as is)."""
    if layout == "twse_openapi_jq":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "fixml_trade_capture":
        return escape(value, {'"': "&quot;"})
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The code, name and address stand in every record's text (the FIX log holds the code
    only), outside the labels (the code where it stands alone, not as digits of a number)."""
    for r in records:
        for column, where in IDENTIFIERS.items():
            if where == "chinese" and r["layout"] == "fix44_log":
                continue
            value = h299._f(_row(r), column)
            if r["layout"] == "mops_announcement" and column == "證券商名稱":
                value = h299.firm(_row(r))
            value = _encoded(r["layout"], value)
            alone = rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])"
            found = [m.start() for m in re.finditer(alone, r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _fix_fields(message: str) -> list[tuple[str, str]]:
    """The (tag, value) pairs of one SOH-separated FIX message, after checking its body length
    and checksum."""
    assert message.endswith(h299.SOH)
    fields = [tuple(f.split("=", 1)) for f in message[:-1].split(h299.SOH)]
    assert fields[0] == ("8", "FIX.4.4") and fields[1][0] == "9" and fields[-1][0] == "10"
    head = f"8=FIX.4.4{h299.SOH}9={fields[1][1]}{h299.SOH}"
    body = message[len(head) : message.rindex("10=")]
    assert int(fields[1][1]) == len(body.encode("ascii"))
    assert int(fields[-1][1]) == sum((head + body).encode("ascii")) % 256
    return fields


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (jq's JSON and FIXML by the standard library, the
    FIX messages by their framing, the announcement by its fixed lines), the row's number where
    the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, code = h299.phone(row), h299._f(row, "證券商代號")
        if r["layout"] == "twse_openapi_jq":
            lines = text.split("\n")
            assert h299.OPENAPI in lines[0]
            end = lines.index("}")
            obj = json.loads("\n".join(lines[2 : end + 1]))
            assert obj == row["fields"]
            assert lines[end + 2] == tel and lines[end + 1].endswith("| .電話'")
        elif r["layout"] == "mops_announcement":
            lines = text.splitlines()
            assert lines[0].startswith("本資料由　(公開發行公司) ")
            assert lines[2].startswith("主旨\t") and lines[4] == "說明"
            items = lines[5:]
            assert [item.split(".", 1)[0] for item in items] == [str(i) for i in range(1, 8)]
            assert items[5] == f"6.因應措施:新址：{h299._f(row, '地址')}；電話：{tel}。"
            assert items[6].endswith(f"電話 {tel}。") and f"證券商代號{code}，" in items[6]
        elif r["layout"] == "fix44_log":
            lines = text.splitlines()
            assert len(lines) == 2
            beat, confirm = (_fix_fields(line.split(": ", 1)[1]) for line in lines)
            assert ("35", "0") in beat
            pairs = dict(confirm)
            assert pairs["35"] == "AK" and pairs["448"] == code and pairs["452"] == "1"
            assert ("523", tel) in confirm and confirm[confirm.index(("523", tel)) + 1] == (
                "803",
                "7",
            )
            assert pairs["58"].endswith(f"tel {tel}")
            assert int(pairs["34"]) == int(dict(beat)["34"]) + 1
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{FIXML}FIXML" and root.get("v") == "5.0"
            side = root.find(f"{FIXML}TrdCaptRpt/{FIXML}RptSide")
            assert side.get("Txt").endswith(tel)
            pty = side.find(f"{FIXML}Pty")
            assert pty.get("ID") == code and pty.get("R") == "1"
            subs = {s.get("Typ"): s.get("ID") for s in pty.findall(f"{FIXML}Sub")}
            assert subs == {
                "5": h299._f(row, "證券商名稱"), "6": h299._f(row, "地址"), "7": tel,
            }  # fmt: skip


def test_provenance():
    sources = h299.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "a86681718/StockAnalysis"
    assert tw["commit"] == "9cded174328aed25f19b63bc0eb0bf475f1b24d2"
    assert tw["paths"] == ["broker_list.csv"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h299.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 480}
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h299, "held_out_299", tmp_path)

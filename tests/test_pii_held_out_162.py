"""held_out_162 of the PII evaluation set (scripts/pii_held_out_162.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name, code and address are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_162 as h162  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the clinic's identifiers, in every layout
IDENTIFIERS = ("name", "code", "address")
GEINV = "{urn:GEINV:eInvoiceMessage:C0401:4.0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h162.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h162.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h162.data()["rows"]) == 446
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h162.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "einvoice_c0401": 112, "json_canvas": 112, "drawio_mxfile": 111, "excalidraw_scene": 111,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h162.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "TW") else short)[(number, h162.PHONE)] += copies
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
    assert kinds == {"national:phone": 904}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, each digit in one of the
    numbers the part labels; 6 fields hold two numbers (5 after ``、``, 1 after three
    blanks), 3 an extension after ``#``; the codes have ten digits, three nine (their leading
    zero dropped as published); the register's responsible physician is not copied."""
    rows = h162.data()["rows"]
    for row in rows:
        value = h162.phone(row)
        digits = [c for c in value.split("#")[0] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        covered = sum(c.isdigit() for s, e in numbers(value) for c in value[s:e])
        assert covered == len(digits), value
        assert "contact" not in row["fields"]
        assert set(row["fields"]) == {
            "name", "code", "address", "district", "ownership", "phone", "departments",
        }  # fmt: skip
        assert re.fullmatch(r"\d{9,10}", row["fields"]["code"])
    assert sum("、" in h162.phone(row) for row in rows) == 5
    assert sum(len(numbers(h162.phone(row))) == 2 for row in rows) == 6
    assert sum("#" in h162.phone(row) for row in rows) == 3
    assert sum(row["fields"]["phone"] != h162.phone(row) for row in rows) == 1
    # three codes as published without their leading zero (``412040012``)
    assert sum(len(row["fields"]["code"]) == 9 for row in rows) == 3


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (JSON string text, XML text or an XML attribute's
    escaped HTML)."""
    if layout == "einvoice_c0401":
        return escape(value)
    if layout == "drawio_mxfile":
        return escape(escape(value))
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, code and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h162._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_tax_ids_pass_their_check():
    import random

    for seed in range(50):
        value = h162.ubn(random.Random(seed))
        digits = [int(c) for c in value]
        sums = [sum(divmod(d * w, 10)) for d, w in zip(digits, h162.UBN_WEIGHTS, strict=True)]
        assert sum(sums) % 5 == 0 or (digits[6] == 7 and (sum(sums) + 1) % 5 == 0)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h162.phone(row), h162._f(row, "name")
        if r["layout"] == "einvoice_c0401":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{GEINV}Invoice"
            buyer = root.find(f"{GEINV}Main/{GEINV}Buyer")
            assert buyer.findtext(f"{GEINV}TelephoneNumber") == tel
            assert buyer.findtext(f"{GEINV}Name") == name
            assert re.fullmatch(r"\d{8}", buyer.findtext(f"{GEINV}Identifier"))
            assert root.findtext(f"{GEINV}Main/{GEINV}MainRemark").endswith(f"聯絡電話 {tel}")
            assert re.fullmatch(
                r"[A-Z]{2}\d{8}", root.findtext(f"{GEINV}Main/{GEINV}InvoiceNumber")
            )
            items = root.findall(f"{GEINV}Details/{GEINV}ProductItem")
            sales = sum(int(i.findtext(f"{GEINV}Amount")) for i in items)
            amount = root.find(f"{GEINV}Amount")
            assert int(amount.findtext(f"{GEINV}SalesAmount")) == sales
            total = sales + int(amount.findtext(f"{GEINV}TaxAmount"))
            assert int(amount.findtext(f"{GEINV}TotalAmount")) == total
        elif r["layout"] == "json_canvas":
            doc = json.loads(text)
            nodes = {node["id"]: node for node in doc["nodes"]}
            for edge in doc["edges"]:
                assert edge["fromNode"] in nodes and edge["toNode"] in nodes
            card, reminder, file = doc["nodes"]
            assert card["text"].startswith(f"## {name}\n") and card["text"].endswith(f"電話：{tel}")
            assert f" {tel}\n" in reminder["text"] and file["type"] == "file"
        elif r["layout"] == "drawio_mxfile":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "mxfile" and root.get("host") == "app.diagrams.net"
            cells = root.findall("diagram/mxGraphModel/root/mxCell")
            ids = {cell.get("id") for cell in cells}
            values = [cell.get("value") or "" for cell in cells]
            head, tail = f"<b>{escape(name)}</b><br>", f"電話：{escape(tel)}"
            assert any(v.startswith(head) and v.endswith(tail) for v in values)
            assert any(v.endswith(f" {escape(tel)}") and "<br>" not in v for v in values)
            for cell in cells:
                if cell.get("edge") == "1":
                    assert cell.get("source") in ids and cell.get("target") in ids
        else:
            doc = json.loads(text)
            assert doc["type"] == "excalidraw" and doc["version"] == 2
            rect, label = doc["elements"]
            assert label["containerId"] == rect["id"]
            assert rect["boundElements"] == [{"type": "text", "id": label["id"]}]
            assert label["text"] == label["originalText"]
            assert label["text"].startswith(f"{name}\n") and label["text"].endswith(f"電話：{tel}")


def test_provenance():
    sources = h162.data()["sources"]
    assert set(sources) == {"TW"}
    tw = sources["TW"]
    assert tw["repository"] == "71658-dev/Clinic-Search"
    assert tw["commit"] == "5e15d1b4d8cad1ec1e88ab0594fed094d157ee17"
    assert tw["paths"] == ["clinic_data.js"]
    assert "not confirmed" in tw["licence"] and tw["publisher"]
    rows = h162.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"TW": 446}
    assert not any("@" in v for r in rows for v in r["fields"].values() if isinstance(v, str))


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h162, "held_out_162", tmp_path)

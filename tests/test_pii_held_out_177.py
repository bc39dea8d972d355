"""held_out_177 of the PII evaluation set (scripts/pii_held_out_177.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the post office's name, code and address are in the text
and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here:
the part is scored from its committed file."""

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

import pii_held_out_177 as h177  # noqa: E402 - the scripts folder's modules
import vn_post_offices_data  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the post office's identifiers, in every layout
IDENTIFIERS = ("name", "code", "detailAddress")
EDXML = "{http://www.mic.gov.vn/TBT/QCVN_102_2016}"
XML_LAYOUTS = ("vn_einvoice_xml", "edxml_package")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h177.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h177.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h177.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h177.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["split"] == "held_out_177"
    assert Counter(r["layout"] for r in records) == {
        "vn_einvoice_xml": 100, "edxml_package": 100, "epcis_document": 100, "gbp_locations": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h177.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "VN") else short)[(number, h177.PHONE)] += copies
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
    kinds = phone_kinds(records, h177.international)
    assert kinds == {"national:phone": 802}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; as the list
    left them: most one run of digits with no trunk ``0`` (a number literal), some with a
    decimal point, some strings with the trunk ``0``, one with dots and no area code, one field
    with two numbers; each (code, name, phone) once; the fields
    are strings (a number literal as written)."""
    rows = h177.data()["rows"]
    phones = [h177.phone(row) for row in rows]
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
    assert sum(re.fullmatch(r"[1-9]\d{6,9}", p) is not None for p in phones) == 365
    assert sum(re.fullmatch(r"[1-9]\d{2,3}\.\d{6,7}", p) is not None for p in phones) == 18
    assert sum(p.startswith("0") for p in phones) == 15
    assert "3.560.999" in phones and "3874222; 3874206" in phones
    assert sum(len(numbers(p)) == 2 for p in phones) == 1
    assert (
        len({(r["fields"]["code"], r["fields"]["name"], r["fields"]["phone"]) for r in rows}) == 400
    )


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string)."""
    if layout in XML_LAYOUTS:
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, code and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h177._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _gs1_ok(digits: str) -> bool:
    return h177._gs1(digits[:-1]) == digits


def _s10_ok(item: str) -> bool:
    serial, check = item[2:10], int(item[10])
    total = sum(int(c) * w for c, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    want = 11 - total % 11
    return check == (0 if want == 10 else 5 if want == 11 else want)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number where the format puts it; the invoice's totals add up, the GS1 keys and the S10
    item number carry their check digits."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h177.phone(row), h177._office(row)
        if r["layout"] == "vn_einvoice_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "HDon"
            seller = root.find("DLHDon/NDHDon/NBan")
            assert seller.findtext("SDThoai") == tel
            assert seller.findtext("Ten").endswith(f" - {name}")
            notes = {t.findtext("TTruong"): t.findtext("DLieu") for t in seller.iter("TTin")}
            assert notes["MaBuuCuc"] == h177._f(row, "code")
            assert notes["GhiChu"].endswith(f"điện thoại {tel}")
            total = root.find("DLHDon/NDHDon/TToan")
            lines = root.findall("DLHDon/NDHDon/DSHHDVu/HHDVu")
            assert sum(int(x.findtext("ThTien")) for x in lines) == int(total.findtext("TgTCThue"))
            assert int(total.findtext("TgTTTBSo")) == int(total.findtext("TgTCThue")) + int(
                total.findtext("TgTThue")
            )
            assert total.findtext("TgTTTBChu").endswith(" đồng")
            assert re.fullmatch(r"C\d\dT[A-Z]{2}", root.findtext("DLHDon/TTChung/KHHDon"))
        elif r["layout"] == "edxml_package":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{EDXML}edXMLEnvelope"
            header = root.find(f"{EDXML}edXMLHeader/{EDXML}MessageHeader")
            sender = header.find(f"{EDXML}From")
            assert sender.findtext(f"{EDXML}Telephone") == tel
            assert sender.findtext(f"{EDXML}OrganName") == name
            content = header.findtext(f"{EDXML}Content")
            assert content.endswith(f"điện thoại: {tel}.")
            assert header.findtext(f"{EDXML}DocumentType/{EDXML}TypeName") == "Công văn"
        elif r["layout"] == "epcis_document":
            doc = json.loads(text)
            assert doc["type"] == "EPCISDocument" and doc["schemaVersion"] == "2.0"
            (event,) = doc["epcisBody"]["eventList"]
            assert event["type"] == "ObjectEvent" and event["action"] == "OBSERVE"
            office = event["vnp:buuCuc"]
            assert office["vnp:dienThoai"] == tel and office["vnp:ten"] == name
            assert office["vnp:maBuuCuc"] == h177._f(row, "code")
            assert event["vnp:ghiChu"].endswith(f": {tel}")
            assert _s10_ok(event["vnp:soHieuBuuGui"])
            assert _gs1_ok(event["epcList"][0].rsplit("/", 1)[1])
            assert _gs1_ok(event["bizLocation"]["id"].rsplit("/", 1)[1])
        else:
            doc = json.loads(text)
            (location,) = doc["locations"]
            assert location["phoneNumbers"]["primaryPhone"] == tel
            assert location["storeCode"] == h177._f(row, "code")
            assert location["storefrontAddress"]["regionCode"] == "VN"
            assert location["profile"]["description"].endswith(f"Điện thoại bưu cục: {tel}.")
            assert (
                location["categories"]["primaryCategory"]["name"] == "categories/gcid:post_office"
            )


def test_amounts_in_words():
    assert h177._words(495550) == "Bốn trăm chín mươi lăm nghìn năm trăm năm mươi đồng"
    assert h177._words(1005000) == "Một triệu không trăm linh năm nghìn đồng"
    assert h177._words(21000) == "Hai mươi mốt nghìn đồng"


def test_the_extractor_reads_the_literals_as_written():
    text = (
        'export default [\n    {\n     id: 1,\n     code: 100000,\n     name: "Giao dịch",\n'
        "     phone: 2213.932932\n    },\n    {\n     id: 2,\n"
        '     phone: "02223.776.333 \\/02223"\n    }\n   ]\n'
    )
    assert vn_post_offices_data.parse(text) == [
        {"id": "1", "code": "100000", "name": "Giao dịch", "phone": "2213.932932"},
        {"id": "2", "phone": "02223.776.333 /02223"},
    ]


def test_provenance():
    sources = h177.data()["sources"]
    assert set(sources) == {"VN"}
    vn = sources["VN"]
    assert vn["repository"] == "HThanh-how/order-management"
    assert vn["commit"] == "af20a8a0482055e2fa0c4f18a41698e5e877ecb7"
    assert vn["paths"] == ["app/_lib/PostOfficeLocation.tsx"]
    assert "not confirmed" in vn["licence"] and vn["publisher"]
    rows = h177.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"VN": 400}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h177, "held_out_177", tmp_path)

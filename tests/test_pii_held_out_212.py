"""held_out_212 of the PII evaluation set (scripts/pii_held_out_212.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the branch's name and address are in the text and
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

import pii_held_out_212 as h212  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the branch's identifiers, in every layout
IDENTIFIERS = ("name", "address")
KEC = "{urn:kr:or:kec:standard:Tax:ReusableAggregateBusinessInformationEntitySchemaModule:1:0}"
# copies of (phone, fax) each layout writes of a row that has both
COPIES = {
    "etax_invoice": (2, 1),
    "kakao_skill": (2, 2),
    "jandi_webhook": (2, 2),
    "alimtalk_template": (2, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h212.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h212.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h212.data()["rows"]) == 177
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h212.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "etax_invoice": 45, "kakao_skill": 44, "jandi_webhook": 44, "alimtalk_template": 44,
    }  # fmt: skip


def test_numbers_keep_the_shortened_lines_with_the_number_they_shorten():
    def split(field: str) -> list[str]:
        return [field[s:e] for s, e in h212.numbers(field)]

    assert split("02-2171-1104") == ["02-2171-1104"]
    assert split("02-3275-8706, 8708~8710,8712") == ["02-3275-8706, 8708~8710,8712"]
    assert split("055-639-7142~3, 055-639-7150~6") == ["055-639-7142~3", "055-639-7150~6"]
    assert split("051-801-4473,") == ["051-801-4473"]
    assert split("031-550-91409141~9143-") == ["031-550-91409141~9143"]
    assert split("02- 2620-9804") == ["02- 2620-9804"]
    assert split("054-330-0741-745, 0746-748") == ["054-330-0741-745, 0746-748"]


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under
    its column, as often as the layout writes it; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for column, value, copies in zip(
            (h212.PHONE, h212.FAX),
            (h212.phone(row), h212.fax(row)),
            COPIES[r["layout"]],
            strict=True,
        ):
            if not value:
                continue
            assert text.count(value) == copies, (r["id"], column)
            for s, e in h212.numbers(value):
                assert personal_phone(value[s:e], "KR")
                expected[(value[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h212.international)
    assert kinds == {"national:phone": 356, "national:fax": 307}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; one row has no fax; 99
    benefits departments (보험급여부) and 78 teams (보험급여팀) in 17 regions; the fields are
    the list's strings, none with blanks around it; 29 postcodes lost their leading ``0``."""
    rows = h212.data()["rows"]
    assert Counter(row["fields"]["department"] for row in rows) == {
        "보험급여부": 99,
        "보험급여팀": 78,
    }
    assert len({row["fields"]["region"] for row in rows}) == 17
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["phone"]) >= 6
        assert all(v == v.strip() for v in row["fields"].values())
    assert sum(not h212.fax(row) for row in rows) == 1
    assert sum(h212.postcode(row) != row["fields"]["postalCode"] for row in rows) == 29
    assert sum(len(h212.numbers(h212.phone(row))) == 2 for row in rows) == 1


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "etax_invoice":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The branch's name and address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h212._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h212.phone(row), h212.fax(row), h212.branch(row)
        if r["layout"] == "etax_invoice":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{KEC}TaxInvoice"
            doc = root.find(f"{KEC}TaxInvoiceDocument")
            assert doc.findtext(f"{KEC}TypeCode") == "0101"
            assert re.fullmatch(r"\d{16}[0-9a-f]{8}", doc.findtext(f"{KEC}IssueID"))
            notes = [d.text for d in doc.findall(f"{KEC}DescriptionText")]
            assert f"전화 {tel}" in notes[1] and (not fax or f"팩스 {fax}" in notes[1])
            invoicee = root.find(f"{KEC}TaxInvoiceTradeSettlement/{KEC}InvoiceeParty")
            assert invoicee.findtext(f"{KEC}NameText") == name
            contact = invoicee.find(f"{KEC}PrimaryDefinedContact")
            assert contact.findtext(f"{KEC}TelephoneCommunication") == tel
            for party in ("InvoicerParty", "InvoiceeParty"):
                brn = root.findtext(f"{KEC}TaxInvoiceTradeSettlement/{KEC}{party}/{KEC}ID")
                digits = list(map(int, brn))
                weights = (1, 3, 7, 1, 3, 7, 1, 3, 5)
                total = sum(d * w for d, w in zip(digits, weights, strict=False))
                assert (total + digits[8] * 5 // 10 + digits[9]) % 10 == 0, brn
            summation = root.find(f"{KEC}TaxInvoiceTradeSettlement/{KEC}SpecifiedMonetarySummation")
            supply, tax, grand = (
                int(summation.findtext(f"{KEC}{tag}"))
                for tag in ("ChargeTotalAmount", "TaxTotalAmount", "GrandTotalAmount")
            )
            assert supply + tax == grand and tax == supply // 10
        elif r["layout"] == "kakao_skill":
            doc = json.loads(text)
            assert doc["version"] == "2.0"
            card = doc["template"]["outputs"][1]["basicCard"]
            assert card["title"] == name and f"전화: {tel}" in card["description"]
            buttons = {b["action"]: b for b in card["buttons"]}
            assert buttons["phone"]["phoneNumber"] == tel
            if fax:
                assert f"팩스: {fax}" in card["description"]
                assert buttons["message"]["messageText"].endswith(f"팩스 {fax}")
            assert len(card["buttons"]) <= 3
            assert all(len(b["label"]) <= 14 for b in card["buttons"])
        elif r["layout"] == "jandi_webhook":
            doc = json.loads(text)
            assert set(doc) == {"body", "connectColor", "connectInfo"}
            info = {item["title"]: item["description"] for item in doc["connectInfo"]}
            assert info["전화"] == tel and info.get("팩스", "") == fax
            assert f"전화 {tel}" in info["메모"] and info["지사"].startswith(name)
        else:
            doc = json.loads(text)
            assert doc["templateMessageType"] == "EX" and len(doc["templateCode"]) <= 20
            assert f"■ 문의: {tel}" in doc["templateContent"]
            assert f"전화 {tel}" in doc["templateExtra"]
            if fax:
                assert f"■ 팩스: {fax}" in doc["templateContent"]


def test_provenance():
    sources = h212.data()["sources"]
    assert set(sources) == {"KR"}
    kr = sources["KR"]
    assert kr["repository"] == "950508lee-code/nhis-guide"
    assert kr["commit"] == "890ef9871f67926a6cd57601a86c3bf000030854"
    assert kr["path"] == "lib/branches.ts"
    assert "not confirmed" in kr["licence"] and kr["publisher"]
    rows = h212.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"KR": 177}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h212, "held_out_212", tmp_path)

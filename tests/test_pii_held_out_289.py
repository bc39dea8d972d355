"""held_out_289 of the PII evaluation set (scripts/pii_held_out_289.py): its committed records
keep the generator's invariants (every labelled phone is the number of one of the record's real
telephone or fax fields, copied unchanged, each copy labelled; the name, address and member id
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
recognizer runs here: the part is scored from its committed file."""

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

import jp_nii_ill_libraries_data as nii  # noqa: E402 - the scripts folder's modules
import pii_held_out_289 as h289  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

ILL = "{http://illtransactions.org/2013/iso18626}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h289.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h289.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h289.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h289.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "iso18626_request": 90, "alma_partner": 90, "folio_organization": 90,
        "koha_ill_patron": 90,
    }  # fmt: skip


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """Each number of the record's telephone and fax fields is labelled wherever it stands,
    under its column (a number in both under the telephone's); nothing else is, and there are
    no distractors."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        seen = set()
        for column, fields in ((h289.TEL, h289.tels(row)), (h289.FAX, h289.faxes(row))):
            for field in fields:
                number = h289.number(field)
                if number in seen:
                    continue
                seen.add(number)
                copies = len(re.findall(rf"(?<!\d){re.escape(number)}(?!\d)", text))
                assert copies >= 1, (r["id"], field)
                expected[(number, column)] += copies
        labelled = Counter((text[s:e], kind.split(":", 1)[1]) for s, e, t, kind in r["spans"])
        assert labelled == expected, r["id"]
        assert all(t == "PHONE_NUMBER" for _, _, t, _ in r["spans"])
        assert not r["distractors"] and not r["unscored"]


def test_every_field_is_written_whole(records):
    """Each telephone and fax field stands whole (note and all) in its record's text, as the
    layout encodes a string, and the first telephone's number at least twice."""
    for r in records:
        row = _row(r)
        for field in h289.tels(row) + h289.faxes(row):
            assert _encoded(r["layout"], field) in r["text"], (r["id"], field)
        first = h289.number(h289.tels(row)[0])
        assert r["text"].count(first) >= 2, r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h289.international)
    assert kinds == {"national:v:tel": 745, "national:v:fax": 338}


def test_the_data_keeps_the_published_shape():
    """Every kept record has a telephone, each telephone and fax field one number of ten or
    eleven digits with its note; the notes kept as published (``(DI)``, ``ILL担当: ``); no
    record keeps ``dc:description`` (staff names and e-mail addresses)."""
    rows = h289.data()["rows"]
    notes = 0
    for row in rows:
        assert nii.clean(row["fields"])
        assert "dc:description" not in row["fields"]
        for field in h289.tels(row) + h289.faxes(row):
            notes += field != h289.number(field)
    assert notes > 0
    assert Counter(len(h289.tels(row)) for row in rows)[1] > 300
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    assert not any(email.search(json.dumps(row["fields"], ensure_ascii=False)) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "iso18626_request":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name, address and member id stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h289.name(row), h289.address(row), row["fields"]["cinii:memberid"]):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the record's fields where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tels, faxes = h289.tels(row), h289.faxes(row)
        member, name = row["fields"]["cinii:memberid"], h289.name(row)
        if r["layout"] == "iso18626_request":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{ILL}ISO18626Message"
            req = root.find(f"{ILL}request")
            head = req.find(f"{ILL}header/{ILL}requestingAgencyId")
            assert head.findtext(f"{ILL}agencyIdValue") == member
            info = req.find(f"{ILL}requestingAgencyInfo")
            assert info.findtext(f"{ILL}name") == name
            kind, data = f"{ILL}electronicAddressType", f"{ILL}electronicAddressData"
            got = [
                (a.findtext(kind), a.findtext(data)) for a in info.iter(f"{ILL}electronicAddress")
            ]
            assert got == [("Phone", v) for v in tels] + [("Fax", v) for v in faxes]
            note = req.findtext(f"{ILL}serviceInfo/{ILL}note")
            assert f"電話 {h289.number(tels[0])}）" in note
        elif r["layout"] == "alma_partner":
            doc = json.loads(text)
            assert doc["partner_details"]["code"] == member
            assert doc["partner_details"]["name"] == name
            phones = doc["contact_info"]["phone"]
            assert [(p["phone_number"], p["phone_type"][0]["value"]) for p in phones] == [
                *((v, "office") for v in tels),
                *((v, "officeFax") for v in faxes),
            ]
            assert doc["link"].endswith(f"/almaws/v1/partners/{member}")
        elif r["layout"] == "folio_organization":
            doc = json.loads(text)
            assert doc["code"] == member and doc["name"] == name and not doc["isVendor"]
            assert [(p["phoneNumber"], p["type"]) for p in doc["phoneNumbers"]] == [
                *((v, "Office") for v in tels),
                *((v, "Fax") for v in faxes),
            ]
            assert doc["description"].endswith(f"電話 {h289.number(tels[0])}")
        else:
            doc = json.loads(text)
            assert doc["category_id"] == "ILLLIBS" and doc["surname"] == name
            assert doc["phone"] == tels[0]
            assert doc["secondary_phone"] == (tels[1] if len(tels) > 1 else None)
            assert doc["fax"] == (faxes[0] if faxes else None)
            for v in tels[2:] + faxes[1:]:
                assert v in doc["staff_notes"]


def test_provenance():
    sources = h289.data()["sources"]
    assert set(sources) == {"JP"}
    jp = sources["JP"]
    assert jp["repository"] == "tzhaya/NACSIS_ILL_Status"
    assert jp["commit"] == "674a8a99a82ecc597e3cf7b7f666df2e01f7ed93"
    assert jp["paths"] == ["library_status/fa20200928/FA*.json"]
    assert "CC BY 4.0" in jp["licence"] and jp["publisher"]
    rows = h289.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"JP": 360}
    assert all(r["path"].startswith("library_status/fa20200928/FA") for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h289, "held_out_289", tmp_path)

"""held_out_148 of the PII evaluation set (scripts/pii_held_out_148.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the branch's name and address are in the text and
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

import pii_held_out_148 as h148  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

NCIP = "{http://www.niso.org/2008/ncip}"
LM = "{urn:x-librarymap:ncip-ext}"
# how many times each layout writes the phone field
COPIES = {"ncip_lookup_agency": 2, "bluesky_post": 2, "autohotkey_script": 3, "dymo_label": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h148.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h148.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h148.data()["rows"]) == 480
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h148.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:AU"
        assert r["language"] == "en"
    assert Counter(r["layout"] for r in records) == dict.fromkeys(h148.LAYOUTS, 120)


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (a distractor if
    no person could hold it), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h148.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AU") else short)[(number, h148.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h148.international)
    assert kinds == {"national:phone": 1080, "international:phone": 3}
    assert not any(r["distractors"] for r in records)


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, as
    published (no blanks around it in this sample); one field has two numbers and a word, one
    the Norfolk Island country code; 175 are eight digits with no area code."""
    rows = h148.data()["rows"]
    shapes = Counter(re.sub(r"\d", "9", h148.phone(row)) for row in rows)
    assert shapes["9999 9999"] == 175 and shapes["99 9999 9999"] == 271
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert row["fields"]["phone"] == h148.phone(row)
    assert [h148.phone(r) for r in rows if h148.phone(r).startswith("+")] == ["+6723 22430"]
    two = [h148.phone(r) for r in rows if len(numbers(h148.phone(r))) > 1]
    assert two == ["08 8689 1015 / 08 8689 1019 (School)"]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text or a JSON string; the AutoHotkey script's
    comments hold it as it is)."""
    if layout in ("ncip_lookup_agency", "dymo_label"):
        return escape(value)
    if layout == "bluesky_post":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The branch's name and street address stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (h148.name(row), h148.address(row)):
            if not value:
                continue
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the
    AutoHotkey script read by its fixed shape), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h148.phone(row), h148.display_name(row)
        if r["layout"] == "ncip_lookup_agency":
            root = ET.fromstring(text.encode("utf-8"))
            response = root.find(f"{NCIP}LookupAgencyResponse")
            assert root.tag == f"{NCIP}NCIPMessage" and response is not None
            agency = response.findtext(f"{NCIP}AgencyId")
            assert response.findtext(f"{NCIP}ResponseHeader/{NCIP}FromAgencyId/{NCIP}AgencyId") \
                == agency  # fmt: skip
            assert re.fullmatch(r"AU-[A-Z]{4,6}", agency)
            assert response.findtext(f".//{NCIP}OrganizationName") == name
            electronic = response.find(f".//{NCIP}ElectronicAddress")
            assert electronic.findtext(f"{NCIP}ElectronicAddressType") == "tel"
            assert electronic.findtext(f"{NCIP}ElectronicAddressData") == tel
            assert response.findtext(f".//{NCIP}UnstructuredAddressData") == (
                h148.address(row) or None
            )
            note = response.findtext(f"{NCIP}Ext/{LM}Note")
            assert note.startswith(f"Branch enquiries: {tel}. ")
        elif r["layout"] == "bluesky_post":
            doc = json.loads(text)
            post = doc["value"]
            assert post["$type"] == "app.bsky.feed.post" and post["langs"] == ["en"]
            assert re.fullmatch(r"at://did:plc:[a-z2-7]{24}/app\.bsky\.feed\.post/[2-7a-z]{13}",
                                doc["uri"])  # fmt: skip
            assert len(post["text"]) <= 300 and f"Call us on {tel}. #" in post["text"]
            (facet,) = post["facets"]
            tag = facet["features"][0]["tag"]
            raw = post["text"].encode("utf-8")
            assert (
                raw[facet["index"]["byteStart"] : facet["index"]["byteEnd"]] == f"#{tag}".encode()
            )
            (image,) = post["embed"]["images"]
            assert image["alt"].endswith(f"Enquiries {tel}.")
            assert post["createdAt"].endswith("Z")
        elif r["layout"] == "autohotkey_script":
            lines = text.splitlines()
            assert lines[0] == f"; Desk hotstrings: {name}"
            assert f"; Phone {tel}" in lines
            assert "#Requires AutoHotkey v2.0" in lines
            assert any(re.fullmatch(rf":\*T:;[a-z]+ph::{re.escape(tel)}", line) for line in lines)
            assert f'    A_Clipboard := "{tel}"' in lines and "^!p::" in lines
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "DieCutLabel" and root.get("Version") == "8.0"
            address = root.findtext("ObjectInfo/AddressObject/StyledText/Element/String")
            assert address.startswith(f"Deliver to: {name}\n") and address.endswith(f"\nPh {tel}")
            barcode = root.find("ObjectInfo/BarcodeObject")
            assert barcode.findtext("Type") == "Code39"
            assert re.fullmatch(r"3\d{13}", barcode.findtext("Text"))
            footer = root.findtext("ObjectInfo/TextObject/StyledText/Element/String")
            assert footer.endswith(f"if undeliverable call {tel}")


def test_provenance():
    sources = h148.data()["sources"]
    assert set(sources) == {"AU"}
    au = sources["AU"]
    assert au["repository"] == "hughrun/public_library_map"
    assert au["commit"] == "4889887e4b3ca7d0039256d60daa40f67df9327e"
    assert au["path"] == "website/data/public_library_locations.csv"
    assert "CC BY-SA 4.0" in au["licence"] and au["publisher"]
    rows = h148.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AU": 480}
    assert all(set(r["fields"]) == {"lat", "lng", "town", "address", "phone"} for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h148, "held_out_148", tmp_path)

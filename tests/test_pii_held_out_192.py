"""held_out_192 of the PII evaluation set (scripts/pii_held_out_192.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged after the row's area code, each copy labelled; the name and street are
in the text and unlabelled) and are rebuilt byte for byte from the committed data. No recognizer
runs here: the part is scored from its committed file."""

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

import pii_held_out_192 as h192  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

IDENTIFIERS = ("Hochschulname", "Straße")
EWP = "{https://github.com/erasmus-without-paper/ewp-specs-api-institutions/tree/stable-v2}"
C = "{https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1}"
P = "{https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1}"
XZ = "{http://xoev.de/schemata/xzufi/2_2_0}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h192.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h192.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h192.data()["rows"]) == 426
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h192.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ewp_institutions": 107, "eduroam_institution": 107,
        "studip_institute": 106, "xzufi_oe": 106,
    }  # fmt: skip


def test_numbers_are_the_published_fields_after_the_area_code():
    """Each written number is the field as published (stripped), after the row's area code and
    one space unless the field starts with a trunk 0 itself."""
    for row in h192.data()["rows"]:
        f = row["fields"]
        for column, value in ((h192.PHONE, h192.phone(row)), (h192.FAX, h192.fax(row))):
            published = f[column].strip()
            assert value.endswith(published)
            if published and not published.startswith("0") and f[h192.AREA]:
                assert value == f"{f[h192.AREA]} {published}"
            else:
                assert value == published


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """Each label is a number of the row's phone or fax as written, under its column; every
    copy of the longer of the two is labelled, and every copy of the other that lies outside
    it; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        values = sorted(
            ((h192.PHONE, h192.phone(row)), (h192.FAX, h192.fax(row))), key=lambda cv: -len(cv[1])
        )
        expected: Counter = Counter()
        taken: list[tuple[int, int]] = []
        for column, value in values:
            if not value:
                continue
            for m in re.finditer(re.escape(value), text):
                if any(s <= m.start() and m.end() <= e for s, e in taken):
                    continue
                taken.append(m.span())
                for s, e in numbers(value):
                    if personal_phone(value[s:e], "DE"):
                        expected[(value[s:e], column)] += 1
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        assert text.count(h192.phone(row)) >= 1, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, lambda value: value.startswith("+"))
    assert kinds == {"national:Telefon": 639, "national:Fax": 266}


def test_the_data_keeps_the_published_shape():
    """All 426 rows, each with its 21 columns as strings; 358 with a fax; two non-geographic
    numbers; one fax with a trailing blank; no e-mail anywhere."""
    rows = h192.data()["rows"]
    assert len(rows) == 426
    assert all(len(r["fields"]) == 21 for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert sum(bool(r["fields"]["Fax"].strip()) for r in rows) == 358
    assert sorted(r["fields"]["Telefon"] for r in rows if r["fields"]["Telefon"][0] == "0") == [
        "0180-2020369", "0800 3400400",
    ]  # fmt: skip
    assert sum(r["fields"]["Fax"] != r["fields"]["Fax"].strip() for r in rows) == 1
    assert not any("@" in v for r in rows for v in r["fields"].values())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "studip_institute":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h192._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's numbers where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h192.phone(row), h192.fax(row), h192._f(row, "Hochschulname")
        if r["layout"] == "studip_institute":
            attrs = json.loads(text)["data"]["attributes"]
            assert attrs["phone"] == tel and attrs["fax"] == fax and attrs["name"] == name
            assert re.fullmatch(r"[0-9a-f]{32}", json.loads(text)["data"]["id"])
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "ewp_institutions":
            assert root.tag == f"{EWP}institutions-response"
            contact = root.find(f"{EWP}hei/{EWP}contact")
            assert contact.findtext(f"{C}phone-number/{P}other-format") == tel
            assert (contact.findtext(f"{C}fax-number/{P}other-format") or "") == fax
            assert root.findtext(f"{EWP}hei/{EWP}name") == name
        elif r["layout"] == "eduroam_institution":
            inst = root.find("institution")
            assert inst.findtext("contact/phone") == tel and inst.findtext("org_name") == name
        else:
            assert root.tag == f"{XZ}organisationseinheit"
            comms = {
                c.findtext(f"{XZ}kanal/code"): c.findtext(f"{XZ}kennung")
                for c in root.findall(f"{XZ}kommunikation")
            }
            assert comms.get("02") == tel and comms.get("04", "") == fax
            assert root.findtext(f"{XZ}beschreibung").endswith(f"unter {tel}.")


def test_provenance():
    sources = h192.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "michaelgerloff/IchBinHanna_List_MdBs_Universities"
    assert de["commit"] == "d3241dd040e9a30af4d7ae893b121589a133641b"
    assert de["paths"] == ["hs_liste.txt"]
    assert "not confirmed" in de["licence"] and "Hochschulrektorenkonferenz" in de["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h192, "held_out_192", tmp_path)

"""held_out_181 of the PII evaluation set (scripts/pii_held_out_181.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and address are in the text and unlabelled) and
are rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored
from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_181 as h181  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the provider's identifiers, in every layout
IDENTIFIERS = ("name", "address")
ESLOG = "{urn:eslog:2.00}"
CONTACT = "{http://schemas.microsoft.com/Contact}"
AIRSYNC, CONTACTS, BASE = "{AirSync}", "{Contacts}", "{AirSyncBase}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h181.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h181.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h181.data()["rows"]) == 500
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h181.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "eslog_invoice": 125, "windows_contact": 125, "activesync_sync": 125,
        "kmymoney_file": 125,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h181.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "SI") else short)[(number, h181.PHONE)] += copies
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
    kinds = phone_kinds(records, h181.international)
    assert kinds == {"national:phone": 1010}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros, none
    longer than 13 digits; the fields are strings as the file gives them (none with blanks
    around them); five hold two numbers, one ends in a comma; all are national, all but one
    with the trunk ``0`` (``820 501 70`` has none); 119 put the area code in brackets, 42 use a
    slash."""
    rows = h181.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["phone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        field = h181.phone(row)
        assert all(sum(c.isdigit() for c in field[s:e]) <= 13 for s, e in numbers(field))
    assert sum(row["fields"]["phone"] != h181.phone(row) for row in rows) == 0
    assert sum(len(numbers(h181.phone(row))) == 2 for row in rows) == 5
    assert sum(h181.phone(row).endswith(",") for row in rows) == 1
    no_trunk = [h181.phone(row) for row in rows if not h181.phone(row).lstrip("(").startswith("0")]
    assert no_trunk == ["820 501 70"]
    assert sum(h181.phone(row).startswith("(") for row in rows) == 119
    assert sum("/" in h181.phone(row) for row in rows) == 42
    assert all(h181.postcode(row) for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or an attribute value in KMyMoney's)."""
    if layout == "kmymoney_file":
        return escape(value, {'"': "&quot;"})
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h181._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _eslog(root: ET.Element, row: dict, tel: str) -> None:
    assert root.tag == f"{ESLOG}Invoice"
    inv = root.find(f"{ESLOG}M_INVOIC")
    assert inv.findtext(f"{ESLOG}S_UNH/{ESLOG}C_S009/{ESLOG}D_0065") == "INVOIC"
    parties = {g.findtext(f"{ESLOG}S_NAD/{ESLOG}D_3035"): g for g in inv.findall(f"{ESLOG}G_SG2")}
    assert set(parties) == {"SE", "BY"}
    buyer = parties["BY"]
    assert buyer.findtext(f"{ESLOG}S_NAD/{ESLOG}C_C080/{ESLOG}D_3036") == h181._f(row, "name")
    assert buyer.findtext(f"{ESLOG}S_NAD/{ESLOG}D_3251") == h181.postcode(row)
    com = buyer.find(f"{ESLOG}G_SG5/{ESLOG}S_COM/{ESLOG}C_C076")
    assert com.findtext(f"{ESLOG}D_3148") == tel and com.findtext(f"{ESLOG}D_3155") == "TE"
    free = [e.text for e in inv.iter(f"{ESLOG}D_4440")]
    assert free[1].endswith(f"tel. {tel}")
    lines = inv.findall(f"{ESLOG}G_SG26")
    net = sum(float(g.findtext(f".//{ESLOG}D_5004")) for g in lines)
    totals = {
        g.findtext(f".//{ESLOG}D_5025"): float(g.findtext(f".//{ESLOG}D_5004"))
        for g in inv.findall(f"{ESLOG}G_SG50")
    }
    assert 1 <= len(lines) <= 3 and abs(totals["79"] - net) < 0.005
    assert abs(totals["9"] - totals["79"] - totals["176"]) < 0.015


def test_the_documents_are_well_formed(records):
    """Each document parses as XML (the standard library), the row's number where the format
    puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h181.phone(row), h181._f(row, "name")
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "eslog_invoice":
            _eslog(root, row, tel)
        elif r["layout"] == "windows_contact":
            assert root.tag == f"{CONTACT}contact"
            number = root.find(f"{CONTACT}PhoneNumberCollection/{CONTACT}PhoneNumber")
            assert number.findtext(f"{CONTACT}Number") == tel
            labels = [e.text for e in number.iter(f"{CONTACT}Label")]
            assert labels == ["Business", "Voice"]
            assert root.findtext(f".//{CONTACT}FormattedName") == name
            assert root.findtext(f"{CONTACT}Notes").endswith(f"po telefonu {tel}.")
        elif r["layout"] == "activesync_sync":
            assert root.tag == f"{AIRSYNC}Sync"
            data = root.find(f".//{AIRSYNC}Add/{AIRSYNC}ApplicationData")
            assert data.findtext(f"{CONTACTS}BusinessPhoneNumber") == tel
            assert data.findtext(f"{CONTACTS}CompanyName") == name
            body = data.findtext(f"{BASE}Body/{BASE}Data")
            assert f"\nTelefon: {tel}\n" in body
            size = data.findtext(f"{BASE}Body/{BASE}EstimatedDataSize")
            assert int(size) == len(escape(body).encode("utf-8"))
        else:
            assert root.tag == "KMYMONEY-FILE"
            payee = root.find("PAYEES/PAYEE")
            assert payee.get("name") == name and payee.get("reference") == h181._f(row, "zzzsSt")
            assert payee.find("ADDRESS").get("telephone") == tel
            splits = root.findall("TRANSACTIONS/TRANSACTION/SPLITS/SPLIT")
            assert splits[0].get("memo").endswith(f"po tel. {tel}")
            assert {s.get("payee") for s in splits} == {payee.get("id")}
            assert sum(int(s.get("value").split("/")[0]) for s in splits) == 0


def test_provenance():
    sources = h181.data()["sources"]
    assert set(sources) == {"SI"}
    si = sources["SI"]
    assert si["repository"] == "sledilnik/zdravniki-data"
    assert si["commit"] == "b9dd62cd0dea5181976effe9e8ad573d4a3fbe2e"
    assert si["path"] == "csv/institutions.csv"
    assert "not confirmed" in si["licence"] and si["publisher"]
    rows = h181.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"SI": 500}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h181, "held_out_181", tmp_path)

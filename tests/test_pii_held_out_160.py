"""held_out_160 of the PII evaluation set (scripts/pii_held_out_160.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address the row's real e-mail field, copied unchanged, each copy
labelled; the name and Ministry number are in the text and unlabelled) and are rebuilt byte for
byte from the committed data. No recognizer runs here: the part is scored from its committed
file."""

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

import nz_ece_services_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_160 as h160  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

MAUI = "{http://schemas.microsoft.com/dotnet/2021/maui}"
XAML = "{http://schemas.microsoft.com/winfx/2009/xaml}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h160.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h160.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h160.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h160.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "xero_contact": 80, "logseq_page": 80, "maui_xaml": 80, "gremlin_script": 80,
    }  # fmt: skip


def test_every_copy_of_the_numbers_and_address_is_labelled_unchanged(records):
    """The phone field stands as often as its layout writes it, the fax (where it does not
    repeat the phone) and the address once; each number of them is labelled under its column
    wherever it stands, each address as an e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        assert text.count(h160.phone(row)) == h160.COPIES[r["layout"]], r["id"]
        expected = Counter()
        for kind, column, copies in (
            ("phone", h160.PHONE, h160.COPIES[r["layout"]]),
            ("fax", h160.FAX, 1),
        ):
            value = getattr(h160, kind)(row)
            if not value:
                continue
            assert text.count(value) == copies, (r["id"], kind)
            for piece in h160.pieces(value):
                for s, e in numbers(piece):
                    assert personal_phone(piece[s:e], "NZ"), (r["id"], piece)
                    expected[(piece[s:e], column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == ([h160.email(row)] if h160.email(row) else []), r["id"]
        if h160.email(row):
            assert text.count(h160.email(row)) == 1, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        for s, e, t, kind in r["spans"]:
            if t == "PHONE_NUMBER":
                assert not h160.international(r["text"][s:e]), (r["id"], r["text"][s:e])
            kinds[kind] += 1
    assert kinds == {"national:Telephone": 562, "national:Fax No": 106, "register": 138}


def test_the_data_keeps_the_published_shape():
    """Every kept row is a service of a kept kind whose phone field is one or two numbers of
    seven digits or more in digits, spaces and ``/``; a fax where the data kept one holds such
    a number; the addresses are one each, none of ``PERSONAL``; the dropped columns are gone."""
    rows = h160.data()["rows"]
    assert Counter(r["fields"]["Institution Type"] for r in rows) == {
        "Education and Care Service": 221, "Free Kindergarten": 54, "Te Kohanga Reo": 42,
        "Hospital Based": 2, "Casual-Education and Care": 1,
    }  # fmt: skip
    shapes = Counter(re.sub(r"\d", "9", h160.phone(r)) for r in rows)
    assert shapes == {
        "99 999 9999": 316, "99 999 9999/9999999": 1, "9999 999 9999": 1, "9999 999 999": 1,
        "999 999 9999": 1,
    }  # fmt: skip
    for row in rows:
        fields = row["fields"]
        assert extractor.one_number(fields[h160.PHONE])
        assert not set(fields) & extractor.DROPPED
        if h160.FAX in fields:
            assert extractor.one_number(fields[h160.FAX])
        if h160.EMAIL in fields:
            assert extractor.service_email(fields)
            assert fields[h160.EMAIL] not in extractor.PERSONAL
    assert sum(h160.FAX in r["fields"] for r in rows) == 155
    assert sum(bool(h160.fax(r)) for r in rows) == 106
    assert sum(h160.EMAIL in r["fields"] for r in rows) == 138


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XAML attribute text, a Groovy
    single-quoted string's body, or as it is in a Logseq page)."""
    if layout == "xero_contact":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "maui_xaml":
        return escape(value, {'"': "&quot;"})
    if layout == "gremlin_script":
        return value.replace("\\", "\\\\").replace("'", "\\'")
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and Ministry number stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h160.name(row), h160._f(row, "Number")):
            found = [m.start() for m in re.finditer(re.escape(_encoded(r["layout"], value)),
                                                    r["text"])]  # fmt: skip
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _logseq_properties(text: str) -> dict[str, str]:
    """The page properties of a Logseq page: the ``key:: value`` lines above the first blank
    line."""
    head = text.split("\n\n", 1)[0]
    return dict(line.split(":: ", 1) for line in head.splitlines())


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library; the Logseq
    page and the Gremlin script read by their fixed shapes), the row's values where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail = h160.phone(row), h160.fax(row), h160.email(row)
        if r["layout"] == "xero_contact":
            doc = json.loads(text)
            assert doc["Status"] == "OK" and re.fullmatch(r"/Date\(\d{13}\)/", doc["DateTimeUTC"])
            (contact,) = doc["Contacts"]
            assert contact["Name"] == h160.name(row)
            assert contact["AccountNumber"] == h160._f(row, "Number")
            phones = {p["PhoneType"]: p.get("PhoneNumber") for p in contact["Phones"]}
            assert phones == {"DDI": None, "DEFAULT": tel, "FAX": fax or None, "MOBILE": None}
            assert contact.get("EmailAddress") == (mail or None)
            assert [a["AddressType"] for a in contact["Addresses"]] == ["POBOX", "STREET"]
        elif r["layout"] == "logseq_page":
            props = _logseq_properties(text)
            assert props["title"] == h160.name(row) and props["phone"] == tel
            assert props["moe-number"] == h160._f(row, "Number")
            assert props.get("fax") == (fax or None) and props.get("email") == (mail or None)
            assert props["type"] == f"[[{h160._f(row, 'Institution Type')}]]"
            assert re.search(rf"\n- TODO Ring {re.escape(tel)} .+\n  SCHEDULED: "
                             r"<2020-\d\d-\d\d \w{3}>\n$", text)  # fmt: skip
        elif r["layout"] == "maui_xaml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{MAUI}ContentPage" and root.get("Title") == h160.name(row)
            assert (
                root.get(f"{XAML}Class") == f"EceFinder.Pages.Service{h160._f(row, 'Number')}Page"
            )
            labels = [e.get("Text") for e in root.iter(f"{MAUI}Label")]
            assert labels[0] == h160.name(row) and f"Phone: {tel}" in labels
            assert (f"Fax: {fax}" in labels) == bool(fax) and (mail in labels) == bool(mail)
            (button,) = root.iter(f"{MAUI}Button")
            assert button.get("CommandParameter") == tel
        else:
            assert text.startswith("// ECE services graph: ")
            assert ":remote connect tinkerpop.server conf/remote.yaml session\n" in text
            assert text.endswith(f"// check: ring {tel} if the service's contact details change"
                                 "\n:remote close\n")  # fmt: skip
            props = dict(re.findall(r"  property\(single, '(\w+)', (.+)\)\.\n", text))
            assert props["phone"] == h160._groovy(tel) and props["name"] == h160._groovy(
                h160.name(row)
            )
            assert props.get("fax") == (h160._groovy(fax) if fax else None)
            assert props.get("email") == (h160._groovy(mail) if mail else None)
            code = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
            code = re.sub(r"'(?:\\.|[^'\\])*'", "''", code)
            assert code.count("(") == code.count(")"), r["id"]


def test_provenance():
    sources = h160.data()["sources"]
    assert set(sources) == {"NZ"}
    nz = sources["NZ"]
    assert nz["repository"] == "nzherald/ece-map"
    assert nz["commit"] == "c3428209fb2c52e2cb2acd87f793eb209e426076"
    assert nz["path"] == "data/Directory-ECE-Current.csv" and nz["encoding"] == "cp1252"
    assert "not confirmed" in nz["licence"] and nz["publisher"]
    rows = h160.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"NZ": 320}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h160, "held_out_160", tmp_path)

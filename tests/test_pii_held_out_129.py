"""held_out_129 of the PII evaluation set (scripts/pii_held_out_129.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; the school's name and community are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_129 as h129  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the school's identifiers, in every layout
IDENTIFIERS = ("School Name", "Location")
CAMT = "{urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}"
SAFT = "{urn:OECD:StandardAuditFile-Tax:2.00}"
GNC = {p: "{" + u + "}" for p, u in h129.GNC_NS.items()}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h129.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h129.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h129.data()["rows"]) == 173
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h129.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "camt053": 44, "beancount": 43, "gnucash_xml": 43, "saft_xml": 43,
    }  # fmt: skip


def test_every_copy_of_the_phone_and_fax_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands (at
    least twice in each document) if a person could hold it (a distractor if not), under its
    column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected, short = Counter(), Counter()
        for value, column in ((h129.phone(row), h129.PHONE), (h129.fax(row), h129.FAX)):
            if not value:
                continue
            copies = text.count(value)
            assert copies >= 2, (r["id"], column)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "AE") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":", 1)[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    for r in records:
        assert {t for _, _, t, _ in r["spans"]} <= {"PHONE_NUMBER"}
        assert all(kind.split(":")[0] == "national" for *_, kind in r["spans"])


def test_the_data_keeps_the_published_shape():
    """Every phone field holds a number of six digits or more; the fields are as published
    (a trailing blank or line break kept); the e-mail column is left out."""
    rows = h129.data()["rows"]
    assert all(sum(c.isdigit() for c in h129.phone(row)) >= 7 for row in rows)
    assert sum(bool(h129.fax(row)) for row in rows) == 151
    assert sum(row["fields"][h129.PHONE] != h129.phone(row) for row in rows) == 3
    assert all("School Email Address" not in row["fields"] for row in rows)
    assert {h129.phone(row) for row in rows} >= {"04 2633405", "42641595", "800-1777"}
    assert [row["fields"]["A"] for row in rows] == [str(i) for i in range(1, 174)]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and community stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h129._f(_row(r), column)
            if r["layout"] != "beancount":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _beancount(text: str, tel: str, fax: str) -> None:
    """The journal's directives in Beancount's shapes: options, dated directives, indented
    metadata and postings; the receivable account's metadata give the numbers."""
    dated = re.compile(r"\d{4}-\d{2}-\d{2} (open|\*|note|balance) ")
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("option "):
            continue
        if line.startswith("  "):
            m = re.fullmatch(r"  ([a-z][a-z0-9-]*): \"((?:[^\"\\]|\\.)*)\"", line)
            if m:
                meta.setdefault(m.group(1), m.group(2))
            else:
                assert re.fullmatch(r"  [A-Z][A-Za-z:0-9]+(  -?[\d.]+ AED)?", line), line
        else:
            assert dated.match(line), line
    assert meta["phone"] == tel
    assert meta.get("fax", "") == fax
    assert f"queries: {tel}" in text


def test_the_documents_parse_in_their_format(records):
    """The XML layouts parse (ElementTree) with the numbers where the format puts them; the
    Beancount journals keep its line shapes."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, name = h129.phone(row), h129.fax(row), h129._f(row, "School Name")
        if r["layout"] == "beancount":
            _beancount(text, tel, fax)
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "camt053":
            assert root.tag == f"{CAMT}Document"
            iban = root.find(f".//{CAMT}Acct/{CAMT}Id/{CAMT}IBAN").text
            assert re.fullmatch(r"AE\d{21}", iban)
            assert int(iban[4:] + "1014" + iban[2:4]) % 97 == 1
            party = root.find(f".//{CAMT}Dbtr/{CAMT}Pty")
            assert party.findtext(f"{CAMT}Nm") == name
            other = {
                o.findtext(f"{CAMT}ChanlTp"): o.findtext(f"{CAMT}Id")
                for o in party.iter(f"{CAMT}Othr")
            }
            assert other == ({"PHON": tel, "FAXX": fax} if fax else {"PHON": tel})
            assert root.find(f".//{CAMT}Ustrd").text.endswith(f"tel {tel}")
        elif r["layout"] == "gnucash_xml":
            assert root.tag == "gnc-v2"
            customer = root.find(f"{GNC['gnc']}book/{GNC['gnc']}GncCustomer")
            assert customer.findtext(f"{GNC['cust']}name") == name
            addr = customer.find(f"{GNC['cust']}addr")
            assert addr.findtext(f"{GNC['addr']}phone") == tel
            assert (addr.findtext(f"{GNC['addr']}fax") or "") == fax
            notes = customer.findtext(f"{GNC['cust']}notes")
            assert f"Main telephone: {tel}" in notes and (not fax or f"Fax: {fax}" in notes)
        else:
            assert root.tag == f"{SAFT}AuditFile"
            customer = root.find(f"{SAFT}MasterFiles/{SAFT}Customers/{SAFT}Customer")
            assert customer.findtext(f"{SAFT}Name") == name
            assert customer.findtext(f"{SAFT}Contact/{SAFT}Telephone") == tel
            assert (customer.findtext(f"{SAFT}Contact/{SAFT}Fax") or "") == fax
            lines = root.findall(f".//{SAFT}Transaction/{SAFT}Line/{SAFT}Description")
            assert tel in lines[0].text and tel in lines[1].text
            assert not fax or fax in lines[1].text


def test_provenance():
    sources = h129.data()["sources"]
    assert set(sources) == {"AE"}
    ae = sources["AE"]
    assert ae["repository"] == "kirannarayanak/find-schools-in-dubai"
    assert ae["commit"] == "96afaa278a341839b96f105a66a422e08e54195c"
    assert ae["path"] == "datasets/Private-Schools_Database_-(English).xlsx"
    assert "not confirmed" in ae["licence"] and ae["publisher"]
    rows = h129.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AE": 173}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h129, "held_out_129", tmp_path)

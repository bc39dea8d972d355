"""held_out_157 of the PII evaluation set (scripts/pii_held_out_157.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field and every labelled address one of its e-mail field, copied unchanged, each copy labelled;
the name and city are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_157 as h157  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
)

# the pharmacy's identifiers, in every layout
IDENTIFIERS = ("NAZEV", "MESTO")
ISDOC = "{http://isdoc.cz/namespace/2013}"
ADB = "{http://www.stormware.cz/schema/version_2/addressbook.xsd}"
TYP = "{http://www.stormware.cz/schema/version_2/type.xsd}"
DAT = "{http://www.stormware.cz/schema/version_2/data.xsd}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h157.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h157.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h157.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h157.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "isdoc_invoice": 75, "pohoda_addressbook": 75, "fakturoid_subject": 75,
        "prestashop_store": 75,
    }  # fmt: skip


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (twice), each of
    the fax field wherever it stands apart from the phone field, each address of the e-mail
    field wherever it stands; a number no person could hold is a distractor; nothing else is
    labelled."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax = h157.phone(row), h157.fax(row)
        assert text.count(tel) == 2 + (fax == tel), r["id"]
        expected, short = Counter(), Counter()
        fields = [(tel, h157.PHONE, text.count(tel))]
        if fax and fax != tel:
            assert text.count(fax) == 1, r["id"]
            fields.append((fax, h157.FAX, 1))
        for value, column, copies in fields:
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "CZ") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        emails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert set(emails) == set(h157.addresses(row)), r["id"]
        assert all(c == text.count(a) for a, c in emails.items()), r["id"]
        assert not r["unscored"]


def test_the_labels_keep_their_kind(records):
    kinds = Counter()
    for r in records:
        for _, _, entity, kind in r["spans"]:
            kinds[(entity, kind)] += 1
    assert kinds == {
        ("PHONE_NUMBER", "national:TELEFON"): 681,
        ("PHONE_NUMBER", "national:FAX"): 2,
        ("EMAIL_ADDRESS", "register"): 314,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the fields are strings as
    the file gives them; the three columns that name the pharmacist are left out; 267 fields
    are one number (214 in groups of three), 33 hold two to four; seven rows have a fax."""
    rows = h157.data()["rows"]
    assert len(rows) == 300
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["TELEFON"]) >= 6
        assert not {"LEKARNIK_PRIJMENI", "LEKARNIK_JMENO", "LEKARNIK_TITUL"} & set(row["fields"])
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert all(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", a) for a in h157.addresses(row))
    one = [r for r in rows if len(numbers(h157.phone(r))) == 1]
    assert len(one) == 267
    assert sum(bool(re.fullmatch(r"\d{3} \d{3} \d{3}", h157.phone(r))) for r in rows) == 214
    assert sum(bool(h157.fax(r)) for r in rows) == 7


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, CDATA or XML text)."""
    if layout == "fakturoid_subject":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "prestashop_store":
        return value
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h157._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and addresses where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h157.phone(row), h157._f(row, "NAZEV")
        if r["layout"] == "fakturoid_subject":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["name"] == name and doc["type"] == "customer"
            assert doc["registration_no"] == h157._f(row, "ICO")
            assert doc["email"] == h157.addresses(row)[0]
            assert f"Telefon lékárny: {tel}" in doc["private_note"]
            assert doc["url"].endswith(f"/subjects/{doc['id']}.json")
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "isdoc_invoice":
            assert root.tag == f"{ISDOC}Invoice" and root.get("version") == "6.0.2"
            party = root.find(f"{ISDOC}AccountingCustomerParty/{ISDOC}Party")
            assert party.findtext(f"{ISDOC}Contact/{ISDOC}Telephone") == tel
            assert party.findtext(f"{ISDOC}Contact/{ISDOC}ElectronicMail") == h157.email(row)
            assert party.findtext(f"{ISDOC}PartyName/{ISDOC}Name") == name
            assert f"tel. {tel}" in root.findtext(f"{ISDOC}Note")
            total = root.findtext(f"{ISDOC}LegalMonetaryTotal/{ISDOC}PayableAmount")
            assert total == root.findtext(f"{ISDOC}PaymentMeans/{ISDOC}Payment/{ISDOC}PaidAmount")
        elif r["layout"] == "pohoda_addressbook":
            assert root.tag == f"{DAT}dataPack" and root.get("version") == "2.0"
            header = root.find(f"{DAT}dataPackItem/{ADB}addressbook/{ADB}addressbookHeader")
            assert header.findtext(f"{ADB}phone") == tel
            assert header.findtext(f"{ADB}email") == h157.email(row)
            assert header.findtext(f"{ADB}identity/{TYP}address/{TYP}company") == name
            assert header.findtext(f"{ADB}note").endswith(f"Telefon: {tel}")
            assert (header.findtext(f"{ADB}fax") or "") == h157.fax(row)
        else:
            store = root.find("store")
            assert root.tag == "prestashop" and store.findtext("id_country") == "16"
            assert store.findtext("phone") == tel and store.findtext("fax") == h157.fax(row)
            assert store.findtext("email") == h157.email(row)
            assert store.findtext("name/language") == name
            assert store.findtext("note/language").endswith(f"na telefonu {tel}.")
            assert len(json.loads(store.findtext("hours/language"))) == 7


def test_provenance():
    sources = h157.data()["sources"]
    assert set(sources) == {"CZ"}
    cz = sources["CZ"]
    assert cz["repository"] == "petrsovadina/SUKL-mcp"
    assert cz["commit"] == "a52c978a3edd049c49b964efb9648d15e6862521"
    assert cz["paths"] == ["data/lekarny_seznam.csv"]
    assert "not confirmed" in cz["licence"] and cz["publisher"]
    assert Counter(r["country"] for r in h157.data()["rows"]) == {"CZ": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h157, "held_out_157", tmp_path)

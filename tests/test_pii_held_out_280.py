"""held_out_280 of the PII evaluation set (scripts/pii_held_out_280.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the e-mail address labelled once; the name and address
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

import pii_held_out_280 as h280  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

KSEF = "{http://crd.gov.pl/wzor/2025/06/25/13775/}"
WNIO = "{http://crd.gov.pl/wzor/2013/12/12/1410/}"
META = "{http://crd.gov.pl/xml/schematy/meta/2009/11/16/}"
INST = "{http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/}"
ADR = "{http://crd.gov.pl/xml/schematy/adres/2009/11/09/}"
# copies of the phone field each layout writes
COPIES = {"ksef_invoice": 2, "epuap_letter": 2, "bir_report": 1, "fakturownia_client": 2}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h280.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h280.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h280.data()["rows"]) == 342
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h280.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "ksef_invoice": 86, "epuap_letter": 86, "bir_report": 85, "fakturownia_client": 85,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_the_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (the layout's
    copies), under its column, and the e-mail address once; nothing else is labelled and no
    number of the register is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h280.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected = Counter()
        for s, e in numbers(value):
            number = value[s:e]
            assert personal_phone(number, "PL"), (r["id"], number)
            expected[(number, h280.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        mails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert mails == [h280.email(row)], r["id"]
        assert not r["distractors"] and not r["unscored"], r["id"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h280.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:tel": 764, "international:tel": 2, "register": 342}


def test_the_data_keeps_the_published_shape():
    """All 342 stations, each with a phone field of six digits or more and one e-mail address
    on ``sanepid.gov.pl`` or a station's own domain; 16 voivodeship stations; 92 fields with
    more than one number; one address with a trailing blank kept as published."""
    rows = h280.data()["rows"]
    assert [r["path"] for r in rows] == [f"data/sanepid.js#{i}" for i in range(342)]
    assert all(set(r["fields"]) == {"id", "title", "adres", "tel", "email", "www", "tag"}
               for r in rows)  # fmt: skip
    assert sum(h280._f(r, "title").startswith("Wojewódzka") for r in rows) == 16
    assert sum("," in h280.phone(r) for r in rows) == 92
    assert sum(r["fields"]["email"] != h280.email(r) for r in rows) == 1
    for row in rows:
        digits = [c for c in row["fields"]["tel"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        assert re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.pl", h280.email(row)), row["path"]
        assert h280.address(row) and h280.voivodeship(row)


def _names(layout: str, row: dict) -> list[str]:
    """The row's identifiers as the layout writes them: the name (in capitals in a REGON
    report) and the street."""
    street = h280.address(row)[0]
    name = h280._f(row, "title")
    if layout == "bir_report":
        name = name.upper()
    if layout == "fakturownia_client":
        return [
            json.dumps(name, ensure_ascii=False)[1:-1],
            json.dumps(street, ensure_ascii=False)[1:-1],
        ]
    return [escape(name), escape(street)]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The station's name and street stand in every record's text, outside the labels."""
    for r in records:
        for value in _names(r["layout"], _row(r)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nip_ok(nip: str) -> bool:
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    return len(nip) == 10 and sum(
        int(d) * w for d, w in zip(nip[:9], weights, strict=True)
    ) % 11 == int(nip[9])


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and address where the format puts them, invented NIPs and REGONs with their check
    digits right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h280.phone(row), h280.email(row), h280._f(row, "title")
        if r["layout"] == "fakturownia_client":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["email"] == mail and doc["name"] == name
            assert f"tel. {tel}. " in doc["note"] and doc["kind"] == "buyer"
            assert _nip_ok(doc["tax_no"]) and doc["country"] == "PL"
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "ksef_invoice":
            assert root.tag == f"{KSEF}Faktura"
            assert root.find(f"{KSEF}Naglowek/{KSEF}KodFormularza").get("kodSystemowy") == "FA (3)"
            seller = root.find(f"{KSEF}Podmiot1")
            assert seller.findtext(f"{KSEF}DaneIdentyfikacyjne/{KSEF}Nazwa") == name
            assert _nip_ok(seller.findtext(f"{KSEF}DaneIdentyfikacyjne/{KSEF}NIP"))
            assert seller.findtext(f"{KSEF}DaneKontaktowe/{KSEF}Telefon") == tel
            assert seller.findtext(f"{KSEF}DaneKontaktowe/{KSEF}Email") == mail
            fa = root.find(f"{KSEF}Fa")
            net, vat, total = (
                float(fa.findtext(f"{KSEF}{k}")) for k in ("P_13_1", "P_14_1", "P_15")
            )
            assert round(net + vat, 2) == total
            assert root.findtext(f"{KSEF}Stopka/{KSEF}Informacje/{KSEF}StopkaFaktury").endswith(
                f"tel. {tel}."
            )
        elif r["layout"] == "epuap_letter":
            assert root.tag == f"{WNIO}Dokument"
            inst = root.find(f"{WNIO}DaneDokumentu/{META}Adresaci/{META}Podmiot/{INST}Instytucja")
            assert inst.findtext(f"{INST}NazwaInstytucji") == name
            assert inst.findtext(f"{ADR}Kontakt/{ADR}Telefon") == tel
            assert inst.findtext(f"{ADR}Kontakt/{ADR}Email") == mail
            assert inst.findtext(f"{ADR}Adres/{ADR}KodPocztowy") == h280.address(row)[1]
            letter = root.findtext(f"{WNIO}DaneDokumentu/{WNIO}TrescDokumentu/{WNIO}Wartosc")
            assert f"(tel. {tel})" in letter and h280._f(row, "adres") in letter
        else:
            dane = root.find("dane")
            assert root.tag == "root" and dane.findtext("praw_numerTelefonu") == tel
            assert dane.findtext("praw_adresEmail") == mail
            assert dane.findtext("praw_nazwa") == name.upper()
            assert _nip_ok(dane.findtext("praw_nip"))
            regon = dane.findtext("praw_regon9")
            weights = (8, 9, 2, 3, 4, 5, 6, 7)
            assert sum(
                int(d) * w for d, w in zip(regon[:8], weights, strict=True)
            ) % 11 % 10 == int(regon[8])
            symbol = dane.findtext("praw_adSiedzWojewodztwo_Symbol")
            assert symbol == h280.VOIVODESHIPS[h280.voivodeship(row)]


def test_provenance():
    sources = h280.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "lukaszchwalisz/mobberizer"
    assert pl["commit"] == "9d768e1d368fd5635f73195cd65321cba5b64a20"
    assert pl["paths"] == ["data/sanepid.js"]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h280.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 342}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h280, "held_out_280", tmp_path)

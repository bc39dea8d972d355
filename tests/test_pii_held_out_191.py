"""held_out_191 of the PII evaluation set (scripts/pii_held_out_191.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or
fax field, copied unchanged, each copy labelled; each copy of the e-mail address labelled; the
name and municipality are in the text and unlabelled) and are rebuilt byte for byte from the
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

import it_puglia_accommodation_data as source  # noqa: E402 - the scripts folder's modules
import pii_held_out_191 as h191  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

FPA = "{http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h191.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h191.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h191.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h191.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:IT"
    assert Counter(r["layout"] for r in records) == {
        "fattura_pa": 90, "pagopa_gpd": 90, "hotel_list_feed": 90, "wikivoyage_sleep": 90,
    }  # fmt: skip


def _copies(text: str, value: str, edge: str) -> list[tuple[int, int]]:
    """Where ``value`` stands apart in ``text`` (no ``edge`` character next to it)."""
    out = []
    for m in re.finditer(re.escape(value), text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if not re.fullmatch(edge, before) and not re.fullmatch(edge, after):
            out.append((m.start(), m.end()))
    return out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands, under its
    column, and each copy of the e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        expected: Counter = Counter()
        taken: list[tuple[int, int]] = []
        fields = [(h191.PHONE, h191.phone(row)), (h191.FAX, h191.fax(row))]
        for column, value in sorted(fields, key=lambda cv: -len(cv[1])):
            if not value:
                continue
            found = [
                c for c in _copies(text, value, r"\d")
                if not any(s <= c[0] and c[1] <= e for s, e in taken)
            ]  # fmt: skip
            assert found, (r["id"], column)
            taken += found
            for start, _ in found:
                for s, e in h191.numbers(value):
                    assert personal_phone(value[s:e], "IT")
                    expected[(start + s, start + e, "PHONE_NUMBER", column)] += 1
        mail = h191.email(row)
        if mail:
            for s, e in _copies(text, mail, r"[\w.@+-]"):
                expected[(s, e, "EMAIL_ADDRESS", "register")] += 1
        got = Counter(
            (s, e, t, kind.split(":")[1] if t == "PHONE_NUMBER" else kind)
            for s, e, t, kind in r["spans"]
        )
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h191.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:telefono": 455, "international:telefono": 2, "national:fax": 149,
        "register": 264,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept row is a business of a kept kind with a whole number in ``telefono``; the
    fields are strings as the file gives them (some with trailing blanks, kept as published);
    a fax that repeats the telephone is left out of the text."""
    rows = h191.data()["rows"]
    assert Counter(row["fields"]["tipologia"] for row in rows) == {
        "Alberghi": 265, "Villaggi turistici": 31, "Campeggi": 30,
        "Residenze turistico alberghiere": 22, "Case per ferie": 11,
        "Ostelli della giovent&ugrave;": 1,
    }  # fmt: skip
    for row in rows:
        assert source._kept(row["fields"])
        assert h191.numbers(h191.phone(row))
    assert sum(row["fields"]["telefono"] != h191.phone(row) for row in rows) > 0
    assert sum(bool(h191.fax(row)) for row in rows) == 149
    assert sum(bool(h191.email(row)) for row in rows) == 354
    left_out = [row for row in rows if row["fields"]["fax"].strip() and not h191.fax(row)]
    assert len(left_out) == 56
    for row in left_out:
        digits = "".join(c for c in row["fields"]["fax"] if c.isdigit())
        assert digits in "".join(c for c in row["fields"]["telefono"] if c.isdigit())


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or wikitext)."""
    if layout in ("fattura_pa", "hotel_list_feed"):
        return escape(value)
    if layout == "pagopa_gpd":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and municipality stand in every record's text, outside the labels."""
    for r in records:
        for column in ("denominazione", "comune"):
            value = _encoded(r["layout"], h191._f(_row(r), column))
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _partita_iva_valid(value: str) -> bool:
    digits = [int(c) for c in value]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
                for i, d in enumerate(digits[:10]))  # fmt: skip
    return len(value) == 11 and (10 - total % 10) % 10 == digits[10]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the wikitext
    listing by its fixed shape), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fx, mail, name = (
            h191.phone(row),
            h191.fax(row),
            h191.email(row),
            h191._f(row, "denominazione"),
        )
        if r["layout"] == "fattura_pa":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{FPA}FatturaElettronica" and root.get("versione") == "FPR12"
            seller = root.find("FatturaElettronicaHeader/CedentePrestatore")
            assert seller.findtext("DatiAnagrafici/Anagrafica/Denominazione") == name
            assert _partita_iva_valid(seller.findtext("DatiAnagrafici/IdFiscaleIVA/IdCodice"))
            contacts = seller.find("Contatti")
            phone_el = contacts.findtext("Telefono") if contacts is not None else None
            assert phone_el == (tel if h191.fits(tel) else None)
            if contacts is not None:
                for tag in ("Telefono", "Fax"):
                    value = contacts.findtext(tag)
                    assert value is None or re.fullmatch(r"[\x20-\x7e]{5,12}", value)
                assert contacts.findtext("Email") == (mail or None)
            causale = root.findtext(
                "FatturaElettronicaBody/DatiGenerali/DatiGeneraliDocumento/Causale"
            )
            assert causale.endswith(f"tel. {tel}")
        elif r["layout"] == "pagopa_gpd":
            doc = json.loads(text)
            assert doc["type"] == "G" and doc["fullName"] == name and doc["phone"] == tel
            assert doc.get("email", "") == mail and _partita_iva_valid(doc["fiscalCode"])
            option = doc["paymentOption"][0]
            assert len(option["iuv"]) == 17 and option["amount"] == option["transfer"][0]["amount"]
            assert len(option["description"]) <= 140
            meta = option.get("paymentOptionMetadata", [])
            assert meta == ([{"key": "faxStruttura", "value": fx}] if fx else [])
        elif r["layout"] == "hotel_list_feed":
            root = ET.fromstring(text.encode("utf-8"))
            listing = root.find("listing")
            assert root.findtext("language") == "it" and listing.findtext("name") == name
            phones = {p.get("type"): p.text for p in listing.findall("phone")}
            assert phones == ({"main": tel, "fax": fx} if fx else {"main": tel})
        else:
            lines = text.split("\n")
            assert lines[0] == "== Dove alloggiare ==" and lines[2] == "* {{sleep"
            assert lines[1] in ("=== Prezzi modici ===", "=== Prezzi medi ===",
                                "=== Prezzi elevati ===")  # fmt: skip
            assert lines[3].startswith(f"| nome={name} | alt= | sito=")
            assert lines[3].endswith(f"| email={mail}")
            assert lines[5] == f"| tel={tel} | numero verde= | fax={fx}"
            assert lines[8] == "}}" and lines[9] == ""


def test_provenance():
    sources = h191.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "piersoft/RicettivitaPuglia"
    assert it["commit"] == "891e866c0848e797a2530cce890fc3afeafc709f"
    assert it["path"] == "db/ricettive.csv" and it["encoding"] == "cp1252"
    assert "IODL 2.0" in it["licence"] and it["publisher"]
    rows = h191.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any(column in r["fields"] for r in rows for column in source.DROPPED)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h191, "held_out_191", tmp_path)

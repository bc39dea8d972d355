"""held_out_311 of the PII evaluation set (scripts/pii_held_out_311.py): its committed records
keep the generator's invariants (every labelled phone is the row's real area code and number
joined by one space, each as published, every copy labelled under its column; the e-mail
address labelled; the office's name, street and postcode in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

from __future__ import annotations

import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_311 as h311  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
EN = "{http://e-nadawca.poczta-polska.pl}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h311.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h311.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h311.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h311.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "bzp_notice": 90, "edi_epp": 90, "en_shipment": 90, "wfirma_contractor": 90,
    }  # fmt: skip


def _expected(row: dict, text: str) -> Counter:
    """(value, column) of every copy of the row's numbers in ``text`` (a fax equal to the phone
    is the phone's) and of its e-mail address."""
    out: Counter = Counter()
    taken: set[str] = set()
    for value, column in (
        (h311.phone(row), h311.PHONE),
        (h311.phone2(row), h311.PHONE2),
        (h311.fax(row), h311.FAX),
    ):
        if value and value not in taken:
            out[(value, column)] += text.count(value)
            taken.add(value)
    out[(h311.email(row), "register")] += text.count(h311.email(row))
    return +out


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each copy of the phone (twice in a notice and a wFirma record, once elsewhere), of the
    second number and fax where the layout has a place for them, and of the e-mail address is
    labelled as written; nothing else is, and nothing is a distractor."""
    for r in records:
        row, text = _row(r), r["text"]
        got = Counter(
            (text[s:e], kind.split(":")[-1] if t == "PHONE_NUMBER" else kind)
            for s, e, t, kind in r["spans"]
        )
        assert got == _expected(row, text), r["id"]
        twice = r["layout"] in ("bzp_notice", "wfirma_contractor")
        assert text.count(h311.phone(row)) == (2 if twice else 1) + (
            h311.fax(row) == h311.phone(row) and r["layout"] != "en_shipment"
        ), r["id"]
        assert text.count(h311.email(row)) == 1, r["id"]
        for s, e, t, _ in r["spans"]:
            if t == "PHONE_NUMBER":
                assert personal_phone(text[s:e], "PL"), r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h311.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:telefon": 574, "national:FAX": 235, "national:telefon 2": 3, "register": 360,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """The register gives each number as an area code of two digits and a subscriber number of
    seven; 359 of the kept rows have a fax (29 hyphenated, 42 equal to the phone), 7 a second
    number, 34 an extension; every e-mail address is one plain address."""
    rows = h311.data()["rows"]
    assert Counter(row["fields"]["typ_JST"] for row in rows) == {
        "GW": 197, "GMW": 85, "GM": 34, "P": 31, "MNP": 9, "W": 3, "dzielnica": 1,
    }  # fmt: skip
    for row in rows:
        assert re.fullmatch(r"\d{2}", row["fields"]["telefon kierunkowy"])
        assert re.fullmatch(r"\d{7}", row["fields"]["telefon"])
        assert (
            h311.phone(row) == f"{row['fields']['telefon kierunkowy']} {row['fields']['telefon']}"
        )
        assert re.fullmatch(r"[\w.-]+@[\w.-]+\.[a-z]+", h311.email(row), re.I)
        assert re.fullmatch(r"\d{7}", row["fields"]["Kod_TERYT"])
    fax = [h311.fax(row) for row in rows]
    assert sum(bool(f) for f in fax) == 359
    assert sum("-" in f for f in fax) == 29
    assert sum(h311.fax(row) == h311.phone(row) for row in rows) == 42
    assert sum(bool(h311.phone2(row)) for row in rows) == 7
    assert sum(bool(h311.extension(row)) for row in rows) == 34


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name, its street and its postcode (five digits in a shipment) stand in
    every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        postcode = h311._f(row, "Kod pocztowy")
        if r["layout"] == "en_shipment":
            postcode = postcode.replace("-", "")
        for value in (h311._f(row, "nazwa_urzędu_JST"), h311._f(row, "Ulica"), postcode):
            if not value:
                continue
            if r["layout"] == "edi_epp":
                value = value.replace('"', '""')
            else:
                value = escape(value, {'"': "&quot;"})
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML by the standard library, the notice's HTML as
    XHTML under one root, the EDI++ rows by the csv module), the row's values where the format
    puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, fax = h311.phone(row), h311.email(row), h311.fax(row)
        if r["layout"] == "bzp_notice":
            root = ET.fromstring(f"<root>{text}</root>")
            heads = {
                "".join(h.itertext()).split(":")[0]: (h.findtext("span") or "")
                for h in root.iter("h3")
            }
            assert heads["1.2.) Nazwa zamawiającego"] == h311._f(row, "nazwa_urzędu_JST")
            assert heads["1.5.7.) Numer telefonu"].startswith(tel)
            assert heads["1.5.9.) Adres poczty elektronicznej"] == mail
            assert heads.get("1.5.8.) Numer faksu", "") == fax
            assert re.fullmatch(r"2024/BZP \d{8}", heads["2.5.) Numer ogłoszenia"])
            assert f"tel. {tel}.</p>" in text
        elif r["layout"] == "edi_epp":
            sections = text.split("\r\n\r\n")
            assert sections[0].startswith('[INFO]\r\n"1.05",3,1250,"Subiekt GT",')
            assert sections[1] == '[NAGLOWEK]\r\n"KONTRAHENCI"'
            contact = next(csv.reader(io.StringIO(sections[2].split("\r\n", 1)[1])))
            assert contact[0] == "2" and contact[3] == h311._f(row, "nazwa_urzędu_JST")
            assert contact[9].startswith(tel) and contact[10] == fax and contact[12] == mail
            assert contact[-3:] == ["Polska", "PL", "0"]
            assert re.fullmatch(r"\d{3}-\d{3}-\d{2}-\d{2}", contact[7])
        elif r["layout"] == "en_shipment":
            root = ET.fromstring(text.encode("utf-8"))
            shipment = root.find(f"{SOAP}Body/{EN}addShipment/przesylki")
            assert re.fullmatch(r"\d{20}", shipment.get("numerNadania"))
            adres = shipment.find("adres")
            assert adres.get("telefon") == tel and adres.get("email") == mail
            assert re.fullmatch(r"\d{5}", adres.get("kodPocztowy"))
        else:
            root = ET.fromstring(text.encode("utf-8"))
            contractor = root.find("contractors/contractor")
            assert root.findtext("status/code") == "OK"
            assert contractor.findtext("phone") == tel
            assert (contractor.findtext("fax") or "") == fax
            assert contractor.findtext("email") == mail
            assert f"tel. {tel}. Kod TERYT: {h311._f(row, 'Kod_TERYT')}." in contractor.findtext(
                "description"
            )


def test_provenance():
    sources = h311.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "michalwisnia/Teryt"
    assert pl["commit"] == "e2478f911805bb6059541f0155ddb5373a0117c8"
    assert pl["paths"] == ["csv_Baza_teleadresowa_jst_stan_na_19_05_2021.csv"]
    assert pl["encoding"] == "cp1250"
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h311.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 360}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(len(r["fields"]) == 21 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h311, "held_out_311", tmp_path)

"""held_out_326 of the PII evaluation set (scripts/pii_held_out_326.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; every labelled address the row's kept e-mail address; the
name and Einrichtungsnummer are in the text and unlabelled) and are rebuilt byte for byte from
the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import pii_held_out_326 as h326  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

UBL = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
ELSTER = "{http://www.elster.de/elsterxml/schema/v11}"
# how many copies of the phone field and of the e-mail address each layout writes
COPIES = {
    "xrechnung_ubl": (2, 2),
    "elster_lsta": (1, 1),
    "froide_publicbody": (2, 2),
    "din5008_brief": (3, 2),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h326.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h326.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h326.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h326.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:DE"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h326.LAYOUTS}


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands, under its column,
    and each copy of the kept e-mail address; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail = h326.phone(row), h326.email(row)
        phones, mails = COPIES[r["layout"]]
        assert text.count(tel) == phones, r["id"]
        expected = Counter()
        for s, e in h326.numbers(tel):
            assert personal_phone(tel[s:e], "DE"), r["id"]
            expected[(tel[s:e], "PHONE_NUMBER")] += phones
        if mail:
            assert text.count(mail) == mails, r["id"]
            expected[(mail, "EMAIL_ADDRESS")] += mails
        labelled = Counter((text[s:e], t) for s, e, t, _ in r["spans"])
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_numbers_split_a_field_into_each_number():
    """Two whole numbers after a slash or a word are two; a shorter ending, an extension or
    a calling code with a mobile prefix stay with their number."""
    cases = {
        "0307821487/325123350": ["0307821487", "325123350"],
        "5328375/5324453": ["5328375", "5324453"],
        "0302151212 o. 21913821": ["0302151212", "21913821"],
        "03076233844/45": ["03076233844/45"],
        "03076685878 - 80": ["03076685878"],
        "00490151/21168204": ["00490151/21168204"],
        "030030 6322 8646": ["030030 6322 8646"],
        "030(030) 22502155": ["030(030) 22502155"],
        "782 83 19": ["782 83 19"],
    }
    for field, expected in cases.items():
        assert [field[s:e] for s, e in h326.numbers(field)] == expected, field


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h326.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:phone": 606, "international:phone": 2, "register": 315}


def test_the_data_keeps_the_published_shape():
    """300 Kitas, each phone field with a number of six digits or more; the page's values kept
    as published (the postcode a list of one, the Einrichtungsnummer a number of seven or eight
    digits), 181 with an e-mail address naming the Kita or a desk, no Träger name."""
    rows = h326.data()["rows"]
    assert len(rows) == 300
    for row in rows:
        fields = row["fields"]
        assert sum(c.isdigit() for c in fields["phone"]) >= 6
        assert len(fields["postcode"]) == 1 and re.fullmatch(r"1[0-4]\d{3}", fields["postcode"][0])
        assert 1000000 <= fields["num"] <= 99999999
        assert "parent" not in fields
        assert fields.get("email", "") == fields.get("email", "").strip()
    assert sum(bool(h326.email(row)) for row in rows) == 181
    assert sum(h326.phone(row).startswith("030") for row in rows) > 250


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or plain text)."""
    if layout == "froide_publicbody":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if layout == "din5008_brief":
        return value
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name stands in every record's text and the Einrichtungsnummer in those that name
    it, outside the labels."""
    for r in records:
        row = _row(r)
        values = [_encoded(r["layout"], h326._f(row, "name"))]
        if r["layout"] != "elster_lsta":
            values.append(str(h326._f(row, "num")))
        for value in values:
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the letter by
    its fixed lines), the row's number and address where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h326.phone(row), h326.email(row), h326._f(row, "name")
        if r["layout"] == "xrechnung_ubl":
            root = ET.fromstring(text.encode("utf-8"))
            assert "xrechnung_3.0" in root.findtext(f"{CBC}CustomizationID")
            party = root.find(f"{UBL}AccountingSupplierParty/{UBL}Party")
            assert party.findtext(f"{UBL}Contact/{CBC}Telephone") == tel
            assert (party.findtext(f"{UBL}Contact/{CBC}ElectronicMail") or "") == mail
            assert (party.findtext(f"{CBC}EndpointID") or "") == mail
            assert party.findtext(f"{UBL}PartyName/{CBC}Name") == name
            assert root.find(f"{UBL}TaxTotal/{UBL}TaxSubtotal/{UBL}TaxCategory/{CBC}ID").text == "E"
        elif r["layout"] == "elster_lsta":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.findtext(f"{ELSTER}TransferHeader/{ELSTER}DatenArt") == "LStA"
            supplier = root.find(
                f"{ELSTER}DatenTeil/{ELSTER}Nutzdatenblock/{ELSTER}Nutzdaten/"
                f"{ELSTER}Anmeldungssteuern/{ELSTER}DatenLieferant"
            )
            assert supplier.findtext(f"{ELSTER}Telefon") == tel
            assert (supplier.findtext(f"{ELSTER}Email") or "") == mail
            assert supplier.findtext(f"{ELSTER}Name") == name
        elif r["layout"] == "froide_publicbody":
            doc = json.loads(text)
            assert doc["name"] == name and doc["email"] == mail
            assert doc["contact"].startswith(f"Tel.: {tel}")
            assert doc["resource_uri"] == f"https://fragdenstaat.de/api/v1/publicbody/{doc['id']}/"
            assert doc["geo"]["type"] == "Point"
        else:
            lines = text.split("\n")
            assert lines[0].startswith(f"{name} · ")
            assert f"{'Telefon:':<22}{tel}" in lines
            assert lines[-2].endswith(f" · Telefon {tel}")
            assert "Mit freundlichen Grüßen" in lines


def test_provenance():
    sources = h326.data()["sources"]
    assert set(sources) == {"DE"}
    de = sources["DE"]
    assert de["repository"] == "technologiestiftung/kita-explorer"
    assert de["commit"] == "3273e0834c97a8a76b60537a2d9d7c1ca23bd89d"
    assert "not confirmed" in de["licence"] and de["publisher"]
    rows = h326.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"DE": 300}


def test_the_committed_data_is_rebuilt_from_the_mirror_byte_for_byte(tmp_path):
    """The extractor writes the committed data again from the register's mirror, where this
    machine has it."""
    import de_berlin_kitas_data as extractor

    git_dir = Path("/work/.mirror/technologiestiftung+kita-explorer/repo")
    if not git_dir.exists():
        pytest.skip("the register's mirror is not on this machine")
    data = extractor.extract({"DE": git_dir})
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert text == extractor.OUT.read_text(encoding="utf-8")


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h326, "held_out_326", tmp_path)

"""held_out_373 of the PII evaluation set (scripts/pii_held_out_373.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
fax or mailbox, unchanged, each copy labelled; the organisation's name, postcode and town are
in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on its rows. No recognizer runs here: the part is scored from its
committed file."""

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

import hr_vatrogasne_organizacije_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_373 as h373  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

RM = "{urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg}"
RMT = "{urn:oasis:names:tc:emergency:EDXL:RM:1.0}"
XPIL = "{urn:oasis:names:tc:ciq:xpil:3}"
PIDF = "{urn:ietf:params:xml:ns:pidf}"
CA = "{urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr}"
# copies of each value a record of each layout writes: (each tel number, fax, e-mail)
COPIES = {
    "mygls_print_labels": (1, 0, 2),
    "edxl_rm_response": (2, 1, 1),
    "pidf_lo_presence": (1, 1, 1),
    "nominatim_search": (1, 1, 1),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h373.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h373.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h373.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h373.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h373.LAYOUTS}


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the ``tel`` line, the fax (where it is a line of its own) and the mailbox
    (where there is one) are labelled wherever they stand, each whole, the numbers under their
    columns; nothing else is labelled and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        fax, mail = h373.fax(row), h373.email(row)
        n_tel, n_fax, n_mail = COPIES[r["layout"]]
        expected: Counter = Counter()
        for tel in h373.phones(row):
            kind = "international" if h373.international(tel) else "national"
            expected[(tel, "PHONE_NUMBER", f"{kind}:tel")] += n_tel
            assert text.count(tel) == n_tel, (r["id"], tel)
        if fax:
            assert text.count(fax) == n_fax, r["id"]
            if n_fax:
                kind = "international" if h373.international(fax) else "national"
                expected[(fax, "PHONE_NUMBER", f"{kind}:fax")] = n_fax
        if mail:
            expected[(mail, "EMAIL_ADDRESS", "register")] = n_mail
        assert text.count("@") == (n_mail if mail else 0), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h373.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "international:tel": 388,
        "national:tel": 20,
        "international:fax": 52,
        "national:fax": 5,
        "register": 306,
    }


def test_the_data_keeps_the_published_shape():
    """Every kept ``tel`` line holds one to four numbers of seven digits or more, a person
    could hold each, no number twice; no number is an earlier Croatian part's; the fields are
    strings as the directory gives them, and no person's line is kept."""
    rows = h373.data()["rows"]
    assert Counter(len(h373.phones(row)) for row in rows) == {1: 279, 2: 17, 3: 3, 4: 1}
    tels = [t for row in rows for t in h373.phones(row)]
    assert all(re.fullmatch(r"\+?\d{7,14}", t) for t in tels)
    assert all(personal_phone(t, "HR") for t in tels)
    forms = [extractor.forms(t) for t in tels]
    assert len(set().union(*forms)) == sum(len(f) for f in forms), "a number kept twice"
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "385") | extractor.osm_numbers()
    assert not any(f & earlier for f in forms)
    assert Counter(row["fields"]["vrsta"] for row in rows) == {
        "dvd": 217,
        "gradska_opcinska": 74,
        "zupanijska_zajednica": 9,
    }
    assert sum(bool(h373.fax(row)) for row in rows) == 78
    assert sum(bool(h373.email(row)) for row in rows) == 245
    assert all(row["fields"]["email"] in ("", h373.email(row)) for row in rows)
    for row in rows:
        assert list(row["fields"]) == extractor.SOURCES["HR"]["columns"]
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert not any(
            re.match(r"(Predsjednik|Zapovjednik|Tajnik)", v) for v in row["fields"].values()
        )


def test_the_extractor_reads_an_entry_as_the_directory_writes_it():
    """A voluntary society's entry: county association, name, address, then the labelled
    lines; the ``mob:`` line and the lines naming persons are not kept; a fax of ``385`` is
    none, and a fax that is the telephone without its area code is not a line of its own."""
    text = (
        "Vatrogasna zajednica Zagrebačke županije\n"
        "Dobrovoljno vatrogasno društvo Primjer\n"
        "Primjerska cesta 83, 10370 Primjer\n"
        "tel: +38512775550, 013886089\n"
        "mob: +385912268666\n"
        "fax: 385\n"
        "email: dvd.primjer@example.hr\n"
        "Zapovjednik: Ime Prezime, mob: +385912268666\n"
    )
    fields = extractor.entry_fields("dvd", text)
    assert fields == {
        "vrsta": "dvd",
        "zajednica": "Vatrogasna zajednica Zagrebačke županije",
        "naziv": "Dobrovoljno vatrogasno društvo Primjer",
        "adresa": "Primjerska cesta 83, 10370 Primjer",
        "tel": "+38512775550, 013886089",
        "fax": "385",
        "email": "dvd.primjer@example.hr",
        "url": "",
    }
    row = {"country": "HR", "path": "x#0", "fields": fields}
    assert h373.phones(row) == ["+38512775550", "013886089"]
    assert h373.fax(row) == ""
    assert h373.fax({**row, "fields": {**fields, "fax": "3886089"}}) == ""
    assert h373.fax({**row, "fields": {**fields, "fax": "+38512775551"}}) == "+38512775551"
    assert extractor.forms("+38512775550") == {"38512775550", "012775550"}
    assert extractor.forms("0038521603980") >= {"38521603980", "021603980"}
    county = extractor.entry_fields("zupanijska_zajednica", "VZ Primjer\nUlica 1, 10000 Zagreb\n")
    assert county["zajednica"] == "" and county["naziv"] == "VZ Primjer"
    assert h373.address({"fields": {"adresa": "Ivana Meštrovića 11 D, 22000 Šibenik"}}) == (
        "Ivana Meštrovića",
        "11 D",
        "22000",
        "Šibenik",
    )


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout in ("edxl_rm_response", "pidf_lo_presence"):
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _identifier_values(row: dict) -> list[str]:
    street, _, postcode, town = h373.address(row)
    return [v for v in (h373.name(row), postcode, town) if v]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The organisation's name, postcode and town stand in every record's text outside the
    labels, escaped as the layout escapes them (``\\"Kutjevo\\"`` in JSON)."""
    for r in records:
        for value in _identifier_values(_row(r)):
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h373.phone_line(row), h373.fax(row), h373.email(row), h373.name(row)
        if r["layout"] == "mygls_print_labels":
            assert "\n" not in text
            doc = json.loads(text)
            assert len(doc["Password"]) == 64 and all(0 <= b < 256 for b in doc["Password"])
            (parcel,) = doc["ParcelList"]
            to = parcel["DeliveryAddress"]
            assert to["ContactPhone"] == tel and to["Name"] == name and to["CountryIsoCode"] == "HR"
            assert to["ContactEmail"] == (mail or None)
            assert parcel["PickupAddress"]["ContactPhone"] is None
            assert re.fullmatch(r"/Date\(\d{13}\)/", parcel["PickupDate"])
            codes = [s["Code"] for s in parcel["ServiceList"]]
            assert ("FDS" in codes) == bool(mail)
        elif r["layout"] == "edxl_rm_response":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{RM}ResponseToRequestResource"
            assert root.findtext(f"{RM}MessageContentType") == "ResponseToRequestResource"
            assert root.findtext(f"{RM}MessageDescription").endswith(f"Kontakt dežurstva: {tel}.")
            contact = root.find(f"{RM}ContactInformation/{RMT}AdditionalContactInformation")
            numbers = [
                (n.get("CommunicationMediaType"), n.findtext(f"{XPIL}ContactNumberElement"))
                for n in contact.iter(f"{XPIL}ContactNumber")
            ]
            expected = [("Telephone", t) for t in h373.phones(row)]
            assert numbers == expected + ([("Fax", fax)] if fax else [])
            mails = [e.text for e in contact.iter(f"{XPIL}ElectronicAddressIdentifier")]
            assert mails == ([mail] if mail else [])
        elif r["layout"] == "pidf_lo_presence":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{PIDF}presence" and root.get("entity").startswith("urn:uuid:")
            civic = root.find(f".//{CA}civicAddress")
            assert civic.findtext(f"{CA}country") == "HR" and civic.findtext(f"{CA}NAM") == name
            note = root.findtext(f"{PIDF}tuple/{PIDF}note")
            assert f"tel. {tel}" in note and (f"faks {fax}" in note) == bool(fax)
            contact = root.findtext(f"{PIDF}tuple/{PIDF}contact")
            assert contact == (f"mailto:{mail}" if mail else None)
        else:
            (place,) = json.loads(text)
            assert place["type"] == "fire_station" and place["category"] == "amenity"
            assert place["extratags"]["phone"] == tel
            assert place["extratags"].get("fax", "") == fax
            assert place["extratags"].get("email", "") == mail
            assert place["address"]["country_code"] == "hr" and place["name"] == name


def test_provenance():
    sources = h373.data()["sources"]
    assert set(sources) == {"HR"}
    hr = sources["HR"]
    assert hr["repository"] == "iloncari/vatrogasne-intervencije1"
    assert hr["commit"] == "099f1e3fb00f7c7ac2e71adf0726a788848cf934"
    assert hr["paths"] == [extractor.PATH]
    assert "not confirmed" in hr["licence"] and hr["publisher"]
    rows = h373.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"HR": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h373, "held_out_373", tmp_path)

"""held_out_344 of the PII evaluation set (scripts/pii_held_out_344.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field and every
labelled e-mail address the row's real address, copied unchanged, each copy labelled; the name and
postcode are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
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

import pii_held_out_344 as h344  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the office's identifiers, in every layout
IDENTIFIERS = ("Name", "ZIP")
# the copies of the phone field each layout writes (the e-mail address once in each)
PHONE_COPIES = {"jpk_v7m": 1, "optima_xml": 1, "papinet_delivery": 1, "olx_advert": 2}
TNS = "{http://crd.gov.pl/wzor/2021/12/27/11148/}"
ETD = "{http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2021/06/08/eD/DefinicjeTypy/}"
OPT = "{http://www.comarch.pl/cdn/optima/offline}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h344.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h344.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h344.data()["rows"]) == 448
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h344.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "jpk_v7m": 112, "optima_xml": 112, "papinet_delivery": 112, "olx_advert": 112,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_and_address_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands (a distractor if
    no person could hold it), under its column, and the e-mail address wherever it stands;
    nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, mail = h344.phone(row), h344.email(row)
        copies = text.count(value)
        assert copies == PHONE_COPIES[r["layout"]], r["id"]
        assert text.count(mail) == 1, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "PL") else short)[(number, h344.PHONE)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        emails = [text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert emails == [mail], r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(
        records, lambda v: v.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {"national:Telephone": 560, "register": 448}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; the
    Directorate-General, 17 regional directorates and 430 forest districts; the fields are
    strings as the workbook holds them (five phone fields with trailing blanks, kept as
    published); one number of seven digits, the rest of nine; every address the office's own
    on ``lasy.gov.pl``."""
    rows = h344.data()["rows"]
    assert Counter(row["fields"]["Marker ID"] for row in rows) == {
        "general": 1, "region": 17, "district": 430,
    }  # fmt: skip
    lengths = Counter()
    for row in rows:
        digits = [c for c in row["fields"]["Telephone"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        lengths[len(digits)] += 1
        assert re.fullmatch(r"[a-z_.-]+@([a-z]+\.)?lasy\.gov\.pl", h344.email(row))
    assert lengths == {9: 447, 7: 1}
    assert sum(row["fields"]["Telephone"] != h344.phone(row) for row in rows) == 5
    assert not any(h344.phone(row).startswith("+") for row in rows)


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "olx_advert":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The office's name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h344._f(_row(r), column))
            if r["layout"] == "jpk_v7m" and column == "ZIP":
                continue  # the JPK's Podmiot1 carries no address
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _nip_ok(nip: str) -> bool:
    digits = [int(c) for c in nip]
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11 == digits[9]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number and address where the format puts them, the invented NIPs with their check digits
    right."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, mail, name = h344.phone(row), h344.email(row), h344._f(row, "Name")
        if r["layout"] == "olx_advert":
            doc = json.loads(text)
            assert doc["contact"] == {"name": name, "phone": tel}
            assert len(doc["title"]) <= 70 and len(doc["description"]) >= 80
            assert f"tel. {tel} lub e-mail {mail} " in doc["description"]
            assert doc["advertiser_type"] == "business" and doc["price"]["currency"] == "PLN"
            assert doc["location"]["latitude"] == float(h344._f(row, "Latitude [N]"))
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "jpk_v7m":
            assert root.tag == f"{TNS}JPK"
            code = root.find(f"{TNS}Naglowek/{TNS}KodFormularza")
            assert code.get("kodSystemowy") == "JPK_V7M (2)" and code.text == "JPK_VAT"
            who = root.find(f"{TNS}Podmiot1/{TNS}OsobaNiefizyczna")
            assert who.findtext(f"{TNS}Telefon") == tel and who.findtext(f"{TNS}Email") == mail
            assert who.findtext(f"{ETD}PelnaNazwa").endswith(name)
            assert _nip_ok(who.findtext(f"{ETD}NIP"))
            sale = root.find(f"{TNS}Ewidencja/{TNS}SprzedazWiersz")
            assert _nip_ok(sale.findtext(f"{TNS}NrKontrahenta"))
            assert root.findtext(f"{TNS}Ewidencja/{TNS}SprzedazCtrl/{TNS}PodatekNalezny") == (
                sale.findtext(f"{TNS}K_20")
            )
        elif r["layout"] == "optima_xml":
            assert root.tag == f"{OPT}ROOT"
            address = root.find(f"{OPT}KONTRAHENCI/{OPT}KONTRAHENT/{OPT}ADRESY/{OPT}ADRES")
            assert address.findtext(f"{OPT}TELEFON1") == tel
            assert address.findtext(f"{OPT}EMAIL") == mail
            assert address.findtext(f"{OPT}NAZWA1") == name
            assert address.findtext(f"{OPT}KOD_POCZTOWY") == h344._f(row, "ZIP")
            assert _nip_ok(address.findtext(f"{OPT}NIP").replace("-", ""))
        else:
            assert root.tag == "DeliveryMessageWood"
            supplier = root.find("DeliveryMessageWoodHeader/SupplierParty")
            contact = supplier.find("CommonContact")
            assert contact.findtext("Telephone") == tel and contact.findtext("Email") == mail
            assert supplier.findtext("NameAddress/Name1") == name
            volumes = [v.text for v in root.iter("Value")]
            assert len(volumes) == 2 and volumes[0] == volumes[1]


def test_provenance():
    sources = h344.data()["sources"]
    assert set(sources) == {"PL"}
    pl = sources["PL"]
    assert pl["repository"] == "krozmuszynska/geoportal"
    assert pl["commit"] == "2e3f788a2f2574f1081884eeb491f3ec153b2f4f"
    assert pl["paths"] == ["sample/data_1.xlsx"]
    assert "not confirmed" in pl["licence"] and pl["publisher"]
    rows = h344.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PL": 448}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert all(len(r["fields"]) == 17 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h344, "held_out_344", tmp_path)

"""held_out_456 of the PII evaluation set (scripts/pii_held_out_456.py): its committed records
keep the generator's invariants (every labelled value is a copy of the row's real telephone,
unchanged, each copy labelled; the unit's name, postcode and municipality are in the text and
unlabelled), each document parses as its format, the extractor's rules hold on the data, and the
file is rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import mx_correos_oficinas_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_456 as h456  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# copies of the telephone a record of each layout writes
COPIES = {
    "simpliroute_visit": 2,
    "vtex_pickup_point": 1,
    "envia_ship_generate": 2,
    "skydropx_shipment": 1,
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h456.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h456.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h456.data()["rows"]) == 300
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h456.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:MX"
    assert Counter(r["layout"] for r in records) == {layout: 75 for layout in h456.LAYOUTS}
    # the page-language guess reads the APIs' English keys as much as the Spanish values
    assert Counter(r["language"] for r in records) == {"en": 230, "es": 70}


def test_every_copy_of_the_telephone_is_labelled_unchanged(records):
    """Each copy of the telephone is labelled, each number in it on its own (an extension
    stays outside); nothing else is labelled, there is no mailbox and no distractor."""
    for r in records:
        tel, text = h456.phone(_row(r)), r["text"]
        assert text.count(tel) == COPIES[r["layout"]], r["id"]
        pieces = [tel[s:e] for s, e in numbers(tel)]
        expected = Counter(
            {(p, "PHONE_NUMBER", "national:telefono"): COPIES[r["layout"]] for p in pieces}
        )
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        for s, _, _, _ in r["spans"]:
            assert any(text.startswith(tel, s - tel.index(p)) for p in pieces), r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h456.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefono": 450}


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name, its five-digit postcode and its municipality stand in every record's
    text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (row["fields"]["nombre_cuo"], h456.postcode(row), h456.town(row)):
            encoded = json.dumps(value, ensure_ascii=False)[1:-1]
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses as JSON in its API's shape, the row's values where the format puts
    them, the other party of a shipment with no phone and no mailbox."""
    for r in records:
        row, doc = _row(r), json.loads(r["text"])
        tel, name = h456.phone(row), row["fields"]["nombre_cuo"]
        if r["layout"] == "simpliroute_visit":
            assert isinstance(doc, list) and len(doc) == 1
            visit = doc[0]
            assert visit["contact_phone"] == tel and visit["title"].endswith(f" - {name}")
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", visit["planned_date"])
            assert visit["window_start"] < visit["window_end"]
            assert visit["notes"].endswith(f"llamar al {tel} antes de llegar.")
            assert f"C.P. {h456.postcode(row)}" in visit["address"]
        elif r["layout"] == "vtex_pickup_point":
            assert doc["id"] == f"correos-{row['fields']['clave_cuo']}" and doc["name"] == name
            assert doc["instructions"].endswith(f"al teléfono {tel}.")
            assert doc["address"]["postalCode"] == h456.postcode(row)
            assert doc["address"]["country"]["acronym"] == "MEX" and doc["isActive"] is True
            assert {h["dayOfWeek"] for h in doc["businessHours"]} >= {1, 2, 3, 4, 5}
        elif r["layout"] == "envia_ship_generate":
            dest = doc["destination"]
            assert dest["phone"] == tel and dest["company"].endswith(name)
            assert dest["postalCode"] == h456.postcode(row) and dest["country"] == "MX"
            assert "phone" not in doc["origin"] and "email" not in doc["origin"]
            assert doc["settings"]["comments"].endswith(f"al {tel}")
            assert doc["settings"]["currency"] == "MXN" and len(doc["packages"]) == 1
        else:
            ship = doc["shipment"]
            src, dst = ship["address_from"], ship["address_to"]
            assert src["phone"] == tel and src["company"].endswith(name)
            assert src["postal_code"] == h456.postcode(row)
            assert "phone" not in dst and "email" not in dst
            pkg = ship["packages"][0]
            assert re.fullmatch(r"\d{8}", pkg["consignment_note"]) and pkg["package_type"] == "4G"


def test_the_data_keeps_the_published_shape():
    """Every kept telephone is a number a person could hold (seven digits or more), no two
    units share a national number, none an earlier Mexican part holds; the fields are strings
    under the file's keys."""
    rows = h456.data()["rows"]
    tels = [h456.phone(row) for row in rows]
    assert all(re.fullmatch(r"[\d -]+(?: Ext \d+)?", tel) for tel in tels)
    assert all(personal_phone(p, "MX") for tel in tels for p in (tel.split(" Ext")[0],))
    nationals = [extractor.national(tel) for tel in tels]
    assert len(set(nationals)) == 300
    earlier = {
        extractor.national(d)
        for d in extractor.earlier_numbers(extractor.DATA, extractor.EARLIER, "52")
    }
    assert not earlier & set(nationals)
    assert sum(tel.startswith("01") for tel in tels) > 150
    assert all(tuple(row["fields"]) == extractor.KEYS for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractors_rules_on_a_few_rows():
    """The number's identity drops the ``01`` prefix; ``S/T`` has no number; values stay as
    the file writes them (numbers as their JSON text)."""
    assert extractor.national("01-449-913-4400") == extractor.national("449-913-4400")
    assert extractor.national("016988-93-0126") == "6988930126"
    assert len(extractor.national("S/T")) < 7
    obj = {"codigo_postal": 1000, "telefono": "01-55-5555-0000", "latitud": None}
    assert extractor.fields(obj) == {
        "codigo_postal": "1000",
        "telefono": "01-55-5555-0000",
        "latitud": "null",
    }
    assert h456.postcode({"fields": {"codigo_postal": "1000"}}) == "01000"
    assert h456.address_parts(
        {"fields": {"domicilio": "Zaragoza 212a Int. Col.Calvillo Centro, Calvillo, AGS"}}
    ) == ("Zaragoza", "212a", "Calvillo Centro", "AGS")


def test_provenance():
    sources = h456.data()["sources"]
    assert set(sources) == {"MX"}
    mx = sources["MX"]
    assert mx["repository"] == "carlosserrano260904/Correos-Mexico-Monorepo"
    assert mx["commit"] == "08f33f425579796c0304154b945be45e20ffaf7d"
    assert mx["paths"] == ["apps/backend/test/oficinas_coordenadas.json"]
    assert "not confirmed" in mx["licence"] and mx["publisher"]
    assert Counter(r["country"] for r in h456.data()["rows"]) == {"MX": 300}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h456, "held_out_456", tmp_path)

"""held_out_270 of the PII evaluation set (scripts/pii_held_out_270.py): its committed records
keep the generator's invariants (every labelled phone is a number of one of the row's real phone
fields, copied unchanged, each copy labelled under its column; every labelled address is the
row's kept role address; the name and postcode are in the text and unlabelled) and are rebuilt
byte for byte from the committed data. No recognizer runs here: the part is scored from its
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

import pii_held_out_270 as h270  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the restaurant's identifiers, in every layout
IDENTIFIERS = ("Nombre", "C.Postal")
# how many times each layout writes the first phone field and each of the others
COPIES = {
    "openmenu_omf": (2, 1),
    "glovo_order": (2, 1),
    "square_location": (1, 1),
    "actions_center_feed": (2, 1),
}
EMAILS = {"openmenu_omf": 1, "glovo_order": 0, "square_location": 1, "actions_center_feed": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h270.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h270.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h270.data()["rows"]) == 440
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h270.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "openmenu_omf": 110, "glovo_order": 110, "square_location": 110,
        "actions_center_feed": 110,
    }  # fmt: skip


def test_every_copy_of_the_phone_fields_is_labelled_unchanged(records):
    """Each number of each phone field is labelled under its column as many times as the
    layout writes the field (a distractor if no person could hold it); nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        first, others = COPIES[r["layout"]]
        expected, short = Counter(), Counter()
        for i, (column, value) in enumerate(h270.phones(row)):
            copies = first if i == 0 else others
            assert text.count(value) >= copies, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "ES") else short)[(number, column)] += copies
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_the_kept_address_is_labelled_where_the_layout_writes_it(records):
    for r in records:
        address = h270.email(_row(r))
        got = [r["text"][s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert got == ([address] * EMAILS[r["layout"]] if address else []), r["id"]
    assert sum(t == "EMAIL_ADDRESS" for r in records for *_, t, _ in r["spans"]) == 25


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h270_international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:Teléfono 1": 769, "national:Teléfono 2": 116, "national:Teléfono 3": 9,
        "register": 25,
    }  # fmt: skip


def h270_international(value: str) -> bool:
    return value.startswith("+")


def test_the_data_keeps_the_published_shape():
    """Every kept row has a phone field with six digits or more, not all zeros, and no phone
    field with a letter; the fields are strings as the file gives them; every kept address is
    a role word on a domain that is no free mail service; the nine provinces are there."""
    rows = h270.data()["rows"]
    for row in rows:
        assert h270.phones(row)
        assert not any(re.search("[A-Za-z]", row["fields"][c]) for c in h270.PHONES)
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert "" not in row["fields"]
        address = h270.email(row)
        if address:
            local, domain = address.lower().split("@")
            assert local in ("info", "reservas", "restaurante", "direccion", "recepcion",
                             "contabilidad", "hotel", "clientes", "admin", "hola",
                             "administracion")  # fmt: skip
            assert domain not in ("gmail.com", "hotmail.com", "yahoo.es", "hotmail.es")
    assert sum(bool(h270.email(row)) for row in rows) == 35
    assert len({row["fields"]["Provincia"] for row in rows}) == 9
    assert (
        sum(row["fields"]["Teléfono 1"] != row["fields"]["Teléfono 1"].strip() for row in rows) <= 1
    )


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, or a JSON string)."""
    if layout == "openmenu_omf":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h270._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    first number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        first = h270.phones(row)[0][1]
        name = h270._f(row, "Nombre")
        if r["layout"] == "openmenu_omf":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "omf" and root.findtext("version") == "1.6"
            info = root.find("restaurant_info")
            assert info.findtext("phone") == first and info.findtext("restaurant_name") == name
            assert info.findtext("country") == "ES"
            assert root.find("menus/menu/menu_groups/menu_group/menu_items/menu_item") is not None
        elif r["layout"] == "glovo_order":
            doc = json.loads(text)
            pickup, delivery = doc["addresses"]
            assert pickup["type"] == "PICKUP" and delivery["type"] == "DELIVERY"
            assert pickup["contactPhone"] == first and pickup["contactPerson"] == name
            assert isinstance(doc["scheduleTime"], int)
        elif r["layout"] == "square_location":
            loc = json.loads(text)["location"]
            assert loc["phone_number"] == first and loc["name"] == name
            assert loc["country"] == "ES" and loc["currency"] == "EUR" and loc["mcc"] == "5812"
            assert re.fullmatch(r"B\d{8}", loc["tax_ids"]["es_nif"])
            assert loc.get("business_email", "") == h270.email(row)
        else:
            doc = json.loads(text)
            assert doc["metadata"]["processing_instruction"] == "PROCESS_AS_COMPLETE"
            (merchant,) = doc["merchant"]
            assert merchant["telephone"] == first and merchant["name"] == name
            assert merchant["category"] == "restaurant"
            assert merchant["geo"]["address"]["country"] == "ES"


def test_provenance():
    sources = h270.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "rantoncuadrado/udacity_capstone_project"
    assert es["commit"] == "c5497c57ccb64092456f01a9a5024d27f14cb297"
    assert es["paths"] == ["input_files/restaurantes.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h270.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 440}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h270, "held_out_270", tmp_path)

"""held_out_208 of the PII evaluation set (scripts/pii_held_out_208.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each copy labelled; each copy of the kept e-mail address labelled; the
name, municipality and postcode are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_208 as h208  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the business's identifiers, in every layout
IDENTIFIERS = ("denominazione struttura", "cap")
JSON_LAYOUTS = ("odh_accommodation", "tripadvisor_location", "foursquare_place")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h208.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h208.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h208.data()["rows"]) == 360
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h208.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "odh_accommodation": 90, "acco_ap_turtle": 90, "tripadvisor_location": 90,
        "foursquare_place": 90,
    }  # fmt: skip


def _copies(text: str, value: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``value`` stands in ``text`` outside the stretches ``taken`` before it."""
    found = []
    for m in re.finditer(re.escape(value), text):
        if not any(s <= m.start() and m.end() <= e for s, e in taken):
            found.append((m.start(), m.end()))
    return found


def test_every_copy_of_the_fields_is_labelled_unchanged(records):
    """Each number of the phone and fax fields is labelled wherever the field stands (a fax
    equal to the phone as the phone) if a person could hold it (a distractor if not), under its
    column; each copy of the e-mail address is labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        taken: list[tuple[int, int]] = []
        expected, short = Counter(), Counter()
        mail = h208.email(row)
        emails = _copies(text, mail, taken) if mail else []
        taken += emails
        for column, value in ((h208.PHONE, h208.phone(row)), (h208.FAX, h208.fax(row))):
            if not value:
                continue
            copies = _copies(text, value, taken)
            taken += copies
            for s, e in numbers(value):
                number = value[s:e]
                bucket = expected if personal_phone(number, "IT") else short
                bucket[(number, column)] += len(copies)
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_emails = [(s, e) for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS"]
        assert sorted(got_emails) == sorted(emails), r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_every_layout_writes_the_phone_and_the_address(records):
    """The phone field stands in every record, twice in the Open Data Hub object (``Phone``
    and ``Shortdesc``) and in the Turtle facility (``sm:telephoneNumber`` and
    ``l0:description``); the e-mail address, where the data keeps one, once in every layout."""
    for r in records:
        row, text = _row(r), r["text"]
        twice = r["layout"] in ("odh_accommodation", "acco_ap_turtle")
        assert text.count(h208.phone(row)) >= (2 if twice else 1), r["id"]
        if h208.email(row):
            assert text.count(h208.email(row)) == 1, r["id"]


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h208.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {
        "national:telefono": 581, "international:telefono": 48, "national:fax": 177,
        "international:fax": 18, "register": 280,
    }  # fmt: skip


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the four kinds read; no
    field a spreadsheet spoiled or that joins two numbers without a blank; many numbers without
    their trunk 0 (nine digits beginning ``1``); the e-mail addresses kept name a desk or the
    business."""
    rows = h208.data()["rows"]
    assert Counter(row["fields"]["tipologia"] for row in rows) == {
        "Alberghi e residenze turistico-alberghiere": 243,
        "Case per Ferie e Ostelli per la Gioventu'": 44,
        "Rifugi Alpini, Escurs., non gestiti e Bivacchi": 38,
        "Campeggi e Villaggi Turistici": 35,
    }
    for row in rows:
        assert sum(c.isdigit() for c in row["fields"]["telefono"]) >= 6
        for value in (h208.phone(row), h208.fax(row)):
            assert "E+" not in value
            assert all(sum(c.isdigit() for c in value[s:e]) <= 13 for s, e in numbers(value))
    assert sum(re.fullmatch(r"1\d{8}", h208.phone(row)) is not None for row in rows) >= 40
    assert sum(bool(h208.fax(row)) for row in rows) == 236
    assert sum(bool(h208.email(row)) for row in rows) == 280
    assert h208.data()["dropped"] == {"indirizzo posta elettronica": 44}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or a Turtle string's content)."""
    if layout in JSON_LAYOUTS:
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value.replace("\\", "\\\\").replace('"', '\\"')


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h208._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each JSON document parses, the row's fields where its format puts them; each Turtle
    facility has its prefixes, one subject and its contact point's numbers."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, fax, mail, name = h208.phone(row), h208.fax(row), h208.email(row), h208.name(row)
        if r["layout"] == "odh_accommodation":
            doc = json.loads(text)
            detail = doc["AccoDetail"]["it"]
            assert detail["Phone"] == tel and detail["Name"] == name == doc["Shortname"]
            assert detail["Fax"] == (fax or None) and detail["Email"] == (mail or None)
            assert detail["Shortdesc"].endswith(f"al numero {tel}.")
            assert (
                re.fullmatch(r"[0-9A-F]{32}", doc["Id"]) and doc["_Meta"]["Id"] == doc["Id"].lower()
            )
            assert doc["AccoTypeId"] in {"HotelPension", "Youth", "Mountain", "Camping"}
        elif r["layout"] == "tripadvisor_location":
            doc = json.loads(text)
            assert doc["phone"] == tel and doc["name"] == name
            assert doc.get("email", "") == mail
            assert doc["address_obj"]["postalcode"] == h208._f(row, "cap")
            assert f"-d{doc['location_id']}-" in doc["web_url"]
        elif r["layout"] == "foursquare_place":
            doc = json.loads(text)
            assert doc["tel"] == tel and doc["name"] == name
            assert doc.get("fax", "") == fax and doc.get("email", "") == mail
            assert re.fullmatch(r"[0-9a-f]{24}", doc["fsq_id"])
        else:
            assert text.startswith("@prefix acco: <https://w3id.org/italia/onto/ACCO/> .\n")
            assert text.count(" a acco:AccommodationFacility ;\n") == 1
            assert text.endswith("    ] .\n")
            assert f'sm:telephoneNumber "{tel}"' in text
            if fax:
                assert f'sm:telephoneNumber "{fax}" ;' in text and "channel/033>" in text
            if mail:
                assert f'sm:emailAddress "mailto:{mail}"' in text
            assert text.count("[") == text.count("]")


def test_provenance():
    sources = h208.data()["sources"]
    assert set(sources) == {"IT"}
    it = sources["IT"]
    assert it["repository"] == "lukes1582/dati_sql"
    assert it["commit"] == "2a9cd37243b2d23ea3830eca329e2c2470403b9b"
    assert it["path"] == "pie_elenco_delle_strutture_ricettive.sql"
    assert "not confirmed" in it["licence"] and "Piemonte" in it["publisher"]
    rows = h208.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"IT": 360}
    assert all(len(r["fields"]) == 28 for r in rows)


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h208, "held_out_208", tmp_path)

"""held_out_238 of the PII evaluation set (scripts/pii_held_out_238.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the council's name and invented NIF are in the text and
unlabelled) and are rebuilt byte for byte from the committed data. No recognizer runs here: the
part is scored from its committed file."""

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

import pii_held_out_238 as h238  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

MRW = "{http://www.mrw.es/}"
SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
# how many times each layout writes the phone field
COPIES = {"aeat_347": 1, "mrw_transmenvio": 2, "facturascripts_cliente": 2, "quipu_contact": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h238.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h238.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h238.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h238.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "aeat_347": 100, "mrw_transmenvio": 100, "facturascripts_cliente": 100,
        "quipu_contact": 100,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h238.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "ES") else short)[(number, h238.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h238.international)
    assert kinds == {"national:tel": 600}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is nine digits run together, as the register writes most of its
    numbers; 397 fixed lines and 3 mobiles, all distinct; 50 provinces' INE codes."""
    rows = h238.data()["rows"]
    assert all(re.fullmatch(r"\d{9}", h238.phone(row)) for row in rows)
    assert Counter(h238.phone(row)[0] for row in rows) == {"9": 397, "6": 3}
    assert len({h238.phone(row) for row in rows}) == 400
    assert all(re.fullmatch(r"\d\d-\d{3}", row["fields"]["ine"]) for row in rows)
    assert len({row["fields"]["ine"][:2] for row in rows}) == 50


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (AEAT capitals in 40 positions, XML text, PHP's or
    Python's JSON string)."""
    if layout == "aeat_347":
        return h238._alpha(value, 40).rstrip()
    if layout == "mrw_transmenvio":
        return escape(value)
    if layout == "facturascripts_cliente":
        return h238._php_json(value)[1:-1]
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The council's name and its invented NIF stand in every record's text, outside the
    labels."""
    for r in records:
        row = _row(r)
        for value in (_encoded(r["layout"], h238.council(row)), h238.nif(row)):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_nifs_carry_their_control_character():
    """The invented NIF of a council is ``P``, its INE code's five digits, ``00`` and the
    control letter of the CIF rule (``P2807900B`` is Madrid's published NIF)."""
    assert h238.nif({"fields": {"ine": "28-079"}}) == "P2807900B"
    for row in h238.data()["rows"]:
        assert re.fullmatch(r"P\d{7}[A-J]", h238.nif(row))


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the AEAT
    file by its fixed positions), the row's number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h238.phone(row)
        if r["layout"] == "aeat_347":
            lines = text.split("\r\n")
            assert lines[-1] == "" and all(len(line) == 500 for line in lines[:-1])
            head, *parties = lines[:-1]
            assert head[:8] == "13472024" and head[8:17] == h238.nif(row)
            assert head[57] == "T" and head[58:67] == tel
            assert head[67:107].rstrip() == "SECRETARIA INTERVENCION"
            assert int(head[135:144]) == len(parties) >= 2
            total = sum(int(p[83:98]) for p in parties)
            assert int(head[145:160]) == total
            for p in parties:
                assert p[:17] == f"23472024{h238.nif(row)}" and p[75] == "D"
                assert re.fullmatch(r"B\d{8}", p[17:26]) and p[81] == "A"
        elif r["layout"] == "mrw_transmenvio":
            root = ET.fromstring(text.encode("utf-8"))
            request = root.find(f"{SOAP}Body/{MRW}TransmEnvio/{MRW}request")
            entrega = request.find(f"{MRW}DatosEntrega")
            assert entrega.findtext(f"{MRW}Telefono") == tel
            assert entrega.findtext(f"{MRW}Nombre") == h238.council(row)
            assert tel in entrega.findtext(f"{MRW}Observaciones")
            postcode = entrega.findtext(f"{MRW}Direccion/{MRW}CodigoPostal")
            assert postcode[:2] == row["fields"]["ine"][:2] and len(postcode) == 5
        elif r["layout"] == "facturascripts_cliente":
            assert "\n" not in text and "/" not in text.replace("\\/", "")
            doc = json.loads(text)
            assert doc["telefono1"] == tel and doc["nombre"] == h238.council(row)
            assert doc["observaciones"].endswith(f": {tel}.")
            assert doc["cifnif"] == h238.nif(row) and doc["tipoidfiscal"] == "CIF"
        else:
            doc = json.loads(text)["data"]
            assert doc["type"] == "contacts"
            attributes = doc["attributes"]
            assert attributes["phone"] == tel and attributes["name"] == h238.council(row)
            assert attributes["town"] == row["fields"]["name"]
            assert attributes["zip_code"][:2] == row["fields"]["ine"][:2]
            assert doc["links"]["self"].endswith(f"/contacts/{doc['id']}")


def test_provenance():
    sources = h238.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "gabrielcaseiro/spain_contact_ayuntamientos"
    assert es["commit"] == "c793e4c8fb5d93b1b470a3f7f24b33b36de2a693"
    assert es["paths"] == ["info_ayuntamientos.csv"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h238.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 400}
    assert all(set(r["fields"]) == {"name", "ine", "tel"} for r in rows)
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h238, "held_out_238", tmp_path)

"""held_out_173 of the PII evaluation set (scripts/pii_held_out_173.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone or fax
field, copied unchanged, each value labelled once; every kept e-mail address labelled once; the
name and postcode are in the text and unlabelled) and are rebuilt byte for byte from the
committed data. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pii_held_out_173 as h173  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

FE = "{http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml}"
METS = "{http://www.loc.gov/METS/}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h173.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h173.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h173.data()["rows"]) == 367
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h173.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "facturae_invoice": 92, "sicres3_exchange": 92, "mets_document": 92, "bagit_info": 91,
    }  # fmt: skip


def test_every_value_is_labelled_once_unchanged(records):
    """Each number of each phone and fax value is labelled under its column if a person could
    hold it (a distractor if not), each kept e-mail address labelled; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        values = [(h173.PHONE, v) for v in h173.phones(row)] + h173.faxes(row)
        expected, short = Counter(), Counter()
        for column, value in values:
            assert value in text, (r["id"], value)
            for s, e in numbers(value):
                number = value[s:e]
                (expected if personal_phone(number, "ES") else short)[(number, column)] += 1
        labelled = Counter(
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        )
        assert labelled == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        mails = Counter(text[s:e] for s, e, t, _ in r["spans"] if t == "EMAIL_ADDRESS")
        assert mails == Counter(h173.emails(row)), r["id"]
        assert not r["unscored"]


def test_the_part_holds_what_the_readme_says(records):
    kinds = phone_kinds(
        records, lambda v: v.startswith("+"), frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
    )
    assert kinds == {
        "national:Telefono": 426, "national:Fax": 70, "national:FaxOficial": 56, "register": 281,
    }  # fmt: skip
    assert sum(len(r["distractors"]) for r in records) == 5


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more; the values are strings as
    the directory gives them; no dropped field or listed personal address is left."""
    rows = h173.data()["rows"]
    assert len(rows) == 367
    for row in rows:
        f = row["fields"]
        assert "DatosPersonales" not in f and "Descripcion_es" not in f
        assert sum(c.isdigit() for c in " ".join(f["Telefono"])) >= 6
        assert all(isinstance(v, str) for k in ("Telefono", "Fax", "FaxOficial") for v in f[k])
        assert all("@" in m for m in f["Email"])
    shapes = Counter(re.sub(r"\d", "9", v) for row in rows for v in h173.phones(row))
    assert shapes["999 999 999"] > shapes["999999999"] > shapes["999 99 99 99"] > 0
    assert sum(len(h173.phones(row)) == 2 for row in rows) == 59
    kept = {m for row in rows for m in h173.emails(row)}
    from es_cyl_libraries_data import PERSONAL

    assert not kept & PERSONAL and len(PERSONAL) == 50


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and postcode stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h173._f(row, "NombreOrganismo"), h173._f(row, "CodigoPostal")):
            if r["layout"] != "bagit_info":
                value = escape(value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            # a copy outside every label (a postcode may also stand inside an address:
            # ``bibliotecapb24300@hotmail.com``)
            assert any(not any(s <= at < e for s, e, *_ in spans) for at in found), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each XML document parses, the row's first number where the format puts it; each
    bag-info.txt is ``label: value`` lines with its required contact tags."""
    for r in records:
        row, text = _row(r), r["text"]
        tel = h173.phones(row)[0]
        if r["layout"] == "bagit_info":
            lines = text.rstrip("\n").split("\n")
            assert all(re.fullmatch(r"[A-Za-z-]+: \S.*", line) for line in lines), r["id"]
            assert f"Contact-Phone: {tel}" in lines
            assert lines[0] == f"Source-Organization: {h173._f(row, 'NombreOrganismo')}"
            continue
        root = ET.fromstring(text.encode("utf-8"))
        if r["layout"] == "facturae_invoice":
            assert root.tag == f"{FE}Facturae"
            assert root.findtext("FileHeader/SchemaVersion") == "3.2.2"
            buyer = root.find("Parties/BuyerParty")
            found = [e.text for e in buyer.iter() if e.tag in ("Telephone",)]
            extra = " ".join(e.text for e in buyer.iter() if e.tag == "AdditionalContactDetails")
            assert tel in found or f"Teléfono: {tel}" in extra, r["id"]
            assert all(len(t) <= h173.FACTURAE_MAX for t in found)
        elif r["layout"] == "sicres3_exchange":
            assert root.tag == "Fichero_Intercambio_SICRES_3"
            assert root.findtext("De_Interesado/Telefono_Contacto_Interesado") == tel
            assert root.findtext("De_Interesado/Razon_Social_Interesado") == h173._f(
                row, "NombreOrganismo"
            )
        else:
            assert root.tag == f"{METS}mets"
            agent = root.find(f"{METS}metsHdr/{METS}agent")
            assert agent.get("ROLE") == "CREATOR"
            assert f"Tel. {tel}" in [n.text for n in agent.findall(f"{METS}note")]


def test_provenance():
    sources = h173.data()["sources"]
    assert set(sources) == {"ES"}
    es = sources["ES"]
    assert es["repository"] == "rantoncuadrado/udacity_capstone_project"
    assert es["commit"] == "c5497c57ccb64092456f01a9a5024d27f14cb297"
    assert es["paths"] == ["input_files/Directorio de Bibliotecas de Castilla y Leo\u0301n.json"]
    assert "not confirmed" in es["licence"] and es["publisher"]
    rows = h173.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"ES": 367}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h173, "held_out_173", tmp_path)

"""held_out_408 of the PII evaluation set (scripts/pii_held_out_408.py): its committed records
keep the generator's invariants (every labelled value is a number of the row's real contact
field, unchanged, each copy labelled; the service's name and district are in the text and
unlabelled) and are rebuilt byte for byte from the committed data; the extractor keeps the
list's rules. No recognizer runs here: the part is scored from its committed file."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pe_aurora_cem_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_408 as h408  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from register_contacts_data import earlier_numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the service's identifiers, in every layout
IDENTIFIERS = ("ESTABLECIMIENTO", "DISTRITO")
# copies of the contact field a record of each layout writes
COPIES = {"nubefact_factura": 1, "nubefact_trama_txt": 2, "nubefact_guia": 1, "crisp_webhook": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h408.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h408.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h408.data()["rows"]) == 400
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h408.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
        assert r["language"] == "es"
    assert Counter(r["layout"] for r in records) == {layout: 100 for layout in h408.LAYOUTS}


def test_every_copy_of_the_numbers_is_labelled_unchanged(records):
    """The contact field is written whole as many times as the layout writes it, and each
    number in it is labelled wherever it stands, whole, under its column; the separator between
    two numbers is not labelled, nothing else is and no distractor is."""
    for r in records:
        row, text = _row(r), r["text"]
        field, copies = h408.phone(row), COPIES[r["layout"]]
        assert text.count(field) == copies, r["id"]
        expected = Counter()
        for line in h408.lines_of(row):
            expected[(line, "PHONE_NUMBER", "national:celular")] = copies
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h408.international)
    assert kinds == {"national:celular": 536}


def test_the_data_keeps_the_published_shape():
    """Every kept field is one Peruvian mobile of nine digits, two of them after a blank, a
    hyphen or a slash, or the one ten-digit field as written; no two fields alike, no number of
    the earlier Peruvian part's data; the list's columns are kept, as strings."""
    rows = h408.data()["rows"]
    fields = [h408.phone(row) for row in rows]
    assert Counter(bool(re.fullmatch(r"9\d{8}", f)) for f in fields) == {True: 372, False: 28}
    two = [f for f in fields if len(h408.lines_of({"fields": {h408.PHONE: f}})) == 2]
    assert len(two) == 27
    assert all(re.fullmatch(r"9\d{8}(?: | / |/ |-| - |- )9\d{8}", f) for f in two)
    assert [f for f in fields if re.fullmatch(r"\d{10}", f)] == ["9329499263"]
    assert len({re.sub(r"\D", "", f) for f in fields}) == 400
    assert all(personal_phone(line, "PE") for row in rows for line in h408.lines_of(row))
    earlier = earlier_numbers(extractor.DATA, extractor.EARLIER, "51")
    assert not any(line in earlier for row in rows for line in h408.lines_of(row))
    assert Counter(row["fields"]["CATEGORIA"] for row in rows) == {
        "CEM REGULAR": 193, "CEM 24 HORAS": 153, "SAR": 48, "SAU": 6,
    }  # fmt: skip
    assert sum(row["fields"]["DIRECCION"] == h408.EMPTY for row in rows) == 54
    columns = {"CATEGORIA", "ESTABLECIMIENTO", "DEPARTAMENTO", "PROVINCIA", "DISTRITO",
               "DIRECCION", "CELULAR DE CONTACTO"}  # fmt: skip
    assert all(set(row["fields"]) == columns for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_the_lists_rules():
    """A field of seven digits or more is kept; ``NO DISPONIBLE`` is not; the numbers of a
    field are its runs of seven digits or more, as written."""
    assert extractor.lines_of("994840307") == ["994840307"]
    assert extractor.lines_of("994800533-932963743") == ["994800533", "932963743"]
    assert extractor.lines_of("914166514 / 900626756") == ["914166514", "900626756"]
    assert extractor.lines_of("NO DISPONIBLE") == []
    assert extractor.lines_of("105") == []
    assert extractor.CAP == 400
    assert h408.lines_of({"fields": {h408.PHONE: "932946917/ 962070731"}}) == [
        "932946917", "962070731",
    ]  # fmt: skip


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The service's name and district stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = h408._f(_row(r), column)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            spans = [*r["spans"], *r["distractors"]]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in spans)]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _ruc_right(ruc: str) -> bool:
    """Whether a RUC's check digit is right (SUNAT's modulus 11)."""
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(ruc[:10], weights, strict=True))
    return len(ruc) == 11 and int(ruc[10]) == (11 - total % 11) % 10


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON by the standard library, the TXT trama as
    ``clave|valor|`` lines and one ``item`` line of the API's sixteen fields), the row's values
    where the format puts them, the invented RUCs' check digits right, the totals adding up."""
    for r in records:
        row, text = _row(r), r["text"]
        field, name = h408.phone(row), h408.name(row)
        if r["layout"] == "nubefact_factura":
            doc = json.loads(text)
            assert doc["operacion"] == "generar_comprobante" and doc["tipo_de_comprobante"] == 1
            assert doc["cliente_tipo_de_documento"] == 6
            assert _ruc_right(doc["cliente_numero_de_documento"])
            assert doc["cliente_direccion"] == h408.place(row)
            assert doc["observaciones"].endswith(f"con la sede al {field}.")
            assert name in doc["observaciones"] and name in doc["items"][0]["descripcion"]
            assert round(doc["total_gravada"] + doc["total_igv"], 2) == doc["total"]
            assert doc["orden_compra_servicio"] in doc["observaciones"]
        elif r["layout"] == "nubefact_trama_txt":
            lines = text.rstrip("\n").split("\n")
            assert all(line.endswith("|") for line in lines)
            head = dict(line[:-1].split("|", 1) for line in lines[:-1])
            assert head["operacion"] == "generar_comprobante"
            assert all("|" not in value for value in head.values())
            assert _ruc_right(head["cliente_numero_de_documento"])
            assert head["observaciones"].endswith(f"servicio movil: {field}")
            item = lines[-1][:-1].split("|")
            assert item[0] == "item" and len(item) == 15
            assert f" {field} - PERIODO " in item[3]
            gravada, igv, total = (float(head[k]) for k in ("total_gravada", "total_igv", "total"))
            assert round(gravada + igv, 2) == total == float(item[11])
        elif r["layout"] == "nubefact_guia":
            doc = json.loads(text)
            assert doc["operacion"] == "generar_guia" and doc["tipo_de_comprobante"] == 7
            assert _ruc_right(doc["cliente_numero_de_documento"])
            assert _ruc_right(doc["transportista_documento_numero"])
            assert doc["punto_de_llegada_direccion"] == h408.place(row)
            assert doc["punto_de_llegada_ubigeo"] == ""
            assert f"con la sede al {field} (" in doc["observaciones"]
            assert len(doc["items"]) == 1 and doc["items"][0]["cantidad"] >= 1
        else:
            doc = json.loads(text)
            assert set(doc) == {"website_id", "event", "data", "timestamp"}
            assert doc["event"] == "message:received"
            data = doc["data"]
            assert data["from"] == "operator" and data["type"] == "text"
            assert data["website_id"] == doc["website_id"]
            assert data["timestamp"] == doc["timestamp"]
            assert f"el {name} (" in data["content"]
            assert f"con el equipo al {field}. " in data["content"]
            assert data["content"].endswith("Linea 100 o al 105.")


def test_provenance():
    sources = h408.data()["sources"]
    assert set(sources) == {"PE"}
    pe = sources["PE"]
    assert pe["repository"] == "Nicole-Molina/servicios_de_ayuda"
    assert pe["commit"] == "86eba6eb63b663f2812b867374ad029f75c74915"
    assert pe["paths"] == ["assets/establecimientos_consolidados.xlsx"]
    assert "not confirmed" in pe["licence"] and pe["publisher"]
    rows = h408.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"PE": 400}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h408, "held_out_408", tmp_path)

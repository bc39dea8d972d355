"""held_out_246 of the PII evaluation set (scripts/pii_held_out_246.py): its committed records
keep the generator's invariants (every labelled phone is the row's real phone field, copied
unchanged, each copy labelled; the name and address are in the text and unlabelled) and are
rebuilt byte for byte from the committed data. No recognizer runs here: the part is scored from
its committed file."""

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

import pii_held_out_246 as h246  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the cinema's identifiers, in every layout
IDENTIFIERS = ("Nombre", "Dirección")
COPIES = {"mercadolibre_item": 2, "oca_epak_xml": 2, "andreani_orden": 2, "final_draft_fdx": 3}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h246.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h246.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h246.data()["rows"]) == 189
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h246.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mercadolibre_item": 48, "oca_epak_xml": 47, "andreani_orden": 47, "final_draft_fdx": 47,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h246.phone(row)
        copies = text.count(value)
        assert copies == COPIES[r["layout"]], r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "AR") else short)[(number, h246.PHONE)] += copies
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
    kinds = phone_kinds(records, h246.international)
    assert kinds == {"national:Teléfono": 425}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field is seven or eight digits with no separator; the area code stands
    in its own column (``s/d`` in 71 rows); no e-mail column is kept."""
    rows = h246.data()["rows"]
    assert Counter(len(h246.phone(row)) for row in rows) == {7: 105, 8: 84}
    for row in rows:
        assert re.fullmatch(r"\d{7,8}", row["fields"]["Teléfono"])
        assert re.fullmatch(r"\d{2,4}|s/d", row["fields"]["cod_area"])
        assert "Mail" not in row["fields"]
    assert sum(row["fields"]["cod_area"] == "s/d" for row in rows) == 71
    assert {row["fields"]["Fuente"] for row in rows} == {"INCAA / SInCA"}


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout in ("oca_epak_xml", "final_draft_fdx"):
        return escape(value, {'"': "&quot;"}) if layout == "oca_epak_xml" else escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and street address stand in every record's text, outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            value = _encoded(r["layout"], h246._f(_row(r), column))
            if not value:
                continue
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_no_email_address_and_no_invented_phone(records):
    """The part labels no e-mail address and writes none (the list's ``Mail`` column is left
    out, and no invented address is added); every label is a phone."""
    for r in records:
        assert "@" not in r["text"], r["id"]
        assert not [s for s in r["spans"] if s[2] != "PHONE_NUMBER"]


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h246.phone(row), h246._f(row, "Nombre")
        area = h246._given(row, "cod_area")
        if r["layout"] == "mercadolibre_item":
            doc = json.loads(text)
            assert doc["buying_mode"] == "classified" and doc["category_id"].startswith("MLA")
            contact = doc["seller_contact"]
            assert contact["phone"] == tel and contact["area_code"] == area
            assert contact["contact"] == name
            assert f"al {tel}" in doc["description"]["plain_text"]
            assert doc["location"]["address_line"] == h246._f(row, "Dirección")
        elif r["layout"] == "oca_epak_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "ROWS" and root.find("cabecera").get("ver") == "2.0"
            dest = root.find("origenes/origen/envios/envio/destinatario")
            assert dest.get("telefono") == tel and dest.get("apellido") == name
            assert f"Avisar al {tel}" in dest.get("observaciones")
            assert root.find("origenes/origen/envios/envio/paquetes/paquete").get("cant") == "1"
        elif r["layout"] == "andreani_orden":
            doc = json.loads(text)
            dest = doc["destinatario"][0]
            assert dest["telefonos"] == [{"tipo": 1, "numero": tel}]
            assert dest["nombreCompleto"] == name
            assert re.fullmatch(r"3[03]-\d{8}-\d", dest["documentoNumero"])
            refs = {x["meta"]: x["contenido"] for x in doc["bultos"][0]["referencias"]}
            assert f"llamar al {tel}" in refs["observaciones"]
            assert doc["destino"]["postal"]["calle"] == h246._f(row, "Dirección")
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "FinalDraft" and root.get("DocumentType") == "Script"
            kinds = [p.get("Type") for p in root.findall("Content/Paragraph")]
            assert kinds[0] == "Scene Heading" and "Dialogue" in kinds
            title = [p.findtext("Text") for p in root.findall("TitlePage/Content/Paragraph")]
            assert title[-1] == f"Tel. {tel}" and title[4] == f"Locación: {name}"
            dialogue = [p.findtext("Text") for p in root.findall("Content/Paragraph")
                        if p.get("Type") == "Dialogue"]  # fmt: skip
            assert dialogue[0].startswith(f"Sí, llamamos al {tel}")


def test_the_cuits_have_valid_check_digits(records):
    """The invented CUITs carry the modulus-11 check digit a real CUIT has."""
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for r in records:
        for cuit in re.findall(r"\b\d{2}-\d{8}-\d\b", r["text"]):
            digits = cuit.replace("-", "")
            total = sum(int(d) * w for d, w in zip(digits, weights, strict=False))
            assert (11 - total % 11) % 11 == int(digits[-1]), (r["id"], cuit)


def test_provenance():
    sources = h246.data()["sources"]
    assert set(sources) == {"AR"}
    ar = sources["AR"]
    assert ar["repository"] == "FrancoCaravello/Proyecto-Cultura"
    assert ar["commit"] == "c192438f07c02f96a33a160e6f26b59fbf17beb5"
    assert ar["paths"] == ["cine.csv"]
    assert "not confirmed" in ar["licence"] and ar["publisher"]
    rows = h246.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"AR": 189}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h246, "held_out_246", tmp_path)

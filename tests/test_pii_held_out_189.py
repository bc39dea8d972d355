"""held_out_189 of the PII evaluation set (scripts/pii_held_out_189.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the brigade's name and street address are in the text and
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

import pii_held_out_189 as h189  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_14 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

DTE = "{http://www.sii.cl/SiiDte}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h189.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h189.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h189.data()["rows"]) == 314
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h189.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "sii_dte": 79, "mercadopublico_oc": 79, "sahana_s3xml": 78, "waze_cifs": 78,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not: a six-digit local line), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h189.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "CL") else short)[(number, h189.PHONE)] += copies
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
    kinds = phone_kinds(records, h189.international)
    assert kinds == {"national:telefono": 702, "international:telefono": 18}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more, not all zeros; the fields
    are strings (the list's numbers as JSON writes them); four begin with ``+56``; one brigade
    is named without a town (``Metropolitano Sur``)."""
    rows = h189.data()["rows"]
    for row in rows:
        digits = [c for c in row["fields"]["telefono"] if c.isdigit()]
        assert len(digits) >= 6 and set(digits) != {"0"}
        float(row["fields"]["latitud"]), float(row["fields"]["longitud"])
        assert row["fields"]["cutCuerpo"].isdigit()
    assert all(row["fields"]["telefono"] == h189.phone(row) for row in rows)
    assert sum(h189.phone(row).startswith("+56") for row in rows) == 4
    assert [h189.brigade(r) for r in rows if "Metropolitano" in r["fields"]["nombre"]] == [
        "Cuerpo de Bomberos Metropolitano Sur"
    ]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, or XML text)."""
    if layout == "mercadopublico_oc":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The brigade's name (in capitals in the tax documents and purchase orders) and its
    street address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        name = h189.brigade(row)
        if r["layout"] in ("sii_dte", "mercadopublico_oc"):
            name = name.upper()
        for value in (
            _encoded(r["layout"], name),
            _encoded(r["layout"], h189._f(row, "direccion")),
        ):
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], value)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], value)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    number where the format puts it."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h189.phone(row), h189.brigade(row)
        if r["layout"] == "sii_dte":
            root = ET.fromstring(text.encode("iso-8859-1"))
            assert root.tag == f"{DTE}DTE"
            doc = root.find(f"{DTE}Documento")
            receptor = doc.find(f"{DTE}Encabezado/{DTE}Receptor")
            assert receptor.findtext(f"{DTE}Contacto") == tel
            assert receptor.findtext(f"{DTE}RznSocRecep") == name.upper()
            assert doc.findtext(f"{DTE}Referencia/{DTE}RazonRef").endswith(f" al {tel}")
            assert len(doc.findtext(f"{DTE}Referencia/{DTE}RazonRef")) <= 90
            totals = doc.find(f"{DTE}Encabezado/{DTE}Totales")
            net = sum(int(d.findtext(f"{DTE}MontoItem")) for d in doc.findall(f"{DTE}Detalle"))
            assert int(totals.findtext(f"{DTE}MntNeto")) == net
            assert int(totals.findtext(f"{DTE}MntTotal")) == net + int(totals.findtext(f"{DTE}IVA"))
        elif r["layout"] == "mercadopublico_oc":
            doc = json.loads(text)
            assert doc["Cantidad"] == len(doc["Listado"]) == 1 and doc["Version"] == "v1"
            order = doc["Listado"][0]
            assert re.fullmatch(r"\d{4}-\d{2,3}-SE24", order["Codigo"])
            assert order["Proveedor"]["FonoContacto"] == tel
            assert order["Proveedor"]["Nombre"] == name.upper()
            assert not order["Comprador"]["FonoContacto"] and not order["Comprador"]["MailContacto"]
            item = order["Items"]["Listado"][0]
            assert f" al {tel} " in item["EspecificacionProveedor"]
        elif r["layout"] == "sahana_s3xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "s3xml"
            resource = root.find("resource")
            assert resource.get("name") == "fire_station"
            data = {d.get("field"): d.text for d in resource.findall("data")}
            assert data["phone"] == tel and data["code"] == f"CB-{row['fields']['cutCuerpo']}"
            assert data["comments"].endswith(f"Central de alarmas: {tel}.")
            refs = {ref.get("field"): ref for ref in resource.findall("reference")}
            assert refs["organisation_id"].text == name
            assert refs["location_id"].get("lat") == row["fields"]["latitud"]
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "incidents"
            incidents = root.findall("incident")
            assert len(incidents) == 2
            for incident in incidents:
                assert incident.findtext("type") == "ROAD_CLOSED"
                assert incident.findtext("source/name") == name
                assert incident.findtext("description").endswith(f"Consultas al {tel}.")
                points = incident.findtext("location/polyline").split()
                assert len(points) == 4 and all(re.fullmatch(r"-\d+\.\d{6}", p) for p in points)


def test_provenance():
    sources = h189.data()["sources"]
    assert set(sources) == {"CL"}
    cl = sources["CL"]
    assert cl["repository"] == "matiasua/api-bomberos-cl"
    assert cl["commit"] == "925af3933d797d9b43a105050da0d9ff5a208d02"
    assert cl["paths"] == ["data/bomberos.json"]
    assert "not confirmed" in cl["licence"] and cl["publisher"]
    rows = h189.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"CL": 314}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h189, "held_out_189", tmp_path)

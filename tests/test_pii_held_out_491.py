"""held_out_491 of the PII evaluation set (scripts/pii_held_out_491.py): its committed records
keep the generator's invariants (every labelled value is a copy of a number of the row's real
contact field, unchanged, each copy labelled; the pharmacy's name, municipality and department
are in the text and unlabelled) and are rebuilt byte for byte from the committed data; the
extractor's rules hold on a few fields. No recognizer runs here: the part is scored from its
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

import bo_farmacias_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_491 as h491  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the pharmacy's identifiers, in every layout
IDENTIFIERS = ("nombre_farmacia", "municipio", "departamento")
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
# copies of the contact field each record of a layout writes
COPIES = {"siat_factura": 1, "gorgias_ticket": 3, "clickhouse_vertical": 1, "collection_json": 1}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h491.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h491.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h491.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h491.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == "reg:BO"
    assert Counter(r["layout"] for r in records) == {layout: 80 for layout in h491.LAYOUTS}


def test_every_copy_of_each_number_is_labelled_unchanged(records):
    """The contact field is written whole where the layout puts it, and each number in it is
    labelled on its own wherever it stands (the separator between two numbers is not); nothing
    else is labelled, no distractor is, no e-mail address is written."""
    for r in records:
        row, text = _row(r), r["text"]
        field, lines = h491.phone(row), h491.lines_of(row)
        assert lines and text.count(field) == COPIES[r["layout"]], r["id"]
        expected = Counter(
            {(line, "PHONE_NUMBER", "national:numero_contacto"): text.count(line) for line in lines}
        )
        assert all(text.count(line) == COPIES[r["layout"]] for line in lines), r["id"]
        got = Counter((text[s:e], t, kind) for s, e, t, kind in r["spans"])
        assert got == expected, r["id"]
        assert "@" not in text and not r["distractors"] and not r["unscored"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h491.international)
    assert kinds == {"national:numero_contacto": 492}
    assert sum(len(h491.lines_of(_row(r))) > 1 for r in records) == 8


def test_the_data_keeps_the_published_shape():
    """Every kept contact field is whole numbers of seven digits or more as the register writes
    them, each a number a person could hold, no number twice; the fields are strings as the
    table gives them and every column of the table is kept."""
    rows = h491.data()["rows"]
    numbers = [line for row in rows for line in h491.lines_of(row)]
    assert len(numbers) == 328
    assert all(re.fullmatch(r"\d[\d -]*\d", n) for n in numbers)
    assert all(personal_phone(n, "BO") and len(re.sub(r"\D", "", n)) >= 7 for n in numbers)
    assert len({re.sub(r"\D", "", n) for n in numbers}) == 328
    assert Counter(re.sub(r"\d", "9", h491.phone(row)) for row in rows).most_common(2) == [
        ("9999999", 221),
        ("99999999", 43),
    ]
    columns = {"id", "departamento", "municipio", "nombre_farmacia", "direccion", "numero_contacto"}
    assert all(columns <= set(row["fields"]) for row in rows)
    assert all(isinstance(v, str) for row in rows for v in row["fields"].values())


def test_the_extractor_keeps_only_whole_numbers():
    """``contact_numbers`` splits a field at a slash, two blanks or a hyphen before a number of
    its own, keeps a number's inner blanks and hyphens, and refuses a field with a short or odd
    number."""
    cut = extractor.contact_numbers
    assert cut("6435254") == ["6435254"]
    assert cut("64-58828") == ["64-58828"]
    assert cut("337 - 0021") == ["337 - 0021"]
    assert cut("4 64 51667") == ["4 64 51667"]
    assert cut("78494701/3422520") == ["78494701", "3422520"]
    assert cut("61588872- 3238933") == ["61588872", "3238933"]
    assert cut("33228646  71632503") == ["33228646", "71632503"]
    assert cut("337 - 51735 - 9322130") == ["337 - 51735", "9322130"]
    assert cut("3520282 - 75750526 ") == ["3520282", "75750526"]
    for refused in ("", " ", "328688", "62 - 0300", "92 - 936", "62630'13", "322424 -  78511983"):
        assert cut(refused) == [], refused


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (XML text, a JSON string, or as it is)."""
    if layout == "siat_factura":
        return escape(value)
    if layout == "clickhouse_vertical":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The pharmacy's name, municipality and department stand in every record's text (the
    invoices name no department; the Gorgias tickets write the municipality in title case and
    the department in lower case), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if r["layout"] == "siat_factura" and column == "departamento":
                continue  # the invoice names the municipality only
            value = h491._f(_row(r), column)
            if r["layout"] == "gorgias_ticket" and column == "municipio":
                value = value.title()
            if r["layout"] == "gorgias_ticket" and column == "departamento":
                value = value.lower()
            value = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            outside = [at for at in found if not any(s <= at < e for s, e, *_ in r["spans"])]
            assert outside, (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library; the Vertical
    output line by line), the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        field, name = h491.phone(row), h491.name(row)
        if r["layout"] == "siat_factura":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "facturaComputarizadaCompraVenta"
            head = root.find("cabecera")
            assert head.findtext("telefono") == field
            assert head.findtext("razonSocialEmisor") == f"FARMACIA {name}"
            assert head.findtext("municipio") == h491.town(row)
            assert head.findtext("direccion") == h491.street(row)
            assert head.findtext("codigoDocumentoSector") == "1"
            assert head.find("complemento").get(f"{XSI}nil") == "true"
            assert re.fullmatch(r"[0-9A-F]{56}", head.findtext("cuf"))
            details = root.findall("detalle")
            assert 1 <= len(details) <= 3
            total = sum(float(d.findtext("subTotal")) for d in details)
            assert f"{total:.2f}" == head.findtext("montoTotal")
        elif r["layout"] == "gorgias_ticket":
            doc = json.loads(text)
            assert doc["channel"] == doc["via"] == "chat" and doc["customer"]["email"] is None
            incoming, answer = doc["messages"]
            assert not incoming["from_agent"] and answer["from_agent"]
            assert all(m["ticket_id"] == doc["id"] for m in doc["messages"])
            assert f"Su teléfono es {field};" in answer["body_text"]
            assert f"<p>Teléfono: {field}</p>" in answer["body_html"]
            assert answer["stripped_text"] == answer["body_text"]
            assert f"FARMACIA {name}" in answer["body_text"]
        elif r["layout"] == "clickhouse_vertical":
            lines = text.splitlines()
            at = lines.index("Row 1:")
            assert lines[at + 1] == "──────"
            values, block = {}, []
            for line in lines[at + 2 :]:
                if not line:
                    break
                key = re.match(r"([a-z0-9_]+):", line)
                if key:  # a column; a line without one continues a multi-line value
                    block.append(line)
                    values[key.group(1)] = line.split(":", 1)[1].strip()
                else:
                    values[list(values)[-1]] += "\n" + line
            assert values["numero_contacto"] == field
            assert values["nombre_farmacia"].split() == name.split()
            assert values["id"] == h491._f(row, "id")
            assert values["pagina_web"] == h491.NULL
            assert len(values) == 15 and any(line.startswith("1 row in set. ") for line in lines)
            widths = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in block}
            assert len(widths) == 1, r["id"]
        else:
            doc = json.loads(text)["collection"]
            assert doc["version"] == "1.0" and len(doc["items"]) == 1
            item = doc["items"][0]
            data = {d["name"]: d["value"] for d in item["data"]}
            assert data["telefono"] == field and data["nombre"] == name
            assert item["href"].endswith("/" + h491._f(row, "id"))
            assert {d["name"] for d in doc["template"]["data"]} <= set(data)


def test_provenance():
    sources = h491.data()["sources"]
    assert set(sources) == {"BO"}
    bo = sources["BO"]
    assert bo["repository"] == "mauforonda/unidos_contra_el_covid"
    assert bo["commit"] == "5612c7a614f30c164c1fb5dc41db4e7c6a9715e5"
    assert bo["paths"] == ["data/farmacias.csv"]
    assert "not confirmed" in bo["licence"] and bo["publisher"]
    rows = h491.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BO": 320}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h491, "held_out_491", tmp_path)

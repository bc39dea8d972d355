"""held_out_288 of the PII evaluation set (scripts/pii_held_out_288.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real telephone
cell, copied unchanged, each copy labelled, each number on its own; the unit's name and address
are in the text and unlabelled) and are rebuilt byte for byte from the committed data. No
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

import pii_held_out_288 as h288  # noqa: E402 - the scripts folder's modules
from br_pcpe_unidades_data import table_rows  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402
from pii_held_out_11 import numbers  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h288.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h288.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h288.data()["rows"]) == 320
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h288.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "esic_pedido_xml": 80, "glpi_entity": 80, "netbox_site": 80, "pipefy_create_card": 80,
    }  # fmt: skip


def test_every_copy_of_the_telephone_cell_is_labelled_unchanged(records):
    """Each number of the cell is labelled wherever the cell stands, and the first number once
    more where NetBox's ``contact_phone`` holds it alone; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value, first = h288.phone(row), h288.first(row)
        assert text.count(value) == (2 if r["layout"] == "netbox_site" and value == first else 1)
        expected = Counter()
        for s, e in numbers(value):
            assert personal_phone(value[s:e], "BR"), r["id"]
            expected[value[s:e]] += 1
        if r["layout"] == "netbox_site":
            expected[first] += 1
        labelled = [
            (text[s:e], kind.split(":")[1]) for s, e, t, kind in r["spans"] if t == "PHONE_NUMBER"
        ]
        assert Counter(n for n, _ in labelled) == expected, r["id"]
        assert {column for _, column in labelled} == {h288.PHONE}
        assert not r["distractors"] and not r["unscored"]


def test_each_number_of_a_cell_is_its_own_span(records):
    """A cell of several numbers is several labels, whatever joins them (`` / ``, ``/``, a
    blank), and a label never holds a slash or two area codes."""
    for r in records:
        for s, e, *_ in r["spans"]:
            label = r["text"][s:e]
            assert "/" not in label and label.count("(") <= 1, (r["id"], label)
            assert 8 <= sum(c.isdigit() for c in label) <= 11, (r["id"], label)


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h288.international)
    assert kinds == {"national:telefones": 921}


def test_the_data_keeps_the_published_shape():
    """Every kept cell holds a number of six digits or more; the numbers are Pernambuco's
    (area codes 81 and 87 where one is written), most cells in the page's ``(81) 3637-5806 /
    (81) 3637-5803`` shape, fifteen otherwise (kept as published); the cells are strings and
    the addresses keep their ``Endereço`` label."""
    rows = h288.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 320}
    shape = re.compile(r"\(\d\d\) \d{4}-\d{4}(?: / \(\d\d\) \d{4}-\d{4})*")
    odd = [h288.phone(r) for r in rows if not shape.fullmatch(h288.phone(r))]
    assert len(odd) == 15
    assert "(81) 3626-8509 / (81) 3626-8511 verificar ligando" in odd
    assert "(81) 3662-0110 / (81) 3662-0113 / 3662-0111" in odd
    for row in rows:
        assert set(row["fields"]) == {"unidade", "endereco", "telefones"}
        assert all(isinstance(v, str) for v in row["fields"].values())
        assert sum(c.isdigit() for c in row["fields"]["telefones"]) >= 6
        assert set(re.findall(r"\((\d\d)\)", h288.phone(row))) <= {"81", "87"}
        assert re.match(r"Endereço\s*:", row["fields"]["endereco"])
        assert "@" not in "".join(row["fields"].values())
    assert sum(len(numbers(h288.phone(r))) for r in rows) == 841


def test_the_table_reader_keeps_the_cells_as_written():
    html = (
        "const dataString = `<tbody>\n<tr>\n"
        '<td align="left" valign="middle" height="17">DP 1ª CIRC. - DELEGACIA</td>\n'
        '<td align="left" valign="middle">Endereço: Rua A, 1 - CEP: 50.050-000</td>\n'
        '<td align="left" valign="bottom">(81) 3184-3802 / (81)3184-3803 </td>\n'
        "</tr>\n</tbody>`;\n"
    )
    assert table_rows(html) == [
        {
            "unidade": "DP 1ª CIRC. - DELEGACIA",
            "endereco": "Endereço: Rua A, 1 - CEP: 50.050-000",
            "telefones": "(81) 3184-3802 / (81)3184-3803 ",
        }
    ]


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "esic_pedido_xml":
        return escape(value)
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The unit's name and address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h288._f(row, "unidade"), h288.address(row)):
            written = re.escape(_encoded(r["layout"], value))
            found = [m.start() for m in re.finditer(written, r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format, the row's values where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h288.phone(row), h288._f(row, "unidade")
        if r["layout"] == "esic_pedido_xml":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == "Pedidos" and len(root) == 1
            pedido = root[0]
            assert pedido.findtext("Resposta").count(f"Telefones: {tel}.") == 1
            assert name in pedido.findtext("DetalhamentoSolicitacao")
            assert re.fullmatch(r"\d{17}", pedido.findtext("ProtocoloPedido"))
            for key in ("DataRegistro", "PrazoAtendimento", "DataResposta"):
                assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", pedido.findtext(key))
        elif r["layout"] == "glpi_entity":
            doc = json.loads(text)
            assert doc["phonenumber"] == tel and doc["name"] == name
            assert doc["completename"].endswith(f" > {name}")
            assert doc["address"] == h288.address(row) and doc["postcode"] == h288.cep(row)
        elif r["layout"] == "netbox_site":
            doc = json.loads(text)
            assert doc["name"] == name and re.fullmatch(r"[a-z0-9-]+", doc["slug"])
            assert doc["contact_phone"] == h288.first(row) and len(doc["contact_phone"]) <= 20
            assert f"**Telefones (página da PCPE):** {tel}\n" in doc["comments"]
            assert doc["physical_address"] == h288.address(row)
        else:
            doc = json.loads(text)
            assert "createCard(input: $input)" in doc["query"]
            fields = {
                a["field_id"]: a["field_value"]
                for a in doc["variables"]["input"]["fields_attributes"]
            }
            assert fields["telefones_da_unidade"] == tel and fields["unidade_policial"] == name
            assert re.fullmatch(r"30[1-4]\d{6}", doc["variables"]["input"]["pipe_id"])


def test_provenance():
    sources = h288.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "tthiagocarlosdev/TESTES"
    assert br["commit"] == "18d6b32531617d6316512c917f28821d63c93f9f"
    assert br["path"] == "teste_chat_gpt/agenda_unidades_pcpe/js/extrairUnidades.js"
    assert "not confirmed" in br["licence"] and "Polícia Civil de Pernambuco" in br["publisher"]


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h288, "held_out_288", tmp_path)

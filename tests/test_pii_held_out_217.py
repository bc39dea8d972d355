"""held_out_217 of the PII evaluation set (scripts/pii_held_out_217.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real phone field,
copied unchanged, each copy labelled; the name and municipality are in the text and unlabelled)
and are rebuilt byte for byte from the committed data. No recognizer runs here: the part is
scored from its committed file."""

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

import pii_held_out_217 as h217  # noqa: E402 - the scripts folder's modules
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

# the unit's identifiers, in every layout
IDENTIFIERS = ("nome", "municipio")
ESUS = "{http://esus.ufsc.br/dadotransporte}"
ESUS_FICHA = "{http://esus.ufsc.br/fichaatividadecoletiva}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h217.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h217.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h217.data()["rows"]) == 204
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h217.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "esus_ledi_transport": 51, "sigep_plp_xml": 51, "tiny_contato_json": 51,
        "pix_cob_json": 51,
    }  # fmt: skip


def test_every_copy_of_the_phone_field_is_labelled_unchanged(records):
    """Each number of the phone field is labelled wherever the field stands if a person could
    hold it (a distractor if not), under its column; nothing else is."""
    for r in records:
        row, text = _row(r), r["text"]
        value = h217.phone(row)
        copies = text.count(value)
        assert copies == 2, r["id"]
        expected, short = Counter(), Counter()
        for s, e in h217.numbers(value):
            number = value[s:e]
            (expected if personal_phone(number, "BR") else short)[(number, h217.PHONE)] += copies
        labelled = [
            (r["text"][s:e], kind.split(":")[1])
            for s, e, t, kind in r["spans"]
            if t == "PHONE_NUMBER"
        ]
        assert Counter(labelled) == expected, r["id"]
        got_short = Counter(text[s:e] for s, e, *_ in r["distractors"])
        assert got_short == Counter({n: c for (n, _), c in short.items()}), r["id"]
        assert not r["unscored"]


def test_the_numbers_of_a_field_follow_the_labelling_policy():
    """A shortened ending after a slash stays with the number before it; a whole line after a
    slash is a number of its own; a note after the number and a gap inside it are read as
    published."""

    def split(field: str) -> list[str]:
        return [field[s:e] for s, e in h217.numbers(field)]

    assert split("(77) 3476-2496") == ["(77) 3476-2496"]
    assert split("(75) 3287-2222/2470") == ["(75) 3287-2222/2470"]
    assert split("(74) 3627-2119/ 1990") == ["(74) 3627-2119/ 1990"]
    assert split("(77) 3664-2278/3664-2009") == ["(77) 3664-2278", "3664-2009"]
    assert split("(75) 3423-8376/3421-1004/1474") == ["(75) 3423-8376", "3421-1004/1474"]
    assert split("(73) 3532-1295 ( Não funciona mais)") == ["(73) 3532-1295"]
    assert split("(77)  3262-1929") == ["(77)  3262-1929"]
    assert split("(75) 3487- 2153") == ["(75) 3487- 2153"]


def test_phones_keep_their_kind(records):
    kinds = phone_kinds(records, h217.international)
    assert kinds == {"national:telefone": 412}


def test_the_data_keeps_the_published_shape():
    """Every kept phone field holds a number of six digits or more and begins with a bracketed
    area code of Bahia; the fields are strings as the file gives them; the directory's units
    are all of Bahia."""
    rows = h217.data()["rows"]
    for row in rows:
        value = row["fields"]["telefone"]
        assert sum(c.isdigit() for c in value) >= 6
        assert re.match(r"\((71|73|74|75|77)\)", value), value
        assert row["fields"]["estado"] == "BA"
    assert sum(len(h217.numbers(h217.phone(row))) for row in rows) == 206
    assert sum("/" in h217.phone(row) for row in rows) == 38


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string, XML text or CDATA)."""
    if layout == "esus_ledi_transport":
        return escape(value)
    if layout == "sigep_plp_xml":
        return value
    return json.dumps(value, ensure_ascii=False)[1:-1]


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and municipality stand in every record's text but the e-SUS file's (which
    names no municipality), outside the labels."""
    for r in records:
        for column in IDENTIFIERS:
            if column == "municipio" and r["layout"] == "esus_ledi_transport":
                continue
            value = _encoded(r["layout"], h217._f(_row(r), column))
            if r["layout"] == "pix_cob_json" and column == "municipio":
                value = h217._ascii_upper(h217._f(_row(r), column), 15)
            found = [m.start() for m in re.finditer(re.escape(value), r["text"])]
            assert found, (r["id"], column)
            spans = [*r["spans"], *r["distractors"]]
            assert not any(s <= at < e for at in found for s, e, *_ in spans), (r["id"], column)


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def _cnpj_valid(cnpj: str) -> bool:
    digits = [int(c) for c in cnpj]
    for n, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)),
                       (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):  # fmt: skip
        rest = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
        if digits[n] != (0 if rest < 2 else 11 - rest):
            return False
    return True


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (XML and JSON by the standard library), the row's
    phone field where the format puts it and its other copy where the record says."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name = h217.phone(row), h217._f(row, "nome")
        if r["layout"] == "esus_ledi_transport":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{ESUS}dadoTransporteTransportXml"
            assert root.findtext("tipoDadoSerializado") == "6"
            ficha = root.find(f"{ESUS_FICHA}fichaAtividadeColetivaTransport")
            assert ficha.findtext("outraLocalidade") == name
            assert ficha.findtext("uuidFicha") == root.findtext("uuidDadoSerializado")
            for tag in ("remetente", "originadora"):
                assert root.findtext(f"{tag}/fone") == tel
                assert root.findtext(f"{tag}/nomeOuRazaoSocial") == name
                assert _cnpj_valid(root.findtext(f"{tag}/cpfOuCnpj"))
        elif r["layout"] == "sigep_plp_xml":
            root = ET.fromstring(text.encode("iso-8859-1"))  # as its declaration says
            assert root.tag == "correioslog"
            assert root.findtext("remetente/telefone_remetente") == tel
            assert root.findtext("remetente/nome_remetente") == name
            assert root.findtext("remetente/cidade_remetente") == h217._f(row, "municipio")
            description = root.findtext("objeto_postal/nacional/descricao_objeto")
            assert description.endswith(f"Dúvidas com o remetente: {tel}")
            label = root.findtext("objeto_postal/numero_etiqueta")
            assert re.fullmatch(r"SZ\d{9}BR", label)
        elif r["layout"] == "tiny_contato_json":
            doc = json.loads(text)
            assert doc["retorno"]["status"] == "OK"
            contato = doc["retorno"]["contato"]
            assert contato["fone"] == tel and contato["nome"] == name
            assert f"pelo telefone {tel} antes" in contato["obs"]
            assert _cnpj_valid(re.sub(r"\D", "", contato["cpf_cnpj"]))
        else:
            doc = json.loads(text)
            assert doc["status"] == "ATIVA" and doc["loc"]["location"] == doc["location"]
            assert doc["solicitacaoPagador"].endswith(f"Dúvidas: {tel}")
            assert len(doc["solicitacaoPagador"]) <= 140
            info = {entry["nome"]: entry["valor"] for entry in doc["infoAdicionais"]}
            assert info["Telefone"] == tel and info["Unidade"] == name
            code = doc["pixCopiaECola"]
            assert code.startswith("000201") and h217._crc16(code[:-4]) == code[-4:]
            assert doc["location"] in code and _cnpj_valid(doc["devedor"]["cnpj"])


def test_provenance():
    sources = h217.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "HugoMolAraujo11/Save_life2"
    assert br["commit"] == "37e797b3b95428192ed10492e90227119a526dda"
    assert br["path"] == "dados_hospitais.js"
    assert "not confirmed" in br["licence"] and br["publisher"]
    rows = h217.data()["rows"]
    assert Counter(r["country"] for r in rows) == {"BR": 204}
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())
    assert not any("@" in v for r in rows for v in r["fields"].values())


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h217, "held_out_217", tmp_path)

"""held_out_179 of the PII evaluation set (scripts/pii_held_out_179.py): its committed records
keep the generator's invariants (every labelled phone is a number of the row's real run of
numbers and every labelled address one of its real e-mail addresses, copied unchanged, each copy
labelled; the name and address are in the text and unlabelled) and are rebuilt byte for byte
from the committed data. No recognizer runs here: the part is scored from its committed file."""

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

import br_sp_facilities_data as extractor  # noqa: E402 - the scripts folder's modules
import pii_held_out_179 as h179  # noqa: E402
from make_pii_eval import personal_phone  # noqa: E402

from tests.held_out_part_checks import (  # noqa: E402
    assert_rebuilt_byte_for_byte,
    assert_spans_lie_in_the_text_apart,
    phone_kinds,
)

LEXML = "{http://www.lexml.gov.br/1.0}"
NCL = "{http://www.ncl.org.br/NCL3.0/EDTVProfile}"
NFSE = "{http://www.abrasf.org.br/nfse.xsd}"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return h179.committed()


def _row(record: dict) -> dict:
    locale, n = record["locale"], int(record["id"].rsplit("/", 1)[1])
    return h179.by_locale()[locale][n]


def test_every_row_of_the_data_is_one_record_in_the_layout_it_is_given(records):
    assert len(records) == len(h179.data()["rows"]) == 350
    for r in records:
        n = int(r["id"].rsplit("/", 1)[1])
        assert r["layout"] == h179.layout_of(_row(r), n)
        assert r["source"] == _row(r)["path"]
        assert r["locale"] == f"reg:{_row(r)['country']}"
    assert Counter(r["layout"] for r in records) == {
        "mapas_culturais_space": 88, "lexml_portaria": 88, "ginga_ncl": 87, "abrasf_nfse": 87,
    }  # fmt: skip


def test_every_copy_of_each_number_and_address_is_labelled_unchanged(records):
    """Each number of the run and each e-mail address is labelled wherever it stands, each
    number on its own; nothing else is, and there are no distractors."""
    for r in records:
        row, text = _row(r), r["text"]
        expected = Counter()
        for number in h179.numbers_of(row):
            assert personal_phone(number, "BR"), r["id"]
            expected[(number, "PHONE_NUMBER")] += len(
                re.findall(rf"(?<!\d){re.escape(number)}(?!\d)", text)
            )
        for address in h179.emails(row):
            expected[(address, "EMAIL_ADDRESS")] += text.count(address)
        assert all(expected.values()), r["id"]
        labelled = Counter((text[s:e], t) for s, e, t, _ in r["spans"])
        assert labelled == expected, r["id"]
        assert not r["distractors"] and not r["unscored"]
    assert all(
        len(h179.numbers_of(_row(r))) <= sum(t == "PHONE_NUMBER" for *_, t, _ in r["spans"])
        for r in records
    )


def test_labels_keep_their_kind(records):
    kinds = phone_kinds(records, h179.international, frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"}))
    assert kinds == {"national:telefone": 1023, "register": 48}


def test_the_data_keeps_the_published_shape():
    """Every kept run is a substring of its row's ``descricao`` as published, made of São
    Paulo's numbers and separators only; 350 rows, 256 of them basic health units; 530 numbers,
    170 runs of two or three; 48 addresses, each in the description, none a person's."""
    rows = h179.data()["rows"]
    assert Counter(r["path"].split("#")[0] for r in rows) == {
        "ubs.json": 256, "bibliotecas.json": 50, "pronto-socorros.json": 18,
        "hospitais.json": 9, "bosques_e_pontos_de_leitura.json": 7,
        "ambulatorios_de_especialidades.json": 6, "museus.json": 4,
    }  # fmt: skip
    for row in rows:
        run = h179.phone(row)
        assert run in row["fields"]["descricao"]
        assert extractor.phone_run(row["fields"]["descricao"]) is not None
        assert re.fullmatch(r"[\d()/,eE -]+", run), run
        for address in row["emails"]:
            assert address in row["fields"]["descricao"]
            assert address.split("@")[0] not in extractor.PERSONAL
    assert sum(len(h179.numbers_of(r)) for r in rows) == 530
    assert sum(len(h179.numbers_of(r)) > 1 for r in rows) == 170
    assert sum(len(r["emails"]) for r in rows) == 48
    assert all(isinstance(v, str) for r in rows for v in r["fields"].values())


def test_the_extractor_keeps_one_run_and_leaves_the_ambiguous_out():
    run = extractor.phone_run
    text = "Rua Conde das Gauveia, 103-Jardim Santa - Fé-5921-9504-admrecanto@gmail.com-segunda"
    assert text[slice(*run(text))] == "5921-9504"
    text = "Av Celso Garcia , 4815-Tatuape-2191-7000 / 2191-5320/  2191-7499"
    assert text[slice(*run(text))] == "2191-7000 / 2191-5320/  2191-7499"
    text = "Pça do Centenário de Vl Prudnte, 108-6163-4228-"
    assert text[slice(*run(text))] == "6163-4228"
    assert run("R. Cisplatina, 505, Ipiranga.- 2273-23.90 e 2063-0901-Atendimento") is None
    assert run("R. General Jardim, 485-Vila Buarque-3256-4122 ramal 113-2ª a 6ª") is None
    assert run("Jd. Independência-2211-2772/2216-3746 - AMA - 2918-4645-") is None
    assert run("Estrada do Krukutu, s/n-04895-070ubsverapoty@prefeitura.sp.gov.br-") is None


def _encoded(layout: str, value: str) -> str:
    """``value`` as the layout writes it (a JSON string or XML text)."""
    if layout == "mapas_culturais_space":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return escape(value)


def test_the_identifiers_are_in_the_text_and_unlabelled(records):
    """The name and the address stand in every record's text, outside the labels."""
    for r in records:
        row = _row(r)
        for value in (h179._f(row, "nome"), h179.address(row)):
            encoded = _encoded(r["layout"], value)
            found = [m.start() for m in re.finditer(re.escape(encoded), r["text"])]
            assert found, (r["id"], value)
            assert not any(s <= at < e for at in found for s, e, *_ in r["spans"]), r["id"]


def test_spans_lie_in_the_text_and_overlap_only_themselves(records):
    assert_spans_lie_in_the_text_apart(records)


def test_the_documents_are_well_formed(records):
    """Each document parses in its format (JSON and XML by the standard library), the row's
    run of numbers and addresses where the format puts them."""
    for r in records:
        row, text = _row(r), r["text"]
        tel, name, mails = h179.phone(row), h179._f(row, "nome"), h179.emails(row)
        if r["layout"] == "mapas_culturais_space":
            (space,) = json.loads(text)
            assert space["telefonePublico"] == tel and space["name"] == name
            assert space["shortDescription"].endswith(f"Telefone: {tel}.")
            assert space.get("emailPublico", "") == " / ".join(mails)
            assert space["En_Municipio"] == "São Paulo" and space["En_Estado"] == "SP"
        elif r["layout"] == "lexml_portaria":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{LEXML}LexML"
            urn = root.find(f"{LEXML}Metadado/{LEXML}Identificacao").get("URN")
            assert re.fullmatch(r"urn:lex:br;sao\.paulo;sao\.paulo:secretaria\.municipal\."
                                r"(saude|cultura):portaria:2015-\d\d-\d\d;\d+", urn)  # fmt: skip
            articles = root.findall(f"{LEXML}Norma/{LEXML}Articulacao/{LEXML}Artigo")
            assert [a.get("id") for a in articles] == ["art1", "art2", "art3"]
            caput = articles[1].findtext(f"{LEXML}Caput/{LEXML}p")
            assert f"número(s) {tel}" in caput and all(m in caput for m in mails)
            assert tel in articles[1].findtext(f"{LEXML}Paragrafo/{LEXML}p")
            assert name in root.findtext(f"{LEXML}Norma/{LEXML}ParteInicial/{LEXML}Ementa")
        elif r["layout"] == "ginga_ncl":
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{NCL}ncl"
            media = {m.get("id"): m for m in root.iter(f"{NCL}media")}
            assert media["ficha"].get("type") == "application/x-ginga-NCLua"
            props = {p.get("name"): p.get("value") for p in media["ficha"].iter(f"{NCL}property")}
            assert props["telefone"] == tel and props["nome"] == name
            assert props.get("email", "") == " / ".join(mails)
            meta = {m.get("name"): m.get("content") for m in root.iter(f"{NCL}meta")}
            assert meta["description"] == f"{name} - telefone {tel}"
        else:
            root = ET.fromstring(text.encode("utf-8"))
            assert root.tag == f"{NFSE}CompNfse"
            decl = root.find(f"{NFSE}Nfse/{NFSE}InfNfse/{NFSE}DeclaracaoPrestacaoServico/"
                             f"{NFSE}InfDeclaracaoPrestacaoServico")  # fmt: skip
            taker = decl.find(f"{NFSE}TomadorServico")
            assert taker.findtext(f"{NFSE}RazaoSocial") == name
            shown = taker.findtext(f"{NFSE}Contato/{NFSE}Telefone")
            assert len(shown) <= 20 and shown in (tel, h179.numbers_of(row)[0])
            assert taker.findtext(f"{NFSE}Contato/{NFSE}Email") == (mails[0] if mails else None)
            what = decl.findtext(f"{NFSE}Servico/{NFSE}Discriminacao")
            assert what.endswith(f"Contato na unidade: {tel}.")
            for cnpj in root.iter(f"{NFSE}Cnpj"):
                assert re.fullmatch(r"\d{8}0001\d\d", cnpj.text)


def test_provenance():
    sources = h179.data()["sources"]
    assert set(sources) == {"BR"}
    br = sources["BR"]
    assert br["repository"] == "prefeiturasp/dados-espaciais-json"
    assert br["commit"] == "cd36e99adec66d46f83a12058526b007ff52b28b"
    assert br["paths"] == list(extractor.PATHS)
    assert "domínio público" in br["licence"] and br["publisher"]
    assert Counter(r["country"] for r in h179.data()["rows"]) == {"BR": 350}


def test_the_committed_file_is_rebuilt_byte_for_byte(tmp_path):
    assert_rebuilt_byte_for_byte(h179, "held_out_179", tmp_path)

"""held_out_261 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (IBRAM's Cadastro Nacional de Museus, Brazil's national register of museums; Brazil's
earlier parts took INEP's schools, Fortaleza's health posts, the CNJ's cartórios, São Paulo's
facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's operators and Panvel's
pharmacies) exactly as published, in layouts no earlier part has, beside the register's own
names, addresses, postcodes, coordinates, hours and numbers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Telefone`` and ``E-mail`` fields of 240 museums
  (``scripts/data/pii_br_ibram_museus.json``, written by ``scripts/br_ibram_museus_data.py``;
  source and licence in that file): Brazilian numbers as the museums gave them, the area code
  in brackets and the line of eight digits, hyphenated or not (``(54) 3221-2423``, ``(61)
  35333800``), several joined by `` / ``, some with a desk or an extension in brackets (``(51)
  3673-1166 (Ramal 215)``); the whole field written wherever a layout writes the number, each
  number in it labelled on every copy (an extension is no number); the museum's or its desk's
  mailbox where the register has one that names no person (``museu@jaboticabal.sp.gov.br``),
  each address labelled on every copy;
* the text around them is the same row's real fields: the name, the CNM's number
  (``1.01.04.9936``), administrative nature, street, number, complement, district, postcode
  (``95020-180``, in the fiscal and banking layouts its eight digits, ``95020180``), city,
  state, coordinates, web site, opening year, status, weekday hours and the CNPJ
  where the register has one, with invented ids, codes, CNPJs, IBGE-shaped municipality codes,
  CT-e access keys, protocol numbers, agreement and title numbers, amounts, weights and dates,
  unlabelled and scored;
* in layouts no earlier part has, Brazilian museum, ERP, fiscal and banking formats, text in
  Portuguese: Tainacan REST API v2 item responses (``GET /wp-json/tainacan/v2/items/{id}`` of
  an invented museums network's collection: each metadatum with ``value``,
  ``value_as_html`` and ``value_as_string``; the number three times under ``telefone``, the
  address three times under ``e-mail``), Bling ERP API v3 contact responses (``GET
  /Api/v3/contatos/{idContato}``: the museum as a legal-person customer with ``telefone``,
  ``email`` and ``emailNotaFiscal``, its address as ``endereco.geral``), authorised CT-e 4.00
  transport documents (``cteProc``: an invented carrier's road transport of packed works of art
  lent by an invented institute to the museum as ``dest`` with its ``email``; ``compl``'s
  ``xObs`` and an ``ObsCont`` of ``xCampo`` ``Contato destino`` giving the phone field, no
  ``fone``, whose digits-only shape would change it) and Banco do Brasil Cobrança API v2 boleto
  registrations (``POST /cobrancas/v2/boletos``: the museum as ``pagador`` with ``telefone``,
  an invented conservation workshop's service in ``mensagemBloquetoOcorrencia`` with the phone
  field again).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_261.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_ibram_museus.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_261.jsonl.gz"
SPLIT = "held_out_261"

LAYOUTS = ("tainacan_item", "bling_contato", "cte_proc", "bb_boleto")
PHONE, EMAIL, NAME = "Telefone", "E-mail", "Nome do Museu"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field and each e-mail address
COPIES = {"tainacan_item": 3, "bling_contato": 1, "cte_proc": 2, "bb_boleto": 2}
EMAIL_COPIES = {"tainacan_item": 3, "bling_contato": 2, "cte_proc": 1, "bb_boleto": 0}
EMPTY = ("", "-", "NULL", "N/A")  # the register's empty fields
BRT = dt.timezone(dt.timedelta(hours=-3))
UF_CODES = {
    "RO": 11, "AC": 12, "AM": 13, "RR": 14, "PA": 15, "AP": 16, "TO": 17, "MA": 21, "PI": 22,
    "CE": 23, "RN": 24, "PB": 25, "PE": 26, "AL": 27, "SE": 28, "BA": 29, "MG": 31, "ES": 32,
    "RJ": 33, "SP": 35, "PR": 41, "SC": 42, "RS": 43, "MS": 50, "MT": 51, "GO": 52, "DF": 53,
}  # fmt: skip
WEEKDAYS = (
    ("Segunda_feira", "Segunda"), ("Terça-feira", "Terça"), ("Quarta-feira", "Quarta"),
    ("Quinta-feira", "Quinta"), ("Sexta-feira", "Sexta"), ("Sábado", "Sábado"),
    ("Domingo", "Domingo"),
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented networks, carriers, lenders and workshops (no real body is meant)
NETWORKS = (
    ("na Rede Aurora de Museus", "rede-aurora-museus.org.br"),
    ("no Guia Vértice de Museus Brasileiros", "guia-vertice-museus.org.br"),
    ("na rede Acervos em Rede", "acervos-em-rede.org.br"),
)  # fmt: skip
CARRIERS = (
    ("TRANSPORTADORA VERTICE ARTE E CULTURA LTDA", "RUA DOS ESTUCADORES", "BARRA FUNDA"),
    ("AURORA LOGISTICA DE OBRAS DE ARTE LTDA", "AVENIDA DOS RESTAURADORES", "MOOCA"),
    ("ACERVO EXPRESS TRANSPORTES ESPECIAIS LTDA", "RUA DAS MOLDURAS", "IPIRANGA"),
)  # fmt: skip
LENDERS = (
    "INSTITUTO CERRADO DE ARTE E MEMORIA", "FUNDACAO LITORAL PARA O PATRIMONIO",
    "INSTITUTO PLANALTO DE ACERVOS",
)  # fmt: skip
SERVICES = (
    "Higienização e acondicionamento de acervo",
    "Laudo de conservação de obras em papel",
    "Oficina de conservação preventiva para a equipe",
    "Restauro de moldura e limpeza de pintura",
    "Diagnóstico de conservação da reserva técnica",
)  # fmt: skip
WORKSHOPS = (
    "Ateliê Aurora Conservação e Restauro", "Oficina Vértice de Restauro",
    "Ateliê Planalto de Conservação",
)  # fmt: skip
CARGO = ("OBRAS DE ARTE EMBALADAS", "PECAS DE ACERVO EM CAIXAS CLIMATIZADAS",
         "GRAVURAS E DOCUMENTOS EM PASTAS", "ESCULTURAS EM ENGRADADOS")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none or the register's dash)."""
    value = (row["fields"].get(key) or "").strip()
    return "" if value in EMPTY else value


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """The addresses of the row's e-mail field as published (none where the data kept none)."""
    return [a.strip() for a in _f(row, EMAIL).split(";") if a.strip()]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of each of its e-mail
    addresses labelled (each copy stands apart)."""
    values = [("phone", phone(row)), *(("email", a) for a in emails(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of 14 digits with its two check digits right."""
    body = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=False)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _mod11(body: str) -> str:
    """The modulo-11 check digit of a fiscal access key (weights 2 to 9 from the right)."""
    rest = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(body))) % 11
    return str(0 if rest < 2 else 11 - rest)


def uf(row: dict[str, Any]) -> str:
    return _f(row, "UF Visitação")


def cep_digits(row: dict[str, Any], rng: random.Random) -> str:
    """The visiting address's postcode as its eight digits (``95020180``), an invented one of
    the state where the register has none."""
    value = _f(row, "CEP Visitação")
    if re.fullmatch(r"\d{5}-\d{3}", value):
        return value.replace("-", "")
    return f"{rng.randint(10, 99)}{_digits(rng, 6)}"


def cnpj_digits(row: dict[str, Any], rng: random.Random) -> str:
    """The register's CNPJ as its digits where it has one, else an invented one."""
    digits = re.sub(r"\D", "", _f(row, "1.3 -  CNPJ:"))
    return digits.zfill(14) if len(digits) in (13, 14) else _cnpj(rng)


def _mun_code(row: dict[str, Any], rng: random.Random) -> str:
    """An invented IBGE-shaped municipality code of the museum's state (its two digits first)."""
    return f"{UF_CODES[uf(row)]}{_digits(rng, 5)}"


def street_line(row: dict[str, Any]) -> str:
    """Street and number as the register gives them (``Rua Visconde de Pelotas, 586``)."""
    street, number = _f(row, "Endereço Visitação"), _f(row, "Número Visitação")
    return f"{street}, {number}" if number else street


def address(row: dict[str, Any]) -> str:
    """The visiting address in one line: street, number, complement, district, postcode, city
    and state, each as published where the register has it."""
    parts = [street_line(row), _f(row, "Complemento Visitação"), _f(row, "Bairro Visitação")]
    head = " - ".join(p for p in parts if p)
    cep = _f(row, "CEP Visitação")
    tail = f"{_f(row, 'Município Visitação')}/{uf(row)}"
    return f"{head} - CEP {cep} - {tail}" if cep else f"{head} - {tail}"


def hours(row: dict[str, Any]) -> str:
    """The weekday hours (``Segunda: Não abre; Terça: 09:00 - 17:00; ...``), "" where the
    register gives none."""
    found = [(label, _f(row, key)) for key, label in WEEKDAYS]
    if not any(v for _, v in found):
        return ""
    return "; ".join(f"{label}: {v}" for label, v in found if v)


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60]


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def _upper(value: str) -> str:
    """A fiscal document's text: capitals without accents."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return plain.upper()


def tainacan_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Tainacan REST API v2 item response (``GET /wp-json/tainacan/v2/items/{id}``) of an
    invented museums network's collection: the item's id, title, description, author,
    dates, URL, status and collection, and its ``metadata`` keyed by slug, each with ``name``,
    ``value``, ``value_as_html``, ``value_as_string``, ``semantic_uri``, ``multiple``,
    ``mapping`` and ``id``: the name, the CNM's number, nature, address, postcode, city and
    state, the phone field, the e-mail field where the register kept one, the site, hours,
    coordinates, opening year and status."""
    name = _f(row, NAME)
    network, domain = rng.choice(NETWORKS)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(20, 400))
    collection = rng.randint(5, 90)
    meta_id = rng.randint(100, 900)
    entries: list[tuple[str, str, str]] = [
        ("nome-do-museu", "Nome do museu", name),
        ("numero-no-cadastro-nacional-de-museus", "Número no Cadastro Nacional de Museus",
         _f(row, "Número na Processada")),
        ("natureza-administrativa", "Natureza administrativa", _f(row, "Natureza Administrativa")),
        ("endereco-de-visitacao", "Endereço de visitação", address(row)),
        ("cep", "CEP", _f(row, "CEP Visitação")),
        ("municipio", "Município", _f(row, "Município Visitação")),
        ("uf", "UF", uf(row)),
        ("telefone", "Telefone", phone(row)),
        ("e-mail", "E-mail", "; ".join(emails(row))),
        ("site", "Site", _f(row, "Site")),
        ("horario-de-funcionamento", "Horário de funcionamento", hours(row)),
        ("ano-de-abertura", "Ano de abertura", _f(row, "Ano de Abertura")),
        ("situacao", "Situação", _f(row, "Situação de funcionamento")),
    ]  # fmt: skip
    lat, lon = _f(row, "Latitude"), _f(row, "Longitude")
    if lat and lon:
        entries.append(("coordenadas", "Coordenadas", f"{lat},{lon}"))
    metadata = {}
    for i, (slug, label, value) in enumerate(entries):
        if not value:
            continue
        metadata[slug] = {
            "name": label,
            "value": value,
            "value_as_html": _x(value),
            "value_as_string": value,
            "semantic_uri": "",
            "multiple": "no",
            "mapping": [],
            "id": meta_id + i,
        }
    nature = _f(row, "Natureza Administrativa")
    city = f"{_f(row, 'Município Visitação')}/{uf(row)}"
    if nature.startswith(("Pública", "Privada")):
        desc = f"{name}, museu de natureza {nature.lower()} em {city}, {network}."
    else:
        desc = f"{name}, museu em {city}, {network}."
    item_id = rng.randint(1000, 99999)
    doc = {
        "id": item_id,
        "title": name,
        "description": desc,
        "author_id": str(rng.randint(2, 40)),
        "creation_date": f"{created:%Y-%m-%d}",
        "modification_date": f"{when:%Y-%m-%d}",
        "url": f"https://{domain}/museus/{_slug(name)}/",
        "status": "publish",
        "collection_id": str(collection),
        "document": "",
        "document_type": "empty",
        "document_as_html": "",
        "_thumbnail_id": "",
        "comment_status": "closed",
        "metadata": metadata,
    }
    return _json(doc)


def bling_contato(row: dict[str, Any], rng: random.Random) -> str:
    """A Bling ERP API v3 contact response (``GET /Api/v3/contatos/{idContato}``, ``data``):
    an invented id and code, the museum as an active legal-person customer (``tipo`` ``J``,
    no state registration, ``indicadorIe`` 9) with its CNPJ or an invented one, the phone field
    as ``telefone``, its addresses as ``email`` and ``emailNotaFiscal``, the visiting address
    as ``endereco.geral`` and the postal one as ``endereco.cobranca`` (the visiting one where
    the register has none), an invented credit limit and payment term, the country and
    ``tiposContato``."""
    name = _f(row, NAME)
    mail = ", ".join(emails(row))

    def endereco(prefix: str) -> dict[str, str]:
        return {
            "endereco": _f(row, f"Endereço {prefix}"),
            "cep": _f(row, f"CEP {prefix}"),
            "bairro": _f(row, f"Bairro {prefix}"),
            "municipio": _f(row, f"Município {prefix}"),
            "uf": _f(row, f"UF {prefix}"),
            "numero": _f(row, f"Número {prefix}"),
            "complemento": _f(row, f"Complemento {prefix}"),
        }

    postal = "Correspondência" if _f(row, "Endereço Correspondência") else "Visitação"
    cnpj = cnpj_digits(row, rng)
    doc = {
        "data": {
            "id": int(f"1{_digits(rng, 10)}"),
            "nome": name,
            "codigo": f"MUS-{rng.randint(1, 9999):04d}",
            "situacao": "A",
            "numeroDocumento": cnpj,
            "telefone": phone(row),
            "celular": "",
            "fantasia": name,
            "tipo": "J",
            "indicadorIe": 9,
            "ie": "",
            "rg": "",
            "inscricaoMunicipal": "",
            "orgaoEmissor": "",
            "email": mail,
            "emailNotaFiscal": mail,
            "endereco": {"geral": endereco("Visitação"), "cobranca": endereco(postal)},
            "vendedor": {"id": 0},
            "dadosAdicionais": {"dataNascimento": "0000-00-00", "sexo": "", "naturalidade": ""},
            "financeiro": {
                "limiteCredito": rng.choice((0, 1500, 3000, 5000)),
                "condicaoPagamento": rng.choice(("30", "28", "30 60", "15")),
                "categoria": {"id": 0},
            },
            "pais": {"nome": "Brasil"},
            "tiposContato": [{"id": int(f"1{_digits(rng, 10)}"), "descricao": "Cliente"}],
            "pessoasContato": [],
        }
    }
    return _json(doc)


def cte_proc(row: dict[str, Any], rng: random.Random) -> str:
    """An authorised CT-e 4.00 (``cteProc``): an invented São Paulo carrier's road transport
    (modal ``01``, CFOP ``6353`` or ``5353``) of packed works of art lent by an invented
    institute (``rem``, the payer: ``toma3`` ``0``) to the museum (``dest``: its CNPJ or an
    invented one, name, visiting address with an invented IBGE-shaped code and the postcode's
    digits, its ``email`` where the register kept one), ``compl`` with an ``xObs`` and an
    ``ObsCont`` giving the phone field, the service's value and ICMS, the cargo, a loan term as
    the transported document, the RNTRC, the QR code's URL and the authorisation protocol; an
    invented 44-digit access key with its check digit."""
    name, tel = _f(row, NAME), phone(row)
    when = _when(rng)
    carrier, street, district = rng.choice(CARRIERS)
    lender = rng.choice(LENDERS)
    emit, rem = _cnpj(rng), _cnpj(rng)
    dest = cnpj_digits(row, rng)
    number, code = rng.randint(1000, 99999), _digits(rng, 8)
    body = f"35{when:%y%m}{emit}57001{number:09d}1{code}"
    key = body + _mod11(body)
    freight = round(rng.uniform(900, 9800), 2)
    icms = round(freight * 0.12, 2)
    cargo_value = rng.randint(40, 900) * 1000
    state, town = uf(row), _mun_code(row, rng)
    cfop = "5353" if state == "SP" else "6353"
    mail = emails(row)
    compl = _f(row, "Complemento Visitação")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<cteProc xmlns="http://www.portalfiscal.inf.br/cte" versao="4.00">',
        '  <CTe xmlns="http://www.portalfiscal.inf.br/cte">',
        f'    <infCte Id="CTe{key}" versao="4.00">',
        "      <ide>",
        f"        <cUF>35</cUF><cCT>{code}</cCT><CFOP>{cfop}</CFOP>",
        "        <natOp>PRESTACAO DE SERVICO DE TRANSPORTE</natOp>",
        f"        <mod>57</mod><serie>1</serie><nCT>{number}</nCT>",
        f"        <dhEmi>{when:%Y-%m-%dT%H:%M:%S}-03:00</dhEmi>",
        f"        <tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>{key[-1]}</cDV><tpAmb>1</tpAmb>",
        "        <tpCTe>0</tpCTe><procEmi>0</procEmi><verProc>4.00.12</verProc>",
        "        <cMunEnv>3550308</cMunEnv><xMunEnv>SAO PAULO</xMunEnv><UFEnv>SP</UFEnv>",
        "        <modal>01</modal><tpServ>0</tpServ>",
        "        <cMunIni>3550308</cMunIni><xMunIni>SAO PAULO</xMunIni><UFIni>SP</UFIni>",
        f"        <cMunFim>{town}</cMunFim>"
        f"<xMunFim>{_x(_upper(_f(row, 'Município Visitação')))}</xMunFim><UFFim>{state}</UFFim>",
        "        <retira>1</retira><indIEToma>9</indIEToma>",
        "        <toma3><toma>0</toma></toma3>",
        "      </ide>",
        "      <compl>",
        f"        <xObs>Entrega de obras em comodato agendada com o museu pelo telefone {_x(tel)}."
        " Descarga somente com a presença do conservador responsável.</xObs>",
        '        <ObsCont xCampo="Contato destino">',
        f"          <xTexto>{_x(tel)}</xTexto>",
        "        </ObsCont>",
        "      </compl>",
        "      <emit>",
        f"        <CNPJ>{emit}</CNPJ><IE>{_digits(rng, 12)}</IE>",
        f"        <xNome>{carrier}</xNome>",
        "        <enderEmit>",
        f"          <xLgr>{street}</xLgr><nro>{rng.randint(10, 2999)}</nro>",
        f"          <xBairro>{district}</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun>",
        f"          <CEP>0{rng.randint(1000, 5999)}{_digits(rng, 3)}</CEP><UF>SP</UF>",
        "        </enderEmit>",
        "        <CRT>3</CRT>",
        "      </emit>",
        "      <rem>",
        f"        <CNPJ>{rem}</CNPJ><IE>ISENTO</IE>",
        f"        <xNome>{lender}</xNome>",
        "        <enderReme>",
        f"          <xLgr>RUA DAS RESERVAS TECNICAS</xLgr><nro>{rng.randint(10, 999)}</nro>",
        "          <xBairro>VILA MARIANA</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun>",
        f"          <CEP>04{rng.randint(100, 299)}{_digits(rng, 3)}</CEP><UF>SP</UF>",
        "          <cPais>1058</cPais><xPais>BRASIL</xPais>",
        "        </enderReme>",
        "      </rem>",
        "      <dest>",
        f"        <CNPJ>{dest}</CNPJ><IE>ISENTO</IE>",
        f"        <xNome>{_x(_upper(name))}</xNome>",
        "        <enderDest>",
        f"          <xLgr>{_x(_upper(_f(row, 'Endereço Visitação')))}</xLgr>"
        f"<nro>{_x(_upper(_f(row, 'Número Visitação') or 'S/N'))}</nro>",
        *([f"          <xCpl>{_x(_upper(compl))}</xCpl>"] if compl else []),
        f"          <xBairro>{_x(_upper(_f(row, 'Bairro Visitação') or 'CENTRO'))}</xBairro>"
        f"<cMun>{town}</cMun>",
        f"          <xMun>{_x(_upper(_f(row, 'Município Visitação')))}</xMun>"
        f"<CEP>{cep_digits(row, rng)}</CEP><UF>{state}</UF>",
        "          <cPais>1058</cPais><xPais>BRASIL</xPais>",
        "        </enderDest>",
        *([f"        <email>{_x(mail[0])}</email>"] if mail else []),
        "      </dest>",
        "      <vPrest>",
        f"        <vTPrest>{freight:.2f}</vTPrest><vRec>{freight:.2f}</vRec>",
        f"        <Comp><xNome>FRETE VALOR</xNome><vComp>{freight:.2f}</vComp></Comp>",
        "      </vPrest>",
        "      <imp>",
        f"        <ICMS><ICMS00><CST>00</CST><vBC>{freight:.2f}</vBC><pICMS>12.00</pICMS>"
        f"<vICMS>{icms:.2f}</vICMS></ICMS00></ICMS>",
        "      </imp>",
        "      <infCTeNorm>",
        "        <infCarga>",
        f"          <vCarga>{cargo_value:.2f}</vCarga><proPred>{rng.choice(CARGO)}</proPred>",
        "          <infQ><cUnid>01</cUnid><tpMed>PESO BRUTO</tpMed>"
        f"<qCarga>{rng.uniform(40, 1800):.4f}</qCarga></infQ>",
        "        </infCarga>",
        "        <infDoc>",
        "          <infOutros><tpDoc>99</tpDoc><descOutros>TERMO DE COMODATO DE OBRAS</descOutros>"
        f"<nDoc>{rng.randint(1, 400)}/{when:%Y}</nDoc><dEmi>{when - dt.timedelta(days=12):%Y-%m-%d}"
        "</dEmi></infOutros>",
        "        </infDoc>",
        '        <infModal versaoModal="4.00"><rodo>'
        f"<RNTRC>{_digits(rng, 8)}</RNTRC></rodo></infModal>",
        "      </infCTeNorm>",
        "    </infCte>",
        "    <infCTeSupl>",
        "      <qrCodCTe>https://nfe.fazenda.sp.gov.br/CTeConsulta/qrCode?chCTe="
        f"{key}&amp;tpAmb=1</qrCodCTe>",
        "    </infCTeSupl>",
        "  </CTe>",
        '  <protCTe versao="4.00">',
        "    <infProt>",
        f"      <tpAmb>1</tpAmb><verAplic>SP-CTe-{when:%d-%m-%Y}</verAplic><chCTe>{key}</chCTe>",
        f"      <dhRecbto>{when + dt.timedelta(seconds=rng.randint(2, 50)):%Y-%m-%dT%H:%M:%S}"
        "-03:00</dhRecbto>",
        f"      <nProt>135{when:%y}{_digits(rng, 10)}</nProt>",
        "      <cStat>100</cStat><xMotivo>Autorizado o uso do CT-e</xMotivo>",
        "    </infProt>",
        "  </protCTe>",
        "</cteProc>",
        "",
    ]
    return "\n".join(lines)


def bb_boleto(row: dict[str, Any], rng: random.Random) -> str:
    """The body of a Banco do Brasil Cobrança API v2 boleto registration (``POST
    /cobrancas/v2/boletos``): an invented agreement (``numeroConvenio``), wallet and variation,
    issue and due dates (``dd.mm.aaaa``), amount, the title's codes, an invented
    ``numeroTituloBeneficiario`` and the 20-digit ``numeroTituloCliente`` (``000``, the
    agreement, a sequence), a ``mensagemBloquetoOcorrencia`` naming an invented conservation
    workshop's service and the phone field, no discount, interest or fine, and the museum as
    ``pagador`` (its CNPJ or an invented one, name, street, postcode and district, city, state
    and the phone field as ``telefone``); Pix enabled."""
    name, tel = _f(row, NAME), phone(row)
    when = _when(rng)
    agreement = rng.randint(1000000, 9999999)
    sequence = rng.randint(1, 9_999_999)
    workshop, service = rng.choice(WORKSHOPS), rng.choice(SERVICES)
    amount = round(rng.uniform(350, 8400), 2)
    message = f"{service} - {workshop}. Agendamento com o museu: {tel}"
    doc = {
        "numeroConvenio": agreement,
        "numeroCarteira": 17,
        "numeroVariacaoCarteira": rng.choice((19, 27, 35)),
        "codigoModalidade": 1,
        "dataEmissao": f"{when:%d.%m.%Y}",
        "dataVencimento": f"{when + dt.timedelta(days=rng.choice((10, 15, 30))):%d.%m.%Y}",
        "valorOriginal": amount,
        "valorAbatimento": 0,
        "quantidadeDiasProtesto": 0,
        "quantidadeDiasNegativacao": 0,
        "orgaoNegativador": 0,
        "indicadorAceiteTituloVencido": "S",
        "numeroDiasLimiteRecebimento": 30,
        "codigoAceite": "N",
        "codigoTipoTitulo": 4,
        "descricaoTipoTitulo": "DS",
        "indicadorPermissaoRecebimentoParcial": "N",
        "numeroTituloBeneficiario": f"OS{when:%y}-{rng.randint(1, 999):03d}",
        "campoUtilizacaoBeneficiario": f"OS {rng.randint(100, 9999)} CONSERVACAO",
        "numeroTituloCliente": f"000{agreement}{sequence:010d}",
        "mensagemBloquetoOcorrencia": message,
        "desconto": {"tipo": 0},
        "jurosMora": {"tipo": 0},
        "multa": {"tipo": 0},
        "pagador": {
            "tipoInscricao": 2,
            "numeroInscricao": int(cnpj_digits(row, rng)),
            "nome": name,
            "endereco": street_line(row),
            "cep": int(cep_digits(row, rng)),
            "cidade": _f(row, "Município Visitação"),
            "bairro": _f(row, "Bairro Visitação") or "Centro",
            "uf": uf(row),
            "telefone": tel,
        },
        "indicadorPix": "S",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tainacan_item": tainacan_item,
    "bling_contato": bling_contato,
    "cte_proc": cte_proc,
    "bb_boleto": bb_boleto,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail addresses labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

"""held_out_217 of the PII evaluation set: real phone fields of a register no earlier part used
(a scraped public directory of the hospitals, emergency units and mixed health units of Bahia's
municipalities; Brazil's earlier parts took INEP's schools, Fortaleza's primary-care posts, the
CNJ's cartórios, São Paulo's municipal facilities and Florianópolis's contacts directory)
exactly as published, in layouts no earlier part has, beside the list's own names, addresses
and municipalities.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of BR (INEP's schools, Fortaleza's health posts, the CNJ's
cartórios, São Paulo's facilities, Florianópolis's units), PT and many others; here:

* the values are the ``telefone`` fields of 204 units (``scripts/data/pii_br_ba_hospitais.json``,
  written by ``scripts/br_ba_hospitais_data.py``; source and licence in that file), 206
  numbers: Brazilian numbers as the directory writes them, the area code in brackets, a space,
  the line's two groups joined by a hyphen (``(77) 3476-2496``); alternative lines of the same
  exchange shortened to their last four digits after a slash, which stay with the number
  before them (``(75) 3287-2222/2470`` is one label), while a whole second line after a slash
  is a number of its own (``(77) 3664-2278/3664-2009`` is two, and so is ``(75)
  3423-8376/3421-1004/1474``: ``(75) 3423-8376`` and ``3421-1004/1474``); a note after the
  number is no part of it (``(73) 3532-1295 ( Não funciona mais)``); two spaces after the
  bracket or a space after the hyphen stay inside it (``(77)  3262-1929``, ``(75) 3487-
  2153``); each copy of the field labelled, each number in it on its own;
* the text around them is the same unit's real fields: its name (``Hospital Municipal Odin
  Melo``, ``UPA de Caetité``), address as the list writes it (``Av. Carlito Costa, 16 -
  Centro``; street, house number and district taken apart where the list puts them as ``street,
  number - district``), municipality and state, with invented CNES codes (seven digits), INE
  team numbers (ten digits), CNPJs (with and without punctuation), IBGE-shaped municipality
  codes, e-SUS installation keys and UUIDs, lot numbers, millisecond times, Correios contract,
  card and administrative codes, tracking labels (``SZ123456785BR``) and CEPs of an invented
  laboratory, Tiny ERP ids and dates, Pix txids, location URLs, EVP keys, amounts and BR Code
  strings, unlabelled and scored;
* in layouts no earlier part has, Brazilian formats of the health field and of Brazilian
  commerce, text in Brazilian Portuguese: e-SUS APS LEDI transport XML (the
  ``dadoTransporteTransportXml`` of a Ficha de Atividade Coletiva held at the unit, its
  ``remetente`` and ``originadora`` installation the unit's own with its ``fone``), Correios
  SIGEP Web pre-posting lists (the ``correioslog`` XML of a PLP: the unit as ``remetente`` with
  ``telefone_remetente`` in CDATA, an object to an invented laboratory whose
  ``descricao_objeto`` repeats the number), Olist Tiny ERP API v2 ``contato.obter`` JSON
  responses (the unit as a medical supplier's customer: ``fone`` and the ``obs`` repeating it)
  and Pix charges as the Banco Central's API Pix returns them (``GET /v2/cob/{txid}``: the
  unit as receiver of an invented company's payment for occupational exams, the number in
  ``solicitacaoPagador`` and in an ``infoAdicionais`` entry).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_217.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_ba_hospitais.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_217.jsonl.gz"
SPLIT = "held_out_217"

LAYOUTS = ("esus_ledi_transport", "sigep_plp_xml", "tiny_contato_json", "pix_cob_json")
PHONE = "telefone"
EDGES = {"phone": r"\d"}
TZ = dt.timezone(dt.timedelta(hours=-3))

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a run of a phone field: the bracketed area code up to the last digit of the numbers after it
_RUN = re.compile(r"\(\d{2}\)[\d\s/-]*\d")
# ``street, number - district`` as the list writes most addresses
_ADDRESS = re.compile(r"(?P<street>.+), (?P<number>[^,]+?) [-–] (?P<district>.+)")

# invented laboratories that receive the units' samples and documents (no real one is meant)
LABS = (
    ("Diagnóstica Recôncavo Análises Clínicas Ltda", "Rua Território do Guaporé", "218",
     "Pituba", "41830520"),
    ("Laboratório Bahia Sul de Patologia Ltda", "Avenida Paulo VI", "1577", "Itaigara",
     "41815060"),
    ("Centro de Imunologia do Salvador Ltda", "Rua Alceu Amoroso Lima", "786", "Caminho das "
     "Árvores", "41820770"),
)  # fmt: skip
# what the units send them
CONTENTS = (
    "Amostras biológicas acondicionadas em caixa térmica (UN 3373)",
    "Lâminas e blocos de parafina para exame anatomopatológico",
    "Documentos de faturamento e laudos para conferência",
    "Formulários de notificação e relatórios mensais",
)
# invented medical suppliers' catalogue lines and invented paying companies
SUPPLIES = (
    "luvas de procedimento e seringas descartáveis", "soro fisiológico e equipos",
    "material de curativo", "kits de teste rápido", "aventais e máscaras cirúrgicas",
)  # fmt: skip
PAYERS = (
    "Transportadora Vale do Jiquiriçá Ltda", "Cerâmica Sertaneja Indústria Ltda",
    "Agropecuária Chapada Verde Ltda", "Construtora Oeste Baiano Ltda",
    "Cooperativa Mista do Sisal",
)  # fmt: skip
# LEDI codes of a Ficha de Atividade Coletiva: activity type, health themes, target public
ACTIVITIES = ((4, 10, 9), (4, 2, 4), (5, 1, 9), (4, 17, 3), (6, 6, 4))


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The unit's phone field as published, stripped."""
    return _f(row, PHONE)


def numbers(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a ``telefone`` field: each run from a bracketed area code
    to its last digit (a note after it, ``( Não funciona mais)``, is none), split again at a
    ``/`` whose next piece has seven digits or more (a whole second line: ``(77)
    3664-2278/3664-2009`` holds two); a shorter piece after ``/`` is the alternative last
    digits of the number before it and stays with it (``(75) 3287-2222/2470`` is one)."""
    out = []
    for m in _RUN.finditer(field):
        pieces = [p for p in re.finditer(r"[^/]+", m.group()) if p.group().strip()]
        groups: list[list[re.Match[str]]] = []
        for piece in pieces:
            if not groups or sum(c.isdigit() for c in piece.group()) >= 7:
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            first, last = group[0], group[-1]
            start = m.start() + first.start() + len(first.group()) - len(first.group().lstrip())
            end = m.start() + last.start() + len(last.group().rstrip())
            out.append((start, end))
    return out


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the unit's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [("phone", phone(row))], EDGES, {"phone": PHONE}, row["path"])


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of one row's block (``where`` = split, locale, layout, index):
    each number of each copy of its phone field labelled on its own (one no person holds is a
    distractor), national (none begins with ``+``)."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in numbers(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {
        **fields,
        "unscored": [],
        "source": row["path"],
        "language": page_languages([text])[0],
    }


def address_parts(row: dict[str, Any]) -> tuple[str, str, str]:
    """The unit's street, house number and district where the list writes ``street, number -
    district``; else the whole address as the street and no number or district."""
    address = _f(row, "endereco")
    m = _ADDRESS.fullmatch(address)
    if not m:
        return address, "", ""
    return m.group("street"), m.group("number"), m.group("district")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time), on a weekday's working hours."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=TZ)
    when = start + dt.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 540))
    while when.weekday() >= 5:
        when += dt.timedelta(days=1)
    return when.replace(second=rng.randint(0, 59))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of a head office (``/0001``), its two check digits right, as its 14
    digits."""
    body = [int(c) for c in _digits(rng, 8) + "0001"]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def _cnpj_mask(cnpj: str) -> str:
    """A CNPJ with its punctuation (``12.345.678/0001-95``)."""
    return f"{cnpj[:2]}.{cnpj[2:5]}.{cnpj[5:8]}/{cnpj[8:12]}-{cnpj[12:]}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cnes(rng: random.Random) -> str:
    """An invented CNES code (seven digits)."""
    return str(rng.randint(2000000, 9999999))


def _ascii_upper(value: str, width: int) -> str:
    """``value`` as a BR Code's merchant fields write it: capitals, no accents, cut to
    ``width``."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9 ]", "", plain.upper()).strip()[:width].strip()


def _crc16(payload: str) -> str:
    """CRC-16/CCITT-FALSE of a BR Code's payload, as its four hex digits."""
    crc = 0xFFFF
    for byte in payload.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def _emv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def _s10(rng: random.Random) -> str:
    """An invented Correios tracking label of the S10 standard (``SZ123456785BR``), its check
    digit right."""
    serial = _digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"SZ{serial}{check}BR"


def esus_ledi_transport(row: dict[str, Any], rng: random.Random) -> str:
    """An e-SUS APS LEDI transport file (``dadoTransporteTransportXml``, namespaces of
    esus.ufsc.br) of a Ficha de Atividade Coletiva (``tipoDadoSerializado`` 6) held at the
    unit (``outraLocalidade``), sent by the unit's own CDS installation: its ``remetente`` and
    ``originadora`` with the invented ``contraChave``, ``uuidInstalacao`` and CNPJ, the unit's
    name and its ``fone``."""
    name, tel = _f(row, "nome"), phone(row)
    cnes, ine, cnpj = _cnes(rng), _digits(rng, 10), _cnpj(rng)
    when = _when(rng)
    activity, theme, public = rng.choice(ACTIVITIES)
    serial = f"{cnes}-{_uuid(rng).upper()}"
    installation = _uuid(rng)
    key = _digits(rng, 16)
    ibge = f"29{rng.randint(100, 340):03d}{rng.randint(0, 9)}{rng.randint(0, 9)}"

    def dado_instalacao(tag: str) -> str:
        return (
            f"    <{tag}>\n"
            f"        <contraChave>{key}</contraChave>\n"
            f"        <uuidInstalacao>{installation}</uuidInstalacao>\n"
            f"        <cpfOuCnpj>{cnpj}</cpfOuCnpj>\n"
            f"        <nomeOuRazaoSocial>{escape(name)}</nomeOuRazaoSocial>\n"
            f"        <fone>{escape(tel)}</fone>\n"
            f"        <versaoSistema>5.2.31</versaoSistema>\n"
            f"        <nomeBancoDados>PostgreSQL</nomeBancoDados>\n"
            f"    </{tag}>\n"
        )

    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<ns3:dadoTransporteTransportXml xmlns:ns2="http://esus.ufsc.br/dadoinstalacao" '
        'xmlns:ns3="http://esus.ufsc.br/dadotransporte" '
        'xmlns:ns4="http://esus.ufsc.br/fichaatividadecoletiva">\n'
        f"    <uuidDadoSerializado>{serial}</uuidDadoSerializado>\n"
        "    <tipoDadoSerializado>6</tipoDadoSerializado>\n"
        f"    <codIbge>{ibge}</codIbge>\n"
        f"    <cnesDadoSerializado>{cnes}</cnesDadoSerializado>\n"
        f"    <ineDadoSerializado>{ine}</ineDadoSerializado>\n"
        f"    <numLote>{rng.randint(1, 480)}</numLote>\n"
        "    <ns4:fichaAtividadeColetivaTransport>\n"
        f"        <uuidFicha>{serial}</uuidFicha>\n"
        f"        <outraLocalidade>{escape(name)}</outraLocalidade>\n"
        f"        <dtAtividadeColetiva>{int(when.timestamp()) * 1000}</dtAtividadeColetiva>\n"
        f"        <numParticipantes>{rng.randint(6, 45)}</numParticipantes>\n"
        f"        <atividadeTipo>{activity}</atividadeTipo>\n"
        f"        <temasParaSaude>{theme}</temasParaSaude>\n"
        f"        <publicoAlvo>{public}</publicoAlvo>\n"
        f"        <responsavelCnesUnidade>{cnes}</responsavelCnesUnidade>\n"
        f"        <responsavelNumIne>{ine}</responsavelNumIne>\n"
        "        <tpCdsOrigem>3</tpCdsOrigem>\n"
        f"        <turno>{1 if when.hour < 12 else 2}</turno>\n"
        "    </ns4:fichaAtividadeColetivaTransport>\n"
        f"{dado_instalacao('remetente')}"
        f"{dado_instalacao('originadora')}"
        '    <versao major="7" minor="2" revision="3"/>\n'
        "</ns3:dadoTransporteTransportXml>\n"
    )


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


def sigep_plp_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Correios SIGEP Web pre-posting list (``correioslog``, version 2.3): the unit as
    ``remetente`` (invented contract, regional directorate of Bahia, administrative code and
    CNPJ; its name, address parts, municipality and ``telefone_remetente`` in CDATA), one
    SEDEX object to an invented laboratory in Salvador whose ``descricao_objeto`` names the
    number for questions."""
    name, tel = _f(row, "nome"), phone(row)
    street, number, district = address_parts(row)
    lab, lab_street, lab_number, lab_district, lab_cep = rng.choice(LABS)
    content = rng.choice(CONTENTS)
    return (
        '<?xml version="1.0" encoding="ISO-8859-1" ?>\n'
        "<correioslog>\n"
        "<tipo_arquivo>Postagem</tipo_arquivo>\n"
        "<versao_arquivo>2.3</versao_arquivo>\n"
        "<plp>\n<id_plp />\n<valor_global />\n<mcu_unidade_postagem />\n"
        "<nome_unidade_postagem />\n"
        f"<cartao_postagem>00{_digits(rng, 8)}</cartao_postagem>\n"
        "</plp>\n"
        "<remetente>\n"
        f"<numero_contrato>99122{_digits(rng, 5)}</numero_contrato>\n"
        "<numero_diretoria>10</numero_diretoria>\n"
        f"<codigo_administrativo>{_digits(rng, 8)}</codigo_administrativo>\n"
        f"<nome_remetente>{_cdata(name)}</nome_remetente>\n"
        f"<logradouro_remetente>{_cdata(street)}</logradouro_remetente>\n"
        f"<numero_remetente>{_cdata(number)}</numero_remetente>\n"
        f"<complemento_remetente>{_cdata('')}</complemento_remetente>\n"
        f"<bairro_remetente>{_cdata(district)}</bairro_remetente>\n"
        f"<cep_remetente>{_cdata('')}</cep_remetente>\n"
        f"<cidade_remetente>{_cdata(_f(row, 'municipio'))}</cidade_remetente>\n"
        f"<uf_remetente>{_f(row, 'estado')}</uf_remetente>\n"
        f"<telefone_remetente>{_cdata(tel)}</telefone_remetente>\n"
        f"<fax_remetente>{_cdata('')}</fax_remetente>\n"
        f"<email_remetente>{_cdata('')}</email_remetente>\n"
        f"<celular_remetente>{_cdata('')}</celular_remetente>\n"
        f"<cpf_cnpj_remetente>{_cdata(_cnpj(rng))}</cpf_cnpj_remetente>\n"
        "<ciencia_conteudo_proibido>S</ciencia_conteudo_proibido>\n"
        "</remetente>\n"
        "<forma_pagamento />\n"
        "<objeto_postal>\n"
        f"<numero_etiqueta>{_s10(rng)}</numero_etiqueta>\n"
        "<codigo_objeto_cliente />\n"
        "<codigo_servico_postagem>03220</codigo_servico_postagem>\n"
        "<cubagem>0,0000</cubagem>\n"
        f"<peso>{rng.randint(3, 60) * 50}</peso>\n"
        "<rt1 />\n<rt2 />\n"
        "<restricao_anac>S</restricao_anac>\n"
        "<destinatario>\n"
        f"<nome_destinatario>{_cdata(lab)}</nome_destinatario>\n"
        f"<telefone_destinatario>{_cdata('')}</telefone_destinatario>\n"
        f"<celular_destinatario>{_cdata('')}</celular_destinatario>\n"
        f"<email_destinatario>{_cdata('')}</email_destinatario>\n"
        f"<logradouro_destinatario>{_cdata(lab_street)}</logradouro_destinatario>\n"
        f"<complemento_destinatario>{_cdata('')}</complemento_destinatario>\n"
        f"<numero_end_destinatario>{_cdata(lab_number)}</numero_end_destinatario>\n"
        f"<cpf_cnpj_destinatario>{_cdata(_cnpj(rng))}</cpf_cnpj_destinatario>\n"
        "</destinatario>\n"
        "<nacional>\n"
        f"<bairro_destinatario>{_cdata(lab_district)}</bairro_destinatario>\n"
        f"<cidade_destinatario>{_cdata('Salvador')}</cidade_destinatario>\n"
        "<uf_destinatario>BA</uf_destinatario>\n"
        f"<cep_destinatario>{_cdata(lab_cep)}</cep_destinatario>\n"
        "<codigo_usuario_postal />\n<centro_custo_cliente />\n"
        f"<numero_nota_fiscal>{rng.randint(1000, 98000)}</numero_nota_fiscal>\n"
        "<serie_nota_fiscal />\n<valor_nota_fiscal />\n<natureza_nota_fiscal />\n"
        f"<descricao_objeto>{_cdata(f'{content}. Dúvidas com o remetente: {tel}')}"
        "</descricao_objeto>\n"
        "<valor_a_cobrar>0,0</valor_a_cobrar>\n"
        "</nacional>\n"
        "<servico_adicional>\n"
        "<codigo_servico_adicional>025</codigo_servico_adicional>\n"
        "<valor_declarado>0,00</valor_declarado>\n"
        "</servico_adicional>\n"
        "<dimensao_objeto>\n"
        "<tipo_objeto>002</tipo_objeto>\n"
        f"<dimensao_altura>{rng.choice((10, 15, 20))}</dimensao_altura>\n"
        f"<dimensao_largura>{rng.choice((20, 25, 30))}</dimensao_largura>\n"
        f"<dimensao_comprimento>{rng.choice((30, 35, 40))}</dimensao_comprimento>\n"
        "<dimensao_diametro>0</dimensao_diametro>\n"
        "</dimensao_objeto>\n"
        "<data_postagem_sara />\n"
        "<status_processamento>0</status_processamento>\n"
        "<numero_comprovante_postagem />\n"
        "<valor_cobrado />\n"
        "</objeto_postal>\n"
        "</correioslog>\n"
    )


def tiny_contato_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Olist Tiny ERP API v2 ``contato.obter.php`` response (``retorno``, ``contato``) of a
    medical supplier's account: the unit as a legal-person customer with an invented id, code
    and CNPJ, its name, address parts, municipality, ``fone``, and an ``obs`` naming the number
    for the purchasing office; created and changed at invented times."""
    name, tel = _f(row, "nome"), phone(row)
    street, number, district = address_parts(row)
    created = _when(rng)
    changed = created + dt.timedelta(days=rng.randint(3, 200), minutes=rng.randint(0, 600))
    supply = rng.choice(SUPPLIES)
    contato = {
        "id": str(rng.randint(700_000_000, 799_999_999)),
        "codigo": f"CLI-{rng.randint(10, 2999):04d}",
        "nome": name,
        "fantasia": "",
        "tipo_pessoa": "J",
        "cpf_cnpj": _cnpj_mask(_cnpj(rng)),
        "ie": "ISENTO",
        "rg": "",
        "im": "",
        "tipo_negocio": "Hospital",
        "endereco": street,
        "numero": number,
        "complemento": "",
        "bairro": district,
        "cep": "",
        "cidade": _f(row, "municipio"),
        "uf": _f(row, "estado"),
        "pais": "",
        "contatos": "Setor de Compras",
        "fone": tel,
        "fax": "",
        "celular": "",
        "email": "",
        "email_nfe": "",
        "site": "",
        "crt": "0",
        "estadoCivil": "",
        "profissao": "",
        "sexo": "",
        "data_nascimento": "",
        "naturalidade": "",
        "nome_pai": "",
        "cpf_pai": "",
        "nome_mae": "",
        "cpf_mae": "",
        "limite_credito": f"{rng.randint(5, 80) * 500:.2f}",
        "situacao": "A",
        "obs": f"Compra mensal de {supply}. Confirmar a entrega com o setor de compras pelo "
        f"telefone {tel} antes do envio.",
        "id_vendedor": "0",
        "nome_vendedor": "",
        "data_criacao": f"{created:%d/%m/%Y %H:%M:%S}",
        "data_modificacao": f"{changed:%d/%m/%Y %H:%M:%S}",
    }
    doc = {"retorno": {"status_processamento": "3", "status": "OK", "contato": contato}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def pix_cob_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Pix immediate charge as the Banco Central's API Pix returns it (``GET
    /v2/cob/{txid}``): ``calendario``, ``txid``, ``revisao``, ``loc``, ``location``,
    ``status``, the invented paying company (``devedor``), ``valor``, the unit's invented EVP
    ``chave``, a ``solicitacaoPagador`` and an ``infoAdicionais`` entry naming the unit's
    number, and the ``pixCopiaECola`` BR Code (the unit's name and municipality in capitals
    without accents, its CRC right)."""
    name, tel = _f(row, "nome"), phone(row)
    created = _when(rng).astimezone(dt.UTC)
    txid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
    loc_id = rng.randint(100, 99_999)
    host = "qrpix.bancoexemplo.com.br/qr/v2/"
    location = host + uuid.UUID(int=rng.getrandbits(128), version=4).hex
    amount = f"{rng.randint(8, 90) * 5}.00"
    workers = rng.randint(2, 25)
    account = _emv("00", "br.gov.bcb.pix") + _emv("25", location)
    payload = (
        _emv("00", "01")
        + _emv("01", "12")
        + _emv("26", account)
        + _emv("52", "0000")
        + _emv("53", "986")
        + _emv("58", "BR")
        + _emv("59", _ascii_upper(name, 25))
        + _emv("60", _ascii_upper(_f(row, "municipio"), 15))
        + _emv("62", _emv("05", "***"))
        + "6304"
    )
    doc = {
        "calendario": {
            "criacao": f"{created:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
            "expiracao": 86400,
        },
        "txid": txid,
        "revisao": 0,
        "loc": {"id": loc_id, "location": location, "tipoCob": "cob"},
        "location": location,
        "status": "ATIVA",
        "devedor": {"cnpj": _cnpj(rng), "nome": rng.choice(PAYERS)},
        "valor": {"original": amount},
        "chave": _uuid(rng),
        "solicitacaoPagador": f"Exames ocupacionais de {workers} colaboradores. Dúvidas: {tel}",
        "infoAdicionais": [
            {"nome": "Unidade", "valor": name[:200]},
            {"nome": "Telefone", "valor": tel},
            {"nome": "Competência", "valor": f"{created:%m/%Y}"},
        ],
        "pixCopiaECola": payload + _crc16(payload),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS = {
    "esus_ledi_transport": esus_ledi_transport,
    "sigep_plp_xml": sigep_plp_xml,
    "tiny_contato_json": tiny_contato_json,
    "pix_cob_json": pix_cob_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled,
    each number in it on its own."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)


if __name__ == "__main__":
    main()

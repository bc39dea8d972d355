"""held_out_352 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Tribunal de Justiça do Estado de São Paulo's telephone directory of its
court buildings, the fóruns of the state's comarcas; Brazil's earlier parts took INEP's
schools, Fortaleza's health posts, the CNJ's cartórios, São Paulo's facilities, Florianópolis's
contacts, Bahia's hospitals, the ANS's operators, Panvel's pharmacies, IBRAM's museums, the
SNBP's libraries, the PCPE's police units, the CVM's companies, the Interlegis houses and the
Banco do Nordeste's branches) exactly as published, in layouts no earlier part has, beside the
directory's own names, addresses, postcodes and comarcas.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefone`` of 300 court units, their ``fax`` where the directory gives
  one that is a line of its own (not ``Não Informado``, not a placeholder of zeros such as
  ``(12) 0000-0000``, not the telephone again) and their ``email`` where it holds an address
  (``scripts/data/pii_br_tjsp_unidades.json``, written by ``scripts/br_tjsp_unidades_data.py``;
  source and licence in that file): Brazilian numbers as the court's Lista Telefônica writes
  them, the area code in brackets and the line hyphenated (``(18) 2106-1718``), and the
  units' administrative mailboxes (``adamantinaadm@tjsp.jus.br``), and the two mailboxes that
  two units' street fields name in a note (``(e-mail: indaiatuba1cr@tjsp.jus.br)``); every copy
  labelled;
* the text around them is the same row's real fields: the unit's name, street address,
  postcode (``17800-000``), municipality, comarca and its IBGE code (``3500105``), number of
  installed courts, entrância and mains voltage, with invented CNJ case numbers (``NNNNNNN-DD.
  AAAA.8.26.OOOO``, check digits right), CNPJs, PNCP control numbers, ids, amounts, hours and
  dates, unlabelled and scored;
* in layouts no earlier part has, formats of Brazil's judiciary and public administration,
  text in Portuguese: MNI 2.2.2 SOAP answers (the CNJ's Modelo Nacional de Interoperabilidade,
  ``consultarTeorComunicacaoResposta``: one ``comunicacao`` of an intimação whose ``teor``
  gives the court's address, telephone, fax and mailbox, and ``parametro``s repeating them),
  DJEN answers of the CNJ's Comunica API (``GET /api/v1/comunicacao`` of the Diário de Justiça
  Eletrônico Nacional: one item whose ``texto`` opens with the TJSP's letterhead, ``Fone:`` and
  ``E-mail:``, and closes with the telephone again), PNCP consultation API answers (the Portal
  Nacional de Contratações Públicas, ``GET /api/consulta/v1/contratacoes/publicacao``: a
  maintenance purchase of the building, its ``informacaoComplementar`` giving the telephone and
  mailbox for the site visit) and Carta de Serviços entries in the gov.br Portal de Serviços
  API's schema (``canaisDePrestacao`` of types ``presencial``, ``telefone`` and ``e-mail``, a
  ``contato`` repeating them).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of ten or eleven digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_352.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_tjsp_unidades.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_352.jsonl.gz"
SPLIT = "held_out_352"

LAYOUTS = ("mni_teor_soap", "djen_comunicacao", "pncp_contratacao", "carta_servicos")
PHONE, FAX, EMAIL = "telefone", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
BRT = dt.timezone(dt.timedelta(hours=-3))
EMPTY = "Não Informado"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented matters of the notices (classes and subjects of the CNJ's unified tables)
MATTERS = (
    ("Procedimento Comum Cível", "Obrigação de Fazer / Não Fazer"),
    ("Execução Fiscal", "Dívida Ativa"),
    ("Procedimento do Juizado Especial Cível", "Indenização por Dano Material"),
    ("Cumprimento de Sentença", "Pagamento"),
    ("Mandado de Segurança Cível", "Licenças"),
    ("Ação Civil Pública", "Meio Ambiente"),
)
# public bodies as parties (no person is a party in these records)
BODIES = (
    "Fazenda Pública do Estado de São Paulo",
    "Instituto Nacional do Seguro Social - INSS",
    "Ministério Público do Estado de São Paulo",
    "Departamento Estadual de Trânsito de São Paulo - DETRAN-SP",
    "Defensoria Pública do Estado de São Paulo",
)
WORKS = (
    "manutenção preventiva e corretiva das instalações elétricas",
    "manutenção preventiva e corretiva dos aparelhos de ar-condicionado",
    "recarga e manutenção dos extintores de incêndio",
    "limpeza e desinfecção das caixas d'água",
    "manutenção do sistema de cabeamento estruturado",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The unit's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The unit's fax where it is a line of its own: not empty, not a placeholder whose line is
    all zeros, not the telephone again; else ""."""
    value = _f(row, FAX)
    if value == EMPTY or value == phone(row) or not re.search(r"\d", value):
        return ""
    return "" if set(value.split(")")[-1]) <= set("0 -") else value


def email(row: dict[str, Any]) -> str:
    """The unit's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def street_emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the street field itself names, other than the unit's (two units' streets
    end in a note, ``(e-mail: indaiatuba1cr@tjsp.jus.br)``): labelled too wherever the street
    stands."""
    found = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", street(row))
    return [m for m in dict.fromkeys(found) if m != email(row)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailbox, then of the mailboxes its
    street names (empty ones are skipped)."""
    found = [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]
    return [*found, *(("email", m) for m in street_emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Brasília time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=BRT) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(9, 18), minutes=rng.choice((0, 15, 30, 45)))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ's fourteen digits (a head office, ``0001``), check digits right."""
    body = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
        body.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, body))


def case_number(rng: random.Random, year: int) -> str:
    """An invented case number in the CNJ's numeração única of the TJSP (``J`` 8, ``TR`` 26):
    ``NNNNNNN-DD.AAAA.8.26.OOOO``, its check digits by ISO 7064 mod 97-10."""
    seq, origin = rng.randint(1, 9_999_999), rng.randint(1, 999)
    dd = 98 - int(f"{seq:07d}{year}826{origin:04d}00") % 97
    return f"{seq:07d}-{dd:02d}.{year}.8.26.{origin:04d}"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def town(row: dict[str, Any]) -> str:
    """The unit's municipality."""
    return _f(row, "endereco_municipio")


def comarca(row: dict[str, Any]) -> str:
    """The unit's comarca (its municipality where the directory names none)."""
    return _f(row, "comarca_corrigido") or town(row)


def ibge(row: dict[str, Any]) -> str:
    """The IBGE code of the unit's municipality where its comarca is that municipality
    (``3500105.0`` as ``3500105``), else ""."""
    code = _f(row, "id_comarca")
    return code.split(".")[0] if code and _f(row, "comarca_corrigido") == town(row) else ""


def street(row: dict[str, Any]) -> str:
    """The street address as the directory writes it (``Avenida Ademar de Barros , 133 -
    Centro``)."""
    return _f(row, "endereco_lougradouro")


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, municipality/SP, CEP."""
    return f"{street(row)}, {town(row)}/{_f(row, 'endereco_uf')}, CEP {_f(row, 'endereco_cep')}"


def vara(row: dict[str, Any], rng: random.Random) -> str:
    """An invented court of the unit within its installed count (``2ª Vara``, ``Vara Única``)."""
    count = int(_f(row, "num_varas_instaladas") or "0")
    return f"{rng.randint(1, count)}ª Vara" if count > 1 else "Vara Única"


def contacts(row: dict[str, Any], joiner: str = ", ") -> str:
    """The unit's lines and mailbox as a phrase (``telefone (18) 2106-1718, fax ..., e-mail
    ...``); the mailbox last, with no character after it."""
    parts = [f"telefone {phone(row)}"]
    if fax(row):
        parts.append(f"fax {fax(row)}")
    if email(row):
        parts.append(f"e-mail {email(row)}")
    return joiner.join(parts)


def mni_teor_soap(row: dict[str, Any], rng: random.Random) -> str:
    """An MNI 2.2.2 SOAP answer (the CNJ's Modelo Nacional de Interoperabilidade,
    ``consultarTeorComunicacaoResposta``): ``sucesso`` and ``mensagem``, one ``comunicacao`` of
    an intimação (an invented id, the case's unified number as its twenty digits, ``INT``, the
    reference time, a period of fifteen working days) to a public body, its ``teor`` giving the
    hearing at the unit, the address and the unit's lines and mailbox, and ``parametro``s with
    the court, the municipality's IBGE code and each line and mailbox again."""
    when = _when(rng)
    hearing = when + dt.timedelta(days=rng.randint(20, 60))
    case = case_number(rng, when.year)
    cls, subject = rng.choice(MATTERS)
    body = rng.choice(BODIES)
    court = vara(row, rng)
    teor = (
        f"INTIMAÇÃO - Processo nº {case} - {cls} - {subject}. Fica o(a) destinatário(a) "
        f"intimado(a) da audiência de conciliação designada para {hearing:%d/%m/%Y}, às "
        f"{hearing:%H}h{hearing:%M}, a realizar-se na {court} do {_f(row, 'unidade')}, "
        f"{place(row)}. Informações no horário do expediente, das 13h às 19h: {contacts(row)}"
    )
    params = [
        ("orgaoJulgador", f"{court} - {_f(row, 'unidade')}"),
        ("comarca", comarca(row)),
    ]
    if ibge(row):
        params.append(("codigoMunicipioIBGE", ibge(row)))
    params.append(("telefoneUnidade", phone(row)))
    if fax(row):
        params.append(("faxUnidade", fax(row)))
    if email(row):
        params.append(("emailUnidade", email(row)))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        "  <soap:Body>",
        '    <ns2:consultarTeorComunicacaoResposta xmlns:ns2="http://www.cnj.jus.br/'
        'tipos-servico-intercomunicacao-2.2.2" xmlns:ns3="http://www.cnj.jus.br/'
        'intercomunicacao-2.2.2">',
        "      <ns2:sucesso>true</ns2:sucesso>",
        "      <ns2:mensagem>Teor da comunicação recuperado com sucesso.</ns2:mensagem>",
        f'      <ns2:comunicacao id="{rng.randint(10**8, 10**9 - 1)}" '
        f'processo="{_digits(case)}" tipoComunicacao="INT" '
        f'dataReferencia="{when:%Y%m%d%H%M%S}" tipoPrazo="DU" prazo="15">',
        "        <ns3:destinatario>",
        f'          <ns3:pessoa nome={quoteattr(body.upper())} tipoPessoa="juridica"/>',
        "        </ns3:destinatario>",
        f"        <ns3:teor>{_x(teor)}</ns3:teor>",
        *(f"        <ns3:parametro nome={quoteattr(k)} valor={quoteattr(v)}/>" for k, v in params),
        "      </ns2:comunicacao>",
        "    </ns2:consultarTeorComunicacaoResposta>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


def djen_comunicacao(row: dict[str, Any], rng: random.Random) -> str:
    """A DJEN answer of the CNJ's Comunica API (``GET /api/v1/comunicacao`` of the Diário de
    Justiça Eletrônico Nacional): ``status``, ``message``, ``count`` and one item (an invented
    id, availability date, ``siglaTribunal`` TJSP, ``tipoComunicacao``, ``nomeOrgao`` the
    court and unit, the case number with and without its mask, class, ``meiocomunicacao``
    ``D``, a hash, public bodies as ``destinatarios``, no lawyers) whose ``texto`` opens with
    the TJSP's letterhead (comarca, foro, court, address, ``Fone:``, ``Fax:`` where the unit
    has one, ``E-mail:``) and closes with the telephone again."""
    when = _when(rng)
    hearing = when + dt.timedelta(days=rng.randint(20, 60))
    case = case_number(rng, when.year)
    cls, subject = rng.choice(MATTERS)
    first, second = rng.sample(BODIES, 2)
    court = vara(row, rng)
    head = (
        f"TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO COMARCA DE {comarca(row).upper()} FORO DE "
        f"{comarca(row).upper()} {court.upper()} {street(row)} - CEP {_f(row, 'endereco_cep')}, "
        f"Fone: {phone(row)}"
    )
    if fax(row):
        head += f", Fax: {fax(row)}"
    head += f", {town(row)}-{_f(row, 'endereco_uf')}"
    if email(row):
        head += f" - E-mail: {email(row)}"
    text = (
        f"{head} Horário de Atendimento ao Público: das 13h00min às 17h00min DESPACHO Processo "
        f"Digital nº: {case} Classe - Assunto {cls} - {subject} Requerente: {first} Requerido: "
        f"{second} Vistos. Designo audiência de conciliação para o dia {hearing:%d/%m/%Y}, às "
        f"{hearing:%H:%M} horas, a ser realizada presencialmente no {_f(row, 'unidade')}. "
        f"Intimem-se. Dúvidas poderão ser esclarecidas pelo telefone {phone(row)}."
    )
    cid = rng.randint(10**8, 10**9 - 1)
    item = {
        "id": cid,
        "data_disponibilizacao": f"{when:%Y-%m-%d}",
        "siglaTribunal": "TJSP",
        "tipoComunicacao": "Intimação",
        "nomeOrgao": f"{court} - {_f(row, 'unidade')}",
        "texto": text,
        "numero_processo": _digits(case),
        "meiocomunicacao": "D",
        "link": None,
        "tipoDocumento": "Despacho",
        "nomeClasse": cls.upper(),
        "codigoClasse": str(rng.choice((7, 1116, 436, 156, 120, 65))),
        "numeroComunicacao": rng.randint(1, 40),
        "ativo": True,
        "hash": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)),
        "status": "P",
        "motivo_cancelamento": None,
        "data_cancelamento": None,
        "datadisponibilizacao": f"{when:%d/%m/%Y}",
        "dataenvio": f"{when - dt.timedelta(days=1):%d/%m/%Y}",
        "meiocompleto": "Diário de Justiça Eletrônico Nacional",
        "numeroprocessocommascara": case,
        "destinatarios": [
            {"nome": first.upper(), "polo": "A", "comunicacao_id": cid},
            {"nome": second.upper(), "polo": "P", "comunicacao_id": cid},
        ],
        "destinatarioadvogados": [],
    }
    return _json({"status": "success", "message": "Sucesso", "count": 1, "items": [item]})


def pncp_contratacao(row: dict[str, Any], rng: random.Random) -> str:
    """A PNCP consultation API answer (the Portal Nacional de Contratações Públicas, ``GET
    /api/consulta/v1/contratacoes/publicacao``): one purchase of the TJSP (an invented CNPJ and
    control number, ``poderId`` J, ``esferaId`` E) for the unit (``unidadeOrgao`` with its name,
    municipality and IBGE code), a dispensa for a maintenance service of the building, its
    ``objetoCompra`` naming the unit, its courts and entrância, its ``informacaoComplementar``
    giving the address, the mains voltage and the telephone (and mailbox) for the site visit,
    invented amounts and dates, and the page's counters."""
    when = _when(rng)
    cnpj = _cnpj(rng)
    seq = rng.randint(1, 2400)
    work = rng.choice(WORKS)
    count = _f(row, "num_varas_instaladas")
    grade = _f(row, "entrancia")
    obj = f"Contratação de empresa especializada para {work} do prédio do {_f(row, 'unidade')}"
    extra = [f"{count} vara(s) instalada(s)"] if count not in ("", "0") else []
    if grade and grade != EMPTY:
        extra.append(f"comarca de {grade.lower()}")
    if extra:
        obj += f" ({'; '.join(extra)})"
    info = (
        f"Vistoria técnica facultativa nas dependências do {_f(row, 'unidade')} ({place(row)}), "
        f"mediante agendamento pelo telefone {phone(row)}"
    )
    if email(row):
        info += f" ou pelo e-mail {email(row)}"
    info += ", em dias úteis, das 13h às 18h."
    voltage = _f(row, "tensao_eletrica")
    if voltage and voltage != EMPTY:
        info += f" Tensão de alimentação do prédio: {voltage}."
    value = round(rng.uniform(4_000, 58_000), 2)
    opens = when + dt.timedelta(days=1)
    item = {
        "numeroControlePNCP": f"{cnpj}-1-{seq:06d}/{when.year}",
        "orgaoEntidade": {
            "cnpj": cnpj,
            "razaoSocial": "TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO",
            "poderId": "J",
            "esferaId": "E",
        },
        "unidadeOrgao": {
            "ufNome": "São Paulo",
            "codigoUnidade": str(rng.randint(100000, 999999)),
            "nomeUnidade": _f(row, "unidade"),
            "ufSigla": _f(row, "endereco_uf"),
            "municipioNome": town(row),
            "codigoIbge": ibge(row) or None,
        },
        "anoCompra": when.year,
        "sequencialCompra": seq,
        "numeroCompra": f"{rng.randint(1, 900)}/{when.year}",
        "processo": f"DICOGE {when.year}/{rng.randint(10000, 99999)}",
        "modalidadeId": 8,
        "modalidadeNome": "Dispensa",
        "modoDisputaId": 4,
        "modoDisputaNome": "Dispensa Com Disputa",
        "tipoInstrumentoConvocatorioCodigo": 3,
        "tipoInstrumentoConvocatorioNome": "Ato que autoriza a Contratação Direta",
        "amparoLegal": {
            "codigo": 18,
            "nome": "Lei 14.133/2021, Art. 75, II",
            "descricao": "contratação que envolva valores inferiores a R$ 50.000,00 (cinquenta "
            "mil reais), no caso de outros serviços e compras",
        },
        "objetoCompra": obj,
        "informacaoComplementar": info,
        "srp": False,
        "valorTotalEstimado": value,
        "valorTotalHomologado": None,
        "dataAberturaProposta": f"{opens:%Y-%m-%d}T08:00:00",
        "dataEncerramentoProposta": f"{opens + dt.timedelta(days=3):%Y-%m-%d}T18:00:00",
        "dataPublicacaoPncp": f"{when:%Y-%m-%dT%H:%M:%S}",
        "dataInclusao": f"{when:%Y-%m-%dT%H:%M:%S}",
        "dataAtualizacao": f"{when:%Y-%m-%dT%H:%M:%S}",
        "situacaoCompraId": 1,
        "situacaoCompraNome": "Divulgada no PNCP",
        "usuarioNome": "Bolsa Eletrônica de Compras - BEC/SP",
        "linkSistemaOrigem": None,
    }
    return _json(
        {
            "data": [item],
            "totalRegistros": 1,
            "totalPaginas": 1,
            "numeroPagina": 1,
            "paginasRestantes": 0,
            "empty": False,
        }
    )


def carta_servicos(row: dict[str, Any], rng: random.Random) -> str:
    """A Carta de Serviços entry in the gov.br Portal de Serviços API's schema (``GET
    /api/v1/servicos/{id}``): an invented id, the service of information and protocol at the
    unit, ``contato`` with the unit's lines and mailbox, ``gratuito``, ``solicitantes``, one
    ``etapa`` whose ``canaisDePrestacao`` are ``presencial`` (the unit, address and hours),
    ``telefone`` (the telephone) and ``e-mail`` (the mailbox, where the unit has one), the
    ``orgao`` (the TJSP's unit with an invented id) and the service's key words."""
    sid = rng.randint(10000, 99999)
    canais = [
        {
            "tipo": "presencial",
            "descricao": f"{_f(row, 'unidade')}: {place(row)}. Atendimento de segunda a sexta-"
            "feira, das 13h às 19h.",
            "tempoEstimado": {"max": 30, "unidade": "minutos"},
        },
        {"tipo": "telefone", "descricao": phone(row)},
    ]
    if email(row):
        canais.append({"tipo": "e-mail", "descricao": email(row)})
    doc = {
        "id": f"https://servicos.nuvem.gov.br/api/v1/servicos/{sid}",
        "nome": f"Informações processuais e protocolo no {_f(row, 'unidade')}",
        "sigla": "",
        "nomesPopulares": {"item": [f"Fórum de {town(row)}", f"Comarca de {comarca(row)}"]},
        "descricao": "Atendimento ao público, partes e advogados, para informações sobre "
        f"processos em andamento e protocolo de documentos na comarca de {comarca(row)}.",
        "contato": f"Fale com a unidade: {contacts(row, '; ')}",
        "gratuito": True,
        "servicoDigital": False,
        "linkServicoDigital": "",
        "solicitantes": {
            "solicitante": [{"tipo": "Partes, advogados e cidadãos", "requisitos": ""}]
        },
        "tempoTotalEstimado": {"ate": {"max": 1, "unidade": "dias-uteis"}, "descricao": ""},
        "etapas": [
            {
                "titulo": "Atendimento",
                "descricao": "Apresente o número do processo ou o documento a protocolar.",
                "documentos": {"documentos": [], "casos": []},
                "custos": {"custos": [], "casos": []},
                "canaisDePrestacao": {"canaisDePrestacao": canais, "casos": []},
            }
        ],
        "orgao": {
            "id": f"https://servicos.nuvem.gov.br/api/v1/orgao/{rng.randint(100000, 999999)}",
            "nomeOrgao": f"Tribunal de Justiça do Estado de São Paulo - {_f(row, 'unidade')}",
        },
        "segmentosDaSociedade": {"item": ["Cidadãos", "Empresas"]},
        "areasDeInteresse": {"item": ["Justiça"]},
        "palavrasChave": {"item": ["fórum", "processo", comarca(row).lower()]},
        "condicoesAcessibilidade": "Prédio com rampa de acesso.",
        "tratamentoPrioritario": "Idosos, gestantes e pessoas com deficiência (Lei 10.048/2000).",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "mni_teor_soap": mni_teor_soap,
    "djen_comunicacao": djen_comunicacao,
    "pncp_contratacao": pncp_contratacao,
    "carta_servicos": carta_servicos,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return whole_fields_record((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

"""held_out_335 of the PII evaluation set: real phone fields of a register no earlier part used
(the Banco Central do Brasil's register of bank branches, the Banco do Nordeste do Brasil's
branches; Brazil's earlier parts took other registers) exactly as published, in layouts no
earlier part has, beside the register's own branch codes, names, streets, districts, towns and
postcodes.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
Brazilian numbers from INEP's schools, Fortaleza's health posts, the CNJ's cartórios, the ANS's
operators, the CVM's companies, the Interlegis houses and others; here:

* the values are the ``telefone`` fields of all 300 branches (``scripts/data/
  pii_br_bnb_agencias.json``, written by ``scripts/br_bnb_agencias_data.py``; source and
  licence in that file): Brazilian lines as the Banco Central's register writes them, the
  area code apart in ``ddd`` (``82``) and the line in one run with no separator (``35228550``;
  mobiles of nine digits, ``988013746``; three of seven digits, ``3261422``), every copy
  labelled, the area code never (each layout writes it in a field of its own, or before the
  line in brackets and a blank, ``(82) 35228550``, the line unchanged);
* the text around them is the same row's real fields: the branch's code, name, street line,
  district, town, state and postcode (``57300-070``, and its eight digits in one run where the
  layout writes it so, ``57300070``, unlabelled), with invented CNPJ branch numbers of the
  bank's real base (``07237373``), ids, cuid keys, UUIDs, WhatsApp group ids, API keys, epoch
  and ISO times, unlabelled and scored;
* in layouts no earlier part has, Brazilian web-service and messaging formats, text in
  Portuguese: CNPJ.ws public API answers (``GET /cnpj/{cnpj}``: the branch as a ``Filial``
  establishment of the bank, ``ddd1``/``telefone1``, ``cep`` as digits), Typebot flow exports
  (schema version 6: a start event, groups of ``text`` bubbles in rich text and a ``choice
  input``, edges, and the line as a variable's value and in a bubble), Chatwoot
  ``message_created`` webhook events (an agent bot's outgoing web-widget message, the line in
  ``content`` and again in the conversation's ``messages``; the visitor an anonymous contact
  with no e-mail or phone) and Evolution API ``sendText`` requests (``POST /message/sendText/
  {instance}`` to a WhatsApp group of the bank's state office, WhatsApp ``*bold*`` markup, the
  line twice).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_335.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_bnb_agencias.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_335.jsonl.gz"
SPLIT = "held_out_335"

LAYOUTS = ("cnpjws_estabelecimento", "typebot_flow", "chatwoot_message", "evolution_send_text")
PHONE = "telefone"
BANK = "BANCO DO NORDESTE DO BRASIL SA"
BASE = "07237373"  # the bank's CNPJ base, as the register's copy names it
BRT = dt.timezone(dt.timedelta(hours=-3))

# the states of the register's branches: name and IBGE code (public, not the register's)
STATES = {
    "AL": ("Alagoas", 27), "BA": ("Bahia", 29), "CE": ("Ceará", 23), "ES": ("Espírito Santo", 32),
    "MA": ("Maranhão", 21), "MG": ("Minas Gerais", 31), "PB": ("Paraíba", 25),
    "PE": ("Pernambuco", 26), "PI": ("Piauí", 22), "RJ": ("Rio de Janeiro", 33),
    "RN": ("Rio Grande do Norte", 24), "SE": ("Sergipe", 28), "SP": ("São Paulo", 35),
}  # fmt: skip
# words of Chatwoot's generated names of anonymous web-widget visitors (``silent-breeze-419``)
ADJECTIVES = ("silent", "bold", "long", "purple", "quiet", "broken", "lively", "rough", "small")
NOUNS = ("breeze", "river", "sunset", "field", "leaf", "cloud", "meadow", "wave", "pine")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's line as published (seven to nine digits)."""
    return _f(row, PHONE)


def ddd(row: dict[str, Any]) -> str:
    return _f(row, "ddd")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's line labelled (each copy stands apart:
    no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def spoken(row: dict[str, Any]) -> str:
    """The area code in brackets and a blank before the line, as prose writes a number whose
    area code the register keeps apart (``(82) 35228550``; the line unchanged)."""
    return f"({ddd(row)}) {phone(row)}"


def place(row: dict[str, Any]) -> str:
    """The street line, district, town and state (``Rua Fernandes Lima, Centro,
    Arapiraca/AL``)."""
    parts = [_f(row, "endereco"), _f(row, "bairro"), f"{_f(row, 'municipio')}/{_f(row, 'uf')}"]
    return ", ".join(p for p in parts if p)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (Brasília time)."""
    start = dt.datetime(2025, 1, 6, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _iso(moment: dt.datetime) -> str:
    """A moment in UTC with milliseconds and ``Z`` (``2025-03-04T12:00:00.000Z``)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cuid(rng: random.Random) -> str:
    """An invented cuid (``c`` and 24 lower-case letters and digits), Typebot's ids."""
    return "c" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(24))


def _cnpj(rng: random.Random) -> str:
    """An invented CNPJ of one of the bank's establishments: its real base, an invented branch
    number, the check digits right (fourteen digits)."""
    digits = [int(c) for c in BASE] + [int(c) for c in f"{rng.randint(2, 1999):04d}"]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, digits))


def _dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def cnpjws_estabelecimento(row: dict[str, Any], rng: random.Random) -> str:
    """A CNPJ.ws public API answer (``GET https://publica.cnpj.ws/cnpj/{cnpj}``) for one of the
    bank's establishments: the company's base, name, legal nature (mixed-capital company),
    size and an invented update time; ``estabelecimento`` with an invented branch CNPJ in its
    three parts, ``tipo`` ``Filial``, the branch's name as trade name, an active status since
    an invented date, the street line, district and postcode (its digits), ``ddd1`` and
    ``telefone1`` as the register gives them, no second line, fax or e-mail, the CNAE of
    commercial multiple banks, country, state (name and IBGE code) and town (with invented
    ids)."""
    cnpj = _cnpj(rng)
    uf = _f(row, "uf")
    state, ibge = STATES[uf]
    opened = dt.date(1955, 1, 3) + dt.timedelta(days=rng.randint(0, 60 * 365))
    status = opened + dt.timedelta(days=rng.randint(30, 30 * 365))
    updated = _when(rng)
    establishment = {
        "cnpj": cnpj,
        "atividades_secundarias": [],
        "cnpj_raiz": cnpj[:8],
        "cnpj_ordem": cnpj[8:12],
        "cnpj_digito_verificador": cnpj[12:],
        "tipo": "Filial",
        "nome_fantasia": _f(row, "nome").upper(),
        "situacao_cadastral": "Ativa",
        "data_situacao_cadastral": status.isoformat(),
        "data_inicio_atividade": opened.isoformat(),
        "nome_cidade_exterior": None,
        "tipo_logradouro": None,
        "logradouro": _f(row, "endereco"),
        "numero": None,
        "complemento": None,
        "bairro": _f(row, "bairro"),
        "cep": _f(row, "cep").replace("-", ""),
        "ddd1": ddd(row),
        "telefone1": phone(row),
        "ddd2": None,
        "telefone2": None,
        "ddd_fax": None,
        "fax": None,
        "email": None,
        "situacao_especial": None,
        "data_situacao_especial": None,
        "atualizado_em": _iso(updated),
        "atividade_principal": {
            "id": "6422100",
            "secao": "K",
            "divisao": "64",
            "grupo": "64.2",
            "classe": "64.22-1",
            "subclasse": "6422-1/00",
            "descricao": "Bancos múltiplos, com carteira comercial",
        },
        "pais": {"id": "105", "iso2": "BR", "iso3": "BRA", "nome": "Brasil", "comex_id": "105"},
        "estado": {"id": rng.randint(1, 27), "nome": state, "sigla": uf, "ibge_id": ibge},
        "cidade": {
            "id": rng.randint(1000, 5999),
            "nome": _f(row, "municipio"),
            "ibge_id": ibge * 100000 + rng.randint(100, 99999),
            "siafi_id": f"{rng.randint(1000, 9999)}",
        },
        "motivo_situacao_cadastral": None,
        "inscricoes_estaduais": [],
    }
    doc = {
        "cnpj_raiz": cnpj[:8],
        "razao_social": BANK,
        "capital_social": f"{rng.randint(30, 90) * 100000000}.00",
        "responsavel_federativo": "",
        "atualizado_em": _iso(updated),
        "porte": {"id": "05", "descricao": "Demais"},
        "natureza_juridica": {"id": "2038", "descricao": "Sociedade de Economia Mista"},
        "qualificacao_do_responsavel": {"id": 10, "descricao": "Diretor"},
        "socios": [],
        "simples": None,
        "estabelecimento": establishment,
    }
    return _dumps(doc)


def _rich(*runs: dict[str, Any]) -> dict[str, Any]:
    """A Typebot text bubble's content: one paragraph of rich-text runs."""
    return {"richText": [{"type": "p", "children": list(runs)}]}


def typebot_flow(row: dict[str, Any], rng: random.Random) -> str:
    """A Typebot flow export (schema version ``6``) of the branch's WhatsApp assistant: a
    ``start`` event; a welcome group (a ``text`` bubble naming the branch in bold, a ``choice
    input`` of address and phone); an address group (street line, district, town and postcode);
    a phone group (a bubble with the area code in brackets and the line); edges joining them;
    variables, the branch's line and area code among them as values; settings, invented cuid
    ids and times."""
    name, code = _f(row, "nome"), _f(row, "codigo")
    ids = [_cuid(rng) for _ in range(16)]
    ev, g1, g2, g3, b1, b2, b3, b4, i1, i2, e1, e2, e3, v1, v2, v3 = ids
    created = _when(rng)
    updated = created + dt.timedelta(minutes=rng.randint(5, 20000))
    x2, x3 = rng.randint(380, 460), rng.randint(380, 460)
    groups = [
        {
            "id": g1,
            "title": "Boas-vindas",
            "graphCoordinates": {"x": 20, "y": 120},
            "blocks": [
                {
                    "id": b1,
                    "type": "text",
                    "content": _rich(
                        {"text": "Olá! Você está falando com a agência "},
                        {"bold": True, "text": name},
                        {"text": " do Banco do Nordeste. Como podemos ajudar?"},
                    ),
                },
                {
                    "id": b2,
                    "type": "choice input",
                    "items": [
                        {"id": i1, "content": "Endereço da agência", "outgoingEdgeId": e2},
                        {"id": i2, "content": "Telefone da agência", "outgoingEdgeId": e3},
                    ],
                    "options": {"variableId": v1},
                },
            ],
        },
        {
            "id": g2,
            "title": "Endereço",
            "graphCoordinates": {"x": x2, "y": 20},
            "blocks": [
                {
                    "id": b3,
                    "type": "text",
                    "content": _rich(
                        {"text": f"Estamos na {place(row)}, CEP {_f(row, 'cep')}."},
                    ),
                }
            ],
        },
        {
            "id": g3,
            "title": "Telefone",
            "graphCoordinates": {"x": x3, "y": 260},
            "blocks": [
                {
                    "id": b4,
                    "type": "text",
                    "content": _rich(
                        {"text": "Ligue para a agência: "},
                        {"bold": True, "text": spoken(row)},
                        {"text": ", de segunda a sexta, das 10h às 16h."},
                    ),
                }
            ],
        },
    ]
    doc = {
        "version": "6",
        "id": _cuid(rng),
        "name": f"Agência {name} ({code}) - atendimento",
        "events": [
            {
                "id": ev,
                "outgoingEdgeId": e1,
                "graphCoordinates": {"x": 0, "y": 0},
                "type": "start",
            }
        ],
        "groups": groups,
        "edges": [
            {"id": e1, "from": {"eventId": ev}, "to": {"groupId": g1}},
            {"id": e2, "from": {"blockId": b2, "itemId": i1}, "to": {"groupId": g2}},
            {"id": e3, "from": {"blockId": b2, "itemId": i2}, "to": {"groupId": g3}},
        ],
        "variables": [
            {"id": v1, "name": "opcao"},
            {"id": v2, "name": "ddd_agencia", "value": ddd(row)},
            {"id": v3, "name": "telefone_agencia", "value": phone(row)},
        ],
        "theme": {},
        "selectedThemeTemplateId": None,
        "settings": {
            "general": {"isBrandingEnabled": False},
            "typingEmulation": {"enabled": True, "speed": 400, "maxDelay": 3},
            "metadata": {"description": f"Atendimento da agência {name} - {place(row)}"},
        },
        "createdAt": _iso(created),
        "updatedAt": _iso(updated),
        "icon": "🏦",
        "folderId": None,
        "publicId": f"bnb-agencia-{code}-{rng.randint(100, 999)}",
        "customDomain": None,
        "workspaceId": _cuid(rng),
        "resultsTablePreferences": None,
        "isArchived": False,
        "isClosed": False,
        "whatsAppCredentialsId": None,
        "riskLevel": None,
    }
    return _dumps(doc)


def chatwoot_message(row: dict[str, Any], rng: random.Random) -> str:
    """A Chatwoot ``message_created`` webhook event: an agent bot's outgoing text message on a
    web-widget inbox, its Markdown ``content`` naming the branch in bold, the street line,
    district, town, postcode, the area code in brackets and the line, and hours; the
    conversation (invented ids, epoch times, the contact inbox's invented source id and pubsub
    token, the same message again in ``messages``, the visitor as ``meta.sender``: an
    anonymous contact with a generated name and no e-mail or phone)."""
    name = _f(row, "nome")
    sent = _when(rng)
    epoch = int(sent.timestamp())
    opened = epoch - rng.randint(20, 600)
    account, inbox, bot = rng.randint(1, 9), rng.randint(2, 40), rng.randint(1, 12)
    conversation, message = rng.randint(1000, 99999), rng.randint(100000, 9999999)
    contact = rng.randint(10000, 999999)
    content = (
        f"A agência **{name}** fica na {place(row)}, CEP {_f(row, 'cep')}.\n"
        f"Telefone: {spoken(row)}\n"
        "Atendimento presencial de segunda a sexta, das 10h às 16h."
    )
    visitor = f"{rng.choice(ADJECTIVES)}-{rng.choice(NOUNS)}-{rng.randint(100, 999)}"
    sender = {
        "additional_attributes": {},
        "custom_attributes": {},
        "email": None,
        "id": contact,
        "identifier": None,
        "name": visitor,
        "phone_number": None,
        "thumbnail": "",
        "type": "contact",
    }
    doc = {
        "account": {"id": account, "name": "Banco do Nordeste - Atendimento Digital"},
        "additional_attributes": {},
        "content_attributes": {},
        "content_type": "text",
        "content": content,
        "conversation": {
            "additional_attributes": {
                "browser": {
                    "device_name": "Unknown",
                    "browser_name": "Chrome",
                    "platform_name": "Android",
                    "browser_version": f"{rng.randint(118, 131)}.0.0.0",
                    "platform_version": str(rng.randint(10, 14)),
                },
                "referer": "https://www.bnb.gov.br/agencias",
                "initiated_at": {"timestamp": sent.strftime("%a %b %d %Y %H:%M:%S GMT-0300")},
            },
            "can_reply": True,
            "channel": "Channel::WebWidget",
            "contact_inbox": {
                "id": rng.randint(10000, 999999),
                "contact_id": contact,
                "inbox_id": inbox,
                "source_id": _uuid(rng),
                "created_at": _iso(sent - dt.timedelta(seconds=epoch - opened)),
                "updated_at": _iso(sent - dt.timedelta(seconds=epoch - opened)),
                "hmac_verified": False,
                "pubsub_token": "".join(rng.choice(string.ascii_letters) for _ in range(24)),
            },
            "id": conversation,
            "inbox_id": inbox,
            "messages": [
                {
                    "id": message,
                    "content": content,
                    "account_id": account,
                    "inbox_id": inbox,
                    "conversation_id": conversation,
                    "message_type": 1,
                    "created_at": epoch,
                    "updated_at": _iso(sent),
                    "private": False,
                    "status": "sent",
                    "source_id": None,
                    "content_type": "text",
                    "content_attributes": {},
                    "sender_type": "AgentBot",
                    "sender_id": bot,
                    "external_source_ids": {},
                    "additional_attributes": {},
                }
            ],
            "labels": ["agencias"],
            "meta": {"sender": sender, "assignee": None, "team": None, "hmac_verified": False},
            "status": "pending",
            "custom_attributes": {},
            "snoozed_until": None,
            "unread_count": 0,
            "first_reply_created_at": None,
            "priority": None,
            "waiting_since": opened,
            "agent_last_seen_at": 0,
            "contact_last_seen_at": opened,
            "last_activity_at": epoch,
            "timestamp": epoch,
            "created_at": opened,
        },
        "created_at": _iso(sent),
        "id": message,
        "inbox": {"id": inbox, "name": "Site - Fale com a agência"},
        "message_type": "outgoing",
        "private": False,
        "sender": {"id": bot, "name": "Assistente Nordeste", "avatar_url": "", "type": "agent_bot"},
        "source_id": None,
        "event": "message_created",
    }
    return _dumps(doc)


def evolution_send_text(row: dict[str, Any], rng: random.Random) -> str:
    """An Evolution API (v2) ``sendText`` request, as an HTTP message: ``POST
    /message/sendText/{instance}`` on an invented host, the instance of the bank's state office
    (``bnb-superintendencia-al``), an invented ``apikey`` header, and a JSON body to a WhatsApp
    group (an invented ``@g.us`` id) whose ``text`` in WhatsApp markup (``*bold*``) gives the
    branch's name and code, street line, district, town, postcode, and the area code in
    brackets and the line twice; ``delay`` and ``linkPreview``."""
    name, code, uf = _f(row, "nome"), _f(row, "codigo"), _f(row, "uf")
    state = STATES[uf][0]
    instance = f"bnb-superintendencia-{uf.lower()}"
    text = (
        f"*Comunicado - Superintendência Estadual {state}*\n\n"
        f"A agência *{name}* (código {code}) atende na {place(row)}, CEP {_f(row, 'cep')}.\n\n"
        f"📞 Telefone da agência: {spoken(row)}\n"
        f"Para agendar atendimento, ligue {spoken(row)} ou procure seu gerente.\n\n"
        f"_Atualizado em {_when(rng):%d/%m/%Y}._"
    )
    body = {
        "number": f"120363{rng.randint(10**11, 10**12 - 1)}@g.us",
        "text": text,
        "delay": rng.choice((800, 1000, 1200, 1500)),
        "linkPreview": False,
    }
    payload = json.dumps(body, ensure_ascii=False, indent=2)
    head = [
        f"POST /message/sendText/{instance} HTTP/1.1",
        "Host: evolution.atendimento-nordeste.com.br",
        f"apikey: {rng.getrandbits(128):032X}",
        "Content-Type: application/json",
        f"Content-Length: {len(payload.encode('utf-8'))}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + payload + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "cnpjws_estabelecimento": cnpjws_estabelecimento,
    "typebot_flow": typebot_flow,
    "chatwoot_message": chatwoot_message,
    "evolution_send_text": evolution_send_text,
}
# how many times each layout writes the line
COPIES = {
    "cnpjws_estabelecimento": 1, "typebot_flow": 2, "chatwoot_message": 2,
    "evolution_send_text": 2,
}  # fmt: skip


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its line labelled."""
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

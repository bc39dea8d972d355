"""held_out_288 of the PII evaluation set: real phone fields of a register no earlier part used
(the Polícia Civil de Pernambuco's directory of its units; Brazil's earlier parts took other
publishers' registers) exactly as published, in layouts no earlier part has, beside the
register's own unit names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
Brazilian numbers from INEP's schools, Fortaleza's health posts, the CNJ's cartórios, São
Paulo's facilities, Florianópolis's contacts, Bahia's hospitals, the ANS's operators, Panvel's
pharmacies, IBRAM's museums and the SNBP's libraries; here:

* the values are the ``telefones`` cells of 320 of the 379 units of the PCPE's table of unit
  addresses and telephones that give a number (``scripts/data/pii_br_pcpe_unidades.json``,
  written by ``scripts/br_pcpe_unidades_data.py``; source and licence in that file): police
  stations, specialised and seccional delegacias, the chief's office, departments, institutes
  and desks; Pernambuco's numbers as the page writes them, the area code (``81``, ``87``) in
  brackets, a space and the line's two groups joined by a hyphen (``(81) 3637-5806``), most
  cells with several joined by `` / `` (up to eleven), a few with another separator or none
  (``(81) 3184-3584 (81) 3184-3575``, ``/(81) 3184-3475``, ``(81)3755-1906``, a trailing ``/``),
  one line with no area code (``3662-0111``), one run with no hyphen (``(81) 31843651``), one
  mistyped with nine digits (``(81) 36226-8683``), one followed by ``verificar ligando``; each
  number of a cell labelled on its own, every copy;
* the text around them is the same row's real fields, the unit's name (``DP 48ª CIRC./11ª
  DESEC/GCOI 1 - DELEGACIA DE POLÍCIA DA 48ª CIRCUNSCRIÇÃO - ALIANÇA``) and its address with its
  CEP (``55890-000``, ``50.050-000``), with invented request ids, 17-digit protocol numbers,
  GLPI, NetBox and Pipefy ids, slugs, dates and times, unlabelled and scored;
* in layouts no earlier part has, Brazilian public-administration and service-desk formats,
  text in Brazilian Portuguese: the CGU's e-SIC (Lei de Acesso à Informação) export of requests
  (``Pedidos`` XML in the fields of its data dictionary: an invented request to the Ministry of
  Justice and Public Security for the unit's address and telephones, its ``Resposta`` giving the
  cell), GLPI 10 REST API entity answers (``GET /apirest.php/Entity/{id}``: the unit as an entity
  of the state police's service desk, the cell as ``phonenumber``), NetBox 3.2 REST API site
  answers (``GET /api/dcim/sites/{id}/``: the unit as a site of the police network, the cell's
  first number as ``contact_phone`` and the whole cell in the Markdown ``comments``) and Pipefy
  GraphQL API ``createCard`` requests (a card of an invented network-maintenance pipe, the cell
  as the value of the ``telefones_da_unidade`` field).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_288.py   # rewrites the committed file
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
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_br_pcpe_unidades.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_288.jsonl.gz"
SPLIT = "held_out_288"

LAYOUTS = ("esic_pedido_xml", "glpi_entity", "netbox_site", "pipefy_create_card")
PHONE = "telefones"
BRT = dt.timezone(dt.timedelta(hours=-3))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented services of the state police's network-maintenance pipe (no real order is meant)
SERVICES = (
    "Manutenção da rede lógica", "Troca do roteador do link de dados",
    "Instalação de ponto de rede no cartório", "Vistoria do nobreak do rack",
    "Reparo do link de internet da unidade", "Remanejamento de ramais",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A cell as published, stripped."""
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's telephone cell as published, stripped."""
    return _f(row, PHONE)


def first(row: dict[str, Any]) -> str:
    """The first number of the telephone cell, as written there."""
    s, e = numbers(phone(row))[0]
    return phone(row)[s:e]


def address(row: dict[str, Any]) -> str:
    """The address cell without its ``Endereço:`` label."""
    return re.sub(r"^Endereço\s*:\s*", "", _f(row, "endereco"))


def cep(row: dict[str, Any]) -> str:
    """The CEP the address gives (``55890-000``, ``50.050-000``), "" if none."""
    m = re.search(r"CEP\s*:?\s*([\d.]+-\d{3})", address(row))
    return m.group(1) if m else ""


def town(row: dict[str, Any]) -> str:
    """The town the address names before ``/PE`` (``Aliança``), "" if none."""
    m = re.search(r"([^,\-–]+?)\s*/\s*PE\b", address(row))
    return m.group(1).strip() if m else ""


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone cell labelled, and every
    copy of its first number that stands outside the cell's copies (each copy stands apart: no
    digit next to it)."""
    values = [("phone", phone(row)), ("first", first(row))]
    columns = {"phone": PHONE, "first": PHONE}
    edges = {"phone": r"\d", "first": r"\d"}
    return field_copies(text, values, edges, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as JSON, two-space indented, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _slug(value: str) -> str:
    """A NetBox slug of ``value`` (ASCII letters, digits and hyphens, at most 100)."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:100].rstrip("-")


def _short(row: dict[str, Any]) -> str:
    """The unit's acronym, the name before its first `` - `` (``DP 48ª CIRC./11ª DESEC/GCOI
    1``), or the whole name."""
    return _f(row, "unidade").split(" - ")[0].strip()


def esic_pedido_xml(row: dict[str, Any], rng: random.Random) -> str:
    """One request of the CGU's e-SIC export of Lei de Acesso à Informação requests (a
    ``Pedidos`` document, the fields of its data dictionary): an invented ``IdPedido``,
    17-digit ``ProtocoloPedido`` and ``IdSolicitante``, the Ministry of Justice and Public
    Security as ``OrgaoDestinatario``, the dates of registration, deadline and answer
    (``DD/MM/AAAA HH:MM:SS``), the request's summary and detail naming the unit, and the
    ``Resposta`` giving its address and telephone cell."""
    name, tel = _f(row, "unidade"), phone(row)
    asked = _when(rng)
    answered = asked + dt.timedelta(days=rng.randint(3, 19), minutes=rng.randint(0, 600))
    deadline = asked + dt.timedelta(days=20)
    protocol = f"08198{rng.randint(0, 999999):06d}{asked.year}{rng.randint(10, 99)}"
    fmt = "%d/%m/%Y %H:%M:%S"
    detail = (
        f"Solicito o endereço completo e os telefones de contato da unidade {name}, da "
        "Polícia Civil de Pernambuco, para encaminhamento de documentação."
    )
    answer = (
        "Prezado(a) cidadão(ã), em atenção ao seu pedido, informamos que a unidade "
        f"{name} funciona no endereço {address(row)}. Telefones: {tel}. A relação de "
        "endereços e telefones das unidades é mantida pela Polícia Civil de Pernambuco, a "
        "quem devem ser dirigidas eventuais atualizações. Atenciosamente, Serviço de "
        "Informação ao Cidadão – SIC/MJSP."
    )
    fields = [
        ("IdPedido", str(rng.randint(2_400_000, 2_899_999))),
        ("ProtocoloPedido", protocol),
        ("OrgaoSuperiorAssociadoaoDestinatario", ""),
        ("OrgaoDestinatario", "MJSP – Ministério da Justiça e Segurança Pública"),
        ("Situacao", "Respondido"),
        ("DataRegistro", f"{asked:{fmt}}"),
        ("ResumoSolicitacao", f"Endereço e telefones da unidade {_short(row)} da PCPE"),
        ("DetalhamentoSolicitacao", detail),
        ("PrazoAtendimento", f"{deadline:{fmt}}"),
        ("FoiProrrogado", "Não"),
        ("FoiReencaminhado", rng.choice(("Não", "Sim"))),
        ("FormaResposta", "Pelo sistema (com avisos por email)"),
        ("OrigemSolicitacao", "Internet"),
        ("IdSolicitante", str(rng.randint(1_000_000, 4_999_999))),
        ("CategoriaPedido", "Defesa e Segurança"),
        ("SubCategoriaPedido", "Policiamento"),
        ("NumeroPerguntas", "1"),
        ("DataResposta", f"{answered:{fmt}}"),
        ("Resposta", answer),
        ("TipoResposta", "Acesso Concedido"),
        ("ClassificacaoTipoResposta", "Resposta solicitada inserida no e-SIC"),
    ]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<Pedidos>", "  <Pedido>"]
    for key, value in fields:
        lines.append(f"    <{key}>{_x(value)}</{key}>" if value else f"    <{key} />")
    lines += ["  </Pedido>", "</Pedidos>", ""]
    return "\n".join(lines)


def glpi_entity(row: dict[str, Any], rng: random.Random) -> str:
    """A GLPI 10 REST API answer to ``GET /apirest.php/Entity/{id}``: an invented id under an
    invented parent entity of the state police, the unit's name and ``completename``, a
    comment, its address (the cell without its label), CEP, town and state, the telephone cell
    as ``phonenumber``, empty fax and e-mail fields, invented dates, inherited settings (``-2``)
    and the answer's ``links``."""
    name, tel = _f(row, "unidade"), phone(row)
    ident, parent = rng.randint(40, 980), rng.randint(2, 9)
    created = _when(rng)
    modified = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(0, 86400))
    base = "https://servicedesk.pc.pe.gov.br/apirest.php"
    doc = {
        "id": ident,
        "name": name,
        "entities_id": parent,
        "completename": f"Entidade raiz > Polícia Civil de Pernambuco > {name}",
        "comment": "Unidade cadastrada conforme a relação de endereços e telefones da PCPE.",
        "level": 3,
        "registration_number": "",
        "address": address(row),
        "postcode": cep(row),
        "town": town(row),
        "state": "Pernambuco",
        "country": "Brasil",
        "website": "",
        "phonenumber": tel,
        "fax": "",
        "email": "",
        "admin_email": "",
        "admin_email_name": "",
        "ldap_dn": "",
        "tag": f"pcpe-{ident}",
        "mail_domain": "",
        "latitude": "",
        "longitude": "",
        "altitude": "",
        "calendars_id": -2,
        "tickettype": -2,
        "autoclose_delay": -2,
        "inquest_config": -2,
        "date_mod": f"{modified:%Y-%m-%d %H:%M:%S}",
        "date_creation": f"{created:%Y-%m-%d %H:%M:%S}",
        "links": [
            {"rel": "Entity", "href": f"{base}/Entity/{parent}"},
            {"rel": "Document_Item", "href": f"{base}/Entity/{ident}/Document_Item/"},
            {"rel": "Notepad", "href": f"{base}/Entity/{ident}/Notepad/"},
        ],
    }
    return _j(doc)


def netbox_site(row: dict[str, Any], rng: random.Random) -> str:
    """A NetBox 3.2 REST API answer to ``GET /api/dcim/sites/{id}/``: an invented id, the unit's
    name, slug and acronym as ``facility``, status, an invented region and tenant, the time
    zone, its address as ``physical_address``, the plantão desk as ``contact_name``, the cell's
    first number as ``contact_phone`` (the field's 20 characters hold one), the whole cell in
    the Markdown ``comments``, invented timestamps and object counts."""
    name, tel = _f(row, "unidade"), phone(row)
    ident = rng.randint(12, 860)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 90), seconds=rng.randint(0, 86400))
    base = "https://netbox.sds.pe.gov.br/api"
    metro = town(row) in ("Recife", "Olinda", "Jaboatão dos Guararapes", "Paulista")
    region = ("Região Metropolitana", "regiao-metropolitana", 2)
    if not metro:
        region = ("Interior", "interior", 3)
    comments = (
        f"**Unidade:** {name}\n\n**Endereço:** {address(row)}\n\n"
        f"**Telefones (página da PCPE):** {tel}\n"
    )
    doc = {
        "id": ident,
        "url": f"{base}/dcim/sites/{ident}/",
        "display": name,
        "name": name,
        "slug": _slug(name),
        "status": {"value": "active", "label": "Active"},
        "region": {
            "id": region[2],
            "url": f"{base}/dcim/regions/{region[2]}/",
            "display": region[0],
            "name": region[0],
            "slug": region[1],
            "_depth": 1,
        },
        "group": None,
        "tenant": {
            "id": 1,
            "url": f"{base}/tenancy/tenants/1/",
            "display": "Polícia Civil de Pernambuco",
            "name": "Polícia Civil de Pernambuco",
            "slug": "pcpe",
        },
        "facility": _short(row)[:50],
        "asns": [],
        "time_zone": "America/Recife",
        "description": f"Unidade da PCPE – link de dados {rng.choice(('MPLS', 'SD-WAN'))}",
        "physical_address": address(row),
        "shipping_address": "",
        "latitude": None,
        "longitude": None,
        "contact_name": "Plantão da unidade",
        "contact_phone": first(row),
        "contact_email": "",
        "comments": comments,
        "tags": [],
        "custom_fields": {},
        "created": f"{created:%Y-%m-%d}",
        "last_updated": updated.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "circuit_count": rng.randint(1, 2),
        "device_count": rng.randint(2, 9),
        "prefix_count": rng.randint(1, 4),
        "rack_count": 1,
        "virtualmachine_count": 0,
        "vlan_count": rng.randint(2, 6),
    }
    assert len(doc["contact_phone"]) <= 20, row["path"]
    return _j(doc)


def pipefy_create_card(row: dict[str, Any], rng: random.Random) -> str:
    """A Pipefy GraphQL API request body (``POST /graphql``): the ``createCard`` mutation with
    its ``variables``, an invented pipe id, a title naming the unit's acronym and an invented
    service, a due date, and ``fields_attributes`` giving the unit's name, address and CEP, the
    telephone cell (``telefones_da_unidade``) and a description without the number."""
    name, tel = _f(row, "unidade"), phone(row)
    due = _when(rng) + dt.timedelta(days=rng.randint(5, 30))
    service = rng.choice(SERVICES)
    query = (
        "mutation CreateCard($input: CreateCardInput!) {\n"
        "  createCard(input: $input) {\n"
        "    card { id title url }\n"
        "  }\n"
        "}"
    )
    attributes = [
        {"field_id": "unidade_policial", "field_value": name},
        {"field_id": "endereco_da_unidade", "field_value": address(row)},
        {"field_id": "cep", "field_value": cep(row)},
        {"field_id": "telefones_da_unidade", "field_value": tel},
        {"field_id": "tipo_de_servico", "field_value": service},
        {
            "field_id": "descricao",
            "field_value": f"{service} na unidade {_short(row)}. Agendar a visita com o "
            "plantão pelos telefones da unidade.",
        },
    ]
    doc = {
        "query": query,
        "variables": {
            "input": {
                "pipe_id": str(rng.randint(301_000_000, 304_999_999)),
                "title": f"{_short(row)} – {service}",
                "due_date": due.isoformat(timespec="seconds"),
                "fields_attributes": attributes,
            }
        },
    }
    return _j(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "esic_pedido_xml": esic_pedido_xml,
    "glpi_entity": glpi_entity,
    "netbox_site": netbox_site,
    "pipefy_create_card": pipefy_create_card,
}


def international(value: str) -> bool:
    """Whether a labelled number is written with a country code (none of the register's is)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone cell and of
    its first number labelled, each number on its own."""
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

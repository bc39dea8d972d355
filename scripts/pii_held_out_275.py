"""held_out_275 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the SNBP's register of Brazil's public libraries, as the Ministry of Culture's Mapa
das Bibliotecas lists them; Brazil's earlier parts took INEP's schools, Fortaleza's health
posts, the CNJ's cartórios, São Paulo's facilities, Florianópolis's contacts, Bahia's hospitals,
the ANS's operators, Panvel's pharmacies and IBRAM's museums) exactly as published, in layouts
no earlier part has, beside the register's own names, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefonePublico`` and ``emailPublico`` fields of 320 public libraries
  (``scripts/data/pii_br_snbp_bibliotecas.json``, written by
  ``scripts/br_snbp_bibliotecas_data.py``; source and licence in that file): Brazilian fixed
  lines as the libraries gave them, the area code in brackets and the line hyphenated (``(61)
  3345-0634``, ``(37)3343-1140``), or ten digits in one run (``7734332145``), several joined by
  `` / ``, some with an extension (``(28) 3562-1166 ramal 45``); the whole field written
  wherever a layout writes the number, each number in it labelled on every copy (an extension
  is no number); the library's or its desk's mailbox where the register has one that names no
  person (``biblioteca@botucatu.sp.gov.br``), labelled on every copy;
* the text around them is the same row's real fields: the name, street, number, district,
  postcode (``44730-000``), municipality, state and coordinates, with invented ids,
  dates, amounts and order numbers, unlabelled and scored;
* in layouts no earlier part has, Brazilian CRM, help-desk, events and e-commerce formats, text
  in Portuguese: Agendor API v3 organization responses (``GET /v3/organizations/{id}`` of an
  invented book distributor's CRM: the library with ``contact.work`` and ``contact.email``, its
  ``address``, a ``description`` repeating the number), Movidesk Person API responses (``GET
  /public/v1/persons``: the library as a company, ``personType`` 2, of an invented library
  software vendor's help desk, with ``contacts`` of ``contactType`` ``Telefone comercial``,
  ``emails`` and ``addresses``, ``observations`` repeating the number), Sympla API v3 event
  responses (``GET /public/v3/events/{event_id}``: a free reading event held at the library,
  its ``address`` with coordinates, the ``detail`` HTML and ``host.description`` naming the
  number and the mailbox) and Nuvemshop API customer responses (``GET
  /v1/{store_id}/customers/{id}`` of an invented bookshop: the library as customer with
  ``phone``, ``email``, ``default_address`` and ``addresses`` with their ``phone``,
  ``billing_phone``, an invented order total).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_275.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_br_snbp_bibliotecas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_275.jsonl.gz"
SPLIT = "held_out_275"

LAYOUTS = ("agendor_organization", "movidesk_person", "sympla_event", "nuvemshop_customer")
PHONE, EMAIL, NAME = "telefonePublico", "emailPublico", "name"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field and the e-mail address
COPIES = {
    "agendor_organization": 2, "movidesk_person": 2, "sympla_event": 2, "nuvemshop_customer": 4,
}  # fmt: skip
EMAIL_COPIES = {
    "agendor_organization": 1, "movidesk_person": 1, "sympla_event": 2, "nuvemshop_customer": 1,
}  # fmt: skip
BRT = dt.timezone(dt.timedelta(hours=-3))
STATES = {
    "AC": "Acre", "AL": "Alagoas", "AP": "Amapá", "AM": "Amazonas", "BA": "Bahia", "CE": "Ceará",
    "DF": "Distrito Federal", "ES": "Espírito Santo", "GO": "Goiás", "MA": "Maranhão",
    "MT": "Mato Grosso", "MS": "Mato Grosso do Sul", "MG": "Minas Gerais", "PA": "Pará",
    "PB": "Paraíba", "PR": "Paraná", "PE": "Pernambuco", "PI": "Piauí", "RJ": "Rio de Janeiro",
    "RN": "Rio Grande do Norte", "RS": "Rio Grande do Sul", "RO": "Rondônia", "RR": "Roraima",
    "SC": "Santa Catarina", "SP": "São Paulo", "SE": "Sergipe", "TO": "Tocantins",
}  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented distributors, vendors, bookshops and events (no real body is meant)
DISTRIBUTORS = ("Distribuidora Ventania de Livros", "Aurora Livros para Bibliotecas",
                "Acervo Vivo Distribuição Editorial")  # fmt: skip
VENDORS = (("Estante Digital Sistemas", "estantedigital"), ("BiblioNuvem Software", "biblionuvem"),
           ("Catálogo Aberto Tecnologia", "catalogoaberto"))  # fmt: skip
SHOPS = ("Livraria Vértice", "Livraria Pé de Letra", "Sebo e Livraria Horizonte")
EVENTS = (
    ("Hora do Conto", "Contação de histórias para crianças de 4 a 10 anos"),
    ("Clube de Leitura", "Encontro mensal do clube de leitura, aberto ao público"),
    ("Oficina de Poesia", "Oficina de escrita de poesia para jovens e adultos"),
    ("Sarau Literário", "Sarau com leitura de poemas e música ao vivo"),
    ("Feira de Troca de Livros", "Traga um livro e leve outro para casa"),
)  # fmt: skip
SEGMENTS = ("Bibliotecas públicas", "Setor público - cultura", "Bibliotecas municipais")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the register has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's mailbox as published ("" where the data kept none)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Brasília time)."""
    start = dt.datetime(2024, 2, 5, 8, 0, tzinfo=BRT)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60]


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The register's (latitude, longitude) as published (``location`` is longitude first),
    ("", "") where it has none."""
    m = re.fullmatch(r"\((-?[\d.]+),(-?[\d.]+)\)", _f(row, "location"))
    return (m.group(2), m.group(1)) if m else ("", "")


def city(row: dict[str, Any]) -> str:
    """``Município/UF`` as the register gives them, "" where it has neither."""
    parts = [_f(row, "En_Municipio"), _f(row, "En_Estado")]
    return "/".join(p for p in parts if p)


def where(row: dict[str, Any]) -> str:
    """The address in one line as the register joins it, or its postcode alone."""
    line = _f(row, "endereco")
    cep = _f(row, "En_CEP")
    if line:
        return f"{line}, CEP {cep}" if cep else line
    return f"CEP {cep}" if cep else ""


def agendor_organization(row: dict[str, Any], rng: random.Random) -> str:
    """An Agendor API v3 organization response (``GET /v3/organizations/{id}``, ``data``) of an
    invented book distributor's CRM: an invented id, the library as ``name`` and
    ``legalName``, a ``description`` naming its number, ``contact`` with the phone field as
    ``work`` and the mailbox as ``email`` (nulls for the rest), its ``address`` (postcode,
    country, state, city, district, street, number), an invented ranking, category, sector,
    dates and account URL, no owner user."""
    name, tel = _f(row, NAME), phone(row)
    org_id = int(_digits(rng, 8)) + 10_000_000
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 120), seconds=rng.randint(0, 86400))
    distributor = rng.choice(DISTRIBUTORS)
    desc = f"Biblioteca pública cliente da {distributor}"
    desc += f" ({city(row)})." if city(row) else "."
    desc += f" Telefone para agendar entregas: {tel}."
    doc = {
        "data": {
            "id": org_id,
            "name": name,
            "legalName": name,
            "cnpj": None,
            "description": desc,
            "logo": None,
            "website": None,
            "ranking": rng.randint(0, 5),
            "contact": {
                "email": email(row) or None,
                "work": tel,
                "mobile": None,
                "fax": None,
                "facebook": None,
                "twitter": None,
                "instagram": None,
                "linkedIn": None,
                "skype": None,
                "whatsapp": None,
            },
            "address": {
                "postalCode": _f(row, "En_CEP") or None,
                "country": "Brasil",
                "state": _f(row, "En_Estado") or None,
                "city": _f(row, "En_Municipio") or None,
                "district": _f(row, "En_Bairro") or None,
                "streetName": _f(row, "En_Nome_Logradouro") or None,
                "streetNumber": _f(row, "En_Num") or None,
                "additionalInfo": None,
            },
            "category": {"id": rng.randint(100000, 999999), "name": "Cliente"},
            "sector": {"id": rng.randint(100000, 999999), "name": rng.choice(SEGMENTS)},
            "leadOrigin": {"id": rng.randint(100000, 999999), "name": "Edital de compra"},
            "ownerUser": None,
            "allowedUsers": [],
            "allowToAllUsers": True,
            "customFields": {},
            "createdAt": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updatedAt": updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "accountUrl": f"https://web.agendor.com.br/sistema/empresas/{org_id}",
        }
    }
    return _json(doc)


def movidesk_person(row: dict[str, Any], rng: random.Random) -> str:
    """A Movidesk Person API response (``GET /public/v1/persons?token=...&id=...``) of an
    invented library software vendor's help desk: the library as an active company
    (``personType`` 2, ``profileType`` 2, the ``Clientes`` access profile) with an invented id,
    its ``addresses`` (``Comercial``: postcode, state's name, city, district, street, number),
    ``contacts`` with the phone field (``Telefone comercial``), ``emails`` with its mailbox
    (``Profissional``), ``observations`` naming the number, invented creation and change
    times."""
    name, tel = _f(row, NAME), phone(row)
    vendor, _ = rng.choice(VENDORS)
    created = _when(rng)
    changed = created + dt.timedelta(days=rng.randint(1, 90), seconds=rng.randint(0, 86400))
    state = _f(row, "En_Estado")
    address = {
        "addressType": "Comercial",
        "country": "Brasil",
        "postalCode": _f(row, "En_CEP"),
        "state": STATES.get(state, state),
        "district": _f(row, "En_Bairro"),
        "city": _f(row, "En_Municipio"),
        "street": _f(row, "En_Nome_Logradouro"),
        "number": _f(row, "En_Num"),
        "complement": "",
        "reference": "",
        "isDefault": True,
    }
    notes = (
        f"<p>Biblioteca cliente do {vendor} (catálogo e empréstimos). "
        f"Suporte por telefone: {tel}.</p>"
    )
    doc = {
        "id": _digits(rng, 9).lstrip("0") or "1",
        "isActive": True,
        "personType": 2,
        "profileType": 2,
        "accessProfile": "Clientes",
        "businessName": name,
        "corporateName": name,
        "cpfCnpj": None,
        "userName": None,
        "role": None,
        "bossId": None,
        "bossName": None,
        "classification": None,
        "cultureId": "pt-BR",
        "timeZoneId": "E. South America Standard Time",
        "createdDate": created.strftime("%Y-%m-%dT%H:%M:%S"),
        "changedDate": changed.strftime("%Y-%m-%dT%H:%M:%S"),
        "observations": notes,
        "addresses": [address] if any(address[k] for k in ("postalCode", "city", "street")) else [],
        "contacts": [{"contactType": "Telefone comercial", "contact": tel, "isDefault": True}],
        "emails": (
            [{"emailType": "Profissional", "email": email(row), "isDefault": True}]
            if email(row)
            else []
        ),
        "relationships": [],
        "customFieldValues": [],
    }
    return _json([doc])


def sympla_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Sympla API v3 event response (``GET /public/v3/events/{event_id}``, ``data``): an
    invented free reading event at the library (id, dates, name, reference id, URL), its
    ``detail`` HTML naming the phone field and the mailbox, ``address`` with the library's
    name, street, number, city, state, postcode and coordinates, ``host`` the library with a
    ``description`` naming the number and the mailbox again, and the categories."""
    name, tel, mail = _f(row, NAME), phone(row), email(row)
    title, blurb = rng.choice(EVENTS)
    start = _when(rng).replace(hour=rng.choice((9, 10, 14, 15, 16)), minute=0, second=0)
    end = start + dt.timedelta(hours=rng.choice((2, 3)))
    event_id = rng.randint(2_000_000, 2_999_999)
    contact = f"telefone {escape(tel)}"
    if mail:
        contact += f" (e-mail {escape(mail)})"
    detail = (
        f"<p>{escape(blurb)}.</p><p><strong>Local:</strong> {escape(name)}"
        + (f", {escape(city(row))}" if city(row) else "")
        + ".</p><p>Entrada gratuita. Vagas limitadas: inscreva-se aqui ou pelo "
        + f"{contact}.</p>"
    )
    lat, lon = coordinates(row)
    host = f"Biblioteca pública. Informações: telefone {tel}"
    host += f" (e-mail {mail})." if mail else "."
    doc = {
        "data": {
            "id": event_id,
            "start_date": start.strftime("%Y-%m-%d %H:%M:%S"),
            "end_date": end.strftime("%Y-%m-%d %H:%M:%S"),
            "name": f"{title} - {name}",
            "detail": detail,
            "private_event": 0,
            "published": 1,
            "cancelled": 0,
            "image": f"https://images.sympla.com.br/{_digits(rng, 13)}-xs.png",
            "url": f"https://www.sympla.com.br/evento/{_slug(title + ' ' + name)}/{event_id}",
            "address": {
                "name": name,
                "address": _f(row, "En_Nome_Logradouro"),
                "address_num": _f(row, "En_Num"),
                "address_alt": _f(row, "En_Bairro"),
                "city": _f(row, "En_Municipio"),
                "state": _f(row, "En_Estado"),
                "zip_code": _f(row, "En_CEP"),
                "country": "Brasil",
                "lon": float(lon) if lon else None,
                "lat": float(lat) if lat else None,
            },
            "host": {"name": name, "description": host},
            "category_prim": {"name": "Cursos e workshops"},
            "category_sec": {"name": "Literatura"},
            "reference_id": rng.randint(1_000_000, 9_999_999),
        }
    }
    return _json(doc)


def nuvemshop_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Nuvemshop API customer response (``GET /v1/{store_id}/customers/{id}``) of an
    invented bookshop's store: an invented id, the library as customer with its mailbox
    (``email``, null where none) and the phone field as ``phone``, ``default_address`` and
    its copy in ``addresses`` (each with ``phone``), ``billing_*`` fields with
    ``billing_phone``, a ``note`` naming the shop's orders, invented totals, order id and
    dates."""
    name, tel = _f(row, NAME), phone(row)
    shop = rng.choice(SHOPS)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86400))
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S%z")
    later = updated.strftime("%Y-%m-%dT%H:%M:%S%z")
    address = {
        "address": _f(row, "En_Nome_Logradouro"),
        "city": _f(row, "En_Municipio"),
        "country": "BR",
        "created_at": stamp,
        "default": True,
        "floor": None,
        "id": rng.randint(10_000_000, 99_999_999),
        "locality": _f(row, "En_Bairro"),
        "name": name,
        "number": _f(row, "En_Num"),
        "phone": tel,
        "province": STATES.get(_f(row, "En_Estado"), _f(row, "En_Estado")),
        "updated_at": later,
        "zipcode": _f(row, "En_CEP"),
    }
    spent = f"{rng.randint(8, 240) * 25 + rng.choice((0, 0.9, 0.5)):.2f}"
    doc = {
        "id": rng.randint(100_000_000, 199_999_999),
        "name": name,
        "email": email(row) or None,
        "identification": None,
        "phone": tel,
        "note": f"Compra institucional da biblioteca ({shop}); empenho nº {rng.randint(100, 2999)}"
        f"/{created.year}. Entregar em horário de funcionamento.",
        "default_address": address,
        "addresses": [address],
        "billing_name": name,
        "billing_phone": tel,
        "billing_address": address["address"],
        "billing_number": address["number"],
        "billing_floor": None,
        "billing_locality": address["locality"],
        "billing_zipcode": address["zipcode"],
        "billing_city": address["city"],
        "billing_province": address["province"],
        "billing_country": "BR",
        "extra": {},
        "total_spent": spent,
        "total_spent_currency": "BRL",
        "last_order_id": rng.randint(1_000_000_000, 1_999_999_999),
        "active": False,
        "first_interaction": stamp,
        "created_at": stamp,
        "updated_at": later,
        "accepts_marketing": False,
        "accepts_marketing_updated_at": None,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "agendor_organization": agendor_organization,
    "movidesk_person": movidesk_person,
    "sympla_event": sympla_event,
    "nuvemshop_customer": nuvemshop_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    e-mail address labelled."""
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

"""held_out_396 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Carris Metropolitana's georeferenced dataset of the schools of the Lisbon
Metropolitan Area; Portugal's earlier parts took its hospitals in Eurostat GISCO's
healthcare-services list, the Ministry of Internal Administration's police stations, the
Ministry of Justice's services and the DGAL's municipalities) exactly as published, in layouts
no earlier part has, beside the dataset's own names, codes, addresses and postcodes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 300 schools and every address of their ``email`` field
  (``scripts/data/pii_pt_carris_escolas.json``, written by ``scripts/pt_carris_escolas_data.py``;
  source and licence in that file): Portuguese numbers as the dataset writes them, nine digits
  with no space or country code (``219832364``; one of eight digits), and the schools'
  mailboxes (``eb1.adaslebres@escolas.min-edu.pt``; an agrupamento's head school may give two
  or three joined by ``|``, ``direcao@aebocage.edu.gov.pt|servicos@aebocage.edu.gov.pt``,
  each labelled); every copy labelled;
* the text around them is the same row's real fields: the school's name, Ministry of
  Education code, agrupamento, nature, levels, street, postcode (``2660-001``), locality,
  municipality and district codes, NUTS region and the Carris Metropolitana stops that serve
  it, with invented NIFs (nine digits, check digit right: ``600`` for a public school, ``5``
  for a private one; phone-shaped, unlabelled on purpose), UUIDs, merchant keys, amounts and
  dates, unlabelled and scored;
* in layouts no earlier part has, Portuguese values under the formats' English keys (the
  pipeline's langid stage reads most records as English):
  Easypay Payments API 2.0 single-payment requests (``POST /2.0/single``, the Portuguese
  payment gateway: a Multibanco ``sale`` of a school trip's coach hire, its ``customer`` the
  school with ``phone``, ``phone_indicative`` ``+351``, ``email``, ``fiscal_number`` and
  ``key``), TOConline API customer-create requests (``POST /api/customers``, the Portuguese
  cloud accounting software's JSON:API body: ``business_name``, ``tax_registration_number``,
  ``email``, ``phone_number``, ``website``, observations with the address and the other
  mailboxes), Microsoft Graph v1.0 ``educationSchool`` resources (``GET
  /education/schools/{id}``: ``displayName``, ``schoolNumber``, ``externalId``, ``phone``,
  ``address``, grades, a ``description`` giving the contacts again) and Carris Metropolitana
  API answers (``GET /v2/datasets/facilities/schools/{id}``: the dataset's row as the API
  serves it, every column with its published string).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of eight or nine digits, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_396.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_carris_escolas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_396.jsonl.gz"
SPLIT = "held_out_396"

LAYOUTS = ("easypay_single", "toconline_customer", "graph_education_school", "carris_api_school")
PHONE = "phone"
EDGES = {PHONE: r"\d", "email": r"[\w.@+-]"}
COLUMNS = {PHONE: PHONE}
MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
LISBON = dt.timezone(dt.timedelta(0))  # the records write no offset

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the levels the dataset flags, in order, as Microsoft Graph grades (lowest, highest)
LEVELS = (
    ("pre_school", "PK", "PK"),
    ("basic_1", "1", "4"),
    ("basic_2", "5", "6"),
    ("basic_3", "7", "9"),
    ("high_school", "10", "12"),
    ("professional", "10", "12"),
)
NATURE = {
    "public": "Estabelecimento de ensino público",
    "private": "Estabelecimento de ensino privado",
}
TRIPS = (
    "Oceanário de Lisboa",
    "Pavilhão do Conhecimento",
    "Palácio Nacional de Sintra",
    "Jardim Zoológico de Lisboa",
    "Museu Nacional dos Coches",
    "Castelo de Palmela",
    "Museu Nacional de Arqueologia",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The school's phone as published."""
    return _f(row, PHONE)


def emails(row: dict[str, Any]) -> list[str]:
    """Every address of the school's e-mail field, in its order (the field may join two or
    three with ``|`` and end in ``;``), each once."""
    return list(dict.fromkeys(re.findall(MAIL, _f(row, "email"))))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the dataset's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone, then of each of its mailboxes, longest first."""
    mails = sorted(emails(row), key=len, reverse=True)
    return [(PHONE, phone(row)), *(("email", m) for m in mails)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and mailboxes labelled (each
    copy stands apart: no digit next to the number, no address character next to an address;
    an address found inside a longer one is the longer one's)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def nif(rng: random.Random, public: bool) -> str:
    """An invented Portuguese NIF of a legal person (``600`` a public body, ``5`` a company or
    association), its check digit right (mod 11)."""
    body = (
        [6, 0, 0, *(rng.randint(0, 9) for _ in range(5))]
        if public
        else [5, *(rng.randint(0, 9) for _ in range(7))]
    )
    rest = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return "".join(map(str, body)) + str(0 if rest < 2 else 11 - rest)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a school day of the 2023/24 year (Lisbon time)."""
    day = dt.datetime(2023, 9, 18, tzinfo=LISBON) + dt.timedelta(days=rng.randint(0, 260))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 10, 25, 40, 55)))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def public(row: dict[str, Any]) -> bool:
    return _f(row, "nature") == "public"


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, postcode and locality."""
    return f"{_f(row, 'address')}, {_f(row, 'postal_code')} {_f(row, 'locality')}"


def contacts(row: dict[str, Any]) -> str:
    """The school's phone and mailboxes as a phrase (``telefone 219832364; e-mail ...``), the
    mailboxes last, with no character after the last."""
    parts = [f"telefone {phone(row)}"]
    if emails(row):
        parts.append(f"e-mail {', '.join(emails(row))}")
    return "; ".join(parts)


def easypay_single(row: dict[str, Any], rng: random.Random) -> str:
    """An Easypay Payments API 2.0 single-payment request (``POST /2.0/single``): an invented
    coach-hire company's merchant ``key``, ``method`` ``mb``, ``type`` ``sale``, an invented
    amount, ``EUR``, an ``expiration_time``, a ``capture`` (transaction key, descriptive of the
    school trip, date) and the school as ``customer`` (its name, first mailbox, phone with
    ``phone_indicative`` ``+351``, an invented NIF as ``fiscal_number``, its code as ``key``,
    ``language`` ``PT``)."""
    when = _when(rng)
    trip = when + dt.timedelta(days=rng.randint(10, 40))
    customer: dict[str, Any] = {"name": _f(row, "name")}
    if emails(row):
        customer["email"] = emails(row)[0]
    customer.update(
        {
            "phone": phone(row),
            "phone_indicative": "+351",
            "fiscal_number": f"PT{nif(rng, public(row))}",
            "key": _f(row, "id"),
            "language": "PT",
        }
    )
    body = {
        "key": f"VE-{when.year}-{rng.randint(1, 99999):05d}",
        "method": "mb",
        "type": "sale",
        "value": round(rng.uniform(180, 1450), 2),
        "currency": "EUR",
        "expiration_time": f"{trip - dt.timedelta(days=3):%Y-%m-%d} 23:59",
        "capture": {
            "transaction_key": f"ALUG-{rng.randint(100000, 999999)}",
            "descriptive": f"Aluguer de autocarro: visita de estudo ao {rng.choice(TRIPS)} em "
            f"{trip:%d/%m/%Y}",
            "capture_date": f"{when:%Y-%m-%d}",
        },
        "customer": customer,
    }
    return _json(body)


def toconline_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A TOConline API customer-create request (``POST /api/customers``, JSON:API): ``type``
    ``customers`` and the school's ``attributes``: its name, an invented NIF, its first mailbox
    as ``email``, its phone as ``phone_number``, its ``website`` where the dataset has one,
    ``observations`` with its address and agrupamento, ``internal_observations`` with its code
    and its other mailboxes, and the Portuguese tax settings."""
    attributes: dict[str, Any] = {
        "business_name": _f(row, "name"),
        "tax_registration_number": nif(rng, public(row)),
    }
    mails = emails(row)
    if mails:
        attributes["email"] = mails[0]
    attributes["phone_number"] = phone(row)
    if _f(row, "url"):
        attributes["website"] = _f(row, "url")
    notes = f"Morada: {place(row)}."
    if _f(row, "grouping"):
        notes += f" {_f(row, 'grouping')}."
    attributes["observations"] = notes
    inner = f"Código do estabelecimento {_f(row, 'id')}; cliente desde {_when(rng):%m/%Y}"
    if len(mails) > 1:
        inner += f"; outros e-mails: {', '.join(mails[1:])}"
    attributes["internal_observations"] = inner
    attributes.update(
        {
            "country_iso_alpha_2": "PT",
            "tax_country_region": "PT",
            "is_tax_exempt": public(row),
            "not_final_customer": True,
            "cashed_vat": False,
        }
    )
    return _json({"data": {"type": "customers", "attributes": attributes}})


def grades(row: dict[str, Any]) -> tuple[str | None, str | None]:
    """The lowest and highest grades of the levels the dataset flags, as Graph strings."""
    found = [(low, high) for key, low, high in LEVELS if _f(row, key) == "1"]
    if not found:
        return None, None
    return found[0][0], max((h for _, h in found), key=lambda g: -1 if g == "PK" else int(g))


def graph_education_school(row: dict[str, Any], rng: random.Random) -> str:
    """A Microsoft Graph v1.0 ``educationSchool`` resource (``GET /education/schools/{id}``):
    the ``@odata.context``, an invented id, the school's name as ``displayName``, a
    ``description`` (nature, agrupamento, contacts again), ``externalSource`` ``sis``, its code
    as ``externalId`` and ``schoolNumber``, its ``phone``, grades, ``address`` and
    ``createdBy`` the synchronisation application."""
    low, high = grades(row)
    desc = NATURE.get(_f(row, "nature"), "Estabelecimento de ensino")
    if _f(row, "grouping"):
        desc += f", {_f(row, 'grouping')}"
    desc += f". Contactos da secretaria: {contacts(row)}"
    doc = {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#education/schools/$entity",
        "id": _uuid(rng),
        "displayName": _f(row, "name"),
        "description": desc,
        "externalSource": "sis",
        "externalSourceDetail": "Sistema de gestão escolar",
        "principalEmail": None,
        "principalName": None,
        "externalPrincipalId": None,
        "lowestGrade": low,
        "highestGrade": high,
        "schoolNumber": _f(row, "id"),
        "externalId": _f(row, "id"),
        "phone": phone(row),
        "address": {
            "city": _f(row, "locality"),
            "countryOrRegion": "Portugal",
            "postalCode": _f(row, "postal_code"),
            "state": _f(row, "district_name"),
            "street": _f(row, "address"),
        },
        "createdBy": {
            "user": None,
            "application": {"displayName": "Sincronização SIS", "id": _uuid(rng)},
        },
    }
    return _json(doc)


def carris_api_school(row: dict[str, Any], rng: random.Random) -> str:
    """A Carris Metropolitana API answer (``GET /v2/datasets/facilities/schools/{id}``): the
    dataset's row as the API serves it, every column with its published string."""
    return _json(dict(row["fields"]))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "easypay_single": easypay_single,
    "toconline_customer": toconline_customer,
    "graph_education_school": graph_education_school,
    "carris_api_school": carris_api_school,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and mailboxes
    labelled."""
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

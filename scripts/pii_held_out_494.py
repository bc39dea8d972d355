"""held_out_494 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Carris Metropolitana's georeferenced dataset of the health centres of the Lisbon
Metropolitan Area; Portugal's earlier parts took its hospitals' emergency services in Eurostat
GISCO's healthcare-services list, the Ministry of Internal Administration's police stations,
the Ministry of Justice's services, the DGAL's municipalities and Carris Metropolitana's
schools) exactly as published, in layouts no earlier part has, beside the dataset's own names,
codes, addresses, postcodes and bus stops.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are every number of the ``phone`` field of 151 health facilities and every address
  of their ``email`` field (``scripts/data/pii_pt_carris_saude.json``, written by
  ``scripts/pt_carris_saude_data.py``; source and licence in that file): Portuguese numbers as
  the dataset writes them, nine digits with no space or country code (``212289630``; 12 fields
  join two with ``|``, ``212339821|212339829``, each number labelled on its own, 5 of the second
  numbers mobiles), and the units' mailboxes at the Lisbon and Tagus Valley health
  administration (``ucc.sesimbra@arslvt.min-saude.pt``; three fields join two with ``|``, each
  labelled; three hospitals' fields hold a web page instead, which no layout writes); every
  copy labelled;
* the text around them is the same row's real fields: the unit's name, the dataset's id
  (``HC0001``), street, postcode (``2970-635``), locality, parish and municipality codes and
  names, district, NUTS region and the Carris Metropolitana stops that serve it (six digits
  each), with invented NIFs (nine digits, check digit right: ``600`` for a unit of the health
  service, ``5`` for a private hospital; phone-shaped, unlabelled on purpose), UUIDs, record
  ids, keys, amounts and dates, unlabelled and scored;
* in layouts no earlier part has, Portuguese values under the formats' English keys:
  WayMB API transaction answers (``POST /transactions/info``, the Portuguese MB WAY and
  Multibanco payment gateway: ``id``, ``status``, ``amount``, ``createdAt``, ``split`` and the
  unit as ``payer`` with ``name``, ``document`` (an invented NIF), ``phone`` and ``email``),
  Highrise API company records (``GET /companies/{id}.xml``, 37signals' CRM: ``name``,
  ``background``, timestamps, ``visible-to``, ``contact-data`` with every mailbox and every
  number (a mobile as ``Mobile``, the rest ``Work``) and the ``address``, custom fields
  (``subject_datas``) with the dataset's id, parish and stops, and tags), Dixa API end-user
  answers (``POST /v1/endusers``, ``201``: ``data`` with an invented ``id``, ``createdAt``,
  ``displayName``, ``email``, ``phoneNumber``, ``additionalEmails``,
  ``additionalPhoneNumbers`` and the dataset's id as ``externalId``) and Kickserv API
  customer-create requests (``POST /{account}/customers.xml``, field-service software: the
  unit as a company ``customer`` with ``phone_number``, ``alt_phone_number`` or ``mobile``,
  ``email_address``, billing and service address, postcode and country, an invented account
  number, type and source ids and notification settings; the field names as its connector's
  documentation lists them).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every number is nine
digits, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_494.py   # rewrites the committed file
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
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pt_carris_saude.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_494.jsonl.gz"
SPLIT = "held_out_494"

LAYOUTS = ("waymb_transaction", "highrise_company", "dixa_end_user", "kickserv_customer")
PHONE = "phone"
EDGES = {PHONE: r"\d", "email": r"[\w.@+-]"}
COLUMNS = {PHONE: PHONE}
MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
UTC = dt.UTC

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

PURPOSES = (
    "Inscrição em formação de suporte básico de vida",
    "Quota anual da associação de utentes",
    "Reposição de material de consumo clínico",
    "Inscrição nas jornadas de cuidados de saúde primários",
    "Manutenção de equipamento de esterilização",
)
TAGS = ("Cuidados de saúde primários", "SNS", "AML", "Contrato de manutenção")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """Every number of the unit's phone field, as written, in its order."""
    return [part.strip() for part in _f(row, PHONE).split("|") if part.strip()]


def emails(row: dict[str, Any]) -> list[str]:
    """Every address of the unit's e-mail field, in its order (the field may join two with
    ``|``, or hold a web page instead), each once."""
    return list(dict.fromkeys(re.findall(MAIL, _f(row, "email"))))


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the dataset's is)."""
    return value.startswith(("+", "00"))


def mobile(value: str) -> bool:
    """Whether a Portuguese number is a mobile's (``9...``)."""
    return value.startswith("9")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each of the row's numbers, then of each of its mailboxes, longest
    first."""
    mails = sorted(emails(row), key=len, reverse=True)
    return [*((PHONE, tel) for tel in phones(row)), *(("email", m) for m in mails)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and mailboxes labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"], nested=True)


def public(row: dict[str, Any]) -> bool:
    """Whether the unit belongs to the health service (a mailbox or page on
    ``min-saude.pt``) rather than a private hospital."""
    return "min-saude.pt" in _f(row, "email")


def nif(rng: random.Random, is_public: bool) -> str:
    """An invented Portuguese NIF of a legal person (``600`` a public body, ``5`` a company),
    its check digit right (mod 11)."""
    body = (
        [6, 0, 0, *(rng.randint(0, 9) for _ in range(5))]
        if is_public
        else [5, *(rng.randint(0, 9) for _ in range(7))]
    )
    rest = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return "".join(map(str, body)) + str(0 if rest < 2 else 11 - rest)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (UTC)."""
    day = dt.datetime(2024, 2, 5, tzinfo=UTC) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(
        hours=rng.randint(8, 17), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    return escape(value)


def waymb_transaction(row: dict[str, Any], rng: random.Random) -> str:
    """A WayMB API transaction answer (``POST /transactions/info``): an invented transaction
    ``id``, ``status``, ``amount``, ``createdAt`` (seconds), an empty ``split`` and the unit as
    ``payer``: its name, an invented NIF as ``document``, its first number as ``phone`` and its
    first mailbox as ``email``."""
    when = _when(rng)
    payer: dict[str, Any] = {"name": _f(row, "name"), "document": nif(rng, public(row))}
    payer["phone"] = phones(row)[0]
    if emails(row):
        payer["email"] = emails(row)[0]
    doc = {
        "id": f"{rng.getrandbits(96):024x}",
        "status": rng.choice(("PENDING", "COMPLETED", "COMPLETED")),
        "amount": round(rng.uniform(15, 480), 2),
        "createdAt": int(when.timestamp()),
        "split": {},
        "payer": payer,
    }
    return _json(doc)


def highrise_company(row: dict[str, Any], rng: random.Random) -> str:
    """A Highrise API company (``GET /companies/{id}.xml``): an invented id, the unit's name, a
    ``background`` naming its municipality and parish, timestamps, ``visible-to`` ``Everyone``,
    an invented ``author-id``, ``contact-data`` with every mailbox (``Work``), every number (a
    mobile ``Mobile``, the rest ``Work``) and the address, the dataset's id, parish code and
    stops as custom fields, and two tags."""
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(1, 60), minutes=rng.randint(1, 600))
    next_id = rng.randint(10_000_000, 99_999_999)

    def ident() -> str:
        nonlocal next_id
        next_id += rng.randint(1, 40)
        return f'<id type="integer">{next_id}</id>'

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<company>",
        f'  <id type="integer">{rng.randint(100_000_000, 399_999_999)}</id>',
        f"  <name>{_x(_f(row, 'name'))}</name>",
        f"  <background>Unidade de saúde do concelho de {_x(_f(row, 'municipality_name'))}, "
        f"freguesia de {_x(_f(row, 'parish_name'))} ({_x(_f(row, 'region_name'))}).</background>",
        f'  <created-at type="datetime">{created:%Y-%m-%dT%H:%M:%SZ}</created-at>',
        f'  <updated-at type="datetime">{updated:%Y-%m-%dT%H:%M:%SZ}</updated-at>',
        "  <visible-to>Everyone</visible-to>",
        '  <owner-id type="integer"></owner-id>',
        '  <group-id type="integer"></group-id>',
        f'  <author-id type="integer">{rng.randint(100_000, 999_999)}</author-id>',
        "  <contact-data>",
        "    <email-addresses>",
    ]
    for mail in emails(row):
        lines += [
            "      <email-address>",
            f"        {ident()}",
            f"        <address>{mail}</address>",
            "        <location>Work</location>",
            "      </email-address>",
        ]
    lines += ["    </email-addresses>", "    <phone-numbers>"]
    for tel in phones(row):
        lines += [
            "      <phone-number>",
            f"        {ident()}",
            f"        <number>{tel}</number>",
            f"        <location>{'Mobile' if mobile(tel) else 'Work'}</location>",
            "      </phone-number>",
        ]
    lines += [
        "    </phone-numbers>",
        "    <addresses>",
        "      <address>",
        f"        {ident()}",
        f"        <city>{_x(_f(row, 'locality'))}</city>",
        "        <country>Portugal</country>",
        f"        <state>{_x(_f(row, 'district_name'))}</state>",
        f"        <street>{_x(_f(row, 'address'))}</street>",
        f"        <zip>{_x(_f(row, 'postal_code'))}</zip>",
        "        <location>Work</location>",
        "      </address>",
        "    </addresses>",
        "  </contact-data>",
        '  <subject_datas type="array">',
    ]
    field_id = rng.randint(100_000, 900_000)
    for offset, (label, value) in enumerate(
        (
            ("Código Carris Metropolitana", _f(row, "id")),
            ("Código de freguesia", _f(row, "parish_id")),
            ("Paragens próximas", _f(row, "stops").replace("|", ", ")),
        )
    ):
        lines += [
            "    <subject_data>",
            f"      {ident()}",
            f"      <value>{_x(value)}</value>",
            f'      <subject_field_id type="integer">{field_id + offset}</subject_field_id>',
            f"      <subject_field_label>{label}</subject_field_label>",
            "    </subject_data>",
        ]
    lines += ["  </subject_datas>", '  <tags type="array">']
    for tag in (rng.choice(TAGS), _f(row, "municipality_name")):
        lines += [
            "    <tag>",
            f'      <id type="integer">{rng.randint(1_000_000, 9_999_999)}</id>',
            f"      <name>{_x(tag)}</name>",
            "    </tag>",
        ]
    lines += ["  </tags>", "</company>"]
    return "\n".join(lines) + "\n"


def dixa_end_user(row: dict[str, Any], rng: random.Random) -> str:
    """A Dixa API answer to ``POST /v1/endusers`` (``201``): ``data`` with an invented ``id``
    and ``createdAt``, the unit's name as ``displayName``, its first mailbox as ``email``, its
    first number as ``phoneNumber``, the others as ``additionalEmails`` and
    ``additionalPhoneNumbers``, and the dataset's id as ``externalId``."""
    mails, tels = emails(row), phones(row)
    user: dict[str, Any] = {
        "id": _uuid(rng),
        "createdAt": f"{_when(rng):%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",
        "displayName": _f(row, "name"),
    }
    if mails:
        user["email"] = mails[0]
    user["phoneNumber"] = tels[0]
    user["additionalEmails"] = mails[1:]
    user["additionalPhoneNumbers"] = tels[1:]
    user["externalId"] = _f(row, "id")
    return _json({"data": user})


def kickserv_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Kickserv API customer-create request (``POST /{account}/customers.xml``): the unit as
    a company ``customer`` (its name, ``company`` true), its first number as ``phone_number``,
    a second as ``mobile`` (a mobile) or ``alt_phone_number``, its first mailbox as
    ``email_address``, its street, locality, postcode and country as billing and service
    address, an invented ``account_number``, ``customer_type_id`` and ``customer_source_id``,
    and the notification settings."""
    tels, mails = phones(row), emails(row)
    fields: list[tuple[str, str]] = [
        ("name", _f(row, "name")),
        ("company", "true"),
        ("company_name", _f(row, "name")),
        ("account_number", f"CLI-{rng.randint(1000, 99999):05d}"),
        ("phone_number", tels[0]),
    ]
    for tel in tels[1:]:
        fields.append(("mobile" if mobile(tel) else "alt_phone_number", tel))
    if mails:
        fields.append(("email_address", mails[0]))
    for kind in ("billing", "service"):
        fields += [
            (f"{kind}_address", _f(row, "address")),
            (f"{kind}_city", _f(row, "locality")),
            (f"{kind}_state", _f(row, "district_name")),
            (f"{kind}_zip_code", _f(row, "postal_code")),
            (f"{kind}_country", "Portugal" if kind == "billing" else "PT"),
        ]
    fields += [
        ("customer_type_id", str(rng.randint(10, 99))),
        ("customer_source_id", str(rng.randint(100, 999))),
        ("is_active", "true"),
        ("notify_via_email", "true" if mails else "false"),
        ("notify_via_sms", "false"),
    ]
    body = "\n".join(f"  <{key}>{_x(value)}</{key}>" for key, value in fields)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<customer>\n{body}\n</customer>\n'


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "waymb_transaction": waymb_transaction,
    "highrise_company": highrise_company,
    "dixa_end_user": dixa_end_user,
    "kickserv_customer": kickserv_customer,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailboxes
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

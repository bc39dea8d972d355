"""held_out_389 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ministère de la Famille du Québec's list of the centres de la petite
enfance and garderies in operation in the Montérégie region; Canada's earlier parts took
Ontario's COVID-19 testing locations, British Columbia's WorkBC Centres, the City of Toronto's
licensed child care centres, the RHRA's Ontario retirement homes, the pharmacy regulators'
rosters, British Columbia's child care and schools, Alberta's and Ontario's schools, Ontario's
long-term care homes, HealthLinkBC's walk-in clinics and Loblaw's stores) exactly as published,
in layouts no earlier part has, beside the list's own names, addresses, postal codes and
permits.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Téléphone`` of 400 installations, their ``Télécopieur`` where the list
  gives one that is a line of its own (not empty, not the telephone's line again) and their
  ``Adresse courriel`` where it holds an address (``scripts/data/pii_ca_qc_services_de_garde
  .json``, written by ``scripts/ca_qc_services_de_garde_data.py``; source and licence in that
  file): North American numbers as the ministry writes them, the area code in brackets and the
  line hyphenated (``(450) 546-5573``), 21 with an extension (``(450) 467-8281, poste 224``: the
  extension outside the label), and the installations' mailboxes
  (``infocpe@ladoucecouvee.ca``); every copy labelled;
* the text around them is the same row's real fields: the installation's name, street address,
  municipality, postal code (``J0H 1A0``, also run together, ``J0H1A0``), the kind of service
  (CPE or garderie), the places of its permit and those for children of 17 months or less, with
  invented ids, order numbers, tokens, dates, weights, dimensions and amounts, unlabelled and
  scored;
* in layouts no earlier part has, the services an invented Quebec supplier of educational
  material to the installations uses, each an HTTP request whose body is JSON, text in French:
  Help Scout Mailbox API 2.0 ``POST /v2/customers`` (the installation as a customer of its
  support desk: ``organization``, ``background``, ``emails`` and ``phones`` of types ``work``
  and ``fax``, the address), Shippo ``POST /shipments/`` (the installation as ``address_to``
  with ``company``, ``phone`` and ``email``, a ``metadata`` note repeating the telephone, one
  to three ``parcels``), Close ``POST /api/v1/lead/`` (the installation as a lead: a
  ``description`` of its permit, one contact with ``phones`` of types ``office`` and ``fax``
  and ``emails``, an address with ``zipcode``) and Insightly API v3.1 ``POST
  /v3.1/Organisations`` (``ORGANISATION_NAME``, ``PHONE``, ``PHONE_FAX``, a ``BACKGROUND``
  naming the mailbox, billing address fields, ``TAGS``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each field holds one
number, an extension after it, and the number is labelled: ``labelled_record``). Each record
is seeded by its own (split, locale, layout, index). Committed with its data before it was
ever scored.

    python scripts/pii_held_out_389.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_qc_services_de_garde.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_389.jsonl.gz"
SPLIT = "held_out_389"

LAYOUTS = ("helpscout_customer", "shippo_shipment", "close_lead", "insightly_organisation")
PHONE, FAX, EMAIL = "Téléphone", "Télécopieur", "Adresse courriel"
NAME, STREET, TOWN, POSTCODE = "Nom de l'installation", "Adresse", "Municipalité", "Code postal"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@+-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
EST = dt.timezone(dt.timedelta(hours=-5))
SUPPLIER = "Matériel éducatif Petits Pas inc."
KINDS = {"CPE": "centre de la petite enfance", "GARD": "garderie"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

GOODS = (
    "blocs de construction en bois", "matelas de repos", "jeux de motricité fine",
    "livres cartonnés", "bacs de rangement", "peinture lavable et pinceaux",
    "tapis d'éveil", "casse-têtes", "instruments de musique pour tout-petits",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The installation's telephone as published (an extension, ``poste 224``, included)."""
    return _f(row, PHONE)


def _line(value: str) -> str:
    return "".join(c for c in value if c.isdigit())[:10]


def fax(row: dict[str, Any]) -> str:
    """The installation's fax where it is a line of its own (not empty, not the telephone's
    line again), else ""."""
    value = _f(row, FAX)
    return value if value and _line(value) != _line(phone(row)) else ""


def email(row: dict[str, Any]) -> str:
    """The installation's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, EMAIL)
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    values = [(PHONE, phone(row)), (FAX, fax(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def kind(row: dict[str, Any]) -> str:
    """The kind of service in words (``centre de la petite enfance``, ``garderie``)."""
    return KINDS[_f(row, "Type de service de garde")]


def permit(row: dict[str, Any]) -> str:
    """The permit in a phrase: places, those for 17 months or less, reduced contribution."""
    text = (
        f"{kind(row).capitalize()} de {_f(row, 'Places totales au permis')} places au permis, "
        f"dont {_f(row, 'Places 17 mois ou moins')} pour les 17 mois ou moins"
    )
    if _f(row, "Place à contribution réduite") == "CR":
        text += ", places à contribution réduite"
    return text


def postal_run(row: dict[str, Any]) -> str:
    """The postal code run together as carriers' forms take it (``J0H1A0``)."""
    return _f(row, POSTCODE).replace(" ", "")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2023 (Eastern time)."""
    day = dt.datetime(2023, 1, 9, tzinfo=EST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """An invented token of ``n`` characters of ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def _request(method: str, host: str, path: str, headers: list[str], body: Any) -> str:
    """An HTTP/1.1 request with a JSON body (``Content-Type`` and ``Content-Length`` set)."""
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host}",
        *headers,
        "Content-Type: application/json; charset=utf-8",
        f"Content-Length: {len(text.encode('utf-8'))}",
        "",
        text,
    ]
    return "\r\n".join(lines)


def helpscout_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Help Scout Mailbox API 2.0 ``POST /v2/customers`` request (an invented OAuth bearer
    token): the installation as a customer of the supplier's support desk, its name as
    ``organization``, ``jobTitle`` Direction, its municipality as ``location``, a
    ``background`` of its permit (at most 200 characters), ``emails`` and ``phones`` (type
    ``work``; the fax as type ``fax``) and the address (``lines``, ``city``, ``state`` QC,
    ``postalCode``, ``country`` CA)."""
    body: dict[str, Any] = {
        "firstName": "Direction",
        "organization": _f(row, NAME),
        "jobTitle": "Direction",
        "location": _f(row, TOWN),
        "background": f"{permit(row)}. Client depuis {_when(rng):%Y}.",
    }
    if email(row):
        body["emails"] = [{"type": "work", "value": email(row)}]
    body["phones"] = [{"type": "work", "value": phone(row)}]
    if fax(row):
        body["phones"].append({"type": "fax", "value": fax(row)})
    body["address"] = {
        "city": _f(row, TOWN),
        "state": "QC",
        "postalCode": _f(row, POSTCODE),
        "country": "CA",
        "lines": [_f(row, STREET)],
    }
    headers = [f"Authorization: Bearer {_token(rng, 40)}", "Accept: application/json"]
    return _request("POST", "api.helpscout.net", "/v2/customers", headers, body)


def shippo_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Shippo ``POST /shipments/`` request (an invented test API token): the supplier's
    warehouse as ``address_from`` (no phone, no mailbox), the installation as ``address_to``
    (``name`` Direction, ``company`` its name, ``street1``, ``city``, ``state`` QC, the postal
    code run together as ``zip``, ``country`` CA, ``phone`` and ``email``), one to three
    ``parcels`` of invented sizes and weights, ``metadata`` with an invented order number and
    the telephone for the delivery, and ``async`` false."""
    order = f"PP-{rng.randint(100000, 999999)}"
    to: dict[str, Any] = {
        "name": "Direction",
        "company": _f(row, NAME),
        "street1": _f(row, STREET),
        "city": _f(row, TOWN),
        "state": "QC",
        "zip": postal_run(row),
        "country": "CA",
        "phone": phone(row),
    }
    if email(row):
        to["email"] = email(row)
    to["is_residential"] = False
    parcels = [
        {
            "length": str(rng.choice((30, 40, 45, 60))),
            "width": str(rng.choice((25, 30, 40))),
            "height": str(rng.choice((15, 20, 30))),
            "distance_unit": "cm",
            "weight": f"{rng.uniform(1.5, 18):.1f}",
            "mass_unit": "kg",
        }
        for _ in range(rng.randint(1, 3))
    ]
    body = {
        "address_from": {
            "name": "Expédition",
            "company": SUPPLIER,
            "street1": "2400, rue Dickson",
            "city": "Montréal",
            "state": "QC",
            "zip": "H1N2J4",
            "country": "CA",
        },
        "address_to": to,
        "parcels": parcels,
        "metadata": f"Commande {order} - appeler au {phone(row)}",
        "async": False,
    }
    headers = [f"Authorization: ShippoToken shippo_test_{_token(rng, 40, '0123456789abcdef')}"]
    return _request("POST", "api.goshippo.com", "/shipments/", headers, body)


def close_lead(row: dict[str, Any], rng: random.Random) -> str:
    """A Close ``POST /api/v1/lead/`` request (an invented API key as basic auth): the
    installation as a lead, its name as ``name``, a ``description`` of its permit, an invented
    ``status_id``, one contact (Direction) with ``phones`` (type ``office``; the fax as type
    ``fax``) and ``emails`` (type ``office``), and its address (``label`` business,
    ``address_1``, ``city``, ``state`` QC, ``zipcode``, ``country`` CA)."""
    contact: dict[str, Any] = {"name": "Direction", "title": "Directrice générale"}
    contact["phones"] = [{"type": "office", "phone": phone(row)}]
    if fax(row):
        contact["phones"].append({"type": "fax", "phone": fax(row)})
    if email(row):
        contact["emails"] = [{"type": "office", "email": email(row)}]
    body = {
        "name": _f(row, NAME),
        "description": f"{permit(row)}. Région 16 - Montérégie.",
        "status_id": f"stat_{_token(rng, 43)}",
        "contacts": [contact],
        "addresses": [
            {
                "label": "business",
                "address_1": _f(row, STREET),
                "city": _f(row, TOWN),
                "state": "QC",
                "zipcode": _f(row, POSTCODE),
                "country": "CA",
            }
        ],
    }
    auth = _token(rng, 32, string.ascii_letters + string.digits + "+/")
    headers = [f"Authorization: Basic {auth}=", "Accept: application/json"]
    return _request("POST", "api.close.com", "/api/v1/lead/", headers, body)


def insightly_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """An Insightly API v3.1 ``POST /v3.1/Organisations`` request (an invented API key as basic
    auth, an invented pod): ``ORGANISATION_NAME``, a ``BACKGROUND`` of its permit naming the
    mailbox (``Courriel :``), ``PHONE``, ``PHONE_FAX`` where it has a fax, the billing address
    fields (``ADDRESS_BILLING_STREET``, ``_CITY``, ``_STATE`` QC, ``_POSTCODE``, ``_COUNTRY``
    Canada) and ``TAGS`` of its kind and region."""
    background = f"{permit(row)}."
    if email(row):
        background += f" Courriel : {email(row)}"
    body: dict[str, Any] = {
        "ORGANISATION_NAME": _f(row, NAME),
        "BACKGROUND": background,
        "PHONE": phone(row),
    }
    if fax(row):
        body["PHONE_FAX"] = fax(row)
    body.update(
        {
            "ADDRESS_BILLING_STREET": _f(row, STREET),
            "ADDRESS_BILLING_CITY": _f(row, TOWN),
            "ADDRESS_BILLING_STATE": "QC",
            "ADDRESS_BILLING_POSTCODE": _f(row, POSTCODE),
            "ADDRESS_BILLING_COUNTRY": "Canada",
            "OWNER_USER_ID": rng.randint(1_000_000, 9_999_999),
            "TAGS": [
                {"TAG_NAME": _f(row, "Type de service de garde")},
                {"TAG_NAME": "Montérégie"},
                {"TAG_NAME": rng.choice(GOODS)},
            ],
        }
    )
    pod = rng.choice(("na1", "na1", "ca1"))
    auth = _token(rng, 48, string.ascii_letters + string.digits)
    headers = [f"Authorization: Basic {auth}", "Accept: application/json"]
    return _request("POST", f"api.{pod}.insightly.com", "/v3.1/Organisations", headers, body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "helpscout_customer": helpscout_customer,
    "shippo_shipment": shippo_shipment,
    "close_lead": close_lead,
    "insightly_organisation": insightly_organisation,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailbox labelled."""
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

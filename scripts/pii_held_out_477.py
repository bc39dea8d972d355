"""held_out_477 of the PII evaluation set: real phone fields of a register no earlier part used
(Regione Campania's list of the firms that maintain heating plants of more than 35 kW; Italy's
earlier parts took ICCU's libraries, Regione Lombardia's care homes and sports centres, the
comuni's and the prefectures' contacts lists, Puglia's and Piemonte's accommodation lists,
Piemonte's museums, Lazio's health services, the Ministry of Justice's offices of the justices
of the peace and its prisons, and the Ministry of Health's consultori) exactly as published, in
layouts no earlier part has, beside the list's own firm names, streets, municipalities and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 172 firms (``scripts/data/pii_it_campania_manutentori.json``,
  written by ``scripts/it_campania_manutentori_data.py``; source and licence in that file):
  Italian numbers as the list writes them, ten, nine or eleven digits in one run with the trunk
  0 (``0810118261``, ``081906119``, ``08119972343``; two mobiles, ``3408965152``); every copy
  labelled; the list has no e-mail column, so no record holds an e-mail address;
* the text around them is the same row's real fields: the firm's name, street, municipality,
  region and coordinates (``40.94825``), with invented ids, partite IVA (eleven digits, the
  check digit right: phone-shaped, unlabelled on purpose, as a real record of these formats
  carries one), REA numbers, amounts, plant powers and dates, unlabelled and scored;
* in layouts no earlier part has, formats of the field-service and accounting software a
  heating-maintenance trade works with, text in Italian: ServiceTitan CRM v2 customer requests
  (``POST /crm/v2/tenant/{tenant}/customers``: a commercial customer with its ``address``,
  ``contacts`` of type ``Phone`` or ``MobilePhone`` and one ``location`` whose ``contacts``
  repeat the number), Housecall Pro customer answers (``GET /customers/{id}``: ``company``,
  ``work_number`` or ``mobile_number``, ``notes`` repeating the number, ``tags``, a service
  ``address``), Akaunting bill answers (``GET /api/documents/{id}``: a ``bill`` from the firm
  with its ``contact_tax_number``, ``contact_phone``, ``contact_address``, Italian ``notes``
  and one item) and Axelor Open Suite REST answers
  (``GET /ws/rest/com.axelor.apps.base.db.Partner/{id}``: ``status``, ``total``, one supplier
  Partner with ``partnerSeq``, ``fixedPhone`` or ``mobilePhone``, ``mainAddress``,
  ``registrationCode``). The four formats' fields are written from memory of their public API
  references (the search tools were out of budget when the part was built), not checked
  against them here.

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number, labelled whole). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_477.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_campania_manutentori.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_477.jsonl.gz"
SPLIT = "held_out_477"

LAYOUTS = ("servicetitan_customer", "housecall_pro_customer", "akaunting_bill", "axelor_partner")
PHONE = "telefono"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

WORKS = (
    "manutenzione ordinaria della centrale termica",
    "controllo di efficienza energetica (rapporto tipo 1)",
    "analisi di combustione e pulizia del generatore",
    "verifica del vaso di espansione e delle valvole di sicurezza",
    "sostituzione del bruciatore e messa in servizio",
)
SITES = ("Condominio", "Scuola", "Palestra comunale", "Uffici", "Residenza")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The firm's telephone as published."""
    return _f(row, PHONE)


def mobile(row: dict[str, Any]) -> bool:
    """Whether the number is a mobile line (Italian mobiles begin with 3, no trunk 0)."""
    return phone(row).startswith("3")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone labelled (each copy stands
    apart: no digit next to it)."""
    return field_copies(text, [(PHONE, phone(row))], EDGES, COLUMNS, row["path"])


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2021 (Italian winter time)."""
    day = dt.datetime(2021, 1, 11, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))


def partita_iva(rng: random.Random) -> str:
    """An invented partita IVA: seven digits, a Campania province office code (``063``
    Napoli, ``061`` Caserta, ``065`` Salerno, ``062`` Benevento, ``064`` Avellino) and the
    check digit (the Luhn scheme of the codice fiscale numerico)."""
    body = [rng.randint(0, 9) for _ in range(7)] + [0, 6, rng.choice((1, 2, 3, 4, 5))]
    total = 0
    for i, d in enumerate(body):
        total += d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d)
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def name(row: dict[str, Any]) -> str:
    return _f(row, "ditta")


def town(row: dict[str, Any]) -> str:
    return _f(row, "comune")


def street(row: dict[str, Any]) -> str:
    return _f(row, "indirizzo")


def point(row: dict[str, Any]) -> tuple[float, float]:
    return float(_f(row, "latitudine")), float(_f(row, "longitudine"))


def servicetitan_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A ServiceTitan CRM v2 request creating a customer (``POST /crm/v2/tenant/{tenant}/
    customers``): the firm as a ``Commercial`` customer (a distributor's service partner), its
    ``address`` with the coordinates, one ``contacts`` entry (``Phone``, or ``MobilePhone`` for
    a mobile) with a memo, one ``locations`` entry (the firm's seat) whose ``contacts`` repeat
    the number, invented custom fields (partita IVA, kW class) and tag type ids, and
    ``externalData``."""
    lat, lon = point(row)
    kind = "MobilePhone" if mobile(row) else "Phone"
    address = {
        "street": street(row),
        "unit": None,
        "city": town(row),
        "state": "Campania",
        "zip": None,
        "country": "IT",
        "latitude": lat,
        "longitude": lon,
    }
    doc = {
        "name": name(row),
        "type": "Commercial",
        "doNotMail": False,
        "doNotService": False,
        "address": address,
        "contacts": [
            {"type": kind, "value": phone(row), "memo": "Centralino ditta - manutenzione > 35 kW"}
        ],
        "locations": [
            {
                "name": f"{name(row)} - sede operativa {town(row).title()}",
                "address": address,
                "contacts": [
                    {"type": kind, "value": phone(row), "memo": "Reperibilità interventi"}
                ],
            }
        ],
        "customFields": [
            {"typeId": rng.randint(10**7, 10**8 - 1), "value": partita_iva(rng)},
            {"typeId": rng.randint(10**7, 10**8 - 1), "value": "Impianti termici oltre 35 kW"},
            {
                "typeId": rng.randint(10**7, 10**8 - 1),
                "value": f"Ditta iscritta nell'elenco regionale dei manutentori della Campania; "
                f"ultimo intervento: {rng.choice(WORKS)} presso {rng.choice(SITES).lower()} di "
                f"{town(row).title()}. Preventivi e sopralluoghi solo su appuntamento.",
            },
        ],
        "tagTypeIds": sorted(rng.sample(range(10**6, 10**7), 2)),
        "externalData": {
            "applicationGuid": f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-"
            f"{rng.choice('89ab')}{_hex(rng, 3)}-{_hex(rng, 12)}",
            "externalData": [{"key": "codice_catasto", "value": f"CAM{rng.randint(10000, 99999)}"}],
        },
    }
    return _json(doc)


def housecall_pro_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Housecall Pro answer (``GET /customers/{customer_id}``): an invented ``cus_`` id, no
    person's name, the firm as ``company``, its number in ``work_number`` (``mobile_number``
    for a mobile), ``notes`` asking to call it before an intervention (the number again),
    ``lead_source``, ``tags``, times, and one service ``addresses`` entry (street,
    municipality, region, country)."""
    when = _when(rng)
    work = rng.choice(WORKS)
    site = rng.choice(SITES)
    doc = {
        "id": f"cus_{_hex(rng, 32)}",
        "first_name": None,
        "last_name": None,
        "email": None,
        "mobile_number": phone(row) if mobile(row) else None,
        "home_number": None,
        "work_number": None if mobile(row) else phone(row),
        "company": name(row),
        "notifications_enabled": False,
        "lead_source": "Elenco regionale manutentori",
        "notes": f"Subappaltatore per {work} ({site.lower()}, potenza {rng.randint(36, 580)} "
        f"kW). Telefonare al {phone(row)} almeno 48 ore prima dell'intervento. La ditta "
        "rilascia il rapporto di controllo e aggiorna il libretto di impianto; il pagamento "
        "avviene a trenta giorni dalla data della fattura.",
        "created_at": iso(when.astimezone(dt.UTC)).replace("+00:00", "Z"),
        "updated_at": iso(
            (when + dt.timedelta(days=rng.randint(1, 40))).astimezone(dt.UTC)
        ).replace("+00:00", "Z"),
        "company_name": "Termoservizi Campania",
        "company_id": rng.randint(10**6, 10**7 - 1),
        "tags": ["manutentore", "oltre 35 kW", town(row).title()],
        "addresses": [
            {
                "id": f"adr_{_hex(rng, 32)}",
                "type": "service",
                "street": street(row),
                "street_line_2": None,
                "city": town(row),
                "state": "Campania",
                "zip": None,
                "country": "IT",
            }
        ],
    }
    return _json(doc)


def akaunting_bill(row: dict[str, Any], rng: random.Random) -> str:
    """An Akaunting answer (``GET /api/documents/{id}?search=type:bill``): ``data`` with an
    invented id, a ``bill`` (its ``document_number``, ``status``, dates, ``amount`` and
    ``currency_code`` EUR) from the firm as vendor, its ``contact_*`` fields (name, an invented
    partita IVA as ``contact_tax_number``, the number as ``contact_phone``, street,
    municipality, region, country), Italian ``notes`` and ``footer``, and one item (an
    invented maintenance service, quantity, price, total with the 22 per cent VAT)."""
    when = _when(rng)
    work = rng.choice(WORKS)
    site = rng.choice(SITES)
    price = round(rng.uniform(180, 2400), 2)
    tax = round(price * 0.22, 2)
    doc = {
        "data": {
            "id": rng.randint(10, 4000),
            "company_id": 1,
            "type": "bill",
            "document_number": f"{rng.randint(1, 400)}/{when.year}",
            "order_number": f"ODA-{when.year}-{rng.randint(1, 999):03d}",
            "status": rng.choice(("received", "paid", "partial")),
            "issued_at": iso(when),
            "due_at": iso(when + dt.timedelta(days=30)),
            "amount": round(price + tax, 2),
            "currency_code": "EUR",
            "currency_rate": 1,
            "category_id": rng.randint(2, 30),
            "contact_id": rng.randint(10, 4000),
            "contact_name": name(row),
            "contact_email": None,
            "contact_tax_number": partita_iva(rng),
            "contact_phone": phone(row),
            "contact_address": street(row),
            "contact_city": town(row),
            "contact_zip_code": None,
            "contact_state": "Campania",
            "contact_country": "IT",
            "notes": f"Intervento di {work} presso {site.lower()} di {town(row).title()}; "
            "rapporto di controllo allegato. Pagamento con bonifico bancario entro trenta "
            "giorni dalla data della fattura.",
            "footer": "Operazione soggetta a IVA ordinaria. Contributo ambientale CONAI "
            "assolto ove dovuto.",
            "items": {
                "data": [
                    {
                        "name": work[0].upper() + work[1:],
                        "description": f"Impianto termico di potenza {rng.randint(36, 580)} kW",
                        "quantity": 1,
                        "price": price,
                        "total": price,
                        "tax": tax,
                    }
                ]
            },
            "created_from": "core::api",
            "created_by": rng.randint(1, 9),
            "created_at": iso(when),
            "updated_at": iso(when + dt.timedelta(days=rng.randint(0, 40))),
        }
    }
    return _json(doc)


def axelor_partner(row: dict[str, Any], rng: random.Random) -> str:
    """An Axelor Open Suite REST answer (``GET /ws/rest/com.axelor.apps.base.db.Partner/
    {id}``): ``status`` 0, ``total`` 1 and one Partner (an invented id, version and
    ``partnerSeq``, ``partnerTypeSelect`` 1, a company, ``isSupplier``), its number as
    ``fixedPhone`` (``mobilePhone`` for a mobile), an invented REA number as
    ``registrationCode``, the ``mainAddress`` (street and municipality), a ``description`` of
    the service and the coordinates."""
    lat, lon = point(row)
    seq = f"P{rng.randint(1, 9999):04d}"
    pid = rng.randint(100, 99999)
    partner = {
        "id": pid,
        "version": rng.randint(0, 6),
        "partnerSeq": seq,
        "name": name(row),
        "fullName": f"{seq} - {name(row)}",
        "partnerTypeSelect": 1,
        "isSupplier": True,
        "isCustomer": False,
        "isContact": False,
        "fixedPhone": None if mobile(row) else phone(row),
        "mobilePhone": phone(row) if mobile(row) else None,
        "emailAddress": None,
        "registrationCode": f"NA-{rng.randint(100000, 999999)}",
        "taxNbr": partita_iva(rng),
        "mainAddress": {
            "id": rng.randint(100, 99999),
            "fullName": f"{street(row)} {town(row)}",
            "addressL4": street(row),
            "addressL6": town(row),
            "latit": f"{lat}",
            "longit": f"{lon}",
        },
        "description": "Ditta abilitata alla manutenzione di impianti termici di potenza "
        f"superiore a 35 kW (Regione Campania). Fornitore per {rng.choice(WORKS)}; condizioni "
        "di pagamento: bonifico bancario a sessanta giorni fine mese, con ritenuta a garanzia "
        "dello 0,5 per cento sull'importo dei lavori.",
        "currency": {"code": "EUR"},
        "localization": {"code": "it_IT"},
    }
    return _json({"status": 0, "offset": 0, "total": 1, "data": [partner]})


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "servicetitan_customer": servicetitan_customer,
    "housecall_pro_customer": housecall_pro_customer,
    "akaunting_bill": akaunting_bill,
    "axelor_partner": axelor_partner,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone labelled."""
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

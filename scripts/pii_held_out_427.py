"""held_out_427 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ministère des Affaires municipales et de l'Habitation's Répertoire des
municipalités du Québec, the offices of Quebec's local municipalities; Canada's earlier parts
took Ontario's testing locations, WorkBC Centres, Toronto's child care, the RHRA's retirement
homes, the pharmacy rosters, British Columbia's child care and schools, Alberta's and Ontario's
schools, Ontario's long-term care homes, HealthLinkBC's walk-in clinics, Loblaw's stores and
the Ministère de la Famille's Montérégie child care) exactly as published, in layouts no
earlier part has, beside the directory's own names, addresses, postal codes and codes.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``mtel`` of 400 municipalities, their ``mfax`` where the directory gives
  one that is a line of its own (not a placeholder of zeros, ``0000000000``, not the telephone
  again) and their ``mcourriel`` where it holds an address
  (``scripts/data/pii_ca_qc_mamh_municipalites.json``, written by
  ``scripts/ca_qc_mamh_municipalites_data.py``; source and licence in that file): ten bare
  digits as the ministry writes them (``4505382664``) and the offices' mailboxes
  (``info@abercorn.ca``); every copy labelled;
* the text around them is the same row's real fields: the municipality's name, designation,
  office address lines, postal code (``J0E1B0``), geographic code (``46005``), MRC and
  administrative region, with invented invoice and order numbers, tokens, checksums, amounts,
  weights, HS codes and dates, unlabelled and scored;
* in layouts no earlier part has, requests of payment and shipping services an invented Quebec
  supplier of municipal equipment (signs, water meters, parks furniture) uses for its orders
  from the municipalities, text in French: Nuvei REST API ``payment.do`` requests (the Montreal
  payment processor: ``billingAddress`` and ``shippingAddress`` with the office's ``phone``
  and ``email``), Worldline North America (formerly Bambora) Payment API ``POST /v1/payments``
  requests (a ``token`` payment, ``billing`` and ``shipping`` with ``phone_number`` and
  ``email_address``), Easyship ``POST /2024-09/shipments`` requests (a saved origin address,
  the municipal office as ``destination_address`` with ``contact_phone`` and
  ``contact_email``, the delivery notes repeating the telephone and giving the fax) and
  CyberSource REST ``POST /pts/v2/payments`` requests (``orderInformation.billTo`` and
  ``shipTo`` with ``phoneNumber`` and ``email``, the municipality as ``company``).

No document carries a phone number other than the row's (the supplier's origin is a saved
address id, no device IP is sent). Phones are labelled by the policy of
``make_pii_eval.personal_phone`` (every field is one number of ten digits, labelled whole).
Each record is seeded by its own (split, locale, layout, index). Committed with its data
before it was ever scored.

    python scripts/pii_held_out_427.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ca_qc_mamh_municipalites.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_427.jsonl.gz"
SPLIT = "held_out_427"

LAYOUTS = ("nuvei_payment", "worldline_payment", "easyship_shipment", "cybersource_payment")
PHONE, FAX, EMAIL = "mtel", "mfax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", EMAIL: r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
EST = dt.timezone(dt.timedelta(hours=-5))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# the invented supplier's catalogue: (description, SKU prefix, HS code, unit price, kg)
GOODS = (
    ("Panneau d'arrêt octogonal 750 mm, réflectorisé", "SIG-ARR", "8310.00", 96.40, 3.2),
    ("Compteur d'eau résidentiel 5/8 po, lecture radio", "CPT-058", "9028.20", 212.75, 1.4),
    ("Banc de parc en aluminium recyclé, 1,8 m", "MOB-BNC", "9403.20", 684.00, 38.0),
    ("Balise de délinéation flexible, 1,2 m", "SIG-BAL", "3926.90", 24.90, 0.9),
    ("Poubelle extérieure double voie, 240 L", "MOB-PBL", "7326.90", 538.00, 27.5),
    ("Panneau de limite de vitesse 30 km/h, 600 x 750 mm", "SIG-VIT", "8310.00", 88.10, 2.6),
    ("Borne-fontaine, trousse de réparation de joint", "AQU-BFT", "8481.90", 147.30, 2.1),
)
# the municipal departments an order is addressed to (no person is named)
SERVICES = (
    "Service des travaux publics",
    "Service des loisirs",
    "Direction générale",
    "Service de l'hygiène du milieu",
    "Greffe et trésorerie",
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's telephone as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The office's fax where it is a line of its own: not a placeholder of zeros, not the
    telephone again; else ""."""
    value = _f(row, FAX)
    if not re.search(r"[1-9]", value) or value == phone(row):
        return ""
    return value


def email(row: dict[str, Any]) -> str:
    """The office's mailbox where the field holds one well-formed address, else ""."""
    value = _f(row, "mcourriel")
    return value if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value) else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailbox (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), (EMAIL, email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailbox labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The municipality's name (``Abercorn``)."""
    return _f(row, "munnom")


def town(row: dict[str, Any]) -> str:
    """The town of the office's street address (``madr2``)."""
    return _f(row, "madr2")


def street(row: dict[str, Any]) -> str:
    """The office's street address (``10, rue des Églises O.``)."""
    return _f(row, "madr1")


def postcode(row: dict[str, Any]) -> str:
    """The postal code as published (``J0E1B0``)."""
    return _f(row, "mcodpos")


def organisation(row: dict[str, Any]) -> str:
    """The municipality as an addressee: its designation and name (``Ville d'Alma``,
    ``Municipalité d'Adstock``, ``Paroisse de Saint-Ubalde``)."""
    designation = _f(row, "mdes").split(" (")[0]
    joiner = " d'" if re.match(r"[AEIOUYÉÈÎÂ]", name(row)) else " de "
    return f"{designation}{joiner}{name(row)}"


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Eastern time)."""
    day = dt.datetime(2025, 1, 13, tzinfo=EST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _lines(rng: random.Random) -> list[tuple[str, str, str, float, float, int]]:
    """One to three invented order lines: (description, SKU, HS code, price, kg, quantity)."""
    out = []
    for desc, sku, hs, price, kg in rng.sample(GOODS, rng.randint(1, 3)):
        out.append((desc, f"{sku}-{rng.randint(10, 99)}", hs, price, kg, rng.randint(1, 12)))
    return out


def _total(lines: list[tuple[str, str, str, float, float, int]]) -> float:
    """The order's total with Quebec's sales taxes (GST 5 % and QST 9.975 %)."""
    return round(sum(price * qty for _, _, _, price, _, qty in lines) * 1.14975, 2)


def invoice(row: dict[str, Any], rng: random.Random, when: dt.datetime) -> str:
    """An invented invoice number of the supplier (``FAC-2025-004821``)."""
    return f"FAC-{when.year}-{rng.randint(1000, 99999):06d}"


def purchase_order(row: dict[str, Any], rng: random.Random, when: dt.datetime) -> str:
    """An invented purchase order of the municipality, under its geographic code
    (``BC-46005-2025-117``)."""
    return f"BC-{_f(row, 'mcode')}-{when.year}-{rng.randint(1, 480)}"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def nuvei_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A Nuvei REST API request (``POST /ppp/api/v1/payment.do``): invented merchant and site
    ids, the session token of an ``openOrder``, the invoice as ``clientUniqueId``, an invented
    ``clientRequestId``, CAD amount, a stored card (``userPaymentOptionId``) of the
    municipality's account (``userTokenId`` its geographic code), ``billingAddress`` and
    ``shippingAddress`` (the office: ``lastName`` the municipality, street, town, ``state``
    QC, ``zip``, ``country`` CA, ``phone`` and ``email``), one item per order line, the
    purchase order as a custom field, ``timeStamp`` and a SHA-256 ``checksum``."""
    when = _when(rng)
    lines = _lines(rng)
    total = f"{_total(lines):.2f}"
    stamp = f"{when:%Y%m%d%H%M%S}"
    merchant, site = str(rng.randint(10**18, 10**19 - 1)), str(rng.randint(100000, 999999))
    request = str(rng.randint(10**9, 10**10 - 1))
    inv = invoice(row, rng, when)

    def address() -> dict[str, Any]:
        out = {
            "firstName": rng.choice(SERVICES),
            "lastName": organisation(row),
            "address": street(row),
            "city": town(row),
            "state": "QC",
            "zip": postcode(row),
            "country": "CA",
            "phone": phone(row),
        }
        if email(row):
            out["email"] = email(row)
        return out

    doc = {
        "sessionToken": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-"
        f"{_hex(rng, 12)}",
        "merchantId": merchant,
        "merchantSiteId": site,
        "clientUniqueId": inv,
        "clientRequestId": request,
        "currency": "CAD",
        "amount": total,
        "userTokenId": f"mun-{_f(row, 'mcode')}",
        "paymentOption": {"userPaymentOptionId": str(rng.randint(10**7, 10**8 - 1))},
        "billingAddress": address(),
        "shippingAddress": address(),
        "items": [
            {"name": desc, "price": f"{price:.2f}", "quantity": str(qty)}
            for desc, _, _, price, _, qty in lines
        ],
        "merchantDetails": {
            "customField1": purchase_order(row, rng, when),
            "customField2": _f(row, "mrc"),
        },
        "timeStamp": stamp,
        "checksum": hashlib.sha256(
            f"{merchant}{site}{request}{total}CAD{stamp}".encode()
        ).hexdigest(),
    }
    return _json(doc)


def worldline_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A Worldline North America (formerly Bambora) Payment API request (``POST
    /v1/payments``): the invoice as ``order_number``, the amount, ``payment_method`` token
    (an invented single-use token, the cardholder the municipality), ``billing`` and
    ``shipping`` (``name`` the municipality, the office's two address lines, town,
    ``province`` QC, ``country`` CA, ``postal_code``, ``phone_number`` and ``email_address``),
    ``language`` fre, the purchase order and the municipality's geographic code as ``custom``
    references and a French comment."""
    when = _when(rng)
    lines = _lines(rng)

    def address() -> dict[str, Any]:
        out = {
            "name": organisation(row),
            "address_line1": street(row),
            "address_line2": _f(row, "madr3") if _f(row, "madr3") != street(row) else "",
            "city": town(row),
            "province": "QC",
            "country": "CA",
            "postal_code": postcode(row),
            "phone_number": phone(row),
        }
        if email(row):
            out["email_address"] = email(row)
        return out

    doc = {
        "order_number": invoice(row, rng, when),
        "amount": _total(lines),
        "payment_method": "token",
        "token": {
            "code": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}",
            "name": organisation(row),
            "complete": True,
        },
        "billing": address(),
        "shipping": address(),
        "language": "fre",
        "custom": {
            "ref1": purchase_order(row, rng, when),
            "ref2": _f(row, "mcode"),
            "ref3": _f(row, "regadm"),
        },
        "comments": f"Paiement de la facture pour {len(lines)} article(s) livré(s) au "
        f"{rng.choice(SERVICES).lower()} de la {organisation(row)} ({_f(row, 'mrc')}).",
    }
    return _json(doc)


def easyship_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """An Easyship API request (``POST /2024-09/shipments``): the supplier's saved origin
    address (``origin_address_id``), the office as ``destination_address`` (company the
    municipality, the department as contact, street, town, ``state`` QC, ``postal_code``,
    ``country_alpha2`` CA, ``contact_phone`` and ``contact_email``), ``order_data`` with the
    invoice and purchase order and ``buyer_notes`` repeating the telephone (and giving the fax
    for the delivery slip), one parcel with the order lines (SKU, HS code, quantity, weight,
    CAD values) and the shipping settings."""
    when = _when(rng)
    lines = _lines(rng)
    service = rng.choice(SERVICES)
    notes = (
        f"Livraison au {service.lower()}, {street(row)}, {town(row)}, du lundi au vendredi "
        f"de 8 h à 16 h. Appeler au {phone(row)} avant la livraison."
    )
    if fax(row):
        notes += f" Bordereau de livraison signé à retourner par télécopieur au {fax(row)}."
    dest = {
        "line_1": street(row),
        "line_2": _f(row, "madr3") if _f(row, "madr3") != street(row) else None,
        "state": "QC",
        "city": town(row),
        "postal_code": postcode(row),
        "country_alpha2": "CA",
        "company_name": organisation(row),
        "contact_name": service,
        "contact_phone": phone(row),
    }
    if email(row):
        dest["contact_email"] = email(row)
    weight = round(sum(kg * qty for _, _, _, _, kg, qty in lines), 1)
    doc = {
        "origin_address_id": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-"
        f"{_hex(rng, 12)}",
        "destination_address": dest,
        "set_as_residential": False,
        "incoterms": "DDU",
        "insurance": {"is_insured": False},
        "order_data": {
            "platform_name": "Commande municipale",
            "platform_order_number": invoice(row, rng, when),
            "order_tag_list": [purchase_order(row, rng, when), _f(row, "regadm")],
            "seller_notes": f"Code géographique {_f(row, 'mcode')}, {_f(row, 'mrc')}",
            "buyer_notes": notes,
        },
        "courier_settings": {"allow_fallback": True, "apply_shipping_rules": True},
        "shipping_settings": {
            "units": {"weight": "kg", "dimensions": "cm"},
            "buy_label": False,
            "printing_options": {"format": "pdf", "label": "4x6", "commercial_invoice": "A4"},
        },
        "parcels": [
            {
                "total_actual_weight": weight,
                "box": {
                    "length": rng.choice((60, 80, 120)),
                    "width": rng.choice((40, 60)),
                    "height": rng.choice((30, 40, 50)),
                },
                "items": [
                    {
                        "description": desc,
                        "sku": sku,
                        "hs_code": hs,
                        "quantity": qty,
                        "actual_weight": kg,
                        "declared_currency": "CAD",
                        "declared_customs_value": price,
                        "origin_country_alpha2": "CA",
                    }
                    for desc, sku, hs, price, kg, qty in lines
                ],
            }
        ],
    }
    return _json(doc)


def cybersource_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A CyberSource REST API request (``POST /pts/v2/payments``): the invoice as
    ``clientReferenceInformation.code``, ``processingInformation`` (capture, ``internet``), a
    stored customer token, ``orderInformation`` with the CAD amount and its taxes, ``billTo``
    (the accounts payable as first and last name, the municipality as ``company``, the
    office's address, ``administrativeArea`` QC, ``postalCode``, ``country`` CA, ``email`` and
    ``phoneNumber``), ``shipTo`` the same office, the order lines, and
    ``merchantDefinedInformation`` with the purchase order and geographic code."""
    when = _when(rng)
    lines = _lines(rng)
    sub = round(sum(price * qty for _, _, _, price, _, qty in lines), 2)

    def address() -> dict[str, Any]:
        out = {
            "firstName": "Comptes",
            "lastName": "fournisseurs",
            "company": organisation(row),
            "address1": street(row),
            "locality": town(row),
            "administrativeArea": "QC",
            "postalCode": postcode(row),
            "country": "CA",
            "phoneNumber": phone(row),
        }
        if email(row):
            out["email"] = email(row)
        return out

    doc = {
        "clientReferenceInformation": {"code": invoice(row, rng, when)},
        "processingInformation": {"capture": True, "commerceIndicator": "internet"},
        "paymentInformation": {"customer": {"id": _hex(rng, 32).upper()}},
        "orderInformation": {
            "amountDetails": {
                "totalAmount": f"{_total(lines):.2f}",
                "currency": "CAD",
                "taxAmount": f"{_total(lines) - sub:.2f}",
            },
            "billTo": address(),
            "shipTo": address(),
            "lineItems": [
                {
                    "productSku": sku,
                    "productName": desc,
                    "quantity": qty,
                    "unitPrice": f"{price:.2f}",
                }
                for desc, sku, _, price, _, qty in lines
            ],
        },
        "merchantDefinedInformation": [
            {"key": "1", "value": purchase_order(row, rng, when)},
            {"key": "2", "value": _f(row, "mcode")},
            {"key": "3", "value": f"{_f(row, 'mdes')} - {_f(row, 'regadm')}"},
        ],
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "nuvei_payment": nuvei_payment,
    "worldline_payment": worldline_payment,
    "easyship_shipment": easyship_shipment,
    "cybersource_payment": cybersource_payment,
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

"""held_out_501 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the City of Oulu's register of its early childhood education units, the day-care
centres, pre-school units and clubs of the city and of the private providers it pays by service
voucher, as the city loaded it into its eVaka system; Finland's earlier parts took the Finnish
Library Directory's public libraries, the City of Helsinki's errand services and the City of
Turku's early childhood education units) exactly as the city wrote them, in layouts no earlier
part has, beside the register's own names, addresses, postcodes and identifiers.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` and ``email`` fields of 195 units
  (``scripts/data/pii_fi_oulu_evaka_units.json``, written by
  ``scripts/fi_oulu_evaka_units_data.py``; source and licence in that file): Finnish numbers
  as the city stored them, the calling code 358 and the national number with no plus and no
  separator (``358405571171``, ``35885546566``; one with a plus, ``+358401681839``), and the
  units' mailboxes or their directors' work addresses (``annukka.hulkkonen@ouka.fi``); a
  trailing space of a field is not written; every copy of each number and address labelled;
* the text around them is the same row's real fields: the unit's name, street address,
  postcode, post office, mailing address, capacity, opening date, care types and provider
  type, with invented organiser ids, payment stamps, nonces and signatures, order references,
  customer numbers, business ids, amounts, weights and dates, unlabelled and scored;
* in layouts no earlier part has, formats of Finland's early childhood education
  administration, of Finnish and Nordic online payment and of Nordic parcel booking, text in
  Finnish where the format carries prose: Varda toimipaikka requests (the JSON body of
  ``POST /api/v1/toimipaikat/`` of the Finnish National Agency for Education's early
  childhood education data warehouse, compact, its keys in the order eVaka's
  ``VardaUnitRequest`` writes them: the unit's visiting and mailing addresses, its
  ``puhelinnumero`` and ``sahkopostiosoite``, Varda's codes of form of operation and
  organising form, its places by capacity), Paytrail payment requests (``POST /payments`` of
  the Finnish payment service as an HTTP message: the ``checkout-*`` headers with Paytrail's
  public test account ``375917``, an invented nonce and time, the HMAC-SHA256 ``signature``
  over them and the body with the public test secret, and a body with an invented stamp,
  reference, amount and items, the unit as ``customer`` by its ``companyName``, ``email`` and
  ``phone``, its address as ``invoicingAddress`` and ``deliveryAddress``), Posti SmartShip
  shipments (the Unifaun Online ``POST /shipments`` JSON that Posti's SmartShip takes: a PDF
  configuration, an invented supplier as ``sender`` with its Posti customer number, the unit as
  ``receiver`` with its ``phone`` and ``email``, the Postipaketti service ``PO2103`` and one
  parcel) and Klarna payment sessions (``POST /payments/v1/sessions`` of the Swedish payment
  company: purchase country ``FI``, currency ``EUR``, locale ``fi-FI``, amounts in cents, order
  lines at 25.5 % VAT, the unit as the ``billing_address`` of an ``organization`` customer with
  its ``email`` and ``phone``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (each field labelled
whole); every number is written with the calling code, so each is of the "international" kind.
Each record is seeded by its own (split, locale, layout, index). Committed with its data before
it was ever scored.

    python scripts/pii_held_out_501.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_fi_oulu_evaka_units.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_501.jsonl.gz"
SPLIT = "held_out_501"

LAYOUTS = ("varda_toimipaikka", "paytrail_payment", "smartship_shipment", "klarna_session")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
HELSINKI = ZoneInfo("Europe/Helsinki")
# Oulu's municipality code (Statistics Finland's kunta 564); every unit of the register is in it
OULU = "564"
# Paytrail's public test merchant account and its secret (from Paytrail's API documentation)
PAYTRAIL_TEST = ("375917", "SAIPPUAKAUPPIAS")
# Varda's codes of the organising form by eVaka's provider type
JARJESTAMISMUOTO = {"MUNICIPAL": "jm01", "PRIVATE_SERVICE_VOUCHER": "jm03", "PRIVATE": "jm04"}
# invented suppliers of the goods: (name, street, postcode, town, web shop)
SUPPLIERS = (
    ("Leikkitarvike Pohjola Oy", "Teollisuustie 12", "90620", "Oulu", "leikkipohjola.fi"),
    ("Askartelutukku Revontuli Oy", "Varastotie 4", "33840", "Tampere", "revontuliaskartelu.fi"),
    ("Kasvatusväline Kuusamo Oy", "Kauppatie 7", "93600", "Kuusamo", "kasvatusvaline.fi"),
    ("Siivoustarvike Perämeri Oy", "Satamatie 19", "94100", "Kemi", "peramerisiivous.fi"),
    ("Liikuntaväline Hiekkala Oy", "Urheilutie 3", "40320", "Jyväskylä", "hiekkalaliikunta.fi"),
    ("Toimistotarvike Nurmi Oy", "Kirjapainontie 8", "00380", "Helsinki", "nurmitoimisto.fi"),
)
# what the orders carry: (product code, description, unit price in cents, weight in grams)
GOODS = (
    ("ASK-500", "Askartelupaperi A4, lajitelma 500 arkkia", 1890, 2400),
    ("PAL-100", "Rakennuspalikat, puu, 100 kpl", 4490, 3100),
    ("SII-020", "Käsipyyhepaperi, 20 rullaa", 3275, 4200),
    ("PII-024", "Puuvärikynät, 24 väriä", 1650, 300),
    ("LII-018", "Pehmopallo 18 cm", 790, 250),
    ("KEI-012", "Juomamuki, muovi, 12 kpl", 2140, 900),
    ("ULK-005", "Hiekkalapio ja ämpäri, 5 sarjaa", 2590, 1600),
)

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has none)."""
    return (row["fields"].get(key) or "").strip()


def phone_field(row: dict[str, Any]) -> str:
    """The unit's phone field as the register writes it (a trailing space left out)."""
    return _f(row, PHONE)


def email_field(row: dict[str, Any]) -> str:
    """The unit's e-mail field as the register writes it (a trailing space left out)."""
    return _f(row, EMAIL)


def international(value: str) -> bool:
    """Whether a number is written with a country code (every one of the register's is: the
    calling code 358, with no plus but in one)."""
    return value.startswith(("+", "00", "358"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) of the row's number and address."""
    return [(PHONE, phone_field(row)), ("email", email_field(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's number and address labelled (each
    copy stands apart: no digit next to a number, no address character next to an address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "name")


def street(row: dict[str, Any]) -> str:
    return _f(row, "street_address")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "postal_code")


def town(row: dict[str, Any]) -> str:
    """The post office as the register writes it (``Oulu``, ``OULU``, ``Haukipudas``)."""
    return _f(row, "post_office")


def care_types(row: dict[str, Any]) -> list[str]:
    """The unit's care types (``{PRESCHOOL,CENTRE}`` as ``["PRESCHOOL", "CENTRE"]``)."""
    return [t for t in _f(row, "type").strip("{}").split(",") if t]


def opening_date(row: dict[str, Any]) -> str | None:
    """The unit's opening date (``2022-01-01``), None where the register gives none."""
    return _f(row, "opening_date") or None


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2025 (Finnish time)."""
    day = dt.date(2025, 1, 13) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    hour, minute, second = rng.randint(8, 15), rng.randint(0, 59), rng.randint(0, 59)
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=HELSINKI)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def business_id(rng: random.Random) -> str:
    """An invented Finnish business id (Y-tunnus), its check digit right."""
    while True:
        body = [rng.randint(0, 9) for _ in range(7)]
        rest = sum(d * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return "".join(map(str, body)) + "-" + str(0 if rest == 0 else 11 - rest)


def reference(rng: random.Random) -> str:
    """An invented Finnish payment reference (viitenumero), its check digit right."""
    body = str(rng.randint(10**5, 10**9))
    total = sum(int(d) * w for d, w in zip(reversed(body), [7, 3, 1] * 4, strict=False))
    return body + str((10 - total % 10) % 10)


def _order(rng: random.Random) -> tuple[tuple[str, ...], list[tuple[str, str, int, int, int]]]:
    """An invented supplier and one to three order lines (code, description, unit price in
    cents, quantity, weight in grams of one)."""
    supplier = rng.choice(SUPPLIERS)
    lines = [(*g[:3], rng.randint(1, 6), g[3]) for g in rng.sample(GOODS, rng.randint(1, 3))]
    return supplier, lines


def _compact(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def varda_toimipaikka(row: dict[str, Any], rng: random.Random) -> str:
    """A Varda toimipaikka request (the body of ``POST /api/v1/toimipaikat/``, compact JSON in
    the key order of eVaka's ``VardaUnitRequest``): the organiser as an invented
    ``vakajarjestaja`` URL, the unit's visiting address and its mailing address (the visiting
    one where the register gives none), its name, Oulu's municipality code, the phone field as
    ``puhelinnumero`` and the e-mail field as ``sahkopostiosoite``, ``kj98`` (no pedagogical
    emphasis), ``tm01`` (a day-care centre), its language, the organising form by its provider
    type, its places by capacity, the emphasis flags, its opening date and an invented source
    system code."""
    mail_street = _f(row, "mailing_street_address") or street(row)
    mail_code = _f(row, "mailing_postal_code") or postcode(row)
    mail_town = _f(row, "mailing_post_office") or town(row)
    doc = {
        "vakajarjestaja": "https://backend.varda.opintopolku.fi/api/v1/vakajarjestajat/"
        f"{rng.randint(10, 9999)}/",
        "kayntiosoite": street(row),
        "postiosoite": mail_street,
        "nimi": name(row),
        "kayntiosoite_postinumero": postcode(row),
        "kayntiosoite_postitoimipaikka": town(row),
        "postinumero": mail_code,
        "postitoimipaikka": mail_town,
        "kunta_koodi": OULU,
        "puhelinnumero": phone_field(row),
        "sahkopostiosoite": email_field(row),
        "kasvatusopillinen_jarjestelma_koodi": "kj98",
        "toimintamuoto_koodi": "tm01",
        "toimintakieli_koodi": [(_f(row, "language") or "fi").upper()],
        "jarjestamismuoto_koodi": [JARJESTAMISMUOTO.get(_f(row, "provider_type"), "jm01")],
        "varhaiskasvatuspaikat": int(_f(row, "capacity") or "0"),
        "toiminnallinenpainotus_kytkin": False,
        "kielipainotus_kytkin": False,
        "alkamis_pvm": opening_date(row),
        "lahdejarjestelma": str(rng.randint(20, 99)),
    }
    return _compact(doc) + "\n"


def paytrail_payment(row: dict[str, Any], rng: random.Random) -> str:
    """A Paytrail payment request (``POST /payments`` to ``services.paytrail.com`` as an HTTP
    message): the ``checkout-*`` headers (Paytrail's public test account, ``sha256``, ``POST``,
    an invented nonce and time), the ``signature`` (HMAC-SHA256 with the public test secret
    over the sorted ``checkout-*`` headers and the body) and a body with an invented stamp,
    reference (a Finnish payment reference, check digit right), amount, ``EUR``, ``FI``, an
    order id, one to three items at 25.5 % VAT, the unit as ``customer`` (its e-mail field as
    ``email``, its phone field as ``phone``, its name as ``companyName``), its address as
    invoicing and delivery address, and the supplier's redirect and callback URLs."""
    when = _when(rng)
    supplier, lines = _order(rng)
    shop = supplier[4]
    stamp = _uuid(rng)
    address = {
        "streetAddress": street(row),
        "postalCode": postcode(row),
        "city": town(row),
        "country": "FI",
    }
    order_id = str(rng.randint(100000, 999999))
    body = {
        "stamp": stamp,
        "reference": reference(rng),
        "amount": sum(price * units for _, _, price, units, _ in lines),
        "currency": "EUR",
        "language": "FI",
        "orderId": order_id,
        "items": [
            {
                "unitPrice": price,
                "units": units,
                "vatPercentage": 25.5,
                "productCode": code,
                "description": text,
            }
            for code, text, price, units, _ in lines
        ],
        "customer": {
            "email": email_field(row),
            "phone": phone_field(row),
            "companyName": name(row),
        },
        "invoicingAddress": address,
        "deliveryAddress": address,
        "redirectUrls": {
            "success": f"https://www.{shop}/kassa/maksu-ok?tilaus={order_id}",
            "cancel": f"https://www.{shop}/kassa/maksu-peruttu?tilaus={order_id}",
        },
        "callbackUrls": {
            "success": f"https://www.{shop}/api/paytrail/ok",
            "cancel": f"https://www.{shop}/api/paytrail/peruttu",
        },
    }
    text = _json(body).rstrip("\n")
    headers = {
        "checkout-account": PAYTRAIL_TEST[0],
        "checkout-algorithm": "sha256",
        "checkout-method": "POST",
        "checkout-nonce": _uuid(rng),
        "checkout-timestamp": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.")
        + f"{rng.randint(0, 999):03d}Z",
    }
    payload = "\n".join([*(f"{k}:{v}" for k, v in sorted(headers.items())), text])
    signature = hmac.new(PAYTRAIL_TEST[1].encode(), payload.encode(), hashlib.sha256)
    lines_out = [
        "POST /payments HTTP/1.1",
        "Host: services.paytrail.com",
        "Content-Type: application/json; charset=utf-8",
        *(f"{k}: {v}" for k, v in headers.items()),
        f"signature: {signature.hexdigest()}",
        f"Content-Length: {len(text.encode('utf-8'))}",
        "",
        text,
        "",
    ]
    return "\n".join(lines_out)


def smartship_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A Posti SmartShip shipment (the Unifaun Online ``POST /shipments`` JSON): a PDF
    configuration, an invented supplier as ``sender`` (its business id as ``orgNo``) with its
    invented Posti customer number in ``senderPartners``, the unit as ``receiver`` (name,
    street, postcode, post office, ``FI``, the phone field as ``phone``, the e-mail field as
    ``email``), the Postipaketti service ``PO2103``, one parcel of the order's goods, an
    invented order number and sender's reference and a delivery note in Finnish."""
    supplier, lines = _order(rng)
    s_name, s_street, s_code, s_town, _ = supplier
    weight = sum(units * grams for _, _, _, units, grams in lines)
    doc = {
        "pdfConfig": {
            "target1Media": rng.choice(["laser-a5", "thermo-se"]),
            "target1XOffset": 0,
            "target1YOffset": 0,
        },
        "shipment": {
            "sender": {
                "name": s_name,
                "address1": s_street,
                "zipcode": s_code,
                "city": s_town,
                "country": "FI",
                "orgNo": business_id(rng),
            },
            "senderPartners": [{"id": "POS", "custNo": str(rng.randint(100000, 999999))}],
            "receiver": {
                "name": name(row),
                "address1": street(row),
                "zipcode": postcode(row),
                "city": town(row),
                "country": "FI",
                "phone": phone_field(row),
                "email": email_field(row),
            },
            "service": {"id": "PO2103"},
            "parcels": [
                {
                    "copies": 1,
                    "weight": round(weight / 1000 + rng.randint(1, 5) / 10, 1),
                    "contents": lines[0][1].split(",")[0],
                    "valuePerParcel": True,
                }
            ],
            "orderNo": str(rng.randint(10**6, 10**7 - 1)),
            "senderReference": f"TIL{rng.randint(10**5, 10**6 - 1)}",
            "freeText1": rng.choice(
                [
                    "Toimitus päiväkodin pääovelle",
                    "Jätä paketti keittiön ovelle",
                    "Soita saavuttaessa",
                    "Toimitus arkisin klo 8-15",
                ]
            ),
        },
    }
    return _json(doc)


def klarna_session(row: dict[str, Any], rng: random.Random) -> str:
    """A Klarna payment session request (the body of ``POST /payments/v1/sessions``): ``FI``,
    ``EUR``, ``fi-FI``, the order's amounts in cents with its tax at 25.5 % (``tax_rate``
    2550), one to three order lines, an ``organization`` customer, the unit as
    ``billing_address`` (its name as ``organization_name``, street, postcode, post office, the
    e-mail field as ``email``, the phone field as ``phone``, ``FI``) and invented merchant
    references."""
    _, lines = _order(rng)
    order_lines = []
    for code, text, price, units, _ in lines:
        total = price * units
        order_lines.append(
            {
                "type": "physical",
                "reference": code,
                "name": text,
                "quantity": units,
                "unit_price": price,
                "tax_rate": 2550,
                "total_amount": total,
                "total_discount_amount": 0,
                "total_tax_amount": total - round(total * 10000 / 12550),
            }
        )
    doc = {
        "intent": "buy",
        "purchase_country": "FI",
        "purchase_currency": "EUR",
        "locale": "fi-FI",
        "order_amount": sum(line["total_amount"] for line in order_lines),
        "order_tax_amount": sum(line["total_tax_amount"] for line in order_lines),
        "order_lines": order_lines,
        "customer": {"type": "organization"},
        "billing_address": {
            "organization_name": name(row),
            "street_address": street(row),
            "postal_code": postcode(row),
            "city": town(row),
            "email": email_field(row),
            "phone": phone_field(row),
            "country": "FI",
        },
        "merchant_reference1": str(rng.randint(10**7, 10**8 - 1)),
        "merchant_reference2": f"ASIAKAS-{rng.randint(1000, 9999)}",
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "varda_toimipaikka": varda_toimipaikka,
    "paytrail_payment": paytrail_payment,
    "smartship_shipment": smartship_shipment,
    "klarna_session": klarna_session,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its number and mailbox
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

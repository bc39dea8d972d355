"""held_out_367 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (the hospitals of the Weisse Liste's hospital search, Germany; Germany's
earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools, the day-care
centres of Chemnitz and Berlin, farm shops on OpenStreetMap, the HRK's Hochschulkompass, the
RKI's health offices, the BZSt's tax offices and the care portal of the Landkreis
Ludwigslust-Parchim) exactly as published, in layouts no earlier part has, beside the
register's own names, streets, postcodes, towns and web addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phone`` of 300 hospitals and their ``email`` where the extract keeps
  one, an office's mailbox (``scripts/data/pii_de_weisse_liste_hospitals.json``, written by
  ``scripts/de_weisse_liste_hospitals_data.py``; source and licence in that file): German
  numbers as the portal writes them, area code, slash, number, hyphen and extension, each part
  set off by spaces (``089 / 51409 - 270``; some with no extension, ``05531 / 9311115``), and
  mailboxes such as ``info@ahrtal-klinik.de`` or ``geschaeftsfuehrung@rku.de``; every copy
  labelled;
* the text around them is the same row's real fields: the hospital's name, street, postcode
  (``80336``), town and web address, with invented order, customer, invoice and reference
  numbers, Institutionskennzeichen (nine digits, ``26`` and seven more), GLNs of the supplier
  (thirteen digits), PZNs (eight digits), sevDesk and Billbee ids, amounts, weights and dates,
  unlabelled and scored;
* in layouts no earlier part has, formats of Germany's trade and its medical supply, text in
  German: openTRANS 2.1 ``ORDER`` documents (the BME's and Fraunhofer IAO's XML order
  standard: a hospital's purchase of medical consumables from an invented supplier, the
  hospital as ``buyer`` and ``delivery`` party with ``bmecat:PHONE`` and ``bmecat:EMAIL``, a
  ``REMARKS`` note for the delivery naming the phone and mailbox again), Billbee API order
  answers (``GET /api/v1/orders/{id}`` of the Billbee order-processing service: the hospital
  as ``Company`` of the ``InvoiceAddress`` and ``ShippingAddress`` with ``Phone`` and
  ``Email``, and as ``Customer`` with ``Tel1`` and ``Email``), sevDesk API answers of the
  hospital's communication ways (``GET /api/v1/CommunicationWay`` of the sevDesk accounting
  service with the contact embedded: one ``PHONE`` way with key ``2`` (Arbeit), one ``EMAIL``
  way where the hospital has a mailbox, one ``WEB`` way where it has a web address) and
  shipcloud API shipment requests (``POST /v1/shipments`` of the shipcloud shipping service:
  the hospital's goods receiving as ``to`` with ``company``, ``care_of``, ``street``,
  ``street_no``, ``zip_code``, ``city``, ``country`` and ``phone``, the supplier as ``from``,
  the ``package``, ``carrier`` and ``service``, a ``description`` naming the phone again and
  the mailbox as ``notification_email``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone`` (every field is one
number of seven digits or more, labelled whole). Each record is seeded by its own (split,
locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_367.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_weisse_liste_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_367.jsonl.gz"
SPLIT = "held_out_367"

LAYOUTS = ("opentrans_order", "billbee_order", "sevdesk_communication_ways", "shipcloud_shipment")
PHONE, EMAIL = "phone", "email"
EDGES = {PHONE: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE}
CET = dt.timezone(dt.timedelta(hours=1))

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of medical consumables: (name, street, house number, postcode, town)
SUPPLIERS = (
    ("Medivera Klinikbedarf GmbH", "Gutenbergstraße", "12", "35037", "Marburg"),
    ("Nordmed Sanitätsgroßhandel GmbH", "Am Sandtorkai", "48", "20457", "Hamburg"),
    ("Kliniklog Süd GmbH & Co. KG", "Industriestraße", "7a", "86899", "Landsberg am Lech"),
    ("Rheinmed Versorgung GmbH", "Hansaring", "61", "50670", "Köln"),
    ("Elbe Medizintechnik Handels GmbH", "Washingtonstraße", "16", "01139", "Dresden"),
)
# invented articles: (description, unit price in euros, order unit)
ARTICLES = (
    ("Untersuchungshandschuhe Nitril, puderfrei, Gr. M, 100 Stück", 6.90, "BX"),
    ("Einmal-Injektionskanülen 0,8 x 40 mm, 100 Stück", 4.35, "BX"),
    ("Mund-Nasen-Schutz Typ IIR, 50 Stück", 7.80, "BX"),
    ("Händedesinfektionsmittel 1000 ml", 8.45, "C62"),
    ("Wundkompressen steril 10 x 10 cm, 25 x 2 Stück", 5.60, "PK"),
    ("Infusionsbesteck mit Luftfilter, 100 Stück", 39.00, "BX"),
    ("Einmalspritzen 10 ml Luer, 100 Stück", 11.20, "BX"),
    ("Fixiervlies 10 cm x 10 m", 3.95, "RO"),
)
CARE_OF = ("Zentrallager / Warenannahme", "Wareneingang", "Zentraleinkauf", "Apotheke / Lager")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field or it is null)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The hospital's phone as published."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The hospital's office mailbox where the extract keeps one, else ""."""
    return _f(row, EMAIL)


def website(row: dict[str, Any]) -> str:
    """The web address where the field holds one (not the profile's placeholder, ``Link zum
    Krankenhaus``), else ""."""
    value = _f(row, "website")
    return value if value.startswith("http") else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the portal's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's phone and mailbox (an empty one is skipped)."""
    return [(PHONE, phone(row)), ("email", email(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and mailbox labelled (each copy
    stands apart: no digit next to the number, no address character next to the mailbox)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def street_parts(row: dict[str, Any]) -> tuple[str, str]:
    """The street and the house number (the last word that starts with a digit), or the whole
    street and "" where it has none: ``Am Eisenbrand 20b/c`` as (``Am Eisenbrand``,
    ``20b/c``)."""
    m = re.fullmatch(r"(.+)\s+(\d\S*)", _f(row, "street"))
    return (m.group(1), m.group(2)) if m else (_f(row, "street"), "")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (German time, as CET)."""
    day = dt.datetime(2024, 1, 8, tzinfo=CET) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(7, 16), minutes=rng.randrange(0, 60, 5))


def ik_number(rng: random.Random) -> str:
    """An invented Institutionskennzeichen of a hospital (``26`` and seven digits)."""
    return f"26{rng.randint(0, 9_999_999):07d}"


def gln(rng: random.Random) -> str:
    """An invented GLN of a German company (``40``, ten digits, GS1 check digit right)."""
    body = f"40{rng.randint(0, 9_999_999_999):010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str(-total % 10)


def items(rng: random.Random) -> list[tuple[str, str, float, str, int]]:
    """One to three invented order lines: (PZN, description, unit price, unit, quantity)."""
    out = []
    for desc, price, unit in rng.sample(ARTICLES, rng.randint(1, 3)):
        out.append((f"{rng.randint(1_000_000, 19_999_999):08d}", desc, price, unit,
                    rng.choice((5, 10, 20, 25, 40, 50))))  # fmt: skip
    return out


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def opentrans_order(row: dict[str, Any], rng: random.Random) -> str:
    """An openTRANS 2.1 ``ORDER`` (namespace ``http://www.opentrans.org/XMLSchema/2.1``, the
    address and catalogue elements in BMEcat 2005's): ``CONTROL_INFO``, ``ORDER_INFO`` with an
    invented order id, dates and delivery period, three ``PARTY``s (the hospital as ``buyer``
    with an invented Institutionskennzeichen, its name, street, postcode, town, ``DE``,
    ``bmecat:PHONE`` and ``bmecat:EMAIL`` and web address; an invented supplier with its GLN;
    the hospital's goods receiving as ``delivery`` with its phone again), the parties'
    references, ``EUR``, a ``REMARKS`` note for the delivery naming the mailbox and the phone,
    one to three ``ORDER_ITEM``s (PZN, description, quantity, unit, prices) and the summary."""
    when = _when(rng)
    start = (when + dt.timedelta(days=rng.randint(2, 6))).date()
    supplier = rng.choice(SUPPLIERS)
    ik, sup_gln = ik_number(rng), gln(rng)
    order_id = f"BE{when.year}-{rng.randint(1, 99999):05d}"
    lines = items(rng)
    name, tel, mail, web = _f(row, "name"), phone(row), email(row), website(row)

    def address(extra: str, with_mail: bool) -> list[str]:
        out = [
            "        <ADDRESS>",
            f"          <bmecat:NAME>{_x(name)}</bmecat:NAME>",
            f"          <bmecat:NAME2>{_x(extra)}</bmecat:NAME2>",
            f"          <bmecat:STREET>{_x(_f(row, 'street'))}</bmecat:STREET>",
            f"          <bmecat:ZIP>{_x(_f(row, 'postcode'))}</bmecat:ZIP>",
            f"          <bmecat:CITY>{_x(_f(row, 'city'))}</bmecat:CITY>",
            "          <bmecat:COUNTRY>Deutschland</bmecat:COUNTRY>",
            "          <bmecat:COUNTRY_CODED>DE</bmecat:COUNTRY_CODED>",
            f'          <bmecat:PHONE type="office">{_x(tel)}</bmecat:PHONE>',
        ]
        if with_mail and mail:
            out.append(f"          <bmecat:EMAIL>{_x(mail)}</bmecat:EMAIL>")
        if with_mail and web:
            out.append(f"          <bmecat:URL>{_x(web)}</bmecat:URL>")
        return [*out, "        </ADDRESS>"]

    remark = "Anlieferung bitte Mo–Fr 7–14 Uhr an den Wareneingang. Avis "
    if mail:
        remark += f"per E-Mail an {mail} oder "
    remark += f"telefonisch unter {tel}."
    item_lines, total = [], 0.0
    for i, (pzn, desc, price, unit, qty) in enumerate(lines, 1):
        amount = round(price * qty, 2)
        total += amount
        item_lines += [
            "    <ORDER_ITEM>",
            f"      <LINE_ITEM_ID>{i}</LINE_ITEM_ID>",
            "      <PRODUCT_ID>",
            f"        <bmecat:SUPPLIER_PID>{pzn}</bmecat:SUPPLIER_PID>",
            f"        <bmecat:DESCRIPTION_SHORT>{_x(desc)}</bmecat:DESCRIPTION_SHORT>",
            "      </PRODUCT_ID>",
            f"      <QUANTITY>{qty}</QUANTITY>",
            f"      <bmecat:ORDER_UNIT>{unit}</bmecat:ORDER_UNIT>",
            "      <PRODUCT_PRICE_FIX>",
            f"        <bmecat:PRICE_AMOUNT>{price:.2f}</bmecat:PRICE_AMOUNT>",
            "      </PRODUCT_PRICE_FIX>",
            f"      <PRICE_LINE_AMOUNT>{amount:.2f}</PRICE_LINE_AMOUNT>",
            "    </ORDER_ITEM>",
        ]
    lines_out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ORDER xmlns="http://www.opentrans.org/XMLSchema/2.1" '
        'xmlns:bmecat="http://www.bmecat.org/bmecat/2005" version="2.1" type="standard">',
        "  <ORDER_HEADER>",
        "    <CONTROL_INFO>",
        "      <GENERATOR_INFO>Materialwirtschaft Einkauf</GENERATOR_INFO>",
        f"      <GENERATION_DATE>{when:%Y-%m-%dT%H:%M:%S+01:00}</GENERATION_DATE>",
        "    </CONTROL_INFO>",
        "    <ORDER_INFO>",
        f"      <ORDER_ID>{order_id}</ORDER_ID>",
        f"      <ORDER_DATE>{when:%Y-%m-%dT%H:%M:%S+01:00}</ORDER_DATE>",
        '      <DELIVERY_DATE type="optional">',
        f"        <DELIVERY_START_DATE>{start:%Y-%m-%d}</DELIVERY_START_DATE>",
        f"        <DELIVERY_END_DATE>{start + dt.timedelta(days=3):%Y-%m-%d}</DELIVERY_END_DATE>",
        "      </DELIVERY_DATE>",
        '      <bmecat:LANGUAGE default="true">deu</bmecat:LANGUAGE>',
        "      <PARTIES>",
        "        <PARTY>",
        f'          <bmecat:PARTY_ID type="party_specific">{ik}</bmecat:PARTY_ID>',
        "          <PARTY_ROLE>buyer</PARTY_ROLE>",
        *("  " + s for s in address("Zentraleinkauf", True)),
        "        </PARTY>",
        "        <PARTY>",
        f'          <bmecat:PARTY_ID type="gln">{sup_gln}</bmecat:PARTY_ID>',
        "          <PARTY_ROLE>supplier</PARTY_ROLE>",
        "          <ADDRESS>",
        f"            <bmecat:NAME>{_x(supplier[0])}</bmecat:NAME>",
        f"            <bmecat:STREET>{_x(supplier[1])} {supplier[2]}</bmecat:STREET>",
        f"            <bmecat:ZIP>{supplier[3]}</bmecat:ZIP>",
        f"            <bmecat:CITY>{_x(supplier[4])}</bmecat:CITY>",
        "            <bmecat:COUNTRY_CODED>DE</bmecat:COUNTRY_CODED>",
        "          </ADDRESS>",
        "        </PARTY>",
        "        <PARTY>",
        f'          <bmecat:PARTY_ID type="buyer_specific">{ik}-WE</bmecat:PARTY_ID>',
        "          <PARTY_ROLE>delivery</PARTY_ROLE>",
        *("  " + s for s in address(rng.choice(CARE_OF), False)),
        "        </PARTY>",
        "      </PARTIES>",
        "      <ORDER_PARTIES_REFERENCE>",
        f'        <bmecat:BUYER_IDREF type="party_specific">{ik}</bmecat:BUYER_IDREF>',
        f'        <bmecat:SUPPLIER_IDREF type="gln">{sup_gln}</bmecat:SUPPLIER_IDREF>',
        "        <SHIPMENT_PARTIES_REFERENCE>",
        f'          <DELIVERY_IDREF type="buyer_specific">{ik}-WE</DELIVERY_IDREF>',
        "        </SHIPMENT_PARTIES_REFERENCE>",
        "      </ORDER_PARTIES_REFERENCE>",
        "      <bmecat:CURRENCY>EUR</bmecat:CURRENCY>",
        f'      <REMARKS type="delivery">{_x(remark)}</REMARKS>',
        "    </ORDER_INFO>",
        "  </ORDER_HEADER>",
        "  <ORDER_ITEM_LIST>",
        *item_lines,
        "  </ORDER_ITEM_LIST>",
        "  <ORDER_SUMMARY>",
        f"    <TOTAL_ITEM_NUM>{len(lines)}</TOTAL_ITEM_NUM>",
        f"    <TOTAL_AMOUNT>{total:.2f}</TOTAL_AMOUNT>",
        "  </ORDER_SUMMARY>",
        "</ORDER>",
        "",
    ]
    return "\n".join(lines_out)


def billbee_order(row: dict[str, Any], rng: random.Random) -> str:
    """A Billbee API order answer (``GET /api/v1/orders/{id}``: ``ErrorMessage``,
    ``ErrorCode``, ``Data``): an invented order of an invented shop (ids, number, state,
    dates, invoice number, payment method, costs, one to three ``OrderItems`` with PZN as
    ``SKU``), the hospital as ``Company`` of the ``InvoiceAddress`` and the
    ``ShippingAddress`` (street and house number apart, postcode, town, ``DE``, ``Phone``,
    ``Email``; no person's name) and as ``Customer`` (invented id and number, ``Tel1``,
    ``Email``)."""
    when = _when(rng)
    street, number = street_parts(row)
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    order_id = rng.randint(100_000_000_000, 999_999_999_999)
    shop_order = f"{rng.randint(100000, 999999)}"
    lines = items(rng)

    def address(line2: str) -> dict[str, Any]:
        return {
            "BillbeeId": rng.randint(100_000_000, 999_999_999),
            "FirstName": "",
            "LastName": "",
            "Company": name,
            "NameAddition": line2,
            "Street": street,
            "HouseNumber": number,
            "Zip": _f(row, "postcode"),
            "City": _f(row, "city"),
            "CountryISO2": "DE",
            "Country": "Deutschland",
            "Line2": "",
            "Email": mail or None,
            "State": "",
            "Phone": tel,
        }

    order_items, total = [], 0.0
    for pzn, desc, price, _unit, qty in lines:
        amount = round(price * qty, 2)
        total += amount
        order_items.append({
            "BillbeeId": rng.randint(100_000_000, 999_999_999),
            "TransactionId": None,
            "Product": {"Id": str(rng.randint(10000, 99999)), "Title": desc, "SKU": pzn,
                        "EAN": None, "Weight": rng.randint(80, 2400)},
            "Quantity": qty,
            "TotalPrice": amount,
            "TaxAmount": round(amount - amount / 1.19, 2),
            "TaxIndex": 1,
            "Discount": 0.0,
            "Attributes": [],
            "GetPriceFromArticleIfAny": False,
            "IsCoupon": False,
            "DontAdjustStock": False,
        })  # fmt: skip
    shipping = rng.choice((0.0, 6.9, 9.9))
    doc = {
        "ErrorMessage": None,
        "ErrorCode": 0,
        "ErrorDescription": None,
        "Data": {
            "RebateDifference": 0.0,
            "ShippingIds": [],
            "AcceptLossOfReturnRight": False,
            "Id": shop_order,
            "OrderNumber": f"KB-{shop_order}",
            "State": 3,
            "VatMode": 0,
            "CreatedAt": f"{when:%Y-%m-%dT%H:%M:%S}",
            "ShippedAt": None,
            "ConfirmedAt": f"{when + dt.timedelta(minutes=rng.randint(5, 90)):%Y-%m-%dT%H:%M:%S}",
            "PayedAt": None,
            "SellerComment": "Lieferung an den Wareneingang, Lieferschein mit Bestellnummer.",
            "Comments": [],
            "InvoiceNumberPrefix": "RE-",
            "InvoiceNumberPostfix": "",
            "InvoiceNumber": rng.randint(10000, 99999),
            "InvoiceDate": f"{when:%Y-%m-%dT00:00:00}",
            "InvoiceAddress": address("Kreditorenbuchhaltung"),
            "ShippingAddress": address(rng.choice(CARE_OF)),
            "PaymentMethod": 1,
            "ShippingCost": shipping,
            "TotalCost": round(total + shipping, 2),
            "OrderItems": order_items,
            "Currency": "EUR",
            "Seller": None,
            "Buyer": None,
            "UpdatedAt": None,
            "TaxRate1": 19.0,
            "TaxRate2": 7.0,
            "BillBeeOrderId": order_id,
            "BillBeeParentOrderId": None,
            "VatId": None,
            "Tags": ["Klinik", "Rechnungskauf"],
            "ShipWeightKg": round(rng.uniform(0.8, 14.0), 2),
            "LanguageCode": "de",
            "PaidAmount": 0.0,
            "ShippingProviderId": None,
            "ShippingProviderProductId": None,
            "ShippingProviderName": None,
            "ShippingProviderProductName": None,
            "PaymentInstruction": None,
            "IsCancelationFor": None,
            "PaymentTransactionId": None,
            "DistributionCenter": None,
            "DeliverySourceCountryCode": "DE",
            "CustomInvoiceNote": None,
            "CustomerNumber": f"K{rng.randint(10000, 99999)}",
            "PaymentReference": f"{shop_order}",
            "ShippingServices": None,
            "Customer": {
                "Id": rng.randint(10_000_000, 99_999_999),
                "Number": rng.randint(1000, 9999),
                "Name": name,
                "Email": mail or None,
                "Tel1": tel,
                "Tel2": None,
                "Type": 1,
                "LanguageId": 1,
                "PriceGroupId": rng.randint(1, 4),
                "VatId": None,
            },
            "History": None,
            "Payments": [],
            "LastModifiedAt": f"{when:%Y-%m-%dT%H:%M:%S}",
        },
    }
    return _json(doc)


def sevdesk_communication_ways(row: dict[str, Any], rng: random.Random) -> str:
    """A sevDesk API answer (``GET /api/v1/CommunicationWay?contact[id]=..&contact[objectName]
    =Contact&embed=contact``): ``objects``, one ``CommunicationWay`` per way the hospital has,
    each with an invented id, ``create`` and ``update`` times, the embedded ``contact`` (an
    invented id and customer number, the hospital's name, ``category`` 3 (Kunde), a
    ``description`` with its address and Institutionskennzeichen), ``type`` and ``value``,
    ``key`` (2 Arbeit) and ``main``, and the ``sevClient``: ``PHONE`` (the phone), ``EMAIL`` (the
    mailbox, where the hospital has one) and ``WEB`` (its web address, where it has one)."""
    when = _when(rng)
    client = str(rng.randint(100000, 999999))
    contact = {
        "id": str(rng.randint(10_000_000, 99_999_999)),
        "objectName": "Contact",
        "additionalInformation": None,
        "create": f"{when:%Y-%m-%dT%H:%M:%S+01:00}",
        "update": f"{when:%Y-%m-%dT%H:%M:%S+01:00}",
        "name": _f(row, "name"),
        "status": "1000",
        "customerNumber": str(rng.randint(10000, 99999)),
        "category": {"id": "3", "objectName": "Category"},
        "description": f"Krankenhaus, {_f(row, 'street')}, {_f(row, 'postcode')} "
        f"{_f(row, 'city')}; IK {ik_number(rng)}",
        "defaultCashbackTime": None,
        "defaultCashbackPercent": None,
        "defaultTimeToPay": "30",
        "taxNumber": None,
        "exemptVat": "0",
        "defaultDiscountAmount": None,
        "defaultDiscountPercentage": "0",
        "buyerReference": None,
        "governmentAgency": "0",
        "sevClient": {"id": client, "objectName": "SevClient"},
    }
    ways = [("PHONE", phone(row)), ("EMAIL", email(row)), ("WEB", website(row))]
    objects = []
    for kind, value in ways:
        if not value:
            continue
        moment = when + dt.timedelta(minutes=rng.randint(1, 30))
        objects.append({
            "id": str(rng.randint(10_000_000, 99_999_999)),
            "objectName": "CommunicationWay",
            "create": f"{moment:%Y-%m-%dT%H:%M:%S+01:00}",
            "update": f"{moment:%Y-%m-%dT%H:%M:%S+01:00}",
            "contact": contact,
            "type": kind,
            "value": value,
            "key": {"id": "2", "objectName": "CommunicationWayKey"},
            "main": "1",
            "sevClient": {"id": client, "objectName": "SevClient"},
        })  # fmt: skip
    return _json({"objects": objects})


def shipcloud_shipment(row: dict[str, Any], rng: random.Random) -> str:
    """A shipcloud API shipment request (``POST /v1/shipments``): the hospital's goods
    receiving as ``to`` (``company``, ``care_of``, ``street`` and ``street_no`` apart,
    ``zip_code``, ``city``, ``country`` DE, ``phone``), an invented supplier as ``from``, the
    ``package`` (invented weight and size, ``type`` parcel, a ``description``), ``carrier`` and
    ``service``, an invented ``reference_number``, a ``description`` naming the phone again,
    the mailbox as ``notification_email`` (where the hospital has one) and
    ``create_shipping_label``."""
    when = _when(rng)
    supplier = rng.choice(SUPPLIERS)
    street, number = street_parts(row)
    tel, mail = phone(row), email(row)
    order = f"BE{when.year}-{rng.randint(1, 99999):05d}"
    doc: dict[str, Any] = {
        "to": {
            "company": _f(row, "name"),
            "care_of": rng.choice(CARE_OF),
            "street": street,
            "street_no": number,
            "zip_code": _f(row, "postcode"),
            "city": _f(row, "city"),
            "country": "DE",
            "phone": tel,
        },
        "from": {
            "company": supplier[0],
            "street": supplier[1],
            "street_no": supplier[2],
            "zip_code": supplier[3],
            "city": supplier[4],
            "country": "DE",
        },
        "package": {
            "weight": round(rng.uniform(0.8, 24.0), 1),
            "length": rng.choice((30, 40, 60)),
            "width": rng.choice((20, 30, 40)),
            "height": rng.choice((15, 20, 30)),
            "type": "parcel",
            "description": "Medizinisches Verbrauchsmaterial",
        },
        "carrier": rng.choice(("dhl", "dpd", "gls", "ups")),
        "service": "standard",
        "reference_number": order,
        "description": f"Bestellung {order} vom {when:%d.%m.%Y}, Avis unter {tel}",
    }
    if mail:
        doc["notification_email"] = mail
    doc["create_shipping_label"] = True
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "opentrans_order": opentrans_order,
    "billbee_order": billbee_order,
    "sevdesk_communication_ways": sevdesk_communication_ways,
    "shipcloud_shipment": shipcloud_shipment,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and mailbox
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

"""held_out_462 of the PII evaluation set: real phone fields of a register no earlier part used
(the units of the Romanian Police, Poliția Română, as Code for Romania's map of points of
interest for the refugees from Ukraine lists them; Romania's earlier parts took the town halls
and the notaries' offices) exactly as published, in layouts no earlier part has, beside the
list's own names, addresses, localities and counties.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``phoneNumber`` fields of 151 police units, the county inspectorates
  (``Inspectoratul de Politie Judetean``), the municipal police stations (``Politie
  Municipala``), Bucharest's General Directorate and three central directorates
  (``scripts/data/pii_ro_police_stations.json``, written by
  ``scripts/ro_police_stations_data.py``; source and licence in that file): Romanian numbers as
  the police's pages write them, the area code, a slash and the line in dotted pairs
  (``0258/806.161``), in spaces (``0242 306 012``), two or three lines in one field after ``, ``,
  ``; `` or `` sau ``, an extension or a note after the number (``0248/60.70.00, int. 22201``,
  ``0259/32.11.09 (comandant)``); each layout writes the field as published once and its first
  number once more on its own, each copy labelled; the list gives no e-mail address and no
  record holds one;
* the text around them is the same row's real fields: the unit's kind and locality, the address
  and the county (as its ISO 3166-2 code where the format asks for one, ``RO-AB``), with
  invented fiscal codes (CIF, check digit right), trade register numbers of the invented
  suppliers, invoice series and numbers, order references, amounts, dates, Cargus location ids,
  Sameday pickup point ids and parcel measures, unlabelled and scored;
* in layouts no earlier part has, the Romanian invoicing and courier formats a police unit's
  supplier meets, text in Romanian: RO e-Factura invoices (UBL 2.1 ``Invoice`` under the
  CIUS-RO 1.0.1 customization: the unit as buyer, its ``cac:Contact/cbc:Telephone`` and a
  ``cbc:Note`` for the delivery), Cargus API v3 waybill requests (``POST /Awbs``: the unit as
  ``Recipient`` with ``PhoneNumber``, the numbers again in ``Observations``), Sameday API AWB
  requests (``POST /api/awb``: the unit as ``awbRecipient`` with ``phoneNumber``, the numbers
  again in ``observation``) and Oblio API invoice requests (``POST /api/docs/invoice``: the unit
  as ``client`` with ``phone``, the first number again in ``internalNote``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``: a field whose numbers
``pii_held_out_11.numbers`` finds whole is labelled number by number (``labelled_record``); the
nine fields whose area code stands apart from the line behind a spaced slash or dash
(``0264 / 432727``, ``0252 - 30.50.04``), where that split would leave the area code out, are
written and labelled as that one number whole (``whole_fields_record``; one such field's note,
``(telefon inspector)``, is not written). Each record is seeded by its own (split, locale,
layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_462.py   # rewrites the committed file
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
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies, labelled_record, whole_fields_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ro_police_stations.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_462.jsonl.gz"
SPLIT = "held_out_462"

LAYOUTS = ("efactura_ubl", "cargus_awb", "sameday_awb", "oblio_invoice")
PHONE = "phoneNumber"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
RO_TIME = dt.timezone(dt.timedelta(hours=2))
CIUS_RO = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1"
# an area code standing apart from its line behind a spaced slash or dash (``0264 / ``)
AREA = re.compile(r"0\d{1,3}\s*[/-]\s*$")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the units (companies, no person): name, street, city, county code
SUPPLIERS = (
    ("Birotica Carpați SRL", "Str. Fabricii nr. 46", "Cluj-Napoca", "CJ"),
    ("Tehnoserv Distribuție SRL", "Bd. Iuliu Maniu nr. 7", "București", "B"),
    ("Echipamente Siguranța Rutieră SRL", "Calea Aradului nr. 112", "Timișoara", "TM"),
    ("Papetăria Moldovei SRL", "Str. Păcurari nr. 138", "Iași", "IS"),
    ("Transilvania Office Supplies SRL", "Str. Zizinului nr. 5", "Brașov", "BV"),
)
# invented goods a unit orders: name, unit of measure, price range (RON, VAT included)
GOODS = (
    ("Hârtie copiator A4 80 g/mp, top 500 coli", "top", (18, 32)),
    ("Cartuș toner imprimantă laser, negru", "buc", (190, 480)),
    ("Veste reflectorizante de avertizare, clasa 2", "buc", (22, 55)),
    ("Conuri de semnalizare rutieră 50 cm", "buc", (35, 70)),
    ("Baterii alcaline AA, set 4 bucăți", "set", (14, 29)),
    ("Lanterne LED reîncărcabile", "buc", (65, 140)),
    ("Dosare plic cu șină, set 10 bucăți", "set", (9, 21)),
    ("Bibliorafturi A4, 75 mm", "buc", (8, 16)),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def field(row: dict[str, Any]) -> str:
    """The unit's phone field as published."""
    return _f(row, PHONE)


def lines(row: dict[str, Any]) -> list[str]:
    """The field's numbers as written, in order: each that ``numbers`` finds, with an area code
    that stands apart before it behind a spaced slash or dash (``0264 / 432727``)."""
    value, out, end = field(row), [], 0
    for s, e in numbers(value):
        m = AREA.search(value[end:s])
        out.append(value[end + m.start() if m else s : e])
        end = e
    return out


def apart(row: dict[str, Any]) -> bool:
    """Whether the field's area code stands apart from its line (labelled as one number
    whole: ``numbers`` alone would leave the area code out)."""
    found = [field(row)[s:e] for s, e in numbers(field(row))]
    return found != lines(row)


def shown(row: dict[str, Any]) -> str:
    """The field as the layouts write it: as published, or its one number where the area code
    stands apart (a note after it left out)."""
    return lines(row)[0] if apart(row) else field(row)


def first(row: dict[str, Any]) -> str:
    """The field's first number as written."""
    return lines(row)[0]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a block with every copy of the field as written and of its first number
    marked (a copy inside the field's is the field's; each copy stands apart: no digit next to
    it)."""
    values = [(PHONE, shown(row)), (PHONE, first(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def unit(row: dict[str, Any]) -> str:
    """The unit's name: the list's kind of unit and its locality (the name alone where it
    holds the locality or the unit is central)."""
    name, place = _f(row, "name"), _f(row, "locality")
    if _f(row, "stationType") == "Centrala" or place.lower() in name.lower():
        return name
    return f"{name} {place}"


def county_code(row: dict[str, Any]) -> str:
    """The unit's county as its ISO 3166-2 code (``RO-AB``; Bucharest ``RO-B``)."""
    return f"RO-{_f(row, 'countyCode')}"


def city(row: dict[str, Any]) -> str:
    """The city as CIUS-RO asks it: Bucharest's sector (``SECTOR3``) where the address names
    one, else the list's locality."""
    if _f(row, "countyCode") == "B":
        m = re.search(r"(?:sector |S)(\d)\b", _f(row, "address"))
        if m:
            return f"SECTOR{m.group(1)}"
    return _f(row, "locality")


def cif(rng: random.Random) -> str:
    """An invented Romanian fiscal code (CIF): seven digits and the control digit by the key
    753217532."""
    body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
    padded = [0, 0, *body]
    total = sum(d * w for d, w in zip(padded, (7, 5, 3, 2, 1, 7, 5, 3, 2), strict=True))
    return "".join(map(str, body)) + str(total * 10 % 11 % 10)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2022 (Romanian time)."""
    day = dt.datetime(2022, 3, 21, tzinfo=RO_TIME) + dt.timedelta(days=rng.randint(0, 240))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.choice((0, 10, 20, 30, 45)))


def _order(rng: random.Random) -> tuple[str, str, int, float]:
    """An invented order line: goods, unit of measure, quantity and unit price with VAT."""
    name, um, (low, high) = rng.choice(GOODS)
    return name, um, rng.randint(2, 40), round(rng.uniform(low, high), 2)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def efactura_ubl(row: dict[str, Any], rng: random.Random) -> str:
    """An RO e-Factura invoice (UBL 2.1 ``Invoice`` under the CIUS-RO 1.0.1 customization): an
    invented number, issue and due dates, type 380, a ``cbc:Note`` on receiving the goods at
    the unit with its first number, RON, an invented supplier (CIF, trade register number,
    address with its county code), the unit as buyer (address, ``RO-`` county code, Bucharest's
    sector as the city, an invented CIF, ``cac:Contact`` with the phone field), VAT 19 %, the
    totals and one line of goods."""
    when = _when(rng)
    name, street, town, code = rng.choice(SUPPLIERS)
    goods, um, qty, price = _order(rng)
    net = round(qty * price / 1.19, 2)
    vat = round(net * 0.19, 2)
    number = f"{rng.choice(('BC', 'TSD', 'ESR', 'PM', 'TOS'))}{rng.randint(1000, 9999)}"
    note = (
        f"Marfa se predă la {unit(row)}, {_f(row, 'address')}; livrarea se anunță "
        f"telefonic la {first(row)}."
    )
    sub = "\n".join
    lines_ = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        f"  <cbc:CustomizationID>{CIUS_RO}</cbc:CustomizationID>",
        f"  <cbc:ID>{number}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:DueDate>{when + dt.timedelta(days=30):%Y-%m-%d}</cbc:DueDate>",
        "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>RON</cbc:DocumentCurrencyCode>",
        f"  <cbc:BuyerReference>CTR-{when.year}-{rng.randint(100, 999)}</cbc:BuyerReference>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(street)}</cbc:StreetName>",
        f"        <cbc:CityName>{_x('SECTOR6' if code == 'B' else town)}</cbc:CityName>",
        f"        <cbc:CountrySubentity>RO-{code}</cbc:CountrySubentity>",
        "        <cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyTaxScheme>",
        f"        <cbc:CompanyID>RO{cif(rng)}</cbc:CompanyID>",
        "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(name)}</cbc:RegistrationName>",
        f"        <cbc:CompanyID>J{rng.randint(1, 52):02d}/{rng.randint(100, 9999)}/"
        f"{rng.randint(2005, 2020)}</cbc:CompanyID>",
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(_f(row, 'address'))}</cbc:StreetName>",
        f"        <cbc:CityName>{_x(city(row))}</cbc:CityName>",
        f"        <cbc:CountrySubentity>{county_code(row)}</cbc:CountrySubentity>",
        "        <cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(unit(row))}</cbc:RegistrationName>",
        f"        <cbc:CompanyID>{cif(rng)}</cbc:CompanyID>",
        "      </cac:PartyLegalEntity>",
        "      <cac:Contact>",
        "        <cbc:Name>Serviciul Logistic</cbc:Name>",
        f"        <cbc:Telephone>{_x(shown(row))}</cbc:Telephone>",
        "      </cac:Contact>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="RON">{vat:.2f}</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="RON">{net:.2f}</cbc:TaxableAmount>',
        f'      <cbc:TaxAmount currencyID="RON">{vat:.2f}</cbc:TaxAmount>',
        "      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="RON">{net:.2f}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="RON">{net:.2f}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="RON">{net + vat:.2f}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="RON">{net + vat:.2f}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        "  <cac:InvoiceLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:InvoicedQuantity unitCode="H87">{qty}</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount currencyID="RON">{net:.2f}</cbc:LineExtensionAmount>',
        "    <cac:Item>",
        f"      <cbc:Name>{_x(goods)}</cbc:Name>",
        "      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>"
        "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>",
        "    </cac:Item>",
        f'    <cac:Price><cbc:PriceAmount currencyID="RON">{net / qty:.4f}</cbc:PriceAmount>'
        "</cac:Price>",
        "  </cac:InvoiceLine>",
        "</Invoice>",
        "",
    ]
    return sub(lines_)


def cargus_awb(row: dict[str, Any], rng: random.Random) -> str:
    """A Cargus API v3 waybill request (``POST /Awbs``): the sender by an invented pickup
    ``LocationId``, the unit as ``Recipient`` (name, county, locality, address, the registry
    office as contact, its first number as ``PhoneNumber``), invented parcels, envelopes,
    weight and declared value, service 34, the sender paying, ``Observations`` with the phone
    field as published, the contents and an invented order reference, one ``ParcelCodes``
    entry."""
    goods, _um, qty, price = _order(rng)
    weight = rng.randint(1, 18)
    doc = {
        "Sender": {"LocationId": rng.randint(200_000_000, 209_999_999)},
        "Recipient": {
            "Name": unit(row),
            "CountyName": _f(row, "county"),
            "LocalityName": _f(row, "locality"),
            "AddressText": _f(row, "address"),
            "ContactPerson": "Registratura",
            "PhoneNumber": first(row),
        },
        "Parcels": 1,
        "Envelopes": rng.randint(0, 1),
        "TotalWeight": weight,
        "ServiceId": 34,
        "DeclaredValue": round(qty * price),
        "CashRepayment": 0,
        "BankRepayment": 0,
        "OtherRepayment": "",
        "OpenPackage": False,
        "PriceTableId": 0,
        "ShipmentPayer": 1,
        "SaturdayDelivery": False,
        "MorningDelivery": rng.random() < 0.3,
        "Observations": "Predare la registratura unității, luni-vineri 08:00-16:00. "
        f"Telefon: {shown(row)}",
        "PackageContent": goods,
        "CustomString": f"CMD-{rng.randint(10000, 99999)}",
        "ParcelCodes": [
            {
                "Code": "0",
                "Type": 1,
                "Weight": weight,
                "Length": rng.choice((20, 30, 40, 60)),
                "Width": rng.choice((20, 30, 40)),
                "Height": rng.choice((10, 15, 20, 30)),
                "ParcelContent": goods,
            }
        ],
    }
    return _json(doc)


def sameday_awb(row: dict[str, Any], rng: random.Random) -> str:
    """A Sameday API AWB request (``POST /api/awb``): invented pickup point and contact person
    ids, one package of an invented weight, service 7, the sender paying, an invented insured
    value, an ``observation`` naming the unit and its phone field as published, an invented
    internal reference, the parcel's measures, and the unit as ``awbRecipient`` (a legal
    person: the registry office, the unit as ``companyName``, its first number as
    ``phoneNumber``, locality, county and address)."""
    goods, _um, qty, price = _order(rng)
    weight = round(rng.uniform(0.5, 15), 1)
    doc = {
        "pickupPoint": rng.randint(1000, 99999),
        "contactPerson": rng.randint(1000, 99999),
        "packageType": 0,
        "packageNumber": 1,
        "packageWeight": weight,
        "service": 7,
        "awbPayment": 1,
        "cashOnDelivery": 0,
        "insuredValue": round(qty * price, 2),
        "thirdPartyPickup": 0,
        "observation": f"{goods}. Livrare la {unit(row)}; sunați înainte la {shown(row)}",
        "clientInternalReference": f"SD-{rng.randint(100000, 999999)}",
        "parcels": [
            {
                "weight": weight,
                "width": rng.choice((20, 30, 40)),
                "length": rng.choice((30, 40, 60)),
                "height": rng.choice((10, 20, 30)),
            }
        ],
        "awbRecipient": {
            "name": "Registratura",
            "phoneNumber": first(row),
            "personType": 1,
            "companyName": unit(row),
            "cityString": _f(row, "locality"),
            "countyString": _f(row, "county"),
            "address": _f(row, "address"),
        },
    }
    return _json(doc)


def oblio_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An Oblio API invoice request (``POST /api/docs/invoice``): an invented issuer's CIF, the
    unit as ``client`` (an invented CIF, its name, address, county as ``state``, locality,
    country, no trade register number, no e-mail, the phone field as published, the logistics
    office as contact, not a VAT payer), invented dates and series, RON, one product line at
    19 % VAT included, an ``internalNote`` with an invented order number and the first number,
    ``mentions`` on the delivery."""
    when = _when(rng)
    goods, um, qty, price = _order(rng)
    doc = {
        "cif": cif(rng),
        "client": {
            "cif": cif(rng),
            "name": unit(row),
            "rc": "",
            "code": "",
            "address": _f(row, "address"),
            "state": _f(row, "county"),
            "city": _f(row, "locality"),
            "country": "România",
            "iban": "",
            "bank": "",
            "email": "",
            "phone": shown(row),
            "contact": "Compartimentul Logistic",
            "vatPayer": False,
        },
        "issueDate": f"{when:%Y-%m-%d}",
        "dueDate": f"{when + dt.timedelta(days=30):%Y-%m-%d}",
        "deliveryDate": f"{when + dt.timedelta(days=rng.randint(1, 5)):%Y-%m-%d}",
        "collectDate": "",
        "seriesName": rng.choice(("FCT", "OBL", "FV")),
        "collect": {},
        "referenceDocument": {},
        "language": "RO",
        "precision": 2,
        "currency": "RON",
        "products": [
            {
                "name": goods,
                "code": f"ART{rng.randint(100, 999)}",
                "description": "",
                "price": f"{price:.2f}",
                "measuringUnit": um,
                "currency": "RON",
                "vatName": "Normala",
                "vatPercentage": 19,
                "vatIncluded": True,
                "quantity": qty,
                "productType": "Marfa",
            }
        ],
        "noticeNumber": "",
        "internalNote": f"Comanda nr. {rng.randint(100, 9999)}/{when:%d.%m.%Y}; "
        f"confirmare la {first(row)}",
        "mentions": f"Livrare la sediul unității: {_f(row, 'address')}.",
        "workStation": "Sediu",
        "useStock": 0,
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "efactura_ubl": efactura_ubl,
    "cargus_awb": cargus_awb,
    "sameday_awb": sameday_awb,
    "oblio_invoice": oblio_invoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
    first number labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    build = whole_fields_record if apart(row) else labelled_record
    return build((SPLIT, locale, layout, n), row, block, international)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

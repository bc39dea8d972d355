"""held_out_248 of the PII evaluation set: real phone and e-mail fields of a register no
earlier part used (Göteborgs Stad's Serviceguiden, the City of Gothenburg's directory of its
service units; Sweden's earlier parts took Systembolaget's shops and Statistics Sweden's
register of government agencies) exactly as published, in layouts no earlier part has, beside
the directory's own names, addresses, ids and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of SE (Systembolaget, SCB's agencies), NO, FI and many others;
here:

* the values are the kept contact's ``phone`` of 400 of the city's service units
  (``scripts/data/pii_se_goteborg_serviceguiden.json``, written by
  ``scripts/se_goteborg_serviceguiden_data.py``; source and licence in that file): Swedish
  numbers as the directory displays them, the area code before a hyphen and the line in
  groups (``031-368 20 00``, ``031-13 19 90``; 388 of area code ``031``, a few mobile, ``020``,
  ``010`` and ``077`` numbers), and the same number as its ``e164``
  (``+46313682000``, in the PostNord layout only), each copy labelled; the contact's
  ``mobile`` where it is another number (9 rows, ``072-255 76 43``, ``031-366 22 01``: written
  by the Visma and PostNord layouts, its ``e164`` in PostNord; one Visma record holds one); the
  contact's e-mail address where it names no person (238 rows:
  ``annedalsskolan@grundskola.goteborg.se``, ``info@abfvux.se``) labelled too;
* the text around them is the same row's real fields: the unit's name, service types,
  organisation form, street address, the directory's ``businessId`` and ``id``, web page,
  coordinates, city area and the contact's office name (``Expeditionen``), with invented UUIDs,
  school-unit codes, invoice, order and customer numbers, organisation, VAT and bankgiro
  numbers of an invented supplier, amounts, weights and dates, unlabelled and scored (Göteborgs
  Stad's own organisation number, ``212000-1355``, as the buyer's);
* in layouts no earlier part has, Swedish formats: SS 12000:2020 API
  responses (``GET /organisations``, the Swedish standard for school data exchange: a school
  or preschool unit as ``Skolenhet`` with ``schoolTypes``, ``phoneNumber`` and ``email``; given
  to the units that are schools, preschools or adult education), Svefaktura 1.0 invoices
  (SFTI's BasicInvoice: the unit as ``BuyerParty`` with a ``Contact``'s ``Telephone`` and
  ``ElectronicMail``, a ``Note`` repeating the number), Visma eEkonomi API customer records
  (``GET /v2/customers/{id}``: ``Telephone``, ``MobilePhone``, ``EmailAddress``, the contact
  person's ``ContactPersonPhone`` and ``ContactPersonEmail``, a ``Note`` repeating the number)
  and PostNord Shipment API EDI instructions (``POST /rest/shipment/v3/edi``: the unit as
  ``consignee`` with ``contact`` ``phoneNo`` in E.164, ``smsNo`` where it has a mobile number,
  ``emailAddress``), the last three given in turn to the other units; keys as each format
  names them, the notes, names and service types in Swedish.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_248.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_se_goteborg_serviceguiden.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_248.jsonl.gz"
SPLIT = "held_out_248"

LAYOUTS = ("ss12000_organisation", "svefaktura_invoice", "visma_customer", "postnord_edi")
PHONE = "phone"
PHONE_FIELDS = ("phone", "phone_e164", "mobile", "mobile_e164")
EDGES = {**{k: r"\d" for k in PHONE_FIELDS}, "email": r"[\w.@'+-]"}
# the directory's service types of a school unit, and their SS 12000 school-type codes
SCHOOL_TYPES = {
    "Förskolor": "FS", "Grundskolor": "GR", "Anpassad grundskola": "GRS",
    "Gymnasieskolor": "GY", "Anpassad gymnasieskola": "GYS", "Komvux": "VUX",
    "Svenska för invandrare (Sfi)": "SFI", "Kulturskolor": "KU",
}  # fmt: skip
BUYER_ORG = "212000-1355"  # Göteborgs Stad's organisation number (the buyer of every invoice)

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers of the city's units (no real company is meant)
SUPPLIERS = (
    ("Kontorsvaror Väst AB", "Importgatan 12", "422 46", "Hisings Backa"),
    ("Städ & Hygien i Göteborg AB", "Exportgatan 28", "422 46", "Hisings Backa"),
    ("Lekmaterial Norden AB", "Fabriksgatan 7", "412 50", "Göteborg"),
    ("Västkustens Förbrukningsmaterial AB", "Krokslätts Fabriker 30", "431 37", "Mölndal"),
)
# invented goods a supplier sends a unit, with a unit price in kronor
GOODS = (
    ("Kopieringspapper A4, 5 x 500 ark", 289), ("Pappershanddukar, 20 förp.", 452),
    ("Pennor och märkpennor, sortiment", 318), ("Förbrukningsmaterial första hjälpen", 645),
    ("Rengöringsmedel, 10 l", 379), ("Pärmar och register, 25 st.", 512),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The kept contact's phone as the directory displays it."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The kept contact's e-mail address ("" where the row keeps none)."""
    return _f(row, "email")


def mobile(row: dict[str, Any]) -> str:
    """The kept contact's mobile number as displayed ("" where it has none, or where it is the
    contact's phone number again)."""
    return "" if _f(row, "mobile") == phone(row) else _f(row, "mobile")


def mobile_e164(row: dict[str, Any]) -> str:
    """The mobile number in E.164 where ``mobile`` gives one ("" otherwise)."""
    return _f(row, "mobile_e164") if mobile(row) else ""


def kinds(row: dict[str, Any]) -> list[str]:
    """The unit's service types."""
    return _f(row, "serviceTypes").split("; ")


def school(row: dict[str, Any]) -> bool:
    """Whether the unit is a school, preschool or adult education unit."""
    return any(k in SCHOOL_TYPES for k in kinds(row))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row: SS 12000 for a school unit, else the other three in
    turn by its index."""
    return LAYOUTS[0] if school(row) else LAYOUTS[1 + n % 3]


def international(value: str) -> bool:
    """Whether a labelled number is written with its country code (the E.164 copies)."""
    return value.startswith("+")


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the kept contact's numbers (as displayed and as
    E.164) and of its e-mail address labelled. Each copy stands apart (no digit next to a
    number, no address character next to the address)."""
    values = [
        ("email", email(row)),
        ("phone", phone(row)),
        ("phone_e164", _f(row, "phone_e164")),
        ("mobile", mobile(row)),
        ("mobile_e164", mobile_e164(row)),
    ]
    return field_copies(text, values, EDGES, {k: k for k in PHONE_FIELDS}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (CEST)."""
    start = dt.datetime(2024, 8, 19, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 60 * 86400))


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    """``doc`` as the layouts' JSON files write it (two-space indent, UTF-8 text)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _org_number(rng: random.Random) -> str:
    """An invented Swedish company organisation number (``556xxx-xxxx``, Luhn digit right)."""
    body = "556" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    total = 0
    for i, c in enumerate(body):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return f"{body[:6]}-{body[6:]}{(10 - total % 10) % 10}"


def _street(row: dict[str, Any]) -> str:
    """The visiting address ("" where the directory gives none: the layouts leave it out)."""
    return _f(row, "visitingAddress")


def _contact_name(row: dict[str, Any]) -> str:
    """The contact's office name (``Expeditionen``), or the unit's name where it has none."""
    return _f(row, "contact_name") or _f(row, "name")


def ss12000_organisation(row: dict[str, Any], rng: random.Random) -> str:
    """A response of an SS 12000:2020 API (``GET /organisations?schoolTypes=...``, one
    ``data`` item and no ``pageToken``): the unit as an ``Organisation`` of type
    ``Skolenhet`` with an invented id, ``meta`` times and school-unit code, its name as
    ``displayName``, the directory's ``businessId`` as ``organisationCode``, an invented parent
    (the principal organiser), its ``schoolTypes``, Göteborg's municipality code ``1480``, its
    web page as ``url``, ``email`` where the row keeps one, ``phoneNumber`` and its visiting
    address, and an invented ``startDate``."""
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(400, 3000))
    types = [SCHOOL_TYPES[k] for k in kinds(row) if k in SCHOOL_TYPES]
    org: dict[str, Any] = {
        "id": _uuid(rng),
        "meta": {
            "created": f"{created:%Y-%m-%dT%H:%M:%S%z}",
            "modified": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        },
        "displayName": _f(row, "name"),
        "organisationCode": _f(row, "businessId"),
        "organisationType": "Skolenhet",
        "parentOrganisation": {"id": _uuid(rng)},
        "schoolUnitCode": f"{rng.randint(10_000_000, 99_999_999)}",
        "schoolTypes": list(dict.fromkeys(types)),
        "municipalityCode": "1480",
    }
    if _f(row, "siteUrl"):
        org["url"] = _f(row, "siteUrl")
    if email(row):
        org["email"] = email(row)
    org["phoneNumber"] = phone(row)
    org["address"] = {
        "addressType": "Besöksadress",
        **({"streetAddress": _street(row)} if _street(row) else {}),
        "locality": "Göteborg",
        "countyCode": "14",
        "municipalityCode": "1480",
        "country": "Sverige",
    }
    org["startDate"] = f"{created:%Y-%m-%d}"
    return _json({"data": [org], "pageToken": None})


def svefaktura_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Svefaktura 1.0 invoice (SFTI BasicInvoice) from an invented supplier to the unit:
    invented invoice number, dates, buyer's reference and order number, a ``Note`` naming the
    delivery and repeating the number, the unit as ``BuyerParty`` (Göteborgs Stad's
    organisation number, the unit's name and visiting address, a ``Contact`` with its office
    name, ``Telephone`` and ``ElectronicMail`` where the row keeps one), the supplier as
    ``SellerParty`` (invented organisation and VAT numbers), payment by an invented bankgiro,
    25 % VAT, and one line of invented goods."""
    name, tel, mail = _f(row, "name"), phone(row), email(row)
    when = _when(rng)
    seller, seller_street, seller_zip, seller_city = rng.choice(SUPPLIERS)
    org = _org_number(rng)
    goods, price = rng.choice(GOODS)
    qty = rng.randint(1, 6)
    net = price * qty
    vat = net * 25 // 100
    contact = [
        "      <cac:Contact>",
        f"        <cbc:Name>{_x(_contact_name(row))}</cbc:Name>",
        f"        <cbc:Telephone>{tel}</cbc:Telephone>",
    ]
    if mail:
        contact.append(f"        <cbc:ElectronicMail>{mail}</cbc:ElectronicMail>")
    contact.append("      </cac:Contact>")
    street = (
        [f"        <cbc:StreetName>{_x(_street(row))}</cbc:StreetName>"] if _street(row) else []
    )
    where = f"{_x(name)}, {_x(_street(row))}" if _street(row) else _x(name)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:sfti:documents:BasicInvoice:1:0" '
        'xmlns:cac="urn:sfti:CommonAggregateComponents:1:0" '
        'xmlns:cbc="urn:oasis:names:tc:ubl:CommonBasicComponents:1:0">',
        f"  <ID>{rng.randint(100000, 999999)}</ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        "  <InvoiceTypeCode>380</InvoiceTypeCode>",
        f"  <cbc:Note>Leverans till {where}. Frågor om leveransen: ring {tel}.</cbc:Note>",
        "  <InvoiceCurrencyCode>SEK</InvoiceCurrencyCode>",
        "  <LineItemCountNumeric>1</LineItemCountNumeric>",
        "  <RequisitionistDocumentReference>",
        f"    <cac:ID>GBG{rng.randint(100000, 999999)}</cac:ID>",
        "  </RequisitionistDocumentReference>",
        "  <cac:BuyerParty>",
        "    <cac:Party>",
        "      <cac:PartyIdentification>",
        f"        <cac:ID>{BUYER_ORG.replace('-', '')}</cac:ID>",
        "      </cac:PartyIdentification>",
        "      <cac:PartyName>",
        f"        <cbc:Name>{_x(name)}</cbc:Name>",
        "      </cac:PartyName>",
        "      <cac:Address>",
        *street,
        "        <cbc:CityName>Göteborg</cbc:CityName>",
        "        <cac:Country>",
        "          <cac:IdentificationCode>SE</cac:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:Address>",
        "      <cac:PartyTaxScheme>",
        f"        <cac:CompanyID>{BUYER_ORG.replace('-', '')}</cac:CompanyID>",
        "        <cac:TaxScheme><cac:ID>SWT</cac:ID></cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        *contact,
        "    </cac:Party>",
        f"    <cac:AccountsContact><cbc:Name>{_x(name)}</cbc:Name></cac:AccountsContact>",
        "  </cac:BuyerParty>",
        "  <cac:SellerParty>",
        "    <cac:Party>",
        "      <cac:PartyIdentification>",
        f"        <cac:ID>{org.replace('-', '')}</cac:ID>",
        "      </cac:PartyIdentification>",
        f"      <cac:PartyName><cbc:Name>{_x(seller)}</cbc:Name></cac:PartyName>",
        "      <cac:Address>",
        f"        <cbc:StreetName>{_x(seller_street)}</cbc:StreetName>",
        f"        <cbc:CityName>{_x(seller_city)}</cbc:CityName>",
        f"        <cbc:PostalZone>{seller_zip}</cbc:PostalZone>",
        "        <cac:Country><cac:IdentificationCode>SE</cac:IdentificationCode></cac:Country>",
        "      </cac:Address>",
        "      <cac:PartyTaxScheme>",
        f"        <cac:CompanyID>SE{org.replace('-', '')}01</cac:CompanyID>",
        "        <cac:TaxScheme><cac:ID>VAT</cac:ID></cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyTaxScheme>",
        f"        <cac:CompanyID>{org.replace('-', '')}</cac:CompanyID>",
        "        <cbc:ExemptionReason>Godkänd för F-skatt</cbc:ExemptionReason>",
        "        <cac:TaxScheme><cac:ID>SWT</cac:ID></cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "    </cac:Party>",
        "  </cac:SellerParty>",
        "  <cac:PaymentMeans>",
        "    <cac:PaymentMeansTypeCode>1</cac:PaymentMeansTypeCode>",
        f"    <cbc:DuePaymentDate>{when + dt.timedelta(days=30):%Y-%m-%d}</cbc:DuePaymentDate>",
        "    <cac:PayeeFinancialAccount>",
        f"      <cac:ID>{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}</cac:ID>",
        "      <cac:FinancialInstitutionBranch>",
        "        <cac:FinancialInstitution><cac:ID>BGABSESS</cac:ID></cac:FinancialInstitution>",
        "      </cac:FinancialInstitutionBranch>",
        "    </cac:PayeeFinancialAccount>",
        "  </cac:PaymentMeans>",
        "  <cac:TaxTotal>",
        f'    <cbc:TotalTaxAmount amountCurrencyID="SEK">{vat}.00</cbc:TotalTaxAmount>',
        "  </cac:TaxTotal>",
        "  <cac:LegalTotal>",
        f'    <cbc:LineExtensionTotalAmount amountCurrencyID="SEK">{net}.00'
        "</cbc:LineExtensionTotalAmount>",
        f'    <cbc:TaxExclusiveTotalAmount amountCurrencyID="SEK">{net}.00'
        "</cbc:TaxExclusiveTotalAmount>",
        f'    <cbc:TaxInclusiveTotalAmount amountCurrencyID="SEK">{net + vat}.00'
        "</cbc:TaxInclusiveTotalAmount>",
        "  </cac:LegalTotal>",
        "  <cac:InvoiceLine>",
        "    <cac:ID>1</cac:ID>",
        f'    <cbc:InvoicedQuantity quantityUnitCode="EA">{qty}</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount amountCurrencyID="SEK">{net}.00</cbc:LineExtensionAmount>',
        "    <cac:Item>",
        f"      <cbc:Description>{_x(goods)}</cbc:Description>",
        "      <cac:SellersItemIdentification>",
        f"        <cac:ID>{rng.randint(10000, 99999)}</cac:ID>",
        "      </cac:SellersItemIdentification>",
        "      <cac:TaxCategory>",
        "        <cac:ID>S</cac:ID>",
        "        <cbc:Percent>25</cbc:Percent>",
        "        <cac:TaxScheme><cac:ID>VAT</cac:ID></cac:TaxScheme>",
        "      </cac:TaxCategory>",
        "      <cac:BasePrice>",
        f'        <cbc:PriceAmount amountCurrencyID="SEK">{price}.00</cbc:PriceAmount>',
        "      </cac:BasePrice>",
        "    </cac:Item>",
        "  </cac:InvoiceLine>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def visma_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A customer record as Visma eEkonomi's API returns it (``GET /v2/customers/{id}``):
    an invented id, customer number and terms-of-payment id, the unit's name, Göteborgs Stad's
    organisation and VAT numbers, its visiting address as invoice and delivery address, its
    number as ``Telephone`` and ``ContactPersonPhone``, its mobile number as ``MobilePhone``
    and ``ContactPersonMobilePhone`` where it has one, its address as ``EmailAddress`` and
    ``ContactPersonEmail`` where the row keeps one, the contact's office name, its web page,
    and a ``Note`` naming its service types and repeating the number."""
    name, tel, mail, mob = _f(row, "name"), phone(row), email(row), mobile(row)
    when = _when(rng)
    doc = {
        "Id": _uuid(rng),
        "CustomerNumber": f"{rng.randint(1001, 4999)}",
        "CorporateIdentityNumber": BUYER_ORG,
        "ContactPersonEmail": mail or None,
        "ContactPersonMobilePhone": mob or None,
        "ContactPersonName": _f(row, "contact_name") or None,
        "ContactPersonPhone": tel,
        "CurrencyCode": "SEK",
        "GLN": None,
        "EmailAddress": mail or None,
        "InvoiceAddress1": _street(row) or None,
        "InvoiceAddress2": None,
        "InvoiceCity": "Göteborg",
        "InvoiceCountryCode": "SE",
        "InvoicePostalCode": "",
        "DeliveryCustomerName": name,
        "DeliveryAddress1": _street(row) or None,
        "DeliveryCity": "Göteborg",
        "DeliveryCountryCode": "SE",
        "Name": name,
        "Note": f"{_f(row, 'serviceTypes')}, {_f(row, 'cityArea') or 'Göteborg'}. "
        f"Ring {tel} vid frågor om fakturan.",
        "ReverseChargeOnConstructionServices": False,
        "WebshopCustomerNumber": None,
        "MobilePhone": mob or None,
        "Telephone": tel,
        "TermsOfPaymentId": _uuid(rng),
        "VatNumber": f"SE{BUYER_ORG.replace('-', '')}01",
        "WwwAddress": _f(row, "siteUrl") or None,
        "LastInvoiceDate": f"{when - dt.timedelta(days=rng.randint(5, 90)):%Y-%m-%dT00:00:00}",
        "IsPrivatePerson": False,
        "IsActive": True,
        "ChangedUtc": f"{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S.000Z}",
    }
    return _json(doc)


def postnord_edi(row: dict[str, Any], rng: random.Random) -> str:
    """An EDI instruction to PostNord's Shipment API (``POST /rest/shipment/v3/edi``) for one
    parcel from an invented supplier to the unit: message date and id, the application, one
    shipment with its loading date, service code, package count and weight, the supplier as
    ``consignor`` (an invented customer number, no contact details) and the unit as
    ``consignee`` (its name, visiting address, the directory's ``businessId`` as its
    reference, ``contact`` with the office name, ``emailAddress`` where the row keeps one,
    ``phoneNo`` in E.164 and ``smsNo`` where it has a mobile number), and the goods item."""
    name, mail = _f(row, "name"), email(row)
    when = _when(rng)
    seller, seller_street, seller_zip, seller_city = rng.choice(SUPPLIERS)
    goods, _ = rng.choice(GOODS)
    weight = round(rng.uniform(0.5, 19.5), 1)
    contact: dict[str, str] = {"contactName": _contact_name(row)}
    if mail:
        contact["emailAddress"] = mail
    contact["phoneNo"] = _f(row, "phone_e164")
    if mobile_e164(row):
        contact["smsNo"] = mobile_e164(row)
    doc = {
        "messageDate": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "messageFunction": "Instruction",
        "messageId": _uuid(rng),
        "application": {"applicationId": rng.randint(1000, 9999), "name": "Leveransportal",
                        "version": "2.4"},
        "updateIndicator": "Original",
        "shipment": [
            {
                "shipmentIdentification": {"shipmentId": "0"},
                "dateAndTimes": {"loadingDate": f"{when:%Y-%m-%dT%H:%M:%S%z}"},
                "service": {"basicServiceCode": "18"},
                "numberOfPackages": {"value": 1},
                "totalGrossWeight": {"value": weight, "unit": "KGM"},
                "references": [
                    {"referenceNo": f"ORD-{rng.randint(100000, 999999)}",
                     "referenceType": "CU"},
                ],
                "parties": {
                    "consignor": {
                        "issuerCode": "Z12",
                        "partyIdentification": {
                            "partyId": f"{rng.randint(10_000_000, 99_999_999)}",
                            "partyIdType": "160",
                        },
                        "party": {
                            "nameIdentification": {"name": seller},
                            "address": {
                                "streets": [seller_street],
                                "postalCode": seller_zip.replace(" ", ""),
                                "city": seller_city,
                                "countryCode": "SE",
                            },
                        },
                    },
                    "consignee": {
                        "party": {
                            "nameIdentification": {
                                "name": name,
                                "companyName": "Göteborgs Stad",
                            },
                            "references": [{"referenceNo": _f(row, "businessId"),
                                            "referenceType": "CN"}],
                            "address": {
                                **({"streets": [_street(row)]} if _street(row) else {}),
                                "city": "Göteborg",
                                "countryCode": "SE",
                            },
                            "contact": contact,
                        }
                    },
                },
                "goodsItem": [
                    {
                        "goodsDescription": goods,
                        "packageTypeCode": "PC",
                        "items": [
                            {
                                "itemIdentification": {"itemId": "0"},
                                "grossWeight": {"value": weight, "unit": "KGM"},
                            }
                        ],
                    }
                ],
            }
        ],
    }  # fmt: skip
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ss12000_organisation": ss12000_organisation,
    "svefaktura_invoice": svefaktura_invoice,
    "visma_customer": visma_customer,
    "postnord_edi": postnord_edi,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its numbers and of its
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

"""held_out_277 of the PII evaluation set: real phone fields of a directory no earlier part used
(the Netherlands' nursing-home locations as ZorgkaartNederland lists them; the country's earlier
parts took DUO's secondary and primary schools, the municipalities, the LRK's day-care centres,
the Museumkaart's museums and the ZBO-register) exactly as published, in layouts no earlier part
has, beside the directory's own names, addresses and web addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of NL (the five above and DUO's secondary schools), BE, DE, FR
and many others; here:

* the values are the ``phone_number`` fields of 440 nursing-home locations (segment
  ``Verpleeghuiszorg``; ``scripts/data/pii_nl_zorgkaart_nursing_homes.json``, written by
  ``scripts/nl_zorgkaart_nursing_homes_data.py``; source and licence in that file): Dutch
  national numbers with the trunk ``0`` and no ``+31``, the area code set off by a hyphen
  (``0499-365959``, ``088-9901700``), a few with the subscriber's number in groups or a blank
  after the hyphen, each copy labelled; the directory gives no e-mail addresses;
* the text around them is the same row's real fields: the home's name (``Amaliazorg,
  Kempenhaeve``), its street, house number and place, its web address, with invented AGB codes
  (eight digits), Chamber of Commerce numbers (eight digits), VAT numbers, postcodes (the
  directory gives none), relation codes, order and invoice numbers, account numbers, amounts,
  weights, dates and UUIDs, unlabelled and scored;
* in layouts no earlier part has, formats of Dutch care and of the home's suppliers' own
  systems, text in Dutch: Nictiz ADA (ART-DECOR Applications) instance XML of the zib
  ``Zorgaanbieder`` (zib 2020: ``zorgaanbieder_identificatienummer`` as an AGB code,
  ``organisatie_naam``, ``contactgegevens/telefoonnummers`` with ``telecom_type`` LL and
  ``nummer_soort`` WP, ``adresgegevens``, ``organisatie_type``), SnelStart B2B API
  ``POST /v2/relaties`` bodies of a care-supplies wholesaler's bookkeeping (the home as
  ``Klant``: ``naam``, ``vestigingsAdres`` and ``correspondentieAdres``, ``telefoon``,
  ``websiteUrl``, a ``memo`` repeating the number), DHL Parcel NL (DHL eCommerce Benelux) API
  ``POST /labels`` bodies (the home as business ``receiver`` with ``companyName``, an
  ``additionalName`` naming a desk, ``address`` and ``phoneNumber``, an invented shipper,
  account, options and piece) and SI-UBL 2.0 invoices (NLCIUS, the Dutch national e-invoice on
  UBL 2.1: an invented supplier, the home as ``AccountingCustomerParty`` with ``Contact``
  ``Telephone``, a ``Note`` repeating the number, invented lines, VAT and totals).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_277.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_nl_zorgkaart_nursing_homes.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_277.jsonl.gz"
SPLIT = "held_out_277"

LAYOUTS = ("zib_ada", "snelstart_relatie", "dhl_parcel_label", "si_ubl_invoice")
PHONE = "phone_number"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented care-supplies wholesalers (no real company is meant) and what they deliver
SUPPLIERS = (
    ("Zorgvoorraad Veluwe B.V.", "Industrieweg", "Barneveld"),
    ("Medisch Depot Oost B.V.", "Handelsweg", "Hengelo"),
    ("Verpleegartikelen Delta B.V.", "Nijverheidsstraat", "Zierikzee"),
    ("Zorggroothandel Het Gooi B.V.", "Energieweg", "Huizen"),
)  # fmt: skip
ITEMS = (
    ("Onderzoekshandschoenen nitril, doos 100 st.", "7.95"),
    ("Incontinentieverband, pak 28 st.", "12.40"),
    ("Handalcohol 70%, flacon 500 ml", "4.85"),
    ("Wegwerpwashandjes, pak 50 st.", "3.20"),
    ("Beschermende onderleggers 60x90, pak 30 st.", "9.75"),
    ("Mondverzorgingssticks, doos 250 st.", "18.60"),
    ("Oppervlaktedesinfectie, doekjes 100 st.", "6.90"),
)  # fmt: skip
# the home's desks a parcel or an invoice is addressed to (no person)
DESKS = ("t.a.v. de receptie", "t.a.v. de facilitaire dienst", "t.a.v. het magazijn")
CONTACTS = ("Crediteurenadministratie", "Financiële administratie", "Facilitaire dienst")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return row["fields"][PHONE]


def name(row: dict[str, Any]) -> str:
    return _f(row, "company")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "0031"))


def address(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """The published address as street, house number, addition and place: the place after the
    last comma, the house number the first part of the rest that starts with a digit
    (``Harderwijkerweg 1 A, Dieren`` -> ``Harderwijkerweg``, ``1``, ``A``, ``Dieren``; a range
    of numbers, ``170-172``, one house number)."""
    line, _, place = _f(row, "address").rpartition(", ")
    m = re.match(r"(.*?)\s+(\d+(?:-\d+)?)(?:\s*(.*))?$", line)
    if not m:
        return line, "", "", place
    return m.group(1), m.group(2), (m.group(3) or "").strip(), place


def street_line(row: dict[str, Any]) -> str:
    """The address as published before the place (``Koestraat 37``)."""
    return _f(row, "address").rpartition(", ")[0]


def place(row: dict[str, Any]) -> str:
    return _f(row, "address").rpartition(", ")[2]


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day's office hours, December 2023 to September 2024
    (Amsterdam winter time)."""
    start = dt.datetime(2023, 12, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    day = start + dt.timedelta(days=rng.randint(0, 290))
    while day.weekday() > 4:
        day -= dt.timedelta(days=1)
    return day + dt.timedelta(seconds=rng.randint(0, 9 * 3600))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _postcode(rng: random.Random) -> str:
    """An invented Dutch postcode (the directory gives none)."""
    letters = "ABCEGHJKLMNPRTVWXZ"
    return f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"


def _kvk(rng: random.Random) -> str:
    return str(rng.randint(10000000, 99999999))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _a(value: str) -> str:
    """``value`` as a quoted XML attribute."""
    return quoteattr(value)


def zib_ada(row: dict[str, Any], rng: random.Random) -> str:
    """A Nictiz ADA instance (``adaxml``) of the zib ``Zorgaanbieder`` (zib 2020), as ART-DECOR
    Applications write their test instances: ``meta`` with invented dates, and under ``data``
    the home with an invented AGB code (``zorgaanbieder_identificatienummer``, root
    2.16.840.1.113883.2.4.6.1), ``organisatie_naam``, ``contactgegevens`` (one
    ``telefoonnummers`` entry: the number, ``telecom_type`` LL, ``nummer_soort`` WP),
    ``adresgegevens`` (street, house number and addition, place, country, address use WP) and
    ``organisatie_type``."""
    when = _when(rng)
    street, number, addition, town = address(row)
    stamp = f"{when:%Y-%m-%dT%H:%M:%S}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<adaxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="../ada_schemas/ada_zorgaanbieder.xsd">',
        f'   <meta status="new" created-by="ada" last-update-by="ada" creation-date="{stamp}" '
        f'last-update-date="{stamp}"/>',
        "   <data>",
        '      <zorgaanbieder app="zib2020bbr" shortName="zorgaanbieder" '
        f'formName="zorgaanbieder" language="nl-NL" title={_a(name(row))} '
        f'id="{_uuid(rng)}">',
        f'         <zorgaanbieder_identificatienummer value="73{rng.randint(100000, 999999)}" '
        'root="2.16.840.1.113883.2.4.6.1"/>',
        f"         <organisatie_naam value={_a(name(row))}/>",
        "         <contactgegevens>",
        "            <telefoonnummers>",
        f"               <telefoonnummer value={_a(phone(row))}/>",
        '               <telecom_type code="LL" '
        'codeSystem="2.16.840.1.113883.2.4.3.11.60.40.4.22.1" displayName="Vaste telefoonlijn"/>',
        '               <nummer_soort code="WP" codeSystem="2.16.840.1.113883.5.1119" '
        'displayName="Zakelijk"/>',
        "            </telefoonnummers>",
        "         </contactgegevens>",
        "         <adresgegevens>",
        f"            <straat value={_a(street)}/>",
        f'            <huisnummer value="{number}"/>',
        *([f"            <huisnummertoevoeging value={_a(addition)}/>"] if addition else []),
        f"            <woonplaats value={_a(town)}/>",
        '            <land code="6030" codeSystem="2.16.840.1.113883.2.4.4.16.34" '
        'displayName="Nederland"/>',
        '            <adres_soort code="WP" codeSystem="2.16.840.1.113883.5.1119" '
        'displayName="Werkadres"/>',
        "         </adresgegevens>",
        '         <organisatie_type code="X3" codeSystem="2.16.840.1.113883.2.4.15.1060" '
        'displayName="Verplegings- of verzorgingsinstelling"/>',
        "      </zorgaanbieder>",
        "   </data>",
        "</adaxml>",
        "",
    ]
    return "\n".join(lines)


def snelstart_relatie(row: dict[str, Any], rng: random.Random) -> str:
    """A SnelStart B2B API ``POST /v2/relaties`` body of a care-supplies wholesaler's
    bookkeeping: the home as ``Klant`` with an invented ``relatiecode``, ``naam``, the visiting
    address as ``vestigingsAdres`` (an invented postcode and the Netherlands' invented land
    id), the same as ``correspondentieAdres``, ``telefoon``, ``websiteUrl``, an invented
    payment term and a ``memo`` in Dutch repeating the number."""
    when = _when(rng)
    land = {"id": _uuid(rng)}
    postcode = _postcode(rng)
    visit = {
        "contactpersoon": rng.choice(CONTACTS),
        "straat": street_line(row),
        "postcode": postcode,
        "plaats": place(row),
        "land": land,
    }
    hours = rng.choice(("9.00 en 16.00", "8.30 en 17.00", "9.00 en 12.30"))
    memo = (
        f"Verpleeghuis, klant sinds {when:%d-%m-%Y}. Leveringen via de goedereningang; bij "
        f"vragen over een levering bellen met {phone(row)} (receptie, op werkdagen tussen "
        f"{hours} uur)."
    )
    doc = {
        "relatiesoort": ["Klant"],
        "relatiecode": rng.randint(10000, 49999),
        "naam": name(row),
        "vestigingsAdres": visit,
        "correspondentieAdres": dict(visit),
        "telefoon": phone(row),
        "mobieleTelefoon": None,
        "email": None,
        "websiteUrl": _f(row, "website"),
        "krediettermijn": rng.choice((14, 30, 30, 60)),
        "factuurkorting": 0,
        "kvkNummer": _kvk(rng),
        "nonactief": False,
        "memo": memo,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def dhl_parcel_label(row: dict[str, Any], rng: random.Random) -> str:
    """A DHL Parcel NL (DHL eCommerce Benelux) API ``POST /labels`` body of a care-supplies
    wholesaler: an invented ``labelId`` and ``orderReference``, the home as business
    ``receiver`` (``companyName``, a desk as ``additionalName``, ``address`` with an invented
    postcode, ``phoneNumber``), the wholesaler as ``shipper`` at an invented address, an
    invented ``accountId``, options, parcel type and weight."""
    street, number, addition, town = address(row)
    supplier, sstreet, stown = rng.choice(SUPPLIERS)
    order = rng.randint(100000, 999999)
    receiver_address = {
        "countryCode": "NL",
        "postalCode": _postcode(rng).replace(" ", ""),
        "city": town,
        "street": street,
        "number": number,
        **({"addition": addition} if addition else {}),
        "isBusiness": True,
    }
    doc = {
        "labelId": _uuid(rng),
        "labelFormat": "pdf",
        "orderReference": f"VO-{order}",
        "parcelTypeKey": rng.choice(("SMALL", "MEDIUM", "LARGE")),
        "receiver": {
            "name": {"companyName": name(row), "additionalName": rng.choice(DESKS)},
            "address": receiver_address,
            "phoneNumber": phone(row),
        },
        "shipper": {
            "name": {"companyName": supplier},
            "address": {
                "countryCode": "NL",
                "postalCode": _postcode(rng).replace(" ", ""),
                "city": stown,
                "street": sstreet,
                "number": str(rng.randint(1, 120)),
                "isBusiness": True,
            },
        },
        "accountId": str(rng.randint(1000000, 9999999)),
        "options": [{"key": "DOOR"}, {"key": "REFERENCE", "input": f"VO-{order}"}],
        "returnLabel": False,
        "pieceNumber": 1,
        "quantity": 1,
        "weight": rng.randint(2, 40) / 2,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def si_ubl_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An SI-UBL 2.0 invoice (NLCIUS on UBL 2.1, ``CustomizationID``
    ``urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0``) of a care-supplies
    wholesaler: an invented number, dates and supplier (KvK number as ``EndpointID`` and
    ``CompanyID``, a VAT number), the home as ``AccountingCustomerParty`` (its name, street
    and place with an invented postcode, an invented KvK number, ``Contact`` with a desk as
    ``Name`` and the number as ``Telephone``), a ``Note`` in Dutch repeating the number,
    invented lines at 21% VAT and totals."""
    when = _when(rng)
    supplier, sstreet, stown = rng.choice(SUPPLIERS)
    skvk, ckvk = _kvk(rng), _kvk(rng)
    number = f"{when:%Y}-{rng.randint(10000, 99999)}"
    lines = rng.sample(ITEMS, rng.randint(1, 3))
    body, net = [], Decimal(0)
    for i, (item, price) in enumerate(lines, 1):
        qty = rng.randint(2, 40)
        amount = Decimal(price) * qty
        net += amount
        body += [
            "  <cac:InvoiceLine>",
            f"    <cbc:ID>{i}</cbc:ID>",
            f'    <cbc:InvoicedQuantity unitCode="C62">{qty}</cbc:InvoicedQuantity>',
            f'    <cbc:LineExtensionAmount currencyID="EUR">{_money(amount)}'
            "</cbc:LineExtensionAmount>",
            "    <cac:Item>",
            f"      <cbc:Name>{_x(item)}</cbc:Name>",
            "      <cac:ClassifiedTaxCategory>",
            "        <cbc:ID>S</cbc:ID>",
            "        <cbc:Percent>21</cbc:Percent>",
            "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>",
            "      </cac:ClassifiedTaxCategory>",
            "    </cac:Item>",
            f'    <cac:Price><cbc:PriceAmount currencyID="EUR">{price}</cbc:PriceAmount>'
            "</cac:Price>",
            "  </cac:InvoiceLine>",
        ]
    vat = (net * Decimal("0.21")).quantize(Decimal("0.01"))
    total = net + vat
    note = (
        f"Levering aan {name(row)}, {rng.choice(DESKS)}. Afleveren via de goedereningang; "
        f"bij vragen belt de bezorger {phone(row)}."
    )
    due = when.date() + dt.timedelta(days=30)
    street = street_line(row)
    text = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0"
        "</cbc:CustomizationID>",
        "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>",
        f"  <cbc:ID>{number}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:DueDate>{due:%Y-%m-%d}</cbc:DueDate>",
        "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
        f"  <cbc:BuyerReference>VO-{rng.randint(100000, 999999)}</cbc:BuyerReference>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0106">{skvk}</cbc:EndpointID>',
        f"      <cac:PartyName><cbc:Name>{_x(supplier)}</cbc:Name></cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{sstreet} {rng.randint(1, 120)}</cbc:StreetName>",
        f"        <cbc:CityName>{stown}</cbc:CityName>",
        f"        <cbc:PostalZone>{_postcode(rng)}</cbc:PostalZone>",
        "        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyTaxScheme>",
        f"        <cbc:CompanyID>NL{rng.randint(100000000, 999999999)}B01</cbc:CompanyID>",
        "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(supplier)}</cbc:RegistrationName>",
        f'        <cbc:CompanyID schemeID="0106">{skvk}</cbc:CompanyID>',
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0106">{ckvk}</cbc:EndpointID>',
        f"      <cac:PartyName><cbc:Name>{_x(name(row))}</cbc:Name></cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(street)}</cbc:StreetName>",
        f"        <cbc:CityName>{_x(place(row))}</cbc:CityName>",
        f"        <cbc:PostalZone>{_postcode(rng)}</cbc:PostalZone>",
        "        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(name(row))}</cbc:RegistrationName>",
        f'        <cbc:CompanyID schemeID="0106">{ckvk}</cbc:CompanyID>',
        "      </cac:PartyLegalEntity>",
        "      <cac:Contact>",
        f"        <cbc:Name>{_x(rng.choice(CONTACTS))}</cbc:Name>",
        f"        <cbc:Telephone>{_x(phone(row))}</cbc:Telephone>",
        "      </cac:Contact>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="EUR">{_money(vat)}</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="EUR">{_money(net)}</cbc:TaxableAmount>',
        f'      <cbc:TaxAmount currencyID="EUR">{_money(vat)}</cbc:TaxAmount>',
        "      <cac:TaxCategory>",
        "        <cbc:ID>S</cbc:ID>",
        "        <cbc:Percent>21</cbc:Percent>",
        "        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>",
        "      </cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="EUR">{_money(net)}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="EUR">{_money(net)}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="EUR">{_money(total)}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="EUR">{_money(total)}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        *body,
        "</Invoice>",
        "",
    ]
    return "\n".join(text)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "zib_ada": zib_ada,
    "snelstart_relatie": snelstart_relatie,
    "dhl_parcel_label": dhl_parcel_label,
    "si_ubl_invoice": si_ubl_invoice,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field labelled."""
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

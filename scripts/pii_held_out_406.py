"""held_out_406 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Queensland Department of Transport and Main Roads' list of its transport and
motoring customer service centres, with the police stations, QGAP offices and courthouses that
act as its agents; Australia's earlier parts took Western Australia's schools list, the NSW
Department of Education's public schools, the Australian Library Map's public libraries,
Victoria's school locations and a sign-up list of community pharmacies) exactly as published,
in layouts no earlier part has, beside the register's own names, addresses, postcodes and
opening hours.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Phone`` of 190 centres and their ``Fax`` where it is one number of its
  own (not ``Nil``, not empty, not the phone again; one field that joins two faxes with a
  slash is left out) (``scripts/data/pii_au_qld_tmr_centres.json``, written by
  ``scripts/au_qld_tmr_centres_data.py``; source and licence in that file): Queensland numbers
  as the register writes them, the area code in brackets and the line in two groups of four
  (``(07) 4656 4833``), each field written whole wherever it stands, with the register's own
  words after the number where it has them (``(07) 4902 1555 or 13 23 90 (for practical
  driving test bookings)``); every copy labelled, each number of a field on its own (the
  six-digit service numbers ``13 23 90`` and ``13 74 68`` are distractors by
  ``make_pii_eval.personal_phone``); the register's e-mail column is empty;
* the text around them is the same row's real fields: the centre's name, street, suburb,
  postcode (``4677``), coordinates, type and Monday's opening hours, with invented ids, ABNs
  (check digits right), invoice numbers, BSBs and account numbers (a payee's bank account in
  the invoices: phone-shaped, unlabelled on purpose), amounts, GST, dates and search scores,
  unlabelled and scored;
* in layouts no earlier part has, formats of Australian e-invoicing, directories and workforce
  software, text in Australian English: A-NZ Peppol BIS Billing 3.0 invoices (UBL 2.1,
  ``urn:cen.eu:en16931:2017#conformant#urn:fdc:peppol.eu:2017:poacc:billing:international:aunz:3.0``:
  an invented contractor invoicing TMR for work at the centre, the centre's phone as the
  buyer's ``cac:Contact/cbc:Telephone`` and the phone and fax again in the invoice's note),
  Sensis Yellow Pages search API answers (``listings`` with ``primaryAddress``,
  ``primaryContacts`` of type ``PHONE`` and the fax among ``orderedSecondaryContacts`` and
  ``secondaryContacts``), Deputy API locations (``GET /api/v1/my/location``: a ``Company``
  whose ``_DPMetaData.AddressObject`` has the phone as ``Phone`` and the fax in its ``Notes``)
  and Funnelback search.json answers (``response.resultPacket``: one result whose ``summary``
  and ``listMetadata`` give the phone and fax).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_406.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_au_qld_tmr_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_406.jsonl.gz"
SPLIT = "held_out_406"

LAYOUTS = ("anz_peppol_invoice", "sensis_search", "deputy_location", "funnelback_search")
PHONE, FAX = "Phone", "Fax"
EDGES = {PHONE: r"\d", FAX: r"\d"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
AEST = dt.timezone(dt.timedelta(hours=10))
CUSTOMIZATION = (
    "urn:cen.eu:en16931:2017#conformant#urn:fdc:peppol.eu:2017:poacc:billing:international:aunz:3.0"
)
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
PAGE = "https://www.qld.gov.au/transport/contacts/centres/"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented contractors and their work at a centre (no person is a party in these records)
CONTRACTORS = (
    ("Sunstate Commercial Cleaning Pty Ltd", "Office cleaning, monthly service"),
    ("Capricorn Fire Services Pty Ltd", "Six-monthly fire equipment inspection and test"),
    ("Outback Airconditioning & Electrical Pty Ltd", "Split system service and filter clean"),
    ("Reef Coast Security Systems Pty Ltd", "Alarm monitoring and duress button test"),
    ("Darling Downs Pest Management Pty Ltd", "General pest and termite inspection"),
)
HEADINGS = (
    (21530, "Government - State"),
    (22770, "Police Stations"),
    (31204, "Motor Registries"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The centre's phone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The centre's fax where it is one number of its own: not ``Nil`` or empty, not the phone
    again, not two numbers joined by a slash; else ""."""
    value = _f(row, FAX)
    if value == phone(row) or not re.fullmatch(r"[\d() ]{7,}", value):
        return ""
    return value


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax labelled (each copy
    stands apart: no digit next to it)."""
    values = [(PHONE, phone(row)), (FAX, fax(row))]
    return field_copies(text, values, EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    return _f(row, "Title")


def street(row: dict[str, Any]) -> str:
    """The street address: the register's ``Address 1`` (a building, where it names one) and
    ``Address 2``, joined."""
    return ", ".join(v for v in (_f(row, "Address 1"), _f(row, "Address 2")) if v)


def suburb(row: dict[str, Any]) -> str:
    return _f(row, "Suburb")


def postcode(row: dict[str, Any]) -> str:
    return _f(row, "Postcode")


def hours(row: dict[str, Any]) -> str:
    """Monday's opening hours as the register gives them (``9:00-16:30``), or ""."""
    start, end = _f(row, "Mon am"), _f(row, "Mon pm")
    return f"{start}-{end}" if start and end else ""


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Brisbane time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=AEST) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def abn(rng: random.Random) -> str:
    """An invented ABN whose check digits are right (weights 10, 1, 3 ... 19, modulus 89),
    written in the groups of 2, 3, 3 and 3 digits the ABR uses."""
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(10)]
        check = [digits[0] - 1, *digits[1:]]
        if sum(d * w for d, w in zip(check, weights, strict=True)) % 89 == 0:
            s = "".join(map(str, digits))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def abn_valid(value: str) -> bool:
    """Whether an ABN's check digits are right."""
    digits = [int(c) for c in value if c.isdigit()]
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    if len(digits) != 11:
        return False
    check = [digits[0] - 1, *digits[1:]]
    return sum(d * w for d, w in zip(check, weights, strict=True)) % 89 == 0


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def anz_peppol_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """An A-NZ Peppol BIS Billing 3.0 invoice (UBL 2.1): an invented contractor (ABN, address)
    invoices the Department of Transport and Main Roads for work at the centre: ``BuyerReference``
    and ``OrderReference`` invented, the buyer's ``cac:Contact/cbc:Telephone`` the centre's
    phone, the invoice's ``cbc:Note`` naming the site with its phone (and fax), ``cac:Delivery``
    at the centre's address, one
    invoice line, GST at 10 % and the payee's bank account (BSB and account number)."""
    when = _when(rng)
    due = when + dt.timedelta(days=30)
    seller, work = rng.choice(CONTRACTORS)
    seller_abn, buyer_abn = abn(rng), abn(rng)
    net = round(rng.uniform(180, 2400), 2)
    gst = round(net * 0.1, 2)
    number = f"INV-{rng.randint(10000, 99999)}"
    note = f"Tax invoice. Site: {name(row)}, ph {phone(row)}"
    if fax(row):
        note += f", fax {fax(row)}"
    if hours(row):
        note += f". Access Mon {hours(row)}"
    bsb = f"{rng.randint(0, 99):02d}{rng.randint(0, 9)}-{rng.randint(0, 999):03d}"
    account = str(rng.randint(10_000_000, 99_999_999))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
        f"  <cbc:CustomizationID>{CUSTOMIZATION}</cbc:CustomizationID>",
        f"  <cbc:ProfileID>{PROFILE}</cbc:ProfileID>",
        f"  <cbc:ID>{number}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:DueDate>{due:%Y-%m-%d}</cbc:DueDate>",
        "  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        "  <cbc:DocumentCurrencyCode>AUD</cbc:DocumentCurrencyCode>",
        f"  <cbc:BuyerReference>TMR-{rng.randint(100000, 999999)}</cbc:BuyerReference>",
        "  <cac:OrderReference>",
        f"    <cbc:ID>PO{rng.randint(4500000000, 4599999999)}</cbc:ID>",
        "  </cac:OrderReference>",
        "  <cac:AccountingSupplierParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0151">{seller_abn.replace(" ", "")}</cbc:EndpointID>',
        "      <cac:PartyName>",
        f"        <cbc:Name>{_x(seller)}</cbc:Name>",
        "      </cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{rng.randint(2, 180)} Industrial Avenue</cbc:StreetName>",
        "        <cbc:CityName>Brisbane</cbc:CityName>",
        "        <cbc:PostalZone>4000</cbc:PostalZone>",
        "        <cbc:CountrySubentity>QLD</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>AU</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyTaxScheme>",
        f"        <cbc:CompanyID>{seller_abn.replace(' ', '')}</cbc:CompanyID>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>GST</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:PartyTaxScheme>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(seller)}</cbc:RegistrationName>",
        f'        <cbc:CompanyID schemeID="0151">{seller_abn}</cbc:CompanyID>',
        "      </cac:PartyLegalEntity>",
        "    </cac:Party>",
        "  </cac:AccountingSupplierParty>",
        "  <cac:AccountingCustomerParty>",
        "    <cac:Party>",
        f'      <cbc:EndpointID schemeID="0151">{buyer_abn.replace(" ", "")}</cbc:EndpointID>',
        "      <cac:PartyName>",
        "        <cbc:Name>Department of Transport and Main Roads</cbc:Name>",
        "      </cac:PartyName>",
        "      <cac:PostalAddress>",
        f"        <cbc:StreetName>{_x(street(row))}</cbc:StreetName>",
        f"        <cbc:CityName>{_x(suburb(row))}</cbc:CityName>",
        f"        <cbc:PostalZone>{_x(postcode(row))}</cbc:PostalZone>",
        "        <cbc:CountrySubentity>QLD</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>AU</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:PostalAddress>",
        "      <cac:PartyLegalEntity>",
        "        <cbc:RegistrationName>Department of Transport and Main Roads"
        "</cbc:RegistrationName>",
        f'        <cbc:CompanyID schemeID="0151">{buyer_abn}</cbc:CompanyID>',
        "      </cac:PartyLegalEntity>",
        "      <cac:Contact>",
        f"        <cbc:Name>{_x(name(row))}</cbc:Name>",
        f"        <cbc:Telephone>{_x(phone(row))}</cbc:Telephone>",
        "      </cac:Contact>",
        "    </cac:Party>",
        "  </cac:AccountingCustomerParty>",
        "  <cac:Delivery>",
        f"    <cbc:ActualDeliveryDate>{when - dt.timedelta(days=3):%Y-%m-%d}"
        "</cbc:ActualDeliveryDate>",
        "    <cac:DeliveryLocation>",
        "      <cac:Address>",
        f"        <cbc:StreetName>{_x(street(row))}</cbc:StreetName>",
        f"        <cbc:CityName>{_x(suburb(row))}</cbc:CityName>",
        f"        <cbc:PostalZone>{_x(postcode(row))}</cbc:PostalZone>",
        "        <cbc:CountrySubentity>QLD</cbc:CountrySubentity>",
        "        <cac:Country>",
        "          <cbc:IdentificationCode>AU</cbc:IdentificationCode>",
        "        </cac:Country>",
        "      </cac:Address>",
        "    </cac:DeliveryLocation>",
        "  </cac:Delivery>",
        "  <cac:PaymentMeans>",
        "    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
        f"    <cbc:PaymentID>{number}</cbc:PaymentID>",
        "    <cac:PayeeFinancialAccount>",
        f"      <cbc:ID>{account}</cbc:ID>",
        f"      <cbc:Name>{_x(seller)}</cbc:Name>",
        "      <cac:FinancialInstitutionBranch>",
        f"        <cbc:ID>{bsb}</cbc:ID>",
        "      </cac:FinancialInstitutionBranch>",
        "    </cac:PayeeFinancialAccount>",
        "  </cac:PaymentMeans>",
        "  <cac:PaymentTerms>",
        "    <cbc:Note>30 days from date of invoice</cbc:Note>",
        "  </cac:PaymentTerms>",
        "  <cac:TaxTotal>",
        f'    <cbc:TaxAmount currencyID="AUD">{gst:.2f}</cbc:TaxAmount>',
        "    <cac:TaxSubtotal>",
        f'      <cbc:TaxableAmount currencyID="AUD">{net:.2f}</cbc:TaxableAmount>',
        f'      <cbc:TaxAmount currencyID="AUD">{gst:.2f}</cbc:TaxAmount>',
        "      <cac:TaxCategory>",
        "        <cbc:ID>S</cbc:ID>",
        "        <cbc:Percent>10</cbc:Percent>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>GST</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:TaxCategory>",
        "    </cac:TaxSubtotal>",
        "  </cac:TaxTotal>",
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="AUD">{net:.2f}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxExclusiveAmount currencyID="AUD">{net:.2f}</cbc:TaxExclusiveAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="AUD">{net + gst:.2f}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="AUD">{net + gst:.2f}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        "  <cac:InvoiceLine>",
        "    <cbc:ID>1</cbc:ID>",
        '    <cbc:InvoicedQuantity unitCode="EA">1</cbc:InvoicedQuantity>',
        f'    <cbc:LineExtensionAmount currencyID="AUD">{net:.2f}</cbc:LineExtensionAmount>',
        "    <cac:Item>",
        f"      <cbc:Name>{_x(work)}</cbc:Name>",
        "      <cac:ClassifiedTaxCategory>",
        "        <cbc:ID>S</cbc:ID>",
        "        <cbc:Percent>10</cbc:Percent>",
        "        <cac:TaxScheme>",
        "          <cbc:ID>GST</cbc:ID>",
        "        </cac:TaxScheme>",
        "      </cac:ClassifiedTaxCategory>",
        "    </cac:Item>",
        "    <cac:Price>",
        f'      <cbc:PriceAmount currencyID="AUD">{net:.2f}</cbc:PriceAmount>',
        "    </cac:Price>",
        "  </cac:InvoiceLine>",
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def sensis_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Sensis Yellow Pages search API answer (Australia's Yellow Pages): ``code`` 200, one
    listing of the centre under a heading (``Police Stations`` for a police station, else
    ``Government - State`` or ``Motor Registries``; the ids invented), its ``detailsLink``,
    ``primaryAddress`` (street, the register's coordinates, postcode, ``QLD``, suburb),
    ``primaryContacts`` of type ``PHONE`` (the phone field) and, where the centre has a fax,
    ``orderedSecondaryContacts`` and ``secondaryContacts`` of type ``FAX``; the register's
    centre type as ``shortDescriptor``."""
    when = _when(rng)
    police = "Police" in _f(row, "Type") or "Police" in name(row)
    heading_id, heading = HEADINGS[1] if police else rng.choice((HEADINGS[0], HEADINGS[2]))
    lid = str(rng.randint(10_000_000, 99_999_999))
    product = json.dumps(
        {
            "productId": str(rng.randint(10**8, 10**9 - 1)),
            "productVersion": "1",
            "source": "YELLOW",
        },
        separators=(",", ":"),
    )
    listing: dict[str, Any] = {
        "categories": [{"id": str(heading_id), "name": heading, "sensitive": False}],
        "detailsLink": f"http://www.yellowpages.com.au/qld/{_slug(suburb(row))}/"
        f"{_slug(name(row))}-{lid}-listing.html",
        "hasExposureProducts": False,
        "id": lid,
        "listingType": "Business",
        "name": name(row),
        "primaryAddress": {
            "addressLine": street(row),
            "geoCodeGranularity": "PROPERTY",
            "latitude": _f(row, "Latitude"),
            "longitude": _f(row, "Longitude"),
            "mappable": True,
            "postcode": postcode(row),
            "state": "QLD",
            "suburb": suburb(row),
            "type": "PHYSICAL",
        },
        "primaryContacts": [{"type": "PHONE", "value": phone(row)}],
    }
    if fax(row):
        contacts = [{"type": "FAX", "value": fax(row)}]
        listing["orderedSecondaryContacts"] = [{"contacts": contacts, "name": "Fax"}]
        listing["secondaryContacts"] = {"Fax": contacts}
    listing["pureMobileBusiness"] = False
    listing["reportingId"] = base64.urlsafe_b64encode(product.encode()).decode().rstrip("=")
    if _f(row, "Type"):
        listing["shortDescriptor"] = _f(row, "Type")
    doc = {
        "code": 200,
        "count": 1,
        "currentPage": 1,
        "currentSuburb": suburb(row),
        "date": f"{when:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}+1000",
        "currentHeading": {"id": heading_id, "name": heading, "sensitive": False},
        "listingInitials": [],
        "listings": [listing],
        "message": "OK",
        "time": rng.randint(40, 900),
        "totalPages": 1,
        "totalResults": 1,
    }
    return _json(doc)


def deputy_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Deputy API location (``GET /api/v1/my/location``): a ``Company`` (invented id, code and
    address id; the centre's name; ``IsWorkplace``) whose ``_DPMetaData`` carries the
    ``AddressObject`` (the centre's street, suburb, ``QLD``, postcode, the phone field as
    ``Phone``, ``Notes`` with the fax and Monday's hours, the printed address) and ``Geo`` (the
    register's coordinates)."""
    created = _when(rng) - dt.timedelta(days=rng.randint(200, 900))
    modified = created + dt.timedelta(days=rng.randint(1, 180))
    cid, aid, creator = rng.randint(2, 400), rng.randint(10, 4000), rng.randint(1, 90)
    notes = []
    if fax(row):
        notes.append(f"Fax {fax(row)}")
    if hours(row):
        notes.append(f"Counter open Mon {hours(row)}")
    code = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name(row)))[:4].upper()
    address = {
        "Id": aid,
        "ContactName": None,
        "UnitNo": None,
        "StreetNo": None,
        "SuiteNo": None,
        "PoBox": None,
        "Street1": street(row),
        "Street2": None,
        "City": suburb(row),
        "State": "QLD",
        "Postcode": postcode(row),
        "Country": 13,
        "Phone": phone(row),
        "Notes": "; ".join(notes) or None,
        "Format": None,
        "Saved": None,
        "Creator": creator,
        "Created": f"{created:%Y-%m-%dT%H:%M:%S}+10:00",
        "Modified": f"{modified:%Y-%m-%dT%H:%M:%S}+10:00",
        "Print": f"{street(row)}\n{suburb(row)} QLD {postcode(row)}\n",
    }
    doc = {
        "Id": cid,
        "Portfolio": None,
        "Code": code,
        "Active": True,
        "ParentCompany": 1,
        "CompanyName": name(row),
        "TradingName": None,
        "BusinessNumber": None,
        "CompanyNumber": None,
        "IsWorkplace": True,
        "IsPayrollEntity": False,
        "PayrollExportCode": None,
        "Address": aid,
        "Contact": None,
        "Creator": creator,
        "Created": f"{created:%Y-%m-%dT%H:%M:%S}+10:00",
        "Modified": f"{modified:%Y-%m-%dT%H:%M:%S}+10:00",
        "_DPMetaData": {
            "System": "Company",
            "AddressObject": address,
            "Geo": {
                "Id": rng.randint(100, 9000),
                "Orm": "DeputecCompany",
                "RecId": cid,
                "Longitude": float(_f(row, "Longitude") or 0),
                "Latitude": float(_f(row, "Latitude") or 0),
                "No": None,
                "Street": None,
                "Suburb": None,
                "State": None,
                "Postcode": None,
                "Country": None,
                "Creator": creator,
                "Created": f"{created:%Y-%m-%dT%H:%M:%S}+10:00",
                "Modified": f"{modified:%Y-%m-%dT%H:%M:%S}+10:00",
            },
            "CustomData": {"GooglePlaceId": None},
        },
    }
    return _json(doc)


def funnelback_search(row: dict[str, Any], rng: random.Random) -> str:
    """A Funnelback search.json answer (Squiz's site search): ``question`` with the query (the
    centre's suburb) and collection, ``response.resultPacket`` with the query, its
    ``resultsSummary`` and one result (rank, score, the centre's name as ``title``, its page on
    qld.gov.au as ``liveUrl`` and ``indexUrl``, a ``summary`` giving the address, phone and fax,
    ``listMetadata`` with the name, address, postcode, type, phone and fax)."""
    query = suburb(row).lower()
    url = f"{PAGE}view?title={quote(name(row))}"
    summary = f"{street(row)}, {suburb(row)} QLD {postcode(row)}. Phone: {phone(row)}"
    if fax(row):
        summary += f". Fax: {fax(row)}"
    meta: dict[str, list[str]] = {
        "t": [name(row)],
        "address": [street(row)],
        "suburb": [suburb(row)],
        "postcode": [postcode(row)],
        "phone": [phone(row)],
    }
    if fax(row):
        meta["fax"] = [fax(row)]
    if _f(row, "Type"):
        meta["type"] = [_f(row, "Type")]
    if hours(row):
        meta["mon"] = [hours(row)]
    collection = "qld-gov~sp-transport-centres"
    result = {
        "rank": 1,
        "score": rng.randint(400, 1000),
        "title": name(row),
        "collection": collection,
        "component": 0,
        "liveUrl": url,
        "indexUrl": url,
        "summary": summary,
        "date": None,
        "fileSize": rng.randint(18000, 64000),
        "fileType": "html",
        "listMetadata": meta,
        "kmFromOrigin": None,
    }
    doc = {
        "question": {"query": query, "collection": collection, "profile": "_default"},
        "response": {
            "resultPacket": {
                "query": query,
                "queryAsProcessed": query,
                "resultsSummary": {
                    "fullyMatching": 1,
                    "partiallyMatching": 0,
                    "totalMatching": 1,
                    "estimatedCounts": False,
                    "numRanks": 10,
                    "currStart": 1,
                    "currEnd": 1,
                    "prevStart": None,
                    "nextStart": None,
                },
                "results": [result],
            }
        },
    }
    return _json(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "anz_peppol_invoice": anz_peppol_invoice,
    "sensis_search": sensis_search,
    "deputy_location": deputy_location,
    "funnelback_search": funnelback_search,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax labelled,
    each number in them on its own."""
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

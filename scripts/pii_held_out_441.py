"""held_out_441 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Ministerio de Educación Nacional's directory of educational
establishments, the sedes of Medellín's schools; Colombia's earlier parts took Bogotá's
district directory of schools and the CAIs of the Policía Metropolitana de Bogotá) exactly as
published, in layouts no earlier part has, beside the register's own names, DANE codes,
addresses and barrios.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``telefono`` of 300 sedes, their ``fax`` where the register gives a line
  of its own (seven digits or more, not the telephone field again nor one of its numbers;
  not ``0``) and the addresses their
  ``email`` holds (``scripts/data/pii_co_medellin_schools.json``, written by
  ``scripts/co_medellin_schools_data.py``; source and licence in that file): Medellín's
  seven-digit numbers of before the 2021 dialling change as each school gave them
  (``2175337``, ``3541437 - 2667989``, ``427 02 48``, ``3410913 EXT 101-102``) and mailboxes
  (``ie.cefa@medellin.gov.co``; a field with two gives both); every copy labelled, each number
  of a field on its own (``labelled_record``: an extension is a distractor);
* the text around them is the same row's real fields: the sede's and establishment's names,
  DANE codes (``105001000108``), ids, address in DANE abbreviations (``CL 50 41 55``), barrio,
  sector and enrolment, with invented NITs (check digit right), CUFEs, invoice numbers, DIAN
  resolutions, amounts, dates, uuids, transaction ids and references, unlabelled and scored;
* in layouts no earlier part has, formats of Colombia's tax and trade, text in Spanish (their
  fields written from the helper's memory: no documentation was readable when the part was
  built): DIAN electronic sales invoices (UBL 2.1 ``Invoice`` with the DIAN 2.1 extensions,
  ``sts:DianExtensions``: the school as ``AccountingCustomerParty``, its ``cac:Contact`` with
  telephone, telefax and mailbox, and a ``cbc:Note`` for the delivery), Siigo Nube API
  customers (``GET /v1/customers/{id}``: ``phones`` with ``indicative`` and ``number``, a
  ``contacts`` entry with the mailbox), Alegra API contacts (``GET /contacts/{id}``:
  ``phonePrimary``, ``phoneSecondary``, ``fax``, ``email``, ``identificationObject``) and Wompi
  ``transaction.updated`` events (a PSE payment by the school: ``customer_email``,
  ``customer_data.phone_number``, a ``shipping_address`` with the number again, the
  ``signature`` checksum).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``, each number of a field
on its own. Each record is seeded by its own (split, locale, layout, index). Committed with its
data before it was ever scored.

    python scripts/pii_held_out_441.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_co_medellin_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_441.jsonl.gz"
SPLIT = "held_out_441"

LAYOUTS = ("dian_factura", "siigo_customer", "alegra_contact", "wompi_event")
PHONE, FAX, EMAIL = "telefono", "fax", "email"
EDGES = {PHONE: r"\d", FAX: r"\d", "email": r"[\w.@-]"}
COLUMNS = {PHONE: PHONE, FAX: FAX}
BOGOTA = dt.timezone(dt.timedelta(hours=-5))
MAILBOX = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented goods a school buys (invoice lines, payments)
GOODS = (
    ("Resma papel bond carta 75 g", 18500),
    ("Marcador borrable para tablero x 12", 42000),
    ("Tóner para impresora láser", 289000),
    ("Balón de microfútbol", 65000),
    ("Silla universitaria en polipropileno", 189000),
    ("Kit de laboratorio de ciencias naturales", 455000),
    ("Mantenimiento de extintores", 38000),
)
SUPPLIERS = (
    ("Papelería y Suministros del Valle de Aburrá S.A.S.", "901245873"),
    ("Dotaciones Escolares Antioquia S.A.S.", "900731552"),
    ("Distribuidora Educativa La Candelaria S.A.S.", "811044917"),
)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The sede's telephone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The sede's fax where it is a line of its own (seven digits or more, not the telephone
    field again nor one of its numbers), else ""."""
    value = _f(row, FAX)
    digits = re.sub(r"\D", "", value)
    return value if len(digits) >= 7 and value not in phone(row) else ""


def emails(row: dict[str, Any]) -> list[str]:
    """The mailboxes the ``email`` field holds, in order, once each (a field may hold two)."""
    return list(dict.fromkeys(re.findall(MAILBOX, _f(row, EMAIL))))


def email(row: dict[str, Any]) -> str:
    """The sede's first mailbox, or ""."""
    found = emails(row)
    return found[0] if found else ""


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def values_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's telephone, fax and mailboxes (empty ones are skipped)."""
    return [(PHONE, phone(row)), (FAX, fax(row)), *(("email", m) for m in emails(row))]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone, fax and mailboxes labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address)."""
    return field_copies(text, values_of(row), EDGES, COLUMNS, row["path"])


def name(row: dict[str, Any]) -> str:
    """The sede's name (``INST EDUC CEFA``)."""
    return _f(row, "nombre_sede")


def address(row: dict[str, Any]) -> str:
    """The street address in DANE abbreviations (``CL 50 41 55``)."""
    return _f(row, "direccion")


def barrio(row: dict[str, Any]) -> str:
    """The barrio or vereda, or "" where the field holds none: two rows' ``barrio_vereda``
    holds telephone numbers instead (``2555481-3615509``), which are not written (they would be
    numbers of the register left unlabelled)."""
    value = _f(row, "barrio_vereda")
    return value if re.search(r"[^\W\d_]", value) else ""


def nit(rng: random.Random) -> tuple[str, str]:
    """An invented NIT of nine digits and its DIAN check digit (weights 41 to 3, mod 11)."""
    number = str(rng.choice((800, 811, 890, 900, 901))) + str(rng.randint(0, 999999)).zfill(6)
    weights = (41, 37, 29, 23, 19, 17, 13, 7, 3)
    total = sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11
    return number, str(total if total < 2 else 11 - total)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Colombian time)."""
    day = dt.datetime(2024, 1, 22, tzinfo=BOGOTA) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(7, 16), minutes=rng.randint(0, 59))


def _lines(rng: random.Random) -> list[tuple[str, int, int]]:
    """One to three invented invoice lines: (good, quantity, unit price in pesos)."""
    return [(g, rng.randint(1, 24), p) for g, p in rng.sample(GOODS, rng.randint(1, 3))]


def dian_factura(row: dict[str, Any], rng: random.Random) -> str:
    """A DIAN electronic sales invoice (UBL 2.1 ``Invoice``, ``CustomizationID`` 10,
    ``ProfileID`` ``DIAN 2.1: Factura Electrónica de Venta``) of an invented supplier to the
    school: the ``sts:DianExtensions`` (resolution, range, software), a CUFE (SHA-384), the
    school as ``AccountingCustomerParty`` with its DANE-coded address, an invented NIT and
    ``cac:Contact`` (telephone, telefax, mailbox), a delivery ``cbc:Note`` with the number
    again, and the lines, taxes and totals."""
    when = _when(rng)
    supplier, supplier_nit = rng.choice(SUPPLIERS)
    school_nit, dv = nit(rng)
    number = rng.randint(1200, 98000)
    resolution = "18764" + str(rng.randint(10**8, 10**9 - 1))
    lines = _lines(rng)
    base = sum(q * p for _, q, p in lines)
    iva = round(base * 0.19)
    cufe = hashlib.sha384(f"{SPLIT}:{row['path']}:{number}".encode()).hexdigest()
    date, time = when.strftime("%Y-%m-%d"), when.strftime("%H:%M:%S-05:00")
    contact = [f"<cbc:Name>Rectoría {escape(name(row))}</cbc:Name>"]
    contact.append(f"<cbc:Telephone>{escape(phone(row))}</cbc:Telephone>")
    if fax(row):
        contact.append(f"<cbc:Telefax>{escape(fax(row))}</cbc:Telefax>")
    if email(row):
        contact.append(f"<cbc:ElectronicMail>{escape(email(row))}</cbc:ElectronicMail>")
    place = escape(address(row) + (f", barrio {barrio(row)}" if barrio(row) else ""))
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
        'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
        'xmlns:sts="dian:gov:co:facturaelectronica:Structures-2-1">',
        "<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><sts:DianExtensions>",
        "<sts:InvoiceControl>",
        f"<sts:InvoiceAuthorization>{resolution}</sts:InvoiceAuthorization>",
        "<sts:AuthorizationPeriod><cbc:StartDate>2023-06-01</cbc:StartDate>"
        "<cbc:EndDate>2025-06-01</cbc:EndDate></sts:AuthorizationPeriod>",
        "<sts:AuthorizedInvoices><sts:Prefix>FE</sts:Prefix><sts:From>1000</sts:From>"
        "<sts:To>100000</sts:To></sts:AuthorizedInvoices>",
        "</sts:InvoiceControl>",
        '<sts:InvoiceSource><cbc:IdentificationCode listAgencyID="6" '
        'listAgencyName="United Nations Economic Commission for Europe" '
        'listSchemeURI="urn:oasis:names:specification:ubl:codelist:gc:CountryIdentificationCode-2.1">'
        "CO</cbc:IdentificationCode></sts:InvoiceSource>",
        f'<sts:SoftwareProvider><sts:ProviderID schemeAgencyID="195" schemeID="{supplier_nit[-1]}" '
        f'schemeName="31">{supplier_nit}</sts:ProviderID>'
        f'<sts:SoftwareID schemeAgencyID="195">{uuid.UUID(int=rng.getrandbits(128))}'
        "</sts:SoftwareID></sts:SoftwareProvider>",
        '<sts:SoftwareSecurityCode schemeAgencyID="195">'
        f"{hashlib.sha384(cufe.encode()).hexdigest()}</sts:SoftwareSecurityCode>",
        "<sts:QRCode>https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey="
        f"{cufe}</sts:QRCode>",
        "</sts:DianExtensions></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>",
        "<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID>",
        "<cbc:CustomizationID>10</cbc:CustomizationID>",
        "<cbc:ProfileID>DIAN 2.1: Factura Electrónica de Venta</cbc:ProfileID>",
        "<cbc:ProfileExecutionID>1</cbc:ProfileExecutionID>",
        f"<cbc:ID>FE{number}</cbc:ID>",
        f'<cbc:UUID schemeID="1" schemeName="CUFE-SHA384">{cufe}</cbc:UUID>',
        f"<cbc:IssueDate>{date}</cbc:IssueDate>",
        f"<cbc:IssueTime>{time}</cbc:IssueTime>",
        f"<cbc:DueDate>{(when + dt.timedelta(days=30)).strftime('%Y-%m-%d')}</cbc:DueDate>",
        "<cbc:InvoiceTypeCode>01</cbc:InvoiceTypeCode>",
        f"<cbc:Note>Entregar en {place}, {escape(_f(row, 'municipio'))}. Antes de la entrega "
        f"llamar al {escape(phone(row))}.</cbc:Note>",
        "<cbc:DocumentCurrencyCode>COP</cbc:DocumentCurrencyCode>",
        f"<cbc:LineCountNumeric>{len(lines)}</cbc:LineCountNumeric>",
        "<cac:AccountingSupplierParty><cbc:AdditionalAccountID>1</cbc:AdditionalAccountID>"
        f"<cac:Party><cac:PartyName><cbc:Name>{escape(supplier)}</cbc:Name></cac:PartyName>"
        f"<cac:PartyTaxScheme><cbc:RegistrationName>{escape(supplier)}</cbc:RegistrationName>"
        f'<cbc:CompanyID schemeAgencyID="195" schemeName="31">{supplier_nit}</cbc:CompanyID>'
        "<cbc:TaxLevelCode>O-13</cbc:TaxLevelCode><cac:TaxScheme><cbc:ID>01</cbc:ID>"
        "<cbc:Name>IVA</cbc:Name></cac:TaxScheme></cac:PartyTaxScheme></cac:Party>"
        "</cac:AccountingSupplierParty>",
        "<cac:AccountingCustomerParty><cbc:AdditionalAccountID>1</cbc:AdditionalAccountID>",
        "<cac:Party>",
        f'<cac:PartyIdentification><cbc:ID schemeID="{dv}" schemeName="31">{school_nit}'
        "</cbc:ID></cac:PartyIdentification>",
        f"<cac:PartyName><cbc:Name>{escape(name(row))}</cbc:Name></cac:PartyName>",
        "<cac:PhysicalLocation><cac:Address>",
        f"<cbc:ID>{escape(_f(row, 'cod_dane_municipio'))}</cbc:ID>",
        f"<cbc:CityName>{escape(_f(row, 'municipio'))}</cbc:CityName>",
        "<cbc:PostalZone>050001</cbc:PostalZone>",
        f"<cbc:CountrySubentity>{escape(_f(row, 'departamento'))}</cbc:CountrySubentity>",
        "<cbc:CountrySubentityCode>05</cbc:CountrySubentityCode>",
        f"<cac:AddressLine><cbc:Line>{escape(address(row))}</cbc:Line></cac:AddressLine>",
        "<cac:Country><cbc:IdentificationCode>CO</cbc:IdentificationCode>"
        '<cbc:Name languageID="es">Colombia</cbc:Name></cac:Country>',
        "</cac:Address></cac:PhysicalLocation>",
        "<cac:PartyTaxScheme>",
        f"<cbc:RegistrationName>{escape(_f(row, 'nombre_establecimiento'))}</cbc:RegistrationName>",
        f'<cbc:CompanyID schemeAgencyID="195" schemeID="{dv}" schemeName="31">{school_nit}'
        "</cbc:CompanyID>",
        "<cbc:TaxLevelCode>R-99-PN</cbc:TaxLevelCode>",
        "<cac:TaxScheme><cbc:ID>ZZ</cbc:ID><cbc:Name>No aplica</cbc:Name></cac:TaxScheme>",
        "</cac:PartyTaxScheme>",
        f"<cac:Contact>{''.join(contact)}</cac:Contact>",
        "</cac:Party></cac:AccountingCustomerParty>",
        "<cac:PaymentMeans><cbc:ID>2</cbc:ID><cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>"
        f"<cbc:PaymentDueDate>{(when + dt.timedelta(days=30)).strftime('%Y-%m-%d')}"
        "</cbc:PaymentDueDate></cac:PaymentMeans>",
        f'<cac:TaxTotal><cbc:TaxAmount currencyID="COP">{iva}.00</cbc:TaxAmount>'
        f'<cac:TaxSubtotal><cbc:TaxableAmount currencyID="COP">{base}.00</cbc:TaxableAmount>'
        f'<cbc:TaxAmount currencyID="COP">{iva}.00</cbc:TaxAmount><cac:TaxCategory>'
        "<cbc:Percent>19.00</cbc:Percent><cac:TaxScheme><cbc:ID>01</cbc:ID><cbc:Name>IVA"
        "</cbc:Name></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>",
        "<cac:LegalMonetaryTotal>",
        f'<cbc:LineExtensionAmount currencyID="COP">{base}.00</cbc:LineExtensionAmount>',
        f'<cbc:TaxExclusiveAmount currencyID="COP">{base}.00</cbc:TaxExclusiveAmount>',
        f'<cbc:TaxInclusiveAmount currencyID="COP">{base + iva}.00</cbc:TaxInclusiveAmount>',
        f'<cbc:PayableAmount currencyID="COP">{base + iva}.00</cbc:PayableAmount>',
        "</cac:LegalMonetaryTotal>",
    ]
    for i, (good, qty, price) in enumerate(lines, 1):
        out.append(
            f'<cac:InvoiceLine><cbc:ID>{i}</cbc:ID><cbc:InvoicedQuantity unitCode="94">{qty}'
            f'</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="COP">{qty * price}.00'
            f"</cbc:LineExtensionAmount><cac:Item><cbc:Description>{escape(good)}"
            "</cbc:Description></cac:Item><cac:Price>"
            f'<cbc:PriceAmount currencyID="COP">{price}.00</cbc:PriceAmount>'
            '<cbc:BaseQuantity unitCode="94">1</cbc:BaseQuantity></cac:Price></cac:InvoiceLine>'
        )
    out += ["</Invoice>", ""]
    return "\n".join(out)


def _stamp(when: dt.datetime) -> str:
    """An ISO 8601 moment in UTC with milliseconds (``2024-03-05T14:22:10.000Z``)."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def siigo_customer(row: dict[str, Any], rng: random.Random) -> str:
    """A Siigo Nube API answer to ``GET /v1/customers/{id}``: an invented uuid, NIT and check
    digit, the school's names, its address with the DANE codes of Antioquia and Medellín,
    ``phones`` (indicative 604 and the register's field as ``number``), a ``contacts`` entry of
    the school's secretariat with the mailbox and the number again, ``comments`` and
    ``metadata``."""
    when = _when(rng)
    number, dv = nit(rng)
    tel = phone(row)
    contact: dict[str, Any] = {
        "first_name": "Secretaría",
        "last_name": "Académica",
        "email": email(row),
        "phone": {"indicative": "604", "number": tel, "extension": ""},
    }
    doc = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "type": "Customer",
        "person_type": "Company",
        "id_type": {"code": "31", "name": "NIT"},
        "identification": number,
        "check_digit": dv,
        "branch_office": 0,
        "name": [_f(row, "nombre_establecimiento")],
        "commercial_name": name(row),
        "active": True,
        "vat_responsible": False,
        "fiscal_responsibilities": [{"code": "R-99-PN", "name": "No aplica - Otros"}],
        "address": {
            "address": address(row),
            "city": {
                "country_code": "Co",
                "country_name": "Colombia",
                "state_code": "05",
                "state_name": _f(row, "departamento"),
                "city_code": _f(row, "cod_dane_municipio"),
                "city_name": _f(row, "municipio"),
            },
            "postal_code": "050001",
        },
        "phones": [{"indicative": "604", "number": tel, "extension": ""}],
        "contacts": [contact],
        "comments": f"Sede {_f(row, 'codigo_dane_sede')}, sector {_f(row, 'cte_id_sector')}"
        f" (barrio {barrio(row) or 'sin dato'}). Matrícula {_f(row, 'total_matricula')}.",
        "related_users": {
            "seller_id": rng.randint(200, 900),
            "collector_id": rng.randint(200, 900),
        },
        "metadata": {"created": _stamp(when), "last_updated": None},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def alegra_contact(row: dict[str, Any], rng: random.Random) -> str:
    """An Alegra API answer to ``GET /contacts/{id}``: an invented id, NIT and check digit, the
    school's name, ``phonePrimary`` (the register's field), ``fax`` where it has one,
    ``email``, ``observations`` with the DANE code and every mailbox of the field, its address
    and the invented term and status fields, as Alegra's API writes them (compact JSON)."""
    number, dv = nit(rng)
    mails = emails(row)
    doc = {
        "id": str(rng.randint(20, 4000)),
        "name": name(row),
        "identification": number,
        "email": email(row) or None,
        "phonePrimary": phone(row),
        "phoneSecondary": None,
        "fax": fax(row) or None,
        "mobile": None,
        "observations": f"Código DANE sede {_f(row, 'codigo_dane_sede')}; establecimiento "
        f"{_f(row, 'codigo_dane')}." + (f" Correos: {', '.join(mails)}." if len(mails) > 1 else ""),
        "address": {
            "address": address(row),
            "city": _f(row, "municipio"),
            "department": _f(row, "departamento"),
            "country": "Colombia",
            "zipCode": "050001",
        },
        "type": ["client"],
        "seller": None,
        "term": {"id": "1", "name": "De contado", "days": "0"},
        "priceList": None,
        "internalContacts": [],
        "status": "active",
        "identificationObject": {"type": "NIT", "number": number, "dv": dv},
        "kindOfPerson": "LEGAL_ENTITY",
        "regime": "SIMPLIFIED_REGIME",
        "statementAttached": False,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def wompi_event(row: dict[str, Any], rng: random.Random) -> str:
    """A Wompi ``transaction.updated`` event: an approved PSE payment by the school to an
    invented supplier (transaction id, reference, amount in cents, PSE bank code, the school's
    NIT), ``customer_email``, ``customer_data.phone_number`` and a ``shipping_address`` with the
    address and the number again, and the ``signature`` (SHA-256 checksum) and times."""
    when = _when(rng)
    number, _ = nit(rng)
    good, qty, price = _lines(rng)[0]
    cents = qty * price * 100
    tx = f"{rng.randint(10000, 99999)}-{int(when.timestamp())}-{rng.randint(10000, 99999)}"
    reference = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    tel = phone(row)
    transaction = {
        "id": tx,
        "created_at": _stamp(when),
        "finalized_at": _stamp(when + dt.timedelta(seconds=rng.randint(40, 400))),
        "amount_in_cents": cents,
        "reference": reference,
        "customer_email": email(row) or None,
        "currency": "COP",
        "payment_method_type": "PSE",
        "payment_method": {
            "type": "PSE",
            "extra": {"ticket_id": f"{tx}-{rng.randint(1000, 9999)}"},
            "user_type": 1,
            "user_legal_id_type": "NIT",
            "user_legal_id": number,
            "financial_institution_code": rng.choice(("1007", "1051", "1013", "1001")),
            "payment_description": f"{good} x {qty}",
        },
        "status": "APPROVED",
        "status_message": None,
        "customer_data": {
            "full_name": name(row),
            "phone_number": tel,
            "legal_id": number,
            "legal_id_type": "NIT",
        },
        "shipping_address": {
            "address_line_1": address(row),
            "address_line_2": barrio(row) or None,
            "country": "CO",
            "region": _f(row, "departamento"),
            "city": _f(row, "municipio"),
            "phone_number": tel,
            "postal_code": "050001",
        },
        "redirect_url": "https://tienda.example.com.co/pagos/respuesta",
        "payment_link_id": None,
        "payment_source_id": None,
    }
    checksum = hashlib.sha256(f"{tx}APPROVED{cents}{reference}".encode()).hexdigest().upper()
    doc = {
        "event": "transaction.updated",
        "data": {"transaction": transaction},
        "environment": "prod",
        "signature": {
            "properties": [
                "transaction.id",
                "transaction.status",
                "transaction.amount_in_cents",
            ],
            "checksum": checksum,
        },
        "timestamp": int(when.timestamp()) + 400,
        "sent_at": _stamp(when + dt.timedelta(seconds=400)),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dian_factura": dian_factura,
    "siigo_customer": siigo_customer,
    "alegra_contact": alegra_contact,
    "wompi_event": wompi_event,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its telephone, fax and
    mailboxes labelled."""
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

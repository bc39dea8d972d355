"""held_out_516 of the PII evaluation set: real phone fields of a kind of institution no earlier
Peruvian part used (the Seguro Social de Salud's (EsSalud's) primary-care establishments: its
postas médicas, centros médicos, centros de atención primaria and policlínicos, as the Ministry
of Health's registry of health establishments lists them; Peru's earlier parts took the IPRESS
registry's operational public hospitals and the Programa AURORA's Centros Emergencia Mujer)
exactly as published, in layouts no earlier part has, beside the registry's own names, codes,
ubigeos, addresses and districts.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Teléfono`` of 210 establishments (``scripts/data/
  pii_pe_essalud_establecimientos.json``, written by ``scripts/pe_essalud_establecimientos_data.
  py``; source and licence in that file): Peruvian numbers as each establishment typed them, a
  landline after its area code (``073-393395``, ``01-2360111``, ``074-56 5311``), a Lima line
  of seven digits (``4217702``, ``244-6007``), a mobile (``979195829``), two or four numbers
  after a slash or a wide gap (``074-428354 / 074-428370``, ``062-516121       062-513089``), an
  extension after ``ANEXO`` or in brackets (``01-6123600 (2132)``) or a private-network code
  after it (``067-456145 RPM: #790547``, ``074-266517 / *0001247``); the field is written whole
  wherever it stands and each number in it is labelled on its own by
  ``pii_held_out_14.labelled_record`` (a run of six digits, an RPM code or a local line such
  as the ``368658`` after ``73969150953   -``, is only a distractor there, as no person's line
  by ``personal_phone``; an extension of four digits is neither), every copy;
* the text around them is the same row's real fields: the establishment's name, ``Código
  Único``, classification, category, hours, street address, district, province, department and
  ``UBIGEO`` (zero-filled to six digits in the UBL address ids, as SUNAT's catalogue of ubigeos
  writes them), with EsSalud's RUC (``20131257750``), invented suppliers' and carriers' RUCs
  (check digit right), series and numbers, service orders, detraction accounts, amounts with
  IGV, weights, UNSPSC codes, dates and hours, unlabelled and scored;
* in layouts no earlier part has, formats of Peru's electronic invoicing (SUNAT's Sistema de
  Emisión Electrónica), text in Spanish: SUNAT UBL 2.1 facturas (``Invoice``, customization
  2.0, operation ``1001`` subject to detraction: an invented supplier's maintenance service at
  the establishment, its ``cac:Delivery`` the establishment's address and ubigeo, a
  ``cbc:Note`` giving the establishment's line), SUNAT UBL 2.1 guías de remisión remitente
  (``DespatchAdvice``, type ``09``: goods sent from an invented supplier's warehouse in Lima to
  the establishment, ``cac:DeliveryAddress`` its ubigeo and address, the line for the
  reception in a ``cbc:Note``), SUNAT UBL 2.1 notas de crédito (``CreditNote``, type ``07``,
  ``cac:DiscrepancyResponse`` code ``07`` devolución por ítem, its description giving the line
  to arrange the pick-up at the establishment, ``cac:BillingReference`` the invoice) and
  Facturador SUNAT (SFS) JSON files (``cabecera``, ``detalle``, ``leyendas``, ``tributos``,
  ``datoPago`` and ``detallePago``: a factura for a cleaning service whose ``desItem`` names the
  establishment, its address and its line). The formats' fields were written from the
  helper's memory of SUNAT's guides, no documentation being readable when the part was made.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded by
its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_516.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_pe_essalud_establecimientos.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_516.jsonl.gz"
SPLIT = "held_out_516"

LAYOUTS = ("sunat_factura_ubl", "sunat_gre_ubl", "sunat_nota_credito_ubl", "sunat_sfs_json")
PHONE = "Teléfono"
COLUMN = "telefono"
EDGES = {COLUMN: r"\d"}
PET = dt.timezone(dt.timedelta(hours=-5))
ESSALUD_RUC = "20131257750"
ESSALUD = "SEGURO SOCIAL DE SALUD"
NS = (
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
    'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
    'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"'
)
CATALOGUE = "urn:pe:gob:sunat:cpe:see:gem:catalogos:catalogo"

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented suppliers (a company's name, its fiscal address in Lima and that district's ubigeo)
SUPPLIERS = (
    ("SERVICIOS GENERALES SAN MARTIN DE PORRES S.A.C.", "AV. ARGENTINA 1450", "150101"),
    ("MANTENIMIENTO Y CONSTRUCCIONES DEL NORTE E.I.R.L.", "JR. ANCASH 872", "150101"),
    ("CORPORACION MEDICA Y LOGISTICA ANDINA S.A.C.", "AV. NICOLAS AYLLON 3520", "150103"),
    ("DISTRIBUIDORA DE INSUMOS HOSPITALARIOS LIMA NORTE S.A.C.", "AV. TUPAC AMARU 4100", "150110"),
    ("INVERSIONES Y SUMINISTROS PACIFICO S.A.C.", "AV. COLONIAL 2210", "150101"),
)
# invented services of an establishment's premises (description, UNSPSC code)
WORKS = (
    ("MANTENIMIENTO PREVENTIVO DE INSTALACIONES ELECTRICAS", "72151500"),
    ("MANTENIMIENTO PREVENTIVO DE EQUIPOS DE AIRE ACONDICIONADO", "72101507"),
    ("RECARGA Y MANTENIMIENTO DE EXTINTORES", "72101506"),
    ("LIMPIEZA Y DESINFECCION DE CISTERNA Y TANQUE ELEVADO", "76111500"),
    ("MANTENIMIENTO CORRECTIVO DE SERVICIOS HIGIENICOS", "72101502"),
)
# invented goods sent to an establishment (description, unit, quantity range, kg per unit)
GOODS = (
    ("GUANTE DE EXAMEN DE NITRILO TALLA M X 100", "CJ", (20, 120), 0.6),
    ("JERINGA DESCARTABLE 5 ML CON AGUJA 21G X 1 1/2", "CJ", (10, 60), 1.2),
    ("PAPEL TOALLA INTERFOLIADO X 200 HOJAS", "PQ", (10, 50), 0.9),
    ("ALCOHOL EN GEL 70% X 1 L", "NIU", (12, 48), 1.1),
    ("MASCARILLA QUIRURGICA DESCARTABLE 3 PLIEGUES X 50", "CJ", (20, 80), 0.3),
)
CLEANING = (
    "SERVICIO DE LIMPIEZA Y DESINFECCION DE AMBIENTES",
    "SERVICIO DE FUMIGACION, DESRATIZACION Y DESINSECTACION",
    "SERVICIO DE LAVADO DE CORTINAS Y PERSIANAS",
)
UNITS = ("CERO", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE")
TEENS = ("DIEZ", "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISEIS", "DIECISIETE",
         "DIECIOCHO", "DIECINUEVE")  # fmt: skip
TENS = ("", "", "VEINTE", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA",
        "NOVENTA")  # fmt: skip
HUNDREDS = ("", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS",
            "SEISCIENTOS", "SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS")  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The establishment's telephone field as published (one number or several)."""
    return _f(row, PHONE)


def international(value: str) -> bool:
    """Whether a number is written with a country code after ``+`` (none of the registry's
    is; an RPM code may begin ``00``, ``0001247``, and is no such number)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's telephone field labelled (each copy
    stands apart: no digit next to it)."""
    return field_copies(text, [(COLUMN, phone(row))], EDGES, {COLUMN: COLUMN}, row["path"])


def name(row: dict[str, Any]) -> str:
    """The establishment's name (``POSTA MEDICA NEGRITOS``)."""
    return _f(row, "Nombre del establecimiento")


def ubigeo(row: dict[str, Any]) -> str:
    """The district's ubigeo in six digits (the registry drops a leading ``0``: ``40101``)."""
    return _f(row, "UBIGEO").zfill(6)


def place(row: dict[str, Any]) -> str:
    """The address in one line: street, district, province, department."""
    parts = [_f(row, k) for k in ("Dirección", "Distrito", "Provincia", "Departamento")]
    return " - ".join(parts)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def ruc(rng: random.Random) -> str:
    """An invented company's RUC (``20`` and nine digits, the last SUNAT's check digit)."""
    body = "20" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return body + str((11 - total % 11) % 10)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Peru time)."""
    day = dt.datetime(2024, 2, 5, tzinfo=PET) + dt.timedelta(days=rng.randint(0, 300))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def amounts(rng: random.Random, low: int, high: int) -> tuple[str, str, str]:
    """An invented price before IGV, its IGV (18 %) and the total, as strings of two decimals."""
    base = Decimal(rng.randint(low * 100, high * 100)) / 100
    igv = (base * Decimal("0.18")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return _money(base), _money(igv), _money(base + igv)


def _below_thousand(n: int) -> str:
    if n == 100:
        return "CIEN"
    words = [HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    elif rest >= 20:
        tens, unit = divmod(rest, 10)
        if tens == 2 and unit:
            words.append("VEINTI" + UNITS[unit])
        else:
            words.append(TENS[tens] + (f" Y {UNITS[unit]}" if unit else ""))
    elif rest:
        words.append(UNITS[rest])
    return " ".join(w for w in words if w)


def in_words(total: str) -> str:
    """A total as SUNAT's legend ``1000`` writes it (``MIL CIENTO OCHO CON 50/100 SOLES``)."""
    soles, cents = total.split(".")
    thousands, rest = divmod(int(soles), 1000)
    words = []
    if thousands:
        words.append("MIL" if thousands == 1 else f"{_below_thousand(thousands)} MIL")
    if rest or not thousands:
        words.append(_below_thousand(rest) if rest else "CERO")
    return f"{' '.join(words)} CON {cents}/100 SOLES"


def _party(tag: str, number: str, legal: str, address: str = "") -> list[str]:
    """A UBL party of a SUNAT document: its RUC (``schemeID`` 6), name and legal entity."""
    lines = [
        f"  <cac:{tag}>",
        "    <cac:Party>",
        "      <cac:PartyIdentification>",
        f'        <cbc:ID schemeID="6" schemeName="Documento de Identidad" '
        f'schemeAgencyName="PE:SUNAT" schemeURI="{CATALOGUE}06">{number}</cbc:ID>',
        "      </cac:PartyIdentification>",
        "      <cac:PartyLegalEntity>",
        f"        <cbc:RegistrationName>{_x(legal)}</cbc:RegistrationName>",
    ]
    if address:
        lines += [
            "        <cac:RegistrationAddress>",
            "          <cbc:AddressTypeCode>0000</cbc:AddressTypeCode>",
            "          <cac:AddressLine>",
            f"            <cbc:Line>{_x(address)}</cbc:Line>",
            "          </cac:AddressLine>",
            "        </cac:RegistrationAddress>",
        ]
    return [*lines, "      </cac:PartyLegalEntity>", "    </cac:Party>", f"  </cac:{tag}>"]


def _head(root: str, series: str, when: dt.datetime, supplier: str) -> list[str]:
    """The opening of a SUNAT UBL 2.1 document: root, an empty extension for the signature,
    versions, series-number, issue date and time."""
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2" {NS}>',
        "  <ext:UBLExtensions>",
        "    <ext:UBLExtension>",
        "      <ext:ExtensionContent/>",
        "    </ext:UBLExtension>",
        "  </ext:UBLExtensions>",
        "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>",
        "  <cbc:CustomizationID>2.0</cbc:CustomizationID>",
        f"  <cbc:ID>{series}</cbc:ID>",
        f"  <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>",
        f"  <cbc:IssueTime>{when:%H:%M:%S}</cbc:IssueTime>",
    ]


def _signature(supplier_ruc: str, supplier: str) -> list[str]:
    return [
        "  <cac:Signature>",
        f"    <cbc:ID>SIGN{supplier_ruc}</cbc:ID>",
        "    <cac:SignatoryParty>",
        "      <cac:PartyIdentification>",
        f"        <cbc:ID>{supplier_ruc}</cbc:ID>",
        "      </cac:PartyIdentification>",
        "      <cac:PartyName>",
        f"        <cbc:Name>{_x(supplier)}</cbc:Name>",
        "      </cac:PartyName>",
        "    </cac:SignatoryParty>",
        "    <cac:DigitalSignatureAttachment>",
        "      <cac:ExternalReference>",
        "        <cbc:URI>#SignatureSP</cbc:URI>",
        "      </cac:ExternalReference>",
        "    </cac:DigitalSignatureAttachment>",
        "  </cac:Signature>",
    ]


def _tax_total(igv: str, base: str, indent: str = "  ", line: bool = False) -> list[str]:
    """A ``cac:TaxTotal`` of IGV (tax ``1000``, ``VAT``), on a line with its percent and
    affectation ``10``."""
    category = [f"{indent}      <cac:TaxCategory>"]
    if line:
        category += [
            f"{indent}        <cbc:Percent>18.00</cbc:Percent>",
            f'{indent}        <cbc:TaxExemptionReasonCode listAgencyName="PE:SUNAT" '
            f'listName="Afectacion del IGV" listURI="{CATALOGUE}07">10'
            "</cbc:TaxExemptionReasonCode>",
        ]
    category += [
        f"{indent}        <cac:TaxScheme>",
        f'{indent}          <cbc:ID schemeName="Codigo de tributos" schemeAgencyName="PE:SUNAT" '
        f'schemeURI="{CATALOGUE}05">1000</cbc:ID>',
        f"{indent}          <cbc:Name>IGV</cbc:Name>",
        f"{indent}          <cbc:TaxTypeCode>VAT</cbc:TaxTypeCode>",
        f"{indent}        </cac:TaxScheme>",
        f"{indent}      </cac:TaxCategory>",
    ]
    return [
        f"{indent}<cac:TaxTotal>",
        f'{indent}  <cbc:TaxAmount currencyID="PEN">{igv}</cbc:TaxAmount>',
        f"{indent}  <cac:TaxSubtotal>",
        f'{indent}    <cbc:TaxableAmount currencyID="PEN">{base}</cbc:TaxableAmount>',
        f'{indent}    <cbc:TaxAmount currencyID="PEN">{igv}</cbc:TaxAmount>',
        *category,
        f"{indent}  </cac:TaxSubtotal>",
        f"{indent}</cac:TaxTotal>",
    ]


def _line(tag: str, qty_tag: str, unit: str, qty: int, base: str, igv: str, total: str,
          item: str, code: str, unspsc: str) -> list[str]:  # fmt: skip
    """One invoice or credit-note line: quantity, value, unit price with IGV, IGV, the item."""
    unit_price = _money(Decimal(total) / qty)
    return [
        f"  <cac:{tag}>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:{qty_tag} unitCode="{unit}" unitCodeListID="UN/ECE rec 20" '
        f'unitCodeListAgencyName="United Nations Economic Commission for Europe">{qty}'
        f"</cbc:{qty_tag}>",
        f'    <cbc:LineExtensionAmount currencyID="PEN">{base}</cbc:LineExtensionAmount>',
        "    <cac:PricingReference>",
        "      <cac:AlternativeConditionPrice>",
        f'        <cbc:PriceAmount currencyID="PEN">{unit_price}</cbc:PriceAmount>',
        f'        <cbc:PriceTypeCode listName="Tipo de Precio" listAgencyName="PE:SUNAT" '
        f'listURI="{CATALOGUE}16">01</cbc:PriceTypeCode>',
        "      </cac:AlternativeConditionPrice>",
        "    </cac:PricingReference>",
        *_tax_total(igv, base, "    ", line=True),
        "    <cac:Item>",
        f"      <cbc:Description>{_x(item)}</cbc:Description>",
        "      <cac:SellersItemIdentification>",
        f"        <cbc:ID>{code}</cbc:ID>",
        "      </cac:SellersItemIdentification>",
        "      <cac:CommodityClassification>",
        f'        <cbc:ItemClassificationCode listID="UNSPSC" listAgencyName="GS1 US" '
        f'listName="Item Classification">{unspsc}</cbc:ItemClassificationCode>',
        "      </cac:CommodityClassification>",
        "    </cac:Item>",
        "    <cac:Price>",
        f'      <cbc:PriceAmount currencyID="PEN">{_money(Decimal(base) / qty)}</cbc:PriceAmount>',
        "    </cac:Price>",
        f"  </cac:{tag}>",
    ]


def _address(tag: str, row: dict[str, Any], indent: str) -> list[str]:
    """The establishment's address as a UBL address of SUNAT (ubigeo id, line, district,
    province, department, country)."""
    return [
        f"{indent}<cac:{tag}>",
        f'{indent}  <cbc:ID schemeAgencyName="PE:INEI" schemeName="Ubigeos">{ubigeo(row)}</cbc:ID>',
        f"{indent}  <cbc:CityName>{_x(_f(row, 'Provincia'))}</cbc:CityName>",
        f"{indent}  <cbc:CountrySubentity>{_x(_f(row, 'Departamento'))}</cbc:CountrySubentity>",
        f"{indent}  <cbc:District>{_x(_f(row, 'Distrito'))}</cbc:District>",
        f"{indent}  <cac:AddressLine>",
        f"{indent}    <cbc:Line>{_x(_f(row, 'Dirección'))}</cbc:Line>",
        f"{indent}  </cac:AddressLine>",
        f"{indent}  <cac:Country>",
        f'{indent}    <cbc:IdentificationCode listID="ISO 3166-1" listAgencyName="United '
        f'Nations Economic Commission for Europe" listName="Country">PE</cbc:IdentificationCode>',
        f"{indent}  </cac:Country>",
        f"{indent}</cac:{tag}>",
    ]


def sunat_factura_ubl(row: dict[str, Any], rng: random.Random) -> str:
    """A SUNAT UBL 2.1 factura (``Invoice``, type ``01``, operation ``1001`` subject to
    detraction): an invented supplier's maintenance service at the establishment for EsSalud,
    the amount in words (legend ``1000``) and the detraction legend (``2006``), a ``cbc:Note``
    naming the service order, the establishment, its code and its line, the order reference,
    the signature, supplier and customer, ``cac:Delivery`` at the establishment's address,
    the detraction account and its 12 %, credit terms in one instalment, IGV and totals."""
    when = _when(rng)
    supplier, street, district = rng.choice(SUPPLIERS)
    supplier_ruc = ruc(rng)
    work, unspsc = rng.choice(WORKS)
    base, igv, total = amounts(rng, 900, 14_000)
    order = f"{rng.randint(1, 4800):07d}"
    detraction = _money(Decimal(total) * Decimal("0.12"))
    due = when + dt.timedelta(days=30)
    note = (
        f"ORDEN DE SERVICIO N° {order}-{when.year}. SERVICIO PRESTADO EN {name(row)} "
        f"(CODIGO UNICO IPRESS {_f(row, 'Código Único')}), {_f(row, 'Dirección')}, "
        f"{_f(row, 'Distrito')}. CONFORMIDAD: JEFATURA DEL ESTABLECIMIENTO, TELEFONO "
        f"{phone(row)}"
    )
    lines = [
        *_head("Invoice", f"F001-{rng.randint(1, 9999):08d}", when, supplier),
        f"  <cbc:DueDate>{due:%Y-%m-%d}</cbc:DueDate>",
        f'  <cbc:InvoiceTypeCode listAgencyName="PE:SUNAT" listName="Tipo de Documento" '
        f'listURI="{CATALOGUE}01" listID="1001" name="Tipo de Operacion">01'
        "</cbc:InvoiceTypeCode>",
        f'  <cbc:Note languageLocaleID="1000">{in_words(total)}</cbc:Note>',
        '  <cbc:Note languageLocaleID="2006">Operación sujeta a detracción</cbc:Note>',
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        '  <cbc:DocumentCurrencyCode listID="ISO 4217 Alpha" listName="Currency" '
        'listAgencyName="United Nations Economic Commission for Europe">PEN'
        "</cbc:DocumentCurrencyCode>",
        "  <cbc:LineCountNumeric>1</cbc:LineCountNumeric>",
        "  <cac:OrderReference>",
        f"    <cbc:ID>{order}</cbc:ID>",
        "  </cac:OrderReference>",
        *_signature(supplier_ruc, supplier),
        *_party("AccountingSupplierParty", supplier_ruc, supplier, f"{street}, LIMA"),
        *_party("AccountingCustomerParty", ESSALUD_RUC, ESSALUD),
        "  <cac:Delivery>",
        "    <cac:DeliveryLocation>",
        *_address("Address", row, "      "),
        "    </cac:DeliveryLocation>",
        "  </cac:Delivery>",
        "  <cac:PaymentMeans>",
        "    <cbc:ID>Detraccion</cbc:ID>",
        "    <cbc:PaymentMeansCode>001</cbc:PaymentMeansCode>",
        "    <cac:PayeeFinancialAccount>",
        f"      <cbc:ID>00-{rng.randint(0, 999):03d}-{rng.randint(0, 999_999):06d}</cbc:ID>",
        "    </cac:PayeeFinancialAccount>",
        "  </cac:PaymentMeans>",
        "  <cac:PaymentTerms>",
        "    <cbc:ID>Detraccion</cbc:ID>",
        "    <cbc:PaymentMeansID>022</cbc:PaymentMeansID>",
        "    <cbc:PaymentPercent>12.00</cbc:PaymentPercent>",
        f'    <cbc:Amount currencyID="PEN">{detraction}</cbc:Amount>',
        "  </cac:PaymentTerms>",
        "  <cac:PaymentTerms>",
        "    <cbc:ID>FormaPago</cbc:ID>",
        "    <cbc:PaymentMeansID>Credito</cbc:PaymentMeansID>",
        f'    <cbc:Amount currencyID="PEN">{_money(Decimal(total) - Decimal(detraction))}'
        "</cbc:Amount>",
        "  </cac:PaymentTerms>",
        "  <cac:PaymentTerms>",
        "    <cbc:ID>FormaPago</cbc:ID>",
        "    <cbc:PaymentMeansID>Cuota001</cbc:PaymentMeansID>",
        f'    <cbc:Amount currencyID="PEN">{_money(Decimal(total) - Decimal(detraction))}'
        "</cbc:Amount>",
        f"    <cbc:PaymentDueDate>{due:%Y-%m-%d}</cbc:PaymentDueDate>",
        "  </cac:PaymentTerms>",
        *_tax_total(igv, base),
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:LineExtensionAmount currencyID="PEN">{base}</cbc:LineExtensionAmount>',
        f'    <cbc:TaxInclusiveAmount currencyID="PEN">{total}</cbc:TaxInclusiveAmount>',
        f'    <cbc:PayableAmount currencyID="PEN">{total}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        *_line(
            "InvoiceLine",
            "InvoicedQuantity",
            "ZZ",
            1,
            base,
            igv,
            total,
            f"{work} - {name(row)}",
            f"SERV-{rng.randint(100, 999)}",
            unspsc,
        ),  # fmt: skip
        "</Invoice>",
        "",
    ]
    return "\n".join(lines)


def sunat_gre_ubl(row: dict[str, Any], rng: random.Random) -> str:
    """A SUNAT UBL 2.1 guía de remisión remitente (``DespatchAdvice``, type ``09``): goods sent
    by an invented supplier to the establishment, a ``cbc:Note`` for the reception (the
    establishment's name, hours and line), supplier and EsSalud as parties, the shipment (a
    sale, ``01``; public transport, ``01``, by an invented carrier with its RUC and MTC
    registration; gross weight), ``cac:DeliveryAddress`` the establishment's ubigeo and
    address, ``cac:DespatchAddress`` the supplier's warehouse, and the despatch line."""
    when = _when(rng)
    supplier, street, district = rng.choice(SUPPLIERS)
    supplier_ruc, carrier_ruc = ruc(rng), ruc(rng)
    goods, unit, (low, high), kg = rng.choice(GOODS)
    qty = rng.randint(low, high)
    weight = f"{qty * kg + rng.randint(1, 9):.3f}"
    note = (
        f"ENTREGA EN ALMACEN DE {name(row)} ({_f(row, 'Clasificación')}). HORARIO DE "
        f"RECEPCION: {_f(row, 'Horario')}. COORDINAR LA ENTREGA AL TELEFONO {phone(row)}"
    )
    lines = [
        *_head("DespatchAdvice", f"T001-{rng.randint(1, 9999):08d}", when, supplier),
        f'  <cbc:DespatchAdviceTypeCode listAgencyName="PE:SUNAT" listName="Tipo de Documento" '
        f'listURI="{CATALOGUE}01">09</cbc:DespatchAdviceTypeCode>',
        f"  <cbc:Note>{_x(note)}</cbc:Note>",
        *_signature(supplier_ruc, supplier),
        *_party("DespatchSupplierParty", supplier_ruc, supplier),
        *_party("DeliveryCustomerParty", ESSALUD_RUC, ESSALUD),
        "  <cac:Shipment>",
        "    <cbc:ID>SUNAT_Envio</cbc:ID>",
        f'    <cbc:HandlingCode listAgencyName="PE:SUNAT" listName="Motivo de traslado" '
        f'listURI="{CATALOGUE}20">01</cbc:HandlingCode>',
        "    <cbc:HandlingInstructions>VENTA</cbc:HandlingInstructions>",
        f'    <cbc:GrossWeightMeasure unitCode="KGM">{weight}</cbc:GrossWeightMeasure>',
        "    <cac:ShipmentStage>",
        f'      <cbc:TransportModeCode listName="Modalidad de traslado" '
        f'listAgencyName="PE:SUNAT" listURI="{CATALOGUE}18">01</cbc:TransportModeCode>',
        "      <cac:TransitPeriod>",
        f"        <cbc:StartDate>{when + dt.timedelta(days=1):%Y-%m-%d}</cbc:StartDate>",
        "      </cac:TransitPeriod>",
        "      <cac:CarrierParty>",
        "        <cac:PartyIdentification>",
        f'          <cbc:ID schemeID="6">{carrier_ruc}</cbc:ID>',
        "        </cac:PartyIdentification>",
        "        <cac:PartyLegalEntity>",
        "          <cbc:RegistrationName>TRANSPORTES Y SERVICIOS LOGISTICOS "
        f"{rng.choice(('CHAVIN', 'PACHACAMAC', 'LOS ANDES', 'MOCHICA'))} S.A.C."
        "</cbc:RegistrationName>",
        f"          <cbc:CompanyID>{rng.randint(10000, 99999)}CNG</cbc:CompanyID>",
        "        </cac:PartyLegalEntity>",
        "      </cac:CarrierParty>",
        "    </cac:ShipmentStage>",
        "    <cac:Delivery>",
        *_address("DeliveryAddress", row, "      "),
        "      <cac:Despatch>",
        "        <cac:DespatchAddress>",
        f'          <cbc:ID schemeAgencyName="PE:INEI" schemeName="Ubigeos">{district}</cbc:ID>',
        "          <cac:AddressLine>",
        f"            <cbc:Line>{_x(street)}, LIMA</cbc:Line>",
        "          </cac:AddressLine>",
        "        </cac:DespatchAddress>",
        "      </cac:Despatch>",
        "    </cac:Delivery>",
        "  </cac:Shipment>",
        "  <cac:DespatchLine>",
        "    <cbc:ID>1</cbc:ID>",
        f'    <cbc:DeliveredQuantity unitCode="{unit}">{qty}</cbc:DeliveredQuantity>',
        "    <cac:OrderLineReference>",
        "      <cbc:LineID>1</cbc:LineID>",
        "    </cac:OrderLineReference>",
        "    <cac:Item>",
        f"      <cbc:Description>{_x(goods)}</cbc:Description>",
        "      <cac:SellersItemIdentification>",
        f"        <cbc:ID>MED-{rng.randint(1000, 9999)}</cbc:ID>",
        "      </cac:SellersItemIdentification>",
        "    </cac:Item>",
        "  </cac:DespatchLine>",
        "</DespatchAdvice>",
        "",
    ]
    return "\n".join(lines)


def sunat_nota_credito_ubl(row: dict[str, Any], rng: random.Random) -> str:
    """A SUNAT UBL 2.1 nota de crédito (``CreditNote``, type ``07``): ``cac:DiscrepancyResponse``
    code ``07`` (devolución por ítem) whose description names the goods returned from the
    establishment and gives its line to arrange the pick-up, ``cac:BillingReference`` the
    invoice it corrects, supplier and EsSalud, IGV, totals and the returned line."""
    when = _when(rng)
    supplier, street, _ = rng.choice(SUPPLIERS)
    supplier_ruc = ruc(rng)
    goods, unit, (low, high), _ = rng.choice(GOODS)
    qty = rng.randint(2, max(3, low // 2))
    base, igv, total = amounts(rng, 80, 2_400)
    invoice = f"F001-{rng.randint(1, 9999):08d}"
    reason = (
        f"DEVOLUCION DE {qty} {unit} DE {goods} NO CONFORMES RECIBIDOS EN {name(row)} "
        f"({_f(row, 'Distrito')}); COORDINAR EL RECOJO AL TELEFONO {phone(row)}"
    )
    lines = [
        *_head("CreditNote", f"FC01-{rng.randint(1, 999):08d}", when, supplier),
        f'  <cbc:Note languageLocaleID="1000">{in_words(total)}</cbc:Note>',
        '  <cbc:DocumentCurrencyCode listID="ISO 4217 Alpha" listName="Currency" '
        'listAgencyName="United Nations Economic Commission for Europe">PEN'
        "</cbc:DocumentCurrencyCode>",
        "  <cac:DiscrepancyResponse>",
        f"    <cbc:ReferenceID>{invoice}</cbc:ReferenceID>",
        f'    <cbc:ResponseCode listAgencyName="PE:SUNAT" listName="Tipo de nota de credito" '
        f'listURI="{CATALOGUE}09">07</cbc:ResponseCode>',
        f"    <cbc:Description>{_x(reason)}</cbc:Description>",
        "  </cac:DiscrepancyResponse>",
        "  <cac:BillingReference>",
        "    <cac:InvoiceDocumentReference>",
        f"      <cbc:ID>{invoice}</cbc:ID>",
        f'      <cbc:DocumentTypeCode listAgencyName="PE:SUNAT" listName="Tipo de Documento" '
        f'listURI="{CATALOGUE}01">01</cbc:DocumentTypeCode>',
        "    </cac:InvoiceDocumentReference>",
        "  </cac:BillingReference>",
        *_signature(supplier_ruc, supplier),
        *_party("AccountingSupplierParty", supplier_ruc, supplier, f"{street}, LIMA"),
        *_party("AccountingCustomerParty", ESSALUD_RUC, ESSALUD),
        *_tax_total(igv, base),
        "  <cac:LegalMonetaryTotal>",
        f'    <cbc:PayableAmount currencyID="PEN">{total}</cbc:PayableAmount>',
        "  </cac:LegalMonetaryTotal>",
        *_line(
            "CreditNoteLine",
            "CreditedQuantity",
            unit,
            qty,
            base,
            igv,
            total,
            goods,
            f"MED-{rng.randint(1000, 9999)}",
            "42132203",
        ),  # fmt: skip
        "</CreditNote>",
        "",
    ]
    return "\n".join(lines)


def sunat_sfs_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Facturador SUNAT (SFS) JSON file of a factura: ``cabecera`` (operation ``0101``, date,
    hour, due date, the issuing local's code, EsSalud's RUC and name, currency and totals, UBL
    2.1 and customization 2.0), one ``detalle`` whose ``desItem`` names the cleaning service,
    the establishment, its address and its line, the legend of the amount in words, the IGV in
    ``tributos``, and credit terms in ``datoPago`` and ``detallePago``."""
    when = _when(rng)
    base, igv, total = amounts(rng, 300, 6_000)
    service = rng.choice(CLEANING)
    due = when + dt.timedelta(days=rng.choice((15, 30, 45)))
    item = (
        f"{service} - {name(row)} - {place(row)} - CONTACTO DEL ESTABLECIMIENTO: TELEF. "
        f"{phone(row)} - PERIODO {when:%m/%Y}"
    )
    doc = {
        "cabecera": {
            "tipOperacion": "0101",
            "fecEmision": f"{when:%Y-%m-%d}",
            "horEmision": f"{when:%H:%M:%S}",
            "fecVencimiento": f"{due:%Y-%m-%d}",
            "codLocalEmisor": "0000",
            "tipDocUsuario": "6",
            "numDocUsuario": ESSALUD_RUC,
            "rznSocialUsuario": ESSALUD,
            "tipMoneda": "PEN",
            "sumTotTributos": igv,
            "sumTotValVenta": base,
            "sumPrecioVenta": total,
            "sumDescTotal": "0.00",
            "sumOtrosCargos": "0.00",
            "sumTotalAnticipos": "0.00",
            "sumImpVenta": total,
            "ublVersionId": "2.1",
            "customizationId": "2.0",
        },
        "detalle": [
            {
                "codUnidadMedida": "ZZ",
                "ctdUnidadItem": "1.00",
                "codProducto": f"SL{rng.randint(100, 999)}",
                "codProductoSUNAT": "76111501",
                "desItem": item,
                "mtoValorUnitario": base,
                "sumTotTributosItem": igv,
                "codTriIGV": "1000",
                "mtoIgvItem": igv,
                "mtoBaseIgvItem": base,
                "nomTributoIgvItem": "IGV",
                "codTipTributoIgvItem": "VAT",
                "tipAfeIGV": "10",
                "porIgvItem": "18.00",
                "codTriISC": "-",
                "mtoIscItem": "",
                "mtoBaseIscItem": "",
                "nomTributoIscItem": "",
                "codTipTributoIscItem": "",
                "tipSisISC": "",
                "porIscItem": "",
                "mtoPrecioVentaUnitario": total,
                "mtoValorVentaItem": base,
                "mtoValorReferencialUnitario": "0.00",
            }
        ],
        "leyendas": [{"codLeyenda": "1000", "desLeyenda": in_words(total)}],
        "tributos": [
            {
                "ideTributo": "1000",
                "nomTributo": "IGV",
                "codTipTributo": "VAT",
                "mtoBaseImponible": base,
                "mtoTributo": igv,
            }
        ],
        "datoPago": {
            "formaPago": "Credito",
            "mtoNetoPendientePago": total,
            "tipMonedaMtoNetoPendientePago": "PEN",
        },
        "detallePago": [
            {"mtoCuotaPago": total, "fecCuotaPago": f"{due:%Y-%m-%d}", "tipMonedaCuotaPago": "PEN"}
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sunat_factura_ubl": sunat_factura_ubl,
    "sunat_gre_ubl": sunat_gre_ubl,
    "sunat_nota_credito_ubl": sunat_nota_credito_ubl,
    "sunat_sfs_json": sunat_sfs_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each number of each copy of its
    telephone field labelled."""
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

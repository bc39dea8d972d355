"""held_out_506 of the PII evaluation set: real phone fields of a register no earlier part used
(El Salvador, which no earlier part took: the employers register of the Centro de Formación
Profesional Don Pedro Ricaldone, the companies, cooperatives, banks, municipalities and public
bodies whose staff the centre trains; no government or city register of Central America with
its phone fields was found in the searched repositories) exactly as written, in layouts no
earlier part has, beside the register's own names and addresses.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Tel`` of 300 employers (``scripts/data/pii_sv_ricaldone_empresas.json``,
  written by ``scripts/sv_ricaldone_empresas_data.py``; source and licence in that file):
  Salvadoran eight-digit numbers in two hyphenated groups of four (``2250-3389``), one
  seven-digit line as written (``224-7800``); where the field holds two numbers, one per line,
  each line is a value of its own (the one extension line, ``Ext. 147``, is not written); the
  register has no e-mail field, and no address is invented; every copy labelled;
* the text around them is the same row's real name and address (where it gives one; ``-``
  is written as the country's name), with invented NITs, NRCs (seven digits, phone-shaped,
  unlabelled on purpose: a real DTE carries them), RUCs, cédulas jurídicas, control numbers,
  generation codes, authorisation keys, amounts and dates, unlabelled and scored; no other
  party of a document is given a telephone or a mailbox (an issuer's ``telefono`` and
  ``correo`` are null where the format has them), so every phone-shaped value that is a
  number is the register's;
* in layouts no earlier part has, the electronic invoices of four Central American tax
  administrations, each addressed to the employer as the buyer, text in Spanish: a
  Comprobante de Crédito Fiscal of El Salvador's Ministerio de Hacienda (DTE JSON, schema
  ``fe-ccf-v3``, ``tipoDte`` 03: a training course invoiced to the employer, ``receptor``
  ``telefono`` the first number, an ``apendice`` repeating it and giving the second), a
  Panamanian export invoice of the DGI (``rFE`` XML, version 1.00, ``iDest`` 2, receiver type
  04 ``extranjero``: one ``dTfnRec`` per number, ``dInfEmFE`` repeating the first), a
  Guatemalan FEL of the SAT (``GTDocumento`` 0.1, ``FACT`` with ``Exp="SI"`` and the export
  complement, the numbers in the ``Adenda``) and a Costa Rican Factura Electrónica de
  Exportación of Hacienda (v4.4, the numbers in ``Otros``/``OtroTexto``).

Phones are labelled by ``labelled_record`` (each number of a value on its own; every value
here is one number). Each record is seeded by its own (split, locale, layout, index).
Committed with its data before it was ever scored.

    python scripts/pii_held_out_506.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_sv_ricaldone_empresas.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_506.jsonl.gz"
SPLIT = "held_out_506"

LAYOUTS = ("sv_dte_ccf", "pa_fe_exportacion", "gt_fel_exportacion", "cr_fee_exportacion")
PHONE = "Tel"
EDGES = {PHONE: r"\d"}
COLUMNS = {PHONE: PHONE}
SV_TZ = dt.timezone(dt.timedelta(hours=-6))

# data file (read once) and rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented courses a training centre invoices (names as the centre's course table writes them)
COURSES = (
    "MICROSOFT EXCEL BÁSICO",
    "MICROSOFT EXCEL PARA FINANCIEROS",
    "ATENCIÓN AL CLIENTE",
    "SEGURIDAD OCUPACIONAL",
    "MANTENIMIENTO ELÉCTRICO INDUSTRIAL",
    "SOLDADURA ELÉCTRICA BÁSICA",
)
# invented goods of the export invoices: (description, code, unit price)
GOODS = (
    ("Cable eléctrico THHN calibre 12, rollo de 100 m", "CAB-THHN-12", 48.5),
    ("Guantes de nitrilo, caja de 100 unidades", "GNT-NIT-100", 6.75),
    ("Papel bond carta 75 g, caja de 10 resmas", "PAP-BND-CT", 31.2),
    ("Lámpara LED industrial 150 W", "LED-IND-150", 58.9),
    ("Casco de seguridad tipo II", "CAS-SEG-T2", 9.4),
    ("Tóner para impresora láser, negro", "TON-LAS-BK", 44.0),
)
UNITS = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
    "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
    "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
)  # fmt: skip
TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
HUNDREDS = (
    "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
    "setecientos", "ochocientos", "novecientos",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as the register gives it, stripped ("" for NULL)."""
    return (row["fields"].get(key) or "").strip()


def phones(row: dict[str, Any]) -> list[str]:
    """The employer's numbers: the lines of its ``Tel`` that hold seven digits or more, each as
    written."""
    lines = (row["fields"].get(PHONE) or "").splitlines()
    return [line for line in lines if sum(c.isdigit() for c in line) >= 7]


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def name(row: dict[str, Any]) -> str:
    """The employer's name as the register writes it."""
    return _f(row, "Nombre")


def address(row: dict[str, Any]) -> str:
    """The employer's address as the register writes it; the country where it gives none
    (``-``)."""
    value = _f(row, "Direccion")
    return value if value not in ("", "-") else "El Salvador"


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the employer's numbers labelled (each
    copy stands apart: no digit next to it)."""
    return field_copies(text, [(PHONE, p) for p in phones(row)], EDGES, COLUMNS, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of a working day of 2024 (Central American time)."""
    day = dt.datetime(2024, 1, 15, tzinfo=SV_TZ) + dt.timedelta(days=rng.randint(0, 320))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def sv_nit(rng: random.Random) -> str:
    """An invented Salvadoran NIT of a company (fourteen digits: municipality, date, serial and
    check digit), as a DTE writes it, without hyphens."""
    born = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    return f"0614{born:%d%m%y}{rng.randint(100, 399)}{rng.randint(0, 9)}"


def _money(value: float) -> float:
    return round(value + 1e-9, 2)


def _words(n: int) -> str:
    """``n`` (0 to 999 999) in Spanish words, as a DTE's ``totalLetras`` writes an amount."""
    if n < 30:
        return UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return TENS[tens] + (f" y {UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if n == 100:
            return "cien"
        return HUNDREDS[hundreds] + (f" {_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "mil" if thousands == 1 else f"{_words(thousands)} mil"
    return head + (f" {_words(rest)}" if rest else "")


def total_letras(amount: float) -> str:
    """An amount in words with its cents over 100, in dollars (``CIENTO DOS 45/100 USD``)."""
    whole, cents = divmod(round(amount * 100), 100)
    return f"{_words(whole).upper()} {cents:02d}/100 USD"


def _json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def sv_dte_ccf(row: dict[str, Any], rng: random.Random) -> str:
    """A Comprobante de Crédito Fiscal of El Salvador's Ministerio de Hacienda (DTE JSON,
    ``fe-ccf-v3``): ``identificacion`` (version 3, ``tipoDte`` 03, a control number
    ``DTE-03-M001P001-…``, an upper-case UUID as ``codigoGeneracion``), an invented training
    institute as ``emisor`` (its ``telefono`` and ``correo`` null), the employer as
    ``receptor`` (invented NIT and NRC, its name, address and first number), one course as the
    ``cuerpoDocumento``, the ``resumen`` with IVA at 13 % and the amount in words, and an
    ``apendice`` repeating the first number for the course's coordination and giving the
    second where the employer has two."""
    when = _when(rng)
    course = rng.choice(COURSES)
    people = rng.randint(4, 25)
    price = round(rng.uniform(35, 180), 2)
    gravada = _money(people * price)
    iva = _money(gravada * 0.13)
    total = _money(gravada + iva)
    numbers = phones(row)
    apendice = [
        {
            "campo": "contactoCurso",
            "etiqueta": "Coordinación del curso",
            "valor": f"Confirmar participantes al teléfono {numbers[0]}",
        }
    ]
    if len(numbers) > 1:
        apendice.append(
            {"campo": "telefonoAlterno", "etiqueta": "Teléfono alterno", "valor": numbers[1]}
        )
    apendice.append(
        {
            "campo": "codigoCurso",
            "etiqueta": "Código del curso",
            "valor": f"ITR-FCOO-{rng.randint(10, 99)}",
        }
    )
    doc = {
        "identificacion": {
            "version": 3,
            "ambiente": "01",
            "tipoDte": "03",
            "numeroControl": f"DTE-03-M001P001-{rng.randint(1, 99999):015d}",
            "codigoGeneracion": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
            "tipoModelo": 1,
            "tipoOperacion": 1,
            "tipoContingencia": None,
            "motivoContin": None,
            "fecEmi": f"{when:%Y-%m-%d}",
            "horEmi": f"{when:%H:%M:%S}",
            "tipoMoneda": "USD",
        },
        "documentoRelacionado": None,
        "emisor": {
            "nit": sv_nit(rng),
            "nrc": f"{rng.randint(100000, 999999)}{rng.randint(0, 9)}",
            "nombre": "INSTITUTO DE CAPACITACIÓN TÉCNICA Y LABORAL",
            "codActividad": "85499",
            "descActividad": "Otros tipos de enseñanza n.c.p.",
            "nombreComercial": "INCATEL",
            "tipoEstablecimiento": "01",
            "direccion": {
                "departamento": "06",
                "municipio": "17",
                "complemento": "Calle a Plan del Pino, Soyapango, San Salvador",
            },
            "telefono": None,
            "correo": None,
            "codEstableMH": "M001",
            "codEstable": None,
            "codPuntoVentaMH": "P001",
            "codPuntoVenta": None,
        },
        "receptor": {
            "nit": sv_nit(rng),
            "nrc": f"{rng.randint(10000, 999999)}{rng.randint(0, 9)}",
            "nombre": name(row),
            "codActividad": rng.choice(("46900", "10791", "64190", "84110", "47190")),
            "descActividad": "Actividad económica declarada por el receptor",
            "nombreComercial": None,
            "direccion": {"departamento": "06", "municipio": "14", "complemento": address(row)},
            "telefono": numbers[0],
            "correo": None,
        },
        "otrosDocumentos": None,
        "ventaTercero": None,
        "cuerpoDocumento": [
            {
                "numItem": 1,
                "tipoItem": 2,
                "numeroDocumento": None,
                "codigo": None,
                "codTributo": None,
                "descripcion": f"Curso de capacitación: {course} ({people} participantes)",
                "cantidad": people,
                "uniMedida": 59,
                "precioUni": price,
                "montoDescu": 0.0,
                "ventaNoSuj": 0.0,
                "ventaExenta": 0.0,
                "ventaGravada": gravada,
                "tributos": ["20"],
                "psv": 0.0,
                "noGravado": 0.0,
            }
        ],
        "resumen": {
            "totalNoSuj": 0.0,
            "totalExenta": 0.0,
            "totalGravada": gravada,
            "subTotalVentas": gravada,
            "descuNoSuj": 0.0,
            "descuExenta": 0.0,
            "descuGravada": 0.0,
            "porcentajeDescuento": 0.0,
            "totalDescu": 0.0,
            "tributos": [
                {"codigo": "20", "descripcion": "Impuesto al Valor Agregado 13%", "valor": iva}
            ],
            "subTotal": gravada,
            "ivaPerci1": 0.0,
            "ivaRete1": 0.0,
            "reteRenta": 0.0,
            "montoTotalOperacion": total,
            "totalNoGravado": 0.0,
            "totalPagar": total,
            "totalLetras": total_letras(total),
            "saldoFavor": 0.0,
            "condicionOperacion": 2,
            "pagos": [
                {"codigo": "05", "montoPago": total, "referencia": None, "plazo": "01",
                 "periodo": 30}
            ],
            "numPagoElectronico": None,
        },
        "extension": None,
        "apendice": apendice,
    }  # fmt: skip
    return _json(doc)


def pa_fe_exportacion(row: dict[str, Any], rng: random.Random) -> str:
    """A Panamanian export invoice of the DGI (``rFE`` XML, ``dVerForm`` 1.00, namespace
    ``http://dgi-fep.mef.gob.pa``): an invented CUFE as ``dId``, ``gDGen`` (production
    environment, document 01, an invented number, ``iDest`` 2 for export), an invented
    distributor of the Zona Libre de Colón as ``gEmis`` (RUC, DV, address and location codes;
    no telephone), the employer as ``gDatRec`` of type 04 (its name, address, ``gIdExt`` with
    an invented NIT and the country, one ``dTfnRec`` per number, ``cPaisRec`` SV),
    ``dInfEmFE`` repeating the first number for the delivery, the export group ``gFExp``, one
    exempt item and the totals."""
    when = _when(rng) + dt.timedelta(hours=1)
    desc, code, unit = rng.choice(GOODS)
    qty = rng.randint(5, 120)
    amount = _money(qty * unit)
    numbers = phones(row)
    ruc = f"{rng.randint(1000000, 2999999)}-1-{rng.randint(500000, 899999)}"
    dv = f"{rng.randint(0, 99):02d}"
    number = rng.randint(1, 99999)
    cufe = f"FE01200000{_digits(rng, 16)}{when:%Y%m%d}{number:010d}{_digits(rng, 20)}"
    info = (
        f"Mercancía en tránsito hacia El Salvador. Coordinar la entrega con el cliente al "
        f"teléfono {numbers[0]}."
    )
    tfn = "".join(f"\n      <dTfnRec>{_x(p)}</dTfnRec>" for p in numbers)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rFE xmlns="http://dgi-fep.mef.gob.pa">\n'
        "  <dVerForm>1.00</dVerForm>\n"
        f"  <dId>{cufe}</dId>\n"
        "  <gDGen>\n"
        "    <iAmb>1</iAmb>\n"
        "    <iTpEmis>01</iTpEmis>\n"
        "    <iDoc>01</iDoc>\n"
        f"    <dNroDF>{number:010d}</dNroDF>\n"
        "    <dPtoFacDF>001</dPtoFacDF>\n"
        f"    <dSeg>{_digits(rng, 9)}</dSeg>\n"
        f"    <dFechaEm>{when:%Y-%m-%dT%H:%M:%S}-05:00</dFechaEm>\n"
        "    <iNatOp>01</iNatOp>\n"
        "    <iTipoOp>1</iTipoOp>\n"
        "    <iDest>2</iDest>\n"
        "    <iFormCAFE>1</iFormCAFE>\n"
        "    <iEntCAFE>3</iEntCAFE>\n"
        "    <dEnvFE>1</dEnvFE>\n"
        "    <iProGen>1</iProGen>\n"
        "    <iTipoTranVenta>1</iTipoTranVenta>\n"
        f"    <dInfEmFE>{_x(info)}</dInfEmFE>\n"
        "    <gEmis>\n"
        "      <gRucEmi>\n"
        "        <dTipoRuc>2</dTipoRuc>\n"
        f"        <dRuc>{ruc}</dRuc>\n"
        f"        <dDV>{dv}</dDV>\n"
        "      </gRucEmi>\n"
        "      <dNombEm>DISTRIBUIDORA ISTMEÑA DE ZONA LIBRE, S.A.</dNombEm>\n"
        "      <dSucEm>0000</dSucEm>\n"
        "      <dCoordEm>+9.3547,-79.9001</dCoordEm>\n"
        "      <dDirecEm>Zona Libre de Colón, Calle 16, Edificio 41</dDirecEm>\n"
        "      <gUbiEm>\n"
        "        <dCodUbi>3-1-1</dCodUbi>\n"
        "        <dCorreg>BARRIO NORTE</dCorreg>\n"
        "        <dDistr>COLÓN</dDistr>\n"
        "        <dProv>COLÓN</dProv>\n"
        "      </gUbiEm>\n"
        "    </gEmis>\n"
        "    <gDatRec>\n"
        "      <iTipoRec>04</iTipoRec>\n"
        f"      <dNombRec>{_x(name(row))}</dNombRec>\n"
        f"      <dDirecRec>{_x(address(row))}</dDirecRec>\n"
        "      <gIdExt>\n"
        f"        <dIdExt>{sv_nit(rng)}</dIdExt>\n"
        "        <dPaisExt>EL SALVADOR</dPaisExt>\n"
        f"      </gIdExt>{tfn}\n"
        "      <cPaisRec>SV</cPaisRec>\n"
        "    </gDatRec>\n"
        "    <gFExp>\n"
        "      <cCondEntr>CIF</cCondEntr>\n"
        "      <cMoneda>USD</cMoneda>\n"
        "      <dPuertoEmbarq>MANZANILLO INTERNATIONAL TERMINAL</dPuertoEmbarq>\n"
        "    </gFExp>\n"
        "  </gDGen>\n"
        "  <gItem>\n"
        "    <dSecItem>1</dSecItem>\n"
        f"    <dDescProd>{_x(desc)}</dDescProd>\n"
        f"    <dCodProd>{code}</dCodProd>\n"
        "    <cUnidad>und</cUnidad>\n"
        f"    <dCantCodInt>{qty:.2f}</dCantCodInt>\n"
        "    <gPrecios>\n"
        f"      <dPrUnit>{unit:.2f}</dPrUnit>\n"
        "      <dPrUnitDesc>0.00</dPrUnitDesc>\n"
        f"      <dPrItem>{amount:.2f}</dPrItem>\n"
        f"      <dValTotItem>{amount:.2f}</dValTotItem>\n"
        "    </gPrecios>\n"
        "    <gITBMSItem>\n"
        "      <dTasaITBMS>00</dTasaITBMS>\n"
        "      <dValITBMS>0.00</dValITBMS>\n"
        "    </gITBMSItem>\n"
        "  </gItem>\n"
        "  <gTot>\n"
        f"    <dTotNeto>{amount:.2f}</dTotNeto>\n"
        "    <dTotITBMS>0.00</dTotITBMS>\n"
        "    <dTotGravado>0.00</dTotGravado>\n"
        f"    <dVTot>{amount:.2f}</dVTot>\n"
        f"    <dTotRec>{amount:.2f}</dTotRec>\n"
        "    <iPzPag>2</iPzPag>\n"
        "    <dNroItems>1</dNroItems>\n"
        f"    <dVTotItems>{amount:.2f}</dVTotItems>\n"
        "    <gFormaPago>\n"
        "      <iFormaPago>01</iFormaPago>\n"
        f"      <dVlrCuota>{amount:.2f}</dVlrCuota>\n"
        "    </gFormaPago>\n"
        "  </gTot>\n"
        "</rFE>\n"
    )


def gt_fel_exportacion(row: dict[str, Any], rng: random.Random) -> str:
    """A Guatemalan FEL of the SAT (``GTDocumento`` 0.1, namespace
    ``http://www.sat.gob.gt/dte/fel/0.2.0``): a ``FACT`` with ``Exp="SI"`` in dollars from an
    invented exporter (NIT, establishment, address; no telephone, ``CorreoEmisor`` empty) to
    the employer (``TipoEspecial`` EXT, an invented NIT as ``IDReceptor``, its name and
    address, country SV), the export phrase, one exempt item, the totals and the export
    complement naming the employer as consignee and buyer; the ``Adenda`` gives a client code,
    the employer's numbers and a delivery note repeating the first."""
    when = _when(rng)
    desc, code, unit = rng.choice(GOODS)
    qty = rng.randint(5, 120)
    amount = _money(qty * unit)
    numbers = phones(row)
    nit = f"{rng.randint(1000000, 99999999)}{rng.choice('0123456789K')}"
    receiver = sv_nit(rng)
    client = f"SV-{rng.randint(1000, 9999)}"
    tel = [f"      <TelefonoCliente>{_x(numbers[0])}</TelefonoCliente>"]
    tel += [f"      <TelefonoCliente{i}>{_x(p)}</TelefonoCliente{i}>" for i, p in
            enumerate(numbers[1:], start=2)]  # fmt: skip
    note = f"Entrega en bodega del cliente; confirmar recepción al teléfono {numbers[0]}."
    nm, ad = _x(name(row)), _x(address(row))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<dte:GTDocumento xmlns:dte="http://www.sat.gob.gt/dte/fel/0.2.0" '
        'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Version="0.1">\n'
        '  <dte:SAT ClaseDocumento="dte">\n'
        '    <dte:DTE ID="DatosCertificados">\n'
        '      <dte:DatosEmision ID="DatosEmision">\n'
        f'        <dte:DatosGenerales CodigoMoneda="USD" Exp="SI" '
        f'FechaHoraEmision="{when:%Y-%m-%dT%H:%M:%S}-06:00" Tipo="FACT"/>\n'
        '        <dte:Emisor AfiliacionIVA="GEN" CodigoEstablecimiento="1" CorreoEmisor="" '
        f'NITEmisor="{nit}" NombreComercial="EXPORTADORA CHAPINA" '
        'NombreEmisor="EXPORTADORA CHAPINA, SOCIEDAD ANONIMA">\n'
        "          <dte:DireccionEmisor>\n"
        "            <dte:Direccion>Calzada Aguilar Batres 34-70, zona 11</dte:Direccion>\n"
        "            <dte:CodigoPostal>01011</dte:CodigoPostal>\n"
        "            <dte:Municipio>Guatemala</dte:Municipio>\n"
        "            <dte:Departamento>Guatemala</dte:Departamento>\n"
        "            <dte:Pais>GT</dte:Pais>\n"
        "          </dte:DireccionEmisor>\n"
        "        </dte:Emisor>\n"
        f'        <dte:Receptor IDReceptor="{receiver}" NombreReceptor={quoteattr(name(row))} '
        'TipoEspecial="EXT">\n'
        "          <dte:DireccionReceptor>\n"
        f"            <dte:Direccion>{ad}</dte:Direccion>\n"
        "            <dte:CodigoPostal>01101</dte:CodigoPostal>\n"
        "            <dte:Municipio>San Salvador</dte:Municipio>\n"
        "            <dte:Departamento>San Salvador</dte:Departamento>\n"
        "            <dte:Pais>SV</dte:Pais>\n"
        "          </dte:DireccionReceptor>\n"
        "        </dte:Receptor>\n"
        "        <dte:Frases>\n"
        '          <dte:Frase CodigoEscenario="1" TipoFrase="4"/>\n'
        "        </dte:Frases>\n"
        "        <dte:Items>\n"
        '          <dte:Item BienOServicio="B" NumeroLinea="1">\n'
        f"            <dte:Cantidad>{qty}</dte:Cantidad>\n"
        "            <dte:UnidadMedida>UNI</dte:UnidadMedida>\n"
        f"            <dte:Descripcion>{code}|{_x(desc)}</dte:Descripcion>\n"
        f"            <dte:PrecioUnitario>{unit:.2f}</dte:PrecioUnitario>\n"
        f"            <dte:Precio>{amount:.2f}</dte:Precio>\n"
        "            <dte:Descuento>0.00</dte:Descuento>\n"
        "            <dte:Impuestos>\n"
        "              <dte:Impuesto>\n"
        "                <dte:NombreCorto>IVA</dte:NombreCorto>\n"
        "                <dte:CodigoUnidadGravable>2</dte:CodigoUnidadGravable>\n"
        f"                <dte:MontoGravable>{amount:.2f}</dte:MontoGravable>\n"
        "                <dte:MontoImpuesto>0.00</dte:MontoImpuesto>\n"
        "              </dte:Impuesto>\n"
        "            </dte:Impuestos>\n"
        f"            <dte:Total>{amount:.2f}</dte:Total>\n"
        "          </dte:Item>\n"
        "        </dte:Items>\n"
        "        <dte:Totales>\n"
        "          <dte:TotalImpuestos>\n"
        '            <dte:TotalImpuesto NombreCorto="IVA" TotalMontoImpuesto="0.00"/>\n'
        "          </dte:TotalImpuestos>\n"
        f"          <dte:GranTotal>{amount:.2f}</dte:GranTotal>\n"
        "        </dte:Totales>\n"
        "        <dte:Complementos>\n"
        '          <dte:Complemento IDComplemento="EXPORTACION" NombreComplemento="EXPORTACION" '
        'URIComplemento="http://www.sat.gob.gt/face2/ComplementoExportaciones/0.1.0">\n'
        '            <cex:Exportacion xmlns:cex="http://www.sat.gob.gt/face2/'
        'ComplementoExportaciones/0.1.0" Version="1">\n'
        f"              <cex:NombreConsignatarioODestinatario>{nm}"
        "</cex:NombreConsignatarioODestinatario>\n"
        f"              <cex:DireccionConsignatarioODestinatario>{ad}"
        "</cex:DireccionConsignatarioODestinatario>\n"
        f"              <cex:CodigoConsignatarioODestinatario>{client}"
        "</cex:CodigoConsignatarioODestinatario>\n"
        f"              <cex:NombreComprador>{nm}</cex:NombreComprador>\n"
        f"              <cex:DireccionComprador>{ad}</cex:DireccionComprador>\n"
        f"              <cex:CodigoComprador>{client}</cex:CodigoComprador>\n"
        f"              <cex:OtraReferencia>PEDIDO {rng.randint(10000, 99999)}"
        "</cex:OtraReferencia>\n"
        "              <cex:INCOTERM>DAP</cex:INCOTERM>\n"
        "              <cex:NombreExportador>EXPORTADORA CHAPINA, SOCIEDAD ANONIMA"
        "</cex:NombreExportador>\n"
        f"              <cex:CodigoExportador>EXP-{rng.randint(1000, 9999)}"
        "</cex:CodigoExportador>\n"
        "            </cex:Exportacion>\n"
        "          </dte:Complemento>\n"
        "        </dte:Complementos>\n"
        "      </dte:DatosEmision>\n"
        "    </dte:DTE>\n"
        "    <dte:Adenda>\n"
        f"      <Codigo_cliente>{client}</Codigo_cliente>\n" + "\n".join(tel) + "\n"
        f"      <Observaciones>{_x(note)}</Observaciones>\n"
        "    </dte:Adenda>\n"
        "  </dte:SAT>\n"
        "</dte:GTDocumento>\n"
    )


def cr_clave(rng: random.Random, when: dt.datetime, cedula: str, consecutive: str) -> str:
    """An invented fifty-digit key of a Costa Rican electronic document: 506, the day, month
    and year, the issuer's identification on twelve digits, the consecutive number, the
    situation (1, normal) and an eight-digit security code."""
    return f"506{when:%d%m%y}{cedula:0>12}{consecutive}1{_digits(rng, 8)}"


def cr_fee_exportacion(row: dict[str, Any], rng: random.Random) -> str:
    """A Costa Rican Factura Electrónica de Exportación of Hacienda (v4.4, namespace
    ``https://cdn.comprobanteselectronicos.go.cr/xml-schemas/v4.4/
    facturaElectronicaExportacion``): an invented key and consecutive number (type 09), the
    activity code, an invented exporter (cédula jurídica, location codes; no telephone or
    mailbox) and the employer as a foreign receiver (an invented NIT as
    ``IdentificacionExtranjero``, its address as ``OtrasSenasExtranjero``), one exempt line
    with its CABYS code and tariff heading, the summary in dollars, and ``Otros`` with one
    ``OtroTexto`` per number and a delivery note repeating the first."""
    when = _when(rng)
    desc, code, unit = rng.choice(GOODS)
    qty = rng.randint(5, 120)
    amount = _money(qty * unit)
    numbers = phones(row)
    cedula = f"3101{rng.randint(100000, 999999)}"
    consecutive = f"00100001{'09'}{rng.randint(1, 9999999999):010d}"
    others = [
        f'    <OtroTexto codigo="TelefonoReceptor{"" if i == 1 else i}">{_x(p)}</OtroTexto>'
        for i, p in enumerate(numbers, start=1)
    ]
    others.append(
        '    <OtroTexto codigo="Entrega">Coordinar la entrega con el cliente al teléfono '
        f"{_x(numbers[0])}.</OtroTexto>"
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<FacturaElectronicaExportacion xmlns="https://cdn.comprobanteselectronicos.go.cr/'
        'xml-schemas/v4.4/facturaElectronicaExportacion">\n'
        f"  <Clave>{cr_clave(rng, when, cedula, consecutive)}</Clave>\n"
        f"  <ProveedorSistemas>{cedula}</ProveedorSistemas>\n"
        "  <CodigoActividadEmisor>465900</CodigoActividadEmisor>\n"
        f"  <NumeroConsecutivo>{consecutive}</NumeroConsecutivo>\n"
        f"  <FechaEmision>{when:%Y-%m-%dT%H:%M:%S}-06:00</FechaEmision>\n"
        "  <Emisor>\n"
        "    <Nombre>COMERCIALIZADORA TICA DEL PACÍFICO S.A.</Nombre>\n"
        "    <Identificacion>\n"
        "      <Tipo>02</Tipo>\n"
        f"      <Numero>{cedula}</Numero>\n"
        "    </Identificacion>\n"
        "    <Ubicacion>\n"
        "      <Provincia>2</Provincia>\n"
        "      <Canton>01</Canton>\n"
        "      <Distrito>01</Distrito>\n"
        "      <OtrasSenas>Zona Franca Coyol, edificio B12</OtrasSenas>\n"
        "    </Ubicacion>\n"
        "  </Emisor>\n"
        "  <Receptor>\n"
        f"    <Nombre>{_x(name(row))}</Nombre>\n"
        f"    <IdentificacionExtranjero>{sv_nit(rng)}</IdentificacionExtranjero>\n"
        f"    <OtrasSenasExtranjero>{_x(address(row))}, El Salvador</OtrasSenasExtranjero>\n"
        "  </Receptor>\n"
        "  <CondicionVenta>02</CondicionVenta>\n"
        "  <PlazoCredito>30</PlazoCredito>\n"
        "  <DetalleServicio>\n"
        "    <LineaDetalle>\n"
        "      <NumeroLinea>1</NumeroLinea>\n"
        f"      <PartidaArancelaria>{_digits(rng, 12)}</PartidaArancelaria>\n"
        f"      <CodigoCABYS>{_digits(rng, 13)}</CodigoCABYS>\n"
        f"      <CodigoComercial><Tipo>01</Tipo><Codigo>{code}</Codigo></CodigoComercial>\n"
        f"      <Cantidad>{qty}</Cantidad>\n"
        "      <UnidadMedida>Unid</UnidadMedida>\n"
        f"      <Detalle>{_x(desc)}</Detalle>\n"
        f"      <PrecioUnitario>{unit:.5f}</PrecioUnitario>\n"
        f"      <MontoTotal>{amount:.5f}</MontoTotal>\n"
        f"      <SubTotal>{amount:.5f}</SubTotal>\n"
        f"      <BaseImponible>{amount:.5f}</BaseImponible>\n"
        "      <Impuesto>\n"
        "        <Codigo>01</Codigo>\n"
        "        <CodigoTarifaIVA>01</CodigoTarifaIVA>\n"
        "        <Tarifa>0.00</Tarifa>\n"
        "        <Monto>0.00000</Monto>\n"
        "      </Impuesto>\n"
        "      <ImpuestoNeto>0.00000</ImpuestoNeto>\n"
        f"      <MontoTotalLinea>{amount:.5f}</MontoTotalLinea>\n"
        "    </LineaDetalle>\n"
        "  </DetalleServicio>\n"
        "  <ResumenFactura>\n"
        "    <CodigoTipoMoneda>\n"
        "      <CodigoMoneda>USD</CodigoMoneda>\n"
        f"      <TipoCambio>{rng.uniform(495, 530):.2f}</TipoCambio>\n"
        "    </CodigoTipoMoneda>\n"
        f"    <TotalMercanciasExentas>{amount:.5f}</TotalMercanciasExentas>\n"
        f"    <TotalExento>{amount:.5f}</TotalExento>\n"
        f"    <TotalVenta>{amount:.5f}</TotalVenta>\n"
        f"    <TotalVentaNeta>{amount:.5f}</TotalVentaNeta>\n"
        "    <TotalImpuesto>0.00000</TotalImpuesto>\n"
        "    <MedioPago>\n"
        "      <TipoMedioPago>04</TipoMedioPago>\n"
        f"      <TotalMedioPago>{amount:.5f}</TotalMedioPago>\n"
        "    </MedioPago>\n"
        f"    <TotalComprobante>{amount:.5f}</TotalComprobante>\n"
        "  </ResumenFactura>\n"
        "  <Otros>\n" + "\n".join(others) + "\n"
        "  </Otros>\n"
        "</FacturaElectronicaExportacion>\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sv_dte_ccf": sv_dte_ccf,
    "pa_fe_exportacion": pa_fe_exportacion,
    "gt_fel_exportacion": gt_fel_exportacion,
    "cr_fee_exportacion": cr_fee_exportacion,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers
    labelled."""
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

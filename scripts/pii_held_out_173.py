"""held_out_173 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Junta de Castilla y León's directory of libraries; Spain's earlier parts
took the XTEC and Comunidad de Madrid school registers and Eurostat's hospitals) exactly as
published, in layouts no earlier part has, beside the directory's own ids, postcodes and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, ES (Catalan and Madrid schools, hospitals) and
many others; here:

* the values are the ``Telefono``, ``Fax``, ``FaxOficial`` and ``Email`` fields of 367 of the
  directory's 369 libraries (``scripts/data/pii_es_cyl_libraries.json``, written by
  ``scripts/es_cyl_libraries_data.py``; source and licence in that file): Spanish nine-digit
  numbers as the directory writes them, in three groups (``921 551 920``), in one run
  (``921551920``) or in 3-2-2-2 groups (``987 21 14 54``), many with a note after the number
  kept as published (``983 684 034 (Ayto.)``, ``979 165 800 - Ext. 1234``; an extension is no
  number of its own, and a six-digit one, ``983 413 600  - Ext. 806430``, stays an unlabelled
  distractor), one or two per field, each number labelled once where the document writes it;
  the libraries' and town halls' e-mail addresses (``bpsegovia@jcyl.es``), each labelled;
* the text around them is the same row's real fields: the name, street, postcode (``40500``),
  locality, province, the directory's ids (``1191909671559``), last update (``20150910``),
  coordinates and the entry's link, with invented invoice numbers and amounts, tax ids of
  bodies and companies (``P4019200D``-shaped, ``B`` and eight digits), registry entry
  numbers, DIR3-shaped unit codes, dates, file sizes and checksums, unlabelled and scored;
* in layouts no earlier part has, Spanish public-administration and library-preservation
  formats, text in Spanish: Facturae 3.2.2 e-invoices to the library (the buyer's
  ``AdministrativeCentre`` and ``LegalEntity`` with ``ContactDetails``: ``Telephone``,
  ``TeleFax``, ``ElectronicMail``, a value the schema's 15 characters do not hold and the
  second number in ``AdditionalContactDetails``), SICRES 3.0 registry-exchange files of an
  entry the library files (``De_Interesado`` with ``Telefono_Contacto_Interesado``,
  ``Correo_Electronico_Interesado`` and the other numbers in ``Observaciones``), METS 1.12
  documents of an item it digitised (the ``metsHdr`` creator ``agent`` with its contacts in
  ``note``s) and BagIt bag-info.txt files (RFC 8493: ``Source-Organization``,
  ``Contact-Phone``, ``Contact-Email``, a ``Contact-Fax`` of the library's own).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_173.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_cyl_libraries.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_173.jsonl.gz"
SPLIT = "held_out_173"

LAYOUTS = ("facturae_invoice", "sicres3_exchange", "mets_document", "bagit_info")
PHONE, FAX, FAX_OFFICIAL, EMAIL = "Telefono", "Fax", "FaxOficial", "Email"
FACTURAE_MAX = 15  # the schema's length of ``Telephone`` and ``TeleFax``

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a value's place in a layout's text, before the record is labelled: kind, column, value
_MARK = re.compile("\ue000(phone|email)\ue002([^\ue002]*)\ue002([^\ue001]*)\ue001")

# invented items and subjects (no real invoice, entry or digitised work is meant)
ITEMS = (
    "Lote de novedades editoriales (narrativa adulta)", "Lote de libros infantiles y juveniles",
    "Suscripción anual a prensa y revistas", "Material de tejuelado y forrado de libros",
    "Lote de audiolibros y DVD", "Fondos de lectura fácil",
)  # fmt: skip
SUBJECTS = (
    "Solicitud de subvención para la adquisición de fondos bibliográficos",
    "Remisión de la memoria anual de actividades de la biblioteca",
    "Comunicación del horario de verano de la biblioteca",
    "Solicitud de participación en el programa de animación a la lectura",
    "Remisión de datos para la estadística de bibliotecas",
)  # fmt: skip
WORKS = (
    "Programa de fiestas patronales", "Boletín informativo municipal",
    "Fotografías antiguas de la localidad",
    "Ordenanzas municipales", "Libro de actas del concejo", "Carteles de actividades culturales",
)  # fmt: skip
PROVINCES = {
    "05": "Ávila", "09": "Burgos", "24": "León", "34": "Palencia", "37": "Salamanca",
    "40": "Segovia", "42": "Soria", "47": "Valladolid", "49": "Zamora",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A string field as published, stripped ("" where the row has none)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else ""


def _list(row: dict[str, Any], key: str) -> list[str]:
    """A list field's values as published, stripped, empty ones left out."""
    return [v.strip() for v in row["fields"].get(key) or [] if v.strip()]


def phones(row: dict[str, Any]) -> list[str]:
    """The row's phone field's values (one or two)."""
    return _list(row, PHONE)


def faxes(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of the row's fax values, ``Fax`` first."""
    return [(c, v) for c in (FAX, FAX_OFFICIAL) for v in _list(row, c)]


def emails(row: dict[str, Any]) -> list[str]:
    """The row's kept e-mail addresses."""
    return _list(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _phone(column: str, value: str) -> str:
    """A phone field's value where a layout writes it (labelled when the record is built)."""
    return f"\ue000phone\ue002{column}\ue002{value}\ue001"


def _email(value: str) -> str:
    return f"\ue000email\ue002{EMAIL}\ue002{value}\ue001"


def labelled(text: str) -> Record:
    """``text`` with its marked values as a record: each phone value under its column (each
    number in it labelled by ``labelled_record``), each e-mail address labelled."""
    b = Record()
    at = 0
    for m in _MARK.finditer(text):
        b.add(text[at : m.start()])
        kind, column, value = m.groups()
        if kind == "email":
            b.email(value)
        else:
            b.phone(column, value)
        at = m.end()
    b.add(text[at:])
    return b


def _x(value: str) -> str:
    """``value`` as XML text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, CET)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 340 * 86400))


def _postcode(row: dict[str, Any]) -> str:
    return _f(row, "CodigoPostal")


def _province(row: dict[str, Any]) -> str:
    """The entry's province as the directory names it (``Directorio Superior``)."""
    return _f(row, "Directorio Superior")


def _town(row: dict[str, Any]) -> str:
    return _f(row, "Localidad_NombreLocalidad")


def _address(row: dict[str, Any]) -> str:
    """Street, postcode and locality, as one line (``C/ Mayor, 1, 40500 Riaza``)."""
    place = " ".join(p for p in (_postcode(row), _town(row)) if p)
    return ", ".join(p for p in (_f(row, "Calle"), place) if p)


def _coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The entry's latitude and longitude as published (``Posicion`` less the zoom level)."""
    parts = _f(row, "Posicion").split("#")
    return (parts[0], parts[1]) if len(parts) >= 2 and parts[0] and parts[1] else ("", "")


def _public_tax_id(rng: random.Random, row: dict[str, Any]) -> str:
    """An invented tax id of a local public body (``P``, the province's two digits, five
    digits, a control letter)."""
    prov = _postcode(row)[:2] if _postcode(row)[:2] in PROVINCES else "47"
    return f"P{prov}{rng.randint(0, 99999):05d}{rng.choice('ABCDEFGHIJ')}"


def _dir3(rng: random.Random, row: dict[str, Any]) -> str:
    """An invented DIR3-shaped unit code of a local body (``L01``, five digits of the INE
    municipal shape)."""
    prov = _postcode(row)[:2] if _postcode(row)[:2] in PROVINCES else "47"
    return f"L01{prov}{rng.randint(1, 299):03d}"


def facturae_invoice(row: dict[str, Any], rng: random.Random) -> str:
    """A Facturae 3.2.2 e-invoice (``fe:Facturae``) from an invented book supplier to the
    library: the ``FileHeader`` (an invented batch and its totals in euros), the supplier as
    ``SellerParty``, the library as ``BuyerParty`` with its invented tax id, an
    ``AdministrativeCentre`` (invented DIR3-shaped code, role 02, the address in Spain) and its
    ``LegalEntity``, both with ``ContactDetails`` (``Telephone`` and ``TeleFax`` where the
    value fits the schema's 15 characters, ``ElectronicMail``; the rest, second numbers and
    addresses, in ``AdditionalContactDetails``, each value once in the file), one invoice with
    an invented number, date, a book item at the 4 % VAT rate and totals."""
    name, when = _f(row, "NombreOrganismo"), _when(rng)
    tels, fx, mails = phones(row), faxes(row), emails(row)

    def contact(pad: str, tel: list[str], fax: list[tuple[str, str]], mail: list[str]) -> list[str]:
        if not (tel or fax or mail):
            return []
        lines = [f"{pad}<ContactDetails>"]
        if tel and len(tel[0]) <= FACTURAE_MAX:
            lines.append(f"{pad}  <Telephone>{_phone(PHONE, tel[0])}</Telephone>")
            tel = tel[1:]
        if fax and len(fax[0][1]) <= FACTURAE_MAX:
            lines.append(f"{pad}  <TeleFax>{_phone(*fax[0])}</TeleFax>")
            fax = fax[1:]
        for url in _list(row, "PaginaWeb")[:1]:
            lines.append(f"{pad}  <WebAddress>{_x(url)}</WebAddress>")
        if mail:
            lines.append(f"{pad}  <ElectronicMail>{_email(mail[0])}</ElectronicMail>")
            mail = mail[1:]
        more = [f"Teléfono: {_phone(PHONE, t)}" for t in tel]
        more += [f"Fax: {_phone(c, v)}" for c, v in fax]
        more += [f"Correo: {_email(m)}" for m in mail]
        if more:
            lines.append(
                f"{pad}  <AdditionalContactDetails>{'; '.join(more)}</AdditionalContactDetails>"
            )
        return [*lines, f"{pad}</ContactDetails>"]

    def address(pad: str) -> list[str]:
        return [
            f"{pad}<AddressInSpain>",
            f"{pad}  <Address>{_x(_f(row, 'Calle'))}</Address>",
            f"{pad}  <PostCode>{_postcode(row)}</PostCode>",
            f"{pad}  <Town>{_x(_town(row))}</Town>",
            f"{pad}  <Province>{_x(_province(row))}</Province>",
            f"{pad}  <CountryCode>ESP</CountryCode>",
            f"{pad}</AddressInSpain>",
        ]

    qty = rng.randint(5, 60)
    price = rng.randint(900, 3200) / 100
    base = round(qty * price, 2)
    tax = round(base * 0.04, 2)
    total = round(base + tax, 2)
    series = f"FB{when:%y}"
    number = f"{rng.randint(1, 4800):05d}"
    seller_id = f"B{rng.randint(10000000, 49999999)}"
    buyer_id = _public_tax_id(rng, row)
    code = _dir3(rng, row)
    item = rng.choice(ITEMS)
    # the processing unit (role 02) takes the first phone, fax and address; the legal entity
    # the rest
    centres = []
    for role in ("01", "02", "03"):
        centres += [
            "        <AdministrativeCentre>",
            f"          <CentreCode>{code}</CentreCode>",
            f"          <RoleTypeCode>{role}</RoleTypeCode>",
            f"          <Name>{_x(name)}</Name>",
            *address("          "),
            *(contact("          ", tels[:1], fx[:1], mails[:1]) if role == "02" else []),
            f"          <CentreDescription>{_x(name)}</CentreDescription>",
            "        </AdministrativeCentre>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<fe:Facturae xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
        'xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml">',
        "  <FileHeader>",
        "    <SchemaVersion>3.2.2</SchemaVersion>",
        "    <Modality>I</Modality>",
        "    <InvoiceIssuerType>EM</InvoiceIssuerType>",
        "    <Batch>",
        f"      <BatchIdentifier>{seller_id}{series}{number}</BatchIdentifier>",
        "      <InvoicesCount>1</InvoicesCount>",
        f"      <TotalInvoicesAmount><TotalAmount>{total:.2f}</TotalAmount></TotalInvoicesAmount>",
        f"      <TotalOutstandingAmount><TotalAmount>{total:.2f}</TotalAmount>"
        "</TotalOutstandingAmount>",
        f"      <TotalExecutableAmount><TotalAmount>{total:.2f}</TotalAmount>"
        "</TotalExecutableAmount>",
        "      <InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>",
        "    </Batch>",
        "  </FileHeader>",
        "  <Parties>",
        "    <SellerParty>",
        "      <TaxIdentification>",
        "        <PersonTypeCode>J</PersonTypeCode>",
        "        <ResidenceTypeCode>R</ResidenceTypeCode>",
        f"        <TaxIdentificationNumber>{seller_id}</TaxIdentificationNumber>",
        "      </TaxIdentification>",
        "      <LegalEntity>",
        "        <CorporateName>Distribuciones del Libro Castellana, S.L.</CorporateName>",
        "        <AddressInSpain>",
        "          <Address>Polígono Industrial de Argales, parcela 14</Address>",
        "          <PostCode>47008</PostCode>",
        "          <Town>Valladolid</Town>",
        "          <Province>Valladolid</Province>",
        "          <CountryCode>ESP</CountryCode>",
        "        </AddressInSpain>",
        "      </LegalEntity>",
        "    </SellerParty>",
        "    <BuyerParty>",
        "      <TaxIdentification>",
        "        <PersonTypeCode>J</PersonTypeCode>",
        "        <ResidenceTypeCode>R</ResidenceTypeCode>",
        f"        <TaxIdentificationNumber>{buyer_id}</TaxIdentificationNumber>",
        "      </TaxIdentification>",
        "      <AdministrativeCentres>",
        *centres,
        "      </AdministrativeCentres>",
        "      <LegalEntity>",
        f"        <CorporateName>{_x(name)}</CorporateName>",
        *address("        "),
        *contact("        ", tels[1:], fx[1:], mails[1:]),
        "      </LegalEntity>",
        "    </BuyerParty>",
        "  </Parties>",
        "  <Invoices>",
        "    <Invoice>",
        "      <InvoiceHeader>",
        f"        <InvoiceNumber>{number}</InvoiceNumber>",
        f"        <InvoiceSeriesCode>{series}</InvoiceSeriesCode>",
        "        <InvoiceDocumentType>FC</InvoiceDocumentType>",
        "        <InvoiceClass>OO</InvoiceClass>",
        "      </InvoiceHeader>",
        "      <InvoiceIssueData>",
        f"        <IssueDate>{when:%Y-%m-%d}</IssueDate>",
        "        <InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>",
        "        <TaxCurrencyCode>EUR</TaxCurrencyCode>",
        "        <LanguageName>es</LanguageName>",
        "      </InvoiceIssueData>",
        "      <TaxesOutputs>",
        "        <Tax>",
        "          <TaxTypeCode>01</TaxTypeCode>",
        "          <TaxRate>4.00</TaxRate>",
        f"          <TaxableBase><TotalAmount>{base:.2f}</TotalAmount></TaxableBase>",
        f"          <TaxAmount><TotalAmount>{tax:.2f}</TotalAmount></TaxAmount>",
        "        </Tax>",
        "      </TaxesOutputs>",
        "      <InvoiceTotals>",
        f"        <TotalGrossAmount>{base:.2f}</TotalGrossAmount>",
        f"        <TotalGrossAmountBeforeTaxes>{base:.2f}</TotalGrossAmountBeforeTaxes>",
        f"        <TotalTaxOutputs>{tax:.2f}</TotalTaxOutputs>",
        "        <TotalTaxesWithheld>0.00</TotalTaxesWithheld>",
        f"        <InvoiceTotal>{total:.2f}</InvoiceTotal>",
        f"        <TotalOutstandingAmount>{total:.2f}</TotalOutstandingAmount>",
        f"        <TotalExecutableAmount>{total:.2f}</TotalExecutableAmount>",
        "      </InvoiceTotals>",
        "      <Items>",
        "        <InvoiceLine>",
        f"          <ItemDescription>{_x(item)} para {_x(name)}</ItemDescription>",
        f"          <Quantity>{qty}.0</Quantity>",
        "          <UnitOfMeasure>01</UnitOfMeasure>",
        f"          <UnitPriceWithoutTax>{price:.6f}</UnitPriceWithoutTax>",
        f"          <TotalCost>{base:.6f}</TotalCost>",
        f"          <GrossAmount>{base:.6f}</GrossAmount>",
        "          <TaxesOutputs>",
        "            <Tax>",
        "              <TaxTypeCode>01</TaxTypeCode>",
        "              <TaxRate>4.00</TaxRate>",
        f"              <TaxableBase><TotalAmount>{base:.2f}</TotalAmount></TaxableBase>",
        f"              <TaxAmount><TotalAmount>{tax:.2f}</TotalAmount></TaxAmount>",
        "            </Tax>",
        "          </TaxesOutputs>",
        f"          <FileReference>{_f(row, 'Identificador')}</FileReference>",
        "        </InvoiceLine>",
        "      </Items>",
        "    </Invoice>",
        "  </Invoices>",
        "</fe:Facturae>",
        "",
    ]
    return "\n".join(lines)


def sicres3_exchange(row: dict[str, Any], rng: random.Random) -> str:
    """A SICRES 3.0 registry-exchange file (``Fichero_Intercambio_SICRES_3``) of an entry the
    library files with the region's Consejería de Cultura: ``De_Origen_o_Remitente`` (an
    invented registry office of its town hall, entry number and time), ``De_Destino``,
    ``De_Interesado`` (the library as legal person, an invented tax id, the province's INE
    code from the postcode, address, ``Correo_Electronico_Interesado``,
    ``Telefono_Contacto_Interesado``, the other numbers and addresses in ``Observaciones``),
    ``De_Asunto`` (an invented subject, the directory's id as external reference),
    ``De_Internos_Control`` and ``De_Formulario_Generico`` (``Expone``/``Solicita``)."""
    name, when = _f(row, "NombreOrganismo"), _when(rng)
    tels, fx, mails = phones(row), faxes(row), emails(row)
    office = f"O0000{rng.randint(1000, 9999)}"
    entry = f"REGAGE{when:%y}e{rng.randint(10**11, 10**12 - 1):012d}"
    prov = _postcode(row)[:2]
    notes = [f"Otro teléfono: {_phone(PHONE, t)}" for t in tels[1:]]
    notes += [f"Fax: {_phone(c, v)}" for c, v in fx]
    notes += [f"Otro correo: {_email(m)}" for m in mails[1:]]
    subject = rng.choice(SUBJECTS)
    interested = [
        "  <De_Interesado>",
        "    <Tipo_Documento_Identificacion_Interesado>C"
        "</Tipo_Documento_Identificacion_Interesado>",
        f"    <Documento_Identificacion_Interesado>{_public_tax_id(rng, row)}"
        "</Documento_Identificacion_Interesado>",
        f"    <Razon_Social_Interesado>{_x(name)}</Razon_Social_Interesado>",
        "    <Pais_Interesado>724</Pais_Interesado>",
        f"    <Provincia_Interesado>{prov}</Provincia_Interesado>",
        f"    <Direccion_Interesado>{_x(_f(row, 'Calle'))}</Direccion_Interesado>",
        f"    <Codigo_Postal_Interesado>{_postcode(row)}</Codigo_Postal_Interesado>",
    ]
    if mails:
        interested.append(
            f"    <Correo_Electronico_Interesado>{_email(mails[0])}</Correo_Electronico_Interesado>"
        )
    interested += [
        f"    <Telefono_Contacto_Interesado>{_phone(PHONE, tels[0])}"
        "</Telefono_Contacto_Interesado>",
        "    <Canal_Preferente_Comunicacion_Interesado>02"
        "</Canal_Preferente_Comunicacion_Interesado>",
    ]
    if notes:
        interested.append(f"    <Observaciones>{'. '.join(notes)}</Observaciones>")
    interested.append("  </De_Interesado>")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Fichero_Intercambio_SICRES_3>",
        "  <De_Origen_o_Remitente>",
        f"    <Codigo_Entidad_Registral_Origen>{office}</Codigo_Entidad_Registral_Origen>",
        "    <Decodificacion_Entidad_Registral_Origen>Oficina de Registro del Ayuntamiento de "
        f"{_x(_town(row))}</Decodificacion_Entidad_Registral_Origen>",
        f"    <Numero_Registro_Entrada>{entry}</Numero_Registro_Entrada>",
        f"    <Fecha_Hora_Entrada>{when:%Y%m%d%H%M%S}</Fecha_Hora_Entrada>",
        f"    <Codigo_Unidad_Tramitacion_Origen>{_dir3(rng, row)}"
        "</Codigo_Unidad_Tramitacion_Origen>",
        f"    <Decodificacion_Unidad_Tramitacion_Origen>{_x(name)}"
        "</Decodificacion_Unidad_Tramitacion_Origen>",
        "  </De_Origen_o_Remitente>",
        "  <De_Destino>",
        "    <Codigo_Entidad_Registral_Destino>O00011392</Codigo_Entidad_Registral_Destino>",
        "    <Decodificacion_Entidad_Registral_Destino>Registro General de la Consejería de "
        "Cultura, Turismo y Deporte</Decodificacion_Entidad_Registral_Destino>",
        "    <Codigo_Unidad_Tramitacion_Destino>A07020195</Codigo_Unidad_Tramitacion_Destino>",
        "    <Decodificacion_Unidad_Tramitacion_Destino>Servicio de Bibliotecas"
        "</Decodificacion_Unidad_Tramitacion_Destino>",
        "  </De_Destino>",
        *interested,
        "  <De_Asunto>",
        f"    <Resumen>{_x(subject)} - {_x(name)} ({_x(_province(row))})</Resumen>",
        f"    <Codigo_Asunto_Segun_Destino>BIB{rng.randint(1, 40):02d}"
        "</Codigo_Asunto_Segun_Destino>",
        f"    <Referencia_Externa>DIRBIB-{_f(row, 'Identificador')}</Referencia_Externa>",
        f"    <Numero_Expediente>BIB/{when:%Y}/{rng.randint(1, 999):03d}</Numero_Expediente>",
        "  </De_Asunto>",
        "  <De_Internos_Control>",
        "    <Tipo_Transporte_Entrada>02</Tipo_Transporte_Entrada>",
        f"    <Identificador_Intercambio>{office}_{when:%y}_{rng.randint(1, 99999999):08d}"
        "</Identificador_Intercambio>",
        "    <Aplicacion_Emisora>GEISER</Aplicacion_Emisora>",
        "    <Tipo_Anotacion>02</Tipo_Anotacion>",
        "    <Descripcion_Tipo_Anotacion>Envío</Descripcion_Tipo_Anotacion>",
        "    <Tipo_Registro>0</Tipo_Registro>",
        "    <Documentacion_Fisica>3</Documentacion_Fisica>",
        "    <Indicador_Prueba>0</Indicador_Prueba>",
        "    <Codigo_Entidad_Registral_Inicio>O00011392</Codigo_Entidad_Registral_Inicio>",
        "  </De_Internos_Control>",
        "  <De_Formulario_Generico>",
        f"    <Expone>Que {_x(name)}, con domicilio en {_x(_address(row))}, "
        f"figura en el Directorio de Bibliotecas de Castilla y León (actualizado el "
        f"{_f(row, 'ultimaActualizacion')}).</Expone>",
        f"    <Solicita>{_x(subject)}.</Solicita>",
        "  </De_Formulario_Generico>",
        "</Fichero_Intercambio_SICRES_3>",
        "",
    ]
    return "\n".join(lines)


def mets_document(row: dict[str, Any], rng: random.Random) -> str:
    """A METS 1.12 document of an item the library digitised: an invented ``OBJID`` and label,
    the ``metsHdr`` (creation date, the library as ``CREATOR`` agent with its address,
    telephones, faxes and e-mail addresses in ``note``s, the regional digital library as
    ``DISSEMINATOR``, the directory's id as ``altRecordID``), a Dublin Core ``dmdSec`` (title,
    publisher, coverage with the row's coordinates, date), a ``fileSec`` of invented TIFF
    masters (sizes, MD5 checksums) and a ``structMap``."""
    name, when = _f(row, "NombreOrganismo"), _when(rng)
    work = rng.choice(WORKS)
    year = rng.randint(1890, 1985)
    obj = f"bdcyl-{rng.randint(10000, 99999)}"
    notes = [f"        <mets:note>{_x(_address(row))} ({_x(_province(row))})</mets:note>"]
    notes += [f"        <mets:note>Tel. {_phone(PHONE, t)}</mets:note>" for t in phones(row)]
    notes += [f"        <mets:note>Fax {_phone(c, v)}</mets:note>" for c, v in faxes(row)]
    notes += [f"        <mets:note>{_email(m)}</mets:note>" for m in emails(row)]
    lat, lon = _coordinates(row)
    coverage = _town(row) + (f" ({lat}, {lon})" if lat else "")
    pages = rng.randint(2, 5)
    files, pointers = [], []
    for i in range(1, pages + 1):
        digest = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        files += [
            f'        <mets:file ID="IMG{i:04d}" MIMETYPE="image/tiff" '
            f'SIZE="{rng.randint(20_000_000, 90_000_000)}" CHECKSUM="{digest}" CHECKSUMTYPE="MD5">',
            f'          <mets:FLocat LOCTYPE="URL" xlink:href="master/{obj}_{i:04d}.tif"/>',
            "        </mets:file>",
        ]
        pointers += [
            f'      <mets:div TYPE="page" ORDER="{i}" LABEL="[{i}]">',
            f'        <mets:fptr FILEID="IMG{i:04d}"/>',
            "      </mets:div>",
        ]
    title = f"{work} ({_town(row)}, {year})"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mets:mets xmlns:mets="http://www.loc.gov/METS/" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd" '
        f'OBJID="{obj}" LABEL="{_x(title)}" TYPE="Monograph">',
        f'  <mets:metsHdr CREATEDATE="{when:%Y-%m-%dT%H:%M:%S}" RECORDSTATUS="Complete">',
        '    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION">',
        f"      <mets:name>{_x(name)}</mets:name>",
        *[line[2:] for line in notes],
        "    </mets:agent>",
        '    <mets:agent ROLE="DISSEMINATOR" TYPE="ORGANIZATION">',
        "      <mets:name>Biblioteca Digital de Castilla y León</mets:name>",
        "    </mets:agent>",
        f'    <mets:altRecordID TYPE="DirectorioBibliotecas">{_f(row, "Identificador")}'
        "</mets:altRecordID>",
        "  </mets:metsHdr>",
        '  <mets:dmdSec ID="DMD1">',
        '    <mets:mdWrap MDTYPE="DC">',
        "      <mets:xmlData>",
        f"        <dc:title>{_x(title)}</dc:title>",
        f"        <dc:publisher>{_x(name)}</dc:publisher>",
        f"        <dc:coverage>{_x(coverage)}</dc:coverage>",
        f"        <dc:date>{year}</dc:date>",
        "        <dc:language>spa</dc:language>",
        "        <dc:type>Text</dc:type>",
        "      </mets:xmlData>",
        "    </mets:mdWrap>",
        "  </mets:dmdSec>",
        "  <mets:fileSec>",
        '    <mets:fileGrp USE="master">',
        *[line[2:] for line in files],
        "    </mets:fileGrp>",
        "  </mets:fileSec>",
        '  <mets:structMap TYPE="physical">',
        f'    <mets:div TYPE="Monograph" LABEL="{_x(title)}" DMDID="DMD1">',
        *pointers,
        "    </mets:div>",
        "  </mets:structMap>",
        "</mets:mets>",
        "",
    ]
    return "\n".join(lines)


def bagit_info(row: dict[str, Any], rng: random.Random) -> str:
    """A BagIt ``bag-info.txt`` (RFC 8493, section 2.2.2) of a bag the library hands to the
    regional digital library: ``Source-Organization``, ``Organization-Address``, one
    ``Contact-Phone`` per number and ``Contact-Email`` per address (the tags repeat), the
    library's own ``Contact-Fax``, ``External-Description``, ``Bagging-Date``,
    ``External-Identifier`` (the directory's id), ``Bag-Size``, ``Payload-Oxum`` (invented
    octets and files), ``Bag-Group-Identifier``, ``Bag-Count`` and ``Internal-Sender-
    Identifier``, each ``label: value`` on its line."""
    name, when = _f(row, "NombreOrganismo"), _when(rng)
    work = rng.choice(WORKS)
    count = rng.randint(40, 900)
    octets = count * rng.randint(20_000_000, 60_000_000) + rng.randint(0, 999_999)
    total = rng.randint(1, 4)
    lines = [
        f"Source-Organization: {name}",
        f"Organization-Address: {_address(row)} ({_province(row)})",
    ]
    lines += [f"Contact-Phone: {_phone(PHONE, t)}" for t in phones(row)]
    lines += [f"Contact-Fax: {_phone(c, v)}" for c, v in faxes(row)]
    lines += [f"Contact-Email: {_email(m)}" for m in emails(row)]
    lines += [
        f"External-Description: Digitalización de «{work}», fondo local conservado en {name}"
        f" ({_town(row)}).",
        f"Bagging-Date: {when:%Y-%m-%d}",
        f"External-Identifier: DIRBIB-{_f(row, 'Identificador')}",
        f"Bag-Size: {octets / 1024**3:.1f} GB",
        f"Payload-Oxum: {octets}.{count}",
        f"Bag-Group-Identifier: BDCYL-{when:%Y}-{rng.randint(1, 999):03d}",
        f"Bag-Count: {rng.randint(1, total)} of {total}",
        f"Internal-Sender-Identifier: {_f(row, 'Localidad_ID')}/{when:%Y%m%d}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "facturae_invoice": facturae_invoice,
    "sicres3_exchange": sicres3_exchange,
    "mets_document": mets_document,
    "bagit_info": bagit_info,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each of its phone, fax and e-mail
    values labelled where the layout writes it."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

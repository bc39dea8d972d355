"""held_out_207 of the PII evaluation set: real phone fields of a register no earlier part used
(the Xunta de Galicia's public schools and institutes; Spain's earlier parts took the XTEC and
Comunidad de Madrid school registers, Eurostat's hospitals and the Junta de Castilla y León's
libraries) exactly as published, in layouts no earlier part has, beside the register's own
centre codes, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, ES (Catalan and Madrid schools, hospitals,
Castilla y León's libraries) and many others; here:

* the values are the ``tlf`` fields of 600 of the list's 1,084 centres with a number
  (``scripts/data/pii_es_galicia_schools.json``, written by ``scripts/es_galicia_schools_data.py``;
  source and licence in that file): Spanish nine-digit numbers as the list writes them, in one
  run with no ``+34`` (``988788339``; ``88x`` and ``98x`` fixed lines, 27 ``6xx`` mobiles), each
  copy labelled;
* the text around them is the same row's real fields: the centre's name, its eight-digit code
  (``32016790``), street address, municipality, province, postcode (``32600``), coordinates and
  taught stages, and where the row has them the nine-digit locality code (``320851400``) and the
  locality, with invented DIR3-shaped unit codes (``A12`` and six digits), tax ids of public
  bodies and companies (``S1511001H``-shaped, ``B`` and eight digits), CPV codes of the
  contracts' subjects, file and BOE numbers, Correos contract, client and labeller codes,
  amounts, weights, measures, dates and times, unlabelled and scored;
* in layouts no earlier part has, Spanish public-procurement, official-journal, postal and
  business-software formats: entries of the Plataforma de Contratación del Sector Público's
  Atom syndication feed (CODICE 2 ``ContractFolderStatus``: the centre as
  ``LocatedContractingParty`` with ``cac:Contact``/``cbc:Telephone``, the number again in the
  project's ``cbc:Description``), the BOE's open-data XML of a section V-A tender notice
  (``documento`` with ``metadatos``, ``analisis`` and a ``texto`` in the notices' numbered
  ``dl`` lists: ``4) Teléfono:`` and a visit appointment under ``Otras informaciones``),
  Correos ``PreregistroEnvio`` SOAP requests of a parcel of teaching material to the centre
  (``Destinatario`` with ``Telefonocontacto``, a mobile again in ``DatosSMS``/``NumeroSMS``, a
  fixed line again in ``Observaciones1``) and Holded invoicing API contact bodies of a Galician
  school supplier (``POST /api/invoicing/v1/contacts``: ``phone``, or ``mobile`` for a ``6xx``
  number, the number again in a ``shippingAddresses`` note, the centre code in ``code`` and
  ``customFields``); text in Spanish and Galician.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_207.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_galicia_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_207.jsonl.gz"
SPLIT = "held_out_207"

LAYOUTS = ("placsp_atom", "boe_xml", "correos_preregistro", "holded_contact")
PHONE = "tlf"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# CODICE's namespace names (``{URN}codice:{XSD}CommonBasicComponents-2``)
URN, XSD = "urn:dgpe:names:draft:", "schema:xsd:"

# NUTS 3 codes of the four provinces (CODICE's ``CountrySubentityCode``)
NUTS = {"A Coruña": "ES111", "Lugo": "ES112", "Ourense": "ES113", "Pontevedra": "ES114"}

# invented contracts of a centre (no real tender is meant): subject, CPV code, contract type
# (CODICE ``ContractCode``: 1 supplies, 2 services), BOE's subject words
CONTRACTS_SCHOOL = (
    ("Servicio de comedor escolar", "55524000", "2",
     "Servicios de suministro de comidas para escuelas"),
    ("Servicio de limpieza de las instalaciones del centro", "90919300", "2",
     "Servicios de limpieza de escuelas"),
    ("Suministro de material didáctico y mobiliario escolar", "39162000", "1",
     "Material educativo"),
    ("Servicio de monitores de comedor y de recreo", "80410000", "2",
     "Servicios escolares diversos"),
)  # fmt: skip
CONTRACTS_INSTITUTE = (
    ("Suministro de equipos informáticos portátiles para las aulas", "30213100", "1",
     "Ordenadores portátiles"),
    ("Servicio de mantenimiento de las instalaciones térmicas", "50720000", "2",
     "Servicios de reparación y mantenimiento de calefacción central"),
    ("Servicio de transporte para actividades complementarias", "60130000", "2",
     "Servicios especiales de transporte de pasajeros por carretera"),
    ("Suministro de equipamiento para talleres de formación profesional", "39162100", "1",
     "Material didáctico"),
)  # fmt: skip

# invented school suppliers (no real company is meant)
SUPPLIERS = (
    "Distribucións Escolares do Noroeste S.L.", "Libraría Técnica Galega S.L.",
    "Material Didáctico Atlántico S.L.", "Edicións Escolares Miño S.L.",
)  # fmt: skip
SENDER_STREETS = (
    ("Rúa do Hórreo 61", "Santiago de Compostela", "A Coruña", "15702"),
    ("Polígono do Tambre, Vía Pasteur 14", "Santiago de Compostela", "A Coruña", "15890"),
    ("Avenida de Madrid 120", "Vigo", "Pontevedra", "36214"),
    ("Polígono de San Cibrao das Viñas, Rúa 3 nave 12", "San Cibrao das Viñas", "Ourense", "32901"),
)  # fmt: skip

STAGES = {
    "inf": "Educación Infantil", "prim": "Educación Primaria",
    "eso": "Educación Secundaria Obrigatoria", "bac": "Bacharelato",
    "baca": "Bacharelato para persoas adultas", "fp": "Formación Profesional",
    "esp": "Educación Especial", "esa": "Educación Secundaria para persoas adultas",
    "eb": "Ensinanzas básicas para persoas adultas",
}  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def mobile(row: dict[str, Any]) -> bool:
    """Whether the row's number is a mobile line (``6xx``)."""
    return phone(row).startswith("6")


def _coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The row's latitude and longitude as the list writes them."""
    where = row["fields"]["coordenadas"]
    return where["lat"], where["lon"]


def _stages(row: dict[str, Any]) -> list[str]:
    """The row's taught stages as the list codes them (``eso``, ``bac``)."""
    return list(row["fields"].get("ensinanzas") or [])


def institute(row: dict[str, Any]) -> bool:
    """Whether the centre teaches secondary or vocational stages (else infant and primary)."""
    return bool({"eso", "bac", "fp", "esa", "baca"} & set(_stages(row)))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def international(value: str) -> bool:
    """Whether a number is written with a country code (none in this list)."""
    return value.startswith("+")


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid time, winter offset)."""
    start = dt.datetime(2024, 1, 15, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _cif(rng: random.Random, letter: str) -> str:
    """An invented Spanish tax id of a body or company (``S1511001H``, ``B12345674``): the
    letter, seven digits and the control character by the CIF rule (a letter for ``S``/``Q``
    bodies, a digit for ``B`` companies)."""
    digits = [rng.randint(0, 9) for _ in range(7)]
    odd = sum(sum(divmod(2 * d, 10)) for d in digits[0::2])
    control = (10 - (odd + sum(digits[1::2])) % 10) % 10
    end = "JABCDEFGHI"[control] if letter in "SQPNRW" else str(control)
    return letter + "".join(map(str, digits)) + end


def _dir3(rng: random.Random) -> str:
    """An invented DIR3-shaped code of a unit of Galicia's administration (``A12`` and six
    digits)."""
    return f"A12{rng.randint(0, 999999):06d}"


def _evl(rng: random.Random) -> str:
    """An invented ``idEvl`` of a tender's deep link: base64 of thirteen bytes, URL-encoded
    (``AbC9%2BxYz...%3D``-shaped)."""
    raw = base64.b64encode(bytes(rng.randrange(256) for _ in range(13))).decode()
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def _contract(row: dict[str, Any], rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(CONTRACTS_INSTITUTE if institute(row) else CONTRACTS_SCHOOL)


def _amount(rng: random.Random) -> tuple[str, str]:
    """An invented budget without and with 21 % VAT, in euros (``14876.03``, ``18000.00``)."""
    total = rng.randint(60, 1200) * 50
    net = round(total / 1.21, 2)
    return f"{net:.2f}", f"{total:.2f}"


def _es_amount(value: str) -> str:
    """An amount as Spanish text writes it (``14.876,03``)."""
    whole, cents = value.split(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    return ".".join([whole, *groups]) + "," + cents


def placsp_atom(row: dict[str, Any], rng: random.Random) -> str:
    """An entry of the Plataforma de Contratación del Sector Público's Atom syndication feed
    (``licitacionesPerfilesContratanteCompleto3.atom``): the feed head, one ``entry`` with its
    ``summary`` and a CODICE 2 ``cac-place-ext:ContractFolderStatus`` whose
    ``LocatedContractingParty`` is the centre (an invented DIR3 code, ``PartyName``,
    ``PostalAddress``, ``cac:Contact`` with ``cbc:Telephone``), its parent body, the
    ``ProcurementProject`` (name, type, amounts, CPV, NUTS place, duration, a ``Description``
    repeating the number for visits) and the ``TenderingProcess``."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    subject, cpv, kind, _ = _contract(row, rng)
    net, total = _amount(rng)
    folder = f"{_f(row, 'cod')}-{when:%Y}-{rng.randint(1, 9):02d}"
    entry_id = rng.randint(10_000_000, 15_999_999)
    deadline = when + dt.timedelta(days=rng.randint(15, 26))
    stamp = when.isoformat(timespec="milliseconds")
    province = _f(row, "provincia")
    codice = "https://contrataciondelestado.es/codice/cl"
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom"'
        f' xmlns:cac-place-ext="{URN}codice-place-ext:{XSD}CommonAggregateComponents-2"'
        f' xmlns:cbc-place-ext="{URN}codice-place-ext:{XSD}CommonBasicComponents-2"'
        f' xmlns:cac="{URN}codice:{XSD}CommonAggregateComponents-2"'
        f' xmlns:cbc="{URN}codice:{XSD}CommonBasicComponents-2">',
        "  <id>https://contrataciondelestado.es/sindicacion/sindicacion_643/"
        "licitacionesPerfilesContratanteCompleto3.atom</id>",
        '  <link href="https://contrataciondelestado.es/sindicacion/sindicacion_643/'
        'licitacionesPerfilesContratanteCompleto3.atom" rel="self"/>',
        "  <title>Licitaciones publicadas en www.contrataciondelestado.es</title>",
        f"  <updated>{stamp}</updated>",
        "  <entry>",
        "    <id>https://contrataciondelestado.es/sindicacion/licitacionesPerfilContratante/"
        f"{entry_id}</id>",
        '    <link href="https://contrataciondelestado.es/wps/poc?uri=deeplink:detalle_licitacion'
        f'&amp;idEvl={_evl(rng)}"/>',
        f'    <summary type="text">Id licitación: {folder}; Órgano de Contratación: '
        f"{_x(name)}; Importe: {net} EUR; Estado: PUB</summary>",
        f"    <title>{_x(subject)} del {_x(name)}</title>",
        f"    <updated>{stamp}</updated>",
        "    <cac-place-ext:ContractFolderStatus>",
        f"      <cbc:ContractFolderID>{folder}</cbc:ContractFolderID>",
        "      <cbc-place-ext:ContractFolderStatusCode listURI=\""
        f'{codice}/2.04/SyndicationContractFolderStatusCode-2.04.gc">PUB'
        "</cbc-place-ext:ContractFolderStatusCode>",
        "      <cac-place-ext:LocatedContractingParty>",
        f'        <cbc:ContractingPartyTypeCode listURI="{codice}/2.10/'
        'ContractingAuthorityCode-2.10.gc">2</cbc:ContractingPartyTypeCode>',
        "        <cac:Party>",
        "          <cac:PartyIdentification>",
        f'            <cbc:ID schemeName="DIR3">{_dir3(rng)}</cbc:ID>',
        "          </cac:PartyIdentification>",
        "          <cac:PartyIdentification>",
        f'            <cbc:ID schemeName="NIF">{_cif(rng, "S")}</cbc:ID>',
        "          </cac:PartyIdentification>",
        "          <cac:PartyName>",
        f"            <cbc:Name>{_x(name)}</cbc:Name>",
        "          </cac:PartyName>",
        "          <cac:PostalAddress>",
        f"            <cbc:CityName>{_x(_f(row, 'concello'))}</cbc:CityName>",
        f"            <cbc:PostalZone>{_f(row, 'cp')}</cbc:PostalZone>",
        "            <cac:AddressLine>",
        f"              <cbc:Line>{_x(_f(row, 'enderezo'))}</cbc:Line>",
        "            </cac:AddressLine>",
        "            <cac:Country>",
        f'              <cbc:IdentificationCode listURI="{codice}/2.04/'
        'CountryIdentificationCode-2.04.gc">ES</cbc:IdentificationCode>',
        "              <cbc:Name>España</cbc:Name>",
        "            </cac:Country>",
        "          </cac:PostalAddress>",
        "          <cac:Contact>",
        f"            <cbc:Telephone>{tel}</cbc:Telephone>",
        "          </cac:Contact>",
        "        </cac:Party>",
        "        <cac-place-ext:ParentLocatedParty>",
        "          <cac:PartyName>",
        "            <cbc:Name>Consellería de Educación, Ciencia, Universidades y Formación "
        "Profesional</cbc:Name>",
        "          </cac:PartyName>",
        "          <cac-place-ext:ParentLocatedParty>",
        "            <cac:PartyName>",
        "              <cbc:Name>COMUNIDADES Y CIUDADES AUTÓNOMAS</cbc:Name>",
        "            </cac:PartyName>",
        "          </cac-place-ext:ParentLocatedParty>",
        "        </cac-place-ext:ParentLocatedParty>",
        "      </cac-place-ext:LocatedContractingParty>",
        "      <cac:ProcurementProject>",
        f"        <cbc:Name>{_x(subject)}</cbc:Name>",
        f'        <cbc:TypeCode listURI="{codice}/2.08/ContractCode-2.08.gc">{kind}</cbc:TypeCode>',
        f"        <cbc:Description>Las empresas interesadas podrán visitar las instalaciones "
        f"del centro previa cita en el teléfono {tel}, de lunes a viernes de 9:00 a 14:00."
        "</cbc:Description>",
        "        <cac:BudgetAmount>",
        f'          <cbc:EstimatedOverallContractAmount currencyID="EUR">{net}'
        "</cbc:EstimatedOverallContractAmount>",
        f'          <cbc:TotalAmount currencyID="EUR">{total}</cbc:TotalAmount>',
        f'          <cbc:TaxExclusiveAmount currencyID="EUR">{net}</cbc:TaxExclusiveAmount>',
        "        </cac:BudgetAmount>",
        "        <cac:RequiredCommodityClassification>",
        f'          <cbc:ItemClassificationCode listURI="{codice}/1.04/CPV2007-1.04.gc">'
        f"{cpv}</cbc:ItemClassificationCode>",
        "        </cac:RequiredCommodityClassification>",
        "        <cac:RealizedLocation>",
        f"          <cbc:CountrySubentity>{_x(province)}</cbc:CountrySubentity>",
        f'          <cbc:CountrySubentityCode listURI="{codice}/1.04/NUTS-2021.gc">'
        f"{NUTS.get(province, 'ES11')}</cbc:CountrySubentityCode>",
        "        </cac:RealizedLocation>",
        "        <cac:PlannedPeriod>",
        f'          <cbc:DurationMeasure unitCode="MON">{rng.choice((6, 9, 10, 12))}'
        "</cbc:DurationMeasure>",
        "        </cac:PlannedPeriod>",
        "      </cac:ProcurementProject>",
        "      <cac:TenderingProcess>",
        f'        <cbc:ProcedureCode listURI="{codice}/2.07/'
        'SyndicationTenderingProcessCode-2.07.gc">1</cbc:ProcedureCode>',
        f'        <cbc:UrgencyCode listURI="{codice}/1.04/DiligenceTypeCode-1.04.gc">1'
        "</cbc:UrgencyCode>",
        "        <cac:TenderSubmissionDeadlinePeriod>",
        f"          <cbc:EndDate>{deadline:%Y-%m-%d}</cbc:EndDate>",
        "          <cbc:EndTime>14:00:00</cbc:EndTime>",
        "        </cac:TenderSubmissionDeadlinePeriod>",
        "      </cac:TenderingProcess>",
        "    </cac-place-ext:ContractFolderStatus>",
        "  </entry>",
        "</feed>",
    ]) + "\n"  # fmt: skip


def boe_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A BOE open-data XML document (``/diario_boe/xml.php?id=BOE-B-...``) of a section V-A
    tender notice of the centre: ``metadatos`` (identifier, title, journal number, section,
    department, pages, PDF path), ``analisis`` (modality, type, procedure, CPV subject) and the
    ``texto`` in the notices' numbered ``dl`` lists: the awarding entity with its address,
    postcode, ``4) Teléfono:``, the centre code and file number, the object, the budget and,
    under ``Otras informaciones``, a visit by appointment at the same number."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    subject, cpv, kind, cpv_words = _contract(row, rng)
    net, total = _amount(rng)
    ident = f"BOE-B-{when:%Y}-{rng.randint(1000, 39999)}"
    number = (when.timetuple().tm_yday * 6) // 7 + 1
    page = rng.randint(2000, 60000)
    file_no = f"{_f(row, 'cod')}/{when:%Y}/{rng.randint(1, 12)}"
    deadline = when + dt.timedelta(days=rng.randint(15, 26))
    place = f"{_f(row, 'cp')} {_f(row, 'concello')} ({_f(row, 'provincia')})"
    locality = _f(row, "local")
    if locality and locality != _f(row, "concello"):
        place = f"{locality}, {place}"
    kind_code, kind_word = ("S", "Servicios") if kind == "2" else ("U", "Suministros")

    def item(mark: str, text: str) -> str:
        return f"<dt>{mark}</dt><dd>{_x(text)}</dd>"

    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<documento fecha_actualizacion="{when:%Y%m%d}{rng.randint(6, 9):02d}'
        f'{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}">',
        "  <metadatos>",
        f"    <identificador>{ident}</identificador>",
        f"    <titulo>Anuncio del {_x(name)} de {_x(_f(row, 'concello'))} por el que se "
        f"convoca licitación pública para el {_x(subject[0].lower() + subject[1:])}.</titulo>",
        '    <diario codigo="BOE">Boletín Oficial del Estado</diario>',
        f"    <fecha_publicacion>{when:%Y%m%d}</fecha_publicacion>",
        f"    <diario_numero>{number}</diario_numero>",
        "    <seccion>5</seccion>",
        "    <subseccion>A</subseccion>",
        '    <departamento codigo="8012">COMUNIDAD AUTÓNOMA DE GALICIA</departamento>',
        f"    <pagina_inicial>{page}</pagina_inicial>",
        f"    <pagina_final>{page + 1}</pagina_final>",
        f"    <url_pdf>/boe/dias/{when:%Y/%m/%d}/pdfs/{ident}.pdf</url_pdf>",
        "  </metadatos>",
        "  <analisis>",
        '    <modalidad codigo="L">Licitación</modalidad>',
        f'    <tipo codigo="{kind_code}">{kind_word}</tipo>',
        '    <procedimiento codigo="A">Abierto</procedimiento>',
        f"    <ambito_geografico>{_x(_f(row, 'provincia'))}</ambito_geografico>",
        "    <materias_cpv>",
        f'      <materia codigo="{cpv}">{_x(cpv_words)}</materia>',
        "    </materias_cpv>",
        "  </analisis>",
        "  <texto>",
        "    <dl>",
        "      <dt>1.</dt><dd>Entidad adjudicadora: Datos generales y datos para la "
        "obtención de la información:<dl>",
        "        " + item("a)", f"Organismo: {name}."),
        "        " + item("b)", "Dependencia que tramita el expediente: Secretaría del centro."),
        "        <dt>c)</dt><dd>Obtención de documentación e información:<dl>",
        "          " + item("1)", "Dependencia: Secretaría."),
        "          " + item("2)", f"Domicilio: {_f(row, 'enderezo')}."),
        "          " + item("3)", f"Localidad y código postal: {place}."),
        "          " + item("4)", f"Teléfono: {tel}."),
        "          " + item("5)", f"Fecha límite de obtención de documentación e información: "
                            f"{deadline:%d/%m/%Y}."),
        "        </dl></dd>",
        "        " + item("d)", f"Número de expediente: {file_no}."),
        f"        {item('e)', 'Código del centro: ' + _f(row, 'cod') + '.')}",
        "      </dl></dd>",
        "      <dt>2.</dt><dd>Objeto del contrato:<dl>",
        "        " + item("a)", f"Tipo: {kind_word}."),
        "        " + item("b)", f"Descripción: {subject}."),
        "        " + item("c)", f"CPV (Referencia de Nomenclatura): {cpv}."),
        "      </dl></dd>",
        "      " + item("3.", f"Presupuesto base de licitación: Importe neto: {_es_amount(net)} "
                          f"euros. Importe total: {_es_amount(total)} euros."),
        "      " + item("4.", f"Presentación de ofertas: Fecha límite de presentación: "
                          f"{deadline:%d/%m/%Y}, a las 14:00 horas, en la secretaría del centro."),
        "      " + item("5.", f"Otras informaciones: Las empresas interesadas podrán visitar "
                          f"las instalaciones previa cita en el teléfono {tel}."),
        "    </dl>",
        f'    <p class="parrafo_2">{_x(_f(row, "concello"))}, {when:%d/%m/%Y}.- La '
        "Dirección del centro.</p>",
        "  </texto>",
        "</documento>",
    ]) + "\n"  # fmt: skip


def correos_preregistro(row: dict[str, Any], rng: random.Random) -> str:
    """A Correos ``PreregistroEnvio`` request (the pre-registration SOAP web service,
    ``preregistroetiquetas``) of a parcel of teaching material a supplier sends the centre: the
    labeller, contract and client codes, the sender (an invented company, its tax id and
    address, no number), the centre as ``Destinatario`` (``Empresa``, address, ``CP``,
    ``Telefonocontacto``; a mobile again as ``DatosSMS``/``NumeroSMS``), the shipment's product,
    client reference, weight, measures and ``Observaciones1`` naming a fixed line again."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    sender = rng.choice(SUPPLIERS)
    street, town, province, postcode = rng.choice(SENDER_STREETS)
    labeller = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(4))
    sms = (
        [
            "        <prer:DatosSMS>",
            f"          <prer:NumeroSMS>{tel}</prer:NumeroSMS>",
            "          <prer:Idioma>1</prer:Idioma>",
            "        </prer:DatosSMS>",
        ]
        if mobile(row)
        else []
    )
    # a mobile is already written twice (contact and SMS), a fixed line again in the notes
    notes = "Entregar na secretaría." if mobile(row) else f"Entregar na secretaría. Tel. {tel}"
    return "\n".join([
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"'
        ' xmlns:prer="http://www.correos.es/iris6/services/preregistroetiquetas">',
        "  <soapenv:Header/>",
        "  <soapenv:Body>",
        "    <prer:PreregistroEnvio>",
        f"      <prer:FechaOperacion>{when:%d-%m-%Y %H:%M:%S}</prer:FechaOperacion>",
        f"      <prer:CodEtiquetador>{labeller}</prer:CodEtiquetador>",
        f"      <prer:NumContrato>{rng.randint(54000000, 54999999)}</prer:NumContrato>",
        f"      <prer:NumCliente>{rng.randint(81000000, 81999999)}</prer:NumCliente>",
        "      <prer:Care>000000</prer:Care>",
        "      <prer:TotalBultos>1</prer:TotalBultos>",
        "      <prer:ModDevEtiqueta>2</prer:ModDevEtiqueta>",
        "      <prer:Remitente>",
        "        <prer:Identificacion>",
        f"          <prer:Nif>{_cif(rng, 'B')}</prer:Nif>",
        f"          <prer:Empresa>{_x(sender)}</prer:Empresa>",
        "        </prer:Identificacion>",
        "        <prer:DatosDireccion>",
        f"          <prer:Direccion>{_x(street)}</prer:Direccion>",
        f"          <prer:Localidad>{_x(town)}</prer:Localidad>",
        f"          <prer:Provincia>{_x(province)}</prer:Provincia>",
        "        </prer:DatosDireccion>",
        f"        <prer:CP>{postcode}</prer:CP>",
        "      </prer:Remitente>",
        "      <prer:Destinatario>",
        "        <prer:Identificacion>",
        f"          <prer:Empresa>{_x(name)}</prer:Empresa>",
        "          <prer:PersonaContacto>Secretaría do centro</prer:PersonaContacto>",
        "        </prer:Identificacion>",
        "        <prer:DatosDireccion>",
        f"          <prer:Direccion>{_x(_f(row, 'enderezo'))}</prer:Direccion>",
        f"          <prer:Localidad>{_x(_f(row, 'local') or _f(row, 'concello'))}</prer:Localidad>",
        f"          <prer:Provincia>{_x(_f(row, 'provincia'))}</prer:Provincia>",
        "        </prer:DatosDireccion>",
        f"        <prer:CP>{_f(row, 'cp')}</prer:CP>",
        f"        <prer:Telefonocontacto>{tel}</prer:Telefonocontacto>",
        *sms,
        "      </prer:Destinatario>",
        "      <prer:Envio>",
        "        <prer:CodProducto>S0132</prer:CodProducto>",
        f"        <prer:ReferenciaCliente>PED-{when:%y}-{_f(row, 'cod')}-{rng.randint(1, 99):02d}"
        "</prer:ReferenciaCliente>",
        "        <prer:TipoFranqueo>FP</prer:TipoFranqueo>",
        "        <prer:ModalidadEntrega>ST</prer:ModalidadEntrega>",
        "        <prer:Pesos>",
        "          <prer:Peso>",
        "            <prer:TipoPeso>R</prer:TipoPeso>",
        f"            <prer:Valor>{rng.randint(8, 150) * 100}</prer:Valor>",
        "          </prer:Peso>",
        "        </prer:Pesos>",
        f"        <prer:Largo>{rng.choice((40, 50, 60))}</prer:Largo>",
        f"        <prer:Alto>{rng.choice((20, 30, 40))}</prer:Alto>",
        f"        <prer:Ancho>{rng.choice((25, 30, 40))}</prer:Ancho>",
        f"        <prer:Observaciones1>{notes}</prer:Observaciones1>",
        "        <prer:InstruccionesDevolucion>D</prer:InstruccionesDevolucion>",
        "      </prer:Envio>",
        "    </prer:PreregistroEnvio>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
    ]) + "\n"  # fmt: skip


def holded_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Holded invoicing API contact body (``POST /api/invoicing/v1/contacts``) a Galician
    school supplier's integration sends for the centre: ``name``, ``code`` (an invented tax
    id of a public body), ``tradeName``, ``phone`` (``mobile`` for a ``6xx`` number),
    ``type``, ``isperson``, ``billAddress``, a ``shippingAddresses`` entry whose ``notes``
    repeat the number, ``defaults``, ``tags`` of the taught stages, ``customFields`` with the
    centre code (and the locality code where the row has one) and a ``note``."""
    name, tel = _f(row, "nombre"), phone(row)
    when = _when(rng)
    lat, lon = _coordinates(row)
    custom = [{"field": "Código de centro", "value": _f(row, "cod")}]
    if _f(row, "codlocal"):
        custom.append({"field": "Código de localidade", "value": _f(row, "codlocal")})
    custom.append({"field": "Coordenadas", "value": f"{lat}, {lon}"})
    address = {
        "address": _f(row, "enderezo"),
        "city": _f(row, "concello"),
        "postalCode": _f(row, "cp"),
        "province": _f(row, "provincia"),
        "country": "España",
        "countryCode": "ES",
    }
    stages = ", ".join(STAGES.get(s, s) for s in _stages(row))
    body = {
        "name": name,
        "code": _cif(rng, "S"),
        "tradeName": name,
        **({"mobile": tel} if mobile(row) else {"phone": tel}),
        "type": "client",
        "isperson": False,
        "billAddress": address,
        "shippingAddresses": [
            {
                "name": f"{name} (secretaría)",
                **{k: address[k] for k in ("address", "city", "postalCode", "province", "country")},
                "notes": f"Entregas de luns a venres de 9:00 a 14:00. Chamar ao {tel} "
                "antes de descargar.",
                "privateNotes": f"Pedido mínimo {rng.choice((60, 90, 120))} EUR",
            }
        ],
        "defaults": {
            "salesTax": 21,
            "paymentMethod": rng.choice(("transferencia", "domiciliación")),
            "dueDays": rng.choice((30, 60)),
            "language": "gl",
            "currency": "eur",
        },
        "tags": [*_stages(row), _f(row, "provincia").lower().replace(" ", "-")],
        "customFields": custom,
        "note": f"Centro público da Consellería de Educación ({stages}). Alta no ERP: "
        f"{when:%d/%m/%Y}.",
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "placsp_atom": placsp_atom,
    "boe_xml": boe_xml,
    "correos_preregistro": correos_preregistro,
    "holded_contact": holded_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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

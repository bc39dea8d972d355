"""held_out_219 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Consejo General del Poder Judicial's directory of Spain's judicial
bodies; Spain's earlier parts took Catalonia's and Madrid's schools, Eurostat GISCO's
hospitals, Castilla y León's libraries and Galicia's education centres) exactly as the
directory gives them, in layouts no earlier part has, beside the directory's own names,
addresses, postcodes and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of ES and many other countries; here:

* the values are the ``telefonos``, ``fax`` and ``email`` fields of 300 courts, court sections
  and offices, a seeded sample of the directory's bodies (``scripts/data/pii_es_cgpj_courts.json``,
  written by ``scripts/es_cgpj_courts_data.py``; source and licence in that file): Spanish
  nine-digit numbers as the directory writes them, in groups (``881 99 60 03``,
  ``91 397 12 00``), one or two telephones (where the scraper joined two with nothing between,
  ``881 99 60 03881 99 60 04``, each is written on its own, unchanged), the fax in 282, the
  office's e-mail address in 299 (``mixto1.arzua@xustiza.gal``); each number labelled, each
  address labelled, each value once in its record;
* the text around them is the same row's real fields: the body's name, its street address,
  five-digit postcode (``15810``), municipality, province, coordinates and directory URL, with
  invented shipment references, customer codes, weights, parcel counts, record ids, tokens and
  dates, unlabelled and scored;
* in layouts no earlier part has, Spanish parcel-carrier and office-software formats, text in
  Spanish: GLS Spain's (ASM) ``GrabaServicios`` SOAP 1.2 requests (an ``Envio`` whose
  ``Destinatario`` has ``Telefono`` and ``Email``, its ``Observaciones`` naming the second
  number and the fax), Correos Express ``grabacionEnvio`` JSON requests (``telefDest``,
  ``emailDest``, the second number as ``telefOtrs``, the fax in ``observac``), SuiteCRM 8
  JSON:API ``Accounts`` records (``phone_office``, ``phone_alternate``, ``phone_fax``,
  ``email1``, the billing address) and Zimbra SOAP ``CreateContactRequest`` messages (a ``cn``
  with ``workPhone``, ``workPhone2``, ``workFax`` and ``email`` attributes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, before it was ever scored.

    python scripts/pii_held_out_219.py   # rewrites the committed file
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

from es_cgpj_courts_data import split_numbers
from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_cgpj_courts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_219.jsonl.gz"
SPLIT = "held_out_219"

LAYOUTS = ("gls_graba_servicios", "correos_express_envio", "suitecrm_account", "zimbra_contact")
PHONE = "telefonos"
FAX = "fax"
EDGES = {"phone": r"\d", "phone2": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
CET = dt.timezone(dt.timedelta(hours=1))

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented senders of the parcels: name, street, town, province, postcode
SENDERS = (
    ("Suministros Judiciales del Norte, S.L.", "Polígono Industrial Sabón, parcela 12",
     "Arteixo", "A Coruña", "15142"),
    ("Archivos y Custodia Documental Ibérica, S.A.", "Calle de la Granja, 21",
     "Alcobendas", "Madrid", "28108"),
    ("Papelería Técnica Levante, S.L.", "Avenida del Puerto, 180",
     "València", "Valencia/València", "46023"),
    ("Ofimática y Mobiliario del Sur, S.L.", "Calle Astronomía, 1, torre 3",
     "Sevilla", "Sevilla", "41015"),
    ("Imprenta Oficial Aragonesa, S.L.", "Calle Miguel Servet, 54",
     "Zaragoza", "Zaragoza", "50013"),
)  # fmt: skip
# invented contents of the parcels
CONTENTS = (
    "Expedientes en soporte papel", "Material de oficina", "Tóner y consumibles de impresora",
    "Sobres y carpetas con membrete", "Sellos de caucho", "Documentación devuelta",
)  # fmt: skip
# invented notes of a CRM account
NOTES = (
    "Cliente institucional: entregas de material en horario de 9:00 a 14:00.",
    "Suministro trimestral de consumibles según contrato menor.",
    "Retirada de documentación para su custodia externa.",
    "Envíos por mensajería a la atención de la oficina judicial.",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as the data keeps it, stripped ("" where the row has no such string)."""
    value = row["fields"].get(key)
    return value.strip() if isinstance(value, str) else ""


def phones(row: dict[str, Any]) -> list[str]:
    """The numbers of the row's ``telefonos`` field, each as published (one or two)."""
    return split_numbers(_f(row, PHONE))


def fax(row: dict[str, Any]) -> str:
    """The row's fax number as published ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published ("" where it has none)."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the directory's is)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each of the row's numbers and of its e-mail
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address); the second telephone and the fax under their own columns."""
    tel = phones(row)
    values = [("phone", tel[0]), ("phone2", tel[1] if len(tel) > 1 else "")]
    values += [("fax", fax(row)), ("email", email(row))]
    columns = {"phone": PHONE, "phone2": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2025 (CET)."""
    start = dt.datetime(2025, 1, 13, 8, 30, tzinfo=CET)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _place(row: dict[str, Any]) -> str:
    """The body's name and municipality (``Juzgado de lo Social nº 2 de Vigo``)."""
    return f"{_f(row, 'nombre')} de {_f(row, 'municipio')}"


def gls_graba_servicios(row: dict[str, Any], rng: random.Random) -> str:
    """A GLS Spain (ASM) ``GrabaServicios`` SOAP 1.2 request of one parcel to the body: an
    invented customer ``uidcliente``, an ``Envio`` with the date, carriage (``P``), service,
    time slot, parcel count and weight, an invented sender (``Remite``, no number) and the body
    as ``Destinatario`` (name, address, municipality, province, ``Pais`` 34, postcode,
    ``Telefono``, ``Email``, ``Observaciones`` naming the second number and the fax, ``ATT``
    the office), an invented customer reference."""
    tel = phones(row)
    when = _when(rng)
    sender = rng.choice(SENDERS)
    notes = f"{rng.choice(CONTENTS)}. Entregar en el registro de la oficina judicial."
    if len(tel) > 1:
        notes += f" Tel. alternativo {tel[1]}."
    if fax(row):
        notes += f" Fax {fax(row)}."
    ref = f"EXP{when:%y}{rng.randint(10000, 99999)}"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">',
        "  <soap12:Body>",
        '    <GrabaServicios xmlns="http://www.asmred.com/">',
        "      <docIn>",
        f'        <Servicios uidcliente="{_uuid(rng).upper()}" xmlns="http://www.asmred.com/">',
        '          <Envio codbarras="">',
        f"            <Fecha>{when:%d/%m/%Y}</Fecha>",
        "            <Portes>P</Portes>",
        f"            <Servicio>{rng.choice((1, 37, 96))}</Servicio>",
        f"            <Horario>{rng.choice((2, 3, 18))}</Horario>",
        f"            <Bultos>{rng.randint(1, 4)}</Bultos>",
        f"            <Peso>{rng.randint(1, 25)}</Peso>",
        "            <Retorno>0</Retorno>",
        "            <Pod>N</Pod>",
        "            <Remite>",
        f"              <Nombre>{_x(sender[0])}</Nombre>",
        f"              <Direccion>{_x(sender[1])}</Direccion>",
        f"              <Poblacion>{_x(sender[2])}</Poblacion>",
        f"              <Provincia>{_x(sender[3])}</Provincia>",
        "              <Pais>34</Pais>",
        f"              <CP>{sender[4]}</CP>",
        "              <Telefono></Telefono>",
        "              <Movil></Movil>",
        "              <Email></Email>",
        "              <Observaciones></Observaciones>",
        "            </Remite>",
        "            <Destinatario>",
        "              <Codigo></Codigo>",
        "              <Plaza></Plaza>",
        f"              <Nombre>{_x(_place(row))}</Nombre>",
        f"              <Direccion>{_x(_f(row, 'direccion'))}</Direccion>",
        f"              <Poblacion>{_x(_f(row, 'municipio'))}</Poblacion>",
        f"              <Provincia>{_x(_f(row, 'provincia'))}</Provincia>",
        "              <Pais>34</Pais>",
        f"              <CP>{_x(_f(row, 'codigopostal'))}</CP>",
        f"              <Telefono>{tel[0]}</Telefono>",
        "              <Movil></Movil>",
        f"              <Email>{_x(email(row))}</Email>",
        f"              <Observaciones>{_x(notes)}</Observaciones>",
        "              <ATT>Oficina judicial</ATT>",
        "            </Destinatario>",
        "            <Referencias>",
        f'              <Referencia tipo="C">{ref}</Referencia>',
        "            </Referencias>",
        "            <DevuelveAdicionales>",
        '              <Etiqueta tipo="PDF"></Etiqueta>',
        "            </DevuelveAdicionales>",
        "          </Envio>",
        "        </Servicios>",
        "      </docIn>",
        "    </GrabaServicios>",
        "  </soap12:Body>",
        "</soap12:Envelope>",
        "",
    ]
    return "\n".join(lines)


def correos_express_envio(row: dict[str, Any], rng: random.Random) -> str:
    """A Correos Express ``grabacionEnvio`` request body (JSON) of one parcel to the body: an
    invented ``solicitante``, reference and sender code, the date (``ddmmyyyy``), an invented
    sender with no number, the body as destination (``nomDest``, ``dirDest``, ``pobDest``,
    ``codPosNacDest``, ``contacDest``, ``telefDest``, ``emailDest``; its second number as
    ``telefOtrs``), the fax in ``observac``, the parcel count, weight, product and carriage,
    one ``listaBultos`` entry and the label request."""
    tel = phones(row)
    when = _when(rng)
    sender = rng.choice(SENDERS)
    code = f"{rng.randint(100, 999)}{rng.randint(100000, 999999)}"
    observac = f"{rng.choice(CONTENTS)}. Horario de entrega de 9:00 a 14:00."
    if fax(row):
        observac += f" Fax del destinatario: {fax(row)}."
    parcels = rng.randint(1, 3)
    doc = {
        "solicitante": f"E{code}",
        "canalEntrada": "",
        "numEnvio": "",
        "ref": f"PED-{when:%Y}-{rng.randint(1000, 9999)}",
        "refCliente": "",
        "fecha": f"{when:%d%m%Y}",
        "codRte": code,
        "nomRte": sender[0],
        "nifRte": "",
        "dirRte": sender[1],
        "pobRte": sender[2],
        "codPosNacRte": sender[4],
        "paisISORte": "",
        "codPosIntRte": "",
        "contacRte": "Expediciones",
        "telefRte": "",
        "emailRte": "",
        "codDest": "",
        "nomDest": _place(row)[:40],
        "nifDest": "",
        "dirDest": _f(row, "direccion"),
        "pobDest": _f(row, "municipio"),
        "codPosNacDest": _f(row, "codigopostal"),
        "paisISODest": "",
        "codPosIntDest": "",
        "contacDest": "Oficina judicial",
        "telefDest": tel[0],
        "emailDest": email(row),
        "contacOtrs": "Secretaría" if len(tel) > 1 else "",
        "telefOtrs": tel[1] if len(tel) > 1 else "",
        "emailOtrs": "",
        "observac": observac,
        "numBultos": str(parcels),
        "kilos": f"{rng.randint(1, 30)}",
        "volumen": "",
        "alto": "",
        "largo": "",
        "ancho": "",
        "producto": rng.choice(("63", "93")),
        "portes": "P",
        "reembolso": "",
        "entrSabado": "",
        "seguro": "",
        "numEnvioVuelta": "",
        "listaBultos": [
            {
                "alto": "", "ancho": "", "codBultoCli": "", "codUnico": "",
                "descripcion": "", "kilos": "", "largo": "", "observaciones": "",
                "orden": str(i + 1), "referencia": "", "volumen": "",
            }
            for i in range(parcels)
        ],
        "codDirecDestino": "",
        "password": "",
        "listaInformacionAdicional": [{"tipoEtiqueta": "1", "etiquetaPDF": ""}],
    }  # fmt: skip
    return _json(doc)


def suitecrm_account(row: dict[str, Any], rng: random.Random) -> str:
    """A SuiteCRM 8 JSON:API response of one ``Accounts`` record (``GET
    /Api/V8/module/Accounts/{id}``): an invented id, the body's name, type and industry, its
    ``phone_office``, ``phone_alternate`` (the second number, where there is one),
    ``phone_fax``, ``email1``, the billing address (street, municipality, province, postcode,
    country), the directory URL as ``website``, invented dates and a note; the record's
    ``links``."""
    tel = phones(row)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(30, 900))
    rid = _uuid(rng)
    attributes = {
        "name": _place(row),
        "date_entered": f"{created:%Y-%m-%dT%H:%M:%S%z}",
        "date_modified": f"{when:%Y-%m-%dT%H:%M:%S%z}",
        "modified_user_id": "1",
        "created_by": "1",
        "description": rng.choice(NOTES),
        "deleted": "0",
        "assigned_user_id": "1",
        "account_type": "Customer",
        "industry": "Government",
        "billing_address_street": _f(row, "direccion"),
        "billing_address_city": _f(row, "municipio"),
        "billing_address_state": _f(row, "provincia"),
        "billing_address_postalcode": _f(row, "codigopostal"),
        "billing_address_country": "España",
        "phone_office": tel[0],
        "phone_alternate": tel[1] if len(tel) > 1 else "",
        "phone_fax": fax(row),
        "website": _f(row, "url"),
        "email1": email(row),
        "jjwg_maps_lat_c": str(row["fields"].get("latitud") or ""),
        "jjwg_maps_lng_c": str(row["fields"].get("longitud") or ""),
    }
    doc = {
        "data": {
            "type": "Accounts",
            "id": rid,
            "attributes": attributes,
            "relationships": {
                "Contacts": {
                    "links": {"related": f"V8/module/Accounts/{rid}/relationships/contacts"}
                },
            },
        },
        "links": {"self": f"/Api/V8/module/Accounts/{rid}"},
    }  # fmt: skip
    return _json(doc)


def zimbra_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A Zimbra SOAP 1.2 ``CreateContactRequest`` of the body into an address book: the
    ``context`` header with an invented auth token, a ``cn`` in folder 7 with the body as
    ``company`` (``fileAs`` 3), its work address, ``workPhone``, ``workPhone2`` (the second
    number, where there is one), ``workFax``, ``email``, ``workURL`` and a note with its
    coordinates."""
    tel = phones(row)
    token = "0_" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    attrs = [
        ("fileAs", "3"),
        ("company", _place(row)),
        ("department", "Oficina judicial"),
        ("workStreet", _f(row, "direccion")),
        ("workCity", _f(row, "municipio")),
        ("workState", _f(row, "provincia")),
        ("workPostalCode", _f(row, "codigopostal")),
        ("workCountry", "España"),
        ("workPhone", tel[0]),
    ]
    if len(tel) > 1:
        attrs.append(("workPhone2", tel[1]))
    if fax(row):
        attrs.append(("workFax", fax(row)))
    if email(row):
        attrs.append(("email", email(row)))
    attrs.append(("workURL", _f(row, "url")))
    lat, lon = row["fields"].get("latitud"), row["fields"].get("longitud")
    if lat is not None and lon is not None:
        attrs.append(("notes", f"Directorio del CGPJ. Coordenadas: {lat}, {lon}."))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">',
        "  <soap:Header>",
        '    <context xmlns="urn:zimbra">',
        f"      <authToken>{token}</authToken>",
        '      <format type="xml"/>',
        "    </context>",
        "  </soap:Header>",
        "  <soap:Body>",
        '    <CreateContactRequest xmlns="urn:zimbraMail">',
        '      <cn l="7">',
        *[f"        <a n={quoteattr(k)}>{_x(v)}</a>" for k, v in attrs],
        "      </cn>",
        "    </CreateContactRequest>",
        "  </soap:Body>",
        "</soap:Envelope>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "gls_graba_servicios": gls_graba_servicios,
    "correos_express_envio": correos_express_envio,
    "suitecrm_account": suitecrm_account,
    "zimbra_contact": zimbra_contact,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each of its numbers and its e-mail
    address labelled."""
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

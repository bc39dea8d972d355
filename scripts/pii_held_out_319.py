"""held_out_319 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the Junta de Castilla y León's directory of museums; Spain's earlier parts
took other registers, among them the same publisher's directory of libraries) exactly as
published, in layouts no earlier part has, beside the directory's own ids, postcodes and
coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, ES (schools, hospitals, courts, councils,
libraries, restaurants, elderly centres, entities) and many others; here:

* the values are the ``Telefono``, ``Fax``, ``FaxOficial`` and ``Email`` fields of 455 of the
  directory's 459 museums, collections and interpretation centres
  (``scripts/data/pii_es_cyl_museums.json``, written by ``scripts/es_cyl_museums_data.py``;
  source and licence in that file): Spanish nine-digit numbers as the directory writes them,
  area code and line (``920 211641``), in three groups (``947 265 875``), in one run
  (``920380001``), in 3-2-2-2 groups (``921 54 08 10``) or dotted, two joined by `` / `` or
  `` - `` (``983.20.44.65/983.21.16.09``), some with a note before or after the number kept
  as published (``980 662 635 (Ayuntamiento)``, ``Turismo en Zamora: 980.536.135``, ``923
  294400 (ext. 1150)``: an extension is no number of its own, and a six-digit second line,
  ``947 361639 / 361700``, stays an unlabelled distractor), each value written whole where
  the layout puts it; the museums', foundations' and town halls' e-mail addresses
  (``museo.avila@jcyl.es``), each labelled (a note after an address, ``(Didáctica)``, stays
  outside its label);
* the text around them is the same row's real fields: the name, address line, street,
  postcode (``05001``), locality, province, the directory's ids (``1260887614172``), last
  update (``20130603``), coordinates and the entry's link, with invented object titles and
  dates, Eventbrite event, venue and organizer ids, ticket prices and capacities, Liferay
  article, group and structure ids and versions, and Europeana record ids, unlabelled and
  scored;
* in layouts no earlier part has, cultural-heritage and Spanish public-web formats, text in
  Spanish: Europeana Data Model RDF/XML records of an object of the museum as the Spanish
  aggregator (Hispana) delivers them (``edm:ProvidedCHO``, ``ore:Aggregation`` with the museum
  as ``edm:dataProvider``, and the museum as a ``foaf:Organization`` with ``foaf:phone`` for
  each telephone value, ``foaf:mbox`` for each address and the faxes in ``skos:note``s, an
  ``edm:Place`` with the coordinates), FIWARE Smart Data Models ``Museum`` entities in NGSI-LD
  (normalized, as ``POST /ngsi-ld/v1/entities`` takes them: ``contactPoint`` with the first
  ``telephone``, ``faxNumber`` and ``email``, a ``description`` naming every telephone value,
  ``address``, a GeoJSON ``location``, ``museumType``, ``source``), Liferay Portal web content
  articles (a ``JournalArticle``'s content XML of a 'Ficha de museo' structure: one
  ``dynamic-element`` per value of ``Telefono``, ``Fax`` and ``Email``, each in a CDATA
  ``dynamic-content``, and an HTML ``Descripcion`` naming the first number) and Eventbrite API
  v3 event objects (``GET /v3/events/:id/?expand=venue,organizer``: a guided visit at the
  museum, its ``venue`` address, and an HTML ``description`` giving every telephone, fax and
  e-mail value).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed unscored, with its data, before it was
ever scored.

    python scripts/pii_held_out_319.py   # rewrites the committed file
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
from pii_held_out_14 import Record, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_cyl_museums.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_319.jsonl.gz"
SPLIT = "held_out_319"

LAYOUTS = ("europeana_edm", "ngsi_ld_museum", "liferay_article", "eventbrite_event")
PHONE, FAX, FAX_OFFICIAL, EMAIL = "Telefono", "Fax", "FaxOficial", "Email"

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a value's place in a layout's text, before the record is labelled: kind, column, value
_MARK = re.compile("\ue000(phone|email)\ue002([^\ue002]*)\ue002([^\ue001]*)\ue001")

# invented objects and visits (no real catalogue entry or event is meant)
OBJECTS = (
    ("Arqueta relicario", "orfebrería", "s. XII"), ("Talla de la Virgen con el Niño",
    "escultura", "s. XIII"), ("Cántaro de agua", "cerámica", "s. XIX"),
    ("Arado romano", "aperos de labranza", "s. XX"), ("Fotografía de la plaza mayor",
    "fotografía", "1925"), ("Capitel historiado", "escultura", "s. XII"),
    ("Traje de fiesta charro", "indumentaria", "s. XIX"), ("Moneda de Augusto",
    "numismática", "s. I a. C."), ("Cantoral de coro", "libro manuscrito", "s. XVI"),
    ("Tabla de San Miguel", "pintura", "s. XV"),
)  # fmt: skip
VISITS = (
    "Visita guiada al museo", "Visita teatralizada", "Taller didáctico en familia",
    "Visita nocturna", "Ruta guiada por la colección", "Jornada de puertas abiertas",
)  # fmt: skip
KINDS = {
    "Centro de Interpretación": "InterpretationCentre", "Catedral": "religiousArt",
    "Etnogr": "ethnology", "Arqueol": "archaeology", "Ciencia": "science",
    "Naturaleza": "naturalScience", "Casa": "houseMuseum",
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
    """The row's kept e-mail values (an address, at times with a note after it)."""
    return _list(row, EMAIL)


def address_of(value: str) -> str:
    """The address of an e-mail value (``museo.salamanca.deac@jcyl.es (Didáctica)``: the note
    after it left out)."""
    return value.split()[0]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _phone(column: str, value: str) -> str:
    """A phone field's value where a layout writes it (labelled when the record is built)."""
    return f"\ue000phone\ue002{column}\ue002{value}\ue001"


def _email(value: str) -> str:
    """An e-mail address where a layout writes it (labelled when the record is built)."""
    return f"\ue000email\ue002{EMAIL}\ue002{address_of(value)}\ue001"


def _email_noted(value: str) -> str:
    """An e-mail value as published, the address labelled and its note after it not."""
    return _email(value) + value[len(address_of(value)) :]


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


def _name(row: dict[str, Any]) -> str:
    return _f(row, "NombreOrganismo")


def _postcode(row: dict[str, Any]) -> str:
    return _f(row, "CodigoPostal")


def _province(row: dict[str, Any]) -> str:
    """The entry's province as the directory names it (``Directorio Superior``)."""
    return _f(row, "Directorio Superior")


def _town(row: dict[str, Any]) -> str:
    return _f(row, "Localidad_NombreLocalidad")


def _street(row: dict[str, Any]) -> str:
    return _f(row, "Calle")


def _address(row: dict[str, Any]) -> str:
    """Street, postcode and locality, as one line (``Plaza de la Catedral, 8., 05001 Ávila``)."""
    place = " ".join(p for p in (_postcode(row), _town(row)) if p)
    return ", ".join(p for p in (_street(row), place) if p)


def _coordinates(row: dict[str, Any]) -> tuple[str, str]:
    """The entry's latitude and longitude as published (``Posicion`` less the zoom level)."""
    parts = _f(row, "Posicion").split("#")
    return (parts[0], parts[1]) if len(parts) >= 2 and parts[0] and parts[1] else ("", "")


def _web(row: dict[str, Any]) -> str:
    """The entry's first web page, "" where it has none."""
    pages = _list(row, "PaginaWeb")
    return pages[0] if pages else ""


def _updated(row: dict[str, Any]) -> str:
    """The last update as an ISO date (``20130603`` → ``2013-06-03``), "" where unreadable."""
    day = _f(row, "ultimaActualizacion")
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else ""


def _kind(row: dict[str, Any]) -> str:
    """A Smart Data Models ``museumType`` read from the name (``artsAndCrafts`` otherwise)."""
    for word, kind in KINDS.items():
        if word in _name(row):
            return kind
    return "artsAndCrafts"


def _phones_text(row: dict[str, Any]) -> str:
    """Every phone value, joined by `` y `` (marked)."""
    return " y ".join(_phone(PHONE, v) for v in phones(row))


def europeana_edm(row: dict[str, Any], rng: random.Random) -> str:
    """A Europeana Data Model record in RDF/XML of an invented object of the museum, as the
    Spanish aggregator delivers it: an ``edm:ProvidedCHO`` (title, type, date, subject,
    ``dcterms:spatial``), an ``ore:Aggregation`` (the museum as ``edm:dataProvider``, Hispana
    as ``edm:provider``, the entry's link as ``edm:isShownAt``, a rights statement), the museum
    as a ``foaf:Organization`` (``skos:prefLabel``, ``foaf:phone`` per telephone value,
    ``foaf:mbox`` per address, a ``skos:note`` per fax value, ``foaf:homepage``, a vCard
    address) and an ``edm:Place`` with the coordinates."""
    name = _name(row)
    title, kind, date = rng.choice(OBJECTS)
    ident = _f(row, "Identificador")
    rec = f"{rng.randint(100, 999)}{rng.randint(0, 9999):04d}"
    base = f"http://hispana.mcu.es/cyl/museos/{ident}"
    lat, lon = _coordinates(row)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
        '    xmlns:dcterms="http://purl.org/dc/terms/"',
        '    xmlns:edm="http://www.europeana.eu/schemas/edm/"',
        '    xmlns:ore="http://www.openarchives.org/ore/terms/"',
        '    xmlns:foaf="http://xmlns.com/foaf/0.1/"',
        '    xmlns:skos="http://www.w3.org/2004/02/skos/core#"',
        '    xmlns:vcard="http://www.w3.org/2006/vcard/ns#"',
        '    xmlns:wgs84_pos="http://www.w3.org/2003/01/geo/wgs84_pos#">',
        f'  <edm:ProvidedCHO rdf:about="{base}/objeto/{rec}">',
        f'    <dc:title xml:lang="es">{_x(title)}</dc:title>',
        f'    <dc:type xml:lang="es">{_x(kind)}</dc:type>',
        f"    <dc:date>{_x(date)}</dc:date>",
        f'    <dc:description xml:lang="es">{_x(title)}, de la colección de {_x(name)} '
        f"({_x(_town(row))}, {_x(_province(row))}).</dc:description>",
        f"    <dc:identifier>{ident}-{rec}</dc:identifier>",
        "    <dc:language>es</dc:language>",
        f'    <dcterms:spatial rdf:resource="{base}/lugar"/>',
        "    <edm:type>IMAGE</edm:type>",
        "  </edm:ProvidedCHO>",
        f'  <ore:Aggregation rdf:about="{base}/agregacion/{rec}">',
        f'    <edm:aggregatedCHO rdf:resource="{base}/objeto/{rec}"/>',
        f'    <edm:dataProvider rdf:resource="{base}/organizacion"/>',
        "    <edm:provider>Hispana</edm:provider>",
    ]
    link = _f(row, "Enlace al contenido")
    if link:
        lines.append(f'    <edm:isShownAt rdf:resource="{_x(link)}"/>')
    lines += [
        f'    <edm:isShownBy rdf:resource="{base}/imagen/{rec}.jpg"/>',
        '    <edm:rights rdf:resource="http://rightsstatements.org/vocab/InC/1.0/"/>',
        "  </ore:Aggregation>",
        f'  <foaf:Organization rdf:about="{base}/organizacion">',
        f'    <skos:prefLabel xml:lang="es">{_x(name)}</skos:prefLabel>',
    ]
    lines += [f"    <foaf:phone>{_phone(PHONE, v)}</foaf:phone>" for v in phones(row)]
    lines += [f"    <foaf:mbox>{_email(v)}</foaf:mbox>" for v in emails(row)]
    lines += [
        f'    <skos:note xml:lang="es">Fax: {_phone(c, v)}</skos:note>' for c, v in faxes(row)
    ]
    if _web(row):
        lines.append(f'    <foaf:homepage rdf:resource="{_x(_web(row))}"/>')
    lines += [
        "    <vcard:hasAddress>",
        "      <vcard:Address>",
        f"        <vcard:street-address>{_x(_street(row))}</vcard:street-address>",
        f"        <vcard:postal-code>{_x(_postcode(row))}</vcard:postal-code>",
        f"        <vcard:locality>{_x(_town(row))}</vcard:locality>",
        f"        <vcard:region>{_x(_province(row))}</vcard:region>",
        "        <vcard:country-name>España</vcard:country-name>",
        "      </vcard:Address>",
        "    </vcard:hasAddress>",
        "  </foaf:Organization>",
        f'  <edm:Place rdf:about="{base}/lugar">',
    ]
    if lat and lon:
        lines += [
            f"    <wgs84_pos:lat>{lat}</wgs84_pos:lat>",
            f"    <wgs84_pos:long>{lon}</wgs84_pos:long>",
        ]
    lines += [
        f'    <skos:prefLabel xml:lang="es">{_x(_town(row))}</skos:prefLabel>',
        "  </edm:Place>",
        "</rdf:RDF>",
        "",
    ]
    return "\n".join(lines)


def _prop(value: Any) -> dict[str, Any]:
    return {"type": "Property", "value": value}


def ngsi_ld_museum(row: dict[str, Any], rng: random.Random) -> str:
    """A FIWARE Smart Data Models ``Museum`` entity in NGSI-LD, normalized, as a context
    broker's ``POST /ngsi-ld/v1/entities`` takes it: an id of the directory's entry, ``name``,
    a ``description`` naming every telephone value, ``address``, a GeoJSON ``location`` (where
    the entry has coordinates), ``museumType``, ``contactPoint`` (the first ``telephone``,
    ``faxNumber`` and ``email``; the other values in ``description``), ``source``,
    ``dataProvider``, ``dateModified`` and the ``@context``."""
    name, tels, fx, mails = _name(row), phones(row), faxes(row), emails(row)
    lat, lon = _coordinates(row)
    said = f"{name}, en {_town(row)} ({_province(row)}). Información y reservas en el teléfono "
    said += _phones_text(row) + "."
    if fx[1:]:
        said += " Fax: " + " / ".join(_phone(c, v) for c, v in fx[1:]) + "."
    if mails[1:]:
        said += " Correo: " + ", ".join(_email(v) for v in mails[1:]) + "."
    contact: dict[str, str] = {"telephone": _phone(PHONE, tels[0])}
    if fx:
        contact["faxNumber"] = _phone(*fx[0])
    if mails:
        contact["email"] = _email(mails[0])
    contact["contactType"] = "Información al visitante"
    contact["availableLanguage"] = "es"
    entity: dict[str, Any] = {
        "id": f"urn:ngsi-ld:Museum:ES-CL-{_f(row, 'Identificador')}",
        "type": "Museum",
        "name": _prop(name),
        "description": _prop(said),
        "address": _prop(
            {
                "streetAddress": _street(row),
                "postalCode": _postcode(row),
                "addressLocality": _town(row),
                "addressRegion": _province(row),
                "addressCountry": "ES",
            }
        ),
    }
    if lat and lon:
        entity["location"] = {
            "type": "GeoProperty",
            "value": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        }
    entity["museumType"] = _prop([_kind(row)])
    entity["contactPoint"] = _prop(contact)
    if _web(row):
        entity["url"] = _prop(_web(row))
    if _f(row, "Enlace al contenido"):
        entity["source"] = _prop(_f(row, "Enlace al contenido"))
    entity["dataProvider"] = _prop("Junta de Castilla y León")
    if _updated(row):
        entity["dateModified"] = {
            "type": "Property",
            "value": {"@type": "DateTime", "@value": f"{_updated(row)}T00:00:00Z"},
        }
    entity["refSeeAlso"] = _prop([f"urn:ngsi-ld:PointOfInterest:cyl-{rng.randint(10000, 99999)}"])
    entity["@context"] = [
        "https://raw.githubusercontent.com/smart-data-models/dataModel.PointOfInterest/"
        "master/context.jsonld",
        "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.7.jsonld",
    ]
    return json.dumps(entity, ensure_ascii=False, indent=2) + "\n"


def _dynamic(name: str, kind: str, value: str, rng: random.Random, index: str = "keyword") -> str:
    """One ``dynamic-element`` of a Liferay article's content, its value in CDATA."""
    iid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    return (
        f'  <dynamic-element name="{name}" type="{kind}" index-type="{index}" '
        f'instance-id="{iid}">\n'
        f'    <dynamic-content language-id="es_ES"><![CDATA[{value}]]></dynamic-content>\n'
        "  </dynamic-element>"
    )


def liferay_article(row: dict[str, Any], rng: random.Random) -> str:
    """A Liferay Portal web content article's content XML (a ``JournalArticle`` of a 'Ficha de
    museo' structure, as the JSON web services' ``journalarticle/get-article`` return it in
    ``content``): ``root`` with its locales, one ``dynamic-element`` per field (name, street,
    postcode, locality, province, one ``Telefono`` per telephone value, one ``Fax`` per fax
    value, one ``Email`` per address, web page, coordinates as a ``geolocation`` JSON) and an
    HTML ``Descripcion`` naming the first number; an XML comment with invented article,
    group and structure ids and the version."""
    name, tels = _name(row), phones(row)
    lat, lon = _coordinates(row)
    article = rng.randint(30000, 899999)
    head = [
        '<?xml version="1.0"?>',
        f"<!-- articleId={article} groupId={rng.randint(20100, 20199)} "
        f"ddmStructureKey=FICHA-MUSEO-{rng.randint(100000, 999999)} "
        f"version={rng.randint(1, 9)}.{rng.randint(0, 9)} -->",
        '<root available-locales="es_ES" default-locale="es_ES">',
    ]
    items = [
        _dynamic("Nombre", "text", name, rng),
        _dynamic("Calle", "text", _street(row), rng),
        _dynamic("CodigoPostal", "text", _postcode(row), rng),
        _dynamic("Localidad", "text", _town(row), rng),
        _dynamic("Provincia", "text", _province(row), rng),
    ]
    items += [_dynamic("Telefono", "text", _phone(PHONE, v), rng) for v in tels]
    items += [_dynamic("Fax", "text", _phone(c, v), rng) for c, v in faxes(row)]
    items += [_dynamic("Email", "text", _email_noted(v), rng) for v in emails(row)]
    if _web(row):
        items.append(_dynamic("PaginaWeb", "text", _web(row), rng))
    if lat and lon:
        where = json.dumps({"latitude": float(lat), "longitude": float(lon)})
        items.append(_dynamic("Ubicacion", "ddm-geolocation", where, rng, "none"))
    said = (
        f"<p>{_x(name)} abre sus salas en {_x(_town(row))}. Para visitas de grupo, llame al "
        f"{_phone(PHONE, tels[0])} con antelación.</p>"
    )
    items.append(_dynamic("Descripcion", "text_area", said, rng, "text"))
    items.append(_dynamic("IdentificadorDirectorio", "text", _f(row, "Identificador"), rng))
    return "\n".join([*head, *items, "</root>", ""])


def eventbrite_event(row: dict[str, Any], rng: random.Random) -> str:
    """An Eventbrite API v3 event object as ``GET /v3/events/:id/?expand=venue,organizer``
    returns it: an invented guided visit at the museum (invented event, organizer and venue
    ids, start and end in Europe/Madrid, capacity, a ``ticket_availability`` minimum price in
    euros), an HTML ``description`` giving every telephone, fax and e-mail value, the
    ``venue`` with the museum's name, address and coordinates, and the museum's name as
    ``organizer``."""
    name = _name(row)
    when = _when(rng).replace(minute=0, second=0)
    start = when.replace(hour=rng.choice((10, 11, 12, 17, 18)))
    end = start + dt.timedelta(hours=rng.choice((1, 2)))
    event_id, venue_id = str(rng.randint(10**11, 10**12 - 1)), str(rng.randint(10**8, 10**9 - 1))
    organizer_id = str(rng.randint(10**10, 10**11 - 1))
    visit = rng.choice(VISITS)
    price = rng.choice((0, 2, 3, 4, 5, 6))
    parts = [f"<p>{_x(visit)} en {_x(name)}.</p>", f"<p>Teléfono: {_phones_text(row)}</p>"]
    if faxes(row):
        parts.append("<p>Fax: " + " / ".join(_phone(c, v) for c, v in faxes(row)) + "</p>")
    if emails(row):
        parts.append("<p>Correo: " + ", ".join(_email(v) for v in emails(row)) + "</p>")
    parts.append(f"<p>Aforo limitado a {rng.choice((15, 20, 25, 30))} personas.</p>")
    lat, lon = _coordinates(row)
    utc = dt.UTC
    event = {
        "id": event_id,
        "name": {"text": f"{visit} · {name}", "html": f"{_x(visit)} · {_x(name)}"},
        "description": {"text": None, "html": "".join(parts)},
        "url": f"https://www.eventbrite.es/e/{event_id}",
        "start": {
            "timezone": "Europe/Madrid",
            "local": start.strftime("%Y-%m-%dT%H:%M:%S"),
            "utc": start.astimezone(utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "end": {
            "timezone": "Europe/Madrid",
            "local": end.strftime("%Y-%m-%dT%H:%M:%S"),
            "utc": end.astimezone(utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "organization_id": str(rng.randint(10**11, 10**12 - 1)),
        "created": (start - dt.timedelta(days=rng.randint(10, 60)))
        .astimezone(utc)
        .strftime("%Y-%m-%dT%H:%M:%SZ"),
        "status": "live",
        "currency": "EUR",
        "listed": True,
        "shareable": True,
        "online_event": False,
        "capacity": rng.choice((15, 20, 25, 30)),
        "is_free": price == 0,
        "locale": "es_ES",
        "organizer_id": organizer_id,
        "venue_id": venue_id,
        "category_id": "105",
        "ticket_availability": {
            "minimum_ticket_price": {
                "currency": "EUR",
                "value": price * 100,
                "major_value": f"{price}.00",
                "display": f"{price},00 €",
            },
        },  # fmt: skip
        "venue": {
            "id": venue_id,
            "name": name,
            "address": {
                "address_1": _street(row),
                "address_2": None,
                "city": _town(row),
                "region": _province(row),
                "postal_code": _postcode(row),
                "country": "ES",
                "latitude": lat or None,
                "longitude": lon or None,
                "localized_address_display": _address(row),
            },  # fmt: skip
        },
        "organizer": {
            "id": organizer_id,
            "name": name,
            "website": _web(row) or None,
            "url": f"https://www.eventbrite.es/o/{organizer_id}",
        },
    }
    return json.dumps(event, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "europeana_edm": europeana_edm,
    "ngsi_ld_museum": ngsi_ld_museum,
    "liferay_article": liferay_article,
    "eventbrite_event": eventbrite_event,
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

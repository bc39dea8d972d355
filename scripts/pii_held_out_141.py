"""held_out_141 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (Spain's hospitals in Eurostat GISCO's healthcare-services list; Spain's earlier parts
took Catalonia's and the Comunidad de Madrid's schools) exactly as published, in layouts no
earlier part has, beside the register's own names, addresses, codes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of ES (XTEC's and Madrid's schools), PT, FR, IT and many
others; here:

* the values are the ``tel`` and ``email`` fields of 400 hospitals, a seeded sample of the
  807 with a number (``scripts/data/pii_es_hospitals.json``, written by
  ``scripts/es_hospitals_data.py``; source and licence in that file): Spanish numbers as the
  file writes them, nine digits in one run with no ``+34`` and no separator (``945006555``;
  one of eight digits, ``84842222``), each copy labelled; the hospital's office e-mail address
  in capitals where the row has one (``SECRETARIA.GERENCIA@OSAKIDETZA.EUS``; addresses that
  name a person were left out of the data), each copy labelled;
* the text around them is the same row's real fields: the name, street and house number
  (``S/N`` where it has none), postcode (``01006``), city, the hospital's code twice as the
  file's id (``010035010035``), bed count, kind (``GERIATRÍA Y/O LARGA ESTANCIA``), ownership,
  coordinates and reference date, with invented request ids, object ids, translation-unit ids,
  call numbers, version strings and dates, unlabelled and scored;
* in layouts no earlier part has, directory, translation, genealogy and GIS formats, text in
  Spanish: DSML v2 batch requests (OASIS Directory Services Markup Language: an
  ``addRequest`` of the hospital's LDAP entry with ``telephoneNumber``, ``mail``,
  ``postalAddress`` and a ``description`` repeating the number, then a ``searchRequest`` for
  it), TMX 1.4b translation memories of the hospital's visitor leaflet as OmegaT writes them
  (Spanish and English ``tuv`` of each ``tu``, the number and the address in both), GEDCOM
  5.5.1 files of a family historian's sources (the hospital's archive as ``REPO`` with
  ``PHON`` and ``EMAIL`` and a ``NOTE`` repeating the number, a ``SOUR`` of its birth
  registers citing it) and ArcGIS REST query responses (Esri JSON ``FeatureSet``: the
  hospital as one point feature with ``TELEFONO`` and ``EMAIL`` attributes).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_141.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_es_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_141.jsonl.gz"
SPLIT = "held_out_141"

LAYOUTS = ("dsml_batch", "tmx_memory", "gedcom_repository", "esri_featureset")
PHONE = "tel"
EDGES = {"phone": r"\d", "email": r"[\w.@-]"}
# how many times each layout writes the phone field and the e-mail address
COPIES = {
    "dsml_batch": (2, 1),
    "tmx_memory": (2, 2),
    "gedcom_repository": (2, 1),
    "esri_featureset": (1, 1),
}
MADRID = dt.timezone(dt.timedelta(hours=1))

# the row's ownership as the file gives it, in Spanish and English
OWNERSHIP = {"public": ("público", "public"), "private": ("privado", "private")}

# the data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The hospital's office e-mail address, "" where the data keeps none for the row."""
    return _f(row, "email")


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the register's is)."""
    return value.startswith(("+", "00"))


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field and of its e-mail address
    labelled (each copy stands apart: no digit next to a number, no address character next to
    an address)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def street(row: dict[str, Any]) -> str:
    """The street and house number as the file gives them (``ÁLAVA 43``, ``... S/N``)."""
    return " ".join(v for v in (_f(row, "street"), _f(row, "house_number")) if v)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as JSON (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Madrid, winter time)."""
    start = dt.datetime(2024, 1, 15, 8, 0, tzinfo=MADRID)
    return start + dt.timedelta(seconds=rng.randint(0, 320 * 86400))


def _kind_es(row: dict[str, Any]) -> str:
    """``hospital público`` or ``hospital privado`` (the file's ``public_private``)."""
    return f"hospital {OWNERSHIP[_f(row, 'public_private')][0]}"


def dsml_batch(row: dict[str, Any], rng: random.Random) -> str:
    """A DSML v2 ``batchRequest`` (OASIS, ``urn:oasis:names:tc:DSML:2:0:core``) that loads the
    hospital into an invented health directory's LDAP tree: an ``addRequest`` of its entry
    (``uid`` the register's id; ``o``, ``businessCategory``, ``street``, ``postalCode``, ``l``,
    ``postalAddress`` with ``$`` between its lines, ``telephoneNumber``, ``mail`` where the row
    has one, a ``description`` in Spanish repeating the number), then a ``searchRequest`` that
    reads the entry back; invented request ids."""
    tel, mail, code = phone(row), email(row), _f(row, "id")
    base = "ou=hospitales,dc=directorio-sanitario,dc=example"
    batch = rng.randint(1000, 99999)
    beds = _f(row, "cap_beds")
    description = (
        f"{_kind_es(row).capitalize()}. Finalidad asistencial: {_f(row, 'facility_type')}. "
        f"Camas instaladas: {beds}. Centralita: {tel}."
    )
    attrs = [
        ("objectClass", ["top", "organization", "extensibleObject"]),
        ("uid", [code]),
        ("o", [_f(row, "hospital_name")]),
        ("businessCategory", [_f(row, "facility_type")]),
        ("street", [street(row)]),
        ("postalCode", [_f(row, "postcode")]),
        ("l", [_f(row, "city")]),
        ("postalAddress", [f"{street(row)}${_f(row, 'postcode')} {_f(row, 'city')}$España"]),
        ("telephoneNumber", [tel]),
    ]
    if mail:
        attrs.append(("mail", [mail]))
    attrs.append(("description", [description]))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<batchRequest xmlns="urn:oasis:names:tc:DSML:2:0:core" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'requestID="lote-{batch}" processing="sequential" onError="exit">',
        f'  <addRequest requestID="lote-{batch}-1" dn={quoteattr(f"uid={code},{base}")}>',
    ]
    for name, values in attrs:
        lines.append(f'    <attr name="{name}">')
        lines += [f"      <value>{_x(v)}</value>" for v in values]
        lines.append("    </attr>")
    lines += [
        "  </addRequest>",
        f'  <searchRequest requestID="lote-{batch}-2" dn="{base}" scope="singleLevel" '
        'derefAliases="neverDerefAliases" sizeLimit="1" timeLimit="30" typesOnly="false">',
        "    <filter>",
        '      <equalityMatch name="uid">',
        f"        <value>{code}</value>",
        "      </equalityMatch>",
        "    </filter>",
        "    <attributes>",
        *(f'      <attribute name="{a}"/>' for a in ("o", "telephoneNumber", "mail", "l")),
        "    </attributes>",
        "  </searchRequest>",
        "</batchRequest>",
        "",
    ]
    return "\n".join(lines)


# the leaflet's sentence that gives the number, in Spanish and English (one drawn per record)
PHONE_LINES = (
    ("Centralita: {tel}", "Switchboard: {tel}"),
    ("Teléfono de información: {tel}", "Information line: {tel}"),
    ("Para cualquier consulta, llame al {tel}.", "For any enquiries, please call {tel}."),
    ("Cita previa y admisión: teléfono {tel}.", "Appointments and admissions: telephone {tel}."),
)


def tmx_memory(row: dict[str, Any], rng: random.Random) -> str:
    """A TMX 1.4b translation memory as OmegaT writes it for the hospital's visitor leaflet,
    Spanish to English: the ``header`` (tool, segmentation, languages, an invented creation
    date), and a ``tu`` per sentence, each with an invented ``tuid`` and creation date, the
    register's id as a ``prop`` and a Spanish and an English ``tuv``: what the hospital is,
    its address, the number, the e-mail address where the row has one, the bed count."""
    tel, mail, name = phone(row), email(row), _f(row, "hospital_name")
    when = _when(rng)
    city, postcode = _f(row, "city"), _f(row, "postcode")
    es_kind, en_kind = OWNERSHIP[_f(row, "public_private")]
    phone_es, phone_en = rng.choice(PHONE_LINES)
    where = f"{street(row)}, {postcode} {city}"
    pairs = [
        (f"{name} es un hospital {es_kind} de {city}.",
         f"{name} is a {en_kind} hospital in {city}."),
        (f"Dirección: {where}.", f"Address: {where}, Spain."),
        (phone_es.format(tel=tel), phone_en.format(tel=tel)),
    ]  # fmt: skip
    if mail:
        pairs.append((f"Correo electrónico: {mail}", f"Email: {mail}"))
    pairs.append((f"Camas instaladas: {_f(row, 'cap_beds')}.", f"Beds: {_f(row, 'cap_beds')}."))
    base = rng.randint(10000, 90000)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        '  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" '
        f'datatype="plaintext" creationtoolversion="6.0.1_0_{rng.randint(100, 999)}" '
        'segtype="sentence" srclang="es-ES"/>',
        "  <body>",
    ]
    for i, (es, en) in enumerate(pairs):
        stamp = f"{(when + dt.timedelta(minutes=3 * i)).astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
        lines += [
            f'    <tu tuid="{base + i}">',
            f'      <prop type="x-hospital-id">{_f(row, "id")}</prop>',
            f'      <tuv xml:lang="es-ES" creationdate="{stamp}">',
            f"        <seg>{_x(es)}</seg>",
            "      </tuv>",
            f'      <tuv xml:lang="en-GB" creationdate="{stamp}">',
            f"        <seg>{_x(en)}</seg>",
            "      </tuv>",
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def gedcom_repository(row: dict[str, Any], rng: random.Random) -> str:
    """A GEDCOM 5.5.1 file (UTF-8, ``LANG Spanish``) of a family historian's sources: the
    ``HEAD`` with an invented genealogy program, date and file name, a submitter (an invented
    genealogical society), the hospital's archive as ``REPO`` (its name, the address as
    ``ADDR`` with ``ADR1``, ``CITY``, ``POST``, ``CTRY``, then ``PHON``, ``EMAIL`` where the row
    has one, a ``NOTE`` repeating the number), and a ``SOUR`` of its birth registers (invented
    years, the city as ``PLAC``, an invented call number) citing it."""
    tel, mail, name = phone(row), email(row), _f(row, "hospital_name")
    when = _when(rng)
    first = rng.randint(1940, 1975)
    lines = [
        "0 HEAD",
        "1 SOUR ARBOL_GENEALOGICO",
        f"2 VERS {rng.randint(3, 7)}.{rng.randint(0, 9)}",
        "2 NAME Árbol Genealógico",
        "1 DEST ANY",
        f"1 DATE {when.day} {MONTHS[when.month - 1]} {when.year}",
        f"2 TIME {when:%H:%M:%S}",
        "1 SUBM @U1@",
        f"1 FILE fuentes_{_f(row, 'id')}.ged",
        "1 GEDC",
        "2 VERS 5.5.1",
        "2 FORM LINEAGE-LINKED",
        "1 CHAR UTF-8",
        "1 LANG Spanish",
        "0 @U1@ SUBM",
        "1 NAME Asociación de Genealogía e Historia Familiar",
        "0 @R1@ REPO",
        f"1 NAME Archivo de {name}",
        f"1 ADDR {street(row)}",
        f"2 ADR1 {street(row)}",
        f"2 CITY {_f(row, 'city')}",
        f"2 POST {_f(row, 'postcode')}",
        "2 CTRY España",
        f"1 PHON {tel}",
    ]
    if mail:
        lines.append(f"1 EMAIL {mail}")
    lines += [
        f"1 NOTE Consultas y copias de partidas: llamar al {tel} en horario de oficina.",
        "0 @S1@ SOUR",
        "1 DATA",
        "2 EVEN BIRT",
        f"3 DATE FROM {first} TO {first + rng.randint(5, 25)}",
        f"3 PLAC {_f(row, 'city')}",
        f"1 TITL Libro registro de nacimientos de {name}",
        f"1 AUTH {name}",
        "1 REPO @R1@",
        f"2 CALN Legajo {rng.randint(1, 400)}",
        "3 MEDI Book",
        "0 TRLR",
        "",
    ]
    return "\n".join(lines)


# the layer's fields (name, Esri type, Spanish alias, length of a string field)
FIELDS = (
    ("OBJECTID", "esriFieldTypeOID", "OBJECTID", None),
    ("CODIGO", "esriFieldTypeString", "Código del hospital", 12),
    ("NOMBRE", "esriFieldTypeString", "Nombre", 120),
    ("FINALIDAD", "esriFieldTypeString", "Finalidad asistencial", 60),
    ("DEPENDENCIA", "esriFieldTypeString", "Dependencia", 10),
    ("DIRECCION", "esriFieldTypeString", "Dirección", 120),
    ("CP", "esriFieldTypeString", "Código postal", 5),
    ("MUNICIPIO", "esriFieldTypeString", "Municipio", 60),
    ("CAMAS", "esriFieldTypeInteger", "Camas instaladas", None),
    ("TELEFONO", "esriFieldTypeString", "Teléfono", 20),
    ("EMAIL", "esriFieldTypeString", "Correo electrónico", 80),
    ("FECHA_REF", "esriFieldTypeDate", "Fecha de referencia", 8),
)


def esri_featureset(row: dict[str, Any], rng: random.Random) -> str:
    """An ArcGIS REST ``query`` response (``f=json``) of an invented hospitals layer: Esri JSON
    ``FeatureSet`` with ``displayFieldName``, ``fieldAliases`` in Spanish, point geometry in
    WGS 84 (``wkid`` 4326), the ``fields`` with their Esri types, and the hospital as its one
    feature (an invented ``OBJECTID``, the register's id, name, kind, ownership, street,
    postcode, city, beds, ``TELEFONO``, ``EMAIL`` or null, the reference date as epoch
    milliseconds), its coordinates as ``x`` and ``y``; compact, as the server sends it."""
    day, month, year = (int(p) for p in _f(row, "ref_date").split("/"))
    ref = dt.datetime(year, month, day, tzinfo=dt.UTC)
    values = {
        "OBJECTID": rng.randint(1, 900),
        "CODIGO": _f(row, "id"),
        "NOMBRE": _f(row, "hospital_name"),
        "FINALIDAD": _f(row, "facility_type"),
        "DEPENDENCIA": _f(row, "public_private"),
        "DIRECCION": street(row),
        "CP": _f(row, "postcode"),
        "MUNICIPIO": _f(row, "city"),
        "CAMAS": int(_f(row, "cap_beds")),
        "TELEFONO": phone(row),
        "EMAIL": email(row) or None,
        "FECHA_REF": int(ref.timestamp()) * 1000,
    }
    fields = []
    for name, kind, alias, length in FIELDS:
        field = {"name": name, "type": kind, "alias": alias}
        if length is not None:
            field["length"] = length
        fields.append(field)
    doc = {
        "displayFieldName": "NOMBRE",
        "fieldAliases": {name: alias for name, _, alias, _ in FIELDS},
        "geometryType": "esriGeometryPoint",
        "spatialReference": {"wkid": 4326, "latestWkid": 4326},
        "fields": fields,
        # the coordinates as the file gives them (each reads back as the same float)
        "features": [
            {
                "attributes": values,
                "geometry": {"x": float(_f(row, "lon")), "y": float(_f(row, "lat"))},
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "dsml_batch": dsml_batch,
    "tmx_memory": tmx_memory,
    "gedcom_repository": gedcom_repository,
    "esri_featureset": esri_featureset,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and of its
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

"""held_out_118 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (Regione Lombardia's accredited care homes for the elderly, the "Elenco RSA
Accreditate"; Italy's earlier part took ICCU's libraries) exactly as published, in layouts no
earlier part has, beside the register's own fields.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
IT (libraries) and many others; here:

* the values are the ``TEL`` and ``FAX`` fields of 600 care homes
  (``scripts/data/pii_it_lombardia_rsa.json``, written by ``scripts/it_lombardia_rsa_data.py``;
  source and licence in that file): Italian numbers as the register writes them, the area code
  and the subscriber number split by a slash (``035/759031``), some with an extension, a few run
  together or broken over two lines by the register's conversion from a PDF (kept as they are),
  each copy labelled; the fax where the row has one of its own;
* the text around them is the same row's real fields: the ASL, name, municipality, address,
  postcode (``24021``) and accredited beds, with invented coordinates (the register has none:
  points drawn inside Lombardy, ``45.6982``, ``9.7713``; UTM metres in CityGML), entry ids,
  timestamps and marker ids, unlabelled and scored;
* in layouts no earlier part has, geographic and mapping formats, text in Italian: GeoRSS
  Atom feeds (``georss:point`` and ``georss:featurename``, the number in the entry's
  ``content`` and ``summary``), CityGML 2.0 city models (a ``bldg:Building`` with an xAL
  ``bldg:address`` and ``gen:stringAttribute``s ``telefono`` and ``fax``), Leaflet marker
  scripts (``L.marker`` with a ``bindPopup`` template literal and an object of the home's
  fields) and Garmin POI Loader CSV files (``longitude,latitude,"name","comment"``, the home and
  its visitors' entrance).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_118.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_it_lombardia_rsa.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_118.jsonl.gz"
SPLIT = "held_out_118"

LAYOUTS = ("georss_atom", "citygml", "leaflet_script", "garmin_poi_csv")
PHONE, FAX = "TEL", "FAX"
BEDS = "POSTI_LET TO_TOTAL I_ACCREDI TATI"
ALZHEIMER = "POSTI_LET TO_ALZHE IMER_ACC REDITATI"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _flat(row: dict[str, Any], key: str) -> str:
    """A name or address field with the line breaks of the PDF conversion as spaces."""
    return " ".join(_f(row, key).split())


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published, stripped, where it is a number of its own: six
    digits or more, and neither the phone field again nor a part of it; "" otherwise."""
    value, tel = _f(row, FAX), phone(row)
    if sum(c.isdigit() for c in value) < 6 or value in tel or tel in value:
        return ""
    return value


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled (each
    copy stands apart: no digit next to it)."""
    values = [("phone", phone(row)), ("fax", fax(row))]
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, values, edges, {"phone": PHONE, "fax": FAX}, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2013, the year the register was updated (UTC)."""
    start = dt.datetime(2013, 1, 14, 8, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _point(rng: random.Random) -> tuple[str, str]:
    """Invented coordinates inside Lombardy (the register has none): latitude, longitude."""
    return f"{rng.uniform(45.05, 46.35):.6f}", f"{rng.uniform(8.6, 11.1):.6f}"


def _xml(value: str) -> str:
    """XML character data; a phone or fax value must need no escaping (it stands as is)."""
    return escape(value, {'"': "&quot;"})


def _contact(row: dict[str, Any]) -> str:
    """The row's numbers as a line of prose: ``Tel. ...`` and, where it has one, ``fax ...``."""
    out = f"Tel. {phone(row)}"
    return out + (f" - fax {fax(row)}" if fax(row) else "")


def georss_atom(row: dict[str, Any], rng: random.Random) -> str:
    """A GeoRSS-Simple Atom feed of the register's map layer with one entry for the home:
    ``georss:point`` (invented), ``georss:featurename``, the address and numbers in the entry's
    ``content`` and the phone again in its ``summary``; invented entry ids and times."""
    name, tel = _flat(row, "DENOMINAZIONE_STRUTTURA"), phone(row)
    lat, lon = _point(rng)
    when = _when(rng)
    entry = uuid.UUID(int=rng.getrandbits(128), version=4)
    city, cap = _flat(row, "COMUNE"), _f(row, "CAP")
    content = (
        f"<p>{_xml(name)}<br/>{_xml(_flat(row, 'INDIRIZZO'))} - {cap} {_xml(city)}</p>"
        f"<p>{_xml(_contact(row))}</p><p>ASL {_xml(_f(row, 'ASL'))}, posti letto accreditati "
        f"{_f(row, BEDS)} (di cui Alzheimer {_f(row, ALZHEIMER)})</p>"
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss">',
        "  <title>RSA accreditate - Regione Lombardia</title>",
        f"  <id>urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}</id>",
        f"  <updated>{when:%Y-%m-%dT%H:%M:%SZ}</updated>",
        "  <author><name>Mappa RSA</name></author>",
        "  <entry>",
        f"    <title>{_xml(name)}</title>",
        f"    <id>urn:uuid:{entry}</id>",
        f"    <updated>{when:%Y-%m-%dT%H:%M:%SZ}</updated>",
        f"    <summary>{_xml(name)} ({_xml(city)}): centralino {_xml(tel)}</summary>",
        f'    <content type="html">{_xml(content)}</content>',
        f"    <georss:point>{lat} {lon}</georss:point>",
        f"    <georss:featurename>{_xml(city)}</georss:featurename>",
        '    <category term="rsa" label="Residenza sanitario-assistenziale"/>',
        "  </entry>",
        "</feed>",
    ]
    return "\n".join(lines) + "\n"


def citygml(row: dict[str, Any], rng: random.Random) -> str:
    """A CityGML 2.0 city model with the home as a ``bldg:Building``: ``gml:name``, a
    description with its numbers, generic attributes (``telefono``, ``fax``, ``asl``,
    ``posti_letto``), an invented envelope and height in UTM 32N metres, an xAL address with the
    register's street, postcode and municipality; an invented building id."""
    name, tel = _flat(row, "DENOMINAZIONE_STRUTTURA"), phone(row)
    east, north = rng.uniform(470000, 660000), rng.uniform(4990000, 5140000)
    height = rng.uniform(7, 24)
    gid = f"BLDG_{rng.randint(10**9, 10**10 - 1)}"
    attrs = [("gen:stringAttribute", "telefono", tel)]
    if fax(row):
        attrs.append(("gen:stringAttribute", "fax", fax(row)))
    attrs += [("gen:stringAttribute", "asl", _f(row, "ASL")),
              ("gen:intAttribute", "posti_letto", _f(row, BEDS)),
              ("gen:intAttribute", "posti_alzheimer", _f(row, ALZHEIMER))]  # fmt: skip
    generic = [
        f'      <{tag} name="{key}">\n        <gen:value>{_xml(value)}</gen:value>\n      </{tag}>'
        for tag, key, value in attrs
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0"',
        '    xmlns:bldg="http://www.opengis.net/citygml/building/2.0"',
        '    xmlns:gen="http://www.opengis.net/citygml/generics/2.0"',
        '    xmlns:gml="http://www.opengis.net/gml"',
        '    xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0">',
        "  <gml:name>RSA accreditate</gml:name>",
        "  <gml:boundedBy>",
        '    <gml:Envelope srsName="EPSG:32632" srsDimension="3">',
        f"      <gml:lowerCorner>{east:.2f} {north:.2f} 0.00</gml:lowerCorner>",
        f"      <gml:upperCorner>{east + 40:.2f} {north + 30:.2f} {height:.2f}</gml:upperCorner>",
        "    </gml:Envelope>",
        "  </gml:boundedBy>",
        "  <core:cityObjectMember>",
        f'    <bldg:Building gml:id="{gid}">',
        f"      <gml:description>{_xml(name)}. {_xml(_contact(row))}</gml:description>",
        f"      <gml:name>{_xml(name)}</gml:name>",
        *generic,
        "      <bldg:function>2210</bldg:function>",
        f'      <bldg:measuredHeight uom="m">{height:.2f}</bldg:measuredHeight>',
        "      <bldg:address>",
        "        <core:Address>",
        "          <core:xalAddress>",
        "            <xAL:AddressDetails>",
        "              <xAL:Country><xAL:CountryName>Italia</xAL:CountryName>",
        '                <xAL:Locality Type="Town">',
        f"                  <xAL:LocalityName>{_xml(_flat(row, 'COMUNE'))}</xAL:LocalityName>",
        '                  <xAL:Thoroughfare Type="Street">',
        "                    <xAL:ThoroughfareName>"
        f"{_xml(_flat(row, 'INDIRIZZO'))}</xAL:ThoroughfareName>",
        "                  </xAL:Thoroughfare>",
        "                  <xAL:PostalCode><xAL:PostalCodeNumber>"
        f"{_f(row, 'CAP')}</xAL:PostalCodeNumber></xAL:PostalCode>",
        "                </xAL:Locality>",
        "              </xAL:Country>",
        "            </xAL:AddressDetails>",
        "          </core:xalAddress>",
        "        </core:Address>",
        "      </bldg:address>",
        "    </bldg:Building>",
        "  </core:cityObjectMember>",
        "</core:CityModel>",
    ]
    return "\n".join(lines) + "\n"


def _template(value: str) -> str:
    """A JavaScript template literal holding ``value`` as is (``\\``, backtick, ``${`` escaped;
    line breaks stand as they are)."""
    out = value.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
    return f"`{out}`"


def leaflet_script(row: dict[str, Any], rng: random.Random) -> str:
    """A Leaflet script placing the home on a map: an object of its fields (template
    literals, so the register's line breaks stand), an ``L.marker`` at invented coordinates
    with a ``bindPopup`` naming the numbers, and a tooltip repeating the phone; an invented
    marker id and zoom."""
    name, tel = _flat(row, "DENOMINAZIONE_STRUTTURA"), phone(row)
    lat, lon = _point(rng)
    marker = f"rsa-{rng.randint(100000, 999999)}"
    fields = [("asl", _f(row, "ASL")), ("nome", name), ("comune", _flat(row, "COMUNE")),
              ("indirizzo", _flat(row, "INDIRIZZO")), ("cap", _f(row, "CAP")),
              ("tel", tel)]  # fmt: skip
    if fax(row):
        fields.append(("fax", fax(row)))
    fields.append(("postiLetto", _f(row, BEDS)))
    body = "".join(f"  {k}: {_template(v)},\n" for k, v in fields)
    place = f"{_flat(row, 'INDIRIZZO')}, {_f(row, 'CAP')} {_flat(row, 'COMUNE')}"
    popup = f"<b>{name}</b><br>{place}<br>{_contact(row)}"
    return (
        "// Mappa delle RSA accreditate (Regione Lombardia)\n"
        f"const map = L.map('mappa').setView([{lat}, {lon}], {rng.randint(11, 15)});\n"
        "L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {\n"
        "  attribution: '&copy; OpenStreetMap contributors',\n"
        "}).addTo(map);\n\n"
        f"const rsa = {{\n  id: '{marker}',\n{body}}};\n\n"
        f"L.marker([{lat}, {lon}], {{ title: rsa.nome }})\n"
        "  .addTo(map)\n"
        f"  .bindPopup({_template(popup)})\n"
        f"  .bindTooltip({_template('Centralino ' + tel)});\n"
    )


def garmin_poi_csv(row: dict[str, Any], rng: random.Random) -> str:
    """A CSV file for Garmin's POI Loader (``longitude,latitude,"name","comment"``, no header):
    the home at invented coordinates, its comment naming the address and numbers, and its
    visitors' entrance a few metres away repeating the phone with invented visiting hours."""
    name, tel = _flat(row, "DENOMINAZIONE_STRUTTURA"), phone(row)
    lat, lon = _point(rng)
    lat2 = f"{float(lat) + rng.uniform(-0.0006, 0.0006):.6f}"
    lon2 = f"{float(lon) + rng.uniform(-0.0006, 0.0006):.6f}"
    opens, closes = rng.choice((9, 10, 15)), rng.choice((12, 18, 19))
    address = f"{_flat(row, 'INDIRIZZO')}, {_f(row, 'CAP')} {_flat(row, 'COMUNE')}"
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([float(lon), float(lat), f"RSA {name}", f"{address}. {_contact(row)}"])
    writer.writerow([float(lon2), float(lat2), "Ingresso visitatori",
                     f"Visite {opens}:00-{closes}:00, citofono; tel. {tel}"])  # fmt: skip
    return out.getvalue()


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "georss_atom": georss_atom,
    "citygml": citygml,
    "leaflet_script": leaflet_script,
    "garmin_poi_csv": garmin_poi_csv,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

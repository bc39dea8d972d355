"""held_out_100 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Burkina Faso) exactly as published, in layouts no earlier part has, beside
the pharmacy's own id, duty group, address and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (see ``scripts/eval_pii.py``); here:

* the values are the phone fields of the pharmacies of Ouagadougou and Bobo-Dioulasso as the
  PharmaBF duty-pharmacy application lists them (``scripts/data/pii_bf_pharmacies.json``,
  written by ``scripts/bf_pharmacies_data.py``; source and licence in that file): numbers as
  each entry gives them in ``telephone``, all international and run together after the country
  code (``+22625361338``, ``+22620981898``, ``+22670981480``), each copy labelled; the
  directory gives no e-mail or fax;
* the text around them is the same row's real fields: its id (``oua_001``), duty group,
  address, city, coordinates (``-1.4939591``, ``12.3752224``) and the precision of its
  position, with invented feature ids, tax numbers (IFU), authorisation numbers, zoom levels,
  dates and times, unlabelled and scored;
* in layouts no earlier part has, GIS formats with labels in French (Burkina Faso's official
  language): a Shapefile's layer as ``ogrinfo -al`` prints it (``TELEPHONE (String) = ...``),
  a CSV export with the geometry as WKT (``"POINT (-1.4939591 12.3752224)"``), a MapLibre GL
  style (v8) with the pharmacy as an inline GeoJSON source and its number in the feature's
  properties and a layer's metadata, and a WFS 2.0 ``GetFeature`` response in GML 3.2 (the
  field as ``pharmabf:telephone`` and again in ``pharmabf:contact``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_100.py   # rewrites the committed file
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_bf_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_100.jsonl.gz"
SPLIT = "held_out_100"

LAYOUTS = ("ogrinfo_dump", "wkt_csv", "maplibre_style", "wfs_gml")
PHONE = "telephone"
LON, LAT = "geojson.coordinates.0", "geojson.coordinates.1"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The city's name as a layer name: lower-case ASCII words joined by ``_``."""
    text = unicodedata.normalize("NFKD", _f(row, "ville")).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z]+", text.lower())) or "ville"


def _ifu(rng: random.Random) -> str:
    """An invented tax number (IFU): eight digits and a letter."""
    return f"{rng.randint(0, 99999999):08d}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def _autorisation(rng: random.Random) -> str:
    """An invented opening authorisation number of the health ministry."""
    return f"{rng.randint(2001, 2024)}-{rng.randint(10, 999):03d}/MS/SG/DGAP"


def _date(rng: random.Random) -> str:
    """An invented update date in March 2026."""
    return f"2026-03-{rng.randint(1, 26):02d}"


def _time(rng: random.Random) -> str:
    """An invented time of day."""
    return f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _num(value: str) -> str:
    """A coordinate as a Shapefile's geometry prints it (``%.15g``, trailing zeros gone)."""
    return f"{float(value):.15g}"


def ogrinfo_dump(row: dict[str, Any], rng: random.Random) -> str:
    """The city's pharmacy layer as ``ogrinfo -al -geom=ISO_WKT`` prints a one-feature
    Shapefile: the driver line, layer name, DBF metadata, geometry type, count, extent, a short
    WGS 84 SRS, the field definitions (DBF names of ten characters at most, the coordinates as
    text fields), then the feature: an invented FID, every field with its type, an invented
    authorisation number and IFU, and the point."""
    layer = f"pharmacies_{_slug(row)}"
    lon, lat = _f(row, LON), _f(row, LAT)
    fields = [
        ("ID", "String", "10.0", _f(row, "id")),
        ("NOM", "String", "80.0", _f(row, "nom")),
        ("TELEPHONE", "String", "20.0", phone(row)),
        ("ADRESSE", "String", "254.0", _f(row, "adresse_description")),
        ("VILLE", "String", "40.0", _f(row, "ville")),
        ("GROUPE_GAR", "Integer", "2.0", _f(row, "groupe_garde")),
        ("PRECISION", "String", "10.0", _f(row, "precision_gps")),
        ("LONGITUDE", "String", "24.0", lon),
        ("LATITUDE", "String", "24.0", lat),
        ("NUM_AUTOR", "String", "30.0", _autorisation(rng)),
        ("IFU", "String", "12.0", _ifu(rng)),
    ]
    x, y = _num(lon), _num(lat)
    lines = [
        f"INFO: Open of `{layer}.shp'",
        "      using driver `ESRI Shapefile' successful.",
        "",
        f"Layer name: {layer}",
        "Metadata:",
        f"  DBF_DATE_LAST_UPDATE={_date(rng)}",
        "Geometry: Point",
        "Feature Count: 1",
        f"Extent: ({x}, {y}) - ({x}, {y})",
        "Layer SRS WKT:",
        'GEOGCRS["WGS 84",',
        '    DATUM["World Geodetic System 1984",',
        '        ELLIPSOID["WGS 84",6378137,298.257223563,',
        '            LENGTHUNIT["metre",1]]],',
        '    PRIMEM["Greenwich",0,',
        '        ANGLEUNIT["degree",0.0174532925199433]],',
        "    CS[ellipsoidal,2],",
        '        AXIS["latitude",north,',
        "            ORDER[1],",
        '            ANGLEUNIT["degree",0.0174532925199433]],',
        '        AXIS["longitude",east,',
        "            ORDER[2],",
        '            ANGLEUNIT["degree",0.0174532925199433]],',
        '    ID["EPSG",4326]]',
        "Data axis to CRS axis mapping: 2,1",
        *(f"{name}: {kind} ({width})" for name, kind, width, _ in fields),
        f"OGRFeature({layer}):{rng.randint(0, 240)}",
        *(f"  {name} ({kind}) = {value or '(null)'}" for name, kind, _, value in fields),
        f"  POINT ({x} {y})",
        "",
        "",
    ]
    return "\n".join(lines)


def wkt_csv(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as ``ogr2ogr -f CSV -lco GEOMETRY=AS_WKT`` exports it: a header, then one
    line with the point as WKT, an invented feature id, the entry's fields, an invented IFU and
    update date and time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["WKT", "fid", "id", "nom", "telephone", "adresse", "ville", "groupe_garde",
         "precision_gps", "ifu", "maj"]
    )  # fmt: skip
    writer.writerow(
        [f"POINT ({_f(row, LON)} {_f(row, LAT)})", rng.randint(1, 400), _f(row, "id"),
         _f(row, "nom"), phone(row), _f(row, "adresse_description"), _f(row, "ville"),
         _f(row, "groupe_garde"), _f(row, "precision_gps"), _ifu(rng),
         f"{_date(rng)} {_time(rng)}"]
    )  # fmt: skip
    return buffer.getvalue()


def maplibre_style(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy's card map as a MapLibre GL style (version 8): its name, metadata, a centre
    on the pharmacy's coordinates (written as published) at an invented zoom, a raster source
    of OSM tiles, the pharmacy as an inline GeoJSON point whose properties give its id, name,
    phone, address, city, duty group and an invented IFU, and a circle and a symbol layer, the
    symbol layer's metadata repeating the phone."""
    lon, lat = "@@LON@@", "@@LAT@@"
    style = {
        "version": 8,
        "name": f"{_f(row, 'nom')} - PharmaBF",
        "metadata": {"pharmabf:maj": _date(rng), "pharmabf:groupe_garde": _f(row, "groupe_garde")},
        "center": [lon, lat],
        "zoom": rng.choice((14, 15, 15.5, 16, 17)),
        "bearing": 0,
        "pitch": 0,
        "glyphs": "https://demotiles.maplibre.org/font/{fontstack}/{range}.pbf",
        "sources": {
            "osm": {
                "type": "raster",
                "tiles": ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"],
                "tileSize": 256,
                "attribution": "© contributeurs OpenStreetMap",
            },
            "pharmacie": {
                "type": "geojson",
                "data": {
                    "type": "Feature",
                    "id": rng.randint(1, 999),
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {
                        "id": _f(row, "id"),
                        "nom": _f(row, "nom"),
                        "telephone": phone(row),
                        "adresse": _f(row, "adresse_description"),
                        "ville": _f(row, "ville"),
                        "groupe_garde": _f(row, "groupe_garde"),
                        "precision_gps": _f(row, "precision_gps"),
                        "ifu": _ifu(rng),
                    },
                },
            },
        },
        "layers": [
            {"id": "fond-osm", "type": "raster", "source": "osm", "minzoom": 0, "maxzoom": 19},
            {
                "id": "pharmacie-cercle",
                "type": "circle",
                "source": "pharmacie",
                "paint": {
                    "circle-radius": rng.choice((6, 7, 8, 9)),
                    "circle-color": "#1a9850",
                    "circle-stroke-width": 2,
                    "circle-stroke-color": "#ffffff",
                },
            },
            {
                "id": "pharmacie-etiquette",
                "type": "symbol",
                "source": "pharmacie",
                "metadata": {"pharmabf:contact": f"Tél. {phone(row)}"},
                "layout": {
                    "text-field": ["format", ["get", "nom"], {}, "\n", {},
                                   ["get", "telephone"], {"font-scale": 0.8}],
                    "text-font": ["Open Sans Semibold"],
                    "text-size": rng.choice((11, 12, 13)),
                    "text-offset": [0, 1.4],
                    "text-anchor": "top",
                },
                "paint": {"text-color": "#1b3a2a", "text-halo-color": "#ffffff",
                          "text-halo-width": 1.5},
            },
        ],
    }  # fmt: skip
    text = json.dumps(style, ensure_ascii=False, indent=2)
    text = text.replace('"@@LON@@"', _f(row, LON)).replace('"@@LAT@@"', _f(row, LAT))
    return text + "\n"


def wfs_gml(row: dict[str, Any], rng: random.Random) -> str:
    """The pharmacy as a WFS 2.0 ``GetFeature`` response in GML 3.2 from the application's
    GeoServer: the collection's invented time stamp and counts, one ``pharmabf:pharmacies``
    member with a ``gml:id`` from an invented feature number, its fields as elements, the
    phone again in ``pharmabf:contact``, an invented IFU, and the point in EPSG:4326 axis
    order (latitude first)."""
    stamp = f"{_date(rng)}T{_time(rng)}Z"
    fid = rng.randint(1, 400)
    lat, lon = _f(row, LAT), _f(row, LON)

    def el(name: str, value: str) -> str:
        return f"      <pharmabf:{name}>{escape(value)}</pharmabf:{name}>"

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0"',
        '    xmlns:gml="http://www.opengis.net/gml/3.2"',
        '    xmlns:pharmabf="https://pharmabf.bf/geoserver/pharmabf"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.opengis.net/wfs/2.0 '
        'http://schemas.opengis.net/wfs/2.0/wfs.xsd"',
        f'    numberMatched="1" numberReturned="1" timeStamp="{stamp}">',
        "  <wfs:member>",
        f'    <pharmabf:pharmacies gml:id="pharmacies.{fid}">',
        el("id", _f(row, "id")),
        el("nom", _f(row, "nom")),
        el("telephone", phone(row)),
        el("adresse", _f(row, "adresse_description")),
        el("ville", _f(row, "ville")),
        el("groupe_garde", _f(row, "groupe_garde")),
        el("precision_gps", _f(row, "precision_gps")),
        el("contact", f"Tél. : {phone(row)} (groupe de garde {_f(row, 'groupe_garde')})"),
        el("ifu", _ifu(rng)),
        "      <pharmabf:geom>",
        f"        <gml:Point gml:id={quoteattr(f'pharmacies.{fid}.geom')} "
        'srsName="urn:ogc:def:crs:EPSG::4326">',
        f"          <gml:pos>{lat} {lon}</gml:pos>",
        "        </gml:Point>",
        "      </pharmabf:geom>",
        "    </pharmabf:pharmacies>",
        "  </wfs:member>",
        "</wfs:FeatureCollection>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ogrinfo_dump": ogrinfo_dump,
    "wkt_csv": wkt_csv,
    "maplibre_style": maplibre_style,
    "wfs_gml": wfs_gml,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

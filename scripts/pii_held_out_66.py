"""held_out_66 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Sweden) exactly as published, in layouts no earlier part has, beside the
row's own store number, postcode, RT90 coordinates and opening hours.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO, GR, IL, TH, NG, CH, SK, BG, TR, VN, LK, UY, LV, RS, TN, PK, CR, GH and MA; here:

* the values are the phone fields of Systembolaget's stores in its open API's store list
  (``scripts/data/pii_se_systembolaget_stores.json``, written by
  ``scripts/se_systembolaget_stores_data.py``; source and licence in that file): Swedish
  numbers as each store gave them, the area code split off by a slash (``08/662 22 89``,
  ``0175/218 97``) or a hyphen (``08-591 160 80``, ``031 - 711 43 19``), one with a no-break
  space, each copy labelled; the list gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its store number (``0102``), postcode
  (``115 20``), RT90 coordinates (``6582011``, ``1629394.446``), address and dated opening
  hours, with invented object ids, version numbers, time stamps, counts and revisions,
  unlabelled and scored;
* in layouts no earlier part has, labels in Swedish: a WFS 2.0 ``GetFeature`` response whose
  GML point is in RT90 (``EPSG:3021``) and whose feature gives ``app:telefon`` and a Swedish
  description repeating it, the AWS CLI's ``dynamodb get-item`` output with typed attributes
  (``"telefon": {"S": "..."}``), an XLIFF 1.2 file translating a store page from English to
  Swedish (``Call the store on ...`` / ``Ring butiken på ...``), and a Swift source file of a
  store app with a ``Butik`` struct literal and a doc comment giving the number.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_66.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_se_systembolaget_stores.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_66.jsonl.gz"
SPLIT = "held_out_66"

LAYOUTS = ("wfs_getfeature", "dynamodb_item", "xliff", "swift_source")
PHONE = "phone"
DAYS = 7  # the opening hours of the first week the list gives


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "PhoneNumber")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def name(row: dict[str, Any]) -> str:
    """The store as its customers name it: ``Systembolaget`` and the store's name, or its
    street address where the list gives no name."""
    return f"Systembolaget {_f(row, 'Name') or _f(row, 'Address1')}"


def hours(row: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """The first days of the dated opening hours (``2020-10-19;10:00;19:00;;;0;`` entries
    joined by ``_*``): date, opening and closing time, and whether the store is open."""
    out = []
    for entry in _f(row, "OpeningHours").split("_*")[:DAYS]:
        date, start, end, *_rest = entry.split(";")
        out.append((date, start, end, start != end))
    return out


def _hours_text(row: dict[str, Any], closed: str = "stängt") -> str:
    """The opening hours as one line: ``2020-10-18 stängt, 2020-10-19 10:00–19:00``."""
    return ", ".join(
        f"{date} {start}–{end}" if is_open else f"{date} {closed}"
        for date, start, end, is_open in hours(row)
    )


def _stamp(rng: random.Random) -> str:
    """An invented time stamp of October 2020 (ISO 8601, UTC)."""
    return (
        f"2020-10-{rng.randint(18, 31):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def wfs_getfeature(row: dict[str, Any], rng: random.Random) -> str:
    """The store as the answer of a WFS 2.0 ``GetFeature`` request of a map service: a
    ``wfs:FeatureCollection`` with an invented time stamp, one ``app:butik`` member whose
    ``gml:id`` is the store's number, its name, address, postcode, town and county, its phone
    in ``app:telefon`` and again in a Swedish ``app:beskrivning``, its opening hours, an
    invented object id, and its position as a GML point in RT90 (``EPSG:3021``, northing
    first)."""
    fid = _f(row, "ID")
    x, y = _f(row, "RT90x"), _f(row, "RT90y")
    about = f"{name(row)}, {_f(row, 'Address1')}. Ring butiken på {phone(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<wfs:FeatureCollection",
        '    xmlns:wfs="http://www.opengis.net/wfs/2.0"',
        '    xmlns:gml="http://www.opengis.net/gml/3.2"',
        '    xmlns:app="https://karta.example.se/app"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        f'    numberMatched="1" numberReturned="1" timeStamp="{_stamp(rng)}">',
        "  <wfs:member>",
        f'    <app:butik gml:id="butik.{fid}">',
        f"      <app:butiksnummer>{fid}</app:butiksnummer>",
        f"      <app:namn>{escape(name(row))}</app:namn>",
        f"      <app:adress>{escape(_f(row, 'Address1'))}</app:adress>",
        f"      <app:postnummer>{_f(row, 'Address3')}</app:postnummer>",
        f"      <app:postort>{escape(_f(row, 'Address4'))}</app:postort>",
        f"      <app:lan>{escape(_f(row, 'Address5'))}</app:lan>",
        f"      <app:telefon>{escape(phone(row))}</app:telefon>",
        f"      <app:beskrivning>{escape(about)}</app:beskrivning>",
        f"      <app:oppettider>{escape(_hours_text(row))}</app:oppettider>",
        f"      <app:objektid>{rng.randint(1000000, 9999999)}</app:objektid>",
        "      <app:geom>",
        f'        <gml:Point gml:id="p.{fid}" srsName="urn:ogc:def:crs:EPSG::3021">',
        f"          <gml:pos>{x} {y}</gml:pos>",
        "        </gml:Point>",
        "      </app:geom>",
        "    </app:butik>",
        "  </wfs:member>",
        "</wfs:FeatureCollection>",
        "",
    ]
    return "\n".join(lines)


def dynamodb_item(row: dict[str, Any], rng: random.Random) -> str:
    """The store as ``aws dynamodb get-item`` prints it: the command as a shell comment, then
    the ``Item`` with typed attributes (``S``, ``N``, ``BOOL``, ``L``, ``M``): the store's
    number as the key, its name, address, postcode, town, phone, RT90 coordinates as numbers,
    its opening hours as a list of maps, an SMS template repeating the phone, and an invented
    version and update time in milliseconds."""
    fid = _f(row, "ID")
    item = {
        "butiksnummer": {"S": fid},
        "namn": {"S": name(row)},
        "adress": {"S": _f(row, "Address1")},
        "postnummer": {"S": _f(row, "Address3")},
        "postort": {"S": _f(row, "Address4")},
        "telefon": {"S": phone(row)},
        "rt90": {"M": {"x": {"N": _f(row, "RT90x")}, "y": {"N": _f(row, "RT90y")}}},
        "dryckesprovning": {"BOOL": _f(row, "Services") == "Dryckesprovning"},
        "oppettider": {
            "L": [
                {"M": {"datum": {"S": d}, "fran": {"S": s}, "till": {"S": e}, "oppet": {"BOOL": o}}}
                for d, s, e, o in hours(row)
            ]
        },
        "smsMall": {"S": f"Din beställning finns att hämta. Frågor? Ring {phone(row)}."},
        "version": {"N": str(rng.randint(2, 60))},
        "uppdaterad": {"N": str(rng.randint(1603000000000, 1604100000000))},
    }
    command = (
        "# aws dynamodb get-item --table-name butiker "
        f'--key \'{{"butiksnummer": {{"S": "{fid}"}}}}\' --region eu-north-1'
    )
    return command + "\n" + json.dumps({"Item": item}, ensure_ascii=False, indent=4) + "\n"


def xliff(row: dict[str, Any], rng: random.Random) -> str:
    """The store's page of a store finder as an XLIFF 1.2 file from English to Swedish: the
    page as ``original``, an invented build date, and trans-units (invented numeric ids) for
    the heading, the address line with the postcode, the call line giving the phone in both
    languages, and the opening hours, with a note naming the store number and coordinates."""
    fid = _f(row, "ID")
    first = rng.randint(100, 900)
    place = f"{_f(row, 'Address1')}, {_f(row, 'Address3')} {_f(row, 'Address4')}"
    units = [
        ("heading", name(row), name(row)),
        ("address", f"Address: {place}", f"Adress: {place}"),
        ("call", f"Call the store on {phone(row)}.", f"Ring butiken på {phone(row)}."),
        (
            "hours",
            f"Opening hours: {_hours_text(row, 'closed')}",
            f"Öppettider: {_hours_text(row)}",
        ),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        f'  <file original="butiker/{fid}.html" source-language="en" target-language="sv"'
        f' datatype="html" date="{_stamp(rng)}">',
        "    <header>",
        f"      <note>Butik {fid}, RT90 {_f(row, 'RT90x')} {_f(row, 'RT90y')},"
        f" revision {rng.randint(1000, 99999)}</note>",
        "    </header>",
        "    <body>",
    ]
    for k, (resname, source, target) in enumerate(units):
        lines += [
            f'      <trans-unit id="{first + k}" resname={quoteattr(f"butik.{resname}")}>',
            f"        <source>{escape(source)}</source>",
            f'        <target state="translated">{escape(target)}</target>',
            "      </trans-unit>",
        ]
    lines += ["    </body>", "  </file>", "</xliff>", ""]
    return "\n".join(lines)


def _swift(value: str) -> str:
    """A Swift string literal (quotes and backslashes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def swift_source(row: dict[str, Any], rng: random.Random) -> str:
    """The store as a Swift source file of a store app: a header comment, ``import
    CoreLocation``, an extension of ``Butik`` with a doc comment giving the store and its
    phone, and a ``static let`` struct literal with the store's number, name, address,
    postcode, town, phone, RT90 coordinates, first opening hours and an invented stock
    count."""
    fid = _f(row, "ID")
    (date, start, end, is_open), *_ = [h for h in hours(row) if h[3]] or hours(row)
    lines = [
        "//",
        f"//  Butik{fid}.swift",
        "//  Butiker",
        "//",
        "//  Genererad från butikslistan. Ändra inte för hand.",
        "//",
        "",
        "import CoreLocation",
        "",
        "extension Butik {",
        f"    /// {name(row)}, {_f(row, 'Address1')}",
        f"    /// Telefon: {phone(row)}",
        f"    static let nr{fid} = Butik(",
        f"        nummer: {_swift(fid)},",
        f"        namn: {_swift(name(row))},",
        f"        adress: {_swift(_f(row, 'Address1'))},",
        f"        postnummer: {_swift(_f(row, 'Address3'))},",
        f"        postort: {_swift(_f(row, 'Address4'))},",
        f"        telefon: {_swift(phone(row))},",
        f"        rt90: RT90(x: {_f(row, 'RT90x')}, y: {_f(row, 'RT90y')}),",
        f"        oppnar: {_swift(f'{date} {start}')},",
        f"        stanger: {_swift(f'{date} {end}')},",
        f"        dryckesprovning: {str(_f(row, 'Services') == 'Dryckesprovning').lower()},",
        f"        artiklar: {rng.randint(900, 4500)}",
        "    )",
        "}",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "wfs_getfeature": wfs_getfeature,
    "dynamodb_item": dynamodb_item,
    "xliff": xliff,
    "swift_source": swift_source,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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

"""held_out_24 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Guatemala) exactly as its public body published them, in layouts no earlier
part has, beside the country's own identifiers.

The procedure of ``held_out_23``, on another register and other layouts; ``held_out_11`` to
``held_out_23`` took national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN,
TW, SG, IE, CA, NZ, BR, SI, EE, NL, DK, HR and ZA; here:

* the values are the ``TELEFONO`` fields of the establishments of Guatemala's Ministry of
  Education (``scripts/data/pii_gt_schools.json``, written by
  ``scripts/gt_mineduc_schools_data.py``; source and licence in that file): eight digits in
  one run with no ``+502`` (``77259205``), each copy labelled; the register has no e-mail
  field; the country is the register's;
* the text around them is the same row's real fields: the establishment code in four
  hyphenated groups (``16-01-0613-46``, ten digits), the district code (``16-031``), the
  address as written (``1A. CALLE 7-22 ZONA 3``), sector, area, status, shift and plan, with
  invented OpenStreetMap node, changeset and user ids, spreadsheet ids, resolver durations in
  nanoseconds, coordinates and dates, unlabelled and scored;
* in layouts no earlier part has, labels in Spanish: an OpenStreetMap ``.osm`` XML file of one
  node as the API's ``/node/{id}`` answers it (``<tag k="phone" v="..."/>`` among the school's
  tags, ``ref:mineduc``, a Spanish ``description``), a vCard 2.1 as a phone's contacts export
  writes it (CRLF lines, ``TEL;WORK;VOICE:``, non-ASCII and multi-line values in
  ``QUOTED-PRINTABLE`` with soft line breaks, a Spanish ``NOTE`` naming the codes), a Google
  Sheets sheet downloaded as a web page (the ``waffle`` table on one line: column letters and
  row numbers as header cells, the register's column names in row 1, the row in row 2, the
  number right-aligned as Sheets aligns numbers), a GraphQL API's response (pretty-printed
  JSON with Spanish field names, ``__typename``, a Relay global id, Apollo tracing in
  ``extensions``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_24.py   # rewrites the committed file
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gt_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_24.jsonl.gz"
SPLIT = "held_out_24"

LAYOUTS = ("osm_node_xml", "vcard21_quoted_printable", "google_sheets_html", "graphql_response")
# the register's columns as its search shows them (the names' columns left out of the data)
COLUMNS = ("CODIGO", "DISTRITO", "DEPARTAMENTO", "MUNICIPIO", "ESTABLECIMIENTO", "DIRECCION",
           "TELEFONO", "NIVEL", "SECTOR", "AREA", "STATUS", "MODALIDAD", "JORNADA", "PLAN",
           "DEPARTAMENTAL")  # fmt: skip
# OpenStreetMap's operator:type for the register's sectors
OPERATOR_TYPES = {"PRIVADO": "private", "OFICIAL": "government", "MUNICIPAL": "government",
                  "COOPERATIVA": "community"}  # fmt: skip
CODE_CHAR = re.compile(r"[\d-]")  # a character of a code a quoted-printable fold does not cut
MAPPERS = ("mapeo_educativo_gt", "ChapinMapper", "osm_quetzal", "rutas_gt", "EscuelasGT")


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped."""
    return row["fields"][key].strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field (every kept row has one: eight digits)."""
    return _f(row, "TELEFONO")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _moment(rng: random.Random) -> datetime.datetime:
    """An invented time of the months after the register's copy (24 July 2024)."""
    day = datetime.date(2024, 7, 29) + datetime.timedelta(days=rng.randint(0, 150))
    return datetime.datetime(
        day.year, day.month, day.day, rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
    )


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone number labelled. Each copy stands
    apart (no digit next to it), so a copy is never part of another number."""
    return phone_copies(text, phone(row), "TELEFONO", row["path"])


def _description(row: dict[str, Any]) -> str:
    """A mapper's Spanish note of the school's shift, plan and district."""
    return ", ".join([
        f"Nivel {_f(row, 'NIVEL').lower()}",
        f"jornada {_f(row, 'JORNADA').lower()}",
        f"plan {_f(row, 'PLAN').lower()}",
        f"distrito escolar {_f(row, 'DISTRITO')}",
    ])  # fmt: skip


def osm_node_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An OpenStreetMap node as the API (``/api/0.6/node/{id}``) answers it: the ``osm`` root
    with the generator and licence attributes, the node's id, version, changeset, time, user
    and coordinates, and its tags in key order (the school's name, address, phone as the
    register writes it, the MINEDUC code as ``ref:mineduc``, a Spanish description)."""
    tags = {
        "addr:city": _f(row, "MUNICIPIO"),
        "addr:state": _f(row, "DEPARTAMENTO"),
        "addr:street": _f(row, "DIRECCION"),
        "amenity": "school",
        "description": _description(row),
        "isced:level": "3",
        "name": _f(row, "ESTABLECIMIENTO"),
        "operator:type": OPERATOR_TYPES.get(_f(row, "SECTOR"), "private"),
        "phone": phone(row),
        "ref:mineduc": _f(row, "CODIGO"),
        "source": "MINEDUC - Búsqueda de Establecimientos",
    }
    at = _moment(rng)
    attrs = (
        f'id="{rng.randint(10**10, 12 * 10**9)}" visible="true" version="{rng.randint(1, 6)}" '
        f'changeset="{rng.randint(154 * 10**6, 160 * 10**6)}" '
        f'timestamp="{at:%Y-%m-%dT%H:%M:%SZ}" user="{rng.choice(MAPPERS)}" '
        f'uid="{rng.randint(10**7, 23 * 10**6)}" lat="{rng.uniform(13.8, 17.8):.7f}" '
        f'lon="{rng.uniform(-92.2, -88.3):.7f}"'
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osm version="0.6" generator="openstreetmap-cgimap 2.0.1 (2310 '
        f'spike-0{rng.randint(6, 9)}.openstreetmap.org)" copyright="OpenStreetMap and '
        'contributors" attribution="http://www.openstreetmap.org/copyright" '
        'license="http://opendatacommons.org/licenses/odbl/1-0/">',
        f" <node {attrs}>",
        *(f'  <tag k="{k}" v="{escape(v, {chr(34): "&quot;"})}"/>' for k, v in tags.items() if v),
        " </node>",
        "</osm>",
    ]
    return "\n".join(lines) + "\n"


def _qp_value(value: str) -> str:
    """A value in quoted-printable: UTF-8 bytes outside printable ASCII, and ``=``, as ``=XX``
    (a line break ``=0D=0A``)."""
    out = []
    for byte in value.replace("\n", "\r\n").encode("utf-8"):
        char = chr(byte)
        out.append(char if 32 <= byte < 127 and char != "=" else f"={byte:02X}")
    return "".join(out)


def _qp_fold(line: str, width: int = 76) -> list[str]:
    """A quoted-printable line cut into lines of at most ``width`` characters, each but the last
    ending in a soft line break (``=``); a cut never falls inside an ``=XX`` escape, nor inside
    a run of digits and hyphens, so a code stays whole."""
    lines = []
    while len(line) > width:
        cut = width - 1
        while cut > 1 and (line[cut - 1] == "=" or line[cut - 2] == "="):
            cut -= 1
        while cut > 1 and CODE_CHAR.fullmatch(line[cut - 1]) and CODE_CHAR.fullmatch(line[cut]):
            cut -= 1
        lines.append(line[:cut] + "=")
        line = line[cut:]
    return [*lines, line]


def _vcard_property(name: str, value: str) -> list[str]:
    """A vCard 2.1 property: plain where the value is printable ASCII on one line, else
    ``CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE`` and folded with soft line breaks."""
    if value.isascii() and "\n" not in value and "=" not in value:
        return [f"{name}:{value}"]
    return _qp_fold(f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp_value(value)}")


def vcard21_quoted_printable(row: dict[str, Any], rng: random.Random) -> str:
    """The establishment as a contact of a phone's address book exported to a ``.vcf`` file
    (vCard 2.1, CRLF line ends): the name, the organisation and its level, the work number as
    the register writes it, the address, a Spanish note naming the establishment code, the
    district, sector and plan, and the revision time."""
    name = _f(row, "ESTABLECIMIENTO")
    note = "\n".join([
        f"Código de establecimiento: {_f(row, 'CODIGO')}",
        f"Distrito escolar: {_f(row, 'DISTRITO')}",
        f"Sector {_f(row, 'SECTOR').lower()}, área {_f(row, 'AREA').lower()}",
        f"Jornada {_f(row, 'JORNADA').lower()}, plan {_f(row, 'PLAN').lower()}",
        f"Estado: {_f(row, 'STATUS').lower()}",
    ])  # fmt: skip
    address = ";".join(["", "", _f(row, "DIRECCION"), _f(row, "MUNICIPIO"),
                        _f(row, "DEPARTAMENTO"), "", "Guatemala"])  # fmt: skip
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        *_vcard_property("N", f"{name};;;;"),
        *_vcard_property("FN", name),
        *_vcard_property("ORG", f"{name};{_f(row, 'NIVEL')}"),
        f"TEL;{rng.choice(('WORK;VOICE', 'WORK', 'VOICE;WORK'))}:{phone(row)}",
        *_vcard_property("ADR;WORK", address),
        *_vcard_property("NOTE", note),
        f"REV:{_moment(rng):%Y%m%dT%H%M%SZ}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


SHEET_STYLE = (
    ".ritz .waffle a { color: inherit; }"
    ".ritz .waffle .s0{border-bottom:1px SOLID #000000;background-color:#ffffff;text-align:left;"
    "font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;"
    "white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s1{background-color:#ffffff;text-align:left;color:#000000;"
    "font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;"
    "padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s2{background-color:#ffffff;text-align:right;color:#000000;"
    "font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;"
    "padding:2px 3px 2px 3px;}"
)


def _sheet_row(gid: int, n: int, cells: list[str]) -> str:
    head = (f'<tr style="height: 20px"><th id="{gid}R{n}" style="height: 20px;" '
            'class="row-headers-background"><div class="row-header-wrapper" '
            f'style="line-height: 20px">{n + 1}</div></th>')  # fmt: skip
    return head + "".join(cells) + "</tr>"


def google_sheets_html(row: dict[str, Any], rng: random.Random) -> str:
    """A Google Sheets sheet downloaded as a web page (``File > Download > Web page``): the
    stylesheet link and classes, then the ``waffle`` table on one line: a header row of column
    letters, row 1 the register's column names (bold), row 2 the establishment's fields, the
    phone number right-aligned as Sheets aligns a number, the rest text; cells' ids carry the
    sheet's id (``0`` for the first sheet)."""
    gid = rng.choice((0, rng.randint(10**8, 2**31 - 1)))
    widths = [rng.choice((100, 120, 140, 160, 220)) for _ in COLUMNS]
    letters = "".join(
        f'<th id="{gid}C{i}" style="width:{w}px;" class="column-headers-background">'
        f"{chr(65 + i)}</th>"
        for i, w in enumerate(widths)
    )
    header = [f'<td class="s0" dir="ltr">{escape(c)}</td>' for c in COLUMNS]
    values = [
        f'<td class="{"s2" if c == "TELEFONO" else "s1"}" dir="ltr">{escape(_f(row, c))}</td>'
        for c in COLUMNS
    ]
    return (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<link type="text/css" rel="stylesheet" href="resources/sheet.css" >'
        f'<style type="text/css">{SHEET_STYLE}</style>'
        '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" '
        'cellpadding="0"><thead><tr><th class="row-header freezebar-origin-ltr"></th>'
        f"{letters}</tr></thead><tbody>{_sheet_row(gid, 0, header)}"
        f"{_sheet_row(gid, 1, values)}</tbody></table></div>\n"
    )


def graphql_response(row: dict[str, Any], rng: random.Random) -> str:
    """A GraphQL API's answer to a query for one establishment by its code, as a client logs
    it: pretty-printed JSON, Spanish field names, ``__typename`` on every object, a Relay
    global id (base64 of ``Establecimiento:<code>``), the phone as the register writes it, and
    Apollo tracing (start and end times, the duration in nanoseconds) in ``extensions``."""
    code = _f(row, "CODIGO")
    start = _moment(rng) + datetime.timedelta(milliseconds=rng.randint(0, 999))
    duration = rng.randint(2 * 10**6, 90 * 10**6)
    end = start + datetime.timedelta(microseconds=duration // 1000)
    node = {
        "__typename": "Establecimiento",
        "id": base64.b64encode(f"Establecimiento:{code}".encode()).decode(),
        "codigo": code,
        "nombre": _f(row, "ESTABLECIMIENTO"),
        "nivel": _f(row, "NIVEL"),
        "sector": _f(row, "SECTOR"),
        "area": _f(row, "AREA"),
        "estado": _f(row, "STATUS"),
        "modalidad": _f(row, "MODALIDAD"),
        "jornada": _f(row, "JORNADA"),
        "plan": _f(row, "PLAN"),
        "direccion": _f(row, "DIRECCION"),
        "telefono": phone(row),
        "distrito": {"__typename": "Distrito", "codigo": _f(row, "DISTRITO")},
        "municipio": {
            "__typename": "Municipio",
            "nombre": _f(row, "MUNICIPIO"),
            "departamento": {"__typename": "Departamento", "nombre": _f(row, "DEPARTAMENTO")},
        },
    }
    answer = {
        "data": {"establecimiento": node},
        "extensions": {
            "tracing": {
                "version": 1,
                "startTime": start.isoformat(timespec="milliseconds") + "Z",
                "endTime": end.isoformat(timespec="milliseconds") + "Z",
                "duration": duration,
                "execution": {"resolvers": []},
            }
        },
    }
    return json.dumps(answer, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "osm_node_xml": osm_node_xml,
    "vcard21_quoted_printable": vcard21_quoted_printable,
    "google_sheets_html": google_sheets_html,
    "graphql_response": graphql_response,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone number
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

"""held_out_145 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (North Rhine-Westphalia's schools in the Ministry of Schools' open
Schulgrunddaten; Germany's earlier parts took Berlin's schools and Chemnitz's day-care centres)
exactly as published, in layouts no earlier part has, beside the register's own numbers, names,
addresses, codes and coordinates.

The procedure of ``held_out_133``, on another register and other layouts; earlier parts took
national numbers from registers of DE (Berlin's schools, Chemnitz's day-care centres, farm shops
on OpenStreetMap), AT, CH and many others; here:

* the values are the ``Telefon``, ``Fax`` and ``E-Mail`` fields of 400 schools
  (``scripts/data/pii_de_nrw_schools.json``, written by ``scripts/de_nrw_schools_data.py``;
  source and licence in that file): the subscriber's number as the ministry lists it, digits
  only, six to ten of them, its area code in the register's other column (``Telefonvorwahl``,
  ``Faxvorwahl``) and never joined to it (``9388231`` beside ``0234``, ``310830`` beside
  ``0214``), each copy labelled under its column (one school gives the same number as phone and
  fax: both copies are labelled under ``Telefon``); the school's mailbox, its school number at the
  ministry's domain (``100000@schule.nrw.de``), each copy labelled;
* the text around them is the same row's real fields: the school number, school form, legal
  form, three name lines and the short name, postcode, town, street, the two area codes, web
  page, provider number, municipality key (``05911000``), operation key and date and the UTM
  coordinates, with invented ETags, timestamps, download dates, API paths, school numbers no
  school has and tool versions, unlabelled and scored;
* in layouts no earlier part has, text in German where the format carries prose: OData v4 JSON
  entity responses of a school directory service (``@odata.context``, ``@odata.etag``, the
  register's columns as properties, ``E_Mail`` for ``E-Mail``), WMS GetFeatureInfo responses
  in GeoServer's ``text/plain`` format (a school layer's feature, ``name = value`` lines between
  dashed rules), SYLK spreadsheets as Excel writes them (``ID;PWXL;N;E``, a header row and the
  school's row of ``C;Y;X;K`` cells, a source note) and Pact v3 consumer contracts of a school
  directory API (JSON: an interaction whose response body gives the school's numbers and
  mailbox, with matching rules, and one for a school number no school has).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_145.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_de_nrw_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_145.jsonl.gz"
SPLIT = "held_out_145"

LAYOUTS = ("odata_entity", "wms_featureinfo_text", "sylk_sheet", "pact_contract")
PHONE, FAX, EMAIL = "Telefon", "Fax", "E-Mail"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
COLUMNS = {"phone": PHONE, "fax": FAX}
BERLIN = dt.timezone(dt.timedelta(hours=2))  # summer time, as in September 2021
# the register's columns in its file's order
COLUMN_ORDER = (
    "Schulnummer", "Schulform", "Schulbezeichnung_1", "Schulbezeichnung_2",
    "Schulbezeichnung_3", "Kurzbezeichnung", "PLZ", "Ort", "Strasse", "Telefonvorwahl",
    "Telefon", "Faxvorwahl", "Fax", "E-Mail", "Homepage", "Rechtsform", "Traegernummer",
    "Gemeindeschluessel", "Schulbetriebsschluessel", "Schulbetriebsdatum", "EPSG",
    "UTMRechtswert", "UTMHochwert",
)  # fmt: skip

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has no such field)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's telephone field (the subscriber's number) as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published ("" where it has none)."""
    return _f(row, FAX)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields labelled under
    their columns and every copy of its e-mail address labelled (a number inside a longer one
    taken before it, or the same as one, is that one's)."""
    numbers = sorted([("phone", phone(row)), ("fax", fax(row))], key=lambda kv: -len(kv[1]))
    values = [("email", email(row)), *numbers]
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _apart(row: dict[str, Any], token: str) -> bool:
    """Whether an invented ``token`` holds none of the row's numbers (so that no invented value
    is taken for one)."""
    return not any(v and v in token for v in (phone(row), fax(row)))


def _drawn(row: dict[str, Any], rng: random.Random, draw: Callable[[], str]) -> str:
    """An invented token by ``draw``, drawn again until it holds none of the row's numbers."""
    while not _apart(row, token := draw()):
        pass
    return token


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment between the register's download and the end of 2021 (Berlin)."""
    start = dt.datetime(2021, 9, 1, 7, 0, tzinfo=BERLIN)
    return start + dt.timedelta(seconds=rng.randint(0, 110 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _name(row: dict[str, Any]) -> str:
    """The school's name lines joined as one, empty lines left out."""
    lines = (_f(row, f"Schulbezeichnung_{i}") for i in (1, 2, 3))
    return " ".join(line for line in lines if line)


def _other_school(row: dict[str, Any], rng: random.Random) -> str:
    """An invented school number no school of the register has (the register's run from
    ``100000``; none from ``199000``)."""
    return _drawn(row, rng, lambda: str(rng.randint(199000, 199999)))


def odata_entity(row: dict[str, Any], rng: random.Random) -> str:
    """An OData v4 JSON response (``odata.metadata=minimal``) for one entity of an invented school
    directory service: the context URL, the entity's id, edit link and ETag, the register's
    columns as properties in their order (``E-Mail`` as ``E_Mail``, an OData name having no
    hyphen), the published strings, and an invented last-change time. Compact, as a service
    writes it."""
    number = _f(row, "Schulnummer")
    etag = _drawn(row, rng, lambda: _hex(rng, 16))
    key = f"Schulen('{number}')"
    doc: dict[str, Any] = {
        "@odata.context": "https://schulverzeichnis.example.nrw/odata/v4/$metadata#Schulen/$entity",
        "@odata.id": key,
        "@odata.etag": f'W/"{etag}"',
        "@odata.editLink": key,
    }
    for column in COLUMN_ORDER:
        doc[column.replace("-", "_")] = _f(row, column)
    doc["Aenderungszeitpunkt"] = _when(rng).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def wms_featureinfo_text(row: dict[str, Any], rng: random.Random) -> str:
    """The ``text/plain`` body GeoServer gives a WMS 1.3.0 GetFeatureInfo request on an invented
    school layer: ``Results for FeatureType '<workspace>:<layer>':``, a dashed rule, the
    feature's geometry and attributes as ``name = value`` lines (the register's columns in
    lower case, as a PostGIS import names them, ``e_mail`` for ``E-Mail``; an empty field as
    ``null``), a dashed rule."""
    layer = rng.choice(("schulen", "schulen_nrw", "schulstandorte", "schulgrunddaten"))
    workspace = rng.choice(("schule", "bildung", "nrw_schule"))
    rule = "-" * 44
    lines = [f"Results for FeatureType '{workspace}:{layer}':", rule]
    lines.append("the_geom = [GEOMETRY (Point) with 1 points]")
    for column in COLUMN_ORDER:
        value = _f(row, column)
        lines.append(f"{column.lower().replace('-', '_')} = {value if value else 'null'}")
    lines += [rule, ""]
    return "\n".join(lines)


def _sylk_text(value: str) -> str:
    """``value`` as a SYLK text constant (a ``;`` doubled; the register's values hold none)."""
    return '"' + value.replace(";", ";;") + '"'


def sylk_sheet(row: dict[str, Any], rng: random.Random) -> str:
    """A SYLK file as Excel writes one (``ID;PWXL;N;E``, the general format, the sheet's bounds):
    the register's column names in row 1, the school's published strings in row 2 (every one as
    text, so that area codes keep their ``0``), a German note on the source and an invented
    download date in row 4, the ``E`` record."""
    day = _when(rng)
    columns = len(COLUMN_ORDER)
    lines = [
        "ID;PWXL;N;E",
        "P;PGeneral",
        f"B;Y4;X{columns};D0 0 3 {columns - 1}",
    ]
    for x, column in enumerate(COLUMN_ORDER, start=1):
        lines.append(f"C;Y1;X{x};K{_sylk_text(column)}")
    for x, column in enumerate(COLUMN_ORDER, start=1):
        value = _f(row, column)
        if value:
            lines.append(f"C;Y2;X{x};K{_sylk_text(value)}")
    note = (
        f"Quelle: Schulgrunddaten NRW (Ministerium für Schule und Bildung), Datenlizenz "
        f"Deutschland – Namensnennung – Version 2.0; abgerufen am {day:%d.%m.%Y}"
    )
    lines += [f"C;Y4;X1;K{_sylk_text(note)}", "E", ""]
    return "\r\n".join(lines)


def pact_contract(row: dict[str, Any], rng: random.Random) -> str:
    """A Pact v3 contract (JSON, as pact-js writes it) between an invented school-route portal and
    an invented school directory API: one interaction whose provider state names the school and
    whose response body gives its names, address, area codes and numbers, mailbox and web page
    (each phone as ``vorwahl`` and ``rufnummer``, a missing fax as ``null``), with regex matching
    rules for the numbers; one for a school number no school has (404, a German message); the
    metadata."""
    number = _f(row, "Schulnummer")
    missing = _other_school(row, rng)

    def line(prefix: str) -> dict[str, str] | None:
        value = _f(row, prefix if prefix == "Fax" else "Telefon")
        area = _f(row, "Faxvorwahl" if prefix == "Fax" else "Telefonvorwahl")
        return {"vorwahl": area, "rufnummer": value} if value else None

    body = {
        "schulnummer": number,
        "schulform": _f(row, "Schulform"),
        "bezeichnung": _name(row),
        "kurzbezeichnung": _f(row, "Kurzbezeichnung"),
        "anschrift": {"strasse": _f(row, "Strasse"), "plz": _f(row, "PLZ"), "ort": _f(row, "Ort")},
        "telefon": line("Telefon"),
        "fax": line("Fax"),
        "email": email(row),
        "homepage": _f(row, "Homepage") or None,
    }
    digits = {"matchers": [{"match": "regex", "regex": "^[0-9]+$"}]}
    rules = {
        "$.telefon.vorwahl": {"matchers": [{"match": "regex", "regex": "^0[0-9]{2,5}$"}]},
        "$.telefon.rufnummer": digits,
        "$.email": {"matchers": [{"match": "regex", "regex": "^[0-9]{6}@schule\\.nrw\\.de$"}]},
    }
    if body["fax"]:
        rules["$.fax.rufnummer"] = digits
    doc = {
        "consumer": {"name": rng.choice(("schulweg-portal", "schulwegplaner-web", "elternportal"))},
        "provider": {"name": rng.choice(("schulverzeichnis-api", "schuldaten-service"))},
        "interactions": [
            {
                "description": f"eine Anfrage nach den Stammdaten der Schule {number}",
                "providerStates": [
                    {"name": "die Schule steht im Schulverzeichnis",
                     "params": {"schulnummer": number}},
                ],
                "request": {
                    "method": "GET",
                    "path": f"/api/v1/schulen/{number}",
                    "headers": {"Accept": "application/json"},
                },
                "response": {
                    "status": 200,
                    "headers": {"Content-Type": "application/json; charset=utf-8"},
                    "body": body,
                    "matchingRules": {"body": rules},
                },
            },
            {
                "description": "eine Anfrage nach einer Schulnummer, die es nicht gibt",
                "providerStates": [{"name": f"keine Schule hat die Schulnummer {missing}"}],
                "request": {
                    "method": "GET",
                    "path": f"/api/v1/schulen/{missing}",
                    "headers": {"Accept": "application/json"},
                },
                "response": {
                    "status": 404,
                    "headers": {"Content-Type": "application/json; charset=utf-8"},
                    "body": {"fehler": f"Keine Schule mit der Schulnummer {missing} gefunden."},
                },
            },
        ],
        "metadata": {
            "pactSpecification": {"version": "3.0.0"},
            "pact-js": {"version": rng.choice(("10.4.1", "11.0.2", "12.1.0"))},
        },
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "odata_entity": odata_entity,
    "wms_featureinfo_text": wms_featureinfo_text,
    "sylk_sheet": sylk_sheet,
    "pact_contract": pact_contract,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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

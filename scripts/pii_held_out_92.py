"""held_out_92 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Togo) exactly as published, in layouts no earlier part has, beside the
row's own name and location with its postal box.

The procedure of ``held_out_30``, on another register and other layouts (Benin, the country
first asked for, gave no register with phone fields in the searched repositories; Togo is the
first of the fallbacks that did); here:

* the values are the two contact fields of the pharmacies of Lomé and Kara in the f2alab
  team's "Pharmacies de Garde Togo" application (``scripts/data/pii_tg_pharmacies.json``,
  written by ``scripts/tg_pharmacies_data.py``; source and licence in that file): Togolese
  eight-digit numbers in pairs of digits as each constant gives them, landlines
  (``22 21 52 27``, ``26 60 11 17``) and mobiles (``96 32 97 71``, ``70 42 47 77``), the
  second field empty for some pharmacies, each number of each copy labelled (a trailing blank
  of a published field stripped); the directory gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: the pharmacy's name and its location,
  most with its postal box (``BP 2847, Lomé-Togo.``), with invented pharmacy codes, ports,
  week numbers, duty dates and hours, row numbers, queue sizes and extensions, unlabelled and
  scored;
* in layouts no earlier part has, labels in French (Togo's official language): a Java
  ``.properties`` file of a Spring Boot SMS gateway for the duty roster
  (``pharmacie.telephone.1=...``, the first number again as ``sms.expediteur``), an Excel 2003
  XML spreadsheet (SpreadsheetML) of the week's duty roster with ``Tél. 1`` and ``Tél. 2``
  columns, a W3C SCXML state machine routing night calls to the pharmacy (its contacts as a
  JSON ``<data>`` and each number again in a transfer's ``<param expr="'...'"/>``), and a
  PlantUML object diagram of the night transfer (``tel1 = "..."`` and a note repeating the
  first number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_92.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tg_pharmacies.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_92.jsonl.gz"
SPLIT = "held_out_92"

LAYOUTS = ("java_properties", "spreadsheetml", "scxml", "plantuml")
# the two contact fields, each labelled under its column
COLUMNS = {"tel1": "phone", "tel2": "phone_2"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def tel1(row: dict[str, Any]) -> str:
    """The first contact field as published, stripped."""
    return _f(row, "contPH_1")


def tel2(row: dict[str, Any]) -> str:
    """The second contact field as published, stripped ("" for many pharmacies)."""
    return _f(row, "contPH_2")


def name(row: dict[str, Any]) -> str:
    return _f(row, "nomPH")


def location(row: dict[str, Any]) -> str:
    """The location as published (its blank lines kept), stripped."""
    return _f(row, "locPH")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The pharmacy's name as an identifier: lower-case ASCII words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", name(row)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(w for w in words if w != "pharmacie")[:40].strip("-") or "officine"


def _city(row: dict[str, Any]) -> str:
    return "KAR" if "kara" in row["path"] else "LOM"


def _week(rng: random.Random) -> tuple[int, datetime.date]:
    """An invented duty week: its ISO number and its Monday."""
    year, week = rng.choice((2023, 2024, 2025)), rng.randint(2, 51)
    return week, datetime.date.fromisocalendar(year, week, 1)


def _code(row: dict[str, Any], rng: random.Random) -> str:
    """An invented pharmacy code of the roster."""
    return f"TG-{_city(row)}-{rng.randint(100, 999)}"


def _properties(value: str) -> str:
    """A ``.properties`` value: backslashes, line ends and a leading blank escaped."""
    out = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return "\\" + out if out.startswith(" ") else out


def java_properties(row: dict[str, Any], rng: random.Random) -> str:
    """The duty roster's SMS gateway as a Spring Boot ``application-garde.properties``: comments
    naming the file and the week, the application's name and an invented port, the pharmacy's
    invented code, its name, location, two contact fields and the first again as the SMS
    sender, the duty week's dates and hours and an invented daily quota."""
    week, monday = _week(rng)
    sunday = monday + datetime.timedelta(days=6)
    lines = [
        "# src/main/resources/application-garde.properties",
        f"# Passerelle SMS des pharmacies de garde, semaine {week}",
        f"# Généré le {monday - datetime.timedelta(days=3)} {rng.randint(8, 18):02d}:"
        f"{rng.choice((0, 15, 30, 45)):02d}",
        f"spring.application.name=garde-sms-{_slug(row)}",
        f"server.port={rng.choice((8080, 8081, 8443, 9090))}",
        "spring.profiles.active=garde",
        "",
        f"pharmacie.code={_code(row, rng)}",
        f"pharmacie.nom={_properties(name(row))}",
        f"pharmacie.localisation={_properties(location(row))}",
        f"pharmacie.telephone.1={_properties(tel1(row))}",
        f"pharmacie.telephone.2={_properties(tel2(row))}",
        f"sms.expediteur={_properties(tel1(row))}",
        f"sms.quota.journalier={rng.choice((200, 300, 500, 1000))}",
        "",
        f"garde.semaine={week}",
        f"garde.debut={monday}T{rng.choice((7, 8)):02d}:00",
        f"garde.fin={sunday}T{rng.choice((20, 21, 22)):02d}:00",
        "garde.fuseau=Africa/Lome",
        "",
    ]
    return "\n".join(lines)


def _cell(value: str | int | None, kind: str = "String", style: str = "") -> str:
    """One SpreadsheetML cell (an empty one for an empty value); line ends as ``&#10;``."""
    at = f' ss:StyleID="{style}"' if style else ""
    if value in ("", None):
        return f"<Cell{at}/>"
    text = escape(str(value)).replace("\n", "&#10;")
    return f'<Cell{at}><Data ss:Type="{kind}">{text}</Data></Cell>'


def spreadsheetml(row: dict[str, Any], rng: random.Random) -> str:
    """The week's duty roster as an Excel 2003 XML workbook (SpreadsheetML): document
    properties with the week, a header row, the pharmacy's row (an invented row number, its
    name, location, two contact fields, the week's dates as ``DateTime`` cells) and an
    invented count of pharmacies on duty."""
    week, monday = _week(rng)
    sunday = monday + datetime.timedelta(days=6)
    header = ["N°", "Pharmacie", "Localisation", "Tél. 1", "Tél. 2", "Du", "Au"]
    cells = [
        _cell(rng.randint(1, 40), "Number"),
        _cell(name(row)),
        _cell(location(row), style="wrap"),
        _cell(tel1(row)),
        _cell(tel2(row)),
        _cell(f"{monday}T08:00:00.000", "DateTime", "date"),
        _cell(f"{sunday}T08:00:00.000", "DateTime", "date"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
        ' xmlns:o="urn:schemas-microsoft-com:office:office"',
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
        f"  <Title>Tour de garde des pharmacies, semaine {week}</Title>",
        f"  <Created>{monday - datetime.timedelta(days=rng.randint(2, 6))}T"
        f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00Z</Created>",
        " </DocumentProperties>",
        " <Styles>",
        '  <Style ss:ID="wrap"><Alignment ss:WrapText="1"/></Style>',
        '  <Style ss:ID="date"><NumberFormat ss:Format="dd/mm/yyyy"/></Style>',
        " </Styles>",
        f' <Worksheet ss:Name="Garde S{week}">',
        "  <Table>",
        "   <Row>" + "".join(_cell(h) for h in header) + "</Row>",
        "   <Row>" + "".join(cells) + "</Row>",
        "   <Row>" + _cell("Pharmacies de garde") + _cell(rng.randint(12, 30), "Number") + "</Row>",
        "  </Table>",
        " </Worksheet>",
        "</Workbook>",
        "",
    ]
    return "\n".join(lines)


def _param(value: str) -> str:
    """An SCXML ``expr`` attribute holding an ECMAScript string literal of ``value``."""
    return quoteattr("'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'")


def scxml(row: dict[str, Any], rng: random.Random) -> str:
    """The night line's call routing as a W3C SCXML state machine: a comment with the duty
    week, the pharmacy's contacts as a JSON ``<data>`` (its invented code, name, location and
    two contact fields), an invented queue size, a welcome state, a transfer to the first
    number (a ``<param>`` repeating it) with an invented retry delay, a transfer to the second
    where there is one, and a final state."""
    week, monday = _week(rng)
    contacts = {"code": _code(row, rng), "nom": name(row), "localisation": location(row),
                "tel1": tel1(row), "tel2": tel2(row)}  # fmt: skip
    states = [
        '  <state id="accueil">',
        '    <onentry><log label="garde" expr="\'Appel de nuit pour \' + contacts.nom"/></onentry>',
        '    <transition event="appel.entrant" target="transfert"/>',
        "  </state>",
        '  <state id="transfert">',
        "    <onentry>",
        '      <send event="transfert" target="#_internal">',
        f'        <param name="numero" expr={_param(tel1(row))}/>',
        "      </send>",
        f'      <send id="relance" event="transfert.echec" delay="{rng.choice((30, 45, 60))}s"/>',
        "    </onentry>",
        '    <transition event="transfert.ok" target="fin"/>',
        f'    <transition event="transfert.echec" target="{"secours" if tel2(row) else "fin"}"/>',
        "  </state>",
    ]
    if tel2(row):
        states += [
            '  <state id="secours">',
            "    <onentry>",
            '      <send event="transfert" target="#_internal">',
            f'        <param name="numero" expr={_param(tel2(row))}/>',
            "      </send>",
            "    </onentry>",
            '    <transition event="transfert.*" target="fin"/>',
            "  </state>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Routage des appels de nuit, garde de la semaine {week} (du {monday}) -->",
        '<scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" datamodel="ecmascript"',
        f'       initial="accueil" name="garde_{_slug(row).replace("-", "_")}">',
        "  <datamodel>",
        '    <data id="contacts">' + escape(json.dumps(contacts, ensure_ascii=False)) + "</data>",
        f'    <data id="file_attente" expr="{rng.randint(2, 9)}"/>',
        "  </datamodel>",
        *states,
        '  <final id="fin"/>',
        "</scxml>",
        "",
    ]
    return "\n".join(lines)


def _puml(value: str) -> str:
    """A PlantUML quoted string: line ends as ``\\n``."""
    return '"' + value.replace("\n", "\\n") + '"'


def plantuml(row: dict[str, Any], rng: random.Random) -> str:
    """The night transfer as a PlantUML object diagram: a title with the duty week's dates,
    the pharmacy as an object with its invented code, location and two contact fields, the
    call centre with an invented extension and opening hour, the transfer between them and a
    note repeating the first number."""
    week, monday = _week(rng)
    sunday = monday + datetime.timedelta(days=6)
    fields = [f"  code = {_puml(_code(row, rng))}", f"  localisation = {_puml(location(row))}",
              f"  tel1 = {_puml(tel1(row))}"]  # fmt: skip
    if tel2(row):
        fields.append(f"  tel2 = {_puml(tel2(row))}")
    lines = [
        f"@startuml garde_{_slug(row)}",
        f"title Garde de nuit du {monday:%d/%m/%Y} au {sunday:%d/%m/%Y} (semaine {week})",
        "skinparam defaultFontName Arial",
        "",
        f'object "{name(row)}" as ph {{',
        *fields,
        "}",
        'object "Centrale d\'appels" as cc {',
        f"  poste = {rng.randint(200, 299)}",
        f'  ouverture = "{rng.choice((19, 20, 21))}:00"',
        "}",
        "",
        "cc --> ph : transfert de nuit",
        "note right of ph",
        f"  Appeler d'abord le {tel1(row)}",
        "end note",
        "@enduml",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "java_properties": java_properties,
    "spreadsheetml": spreadsheetml,
    "scxml": scxml,
    "plantuml": plantuml,
}


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of each of the two contact fields (each number in it by
    ``labelled_record``), no digit next to a copy; the two fields are never equal."""
    values = [("tel1", tel1(row)), ("tel2", tel2(row))]
    return field_copies(text, values, {"tel1": r"\d", "tel2": r"\d"}, COLUMNS, row["path"])


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its two contact fields
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith(("+", "00"))
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

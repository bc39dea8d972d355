"""held_out_167 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (Malaysia's schools in the Ministry of Education's school list, Senarai
Sekolah; Malaysia's earlier part took the Department of Veterinary Services' clinics) exactly as
published, in layouts no earlier part has, beside the list's own codes, names, addresses and
counts.

The procedure of ``held_out_150``, on another register and other layouts; earlier parts took
national numbers from registers of MY (veterinary clinics), SG, ID, TH, VN, PH and many others;
here:

* the values are the ``NOTELEFON``, ``NOFAX`` and ``EMAIL`` fields of 300 schools, a seeded
  sample of the 8,443 with a number whose address is no free-mail one
  (``scripts/data/pii_my_kpm_schools.json``, written by ``scripts/my_kpm_schools_data.py``;
  source and licence in that file): Malaysian numbers as the ministry's spreadsheet left them,
  mostly digits in one run whose trunk ``0`` was lost (``54011341``; Kuala Lumpur's and
  Selangor's nine digits ``3xxxxxxxx``; mobiles ``1165750521``), a few with their ``0`` and a
  space or hyphen (``088 662436``, ``086-327775``), one with the calling code and no ``+``
  (``601162944553``), each copy labelled; the fax where it has six digits or more (often the
  phone's own number, then labelled under ``NOTELEFON``), ``TIADA`` ("none") written as
  published; the school's mailbox named by its code (``ABA0001@moe.edu.my``), each copy
  labelled;
* the text around them is the same row's real fields: the code (``ABA0001``), name, state,
  district education office (PPD), constituencies, level, kind, postal address, postcode
  (``35000``), town, location, grade, enrolments, teachers and coordinates, with invented
  RefIds, UUIDs, hex ids, urgencies and times, unlabelled and scored;
* in layouts no earlier part has, school-data, graph, note and task formats, text in Malay:
  SIF AU 3.4 ``SchoolInfo`` objects (Access 4 Learning's Schools Interoperability Framework:
  ``LocalId``, ``SchoolName``, ``SchoolDistrict``, ``SchoolEmailList``, an ``AddressList``
  with ``GridLocation``, a ``PhoneNumberList`` with the main number as type ``0096`` and the
  fax as ``2364``, ``SIF_ExtendedElements`` with a Malay note repeating the number), GEXF 1.3
  graphs of a district's schools as Gephi writes them (a ``meta`` description naming the
  number, node attributes ``telefon``, ``faks`` and ``emel``, the school's ``viz:position`` at
  its coordinates, an edge from its PPD), Joplin RAW export notes (Markdown body of a school
  visit with the number, fax and address, a checklist repeating the number, then Joplin's
  ``key: value`` metadata with ids, times and the coordinates) and Taskwarrior ``task
  export`` JSON (two pending tasks with ``uuid``, ``entry``, ``due``, ``project``, ``tags``
  and ``annotations``, the number in a description and an annotation, the fax and address in
  another).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_167.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_my_kpm_schools.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_167.jsonl.gz"
SPLIT = "held_out_167"

LAYOUTS = ("sif_schoolinfo", "gexf_graph", "joplin_raw_note", "taskwarrior_export")
PHONE = "NOTELEFON"
FAX = "NOFAX"
EMAIL = "EMAIL"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
MYT = dt.timezone(dt.timedelta(hours=8))
# the ministry's school mailboxes (a school's code, or a ministry address)
MAILBOX = re.compile(r"[A-Za-z0-9._-]+@moe(?:-dl)?\.(?:edu|gov)\.my")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published where it holds six digits or more, else ""."""
    value = _f(row, FAX)
    return value if _digits(value) >= 6 else ""


def fax_shown(row: dict[str, Any]) -> str:
    """What a layout writes for the fax: the number, or the published word where the field
    holds no digit (``TIADA``); "" where it holds a stray digit or nothing."""
    value = _f(row, FAX)
    return fax(row) or ("" if _digits(value) else value)


def email(row: dict[str, Any]) -> str:
    """The school's mailbox as published ("" where it is not one of the ministry's)."""
    value = _f(row, EMAIL)
    return value if MAILBOX.fullmatch(value) else ""


def international(value: str) -> bool:
    """A number written with the calling code: after ``+`` or ``00``, or ``60`` and eleven
    digits or more (a national number has eight to ten without its trunk ``0``)."""
    return value.startswith(("+", "00")) or (value.startswith("60") and _digits(value) >= 11)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax numbers and of its
    mailbox labelled (each copy stands apart: no digit next to a number, no address character
    next to an address); the longer number first, so a fax that repeats the phone is the
    phone's."""
    numbers = sorted([("phone", phone(row)), ("fax", fax(row))], key=lambda kv: -len(kv[1]))
    values = [*numbers, ("email", email(row))]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of September to November 2025 (Malaysia time)."""
    start = dt.datetime(2025, 9, 1, 8, 0, tzinfo=MYT)
    return start + dt.timedelta(seconds=rng.randint(0, 85 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML text or a double-quoted attribute's value."""
    return escape(value, {'"': "&quot;"})


def address(row: dict[str, Any]) -> str:
    """The postal address in one line (``JALAN KELAB, 35000 TAPAH, PERAK``)."""
    town = " ".join(v for v in (_f(row, "POSKODSURAT"), _f(row, "BANDARSURAT")) if v)
    return ", ".join(v for v in (_f(row, "ALAMATSURAT"), town, _f(row, "NEGERI")) if v)


def level(row: dict[str, Any]) -> str:
    """``sekolah rendah`` (primary) or ``sekolah menengah`` (secondary)."""
    return "sekolah rendah" if _f(row, "PERINGKAT") == "Rendah" else "sekolah menengah"


SIF_TYPE = {"Rendah": "Pri", "Menengah": "Sec"}


def sif_schoolinfo(row: dict[str, Any], rng: random.Random) -> str:
    """A SIF AU 3.4 ``SchoolInfo`` object as a state's SIF zone publishes it: an invented
    ``RefId`` and ``LEAInfoRefId``, the code as ``LocalId``, ``SchoolName``, the PPD as
    ``SchoolDistrict``, ``SchoolType`` (``Pri``/``Sec``), the mailbox in ``SchoolEmailList``,
    the postal address with its coordinates as ``GridLocation``, the number (type ``0096``)
    and fax (type ``2364``) in ``PhoneNumberList``, ``OperationalStatus``, and
    ``SIF_ExtendedElements`` of the constituencies, location, grade, enrolment, teachers and a
    Malay note repeating the number."""
    tel, fx, mail = phone(row), fax(row), email(row)
    phones = [
        '    <PhoneNumber Type="0096">',
        f"      <Number>{_x(tel)}</Number>",
        "      <ListedStatus>Y</ListedStatus>",
        "    </PhoneNumber>",
    ]
    if fx:
        phones += [
            '    <PhoneNumber Type="2364">',
            f"      <Number>{_x(fx)}</Number>",
            "      <ListedStatus>Y</ListedStatus>",
            "    </PhoneNumber>",
        ]
    emails = ["  <SchoolEmailList>", f'    <Email Type="01">{_x(mail)}</Email>',
              "  </SchoolEmailList>"] if mail else []  # fmt: skip
    grid = []
    if _f(row, "KOORDINATYY") and _f(row, "KOORDINATXX"):
        grid = [
            "      <GridLocation>",
            f"        <Latitude>{_f(row, 'KOORDINATYY')}</Latitude>",
            f"        <Longitude>{_f(row, 'KOORDINATXX')}</Longitude>",
            "      </GridLocation>",
        ]
    note = f"Pejabat {level(row)} ini boleh dihubungi di talian {tel} pada waktu pejabat."
    extended = [
        ("Negeri", _f(row, "NEGERI")),
        ("Parlimen", _f(row, "PARLIMEN")),
        ("DUN", _f(row, "DUN")),
        ("JenisLabel", _f(row, "JENIS/LABEL")),
        ("Lokasi", _f(row, "LOKASI")),
        ("Gred", _f(row, "GRED")),
        ("Enrolmen", _f(row, "ENROLMEN")),
        ("Guru", _f(row, "GURU")),
        ("Catatan", note),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<SchoolInfo xmlns="http://www.sifassociation.org/datamodel/au/3.4" '
        f'RefId="{_uuid(rng).upper()}">',
        f"  <LocalId>{_x(_f(row, 'KODSEKOLAH'))}</LocalId>",
        f"  <SchoolName>{_x(_f(row, 'NAMASEKOLAH'))}</SchoolName>",
        f"  <LEAInfoRefId>{_uuid(rng).upper()}</LEAInfoRefId>",
        f"  <SchoolDistrict>{_x(_f(row, 'PPD'))}</SchoolDistrict>",
        f"  <SchoolType>{SIF_TYPE.get(_f(row, 'PERINGKAT'), 'Other')}</SchoolType>",
        *emails,
        "  <AddressList>",
        '    <Address Type="0123" Role="012B">',
        "      <Street>",
        f"        <Line1>{_x(_f(row, 'ALAMATSURAT'))}</Line1>",
        "      </Street>",
        f"      <City>{_x(_f(row, 'BANDARSURAT'))}</City>",
        f"      <StateProvince>{_x(_f(row, 'NEGERI'))}</StateProvince>",
        f"      <PostalCode>{_x(_f(row, 'POSKODSURAT'))}</PostalCode>",
        *grid,
        "    </Address>",
        "  </AddressList>",
        "  <PhoneNumberList>",
        *phones,
        "  </PhoneNumberList>",
        "  <SchoolSector>Gov</SchoolSector>",
        "  <OperationalStatus>O</OperationalStatus>",
        "  <SIF_ExtendedElements>",
        *(f'    <SIF_ExtendedElement Name="{k}">{_x(v)}</SIF_ExtendedElement>'
          for k, v in extended if v),
        "  </SIF_ExtendedElements>",
        "</SchoolInfo>",
        "",
    ]  # fmt: skip
    return "\n".join(lines)


GEXF_ATTRIBUTES = (
    ("0", "kod_sekolah", "string"), ("1", "jenis", "string"), ("2", "telefon", "string"),
    ("3", "faks", "string"), ("4", "emel", "string"), ("5", "poskod", "string"),
    ("6", "enrolmen", "integer"), ("7", "guru", "integer"),
)  # fmt: skip


def gexf_graph(row: dict[str, Any], rng: random.Random) -> str:
    """A GEXF 1.3 graph as Gephi exports it, a district's schools: ``meta`` with the export
    date, creator and a Malay description naming the school and its number; the node
    attributes (code, kind, ``telefon``, ``faks``, ``emel``, postcode, enrolment, teachers);
    the PPD's node and the school's, with its ``attvalues``, ``viz:color``, ``viz:size`` and
    ``viz:position`` at its coordinates; a directed edge from the PPD to the school."""
    tel, mail = phone(row), email(row)
    code, name, ppd = _f(row, "KODSEKOLAH"), _f(row, "NAMASEKOLAH"), _f(row, "PPD")
    when = _when(rng)
    values = [
        ("0", code), ("1", _f(row, "JENIS/LABEL")), ("2", tel), ("3", fax_shown(row)),
        ("4", mail), ("5", _f(row, "POSKODSURAT")), ("6", _f(row, "ENROLMEN")),
        ("7", _f(row, "GURU")),
    ]  # fmt: skip
    r, g, b = rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220)
    size = 5 + round(int(_f(row, "ENROLMEN") or 0) / 100, 1)
    viz = [f'        <viz:color r="{r}" g="{g}" b="{b}"/>', f'        <viz:size value="{size}"/>']
    if _f(row, "KOORDINATXX") and _f(row, "KOORDINATYY"):
        viz.append(f'        <viz:position x="{_f(row, "KOORDINATXX")}" '
                   f'y="{_f(row, "KOORDINATYY")}" z="0.0"/>')  # fmt: skip
    description = f"Rangkaian sekolah {ppd}: {name} ({code}), telefon {tel}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
        f'  <meta lastmodifieddate="{when:%Y-%m-%d}">',
        "    <creator>Gephi 0.10.1</creator>",
        f"    <description>{_x(description)}</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" mode="static">',
        '    <attributes class="node" mode="static">',
        *(f'      <attribute id="{i}" title="{t}" type="{k}"/>' for i, t, k in GEXF_ATTRIBUTES),
        "    </attributes>",
        "    <nodes>",
        f'      <node id="ppd" label="{_x(ppd)}">',
        "        <attvalues>",
        '          <attvalue for="1" value="PPD"/>',
        "        </attvalues>",
        "      </node>",
        f'      <node id="{_x(code)}" label="{_x(name)}">',
        "        <attvalues>",
        *(f'          <attvalue for="{i}" value="{_x(v)}"/>' for i, v in values if v),
        "        </attvalues>",
        *viz,
        "      </node>",
        "    </nodes>",
        "    <edges>",
        f'      <edge id="0" source="ppd" target="{_x(code)}" weight="1.0" label="mentadbir"/>',
        "    </edges>",
        "  </graph>",
        "</gexf>",
        "",
    ]  # fmt: skip
    return "\n".join(lines)


def _joplin_time(when: dt.datetime) -> str:
    """A Joplin time stamp (UTC, milliseconds, ``Z``)."""
    utc = when.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def _coordinate(value: str, places: int) -> str:
    return f"{float(value):.{places}f}" if value else f"{0:.{places}f}"


def joplin_raw_note(row: dict[str, Any], rng: random.Random) -> str:
    """A note of Joplin's RAW export (``.md``): the title, a Markdown body of a planned school
    visit in Malay (the code, address, number, fax, mailbox, PPD, enrolment and teachers), a
    checklist whose first item repeats the number, then Joplin's metadata lines (invented
    ``id`` and ``parent_id``, times, the coordinates as ``latitude`` and ``longitude`` to eight
    places, the desktop app as source, ``type_: 1``)."""
    tel, fx, mail = phone(row), fax_shown(row), email(row)
    name = _f(row, "NAMASEKOLAH")
    created = _when(rng)
    updated = created + dt.timedelta(seconds=rng.randint(60, 9 * 86400))
    body = [
        f"Lawatan: {name}",
        "",
        "## Maklumat sekolah",
        "",
        f"- **Kod sekolah:** {_f(row, 'KODSEKOLAH')}",
        f"- **Alamat:** {address(row)}",
        f"- **Telefon:** {tel}",
    ]
    if fx:
        body.append(f"- **Faks:** {fx}")
    if mail:
        body.append(f"- **E-mel:** <{mail}>")
    body += [f"- **PPD:** {_f(row, 'PPD')}"]
    if _f(row, "ENROLMEN"):
        body.append(f"- **Enrolmen:** {_f(row, 'ENROLMEN')} murid, {_f(row, 'GURU')} guru")
    body += [
        "",
        "## Tindakan",
        "",
        f"- [ ] Telefon pejabat sekolah ({tel}) untuk sahkan tarikh lawatan",
        "- [ ] Hantar surat iringan dan senarai semak",
        f"- [ ] Semak laluan ke {_f(row, 'BANDARSURAT')} ({_f(row, 'LOKASI').lower()})",
    ]
    meta = [
        ("id", f"{rng.getrandbits(128):032x}"),
        ("parent_id", f"{rng.getrandbits(128):032x}"),
        ("created_time", _joplin_time(created)),
        ("updated_time", _joplin_time(updated)),
        ("is_conflict", "0"),
        ("latitude", _coordinate(_f(row, "KOORDINATYY"), 8)),
        ("longitude", _coordinate(_f(row, "KOORDINATXX"), 8)),
        ("altitude", "0.0000"),
        ("author", ""),
        ("source_url", ""),
        ("is_todo", "0"),
        ("todo_due", "0"),
        ("todo_completed", "0"),
        ("source", "joplin-desktop"),
        ("source_application", "net.cozic.joplin-desktop"),
        ("application_data", ""),
        ("order", "0"),
        ("user_created_time", _joplin_time(created)),
        ("user_updated_time", _joplin_time(updated)),
        ("encryption_cipher_text", ""),
        ("encryption_applied", "0"),
        ("markup_language", "1"),
        ("is_shared", "0"),
        ("share_id", ""),
        ("conflict_original_id", ""),
        ("master_key_id", ""),
        ("user_data", ""),
        ("deleted_time", "0"),
        ("type_", "1"),
    ]
    return "\n".join([*body, "", *(f"{k}: {v}" for k, v in meta)])


def _task_time(when: dt.datetime) -> str:
    """A Taskwarrior date (UTC, ``20250903T012210Z``)."""
    return f"{when.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def taskwarrior_export(row: dict[str, Any], rng: random.Random) -> str:
    """Taskwarrior's ``task export`` (JSON, one task a line): two pending tasks of a district
    officer's project (``lawatan.<ppd>``), invented ``id``, ``uuid``, ``entry``, ``modified``,
    ``due`` and ``urgency``; the first to ring the school, its description naming the number
    and an annotation the fax, mailbox and address; the second to send the forms, its
    annotation repeating the number."""
    tel, fx, mail = phone(row), fax_shown(row), email(row)
    name, code = _f(row, "NAMASEKOLAH"), _f(row, "KODSEKOLAH")
    project = f"lawatan.{_slug(_f(row, 'PPD'))}"
    entry = _when(rng)
    first = rng.randint(1, 40)
    contact = [f"Kod {code}"]
    if fx:
        contact.append(f"faks {fx}")
    if mail:
        contact.append(f"e-mel {mail}")
    tasks = []
    for i, (description, notes, tags) in enumerate(
        (
            (f"Telefon {name} ({tel}) untuk sahkan tarikh lawatan",
             [", ".join(contact), f"Alamat: {address(row)}"], ["sekolah", "telefon"]),
            (f"Hantar borang pemantauan kepada {name}",
             [f"Jika tiada jawapan, hubungi {tel} semula"], ["sekolah", "borang"]),
        )
    ):  # fmt: skip
        made = entry + dt.timedelta(minutes=i * rng.randint(1, 30))
        annotations = [
            {"entry": _task_time(made + dt.timedelta(minutes=j + 1)), "description": note}
            for j, note in enumerate(notes)
        ]
        tasks.append({
            "id": first + i,
            "description": description,
            "due": _task_time(made + dt.timedelta(days=rng.randint(2, 21))),
            "entry": _task_time(made),
            "modified": _task_time(made + dt.timedelta(minutes=len(notes) + 1)),
            "project": project,
            "status": "pending",
            "tags": tags,
            "uuid": _uuid(rng),
            "annotations": annotations,
            "urgency": round(rng.uniform(2.0, 12.0), 4),
        })  # fmt: skip
    lines = [json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in tasks]
    return "[\n" + ",\n".join(lines) + "\n]\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "sif_schoolinfo": sif_schoolinfo,
    "gexf_graph": gexf_graph,
    "joplin_raw_note": joplin_raw_note,
    "taskwarrior_export": taskwarrior_export,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone and fax numbers
    and of its mailbox labelled."""
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

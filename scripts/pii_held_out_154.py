"""held_out_154 of the PII evaluation set: real phone fields of a register no earlier part used
(India's Blood Bank Directory of the National Health Portal; India's earlier part took the same
portal's hospital directory, another kind of institution) exactly as published, in layouts no
earlier part has, beside the directory's own names, addresses, licences and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the four phone columns of 300 licensed blood banks
  (``scripts/data/pii_in_blood_banks.json``, written by ``scripts/in_blood_banks_data.py``;
  source and licence in that file): ``Contact No`` (``03192 230628``, ``0141-2700107
  (Ext:275)``, ``044 66344000, 044 24784000``), ``Mobile`` (``9434266561``), ``Helpline`` and
  ``Fax``, each stripped of the blanks around it and otherwise as the directory writes it,
  every copy of a field of six digits or more labelled under its column (a copy standing
  inside a longer column's copy, a contact number the fax field lists again, is the longer
  one's; of two equal ones, a fax equal to the phone, the first column's); a ``Helpline``
  of a service number (``102``, ``Aircel-155/ Vodafone-255``) or ``N/A`` stays in the text,
  no number by the policy;
* the text around them is the same row's real fields: the name, state, district, city, address
  (its line breaks and tabs written as single spaces), PIN code (``744104``), category,
  component and apheresis flags, service time, licence number and its dates (``14.6.1996``),
  coordinates, with invented ledger GUIDs, graph ids, distances, request ids and dates,
  unlabelled and scored;
* in layouts no earlier part has, in English: Tally.ERP 9 XML import envelopes of a hospital's
  supplier ledger (``LEDGER`` master under Sundry Creditors: ``ADDRESS.LIST``,
  ``LEDSTATENAME``, ``PINCODE``, ``LEDGERPHONE``, ``LEDGERMOBILE``, ``LEDGERFAX``, the helpline
  in a comment), GraphML graphs of a blood-supply referral network (``key`` declarations, the
  blood bank a ``node`` with ``data``, an invented regional hub and an edge), Prolog fact files
  (``blood_bank/5``, ``address/2``, ``phone/3`` per phone column, ``licence/4``,
  ``location/3``, a ``%`` comment repeating the contact number) and JSON-RPC 2.0 exchanges in
  the specification's ``-->``/``<--`` notation (a ``bloodbank.get`` request and its result,
  with a ``note`` repeating the contact number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_154.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_in_blood_banks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_154.jsonl.gz"
SPLIT = "held_out_154"

LAYOUTS = ("tally_xml", "graphml", "prolog_facts", "jsonrpc")
PHONES = ("Contact No", "Mobile", "Helpline", "Fax")
EMPTY = ("", "N/A", "NA", "--", "-")

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented regional hubs of the referral network (no real body is meant)
HUBS = ("Regional Blood Transfusion Centre", "State Blood Cell Hub", "Zonal Storage Centre")


def _f(row: dict[str, Any], key: str) -> str:
    """A free-text field as published, its runs of blanks, tabs and line breaks one space ("" for
    an empty field or ``N/A``)."""
    value = " ".join((row["fields"].get(key) or "").split())
    return "" if value in EMPTY else value


def field(row: dict[str, Any], column: str) -> str:
    """A phone column as published, stripped ("" where empty or ``N/A``)."""
    value = (row["fields"].get(column) or "").strip()
    return "" if value in EMPTY else value


def labelled_columns(row: dict[str, Any]) -> list[tuple[str, str]]:
    """The row's phone columns holding a number of six digits or more, in column order."""
    return [
        (column, field(row, column))
        for column in PHONES
        if sum(c.isdigit() for c in field(row, column)) >= 6
    ]


def contact(row: dict[str, Any]) -> str:
    """The first phone column with a number, the one the layouts repeat."""
    return labelled_columns(row)[0][1]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each phone column labelled under its column (a
    copy standing inside a longer column's copy, a contact number that the fax field lists
    again, is the longer one's; of two equal ones the first column's; no digit next to a
    copy)."""
    values = labelled_columns(row)
    return field_copies(
        text,
        sorted(values, key=lambda pair: -len(pair[1])),
        {column: r"\d" for column, _ in values},
        {column: column for column, _ in values},
        row["path"],
        nested=True,
    )


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (IST)."""
    start = dt.datetime(2024, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _x(value: str) -> str:
    return escape(value)


def tally_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Tally.ERP 9 XML import envelope (``Import Data`` of ``All Masters``) creating the blood
    bank as a supplier ledger of an invented hospital: ``ADDRESS.LIST``, state, PIN code, the
    contact number as ``LEDGERPHONE``, the mobile and fax in theirs, an invented GUID; a comment
    naming the directory's serial number, licence and helpline."""
    name = _f(row, "Blood Bank Name")
    guid = "-".join(_hex(rng, k) for k in (8, 4, 4, 4, 12))
    guid += f"-0000{rng.randint(1000, 9999)}"
    company = _f(row, "City") or _f(row, "District")
    note = f"NHP Blood Bank Directory Sr No {_f(row, 'Sr No')}"
    if _f(row, "License #"):
        note += f", licence {_f(row, 'License #')}"
    if field(row, "Helpline"):
        note += f", helpline {field(row, 'Helpline')}"
    lines = [
        "<ENVELOPE>",
        "  <HEADER>",
        "    <TALLYREQUEST>Import Data</TALLYREQUEST>",
        "  </HEADER>",
        "  <BODY>",
        "    <IMPORTDATA>",
        "      <REQUESTDESC>",
        "        <REPORTNAME>All Masters</REPORTNAME>",
        "        <STATICVARIABLES>",
        f"          <SVCURRENTCOMPANY>{_x(company)} Hospital Stores</SVCURRENTCOMPANY>",
        "        </STATICVARIABLES>",
        "      </REQUESTDESC>",
        "      <REQUESTDATA>",
        '        <TALLYMESSAGE xmlns:UDF="TallyUDF">',
        f"          <!-- {_x(note).replace('--', '- -')} -->",
        f'          <LEDGER NAME={quoteattr(name)} ACTION="Create">',
        f"            <GUID>{guid}</GUID>",
        '            <ADDRESS.LIST TYPE="String">',
    ]
    for part in (_f(row, "Address"), _f(row, "City"), _f(row, "District")):
        if part:
            lines.append(f"              <ADDRESS>{_x(part)}</ADDRESS>")
    lines += [
        "            </ADDRESS.LIST>",
        "            <PARENT>Sundry Creditors</PARENT>",
        f"            <LEDSTATENAME>{_x(_f(row, 'State'))}</LEDSTATENAME>",
        "            <COUNTRYNAME>India</COUNTRYNAME>",
    ]
    if _f(row, "Pincode"):
        lines.append(f"            <PINCODE>{_x(_f(row, 'Pincode'))}</PINCODE>")
    for column, tag in (
        ("Contact No", "LEDGERPHONE"),
        ("Mobile", "LEDGERMOBILE"),
        ("Fax", "LEDGERFAX"),
    ):
        if field(row, column):
            lines.append(f"            <{tag}>{_x(field(row, column))}</{tag}>")
    lines += [
        "            <ISBILLWISEON>Yes</ISBILLWISEON>",
        '            <LANGUAGENAME.LIST>',
        '              <NAME.LIST TYPE="String">',
        f"                <NAME>{_x(name)}</NAME>",
        "              </NAME.LIST>",
        "              <LANGUAGEID> 1033</LANGUAGEID>",
        "            </LANGUAGENAME.LIST>",
        "          </LEDGER>",
        "        </TALLYMESSAGE>",
        "      </REQUESTDATA>",
        "    </IMPORTDATA>",
        "  </BODY>",
        "</ENVELOPE>",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


GRAPH_KEYS = (
    ("d0", "node", "name"), ("d1", "node", "kind"), ("d2", "node", "state"),
    ("d3", "node", "district"), ("d4", "node", "address"), ("d5", "node", "pincode"),
    ("d6", "node", "contact_no"), ("d7", "node", "mobile"), ("d8", "node", "helpline"),
    ("d9", "node", "fax"), ("d10", "node", "category"), ("d11", "node", "latitude"),
    ("d12", "node", "longitude"), ("d13", "edge", "distance_km"), ("d14", "edge", "route"),
)  # fmt: skip


def graphml(row: dict[str, Any], rng: random.Random) -> str:
    """A GraphML document of a district's blood-supply referral network: the keys declared, the
    blood bank as a node whose ``data`` give its fields and phone columns, an invented regional
    hub as a second node and the edge between them with an invented distance."""
    sr = _f(row, "Sr No")
    hub = rng.choice(HUBS)
    values = {
        "name": _f(row, "Blood Bank Name"), "kind": "blood_bank", "state": _f(row, "State"),
        "district": _f(row, "District"), "address": _f(row, "Address"),
        "pincode": _f(row, "Pincode"), "contact_no": field(row, "Contact No"),
        "mobile": field(row, "Mobile"), "helpline": field(row, "Helpline"),
        "fax": field(row, "Fax"), "category": _f(row, "Category"),
        "latitude": _f(row, "Latitude"), "longitude": _f(row, "Longitude"),
    }  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for key, target, name in GRAPH_KEYS:
        kind = "double" if name in ("latitude", "longitude", "distance_km") else "string"
        lines.append(f'  <key id="{key}" for="{target}" attr.name="{name}" attr.type="{kind}"/>')
    district = _f(row, "District") or _f(row, "State")
    lines.append(f'  <graph id={quoteattr("referral-" + district.lower().replace(" ", "-"))} '
                 'edgedefault="undirected">')  # fmt: skip
    lines.append(f'    <node id="bb{sr}">')
    for key, target, name in GRAPH_KEYS:
        if target == "node" and values.get(name):
            lines.append(f'      <data key="{key}">{_x(values[name])}</data>')
    lines.append("    </node>")
    hub_id = f"hub{rng.randint(10, 99)}"
    lines += [
        f'    <node id="{hub_id}">',
        f'      <data key="d0">{_x(hub)}, {_x(_f(row, "State"))}</data>',
        '      <data key="d1">hub</data>',
        "    </node>",
        f'    <edge id="e{rng.randint(100, 999)}" source="bb{sr}" target="{hub_id}">',
        f'      <data key="d13">{rng.randint(4, 180)}.{rng.randint(0, 9)}</data>',
        f'      <data key="d14">{rng.choice(("road", "cold-chain van", "ambulance"))}</data>',
        "    </edge>",
        "  </graph>",
        "</graphml>",
    ]
    return "\n".join(lines) + "\n"


def _atom(value: str) -> str:
    """``value`` as a Prolog quoted atom."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def prolog_facts(row: dict[str, Any], rng: random.Random) -> str:
    """A Prolog fact file of the directory: a ``%`` header comment repeating the contact number,
    ``blood_bank/5``, ``address/2``, ``pincode/2``, a ``phone/3`` fact per phone column
    (``N/A`` ones left out), ``licence/4`` and ``location/3``, with an invented export date."""
    sr = _f(row, "Sr No")
    bb = f"bb_{sr}"
    when = _when(rng)
    lines = [
        "% blood_banks.pl -- facts exported from the NHP Blood Bank Directory",
        f"% exported {when:%Y-%m-%d %H:%M} IST, record {sr}",
        f"% {_f(row, 'Blood Bank Name')}: call {contact(row)}",
        "",
        ":- discontiguous phone/3.",
        "",
        f"blood_bank({bb}, {_atom(_f(row, 'Blood Bank Name'))}, {_atom(_f(row, 'State'))}, "
        f"{_atom(_f(row, 'District'))}, {_atom(_f(row, 'City'))}).",
    ]
    if _f(row, "Address"):
        lines.append(f"address({bb}, {_atom(_f(row, 'Address'))}).")
    if _f(row, "Pincode"):
        lines.append(f"pincode({bb}, {_atom(_f(row, 'Pincode'))}).")
    for column in PHONES:
        if field(row, column):
            kind = column.lower().replace(" ", "_")
            lines.append(f"phone({bb}, {kind}, {_atom(field(row, column))}).")
    if _f(row, "Category"):
        lines.append(f"category({bb}, {_atom(_f(row, 'Category'))}).")
    if _f(row, "License #"):
        lines.append(
            f"licence({bb}, {_atom(_f(row, 'License #'))}, "
            f"{_atom(_f(row, 'Date License Obtained'))}, {_atom(_f(row, 'Date of Renewal'))})."
        )
    lat, lon = _f(row, "Latitude"), _f(row, "Longitude")
    if _number(lat) and _number(lon):
        lines.append(f"location({bb}, {lat}, {lon}).")
    return "\n".join(lines) + "\n"


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def jsonrpc(row: dict[str, Any], rng: random.Random) -> str:
    """A JSON-RPC 2.0 exchange in the specification's notation: ``-->`` a ``bloodbank.get``
    request by the directory's serial number with an invented id, ``<--`` its result with the
    row's fields, the four phone columns (``null`` where ``N/A``) and a ``note`` repeating the
    contact number."""
    sr = _f(row, "Sr No")
    rid = rng.randint(1, 9999)
    request = {"jsonrpc": "2.0", "method": "bloodbank.get", "params": {"sr_no": sr}, "id": rid}
    result = {
        "sr_no": sr,
        "name": _f(row, "Blood Bank Name"),
        "state": _f(row, "State"),
        "district": _f(row, "District"),
        "city": _f(row, "City"),
        "address": _f(row, "Address"),
        "pincode": _f(row, "Pincode") or None,
        "contact_no": field(row, "Contact No") or None,
        "mobile": field(row, "Mobile") or None,
        "helpline": field(row, "Helpline") or None,
        "fax": field(row, "Fax") or None,
        "category": _f(row, "Category") or None,
        "service_time": _f(row, "Service Time") or None,
        "components": _f(row, "Blood Component Available") or None,
        "apheresis": _f(row, "Apheresis") or None,
        "note": f"Call {contact(row)} to check stock before visiting.",
        "updated": f"{_when(rng):%Y-%m-%dT%H:%M:%S%z}",
    }
    response = {"jsonrpc": "2.0", "result": result, "id": rid}
    return (
        f"--> {json.dumps(request, ensure_ascii=False)}\n"
        f"<-- {json.dumps(response, ensure_ascii=False, indent=2)}\n"
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "tally_xml": tally_xml,
    "graphml": graphml,
    "prolog_facts": prolog_facts,
    "jsonrpc": jsonrpc,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone columns
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

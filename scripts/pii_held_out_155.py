"""held_out_155 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (South Africa's public clinics, community health centres and hospitals as the
national Department of Health's 2011/2012 National Core Standards inspections reported them;
South Africa's earlier parts took the Department of Basic Education's schools and National
Treasury's municipalities) exactly as published, in layouts no earlier part has, beside the
register's own uids, names, classifications, districts, coordinates, addresses and scores.

The procedure of ``held_out_132``, on another register and other layouts; earlier parts took
national numbers from registers of ZA (schools, municipalities), NG, KE, GH, TZ, UG and many
others; here:

* the values are the ``tel`` and ``fax`` fields of 400 facilities
  (``scripts/data/pii_za_health_facilities.json``, written by
  ``scripts/za_health_facilities_data.py``; source and licence in that file): South African
  numbers as the reports give them, most as nine digits that lost their trunk ``0``
  (``437092111``), others with blanks or hyphens (``031 9078111``, ``016-930-3300``), some
  with more lines after a slash (``0516531881/2/3``: one number, its endings with it) or two
  numbers after a slash (``041 995 1111/041 995 1130``: two), no ``+27``; the fax in the same
  shapes where the row has one (a fax that repeats the phone is labelled under the phone;
  ``NOT WORKING`` and ``N/`` kept as published, unlabelled), each copy of each number
  labelled;
* the text around them is the same row's real fields: the uid
  (``ec_frere_hospital_2013_03_26``), name, classification, province, district and
  sub-district, coordinates, postal area, postal and street address, and the inspection's
  overall and domain scores, with invented identifiers, UUIDs, dates and times, version and
  radius numbers, unlabelled and scored;
* in layouts no earlier part has, text in South African English: OASIS Common Alerting
  Protocol 1.2 alerts of the province's health department (a service notice: the number in
  ``instruction`` and ``contact``, the facility as ``area`` with a ``circle``), GraphML graphs
  of the referral chain (the facility, its sub-district and district as nodes with ``data``
  keys, the numbers under ``tel`` and ``fax`` and again in the graph's ``desc``), CommCare
  form submissions carrying a CaseXML 2.0 ``case`` block (``create`` and ``update`` of a
  ``facility`` case, the number in a form question and in the case's ``tel``) and DIF (Data
  Interchange Format) sheets of the facility list (``TABLE``/``VECTORS``/``TUPLES``/``DATA``
  header, a header tuple and the facility's tuple; a number of digits only as a numeric cell,
  ``0,437092111`` then ``V``, as the spreadsheet held it; the others, and those with a
  leading ``0``, as string cells).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_155.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_za_health_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_155.jsonl.gz"
SPLIT = "held_out_155"

LAYOUTS = ("cap_alert", "graphml_graph", "commcare_casexml", "dif_sheet")
PHONE, FAX = "tel", "fax"
SAST = dt.timezone(dt.timedelta(hours=2))  # South African Standard Time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# a number as the reports write it: digits, single blanks or hyphens between them
_NUM = re.compile(r"\d(?:\d|[ \-](?=\d))*")

# invented service notices of a provincial health department (no real notice is meant)
NOTICES = (
    ("Water supply interruption", "Municipal water supply to the facility is interrupted; "
     "emergency services continue and chronic medication collection may be delayed."),
    ("Electricity outage", "Scheduled load-shedding affects the facility; the generator "
     "covers emergency and maternity services only."),
    ("Temporary closure of a service", "The facility's pharmacy window is closed for "
     "renovation; medicines are issued from the main reception."),
    ("Vaccination campaign", "The facility runs an extended immunisation campaign for "
     "children under five; bring the Road to Health booklet."),
    ("Change of operating hours", "The facility's outpatient hours change this week because "
     "of staff training."),
)  # fmt: skip
# invented CommCare form names of a district's facility check-in app
FORMS = ("Facility check-in", "Facility contact update", "Supervision visit")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published ("" where the row has none)."""
    return row["fields"].get(key) or ""


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published ("" where it has none)."""
    return _f(row, FAX)


def field_numbers(value: str) -> list[str]:
    """The numbers of a phone or fax field: a piece of seven digits or more starts a number, a
    shorter piece after ``/`` or ``,`` is an ending of the number before it and stays with it
    (``0516531881/2/3`` is one number, ``041 995 1111/041 995 1130`` two). A field with no
    number of seven digits or more (``NOT WORKING``) has none."""
    out: list[list[int]] = []
    for m in _NUM.finditer(value):
        if sum(c.isdigit() for c in m.group()) >= 7:
            out.append([m.start(), m.end()])
        elif out:
            out[-1][1] = m.end()
    return [value[s:e] for s, e in out]


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of each number of the row's phone and fax fields
    labelled, longest first (a number found inside a longer one is the longer one's; a fax
    number that repeats a phone number is the phone's). Each copy stands apart: no digit next
    to it."""
    tel = field_numbers(phone(row))
    values = sorted({*tel, *field_numbers(fax(row))}, key=lambda v: (-len(v), v))
    kinds = [("phone" if v in tel else "fax", v) for v in values]
    edges = {"phone": r"\d", "fax": r"\d"}
    return field_copies(text, kinds, edges, {"phone": PHONE, "fax": FAX}, row["path"], nested=True)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of office hours in 2024 (SAST, 07:30 to 15:59)."""
    start = dt.datetime(2024, 2, 5, 7, 30, tzinfo=SAST)
    return start + dt.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 509))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _province(row: dict[str, Any]) -> str:
    """The province's name without ``Province`` (``Eastern Cape``)."""
    return _f(row, "province").removesuffix(" Province")


def _code(row: dict[str, Any]) -> str:
    """The province's two letters as the uids write them (``ec``)."""
    return _f(row, "uid")[:2]


def _kind(row: dict[str, Any]) -> str:
    """The classification in words (``district hospital``, ``clinic``)."""
    kind = _f(row, "classification")
    return kind if kind in ("CHC", "CDC", "MOU") else kind.lower() or "facility"


def cap_alert(row: dict[str, Any], rng: random.Random) -> str:
    """An OASIS Common Alerting Protocol 1.2 ``alert`` of the province's health department, a
    service notice of the facility: an invented identifier and time, ``Actual``/``Alert``/
    ``Public``, one ``info`` (category ``Health``, the notice as event, headline and
    description, the number in ``instruction`` and the numbers in ``contact``, the uid as a
    ``parameter``) and the facility as ``area`` (``areaDesc``, a ``circle`` of the row's
    coordinates with an invented radius, the district as ``geocode``)."""
    name, tel, fx = _f(row, "name"), phone(row), fax(row)
    when = _when(rng)
    event, text = rng.choice(NOTICES)
    ident = f"ZA-{_code(row).upper()}-DOH-{when:%Y%m%d}-{rng.randint(100, 999)}"
    contact = f"{name}, tel {tel}"
    if field_numbers(fx):
        contact += f", fax {fx}"
    area = ", ".join(v for v in (name, _f(row, "sub_district"), _f(row, "district")) if v)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">',
        f"  <identifier>{ident}</identifier>",
        f"  <sender>alerts.{_code(row)}health.gov.za</sender>",
        f"  <sent>{when.isoformat()}</sent>",
        "  <status>Actual</status>",
        "  <msgType>Alert</msgType>",
        "  <scope>Public</scope>",
        "  <info>",
        "    <language>en-ZA</language>",
        "    <category>Health</category>",
        f"    <event>{_x(event)}</event>",
        "    <urgency>Expected</urgency>",
        "    <severity>Minor</severity>",
        "    <certainty>Observed</certainty>",
        f"    <effective>{when.isoformat()}</effective>",
        f"    <expires>{(when + dt.timedelta(days=rng.randint(2, 14))).isoformat()}</expires>",
        f"    <senderName>{_x(_province(row))} Department of Health</senderName>",
        f"    <headline>{_x(name)}: {_x(event.lower())}</headline>",
        f"    <description>{_x(text)} {_x(name)} is a {_x(_kind(row))} in "
        f"{_x(_f(row, 'sub_district'))}.</description>",
        f"    <instruction>Patients with appointments should phone the facility on {tel} "
        "before travelling.</instruction>",
        f"    <contact>{_x(contact)}</contact>",
        "    <parameter>",
        "      <valueName>facility_uid</valueName>",
        f"      <value>{_x(_f(row, 'uid'))}</value>",
        "    </parameter>",
        "    <area>",
        f"      <areaDesc>{_x(area)}</areaDesc>",
    ]
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    if lat and lon:
        lines.append(f"      <circle>{lat},{lon} {rng.choice((0.5, 1.0, 2.0, 5.0))}</circle>")
    lines += [
        "      <geocode>",
        "        <valueName>district</valueName>",
        f"        <value>{_x(_f(row, 'district'))}</value>",
        "      </geocode>",
        "    </area>",
        "  </info>",
        "</alert>",
        "",
    ]
    return "\n".join(lines)


GRAPHML_KEYS = (
    ("d0", "node", "label", "string"),
    ("d1", "node", "classification", "string"),
    ("d2", "node", "tel", "string"),
    ("d3", "node", "fax", "string"),
    ("d4", "node", "latitude", "double"),
    ("d5", "node", "longitude", "double"),
    ("d6", "node", "overall_performance", "int"),
    ("d7", "node", "street_address", "string"),
    ("d8", "edge", "relation", "string"),
)


def graphml_graph(row: dict[str, Any], rng: random.Random) -> str:
    """A GraphML document of the facility's place in the district's referral chain: the
    ``key`` declarations, a directed ``graph`` whose ``desc`` names the facility and its
    numbers, the facility as a node (its uid as id; label, classification, ``tel``, ``fax``,
    coordinates, overall score and street address as ``data``), its sub-district and district
    as nodes, and ``reports to`` edges between them."""
    name, tel, fx = _f(row, "name"), phone(row), fax(row)
    sub, district = _f(row, "sub_district"), _f(row, "district")
    gid = f"referral-{_code(row)}-{rng.randint(1000, 9999)}"
    desc = f"Referral chain of {name} ({_kind(row)}), tel {tel}"
    if field_numbers(fx):
        desc += f", fax {fx}"
    data_lines = [
        ("d0", name), ("d1", _f(row, "classification")), ("d2", tel), ("d3", fx),
        ("d4", _f(row, "latitude")), ("d5", _f(row, "longitude")),
        ("d6", _f(row, "overall_performance")), ("d7", _f(row, "street_address")),
    ]  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        *(
            f'  <key id="{k}" for="{f}" attr.name="{a}" attr.type="{t}"/>'
            for k, f, a, t in GRAPHML_KEYS
        ),
        f'  <graph id="{gid}" edgedefault="directed">',
        f"    <desc>{_x(desc)}</desc>",
        f"    <node id={quoteattr(_f(row, 'uid'))}>",
        *(f'      <data key="{k}">{_x(v)}</data>' for k, v in data_lines if v),
        "    </node>",
        '    <node id="sub_district">',
        f'      <data key="d0">{_x(sub)}</data>',
        '      <data key="d1">SUB-DISTRICT</data>',
        "    </node>",
        '    <node id="district">',
        f'      <data key="d0">{_x(district)}</data>',
        '      <data key="d1">DISTRICT</data>',
        "    </node>",
        f'    <edge id="e0" source={quoteattr(_f(row, "uid"))} target="sub_district">',
        '      <data key="d8">reports to</data>',
        "    </edge>",
        '    <edge id="e1" source="sub_district" target="district">',
        '      <data key="d8">reports to</data>',
        "    </edge>",
        "  </graph>",
        "</graphml>",
        "",
    ]
    return "\n".join(lines)


def commcare_casexml(row: dict[str, Any], rng: random.Random) -> str:
    """A CommCare form submission (an XForm instance) of a district's facility check-in app:
    the form's questions (the facility, the number the officer confirmed, a note), a CaseXML
    2.0 ``case`` block that creates and updates a ``facility`` case (``case_name``,
    ``case_type``, ``owner_id``; the uid, classification, district, sub-district, ``tel``,
    ``fax``, postal address and GPS point in ``update``), and the OpenRosa ``meta`` block with
    invented device and instance ids and times."""
    name, tel, fx = _f(row, "name"), phone(row), fax(row)
    when = _when(rng)
    end = when + dt.timedelta(minutes=rng.randint(2, 25))
    xmlns = f"http://openrosa.org/formdesigner/{_uuid(rng).upper()}"
    user = rng.getrandbits(128).to_bytes(16, "big").hex()
    owner = rng.getrandbits(128).to_bytes(16, "big").hex()
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    update = [
        ("facility_uid", _f(row, "uid")), ("classification", _f(row, "classification")),
        ("province", _f(row, "province")), ("district", _f(row, "district")),
        ("sub_district", _f(row, "sub_district")), ("tel", tel), ("fax", fx),
        ("postal_address", _f(row, "postal_address")), ("postal_area", _f(row, "postal_area")),
        ("gps", f"{lat} {lon} 0.0 0.0" if lat and lon else ""),
    ]  # fmt: skip
    lines = [
        "<?xml version='1.0' ?>",
        f'<data xmlns:jrm="http://dev.commcarehq.org/jr/xforms" xmlns="{xmlns}" '
        f'uiVersion="1" version="{rng.randint(12, 240)}" name="{rng.choice(FORMS)}">',
        f"  <facility_name>{_x(name)}</facility_name>",
        f"  <tel_confirmed>{tel}</tel_confirmed>",
        "  <note_tel>Phone the facility before the visit to confirm the manager is on "
        "site.</note_tel>",
        f'  <n0:case xmlns:n0="http://commcarehq.org/case/transaction/v2" '
        f'case_id="{_uuid(rng)}" date_modified="{end.isoformat(timespec="milliseconds")}" '
        f'user_id="{user}">',
        "    <n0:create>",
        f"      <n0:case_name>{_x(name)}</n0:case_name>",
        f"      <n0:owner_id>{owner}</n0:owner_id>",
        "      <n0:case_type>facility</n0:case_type>",
        "    </n0:create>",
        "    <n0:update>",
        *(f"      <n0:{k}>{_x(v)}</n0:{k}>" for k, v in update if v),
        "    </n0:update>",
        "  </n0:case>",
        '  <n1:meta xmlns:n1="http://openrosa.org/jr/xforms">',
        f"    <n1:deviceID>commcare_{_uuid(rng)}</n1:deviceID>",
        f"    <n1:timeStart>{when.isoformat(timespec='milliseconds')}</n1:timeStart>",
        f"    <n1:timeEnd>{end.isoformat(timespec='milliseconds')}</n1:timeEnd>",
        f"    <n1:username>{_code(row)}.facility.officer</n1:username>",
        f"    <n1:userID>{user}</n1:userID>",
        f"    <n1:instanceID>uuid:{_uuid(rng)}</n1:instanceID>",
        f'    <n2:appVersion xmlns:n2="http://commcarehq.org/xforms">CommCare Android, '
        f'version "2.{rng.randint(47, 54)}.{rng.randint(0, 3)}"</n2:appVersion>',
        "  </n1:meta>",
        "</data>",
        "",
    ]
    return "\n".join(lines)


DIF_COLUMNS = (
    "uid", "name", "classification", "province", "district", "sub_district", "latitude",
    "longitude", "tel", "fax", "postal_area", "overall_performance",
)  # fmt: skip
_DIF_NUMERIC = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?")


def _dif_cell(value: str) -> list[str]:
    """A DIF data cell: a numeric cell (``0,value`` then ``V``) for a plain number (the
    coordinates, the score, a number of digits only with no leading ``0`` as the spreadsheet
    held it), a string cell (``1,0`` then the quoted string, quotes doubled) otherwise, an
    empty string cell for an empty field."""
    if _DIF_NUMERIC.fullmatch(value):
        return [f"0,{value}", "V"]
    return ["1,0", '"' + value.replace('"', '""') + '"']


def dif_sheet(row: dict[str, Any], rng: random.Random) -> str:
    """A DIF (Data Interchange Format) file as a spreadsheet exports one facility of the list:
    the header (``TABLE`` with the sheet's title, ``VECTORS`` = columns, ``TUPLES`` = rows,
    ``DATA``), a tuple of the column names and the facility's tuple (``-1,0`` ``BOT`` before
    each), ``EOD`` at the end; lines end with CR LF."""
    title = f"{_code(row).upper()}_facilities_{_when(rng):%Y%m%d}"
    lines = [
        "TABLE", "0,1", f'"{title}"',
        "VECTORS", f"0,{len(DIF_COLUMNS)}", '""',
        "TUPLES", "0,2", '""',
        "DATA", "0,0", '""',
        "-1,0", "BOT",
    ]  # fmt: skip
    for column in DIF_COLUMNS:
        lines += ["1,0", f'"{column}"']
    lines += ["-1,0", "BOT"]
    for column in DIF_COLUMNS:
        lines += _dif_cell(_f(row, column))
    lines += ["-1,0", "EOD", ""]
    return "\r\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "cap_alert": cap_alert,
    "graphml_graph": graphml_graph,
    "commcare_casexml": commcare_casexml,
    "dif_sheet": dif_sheet,
}


def international(value: str) -> bool:
    """Whether a number is written with its calling code (none of the register's is)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of each of its numbers
    labelled."""
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

"""held_out_65 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Tanzania) exactly as published, in layouts no earlier part has, beside the
row's own facility number, coordinates and administrative areas.

The procedure of ``held_out_30``, on another register and other layouts; here:

* the values are the ``Official Phone Number`` fields of Tanzanian health facilities in the
  Ministry of Health's Health Facility Registry (``scripts/data/pii_tz_hfr_facilities.json``,
  written by ``scripts/tz_hfr_facilities_data.py``; source and licence in that file): numbers
  as each facility gave them (``0752339933``, ``754634324`` without the trunk ``0``,
  ``+255784534596``, ``255754061058``, ``+255(0)759802477``, ``025-2802133``, two in one field
  after ``/``, ``&``, ``,`` or ``OR``, ``0769 150 08_`` with a blank digit), each number of each
  copy labelled, and the ``OfficialEmail`` where the data keeps it (an office's address);
* the text around them is the same row's real fields: its HFR facility number (``113310-7``),
  row id, coordinates (``-2.563525``), region, district, council, ward, village, type, opening
  date and postal address (``P. O. Box 13 81``), with invented UUIDs, device ids, host ids,
  addresses, ports and times, unlabelled and scored;
* in layouts no earlier part has, labels in Swahili where the document is the facility's own: an
  ODK Collect form submission (XForm instance XML) of a facility survey (``<simu>``), a Zabbix
  host export in YAML whose inventory gives the facility's contact (``poc_1_phone_a``), a Sieve
  mail filter script whose ``vacation`` reply gives the number (``piga simu ...``), and an
  OpenMRS REST ``POST /ws/rest/v1/location`` body whose attribute holds the number.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_65.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_tz_hfr_facilities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_65.jsonl.gz"
SPLIT = "held_out_65"

LAYOUTS = ("odk_submission", "zabbix_host", "sieve_vacation", "openmrs_location")
PHONE = "phone"
# what may not stand next to a copy: a digit beside a number, an address character beside an
# address
EDGES = {"phone": r"\d", "email": r"[\w.@+-]"}


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "Official Phone Number")


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address where the data keeps it ("" otherwise)."""
    return _f(row, "OfficialEmail")


def forms(value: str) -> set[str]:
    """A value as it stands in the text: itself, inside a JSON/YAML string, escaped in XML."""
    return {value, json.dumps(value, ensure_ascii=False)[1:-1], escape(value)}


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The facility's name as an identifier: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "Facility Name").lower())
    return "-".join(words[:5]) or "kituo"


def _uuid(rng: random.Random) -> str:
    """An invented UUID (version 4)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(rng: random.Random, day: int | None = None) -> str:
    """An invented time in March 2026, East Africa Time."""
    day = day or rng.randint(2, 27)
    return (
        f"2026-03-{day:02d}T{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}+03:00"
    )


def _q(value: str) -> str:
    """A double-quoted JSON or YAML string."""
    return json.dumps(value, ensure_ascii=False)


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone field (each number in it by
    ``labelled_record``) and of its e-mail address labelled. Each copy stands apart (no digit
    next to a number, no address character next to an address), so a copy is never part of
    another value."""
    values = [("phone", phone(row)), ("email", email(row))]
    # a copy inside a longer one (a value's own or another's) is the longer one's
    copies = [(kind, form) for kind, value in values for form in sorted(forms(value))]
    values = sorted(copies, key=lambda v: -len(v[1]))
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"], nested=True)


def odk_submission(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's answers to a survey as ODK Collect submits them (an XForm instance): the
    form id and version, invented start/end times, device id and instance UUID in ``meta``,
    the HFR facility number and name, the region, district, council, ward and village, the
    type and opening date, the latitude and longitude as the register writes them and an
    invented altitude, the phone under ``<simu>``, the e-mail where the row has
    one and the postal address."""
    day = rng.randint(2, 27)
    device = "collect:" + "".join(
        rng.choice(string.ascii_letters + string.digits) for _ in range(16)
    )
    version = f"2026{rng.randint(1, 3):02d}{rng.randint(1, 28):02d}01"
    x = escape
    lines = [
        "<?xml version='1.0' encoding='UTF-8' ?>",
        f'<data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" '
        f'id="tathmini_vituo_afya" version="{version}">',
        f"  <start>{_stamp(rng, day)}</start>",
        f"  <end>{_stamp(rng, day)}</end>",
        f"  <deviceid>{device}</deviceid>",
        "  <kituo>",
        f"    <namba_hfr>{x(_f(row, 'Facility Number'))}</namba_hfr>",
        f"    <jina_la_kituo>{x(_f(row, 'Facility Name'))}</jina_la_kituo>",
        f"    <aina>{x(_f(row, 'Facility Type'))}</aina>",
        f"    <tarehe_kufunguliwa>{x(_f(row, 'Date Opened'))}</tarehe_kufunguliwa>",
        "  </kituo>",
        "  <mahali>",
        f"    <mkoa>{x(_f(row, 'Region'))}</mkoa>",
        f"    <wilaya>{x(_f(row, 'District'))}</wilaya>",
        f"    <halmashauri>{x(_f(row, 'Council'))}</halmashauri>",
        f"    <kata>{x(_f(row, 'Ward'))}</kata>",
        f"    <kijiji_mtaa>{x(_f(row, 'Village/Street'))}</kijiji_mtaa>",
        f"    <latitudo>{x(_f(row, 'Latitude'))}</latitudo>",
        f"    <longitudo>{x(_f(row, 'Longitude'))}</longitudo>",
        f"    <mwinuko>{rng.randint(3, 1900)}.{rng.randint(0, 9)}</mwinuko>",
        "  </mahali>",
        "  <mawasiliano>",
        f"    <simu>{x(phone(row))}</simu>",
        f"    <barua_pepe>{x(email(row))}</barua_pepe>",
        f"    <sanduku_la_posta>{x(_f(row, 'PostalAddress'))}</sanduku_la_posta>",
        "  </mawasiliano>",
        f"  <idadi_ya_vitanda>{rng.randint(0, 120)}</idadi_ya_vitanda>",
        "  <orx:meta>",
        f"    <orx:instanceID>uuid:{_uuid(rng)}</orx:instanceID>",
        "  </orx:meta>",
        "</data>",
        "",
    ]
    return "\n".join(lines)


def zabbix_host(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's router as a Zabbix 6.0 host export in YAML: an invented host UUID,
    host name and agent address and port, its host group by region, tags with the HFR number
    and council, and the inventory: the facility's name, type, coordinates, village, ward and
    postal address, the phone under ``poc_1_phone_a`` and in ``contact``, the e-mail where the
    row has one and the registry's row id under ``asset_tag``."""
    region = _f(row, "Region")
    place = ", ".join(x for x in (_f(row, k) for k in ("Village/Street", "Ward", "Council")) if x)
    inventory = [
        f"        name: {_q(_f(row, 'Facility Name'))}",
        f"        type: {_q(_f(row, 'Facility Type'))}",
        f"        asset_tag: {_q('HFR-' + _f(row, 'ID'))}",
        f"        location: {_q(place)}",
        f"        location_lat: {_q(_f(row, 'Latitude'))}",
        f"        location_lon: {_q(_f(row, 'Longitude'))}",
        f"        site_address_a: {_q(_f(row, 'PostalAddress'))}",
        f"        site_state: {_q(region)}",
        "        site_country: Tanzania",
        f"        contact: {_q('Simu ya kituo: ' + phone(row))}",
        f"        poc_1_phone_a: {_q(phone(row))}",
    ]
    if email(row):
        inventory.append(f"        poc_1_email: {_q(email(row))}")
    lines = [
        "zabbix_export:",
        "  version: '6.0'",
        "  host_groups:",
        f"    - uuid: {uuid.UUID(int=rng.getrandbits(128), version=4).hex}",
        f"      name: {_q('Vituo vya Afya/' + region)}",
        "  hosts:",
        f"    - uuid: {uuid.UUID(int=rng.getrandbits(128), version=4).hex}",
        f"      host: {_q('hfr-' + _f(row, 'Facility Number') + '-' + _slug(row))}",
        f"      name: {_q(_f(row, 'Facility Name') + ' - router')}",
        "      templates:",
        "        - name: 'Linux by Zabbix agent'",
        "      groups:",
        f"        - name: {_q('Vituo vya Afya/' + region)}",
        "      interfaces:",
        f"        - ip: 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        f"          port: '{rng.choice((10050, 10051, 20050))}'",
        "          interface_ref: if1",
        "      tags:",
        "        - tag: hfr",
        f"          value: {_q(_f(row, 'Facility Number'))}",
        "        - tag: halmashauri",
        f"          value: {_q(_f(row, 'Council'))}",
        "      inventory_mode: MANUAL",
        "      inventory:",
        *inventory,
        "",
    ]
    return "\n".join(lines)


def _sieve(value: str) -> str:
    """A Sieve quoted string: backslashes and double quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sieve_vacation(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's mailbox filter as a Sieve script (RFC 5228, with ``vacation`` of RFC
    5230): a comment naming the facility, its HFR number and coordinates, a rule filing invented lab
    results by an order-number subject, and an out-of-office reply in Swahili that gives the
    phone, the postal address and an invented date of return, sent from the row's e-mail
    where it has one."""
    back = f"{rng.randint(2, 28)}/0{rng.randint(4, 9)}/2026"
    reply = (
        f"Habari,\n\nAsante kwa ujumbe wako kwa {_f(row, 'Facility Name')} "
        f"({_f(row, 'Facility Type')}, {_f(row, 'Council')}). Ofisi yetu imefungwa hadi "
        f"{back}. Kwa dharura piga simu {phone(row)}.\n"
        f"Anwani: {_f(row, 'PostalAddress') or _f(row, 'Village/Street')}, {_f(row, 'Region')}.\n"
    )
    until = f"2026-0{rng.randint(4, 9)}-{rng.randint(1, 28):02d}"
    addresses = f":addresses [{_sieve(email(row))}] " if email(row) else ""
    lines = [
        f"# sieve: {_f(row, 'Facility Name')} (HFR {_f(row, 'Facility Number')}; "
        f"{_f(row, 'Latitude')}, {_f(row, 'Longitude')})",
        'require ["fileinto", "vacation", "date", "relational"];',
        "",
        f'if header :contains "subject" "LAB-{rng.randint(100000, 999999)}" {{',
        '    fileinto "Majibu ya Maabara";',
        "    stop;",
        "}",
        "",
        f'if currentdate :value "le" "date" "{until}" {{',
        f"    vacation :days {rng.choice((1, 3, 7))} {addresses}"
        f":subject {_sieve('Ofisi imefungwa: ' + _f(row, 'Facility Name'))}",
        f"        {_sieve(reply)};",
        "}",
        "",
    ]
    return "\n".join(lines)


def openmrs_location(row: dict[str, Any], rng: random.Random) -> str:
    """The facility as an OpenMRS location, the body of ``POST /ws/rest/v1/location``: its name,
    a description with the type, HFR number and phone, the address fields (postal address,
    village, ward, district, region), coordinates, tags, an invented parent location UUID and
    attributes of invented types: the HFR number, the phone, the e-mail where the row has one
    and the opening date."""
    attributes = [
        {"attributeType": _uuid(rng), "value": _f(row, "Facility Number")},
        {"attributeType": _uuid(rng), "value": phone(row)},
    ]
    if email(row):
        attributes.append({"attributeType": _uuid(rng), "value": email(row)})
    attributes.append({"attributeType": _uuid(rng), "value": _f(row, "Date Opened")})
    body = {
        "name": _f(row, "Facility Name"),
        "description": f"{_f(row, 'Facility Type')}; HFR {_f(row, 'Facility Number')}; "
        f"simu {phone(row)}",
        "address1": _f(row, "PostalAddress"),
        "cityVillage": _f(row, "Village/Street"),
        "address2": _f(row, "Ward"),
        "countyDistrict": _f(row, "District"),
        "stateProvince": _f(row, "Region"),
        "country": "Tanzania",
        "latitude": _f(row, "Latitude"),
        "longitude": _f(row, "Longitude"),
        "tags": ["Login Location", "Visit Location"],
        "parentLocation": _uuid(rng),
        "attributes": attributes,
    }
    head = (
        "POST /openmrs/ws/rest/v1/location HTTP/1.1\n"
        f"Host: emr.{_slug(row)}.local:{rng.choice((8080, 8081, 9090))}\n"
        "Content-Type: application/json\n\n"
    )
    return head + json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def international(value: str) -> bool:
    """A number written with the calling code: ``+``, or ``255`` and ten digits or more (a
    national number has nine without its trunk ``0``)."""
    return value.startswith("+") or (
        value.startswith("255") and sum(c.isdigit() for c in value) >= 10
    )


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "odk_submission": odk_submission,
    "zabbix_host": zabbix_host,
    "sieve_vacation": sieve_vacation,
    "openmrs_location": openmrs_location,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its phone field and
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

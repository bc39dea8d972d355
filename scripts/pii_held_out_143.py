"""held_out_143 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (the Federal Ministry of Health's Health Facility Registry, Kebbi State, Nigeria;
Nigeria's earlier part took a volunteer team's facility list) exactly as the registry shows
them, in layouts no earlier part has, beside the register's own facility codes, names, wards,
places, coordinates, days and hours, bed counts and statuses.

The procedure of ``held_out_124``, on another register and other layouts; earlier parts took
national numbers from registers of NG (a volunteer list, mostly of Zamfara), GH, KE, TZ, UG,
SN, CI, CM and many others; here:

* the values are the ``Phone Number``, ``Alternate Number`` and ``Email Address`` fields of 200
  facilities (``scripts/data/pii_ng_kebbi_hfr.json``, written by
  ``scripts/ng_kebbi_hfr_data.py``; source and licence in that file): Nigerian numbers as the
  registry's input mask writes them, eleven digits with the trunk ``0`` grouped 4-3-4 by
  hyphens (``0813-214-7242``; a few in one run, ``07030999844``, one of ten digits), each copy
  labelled under its column; the facility's mailbox as typed (``danwaraiphc@gmail.com``,
  mistyped domains such as ``...@gmai.com`` kept), each copy labelled, except one whose domain
  ends in no top-level domain (``...@gmail.cpom``), written and unscored;
* the text around them is the same row's real fields: the facility code
  (``21/01/1/1/1/0002``), name and alternate name, level, ownership, start date, state, LGA,
  ward, physical location, coordinates, days and hours of operation, bed count, statuses and
  clinical services, with invented UUIDs, entity ids, revisions, timestamps, distribution ids,
  available-bed counts and keywords, unlabelled and scored;
* in layouts no earlier part has, health-information exchange and service-directory formats,
  text in English: IHE Care Services Discovery (CSD) facility directories (``urn:ihe:iti:csd:
  2013``: ``contactPoint`` coded ``BP`` and ``EMAIL``, an ``extension`` note repeating them),
  OASIS EDXL-HAVE 1.0 hospital status reports inside an EDXL-DE 1.0 envelope (the facility's
  xPIL ``ContactNumbers`` and ``ElectronicAddressIdentifiers``, an ``EMSTrafficReason``
  repeating them), RapidPro flow exports (JSON, spec 13: two ``send_msg`` actions of an SMS
  facility finder, each naming the numbers and mailbox, a keyword trigger) and Open Referral
  HSDS 3.0 organization records (JSON: the organization's ``phones`` and ``email``, its
  service's ``phones`` and ``email`` again, identifiers and a physical location).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_143.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_ng_kebbi_hfr.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_143.jsonl.gz"
SPLIT = "held_out_143"

LAYOUTS = ("ihe_csd", "edxl_have", "rapidpro_flow", "hsds_json")
PHONE, ALTERNATE, EMAIL = "Phone Number", "Alternate Number", "Email Address"
EDGES = {"phone": r"\d", "alternate": r"\d", "email": r"[\w.@'+-]"}
# the top-level domains the register's addresses end in; an address ending in another label
# (``gmail.cpom``) names no mailbox that mail can reach, so it is written and left unscored
TLDS = ("com", "ng")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented keywords of the SMS facility finder (no real RapidPro workspace is meant)
KEYWORDS = ("clinic", "phc", "health", "kebbi", "facility")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as shown, stripped ("" where the row has no such field)."""
    value = row["fields"].get(key) or ""
    return value.strip() if isinstance(value, str) else ""


def phone(row: dict[str, Any]) -> str:
    """The row's ``Phone Number`` as shown, stripped ("" where it has none)."""
    return _f(row, PHONE)


def alternate(row: dict[str, Any]) -> str:
    """The row's ``Alternate Number`` as shown, stripped ("" where it has none or it repeats
    the phone number)."""
    value = _f(row, ALTERNATE)
    return "" if value == phone(row) else value


def email(row: dict[str, Any]) -> str:
    """The row's ``Email Address`` as typed, stripped."""
    return _f(row, EMAIL)


def mistyped(address: str) -> bool:
    """Whether an address ends in no top-level domain (``...@gmail.cpom``)."""
    return bool(address) and address.rsplit(".", 1)[-1].lower() not in TLDS


def numbers_of(row: dict[str, Any]) -> list[str]:
    """The row's numbers, the phone number first."""
    return [n for n in (phone(row), alternate(row)) if n]


def services(row: dict[str, Any]) -> list[str]:
    """The row's specific clinical services, as the registry lists them."""
    return list(row["fields"].get("Specific Clinical Services") or [])


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record: every copy of the row's phone and alternate numbers and of its
    e-mail address labelled. Each copy stands apart (no digit next to a number, no address
    character next to an address); the address is taken first, so a number inside it would be
    the address's."""
    values = [("email", email(row)), ("phone", phone(row)), ("alternate", alternate(row))]
    columns = {"phone": PHONE, "alternate": ALTERNATE}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (West Africa Time)."""
    start = dt.datetime(2024, 1, 15, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _j(value: Any) -> str:
    """``value`` as a JSON literal (UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False)


def _kind(row: dict[str, Any]) -> str:
    """What the facility is (its level option, else its level)."""
    return _f(row, "Facility Level Option") or f"{_f(row, 'Facility Level')} facility"


def _place(row: dict[str, Any]) -> str:
    """The physical location, ward, LGA and state, as one line."""
    parts = (_f(row, "Physical Location"), _f(row, "Ward"), f"{_f(row, 'LGA')} LGA", "Kebbi State")
    return ", ".join(p for p in parts if p.strip() and p != " LGA")


def _hours(row: dict[str, Any]) -> str:
    """The days and hours of operation as the registry shows them ("" where it has none)."""
    return "; ".join(p for p in (_f(row, "Days of Operation"), _f(row, "Hours of Operation")) if p)


def _contact_line(row: dict[str, Any]) -> str:
    """The numbers and the mailbox in one line of prose."""
    line = "Call " + " or ".join(numbers_of(row))
    return f"{line}, e-mail {email(row)}" if email(row) else line


def ihe_csd(row: dict[str, Any], rng: random.Random) -> str:
    """An IHE ITI Care Services Discovery (CSD) document of one facility, as a facility
    registry's interlinked directory exports it: empty organization, service and provider
    directories, and a ``facilityDirectory`` whose ``facility`` (an invented entity id) has the
    HFR facility code as ``otherID``, its level and ownership as ``codedType``s, its name and
    alternate name, its physical address, a ``contactPoint`` per number (code ``BP``) and its
    mailbox (code ``EMAIL``), its coordinates as ``geocode``, an ``extension`` note repeating
    the contacts with the days and hours, and a ``record`` with invented times."""
    name, when = _f(row, "Facility Name"), _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 900))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CSD xmlns="urn:ihe:iti:csd:2013" xmlns:csd="urn:ihe:iti:csd:2013">',
        "  <organizationDirectory/>",
        "  <serviceDirectory/>",
        "  <facilityDirectory>",
        f'    <facility entityID="urn:uuid:{_uuid(rng)}">',
        '      <otherID code="facility_code" assigningAuthorityName="hfr.health.gov.ng">'
        f"{_x(_f(row, 'Facility Code'))}</otherID>",
    ]
    if _f(row, "Registration No"):
        lines.append(
            '      <otherID code="registration_no" assigningAuthorityName="hfr.health.gov.ng">'
            f"{_x(_f(row, 'Registration No'))}</otherID>"
        )
    lines += [
        f'      <codedType code="{_x(_f(row, "Facility Level"))}" '
        f'codingScheme="urn:ng:hfr:facility_level">{_x(_kind(row))}</codedType>',
        f'      <codedType code="{_x(_f(row, "Ownership"))}" '
        f'codingScheme="urn:ng:hfr:ownership">{_x(_f(row, "Ownership Type"))}</codedType>',
        f"      <primaryName>{_x(name)}</primaryName>",
    ]
    if _f(row, "Alternate Name"):
        lines.append(f'      <otherName xml:lang="en">{_x(_f(row, "Alternate Name"))}</otherName>')
    lines += ['      <address type="Physical">']
    if _f(row, "Physical Location"):
        lines.append(
            '        <addressLine component="streetAddress">'
            f"{_x(_f(row, 'Physical Location'))}</addressLine>"
        )
    lines += [
        f'        <addressLine component="city">{_x(_f(row, "Ward"))}</addressLine>',
        f'        <addressLine component="county">{_x(_f(row, "LGA"))}</addressLine>',
        '        <addressLine component="stateProvince">Kebbi</addressLine>',
        '        <addressLine component="country">NG</addressLine>',
        "      </address>",
    ]
    for number in numbers_of(row):
        lines += [
            "      <contactPoint>",
            '        <codedType code="BP" codingScheme="urn:ihe:iti:csd:2013:contactPoint">'
            f"{number}</codedType>",
            "      </contactPoint>",
        ]
    if email(row):
        lines += [
            "      <contactPoint>",
            '        <codedType code="EMAIL" codingScheme="urn:ihe:iti:csd:2013:contactPoint">'
            f"{_x(email(row))}</codedType>",
            "      </contactPoint>",
        ]
    if _f(row, "Latitude") and _f(row, "Longitude"):
        lines += [
            "      <geocode>",
            f"        <latitude>{_f(row, 'Latitude')}</latitude>",
            f"        <longitude>{_f(row, 'Longitude')}</longitude>",
            "        <coordinateSystem>WGS-84</coordinateSystem>",
            "      </geocode>",
        ]
    note = f"{_contact_line(row)} for appointments and referrals."
    if _hours(row):
        note += f" Open {_hours(row)}."
    lines += [
        '      <extension type="facilityNote" urn="urn:ng:kebbi:smoh:directory">',
        f"        <note>{_x(note)}</note>",
        "      </extension>",
        f'      <record created="{created.isoformat()}" updated="{when.isoformat()}" '
        'status="Active" sourceDirectory="https://hfr.health.gov.ng"/>',
        "    </facility>",
        "  </facilityDirectory>",
        "  <providerDirectory/>",
        "</CSD>",
        "",
    ]
    return "\n".join(lines)


def edxl_have(row: dict[str, Any], rng: random.Random) -> str:
    """An OASIS EDXL-HAVE 1.0 ``HospitalStatus`` report of the facility inside an EDXL-DE 1.0
    ``EDXLDistribution`` (an invented distribution id, sender id and time; the HFR facility
    code as a ``keyword``): the facility's
    ``OrganizationInformation`` (xNL name, xAL address, xPIL ``ContactNumbers`` and
    ``ElectronicAddressIdentifiers``), its coordinates as a GML point, an EMS traffic status
    whose ``EMSTrafficReason`` repeats the contacts, the bed capacity (the registry's bed count,
    an invented available count) and the facility's status."""
    name, when = _f(row, "Facility Name"), _when(rng)
    beds = _f(row, "Total number of Beds")
    contacts = ["          <xpil:ContactNumbers>"]
    for number in numbers_of(row):
        contacts += [
            '            <xpil:ContactNumber xpil:CommunicationMediaType="Telephone" '
            'xpil:ContactNature="Business">',
            f'              <xpil:ContactNumberElement xpil:Type="LocalNumber">{number}'
            "</xpil:ContactNumberElement>",
            "            </xpil:ContactNumber>",
        ]
    contacts.append("          </xpil:ContactNumbers>")
    if email(row):
        contacts += [
            "          <xpil:ElectronicAddressIdentifiers>",
            '            <xpil:ElectronicAddressIdentifier xpil:Type="EMAIL">'
            f"{_x(email(row))}</xpil:ElectronicAddressIdentifier>",
            "          </xpil:ElectronicAddressIdentifiers>",
        ]
    geo = []
    if _f(row, "Latitude") and _f(row, "Longitude"):
        geo = [
            "      <OrganizationGeoLocation>",
            "        <gml:Point>",
            f"          <gml:pos>{_f(row, 'Latitude')} {_f(row, 'Longitude')}</gml:pos>",
            "        </gml:Point>",
            "      </OrganizationGeoLocation>",
        ]
    reason = f"Routine services. {_contact_line(row)} before transferring a patient."
    bed_lines = []
    if beds.isdigit() and int(beds) > 0:
        free = rng.randint(0, int(beds))
        bed_lines = [
            "    <HospitalBedCapacityStatus>",
            "      <BedCapacity>",
            "        <BedType>MedicalSurgical</BedType>",
            "        <Capacity>",
            f"          <CapacityStatus>{'Full' if free == 0 else 'Vacant/Available'}"
            "</CapacityStatus>",
            f"          <AvailableCount>{free}</AvailableCount>",
            f"          <BaselineCount>{beds}</BaselineCount>",
            "        </Capacity>",
            "      </BedCapacity>",
            "    </HospitalBedCapacityStatus>",
        ]
    address = [
        "          <xal:Addresses>",
        "            <xal:Address>",
        "              <xal:Country><xal:NameElement>Nigeria</xal:NameElement></xal:Country>",
        "              <xal:AdministrativeArea><xal:NameElement>Kebbi</xal:NameElement>"
        "</xal:AdministrativeArea>",
        f"              <xal:SubAdministrativeArea><xal:NameElement>{_x(_f(row, 'LGA'))}"
        "</xal:NameElement></xal:SubAdministrativeArea>",
        f"              <xal:Locality><xal:NameElement>{_x(_f(row, 'Ward'))}</xal:NameElement>"
        "</xal:Locality>",
    ]
    if _f(row, "Physical Location"):
        address.append(
            f"              <xal:Thoroughfare><xal:NameElement>{_x(_f(row, 'Physical Location'))}"
            "</xal:NameElement></xal:Thoroughfare>"
        )
    address += ["            </xal:Address>", "          </xal:Addresses>"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<EDXLDistribution xmlns="urn:oasis:names:tc:emergency:EDXL:DE:1.0">',
        f"  <distributionID>KB-HAVE-{when:%Y%m%d}-{rng.randint(10000, 99999)}</distributionID>",
        "  <senderID>hfr-bridge.kebbi.smoh</senderID>",
        f"  <dateTimeSent>{when.isoformat()}</dateTimeSent>",
        "  <distributionStatus>Actual</distributionStatus>",
        "  <distributionType>Report</distributionType>",
        "  <combinedConfidentiality>Unclassified</combinedConfidentiality>",
        "  <language>en</language>",
        "  <keyword>",
        "    <valueListUrn>urn:ng:hfr:facility_code</valueListUrn>",
        f"    <value>{_x(_f(row, 'Facility Code'))}</value>",
        "  </keyword>",
        "  <contentObject>",
        f"    <contentDescription>Facility status: {_x(name)}</contentDescription>",
        "    <xmlContent>",
        "      <embeddedXMLContent>",
        '<HospitalStatus xmlns="urn:oasis:names:tc:emergency:EDXL:HAVE:1.0" '
        'xmlns:xpil="urn:oasis:names:tc:ciq:xpil:3" xmlns:xnl="urn:oasis:names:tc:ciq:xnl:3" '
        'xmlns:xal="urn:oasis:names:tc:ciq:xal:3" xmlns:gml="http://www.opengis.net/gml">',
        "  <Hospital>",
        "    <Organization>",
        "      <OrganizationInformation>",
        "        <xpil:OrganisationDetails>",
        "          <xnl:OrganisationName>",
        f'            <xnl:NameElement xnl:ElementType="FullName">{_x(name)}</xnl:NameElement>',
        "          </xnl:OrganisationName>",
        *address,
        *contacts,
        "        </xpil:OrganisationDetails>",
        "      </OrganizationInformation>",
        *geo,
        "    </Organization>",
        "    <EmergencyDepartmentStatus>",
        "      <EMSTraffic>",
        "        <EMSTrafficStatus>Normal</EMSTrafficStatus>",
        f"        <EMSTrafficReason>{_x(reason)}</EMSTrafficReason>",
        "      </EMSTraffic>",
        "      <EMSAmbulanceService>"
        f"{'Yes' if _f(row, 'Ambulance Services') == 'Yes' else 'No'}</EMSAmbulanceService>",
        "    </EmergencyDepartmentStatus>",
        *bed_lines,
        "    <HospitalFacilityStatus>",
        f"      <FacilityStatus>{_x(_f(row, 'Operational Status'))}</FacilityStatus>",
        "    </HospitalFacilityStatus>",
        f"    <LastUpdateTime>{when.isoformat()}</LastUpdateTime>",
        "  </Hospital>",
        "</HospitalStatus>",
        "      </embeddedXMLContent>",
        "    </xmlContent>",
        "  </contentObject>",
        "</EDXLDistribution>",
        "",
    ]
    return "\n".join(lines)


def rapidpro_flow(row: dict[str, Any], rng: random.Random) -> str:
    """A RapidPro flow export (``version`` 13, one messaging flow of spec 13.1.0) of an SMS
    facility finder for the facility: a ``send_msg`` action naming it, its code, kind, place,
    numbers and mailbox; a ``wait_for_response`` switch on the reply (``1`` for opening hours);
    a second ``send_msg`` giving the days, hours and services and repeating the contacts; the
    editor's ``_ui`` positions, and a keyword trigger; invented UUIDs, revision and keyword."""
    name = _f(row, "Facility Name")
    nodes = [_uuid(rng) for _ in range(3)]
    keyword = f"{rng.choice(KEYWORDS)}{rng.randint(10, 99)}"
    first = (
        f"{name} ({_kind(row)}, facility code {_f(row, 'Facility Code')}), {_place(row)}.\n"
        f"Phone: {', '.join(numbers_of(row))}"
    )
    if email(row):
        first += f"\nEmail: {email(row)}"
    first += "\nReply 1 for opening hours and services."
    second = f"{name} is open {_hours(row) or 'as posted at the facility'}."
    if services(row):
        second += f" Services: {', '.join(services(row))}."
    second += f"\n{_contact_line(row)} for help.\nReply STOP to end."
    category, other = _uuid(rng), _uuid(rng)
    flow = {
        "name": f"Facility finder - {name}",
        "uuid": _uuid(rng),
        "spec_version": "13.1.0",
        "language": "eng",
        "type": "messaging",
        "revision": rng.randint(2, 40),
        "expire_after_minutes": 10080,
        "localization": {},
        "nodes": [
            {
                "uuid": nodes[0],
                "actions": [
                    {
                        "attachments": [],
                        "text": first,
                        "type": "send_msg",
                        "quick_replies": [],
                        "uuid": _uuid(rng),
                    }
                ],
                "exits": [{"uuid": _uuid(rng), "destination_uuid": nodes[1]}],
            },
            {
                "uuid": nodes[1],
                "actions": [],
                "router": {
                    "type": "switch",
                    "default_category_uuid": other,
                    "cases": [
                        {
                            "arguments": ["1"],
                            "type": "has_any_word",
                            "uuid": _uuid(rng),
                            "category_uuid": category,
                        }
                    ],
                    "categories": [
                        {"uuid": category, "name": "Hours", "exit_uuid": _uuid(rng)},
                        {"uuid": other, "name": "Other", "exit_uuid": _uuid(rng)},
                    ],
                    "operand": "@input.text",
                    "wait": {"type": "msg"},
                    "result_name": "Choice",
                },
                "exits": [],
            },
            {
                "uuid": nodes[2],
                "actions": [
                    {
                        "attachments": [],
                        "text": second,
                        "type": "send_msg",
                        "quick_replies": [],
                        "uuid": _uuid(rng),
                    }
                ],
                "exits": [{"uuid": _uuid(rng), "destination_uuid": None}],
            },
        ],
        "_ui": {
            "nodes": {
                nodes[0]: {"position": {"left": 0, "top": 0}, "type": "execute_actions"},
                nodes[1]: {
                    "type": "wait_for_response",
                    "position": {"left": 0, "top": rng.randint(160, 220)},
                    "config": {"cases": {}},
                },
                nodes[2]: {
                    "position": {"left": rng.randint(240, 420), "top": rng.randint(300, 380)},
                    "type": "execute_actions",
                },
            }
        },
    }  # fmt: skip
    router = flow["nodes"][1]["router"]
    flow["nodes"][1]["exits"] = [
        {"uuid": router["categories"][0]["exit_uuid"], "destination_uuid": nodes[2]},
        {"uuid": router["categories"][1]["exit_uuid"], "destination_uuid": None},
    ]
    export = {
        "version": "13",
        "site": "https://app.rapidpro.io",
        "flows": [flow],
        "campaigns": [],
        "triggers": [
            {
                "trigger_type": "K",
                "keyword": keyword,
                "match_type": "F",
                "flow": {"uuid": flow["uuid"], "name": flow["name"]},
                "groups": [],
                "exclude_groups": [],
                "channel": None,
            }
        ],
        "fields": [],
        "groups": [],
    }
    return json.dumps(export, ensure_ascii=False, indent=2) + "\n"


def _number(value: str) -> str:
    """A coordinate as a JSON number literal, written as the registry gives it (``12.65740``,
    its last zero kept), else ``null``."""
    try:
        float(value)
    except ValueError:
        return "null"
    return value


def _raw(text: str, literals: dict[str, str]) -> str:
    """``text`` (a JSON document) with each quoted placeholder of ``literals`` replaced by its
    literal, unquoted."""
    for key, literal in literals.items():
        text = text.replace(_j(key), literal)
    return text


def hsds_json(row: dict[str, Any], rng: random.Random) -> str:
    """An Open Referral HSDS 3.0 ``organization`` record with its nested objects, as a service
    directory's API returns it: an invented id, the name and alternate name, a description, the
    mailbox as ``email``, the year of the start date, the ownership as ``legal_status``, the HFR
    facility code as an ``identifier``, the numbers as ``phones`` (``voice``), a ``physical``
    location with the coordinates and address, and one service (its clinical services in the
    description) whose own ``email`` and ``phones`` repeat the contacts."""
    name = _f(row, "Facility Name")
    org = _uuid(rng)

    def phones() -> list[dict[str, Any]]:
        return [
            {
                "id": _uuid(rng),
                "number": number,
                "extension": None,
                "type": "voice",
                "description": column,
                "languages": [{"id": _uuid(rng), "name": "English", "code": "en"}],
            }
            for column, number in ((PHONE, phone(row)), (ALTERNATE, alternate(row)))
            if number
        ]

    address = {
        "id": _uuid(rng),
        "attention": None,
        "address_1": _f(row, "Physical Location") or _f(row, "Ward"),
        "city": _f(row, "LGA"),
        "region": _f(row, "Ward"),
        "state_province": "Kebbi",
        "postal_code": "",
        "country": "NG",
        "address_type": "physical",
    }
    start = _f(row, "Start Date")
    description = f"{_kind(row)} in {_place(row)}; {_f(row, 'Ownership')} " \
        f"({_f(row, 'Ownership Type') or 'ownership not given'})."  # fmt: skip
    service = {
        "id": _uuid(rng),
        "organization_id": org,
        "name": f"Outpatient and community health services - {name}",
        "description": "; ".join(services(row)) or "General outpatient services.",
        "status": "active",
        "email": email(row) or None,
        "phones": phones(),
        "schedules": [{"id": _uuid(rng), "description": _hours(row) or None}],
    }
    record = {
        "id": org,
        "name": name,
        "alternate_name": _f(row, "Alternate Name") or None,
        "description": description,
        "email": email(row) or None,
        "website": None,
        "year_incorporated": int(start[:4]) if start[:4].isdigit() else None,
        "legal_status": f"{_f(row, 'Ownership')} - {_f(row, 'Ownership Type')}".strip(" -"),
        "identifiers": [
            {
                "id": _uuid(rng),
                "identifier_scheme": "NG-HFR",
                "identifier_type": "Facility Code",
                "identifier": _f(row, "Facility Code"),
            }
        ],
        "phones": phones(),
        "locations": [
            {
                "id": _uuid(rng),
                "location_type": "physical",
                "name": name,
                "latitude": "@latitude@",
                "longitude": "@longitude@",
                "addresses": [address],
            }
        ],
        "services": [service],
        "metadata": [
            {
                "id": _uuid(rng),
                "resource_id": org,
                "resource_type": "organization",
                "last_action_date": f"{_when(rng):%Y-%m-%d}",
                "last_action_type": "update",
                "field_name": "phones",
                "previous_value": "",
                "replacement_value": "",
                "updated_by": "hfr-import",
            }
        ],
    }
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    coordinates = {"@latitude@": _number(_f(row, "Latitude")),
                   "@longitude@": _number(_f(row, "Longitude"))}  # fmt: skip
    return _raw(text, coordinates)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ihe_csd": ihe_csd,
    "edxl_have": edxl_have,
    "rapidpro_flow": rapidpro_flow,
    "hsds_json": hsds_json,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and mailbox
    labelled (a mailbox that ends in no top-level domain unscored instead)."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    out = labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )
    if mistyped(email(row)):
        kept = [s for s in out["spans"] if s[2] != "EMAIL_ADDRESS"]
        out["unscored"] = sorted(s[:2] for s in out["spans"] if s[2] == "EMAIL_ADDRESS")
        out["spans"] = kept
    return out


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

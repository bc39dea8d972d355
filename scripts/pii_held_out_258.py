"""held_out_258 of the PII evaluation set: real phone, fax, TTY and e-mail fields of the National
Park Service's parks (the United States' NPS Data API; the country's earlier parts took other
registers) exactly as published, in layouts no earlier part has, beside the register's own park
names, park codes, addresses, ZIP codes and coordinates.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's high schools, the
Texas Education Agency's schools, HIFLD's colleges, IMLS's museums, HUD's housing agencies and
others) and many other countries; here:

* the values are the ``voice``, ``fax``, ``tty`` and ``email`` fields of 360 parks
  (``scripts/data/pii_us_nps_parks.json``, written by ``scripts/us_nps_parks_data.py``; source
  and licence in that file): North American numbers with no ``+1`` as the parks typed them,
  most as ten bare digits (``2703583137``), others ``617-770-1175``, ``(202) 543-2240``,
  ``202.426.6924``, ``(229) 824 - 4104`` (one number: its blanks and hyphen kept), toll-free
  with the trunk ``1`` (``18003057417``), two voice fields holding two numbers
  (``5302600537or5306678113``: each labelled on its own), one fax that is the voice number
  (its copies labelled as the voice's), the extension left out (the register keeps it in a
  field of its own); and the park's e-mail address; each copy labelled;
* the text around them is the same park's real fields: its full name, park code, designation,
  states, street, city, state and ZIP code, coordinates and nps.gov URL, with invented RIDB
  and address ids, Data Store reference codes (seven digits), notice ids, solicitation
  numbers, NAICS and product service codes, dates and times, unlabelled and scored;
* in layouts no earlier part has, of the parks' own field and the US federal government, text
  in English: Recreation.gov RIDB API v1 ``RecArea`` responses (``GET
  /api/v1/recareas/{id}?full=true``: ``RecAreaPhone``, ``RecAreaEmail``, a
  ``RecAreaDescription`` repeating the number, ``RECAREAADDRESS``, ``ORGANIZATION``),
  Ecological Metadata Language (EML 2.2.0) documents of an NPS Inventory and Monitoring data
  package (the park as ``contact``: ``organizationName``, ``address``, ``phone`` with
  ``phonetype`` ``voice``, ``facsimile`` and ``tty``, ``electronicMailAddress``), SAM.gov Get
  Opportunities Public API v2 responses of the park's contract notice (``pointOfContact`` with
  ``phone``, ``fax`` and ``email``, ``officeAddress``, ``placeOfPerformance``) and Jekyll
  pages of a cloud.gov Pages (USWDS) site (YAML front matter with ``phone``, ``fax``, ``tty``
  and ``email``, a Markdown body naming them in prose, the e-mail as a ``mailto:`` link).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_258.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_11 import numbers
from pii_held_out_14 import Record, field_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_nps_parks.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_258.jsonl.gz"
SPLIT = "held_out_258"

LAYOUTS = ("ridb_recarea", "eml_dataset", "sam_opportunity", "jekyll_page")
VOICE, FAX, TTY = "voice", "fax", "tty"
EDGES = {VOICE: r"\d", FAX: r"\d", TTY: r"\d", "email": r"[A-Za-z0-9._%+@'-]"}

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the parks' data packages and contract notices (none real is meant)
SURVEYS = (
    "Vegetation Community Monitoring", "Landbird Point Count Survey", "Water Quality Monitoring",
    "Bat Acoustic Survey", "Invasive Plant Inventory", "Cultural Landscape Inventory",
)  # fmt: skip
SERVICES = (
    ("Janitorial Services at the Visitor Center", "561720", "S201"),
    ("Grounds Maintenance and Mowing", "561730", "S208"),
    ("Septic Tank Pumping and Vault Toilet Cleaning", "562991", "S222"),
    ("Solid Waste Collection", "562111", "S205"),
    ("Roof Replacement, Maintenance Building", "238160", "Z2JZ"),
    ("Trail Rehabilitation", "237990", "Z2LZ"),
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def voice(row: dict[str, Any]) -> str:
    return _f(row, VOICE)


def fax(row: dict[str, Any]) -> str:
    return _f(row, FAX)


def tty(row: dict[str, Any]) -> str:
    return _f(row, TTY)


def email(row: dict[str, Any]) -> str:
    return _f(row, "email")


def name(row: dict[str, Any]) -> str:
    return _f(row, "fullName")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def international(value: str) -> bool:
    return value.startswith("+")


def pieces(field: str) -> list[tuple[int, int]]:
    """(start, end) of each number of a phone field: the whole field where it is one North
    American number, ten or eleven digits and no letter (``(229) 824 - 4104``, whose blanks
    around the hyphen would part it), else each number ``numbers`` finds in it
    (``5302600537or5306678113`` is two)."""
    digits = sum(c.isdigit() for c in field)
    if digits in (10, 11) and not re.search(r"[A-Za-z/]", field):
        return [(0, len(field))]
    return numbers(field)


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's voice, fax and TTY numbers and its
    e-mail labelled; a fax or TTY that is the voice number is the voice's."""
    values = [(VOICE, voice(row)), (FAX, fax(row)), (TTY, tty(row)), ("email", email(row))]
    columns = {VOICE: VOICE, FAX: FAX, TTY: TTY}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def labelled_record(
    where: tuple[str, str, str, int], row: dict[str, Any], block: Record
) -> dict[str, Any]:
    """The evaluation record of a park's block, as ``pii_held_out_14.labelled_record`` makes
    it, each number of a phone field by ``pieces``."""
    from make_pii_eval import page_languages, personal_phone, record_fields

    text = block.text
    spans, distractors = [], []
    for at, column, field in block.phones:
        for s, e in pieces(field):
            value = field[s:e]
            kind = "international" if international(value) else "national"
            span = [at + s, at + e, "PHONE_NUMBER", f"{kind}:{column}"]
            if personal_phone(value, row["country"]):
                spans.append(span)
            else:
                distractors.append([*span[:3], "short"])
    spans += [[s, e, "EMAIL_ADDRESS", "register"] for s, e in block.emails]
    fields = record_fields(where, text, sorted(spans), sorted(distractors), (0, len(text)))
    return {**fields, "unscored": [], "source": row["path"], "language": page_languages([text])[0]}


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (US Eastern time, standard)."""
    start = dt.datetime(2024, 1, 8, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _x(value: str) -> str:
    return escape(value)


def _coordinate(value: str) -> float | str:
    """A coordinate of the register as a number ("" where the park has none)."""
    return float(value) if value else ""


def _state(row: dict[str, Any]) -> str:
    """The park's state: its address's, else the first of its states."""
    return _f(row, "stateCode") or _f(row, "states").split(",")[0]


def ridb_recarea(row: dict[str, Any], rng: random.Random) -> str:
    """A Recreation.gov RIDB API v1 response for one recreation area (``GET
    /api/v1/recareas/{id}?full=true``): an invented ``RecAreaID``, the park code as
    ``OrgRecAreaID``, the NPS as parent organization (``128``), the name, a description naming
    the voice number, ``RecAreaPhone`` and ``RecAreaEmail``, the nps.gov page, the coordinates
    and ``GEOJSON`` point, the physical address as ``RECAREAADDRESS`` with an invented id, and
    an invented last update."""
    rec_id = rng.randint(1000, 16000)
    when = _when(rng)
    lat, lon = _coordinate(_f(row, "latitude")), _coordinate(_f(row, "longitude"))
    described = (
        f"{name(row)} is a unit of the National Park System ({_f(row, 'designation') or 'park'})"
        f" in {_f(row, 'states')}. For current conditions and hours, call {voice(row)}."
    )
    area: dict[str, Any] = {
        "RecAreaID": str(rec_id),
        "OrgRecAreaID": _f(row, "parkCode").upper(),
        "ParentOrgID": "128",
        "RecAreaName": name(row),
        "RecAreaDescription": described,
        "RecAreaFeeDescription": "",
        "RecAreaDirections": "",
        "RecAreaPhone": voice(row),
        "RecAreaEmail": email(row),
        "RecAreaReservationURL": "",
        "RecAreaMapURL": _f(row, "url"),
        "RecAreaLongitude": lon,
        "RecAreaLatitude": lat,
        "StayLimit": "",
        "Keywords": ", ".join(k for k in (_f(row, "designation"), _f(row, "parkCode")) if k),
        "Reservable": False,
        "Enabled": True,
        "LastUpdatedDate": f"{when:%Y-%m-%d}",
    }
    if lat != "" and lon != "":
        area["GEOJSON"] = {"TYPE": "Point", "COORDINATES": [lon, lat]}
    area["RECAREAADDRESS"] = [
        {
            "RecAreaAddressID": str(rng.randint(100000, 999999)),
            "RecAreaID": str(rec_id),
            "RecAreaAddressType": "Physical",
            "RecAreaStreetAddress1": _f(row, "line1"),
            "RecAreaStreetAddress2": "",
            "RecAreaStreetAddress3": "",
            "City": _f(row, "city"),
            "PostalCode": _f(row, "postalCode"),
            "AddressStateCode": _state(row),
            "AddressCountryCode": "USA",
            "LastUpdatedDate": f"{when:%Y-%m-%d}",
        }
    ]
    area["ORGANIZATION"] = [
        {"OrgID": "128", "OrgName": "National Park Service", "OrgAbbrevName": "NPS",
         "OrgType": "Department of the Interior", "OrgURLAddress": "https://www.nps.gov"}
    ]  # fmt: skip
    return _j(area) + "\n"


def eml_dataset(row: dict[str, Any], rng: random.Random) -> str:
    """An Ecological Metadata Language 2.2.0 document of an invented NPS Inventory and
    Monitoring data package about the park: an invented Data Store reference code in the
    ``packageId`` and ``alternateIdentifier``, the title, the NPS as ``creator``, the park as
    ``contact`` (``organizationName``, its physical address, ``phone`` typed ``voice``,
    ``facsimile`` and ``tty`` where it has them, ``electronicMailAddress``, ``onlineUrl``), the
    park's coordinates as ``boundingCoordinates`` where it has them, an invented publication
    date, keywords and the Creative Commons Zero licence the NPS gives such data."""
    code = rng.randint(2200000, 2310000)
    when = _when(rng)
    survey = rng.choice(SURVEYS)
    contact = [
        "    <contact>",
        f"      <organizationName>{_x(name(row))}</organizationName>",
        "      <address>",
    ]
    if _f(row, "line1"):
        contact.append(f"        <deliveryPoint>{_x(_f(row, 'line1'))}</deliveryPoint>")
    if _f(row, "city"):
        contact.append(f"        <city>{_x(_f(row, 'city'))}</city>")
    contact.append(f"        <administrativeArea>{_state(row)}</administrativeArea>")
    if _f(row, "postalCode"):
        contact.append(f"        <postalCode>{_x(_f(row, 'postalCode'))}</postalCode>")
    contact += ["        <country>USA</country>", "      </address>"]
    for kind, value in (("voice", voice(row)), ("facsimile", fax(row)), ("tty", tty(row))):
        if value:
            contact.append(f'      <phone phonetype="{kind}">{_x(value)}</phone>')
    if email(row):
        contact.append(f"      <electronicMailAddress>{_x(email(row))}</electronicMailAddress>")
    contact += [f"      <onlineUrl>{_x(_f(row, 'url'))}</onlineUrl>", "    </contact>"]
    coverage = []
    if _f(row, "latitude") and _f(row, "longitude"):
        lat, lon = _f(row, "latitude"), _f(row, "longitude")
        coverage = [
            "    <coverage>",
            "      <geographicCoverage>",
            f"        <geographicDescription>{_x(name(row))}</geographicDescription>",
            "        <boundingCoordinates>",
            f"          <westBoundingCoordinate>{lon}</westBoundingCoordinate>",
            f"          <eastBoundingCoordinate>{lon}</eastBoundingCoordinate>",
            f"          <northBoundingCoordinate>{lat}</northBoundingCoordinate>",
            f"          <southBoundingCoordinate>{lat}</southBoundingCoordinate>",
            "        </boundingCoordinates>",
            "      </geographicCoverage>",
            "    </coverage>",
        ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<eml:eml xmlns:eml="https://eml.ecoinformatics.org/eml-2.2.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="https://eml.ecoinformatics.org/eml-2.2.0 '
        'https://eml.ecoinformatics.org/eml-2.2.0/eml.xsd" '
        f'packageId="doi:10.57830/{code}" system="https://irma.nps.gov/DataStore">',
        "  <dataset>",
        f'    <alternateIdentifier system="https://irma.nps.gov/DataStore/Reference/Profile">'
        f"{code}</alternateIdentifier>",
        f"    <title>{_x(survey)}, {_x(name(row))}, {when.year}</title>",
        "    <creator>",
        "      <organizationName>National Park Service, Inventory and Monitoring Division"
        "</organizationName>",
        "    </creator>",
        f"    <pubDate>{when:%Y-%m-%d}</pubDate>",
        "    <language>English</language>",
        "    <abstract>",
        f"      <para>Data collected at {_x(name(row))} ({_x(_f(row, 'parkCode').upper())}) for "
        f"the {_x(survey.lower())} protocol.</para>",
        "    </abstract>",
        "    <keywordSet>",
        f"      <keyword>{_x(survey)}</keyword>",
        f"      <keyword>{_x(_f(row, 'parkCode').upper())}</keyword>",
        "      <keywordThesaurus>NPS Data Store</keywordThesaurus>",
        "    </keywordSet>",
        "    <intellectualRights>",
        "      <para>This work is dedicated to the public domain (CC0 1.0).</para>",
        "    </intellectualRights>",
        "    <licensed>",
        "      <licenseName>Creative Commons Zero v1.0 Universal</licenseName>",
        "      <url>https://spdx.org/licenses/CC0-1.0.html</url>",
        "      <identifier>CC0-1.0</identifier>",
        "    </licensed>",
        *coverage,
        *contact,
        "  </dataset>",
        "</eml:eml>",
        "",
    ]
    return "\n".join(lines)


def sam_opportunity(row: dict[str, Any], rng: random.Random) -> str:
    """A SAM.gov Get Opportunities Public API v2 response with one notice of the park: an
    invented notice id, title, NPS solicitation number (``140P`` and an invented office, year
    and serial), the Department of the Interior's path, invented posted and response dates,
    NAICS and product service codes, the park's contracting office as ``pointOfContact`` with
    the voice number as ``phone``, the fax where it has one and its e-mail, the park's address
    as ``officeAddress`` and ``placeOfPerformance``, and links."""
    notice = _hex(rng, 32)
    when = _when(rng)
    title, naics, psc = rng.choice(SERVICES)
    solicitation = f"140P{rng.randint(20, 85)}{rng.randint(10, 99)}Q{rng.randint(1, 120):04d}"
    due = when + dt.timedelta(days=rng.randint(14, 30))
    contact: dict[str, Any] = {
        "fax": fax(row) or None,
        "type": "primary",
        "email": email(row) or None,
        "phone": voice(row),
        "title": None,
        "fullName": f"{name(row)}, Contracting",
    }
    notice_data = {
        "noticeId": notice,
        "title": f"{title}, {name(row)}",
        "solicitationNumber": solicitation,
        "fullParentPathName": "INTERIOR, DEPARTMENT OF THE.NATIONAL PARK SERVICE."
        f"{_f(row, 'parkCode').upper()} CONTRACTING OFFICE",
        "fullParentPathCode": f"014.1443.P{rng.randint(2000, 8999)}",
        "postedDate": f"{when:%Y-%m-%d}",
        "type": "Combined Synopsis/Solicitation",
        "baseType": "Combined Synopsis/Solicitation",
        "archiveType": "autocustom",
        "archiveDate": f"{due + dt.timedelta(days=15):%Y-%m-%d}",
        "typeOfSetAsideDescription": "Total Small Business Set-Aside (FAR 19.5)",
        "typeOfSetAside": "SBA",
        "responseDeadLine": f"{due:%Y-%m-%d}T14:00:00-05:00",
        "naicsCode": naics,
        "naicsCodes": [naics],
        "classificationCode": psc,
        "active": "Yes",
        "award": None,
        "pointOfContact": [contact],
        "description": f"https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid={notice}",
        "organizationType": "OFFICE",
        "officeAddress": {
            "zipcode": _f(row, "postalCode"),
            "city": _f(row, "city"),
            "countryCode": "USA",
            "state": _state(row),
        },
        "placeOfPerformance": {
            "city": {"name": _f(row, "city")},
            "state": {"code": _state(row)},
            "zip": _f(row, "postalCode"),
            "country": {"code": "USA", "name": "UNITED STATES"},
        },
        "additionalInfoLink": _f(row, "url"),
        "uiLink": f"https://sam.gov/opp/{notice}/view",
        "links": [
            {
                "rel": "self",
                "href": f"https://api.sam.gov/prod/opportunities/v2/search?noticeid={notice}&limit=1",
            }
        ],  # fmt: skip
        "resourceLinks": None,
    }
    doc = {"totalRecords": 1, "limit": 1, "offset": 0, "opportunitiesData": [notice_data]}
    return _j(doc) + "\n"


def _yaml(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def jekyll_page(row: dict[str, Any], rng: random.Random) -> str:
    """A Markdown page of a Jekyll site on cloud.gov Pages (the U.S. Web Design System's
    templates), the park's contact page: YAML front matter (layout, title, permalink, park
    code, designation, states, ``phone``, ``fax``, ``tty`` and ``email`` where it has them,
    coordinates, an invented review date) and a body that names the numbers in prose and the
    e-mail as a ``mailto:`` link."""
    when = _when(rng)
    code = _f(row, "parkCode")
    front = [
        "---",
        "layout: park-contact",
        f"title: {_yaml('Contact ' + name(row))}",
        f"permalink: /parks/{code}/contact/",
        f"park_code: {code}",
        f"designation: {_yaml(_f(row, 'designation'))}",
        f"states: {_yaml(_f(row, 'states'))}",
        f"phone: {_yaml(voice(row))}",
    ]
    if fax(row):
        front.append(f"fax: {_yaml(fax(row))}")
    if tty(row):
        front.append(f"tty: {_yaml(tty(row))}")
    if email(row):
        front.append(f"email: {email(row)}")
    if _f(row, "latitude") and _f(row, "longitude"):
        front.append(f"coordinates: [{_f(row, 'latitude')}, {_f(row, 'longitude')}]")
    front += [f"last_reviewed: {when:%Y-%m-%d}", "sidebar: parks", "---", ""]
    where = ", ".join(v for v in (_f(row, "line1"), _f(row, "city")) if v)
    where += f", {_state(row)} {_f(row, 'postalCode')}".rstrip()
    body = [
        f"# Contact {name(row)}",
        "",
        '{% include alert.html type="info" heading="Plan ahead" '
        'text="Hours change with the seasons." %}',
        "",
        "## By phone",
        "",
        f"Call the park's main line at {voice(row)} for general information, road and trail "
        "conditions, and visitor center hours.",
    ]
    extra = []
    if fax(row):
        extra.append(f"Fax: {fax(row)}")
    if tty(row):
        extra.append(f"TTY: {tty(row)}")
    if extra:
        body += ["", *[f"- {e}" for e in extra]]
    if email(row):
        body += ["", "## By email", "", f"Write to [{email(row)}](mailto:{email(row)}); staff "
                 "answer most messages within five business days."]  # fmt: skip
    if where.strip(", "):
        body += ["", "## By mail", "", where.strip(", ")]
    return "\n".join(front + body) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ridb_recarea": ridb_recarea,
    "eml_dataset": eml_dataset,
    "sam_opportunity": sam_opportunity,
    "jekyll_page": jekyll_page,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th park of the register in its layout: each copy of its numbers and e-mail
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = labelled(row, BLOCKS[layout](row, rng))
    return labelled_record((SPLIT, locale, layout, n), row, block)


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

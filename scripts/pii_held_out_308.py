"""held_out_308 of the PII evaluation set: real phone fields of a register no earlier part used
(the district and state offices of the members of the United States Congress, as the @unitedstates
project lists them; the United States' earlier parts took other registers) exactly as published,
in layouts no earlier part has, beside the list's own addresses, hours and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of the US (CMS's hospitals, New York City's high schools, the
AskTED schools, HIFLD's colleges and others), GB, JP, FR and many others; here:

* the values are the ``phone`` and ``fax`` fields of 480 offices (313 of representatives and
  delegates, 167 of senators; ``scripts/data/pii_us_congress_district_offices.json``, written by
  ``scripts/us_congress_district_offices_data.py``; source and licence in that file): North
  American numbers with no ``+1``, the area code, exchange and line joined by hyphens
  (``256-734-6043``), 185 faxes in the same shape (many the member's Washington fax,
  ``202-225-5587``; 3 the office's phone again), each copy labelled;
* the text around them is the same row's real fields: the office's street, suite, building,
  city, state, ZIP code (``35055``), hours (``Mon-Fri 9am-5pm``) and coordinates, and the seat
  it serves (chamber, state, district number), with invented record ids, topic codes, dates and
  Open Civic Data division ids (``ocd-division/country:us/state:al/cd:4``), unlabelled and
  scored; the members' names are not written (the list's offices are public offices);
* in layouts no earlier part has, formats of US civic information and government web
  publishing, in English: Voting Information Project 5.2 XML feeds (an ``ElectoralDistrict``
  and the seat's ``Office`` with its ``ContactInformation``: ``AddressLine``s, ``Phone``,
  ``Fax``, ``LatLng`` and ``Directions`` repeating the number), Granicus GovDelivery
  Communications Cloud API bulletins (``bulletin`` XML of ``bulletins/send_now``: a subject,
  an HTML body in CDATA with a ``tel:`` link whose text repeats the number, topics), USA.gov
  Federal Agency Directory API contacts (``contacts.json``: ``Phone``, ``Street1``,
  ``StateTer``, ``Parent``, a ``Description`` repeating the number) and MDX pages of a member
  office web site (YAML front matter with ``phone`` and ``fax``, JSX components and prose
  repeating the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_308.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_congress_district_offices.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_308.jsonl.gz"
SPLIT = "held_out_308"

LAYOUTS = ("vip_office", "govdelivery_bulletin", "usagov_contact", "mdx_page")
PHONE, FAX = "phone", "fax"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

STATES = {
    "AK": "Alaska", "AL": "Alabama", "AR": "Arkansas", "AS": "American Samoa", "AZ": "Arizona",
    "CA": "California", "CO": "Colorado", "CT": "Connecticut", "DC": "District of Columbia",
    "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "GU": "Guam", "HI": "Hawaii",
    "IA": "Iowa", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine",
    "MI": "Michigan", "MN": "Minnesota", "MO": "Missouri", "MP": "Northern Mariana Islands",
    "MS": "Mississippi", "MT": "Montana", "NC": "North Carolina", "ND": "North Dakota",
    "NE": "Nebraska", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NV": "Nevada", "NY": "New York", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VA": "Virginia",
    "VI": "U.S. Virgin Islands", "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin",
    "WV": "West Virginia", "WY": "Wyoming",
}  # fmt: skip
# the states' FIPS codes (a VIP feed's ``VipId``)
FIPS = {
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09",
    "DE": "10", "DC": "11", "FL": "12", "GA": "13", "HI": "15", "ID": "16", "IL": "17",
    "IN": "18", "IA": "19", "KS": "20", "KY": "21", "LA": "22", "ME": "23", "MD": "24",
    "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30", "NE": "31",
    "NV": "32", "NH": "33", "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38",
    "OH": "39", "OK": "40", "OR": "41", "PA": "42", "RI": "44", "SC": "45", "SD": "46",
    "TN": "47", "TX": "48", "UT": "49", "VT": "50", "VA": "51", "WA": "53", "WV": "54",
    "WI": "55", "WY": "56", "AS": "60", "GU": "66", "MP": "69", "PR": "72", "VI": "78",
}  # fmt: skip
TERRITORIES = ("AS", "DC", "GU", "MP", "PR", "VI")
# invented help topics of the offices' casework (no real bulletin is meant)
TOPICS = (
    "passport and visa applications", "Social Security and Medicare benefits",
    "veterans' benefits and VA health care", "IRS refunds and tax questions",
    "immigration and naturalization cases", "federal grants for local projects",
    "service academy nominations", "flags flown over the U.S. Capitol",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the office has none)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's phone field as published, stripped."""
    return _f(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The office's fax field as published, stripped ("" where it has none)."""
    return _f(row, FAX)


def senate(row: dict[str, Any]) -> bool:
    """Whether the office is a senator's (else a representative's or delegate's)."""
    return _f(row, "type") == "sen"


def international(value: str) -> bool:
    """Whether a number is written with a country code (none of the list's are: ``+1``)."""
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the office's phone and fax fields labelled under
    their keys (each copy stands apart: no digit next to it; a fax equal to the phone is the
    phone's)."""
    return field_copies(
        text,
        [(PHONE, phone(row)), (FAX, fax(row))],
        {PHONE: r"\d", FAX: r"\d"},
        {PHONE: PHONE, FAX: FAX},
        row["path"],
        nested=True,
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def seat(row: dict[str, Any]) -> str:
    """The seat the office serves (``U.S. Representative for Alabama's 4th Congressional
    District``, ``U.S. Senator for Ohio``)."""
    code = _f(row, "seat_state")
    state = STATES[code]
    if senate(row):
        return f"U.S. Senator for {state}"
    if code == "PR":
        return "Resident Commissioner of Puerto Rico"
    if code in TERRITORIES:
        return f"Delegate to the U.S. House of Representatives from {state}"
    district = int(_f(row, "district") or 0)
    if district == 0:
        return f"U.S. Representative for {state}'s At-Large Congressional District"
    return f"U.S. Representative for {state}'s {_ordinal(district)} Congressional District"


def office_name(row: dict[str, Any]) -> str:
    """The office's name by its city (``Cullman District Office``, ``Toledo State Office``)."""
    kind = "State Office" if senate(row) else "District Office"
    return f"{_f(row, 'city')} {kind}"


def ocd_id(row: dict[str, Any]) -> str:
    """The Open Civic Data division id of the seat."""
    code = _f(row, "seat_state")
    if code == "DC":
        return "ocd-division/country:us/district:dc"
    if code in TERRITORIES:
        return f"ocd-division/country:us/territory:{code.lower()}"
    base = f"ocd-division/country:us/state:{code.lower()}"
    district = int(_f(row, "district") or 0)
    return f"{base}/cd:{district}" if not senate(row) and district else base


def street_lines(row: dict[str, Any]) -> list[str]:
    """The street, building and suite lines of the office, as published."""
    return [v for v in (_f(row, "address"), _f(row, "building"), _f(row, "suite")) if v]


def city_line(row: dict[str, Any]) -> str:
    """``Cullman, AL 35055``."""
    return f"{_f(row, 'city')}, {_f(row, 'state')} {_f(row, 'zip')}".strip()


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2026 (US Eastern, as UTC-5)."""
    start = dt.datetime(2026, 1, 12, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return start + dt.timedelta(seconds=rng.randint(0, 300 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def vip_office(row: dict[str, Any], rng: random.Random) -> str:
    """A Voting Information Project 5.2 feed of one office: the ``Source`` (an invented time,
    the state's FIPS code as ``VipId``), the seat's ``ElectoralDistrict`` (its OCD id, name,
    number and type) and its ``Office``, whose ``ContactInformation`` gives the office's
    address lines, ``Directions`` (building, hours, the number again), ``Fax`` where it has
    one, ``LatLng`` where it has coordinates, its name and ``Phone``; the office's ``Name``
    and ``Term``; invented object ids."""
    code = _f(row, "seat_state")
    when = _when(rng)
    key = rng.randint(1000, 99999)
    district = int(_f(row, "district") or 0)
    if senate(row) or district == 0:
        ed_name, ed_type, number = f"{STATES[code]} (statewide)", "statewide", ""
    else:
        ed_name = f"{STATES[code]} Congressional District {district}"
        ed_type, number = "congressional", f"    <Number>{district}</Number>"
    directions = []
    if _f(row, "building"):
        directions.append(f"Located in the {_f(row, 'building')}.")
    if _f(row, "hours"):
        directions.append(f"Office hours: {_f(row, 'hours')}.")
    directions.append(f"Please call {phone(row)} to schedule a meeting with a caseworker.")
    contact = [f"      <AddressLine>{_x(line)}</AddressLine>" for line in street_lines(row)]
    contact += [
        f"      <AddressLine>{_x(city_line(row))}</AddressLine>",
        "      <Directions>",
        f'        <Text language="en">{_x(" ".join(directions))}</Text>',
        "      </Directions>",
    ]
    if fax(row):
        contact.append(f"      <Fax>{fax(row)}</Fax>")
    if _f(row, "latitude") and _f(row, "longitude"):
        contact += [
            "      <LatLng>",
            f"        <Latitude>{_f(row, 'latitude')}</Latitude>",
            f"        <Longitude>{_f(row, 'longitude')}</Longitude>",
            "      </LatLng>",
        ]
    contact += [
        f"      <Name>{_x(office_name(row))}</Name>",
        f"      <Phone>{phone(row)}</Phone>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<VipObject xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="https://raw.githubusercontent.com/votinginfoproject/'
        'vip-specification/v5.2/vip_spec.xsd" schemaVersion="5.2">',
        '  <Source id="src1">',
        f"    <DateTime>{when:%Y-%m-%dT%H:%M:%S}</DateTime>",
        f"    <Name>{_x(STATES[code])} Congressional Offices Feed</Name>",
        f"    <VipId>{FIPS[code]}</VipId>",
        "  </Source>",
        f'  <ElectoralDistrict id="ed{key}">',
        "    <ExternalIdentifiers>",
        "      <ExternalIdentifier>",
        "        <Type>ocd-id</Type>",
        f"        <Value>{ocd_id(row)}</Value>",
        "      </ExternalIdentifier>",
        "    </ExternalIdentifiers>",
        f"    <Name>{_x(ed_name)}</Name>",
        *([number] if number else []),
        f"    <Type>{ed_type}</Type>",
        "  </ElectoralDistrict>",
        f'  <Office id="off{key}">',
        f'    <ContactInformation label="ci{key}">',
        *contact,
        "    </ContactInformation>",
        f"    <ElectoralDistrictId>ed{key}</ElectoralDistrictId>",
        "    <IsPartisan>true</IsPartisan>",
        "    <Name>",
        f'      <Text language="en">{_x(seat(row))}</Text>',
        "    </Name>",
        "    <Term>",
        "      <Type>full-term</Type>",
        "    </Term>",
        "  </Office>",
        "</VipObject>",
        "",
    ]
    return "\n".join(lines)


def govdelivery_bulletin(row: dict[str, Any], rng: random.Random) -> str:
    """A Granicus GovDelivery Communications Cloud API bulletin (the XML body of
    ``POST /api/account/{code}/bulletins/send_now.xml``): a subject naming the office, an HTML
    body in CDATA (a casework topic, the address, hours where given, the number as a ``tel:``
    link whose text repeats it, the fax where the office has one), an invented sender address
    id and topic code, tracking flags."""
    code = _f(row, "seat_state")
    topic = rng.choice(TOPICS)
    tel = phone(row)
    chamber = "USSEN" if senate(row) else "USHR"
    district = _f(row, "district") or "0"
    topic_code = f"{chamber}_{code}{int(district):02d}_{rng.randint(10, 999)}"
    where = "<br/>".join(escape(v) for v in (*street_lines(row), city_line(row)))
    body = [
        "<html><body>",
        f"<h1>Our {escape(office_name(row))} is here to help</h1>",
        f"<p>The office of the {escape(seat(row))} can help you with {escape(topic)} and other "
        "problems with a federal agency.</p>",
        f"<p><strong>{escape(office_name(row))}</strong><br/>{where}</p>",
    ]
    if _f(row, "hours"):
        body.append(f"<p>Hours: {escape(_f(row, 'hours'))}</p>")
    reach = f'<p>Phone: <a href="tel:{tel}">{tel}</a>'
    if fax(row):
        reach += f"<br/>Fax: {fax(row)}"
    body += [reach + "</p>", "</body></html>"]
    subject = f"Casework help at the {office_name(row)}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<bulletin>",
        f"  <subject>{_x(subject)}</subject>",
        f"  <body><![CDATA[{''.join(body)}]]></body>",
        f"  <from_address_id>{rng.randint(10000, 99999)}</from_address_id>",
        "  <sms_body nil='true'></sms_body>",
        "  <publish_rss type='boolean'>false</publish_rss>",
        "  <open_tracking type='boolean'>true</open_tracking>",
        "  <click_tracking type='boolean'>true</click_tracking>",
        "  <share_content_enabled type='boolean'>true</share_content_enabled>",
        "  <topics type='array'>",
        "    <topic>",
        f"      <code>{topic_code}</code>",
        "    </topic>",
        "  </topics>",
        "  <categories type='array'></categories>",
        "</bulletin>",
        "",
    ]
    return "\n".join(lines)


def usagov_contact(row: dict[str, Any], rng: random.Random) -> str:
    """A USA.gov Federal Agency Directory API answer (``contacts.json/contact/{id}``): one
    ``Contact`` with an invented id, the office's name and the seat it serves, a
    ``Description`` repeating the number (and the fax where the office has one), the chamber as
    ``Parent``, ``Phone``, the street lines, ``City``, ``StateTer`` and ``Zip``, and the
    directory's URIs."""
    cid = str(rng.randint(60000, 69999))
    api = "http://www.usa.gov/api/USAGovAPI/contacts.json/contact/"
    parent = ("49993", "U.S. Senate") if senate(row) else ("49994", "U.S. House of Representatives")
    description = (
        f"The {office_name(row)} of the {seat(row)} helps constituents with federal agencies. "
        f"Call {phone(row)} for help with {rng.choice(TOPICS)}."
    )
    if fax(row):
        description += f" Fax: {fax(row)}."
    if _f(row, "hours"):
        description += f" Hours: {_f(row, 'hours')}."
    street = street_lines(row)
    contact: dict[str, Any] = {
        "Id": cid,
        "Language": "en",
        "Name": f"{office_name(row)}, {seat(row)}",
        "Description": description,
        "Parent": {"Id": parent[0], "Name": parent[1], "URI": api + parent[0]},
        "Phone": [phone(row)],
    }
    if street:
        contact["Street1"] = street[0]
    if len(street) > 1:
        contact["Street2"] = ", ".join(street[1:])
    contact.update(
        {
            "City": _f(row, "city"),
            "StateTer": _f(row, "state"),
            "Zip": _f(row, "zip"),
            "Source_Url": "http://www.usa.gov/directory/congress/"
            f"{_f(row, 'seat_state').lower()}-{cid}.shtml",
            "URI": api + cid,
        }
    )
    return json.dumps({"Contact": [contact]}, ensure_ascii=False, indent=2) + "\n"


def mdx_page(row: dict[str, Any], rng: random.Random) -> str:
    """An MDX page of a member office web site (``src/content/offices/<id>.mdx``): YAML front
    matter (title, seat, street, city, state, ZIP code, ``phone``, ``fax`` where given, hours,
    coordinates, an invented update date), imports of the site's components, an ``OfficeCard``
    fed by the front matter, prose repeating the number and a ``Map`` where the office has
    coordinates."""
    when = _when(rng)
    front = [
        "---",
        f"title: {json.dumps(office_name(row))}",
        f"seat: {json.dumps(seat(row))}",
    ]
    street = street_lines(row)
    if street:
        front.append(f"street: {json.dumps(', '.join(street))}")
    front += [
        f"city: {json.dumps(_f(row, 'city'))}",
        f'state: "{_f(row, "state")}"',
        f'zip: "{_f(row, "zip")}"',
        f'phone: "{phone(row)}"',
    ]
    if fax(row):
        front.append(f'fax: "{fax(row)}"')
    if _f(row, "hours"):
        front.append(f"hours: {json.dumps(_f(row, 'hours'))}")
    lat, lon = _f(row, "latitude"), _f(row, "longitude")
    if lat and lon:
        front += [f"lat: {lat}", f"lng: {lon}"]
    front += [f"updated: {when:%Y-%m-%d}", "---"]
    body = [
        "",
        "import OfficeCard from '../../components/OfficeCard.astro'",
        "import Map from '../../components/Map.astro'",
        "",
        f"# {office_name(row)}",
        "",
        "<OfficeCard office={frontmatter} />",
        "",
        f"Caseworkers in our {_f(row, 'city')} office can help you with {rng.choice(TOPICS)}. "
        f"Walk in during office hours or call us at {phone(row)} to make an appointment.",
        "",
    ]
    if lat and lon:
        body += [f"<Map lat={{{lat}}} lng={{{lon}}} zoom={{{rng.choice((14, 15, 16))}}} />", ""]
    return "\n".join(front + body)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vip_office": vip_office,
    "govdelivery_bulletin": govdelivery_bulletin,
    "usagov_contact": usagov_contact,
    "mdx_page": mdx_page,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th office of the list in its layout: each copy of its phone and fax fields
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

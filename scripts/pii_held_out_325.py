"""held_out_325 of the PII evaluation set: real phone and e-mail fields of a register no earlier
part used (HealthLinkBC's walk-in clinics in British Columbia; Canada's earlier parts took other
publishers' registers) exactly as published, in layouts no earlier part has, beside the list's
own names, addresses, references and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of CA (Ontario's testing centres, WorkBC Centres, Toronto's
child care centres, the RHRA's retirement homes, the pharmacy rosters, BC's child care and
schools, Alberta's and Ontario's schools, Ontario's long-term care homes), JP, KR, GB, FR and
many others; here:

* the values are the ``PHONE_NUMBER`` and ``EMAIL_ADDRESS`` fields of 262 walk-in clinics
  (``scripts/data/pii_ca_hlbc_walk_in_clinics.json``, written by
  ``scripts/ca_hlbc_walk_in_clinics_data.py``; source and licence in that file): North American
  numbers with no ``+1`` as the directory writes them, the area code, exchange and line run
  together (``6047032030``), each copy labelled, and the 53 clinics' mailboxes
  (``student.health@ubc.ca``), each copy labelled;
* the text around them is the same row's real fields: the operator's and service's names, the
  service description, the street address, city and postal code (``V0M 1A2``), the coordinates,
  the free-text hours, languages, web page, the directory's references (``SL077114``,
  ``LC052835``, ``RG000009``) and its ``811_LINK``, with invented UUIDs, Webflow item ids,
  timestamps, revision numbers and SendGrid custom-field ids, unlabelled and scored;
* in layouts no earlier part has, web-builder, mailing and linked-data formats, text in
  English: Wix Locations API ``location`` objects of a clinic's site (``phone`` and ``email``,
  the number again in the ``description`` with the hours), Webflow Data API v2 CMS collection
  items of a clinic-finder site (``fieldData`` with ``phone``, ``email``, the hours and
  references, a rich-text ``description`` with a ``tel:`` link whose text repeats the number and
  a ``mailto:`` link), SendGrid Marketing Campaigns "add or update contacts" request bodies of a
  health authority's mailing list (``phone_number``, the mailbox as ``email`` or the listing
  reference as ``external_id``, ``custom_fields`` by their ids) and N-Quads statements of a
  schema.org ``MedicalClinic`` in the data set's named graph (``schema:telephone`` on the clinic
  and on its ``ContactPoint``, ``schema:email``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_325.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_ca_hlbc_walk_in_clinics.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_325.jsonl.gz"
SPLIT = "held_out_325"

LAYOUTS = ("wix_location", "webflow_item", "sendgrid_contacts", "schema_nquads")
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
EDGES = {"phone": r"\d", "email": r"[\w@+-]"}

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# BC's communities outside Pacific time: the Peace River region keeps MST all year, the East
# Kootenay follows Alberta
TIME_ZONES = {
    "Fort St. John": "America/Dawson_Creek", "Dawson Creek": "America/Dawson_Creek",
    "Chetwynd": "America/Dawson_Creek", "Hudson's Hope": "America/Dawson_Creek",
    "Fort Nelson": "America/Fort_Nelson", "Cranbrook": "America/Edmonton",
    "Invermere": "America/Edmonton", "Fernie": "America/Edmonton", "Golden": "America/Edmonton",
}  # fmt: skip
GRAPH = "https://catalogue.data.gov.bc.ca/dataset/walk-in-clinics-in-bc"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def email(row: dict[str, Any]) -> str:
    """The row's e-mail field as published, stripped ("" where it has none)."""
    return _f(row, EMAIL)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and e-mail fields labelled (each
    copy stands apart: no digit next to a number, no address character next to a mailbox)."""
    values = [("phone", phone(row)), ("email", email(row))]
    return field_copies(text, values, EDGES, {"phone": PHONE}, row["path"])


def street(row: dict[str, Any]) -> str:
    """The street address of the directory's four columns (``7040 Cheam Avenue``)."""
    parts = ("STREET_NUMBER", "STREET_NAME", "STREET_TYPE", "STREET_DIRECTION")
    return " ".join(_f(row, key) for key in parts if _f(row, key))


def _street_name(row: dict[str, Any]) -> str:
    parts = ("STREET_NAME", "STREET_TYPE", "STREET_DIRECTION")
    return " ".join(_f(row, key) for key in parts if _f(row, key))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (UTC)."""
    start = dt.datetime(2024, 1, 8, 16, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(
        seconds=rng.randint(0, 330 * 86400), milliseconds=rng.randint(0, 999)
    )


def _iso(moment: dt.datetime) -> str:
    """A timestamp as the JavaScript APIs write it (``2024-03-05T18:22:41.187Z``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex_id(rng: random.Random) -> str:
    """An invented 24-hex-digit object id (Webflow's ids are MongoDB ObjectIds)."""
    return f"{rng.randint(0x64000000, 0x67FFFFFF):08x}{rng.getrandbits(64):016x}"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _coordinate(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def wix_location(row: dict[str, Any], rng: random.Random) -> str:
    """A Wix Locations API ``location`` object (``GET /locations/v1/locations/{id}``) of the
    clinic's site: an invented id and revision, the operator's name, the service description
    with the hours and the number, ``ACTIVE`` ``BRANCH``, the time zone, ``email`` (where the
    row has one) and ``phone``, the address with its ISO 3166-2 subdivision, street number and
    name, postal code and ``geocode``, an empty business schedule."""
    tel, mail = phone(row), email(row)
    description = _f(row, "SV_DESCRIPTION")
    if _f(row, "HOURS"):
        description += f" Hours: {_f(row, 'HOURS')}"
    description += f" Phone: {tel}"
    city = _f(row, "CITY")
    location: dict[str, Any] = {
        "id": _uuid(rng),
        "name": _f(row, "RG_NAME"),
        "description": description,
        "default": rng.random() < 0.7,
        "status": "ACTIVE",
        "locationType": "BRANCH",
        "fax": "",
        "timeZone": TIME_ZONES.get(city, "America/Vancouver"),
    }
    if mail:
        location["email"] = mail
    location["phone"] = tel
    address: dict[str, Any] = {
        "country": "CA",
        "subdivision": "CA-BC",
        "city": city,
        "postalCode": _f(row, "POSTAL_CODE"),
        "streetAddress": {"number": _f(row, "STREET_NUMBER"), "name": _street_name(row), "apt": ""},
        "formattedAddress": f"{street(row)}, {city}, BC {_f(row, 'POSTAL_CODE')}, Canada",
    }
    lat, lon = _coordinate(_f(row, "LATITUDE")), _coordinate(_f(row, "LONGITUDE"))
    if lat is not None and lon is not None:
        address["geocode"] = {"latitude": lat, "longitude": lon}
    location["address"] = address
    location["businessSchedule"] = {"periods": [], "specialHourPeriod": []}
    location["revision"] = str(rng.randint(1, 9))
    location["archived"] = False
    location["locationTypes"] = ["BRANCH"]
    return _json({"location": location})


def webflow_item(row: dict[str, Any], rng: random.Random) -> str:
    """A Webflow Data API v2 CMS collection item (``GET /v2/collections/{id}/items/{id}``) of a
    clinic-finder site: invented item and locale ids and timestamps, and ``fieldData`` with the
    name, a slug of the name, city and listing reference, the service's name, ``phone``,
    ``email`` (where the row has one), web page, street, city, province, postal code,
    coordinates, accessibility, languages, hours, the directory's references and link, and a
    rich-text ``description`` with a ``tel:`` link whose text repeats the number (and a
    ``mailto:`` link)."""
    tel, mail = phone(row), email(row)
    created = _when(rng)
    updated = created + dt.timedelta(days=rng.randint(0, 40), seconds=rng.randint(60, 86000))
    published = updated + dt.timedelta(seconds=rng.randint(30, 3600))
    name, city = _f(row, "RG_NAME"), _f(row, "CITY")
    html = f"<p>{escape(_f(row, 'SV_DESCRIPTION'))}</p>"
    html += f'<p>Please call <a href="tel:{tel}">{tel}</a> before you visit.</p>'
    if mail:
        html += f'<p>Email: <a href="mailto:{mail}">{mail}</a></p>'
    fields: dict[str, Any] = {
        "name": name,
        "slug": _slug(f"{name} {city} {_f(row, 'SL_REFERENCE')}"),
        "service-name": _f(row, "SV_NAME"),
        "phone": tel,
    }
    if mail:
        fields["email"] = mail
    if _f(row, "WEBSITE"):
        fields["website"] = _f(row, "WEBSITE")
    fields |= {
        "street-address": street(row),
        "city": city,
        "province": _f(row, "PROVINCE"),
        "postal-code": _f(row, "POSTAL_CODE"),
        "latitude": _f(row, "LATITUDE"),
        "longitude": _f(row, "LONGITUDE"),
        "wheelchair-accessible": _f(row, "WHEELCHAIR_ACCESSIBLE") == "Y",
        "languages": _f(row, "LANGUAGE"),
        "hours": _f(row, "HOURS"),
        "listing-reference": _f(row, "SL_REFERENCE"),
        "location-reference": _f(row, "LC_REFERENCE"),
        "healthlinkbc-link": _f(row, "811_LINK"),
        "description": html,
    }
    item = {
        "id": _hex_id(rng),
        "cmsLocaleId": _hex_id(rng),
        "lastPublished": _iso(published),
        "lastUpdated": _iso(updated),
        "createdOn": _iso(created),
        "isArchived": False,
        "isDraft": False,
        "fieldData": fields,
    }
    return _json(item)


def sendgrid_contacts(row: dict[str, Any], rng: random.Random) -> str:
    """A SendGrid Marketing Campaigns "add or update contacts" request body
    (``PUT /v3/marketing/contacts``) of a health authority's mailing list of clinics: an
    invented list id, one contact with the mailbox as ``email`` where the row has one (and the
    listing reference as ``external_id`` in every contact), ``phone_number``, the address fields,
    and ``custom_fields`` by their ids (the operator's and service's names, hours, the
    directory's location reference and link)."""
    tel, mail = phone(row), email(row)
    contact: dict[str, Any] = {}
    if mail:
        contact["email"] = mail
    contact |= {
        "external_id": _f(row, "SL_REFERENCE"),
        "phone_number": tel,
        "address_line_1": street(row),
        "city": _f(row, "CITY"),
        "state_province_region": _f(row, "PROVINCE"),
        "postal_code": _f(row, "POSTAL_CODE"),
        "country": "Canada",
    }
    custom = {"e1_T": _f(row, "RG_NAME"), "e2_T": _f(row, "SV_NAME")}
    if _f(row, "HOURS"):
        custom["e3_T"] = _f(row, "HOURS")
    custom |= {"e4_T": _f(row, "LC_REFERENCE"), "e5_T": _f(row, "811_LINK")}
    contact["custom_fields"] = custom
    return _json({"list_ids": [_uuid(rng)], "contacts": [contact]})


def _literal(value: str) -> str:
    """``value`` as an N-Quads string literal (``ECHAR`` escapes)."""
    out = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def schema_nquads(row: dict[str, Any], rng: random.Random) -> str:
    """N-Quads statements of the clinic as a schema.org ``MedicalClinic`` in the data set's named
    graph: its HealthLinkBC listing link as subject, name, identifier, description, the operator
    as ``parentOrganization`` (a blank node with its name and reference), ``telephone``,
    ``email`` (where the row has one), web page, hours, languages, a ``PostalAddress``, ``geo``
    coordinates, and a ``ContactPoint`` repeating the number; invented blank-node labels."""
    tel, mail = phone(row), email(row)
    subject = f"<{_f(row, '811_LINK')}>"
    graph = f"<{GRAPH}>"
    tag = f"{rng.getrandbits(32):08x}"
    org, addr, geo, point = (f"_:{kind}{tag}" for kind in ("org", "addr", "geo", "cp"))

    def quad(s: str, p: str, o: str) -> str:
        return f"{s} <{p}> {o} {graph} ."

    def prop(s: str, name: str, value: str) -> str:
        return quad(s, SCHEMA + name, _literal(value))

    lines = [
        quad(
            subject, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SCHEMA}MedicalClinic>"
        ),
        prop(subject, "name", _f(row, "RG_NAME")),
        prop(subject, "identifier", _f(row, "SL_REFERENCE")),
        quad(subject, SCHEMA + "description", _literal(_f(row, "SV_DESCRIPTION")) + "@en"),
        quad(subject, SCHEMA + "parentOrganization", org),
        quad(org, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SCHEMA}Organization>"),
        prop(org, "name", _f(row, "RG_NAME")),
        prop(org, "identifier", _f(row, "RG_REFERENCE")),
        prop(subject, "telephone", tel),
    ]
    if mail:
        lines.append(prop(subject, "email", mail))
    if _f(row, "WEBSITE"):
        url = _literal(_f(row, "WEBSITE")) + f"^^<{XSD}anyURI>"
        lines.append(quad(subject, SCHEMA + "url", url))
    if _f(row, "HOURS"):
        lines.append(prop(subject, "openingHours", _f(row, "HOURS")))
    if _f(row, "LANGUAGE"):
        lines.append(prop(subject, "availableLanguage", _f(row, "LANGUAGE")))
    lines += [
        quad(subject, SCHEMA + "address", addr),
        quad(addr, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SCHEMA}PostalAddress>"),
        prop(addr, "streetAddress", street(row)),
        prop(addr, "addressLocality", _f(row, "CITY")),
        prop(addr, "addressRegion", _f(row, "PROVINCE")),
        prop(addr, "postalCode", _f(row, "POSTAL_CODE")),
        prop(addr, "addressCountry", "CA"),
    ]
    if _f(row, "LATITUDE") and _f(row, "LONGITUDE"):
        lines += [
            quad(subject, SCHEMA + "geo", geo),
            quad(
                geo, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SCHEMA}GeoCoordinates>"
            ),
            quad(geo, SCHEMA + "latitude", _literal(_f(row, "LATITUDE")) + f"^^<{XSD}decimal>"),
            quad(geo, SCHEMA + "longitude", _literal(_f(row, "LONGITUDE")) + f"^^<{XSD}decimal>"),
        ]
    lines += [
        quad(subject, SCHEMA + "contactPoint", point),
        quad(point, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{SCHEMA}ContactPoint>"),
        prop(point, "contactType", "walk-in enquiries"),
        prop(point, "telephone", tel),
        prop(point, "areaServed", _f(row, "CITY")),
    ]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "wix_location": wix_location,
    "webflow_item": webflow_item,
    "sendgrid_contacts": sendgrid_contacts,
    "schema_nquads": schema_nquads,
}


def international(value: str) -> bool:
    """Whether a labelled number carries its country code (none of this list's do)."""
    return value.startswith("+")


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and e-mail fields
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

"""held_out_216 of the PII evaluation set: real phone, fax and e-mail fields of a register no
earlier part used (the FOIA contact directory of United States federal agencies and their
components; the country's earlier parts took other registers) exactly as published, in layouts
no earlier part has, the documents a federal agency's FOIA office publishes or files.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of the US (CMS hospitals, New York City's high schools, the Texas
Education Agency's schools, HIFLD's colleges, Cambridge's facilities, New York State's health
facilities), Canada and many other countries; here:

* the values are the ``phone``, ``fax``, ``service_center`` phone and ``emails`` fields of 300
  FOIA requester offices of 89 of the directory's 116 federal agencies
  (``scripts/data/pii_us_foia_contacts.json``, written by ``scripts/us_foia_contacts_data.py``;
  source and licence in that file): US numbers
  as the directory writes them, area code, exchange and line joined by hyphens
  (``202-898-7021``; a few with an extension ``x145`` or a note ``(TTY)``, six of Defense's
  offices in Germany with a malformed ``+490``/``+49011`` prefix), each copy labelled, each
  number of a field on its own (an extension or note is not part of the span), and the
  well-formed e-mail addresses (the few malformed ones, without an ``@`` or with a blank or an
  ``&``, are not written);
* the text around them is the same row's real fields: the agency's and office's names, the
  street, city, state and ZIP code, the web and request-form addresses, with invented docket
  numbers, FR document numbers, billing codes, UUIDs, labour hours, versions and dates,
  unlabelled and scored;
* in layouts no earlier part has, the formats of the US federal government's own publishing and
  compliance, in English: Federal Register notices in the GPO's Federal Register XML (a
  ``NOTICE`` whose ``ADD`` and ``FURINF`` paragraphs give the office's e-mail, fax and
  telephone, closed by its ``FRDOC`` and ``BILCOD`` lines), Code.gov source code inventories
  (``code.json``, metadata schema 2.0.0: a release of the office's request-tracking tool with
  the office as ``contact``), NIST OSCAL 1.1 system security plans (JSON: the office as a
  ``party`` of type ``organization`` with ``email-addresses``, ``telephone-numbers`` and an
  ``address``) and Project Open Data (DCAT-US 1.1) ``data.json`` catalogs (the office's FOIA
  log data set, its ``contactPoint`` with ``hasEmail`` and a description giving the numbers).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_216.py   # rewrites the committed file
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
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_us_foia_contacts.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_216.jsonl.gz"
SPLIT = "held_out_216"

LAYOUTS = ("federal_register_xml", "code_json", "oscal_ssp", "dcat_us_catalog")
# the phone columns each kind of number is labelled under
COLUMNS = {"phone": "phone", "service": "service_center.phone", "fax": "fax"}
EDGES = {"phone": r"\d", "service": r"\d", "fax": r"\d", "email": r"[\w.@&+-]"}
EASTERN = dt.timezone(dt.timedelta(hours=-5))
WELL_FORMED = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented subjects of the offices' notices, tools and data sets (no real document is meant)
SUBJECTS = (
    "Privacy Act of 1974; System of Records",
    "Freedom of Information Act; Change of Address for Requests",
    "Agency Information Collection Activities; Proposed Collection; Comment Request",
    "Freedom of Information Act Fee Schedule",
)  # fmt: skip
TOOLS = ("foia-request-tracker", "foia-intake-forms", "records-search-api", "foia-log-export")


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The office's ``phone`` field as published, stripped."""
    return _f(row, "phone")


def fax(row: dict[str, Any]) -> str:
    return _f(row, "fax")


def service_phones(row: dict[str, Any]) -> list[str]:
    """The service centre's numbers other than the office's own ``phone`` (a number the office
    gives twice is written once), in the file's order, each as published."""
    out: list[str] = []
    for value in row["fields"]["service_center_phone"]:
        value = value.strip()
        if value and value != phone(row) and value not in out:
            out.append(value)
    return out


def emails(row: dict[str, Any]) -> list[str]:
    """The office's well-formed e-mail addresses, each once, in the file's order."""
    out: list[str] = []
    for value in row["fields"]["emails"]:
        value = value.strip()
        if WELL_FORMED.fullmatch(value) and value not in out:
            out.append(value)
    return out


def international(value: str) -> bool:
    return value.startswith("+")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's numbers and e-mail addresses labelled
    (each copy stands apart: no digit next to a number, no address character next to an
    address); the longest value first, so a number written inside a longer field of the row is
    that field's."""
    values = [
        ("phone", phone(row)),
        *(("service", v) for v in service_phones(row)),
        ("fax", fax(row)),
        *(("email", v) for v in emails(row)),
    ]
    values.sort(key=lambda kv: -len(kv[1]))
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (US Eastern)."""
    start = dt.datetime(2024, 1, 8, 8, 45, tzinfo=EASTERN)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _x(value: str) -> str:
    return escape(value)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _office(row: dict[str, Any]) -> str:
    """The office's name, with its agency's where the two differ."""
    name, agency = _f(row, "name"), _f(row, "agency_name")
    return name if not agency or name == agency else f"{name}, {agency}"


def _address(row: dict[str, Any]) -> str:
    """The street, city, state and ZIP code as one line ("" parts left out)."""
    city = ", ".join(p for p in (_f(row, "city"), _f(row, "state")) if p)
    tail = " ".join(p for p in (city, _f(row, "zip")) if p)
    return ", ".join(p for p in (_f(row, "street"), tail) if p)


def _numbers_sentence(row: dict[str, Any]) -> str:
    """The office's numbers in a sentence (``telephone 202-898-7021; fax 703-562-2797``)."""
    parts = []
    if phone(row):
        parts.append(f"telephone {phone(row)}")
    parts += [f"FOIA Requester Service Center {v}" for v in service_phones(row)]
    if fax(row):
        parts.append(f"fax {fax(row)}")
    return "; ".join(parts)


def federal_register_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A Federal Register notice in the GPO's XML: ``NOTICE`` with its ``PREAMB`` (``AGENCY``,
    ``SUBAGY``, an invented ``DEPDOC`` docket, ``SUBJECT``, the ``AGY``, ``ACT``, ``SUM``,
    ``DATES``, ``ADD`` and ``FURINF`` headed paragraphs: the e-mail, fax, mail and web ways to
    comment and the numbers to call), a ``SUPLINF`` paragraph with the office's web page and the
    signature's date and title, then the invented ``FRDOC`` line and ``BILCOD``."""
    name, agency = _f(row, "name"), _f(row, "agency_name") or _f(row, "name")
    when = _when(rng)
    due = when + dt.timedelta(days=30)
    subject = rng.choice(SUBJECTS)
    abbr = _f(row, "agency").upper().replace(" ", "")
    docket = f"{abbr}-{when.year}-{rng.randint(1, 60):04d}"
    frdoc = f"{when.year}-{rng.randint(100, 29999):05d}"
    filed = when + dt.timedelta(days=rng.randint(1, 4))
    mails = emails(row)
    ways = []
    if mails:
        ways.append("by email to " + " or ".join(mails))
    if fax(row):
        ways.append(f"by fax to {fax(row)}")
    if _address(row):
        ways.append(f"by mail to {name}, {_address(row)}")
    if _f(row, "request_form"):
        ways.append(f"through the online request form at {_f(row, 'request_form')}")
    add = "; ".join(ways) or f"to {name}"
    furinf = f"{name}, {_numbers_sentence(row)} (these are not toll-free numbers)"
    if mails:
        furinf = f"Email {mails[0]}; or contact the {furinf}"
    sup = (
        f"The {name} receives and processes requests under the Freedom of Information Act, "
        f"5 U.S.C. 552, for records of the {agency}. Information about the office is "
        f"available at {_f(row, 'website') or 'https://www.foia.gov'}"
    )
    its = "its FOIA office" if name == agency else f"its {name}"
    lines = [
        "<NOTICE>",
        "<PREAMB>",
        f'<AGENCY TYPE="F">{_x(agency.upper())}</AGENCY>',
        f"<SUBAGY>{_x(name)}</SUBAGY>" if name != agency else "",
        f"<DEPDOC>[Docket No. {_x(docket)}]</DEPDOC>",
        f"<SUBJECT>{_x(subject)}</SUBJECT>",
        '<AGY><HD SOURCE="HED">AGENCY:</HD>',
        f"<P>{_x(_office(row))}.</P>",
        "</AGY>",
        '<ACT><HD SOURCE="HED">ACTION:</HD>',
        "<P>Notice.</P>",
        "</ACT>",
        '<SUM><HD SOURCE="HED">SUMMARY:</HD>',
        f"<P>The {_x(agency)} publishes this notice concerning requests made to {_x(its)} "
        "under the Freedom of Information Act and the Privacy Act, and invites comment.</P>",
        "</SUM>",
        '<DATES><HD SOURCE="HED">DATES:</HD>',
        f"<P>Comments must be received on or before {due:%B} {due.day}, {due.year}.</P>",
        "</DATES>",
        '<ADD><HD SOURCE="HED">ADDRESSES:</HD>',
        f"<P>You may submit comments, identified by Docket No. {_x(docket)}, {_x(add)} (please "
        "include the docket number in the subject line).</P>",
        "</ADD>",
        '<FURINF><HD SOURCE="HED">FOR FURTHER INFORMATION CONTACT:</HD>',
        f"<P>{_x(furinf)}.</P>",
        "</FURINF>",
        "</PREAMB>",
        '<SUPLINF><HD SOURCE="HED">SUPPLEMENTARY INFORMATION:</HD>',
        f"<P>{_x(sup)}.</P>",
        "<SIG>",
        f"<DATED>Dated: {when:%B} {when.day}, {when.year}.</DATED>",
        f"<TITLE>Chief FOIA Officer, {_x(agency)}.</TITLE>",
        "</SIG>",
        "</SUPLINF>",
        f"<FRDOC>[FR Doc. {frdoc} Filed {filed.month}-{filed.day}-{filed:%y}; 8:45 am]</FRDOC>",
        f"<BILCOD>BILLING CODE {rng.randint(1000, 9999)}-{rng.randint(1, 99):02d}-P</BILCOD>",
        "</NOTICE>",
        "",
    ]
    return "\n".join(line for line in lines if line != "")


def code_json(row: dict[str, Any], rng: random.Random) -> str:
    """A Code.gov source code inventory (``code.json``, metadata schema 2.0.0): the agency,
    ``measurementType``, one release of an invented tool of the office with its permissions,
    ``tags``, the office as ``contact`` (``email``, ``name``, ``phone``, ``URL``), invented
    ``laborHours``, repository and dates, and a description giving the office's numbers."""
    name, tel = _f(row, "name"), phone(row)
    when = _when(rng)
    created = when - dt.timedelta(days=rng.randint(200, 1500))
    tool = rng.choice(TOOLS)
    slug = re.sub(r"[^a-z0-9]+", "-", _f(row, "agency").lower()).strip("-")
    description = (
        f"Tracks Freedom of Information Act requests received by the {_office(row)}. "
        f"Questions about requests: {_numbers_sentence(row)}"
    )
    mails = emails(row)
    if len(mails) > 1:
        description += "; email " + ", ".join(mails[1:])
    contact: dict[str, str] = {"name": name}
    if mails:
        contact["email"] = mails[0]
    if tel:
        contact["phone"] = tel
    if _f(row, "website"):
        contact["URL"] = _f(row, "website")
    doc = {
        "version": "2.0.0",
        "agency": _f(row, "agency"),
        "measurementType": {"method": "projects"},
        "releases": [
            {
                "name": tool,
                "organization": name,
                "description": description,
                "permissions": {
                    "licenses": [
                        {
                            "URL": "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
                            "name": "CC0-1.0",
                        }
                    ],
                    "usageType": "openSource",
                },
                "tags": ["foia", "records-management", slug],
                "contact": contact,
                "laborHours": rng.randint(40, 4000),
                "repositoryURL": f"https://github.com/{slug}-foia/{tool}",
                "vcs": "git",
                "status": rng.choice(("Production", "Development", "Alpha")),
                "version": f"{rng.randint(0, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
                "date": {
                    "created": f"{created:%Y-%m-%d}",
                    "lastModified": f"{when:%Y-%m-%d}",
                    "metadataLastUpdated": f"{when:%Y-%m-%d}",
                },
            }
        ],
    }
    return _j(doc)


def oscal_ssp(row: dict[str, Any], rng: random.Random) -> str:
    """A NIST OSCAL 1.1.2 system security plan (JSON) of an invented FOIA case-processing
    system: ``metadata`` with its title, dates and versions, a ``role``, the office as a
    ``party`` of type ``organization`` (``email-addresses``, ``telephone-numbers`` typed
    ``office`` or ``fax``, an ``address``), the ``responsible-parties``, and a minimal
    ``system-characteristics`` describing the system."""
    name = _f(row, "name")
    when = _when(rng)
    party = _uuid(rng)
    numbers = [{"type": "office", "number": phone(row)}] if phone(row) else []
    numbers += [{"type": "office", "number": v} for v in service_phones(row)]
    if fax(row):
        numbers.append({"type": "fax", "number": fax(row)})
    org: dict[str, Any] = {"uuid": party, "type": "organization", "name": name}
    if _f(row, "agency") and _f(row, "agency") != name:
        org["short-name"] = _f(row, "agency")
    if emails(row):
        org["email-addresses"] = emails(row)
    org["telephone-numbers"] = numbers
    if _f(row, "street") or _f(row, "city"):
        address: dict[str, Any] = {"type": "work"}
        if _f(row, "street"):
            address["addr-lines"] = [_f(row, "street")]
        for key, column in (("city", "city"), ("state", "state"), ("postal-code", "zip")):
            if _f(row, column):
                address[key] = _f(row, column)
        address["country"] = "US"
        org["addresses"] = [address]
    doc = {
        "system-security-plan": {
            "uuid": _uuid(rng),
            "metadata": {
                "title": f"{name} FOIA Case Processing System - System Security Plan",
                "last-modified": when.isoformat(),
                "version": f"{rng.randint(1, 5)}.{rng.randint(0, 9)}",
                "oscal-version": "1.1.2",
                "roles": [{"id": "system-owner", "title": "System Owner"}],
                "parties": [org],
                "responsible-parties": [{"role-id": "system-owner", "party-uuids": [party]}],
            },
            "import-profile": {
                "href": "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/"
                "SP800-53/rev5/json/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json"
            },
            "system-characteristics": {
                "system-ids": [
                    {
                        "identifier-type": "https://ietf.org/rfc/rfc4122",
                        "id": _uuid(rng),
                    }
                ],
                "system-name": f"{_f(row, 'agency')} FOIA Case Processing System",
                "description": f"Receives, tracks and answers Freedom of Information Act "
                f"requests made to the {_office(row)}; its system owner is the office named "
                "in the responsible parties.",
                "security-sensitivity-level": "fips-199-moderate",
                "status": {"state": "operational"},
            },
        }
    }
    return _j(doc)


def dcat_us_catalog(row: dict[str, Any], rng: random.Random) -> str:
    """A Project Open Data (DCAT-US 1.1) ``data.json`` catalog of one data set, the office's
    FOIA log: ``@context``, ``@type``, ``conformsTo`` and ``describedBy``, the data set with
    title, a description giving the office's numbers, keywords, ``modified``, ``publisher``,
    ``contactPoint`` (``fn`` and ``hasEmail``), invented ``identifier``, the agency's
    ``bureauCode``/``programCode`` (invented), ``accessLevel``, ``license`` and a CSV
    ``distribution``."""
    name = _f(row, "name")
    when = _when(rng)
    mails = emails(row)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:48]
    description = (
        f"Log of Freedom of Information Act requests received by the {_office(row)}, with the "
        f"date received, the subject and the date closed. For questions about this data set "
        f"contact the office: {_numbers_sentence(row)}"
    )
    if len(mails) > 1:
        description += "; email " + ", ".join(mails[1:])
    contact: dict[str, str] = {"@type": "vcard:Contact", "fn": name}
    if mails:
        contact["hasEmail"] = f"mailto:{mails[0]}"
    site = _f(row, "website") or "https://www.foia.gov"
    parts = urlsplit(site)
    host = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "https://www.foia.gov"
    dataset = {
        "@type": "dcat:Dataset",
        "title": f"FOIA Log - {name} - FY{when.year}",
        "description": description,
        "keyword": ["foia", "freedom of information act", "foia log"],
        "modified": f"{when:%Y-%m-%d}",
        "publisher": {"@type": "org:Organization", "name": _f(row, "agency_name") or name},
        "contactPoint": contact,
        "identifier": f"{_f(row, 'agency').lower().replace(' ', '-')}-foia-log-{when.year}-"
        f"{rng.randint(100, 999)}",
        "accessLevel": "public",
        "bureauCode": [f"{rng.randint(1, 599):03d}:{rng.randint(0, 99):02d}"],
        "programCode": [f"{rng.randint(1, 599):03d}:{rng.randint(0, 999):03d}"],
        "license": "https://creativecommons.org/publicdomain/zero/1.0/",
        "landingPage": site,
        "distribution": [
            {
                "@type": "dcat:Distribution",
                "downloadURL": f"{host}/foia/logs/fy{when.year}-{slug}.csv",
                "mediaType": "text/csv",
                "format": "CSV",
            }
        ],
    }
    doc = {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": [dataset],
    }
    return _j(doc)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "federal_register_xml": federal_register_xml,
    "code_json": code_json,
    "oscal_ssp": oscal_ssp,
    "dcat_us_catalog": dcat_us_catalog,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the register in its layout: each copy of its numbers and e-mail
    addresses labelled."""
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

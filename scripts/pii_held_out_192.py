"""held_out_192 of the PII evaluation set: real phone and fax fields of a register no earlier
part used (the Hochschulrektorenkonferenz's Hochschulkompass list of Germany's universities and
colleges; Germany's earlier parts took Berlin's, North Rhine-Westphalia's and Hamburg's schools,
Chemnitz's day-care centres and other registers) exactly as published, in layouts no earlier
part has, beside the list's own names, addresses, counts and years.

The procedure of ``held_out_122``, on another register and other layouts; earlier parts took
national numbers from registers of DE (Berlin's, North Rhine-Westphalia's and Hamburg's schools,
Chemnitz's day-care centres, farm shops on OpenStreetMap), AT, CH and many others; here:

* the values are the ``Telefon`` and ``Fax`` fields of all 426 institutions of the list
  (``scripts/data/pii_de_hochschulkompass.json``, written by
  ``scripts/de_hochschulkompass_data.py``; source and licence in that file): German numbers as
  the list writes them within the area code of its ``Telefonvorwahl`` column, written here as
  the area code, one space and the field as published (``0241 6009-0``, ``030 2093-0``, ``0921
  55-0``, ``030 320 07 0``, ``07851 894 121``; a fax ``0241 6009-51090``), a field that already
  starts with a trunk ``0`` as published (``0180-2020369``, ``0800 3400400``, the faxes ``030
  5019-2100``, ``030 209166 -17``), one fax's trailing blank stripped; each copy labelled under
  its column (358 of the 426 have a fax);
* the text around them is the same row's real fields: the name and short name, type,
  sponsorship, state, street and postal addresses (postcodes such as ``52066`` and post-office
  boxes such as ``100560``, ``37 02 55``), student count, founding year and home page, with
  invented Stud.IP ids, EWP and XZuFi identifiers, time stamps and version numbers, unlabelled
  and scored;
* in layouts no earlier part has, formats of the universities' field and of German public
  administration, text in German: Erasmus Without Paper (EWP) Institutions API v2 responses
  (the ``hei`` with its ``contact``'s ``phone-number`` and ``fax-number`` in ``other-format``,
  a ``role-description`` repeating the number), eduroam database ``institution.xml`` records
  (the institution's ``contact`` ``phone``, its address and ``info_URL``), Stud.IP JSON:API
  ``institutes`` resources (``phone``, ``fax``, ``street``, ``city``, ``url``) and XZuFi 2.2
  ``organisationseinheit`` records of the Zuständigkeitsfinder (``kommunikation`` ``kanal``
  codes of the Erreichbarkeit code list with their ``kennung``, a ``beschreibung`` repeating
  the number).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_192.py   # rewrites the committed file
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
ROWS = ROOT / "scripts" / "data" / "pii_de_hochschulkompass.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_192.jsonl.gz"
SPLIT = "held_out_192"

LAYOUTS = ("ewp_institutions", "eduroam_institution", "studip_institute", "xzufi_oe")
PHONE, FAX, AREA = "Telefon", "Fax", "Telefonvorwahl"
# what may not stand next to a copy: a digit beside a number
EDGES = {"phone": r"\d", "fax": r"\d"}
COLUMNS = {"phone": PHONE, "fax": FAX}
BERLIN = dt.timezone(dt.timedelta(hours=1))  # winter time

# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _dialled(row: dict[str, Any], column: str) -> str:
    """The number of ``column`` as written here: the field as published, after the row's area
    code and one space unless the field starts with a trunk ``0`` itself (or the row has no
    area code); "" where the field is empty."""
    value, area = _f(row, column), _f(row, AREA)
    if not value:
        return ""
    if value.startswith(("0", "+")) or not area:
        return value
    return f"{area} {value}"


def phone(row: dict[str, Any]) -> str:
    """The row's telephone number as written here."""
    return _dialled(row, PHONE)


def fax(row: dict[str, Any]) -> str:
    """The row's fax number as written here ("" where the list gives none)."""
    return _dialled(row, FAX)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax numbers labelled (each
    copy stands apart: no digit next to it; the longer value first, so a number found inside
    the other is that one's)."""
    values = sorted((("phone", phone(row)), ("fax", fax(row))), key=lambda kv: -len(kv[1]))
    return field_copies(text, values, EDGES, COLUMNS, row["path"], nested=True)


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (German winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=BERLIN)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _host(row: dict[str, Any]) -> str:
    """The host of the row's home page, without ``www.`` (``fh-aachen.de``)."""
    url = _f(row, "Home Page")
    host = re.sub(r"^[a-z]+://", "", url, flags=re.I).split("/")[0].lower()
    return host.removeprefix("www.")


def _place(row: dict[str, Any]) -> str:
    """Postcode and town of the street address (``52066 Aachen``)."""
    return f"{_f(row, 'Postleitzahl (Hausanschrift)')} {_f(row, 'Ort (Hausanschrift)')}".strip()


def _about(row: dict[str, Any]) -> str:
    """A sentence on the institution from its type, sponsorship, state, year and students."""
    text = f"{_f(row, 'Hochschultyp')}, {_f(row, 'Trägerschaft')}, {_f(row, 'Bundesland')}"
    if _f(row, "Gründungsjahr"):
        text += f", gegründet {_f(row, 'Gründungsjahr')}"
    if _f(row, "Anzahl Studierende"):
        text += f", {_f(row, 'Anzahl Studierende')} Studierende"
    return text + "."


def ewp_institutions(row: dict[str, Any], rng: random.Random) -> str:
    """An Erasmus Without Paper Institutions API v2 response of one ``hei``: its SCHAC
    ``hei-id`` (the home page's host), its name and abbreviation, street and mailing address
    (post-office box where the list has one), ``website-url``, and a ``contact`` of the
    switchboard with ``phone-number`` and ``fax-number`` in ``other-format`` (the numbers as
    the list writes them, not E.164) and a ``role-description`` repeating the number."""
    name, tel, fx = _f(row, "Hochschulname"), phone(row), fax(row)
    ns = "https://github.com/erasmus-without-paper/ewp-specs-"
    street = [
        "    <street-address>",
        f"      <a:addressLine>{_x(_f(row, 'Straße'))}</a:addressLine>",
        f"      <a:postalCode>{_f(row, 'Postleitzahl (Hausanschrift)')}</a:postalCode>",
        f"      <a:locality>{_x(_f(row, 'Ort (Hausanschrift)'))}</a:locality>",
        "      <a:country>DE</a:country>",
        "    </street-address>",
    ]
    mailing = []
    if _f(row, "Postleitzahl (Postanschrift)"):
        mailing = ["    <mailing-address>"]
        if _f(row, "Postfach"):
            mailing.append(f"      <a:postOfficeBox>{_x(_f(row, 'Postfach'))}</a:postOfficeBox>")
        mailing += [
            f"      <a:postalCode>{_f(row, 'Postleitzahl (Postanschrift)')}</a:postalCode>",
            f"      <a:locality>{_x(_f(row, 'Ort (Postanschrift)'))}</a:locality>",
            "      <a:country>DE</a:country>",
            "    </mailing-address>",
        ]
    contact = [
        "    <contact>",
        '      <c:contact-name xml:lang="de">Zentrale</c:contact-name>',
        f"      <c:phone-number><p:other-format>{_x(tel)}</p:other-format></c:phone-number>",
    ]
    if fx:
        contact.append(
            f"      <c:fax-number><p:other-format>{_x(fx)}</p:other-format></c:fax-number>"
        )
    contact += [
        f'      <c:role-description xml:lang="de">Allgemeine Anfragen zur Mobilität bitte über '
        f"die Zentrale der Hochschule unter {_x(tel)}.</c:role-description>",
        "    </contact>",
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<institutions-response",
        f'    xmlns="{ns}api-institutions/tree/stable-v2"',
        f'    xmlns:a="{ns}types-address/tree/stable-v1"',
        f'    xmlns:c="{ns}types-contact/tree/stable-v1"',
        f'    xmlns:p="{ns}types-phonenumber/tree/stable-v1">',
        "  <hei>",
        f"    <hei-id>{_x(_host(row))}</hei-id>",
        f'    <name xml:lang="de">{_x(name)}</name>',
        f"    <abbreviation>{_x(_f(row, 'Hochschulkurzname'))}</abbreviation>",
        *street,
        *mailing,
        f'    <website-url xml:lang="de">{_x(_f(row, "Home Page"))}</website-url>',
        f"    <ounit-id>{uuid.UUID(int=rng.getrandbits(128), version=4)}</ounit-id>",
        *contact,
        "  </hei>",
        "</institutions-response>",
        "",
    ]
    return "\n".join(lines)


def eduroam_institution(row: dict[str, Any], rng: random.Random) -> str:
    """An eduroam database ``institution.xml`` (version 1) of one institution, as a national
    roaming operator (DFN) uploads it: ``country``, ``type`` (identity and service provider),
    the realm (the home page's host), the name, the street address, a ``contact`` of the IT
    service desk with the institution's ``phone``, its ``info_URL`` and ``policy_URL`` and an
    invented time stamp."""
    name, tel = _f(row, "Hochschulname"), phone(row)
    when = _when(rng)
    url = _f(row, "Home Page")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<institutions xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="institution.xsd">',
        "  <institution>",
        "    <country>DE</country>",
        f"    <type>{rng.choice((1, 3, 3))}</type>",
        f"    <inst_realm>{_x(_host(row))}</inst_realm>",
        f'    <org_name lang="de">{_x(name)}</org_name>',
        "    <address>",
        f"      <street>{_x(_f(row, 'Straße'))}</street>",
        f"      <city>{_x(_place(row))}</city>",
        "    </address>",
        "    <contact>",
        f"      <name>{rng.choice(('IT-Servicedesk', 'Rechenzentrum', 'IT-Service', 'Zentrale'))}"
        "</name>",
        f"      <phone>{_x(tel)}</phone>",
        "    </contact>",
        f'    <info_URL lang="de">{_x(url)}</info_URL>',
        f'    <policy_URL lang="de">{_x(url)}</policy_URL>',
        f"    <ts>{when:%Y-%m-%dT%H:%M:%S}</ts>",
        "  </institution>",
        "</institutions>",
        "",
    ]
    return "\n".join(lines)


def studip_institute(row: dict[str, Any], rng: random.Random) -> str:
    """A Stud.IP JSON:API response of one ``institutes`` resource: an invented 32-hex id, the
    attributes ``name``, ``city``, ``street``, ``phone``, ``fax``, ``url``, ``mkdate`` and
    ``chdate``, relationship links and ``self`` link; pretty-printed as the API's clients save
    it."""
    ident = f"{rng.getrandbits(128):032x}"
    made = _when(rng)
    changed = made + dt.timedelta(days=rng.randint(1, 40), seconds=rng.randint(0, 86399))
    base = f"https://studip.{_host(row)}/jsonapi.php/v1"
    doc = {
        "data": {
            "type": "institutes",
            "id": ident,
            "attributes": {
                "name": _f(row, "Hochschulname"),
                "city": _place(row),
                "street": _f(row, "Straße"),
                "phone": phone(row),
                "fax": fax(row),
                "url": _f(row, "Home Page"),
                "mkdate": made.isoformat(),
                "chdate": changed.isoformat(),
            },
            "relationships": {
                "faculty": {"data": {"type": "institutes", "id": ident}},
                "status-groups": {"links": {"related": f"{base}/institutes/{ident}/status-groups"}},
                "file-folders": {"links": {"related": f"{base}/institutes/{ident}/file-folders"}},
            },
            "links": {"self": f"/jsonapi.php/v1/institutes/{ident}"},
        },
        "jsonapi": {"version": "1.0"},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def xzufi_oe(row: dict[str, Any], rng: random.Random) -> str:
    """An XZuFi 2.2 ``organisationseinheit`` of the Zuständigkeitsfinder, as a state's
    editorial system exports it: an invented id, the name, the street address (``anschrift``
    of type ``Hausanschrift``) and the postal one where the list has it, one ``kommunikation``
    per number (``kanal`` of the Erreichbarkeit code list: ``02`` Telefon Festnetz, ``04``
    Fax, with its ``kennung``), the home page and a ``beschreibung`` in German repeating the
    telephone number."""
    name, tel, fx = _f(row, "Hochschulname"), phone(row), fax(row)
    when = _when(rng)
    oe = f"{rng.randint(10**9, 10**10 - 1)}"
    code = '      <xzufi:kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3">'
    comms = [
        "    <xzufi:kommunikation>",
        code,
        "        <code>02</code>",
        "      </xzufi:kanal>",
        f"      <xzufi:kennung>{_x(tel)}</xzufi:kennung>",
        '      <xzufi:zusatz languageCode="de">Zentrale</xzufi:zusatz>',
        "    </xzufi:kommunikation>",
    ]
    if fx:
        comms += [
            "    <xzufi:kommunikation>",
            code,
            "        <code>04</code>",
            "      </xzufi:kanal>",
            f"      <xzufi:kennung>{_x(fx)}</xzufi:kennung>",
            "    </xzufi:kommunikation>",
        ]
    post = []
    if _f(row, "Postleitzahl (Postanschrift)"):
        post = [
            "    <xzufi:anschrift>",
            '      <xzufi:typ listURI="urn:de:xzufi:codeliste:anschrifttyp"><code>002</code>'
            "</xzufi:typ>",
        ]
        if _f(row, "Postfach"):
            post.append(f"      <xzufi:postfach>{_x(_f(row, 'Postfach'))}</xzufi:postfach>")
        post += [
            f"      <xzufi:postleitzahl>{_f(row, 'Postleitzahl (Postanschrift)')}"
            "</xzufi:postleitzahl>",
            f"      <xzufi:ort>{_x(_f(row, 'Ort (Postanschrift)'))}</xzufi:ort>",
            "    </xzufi:anschrift>",
        ]
    about = f"{name}: {_about(row)} Telefonische Auskunft über die Zentrale unter {tel}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xzufi:organisationseinheit xmlns:xzufi="http://xoev.de/schemata/xzufi/2_2_0">',
        f'  <xzufi:id schemeAgencyID="{rng.choice(("S100001", "S100003", "S100005"))}" '
        f'schemeID="OE">{oe}</xzufi:id>',
        "  <xzufi:name>",
        f'    <xzufi:name languageCode="de">{_x(name)}</xzufi:name>',
        "  </xzufi:name>",
        f'  <xzufi:kurzbezeichnung languageCode="de">{_x(_f(row, "Hochschulkurzname"))}'
        "</xzufi:kurzbezeichnung>",
        f'  <xzufi:beschreibung languageCode="de">{_x(about)}</xzufi:beschreibung>',
        "  <xzufi:anschriften>",
        "    <xzufi:anschrift>",
        '      <xzufi:typ listURI="urn:de:xzufi:codeliste:anschrifttyp"><code>001</code>'
        "</xzufi:typ>",
        f"      <xzufi:strasse>{_x(_f(row, 'Straße'))}</xzufi:strasse>",
        f"      <xzufi:postleitzahl>{_f(row, 'Postleitzahl (Hausanschrift)')}</xzufi:postleitzahl>",
        f"      <xzufi:ort>{_x(_f(row, 'Ort (Hausanschrift)'))}</xzufi:ort>",
        "    </xzufi:anschrift>",
        *post,
        "  </xzufi:anschriften>",
        *comms,
        "  <xzufi:internetadresse>",
        f"    <xzufi:uri>{_x(_f(row, 'Home Page'))}</xzufi:uri>",
        "  </xzufi:internetadresse>",
        f"  <xzufi:versionsinformation><xzufi:geaendertDatumZeit>{when.isoformat()}"
        "</xzufi:geaendertDatumZeit></xzufi:versionsinformation>",
        "</xzufi:organisationseinheit>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ewp_institutions": ewp_institutions,
    "eduroam_institution": eduroam_institution,
    "studip_institute": studip_institute,
    "xzufi_oe": xzufi_oe,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone and fax numbers
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

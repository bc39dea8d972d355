"""held_out_170 of the PII evaluation set: real phone, fax and e-mail fields of a directory no
earlier part used (Austria's authorities and public bodies as auskunftsbegehren.at collected
them; Austria's earlier parts took the OeNB's bank directory and Eurostat GISCO's hospitals)
exactly as published, in layouts no earlier part has, beside the directory's own names,
kinds and addresses.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
numbers from registers of AT (the OeNB's banks, GISCO's hospitals), CH, DE and many others; here:

* the values are the ``Tel``, ``Fax`` and ``E-Mail`` fields of 500 federal and state
  authorities, district authorities, chambers, social-insurance bodies, universities, vocational
  schools, parties and state-owned companies (``scripts/data/pii_at_authorities.json``, written
  by ``scripts/at_authorities_data.py``; source and licence in that file): Austrian numbers in
  the directory's form, the calling code and the number in one run (``+431400090309``), some
  with a slash after the area code (``+43662/8042``), an extension after a hyphen or a dash in
  a few; the fax most often the switchboard's number and an extension (``+4350477-2400`` beside
  ``+4350477``: the phone's number inside the fax's copy is the fax's); the leading ``'`` or
  ``‘`` a spreadsheet left before 87 phones and 70 faxes (its text marker) is not written; one
  office address per body (the five that name a person left out by the extractor); each copy
  labelled (the fax is written only by the phone-book exports, whose format has a fax number);
* the text around them is the same row's real fields: the short and long name, the kind
  (``Branche``, ``Typ``), the street address and four-digit postcode (``1010``), the web
  address, with invented serial numbers, UUIDs, versions, dates, times and ids, unlabelled and
  scored;
* in layouts no earlier part has, text in German: RFC 9116 ``security.txt`` files of the body's
  web site (``Contact: mailto:`` and ``Contact: tel:``, the number in a comment where it is no
  valid ``tel`` URI), XMP sidecar packets of a photo of the body's building (IPTC Core
  ``CreatorContactInfo``: ``CiTelWork``, ``CiEmailWork``, ``CiAdrExtadr``, ``CiAdrPcode``),
  CycloneDX 1.6 JSON SBOMs of the body's web portal (``metadata.supplier`` with its
  ``contact``'s ``phone`` and ``email`` and its ``address``) and AVM FRITZ!Box phone-book
  exports (a ``contact`` with ``number`` ``type="work"`` and ``type="fax_work"``, an ``email``
  of ``classifier="work"``, ``mod_time`` and ``uniqueid``).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_170.py   # rewrites the committed file
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
from xml.sax.saxutils import escape, quoteattr

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, field_copies, labelled_record

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_at_authorities.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_170.jsonl.gz"
SPLIT = "held_out_170"

LAYOUTS = ("security_txt", "xmp_sidecar", "cyclonedx_sbom", "fritzbox_phonebook")
PHONE, FAX, EMAIL = "Tel", "Fax", "E-Mail"
EDGES = {"phone": r"\d", "fax": r"\d", "email": r"[\w.@-]"}
VIENNA = dt.timezone(dt.timedelta(hours=1))
# a number a ``tel`` URI can carry as it stands (RFC 3966's global number, no visual separator)
TEL_URI = re.compile(r"\+\d+")

# the directory's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# real packages of a public body's web portal, with their licences (versions as released)
PACKAGES = (
    ("npm", "jquery", "3.7.1", "MIT"), ("npm", "bootstrap", "5.3.2", "MIT"),
    ("npm", "leaflet", "1.9.4", "BSD-2-Clause"), ("npm", "swiper", "11.0.5", "MIT"),
    ("npm", "@popperjs/core", "2.11.8", "MIT"), ("npm", "flatpickr", "4.6.13", "MIT"),
    ("composer", "typo3/cms-core", "12.4.10", "GPL-2.0-or-later"),
    ("composer", "symfony/mailer", "6.4.3", "MIT"),
    ("composer", "guzzlehttp/guzzle", "7.8.1", "MIT"),
    ("composer", "monolog/monolog", "3.5.0", "MIT"),
    ("maven", "org.apache.tika/tika-core", "2.9.1", "Apache-2.0"),
)  # fmt: skip
# invented titles of the building photos (no real picture is meant)
PHOTOS = (
    "Außenansicht des Amtsgebäudes", "Haupteingang mit Beschilderung", "Eingangsbereich",
    "Fassade von der Straße aus", "Empfang und Wartebereich",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def _number(value: str) -> str:
    """A number field as the directory means it: stripped, less the leading ``'`` or ``‘``
    (one or two) a spreadsheet kept as its text marker."""
    return value.lstrip("'‘")


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published (stripped, less a spreadsheet's text marker)."""
    return _number(_f(row, PHONE))


def fax(row: dict[str, Any]) -> str:
    """The row's fax field as published (stripped, less a spreadsheet's text marker; "" where
    it holds no number)."""
    value = _number(_f(row, FAX))
    return value if any(c.isdigit() for c in value) else ""


def email(row: dict[str, Any]) -> str:
    """The row's e-mail address as published, stripped ("" where the extractor left it out or
    the row has none)."""
    return _f(row, EMAIL)


def name(row: dict[str, Any]) -> str:
    """The body's long name where the row has one, else its short name."""
    return _f(row, "Name_Lang") or _f(row, "Name")


def address(row: dict[str, Any]) -> str:
    """The street address and postcode (``Stubenring 1, 1010``)."""
    return ", ".join(v for v in (_f(row, "Adresse"), _f(row, "PLZ")) if v)


def homepage(row: dict[str, Any]) -> str:
    """The row's web address with a trailing slash, "" where it has none."""
    url = _f(row, "Homepage")
    return url if not url or url.endswith("/") else url + "/"


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone and fax fields and of its e-mail
    address labelled (each copy stands apart: no digit next to a number, no address character
    next to an address); the address is taken first, so a number inside one is the address's,
    then the longer number of the two, so a number inside the other is the other's."""
    numbers = sorted([("phone", phone(row)), ("fax", fax(row))], key=lambda kv: -len(kv[1]))
    values = [("email", email(row)), *numbers]
    columns = {"phone": PHONE, "fax": FAX}
    return field_copies(text, values, EDGES, columns, row["path"], nested=True)


def international(value: str) -> bool:
    """Whether a number is written with a country code (every kept row's is, ``+43``)."""
    return value.startswith(("+", "00"))


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Vienna, winter time)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=VIENNA)
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _slug(row: dict[str, Any]) -> str:
    """The short name as a package-like slug (``bh-innsbruck``)."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe",
                           "Ü": "ue"})  # fmt: skip
    slug = re.sub(r"[^a-z0-9]+", "-", _f(row, "Name").lower().translate(table)).strip("-")
    return slug or "portal"


def security_txt(row: dict[str, Any], rng: random.Random) -> str:
    """An RFC 9116 ``security.txt`` of the body's web site: comments naming the body, its kind
    and address, ``Contact: mailto:`` with its address, ``Contact: tel:`` with its number (in a
    comment, ``# Telefon:``, where the number is no valid ``tel`` URI: a slash or a dash in it),
    ``Expires`` (an invented moment within a year), ``Preferred-Languages`` and, where the row
    has a web address, ``Canonical`` and ``Policy`` on its site's origin."""
    tel, mail, url = phone(row), email(row), homepage(row)
    expires = _when(rng).astimezone(dt.UTC) + dt.timedelta(days=rng.randint(200, 360))
    kind = " / ".join(v for v in (_f(row, "Branche"), _f(row, "Typ")) if v)
    lines = [
        f"# security.txt – {name(row)}",
        f"# {kind}" if kind else "#",
        f"# Postanschrift: {address(row)}",
        "# Hinweise auf Sicherheitslücken in unseren Webangeboten nehmen wir gerne entgegen.",
        "# Bitte veröffentlichen Sie gefundene Schwachstellen erst nach Rücksprache.",
        "",
    ]
    if mail:
        lines.append(f"Contact: mailto:{mail}")
    if TEL_URI.fullmatch(tel):
        lines.append(f"Contact: tel:{tel}")
    else:
        lines.append(f"# Telefon: {tel}")
    lines.append(f"Expires: {expires:%Y-%m-%dT%H:%M:%S}.000Z")
    lines.append("Preferred-Languages: de, en")
    if url:
        site = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
        lines.append(f"Canonical: {site}.well-known/security.txt")
        lines.append(f"Policy: {site}{rng.choice(('sicherheit', 'security-policy', 'vdp'))}")
    return "\n".join(lines) + "\n"


def xmp_sidecar(row: dict[str, Any], rng: random.Random) -> str:
    """An XMP sidecar packet (``.xmp``) of a photo of the body's building, as Lightroom writes
    one: ``xmp:CreateDate`` and ``ModifyDate`` (invented), ``dc:title`` and ``dc:description``
    naming the body and its address, the body as ``dc:creator`` and in ``dc:rights``, and its
    IPTC Core ``CreatorContactInfo`` (street, postcode, country, ``CiTelWork``, ``CiEmailWork``
    where it has one, ``CiUrlWork`` where it has a web address); an invented document id."""
    tel, mail, url = phone(row), email(row), homepage(row)
    when = _when(rng)
    doc = uuid.UUID(int=rng.getrandbits(128), version=4).hex.upper()
    photo = rng.choice(PHOTOS)
    title = f"{photo} – {name(row)}"
    contact = [
        f"     <Iptc4xmpCore:CiAdrExtadr>{_x(_f(row, 'Adresse'))}</Iptc4xmpCore:CiAdrExtadr>",
        f"     <Iptc4xmpCore:CiAdrPcode>{_x(_f(row, 'PLZ'))}</Iptc4xmpCore:CiAdrPcode>",
        "     <Iptc4xmpCore:CiAdrCtry>Österreich</Iptc4xmpCore:CiAdrCtry>",
        f"     <Iptc4xmpCore:CiTelWork>{tel}</Iptc4xmpCore:CiTelWork>",
    ]
    if mail:
        contact.append(f"     <Iptc4xmpCore:CiEmailWork>{_x(mail)}</Iptc4xmpCore:CiEmailWork>")
    if url:
        contact.append(f"     <Iptc4xmpCore:CiUrlWork>{_x(url)}</Iptc4xmpCore:CiUrlWork>")
    lines = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000 1.000000, '
        '0000/00/00-00:00:00        ">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about=""',
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
        '    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
        '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"',
        '    xmp:CreatorTool="Adobe Photoshop Lightroom Classic 13.1 (Windows)"',
        f'    xmp:CreateDate="{when:%Y-%m-%dT%H:%M:%S}+01:00"',
        f'    xmp:ModifyDate="{when + dt.timedelta(minutes=rng.randint(5, 900)):%Y-%m-%dT%H:%M:%S}'
        '+01:00"',
        f"    photoshop:Credit={quoteattr(_f(row, 'Name'))}",
        '    photoshop:Country="Österreich"',
        f'    xmpMM:DocumentID="xmp.did:{doc}">',
        "   <dc:title>",
        "    <rdf:Alt>",
        f'     <rdf:li xml:lang="x-default">{_x(title)}</rdf:li>',
        "    </rdf:Alt>",
        "   </dc:title>",
        "   <dc:description>",
        "    <rdf:Alt>",
        f'     <rdf:li xml:lang="x-default">{_x(photo)}, {_x(address(row))}. Foto für die '
        "Kontaktseite, Verwendung nur mit Quellenangabe.</rdf:li>",
        "    </rdf:Alt>",
        "   </dc:description>",
        "   <dc:creator>",
        "    <rdf:Seq>",
        f"     <rdf:li>{_x(name(row))}</rdf:li>",
        "    </rdf:Seq>",
        "   </dc:creator>",
        "   <dc:rights>",
        "    <rdf:Alt>",
        f'     <rdf:li xml:lang="x-default">© {when.year} {_x(name(row))}</rdf:li>',
        "    </rdf:Alt>",
        "   </dc:rights>",
        '   <Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">',
        *contact,
        "   </Iptc4xmpCore:CreatorContactInfo>",
        "  </rdf:Description>",
        " </rdf:RDF>",
        "</x:xmpmeta>",
        '<?xpacket end="w"?>',
        "",
    ]
    return "\n".join(lines)


def cyclonedx_sbom(row: dict[str, Any], rng: random.Random) -> str:
    """A CycloneDX 1.6 JSON SBOM of the body's web portal, as syft writes one: an invented
    serial number (``urn:uuid:``) and timestamp, the portal as ``metadata.component`` (a
    version, a description naming the body), the body as ``metadata.supplier`` (its name, web
    address, postal ``address`` and a ``contact`` with ``email`` and ``phone``), and three to
    five real packages with their purls and licences."""
    tel, mail, url = phone(row), email(row), homepage(row)
    when = _when(rng).astimezone(dt.UTC)
    serial = uuid.UUID(int=rng.getrandbits(128), version=4)
    slug = _slug(row)
    contact: dict[str, str] = {"name": f"{_f(row, 'Name')} – Webservice"}
    if mail:
        contact["email"] = mail
    contact["phone"] = tel
    supplier: dict[str, Any] = {"name": name(row)}
    if url:
        supplier["url"] = [url]
    supplier["address"] = {
        "country": "AT",
        "postalCode": _f(row, "PLZ"),
        "streetAddress": _f(row, "Adresse"),
    }
    supplier["contact"] = [contact]
    components = []
    for kind, pkg, version, licence in sorted(rng.sample(PACKAGES, rng.randint(3, 5))):
        purl = f"pkg:{kind}/{pkg.replace('@', '%40')}@{version}"
        entry: dict[str, Any] = {"bom-ref": purl, "type": "library"}
        if kind != "npm":
            entry["group"], pkg = pkg.split("/", 1)
        entry |= {"name": pkg, "version": version, "licenses": [{"license": {"id": licence}}]}
        components.append({**entry, "purl": purl})
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    doc = {
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": f"urn:uuid:{serial}",
        "version": 1,
        "metadata": {
            "timestamp": f"{when:%Y-%m-%dT%H:%M:%S}Z",
            "tools": {
                "components": [
                    {"type": "application", "author": "anchore", "name": "syft",
                     "version": "1.4.1"}
                ]
            },
            "component": {
                "bom-ref": f"{slug}-portal@{version}",
                "type": "application",
                "name": f"{slug}-portal",
                "version": version,
                "description": f"Webportal der Einrichtung „{name(row)}“ ({address(row)})",
            },
            "supplier": supplier,
        },
        "components": components,
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def fritzbox_phonebook(row: dict[str, Any], rng: random.Random) -> str:
    """An AVM FRITZ!Box phone-book export of one contact (``phonebooks`` / ``phonebook``): the
    body's name as ``realName``, its number as ``number type="work"`` and its fax as
    ``type="fax_work"`` where it has one, its address as ``email classifier="work"``, an
    invented ``mod_time`` (Unix seconds) and ``uniqueid``; the phone book's name the body's kind
    and a comment line naming its address."""
    tel, fx, mail = phone(row), fax(row), email(row)
    when = _when(rng)
    numbers = [f'<number type="work" prio="1" id="0">{tel}</number>']
    if fx:
        numbers.append(f'<number type="fax_work" prio="0" id="1">{fx}</number>')
    services = (
        f'<services><email classifier="work" id="0">{_x(mail)}</email></services>'
        if mail
        else "<services />"
    )
    book = _f(row, "Branche") or "Behörden"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<phonebooks>",
        f'<phonebook owner="{rng.randint(1, 3)}" name={quoteattr(book)}>',
        f"<!-- {_x(_f(row, 'Name'))}: {_x(address(row))} -->",
        "<contact>",
        "<category>0</category>",
        f"<person><realName>{_x(name(row))}</realName></person>",
        f'<telephony nid="{len(numbers)}">{"".join(numbers)}</telephony>',
        services,
        "<setup />",
        '<features doorphone="0" />',
        f"<mod_time>{int(when.timestamp())}</mod_time>",
        f"<uniqueid>{rng.randint(1, 480)}</uniqueid>",
        "</contact>",
        "</phonebook>",
        "</phonebooks>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "security_txt": security_txt,
    "xmp_sidecar": xmp_sidecar,
    "cyclonedx_sbom": cyclonedx_sbom,
    "fritzbox_phonebook": fritzbox_phonebook,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone and fax fields
    and of its e-mail address labelled."""
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

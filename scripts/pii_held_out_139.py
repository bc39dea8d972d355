"""held_out_139 of the PII evaluation set: real phone fields of a register no earlier part used
(Latvia's hospitals in Eurostat GISCO's healthcare-services list; Latvia's earlier part took the
State Education Information System's education institutions) exactly as published, in layouts
no earlier part has, beside the list's own names, addresses, postcodes and coordinates.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, LV (education institutions), NO, HU and
many others; here:

* the values are the ``tel`` fields of 44 Latvian hospitals and hospital sites
  (``scripts/data/pii_lv_hospitals.json``, written by ``scripts/lv_hospitals_data.py``; source
  and licence in that file): Latvian eight-digit numbers after ``Tālr.`` as the file writes
  them (``Tālr.67064499``, ``Tālr. 65307603``, ``Tālr. 65133899, 65133873``,
  ``Tālr.67069600 - uzziņas``), each copy labelled (every number in it on its own);
* the text around them is the same row's real fields: the hospital and site names, the street
  and house number, the postcode (``LV-1004``), the city, coordinates and bed count, with
  invented control numbers, ISBN-13s, record numbers, call numbers, years, page counts and
  dates, unlabelled and scored; the file's ``email`` and ``url`` columns (where some rows give
  further numbers) are never written;
* in layouts no earlier part has, scholarly and library records, text in Latvian: MARC 21
  community information records in MarcEdit's mnemonic form (``.mrk``: ``=LDR``, ``=001``,
  ``=034`` coordinates, ``=110`` name, ``=270`` address with ``$k`` telephone, a ``=500`` note
  repeating it), MODS 3.7 records of a hospital's information leaflet (``name`` of type
  ``corporate``, ``originInfo``, a ``note`` of type ``contact`` and an ``abstract`` repeating
  the number, ``subject/cartographics/coordinates``), EndNote XML exports of a report about the
  hospital (``ref-type`` ``Report``, ``auth-address`` with the number, ``notes`` repeating it)
  and Zotero RDF exports of a web page about it (``bib:Document`` with ``foaf:Organization``
  publisher, ``vcard:adr``, ``vcard:phone`` and a ``dc:description`` repeating it).

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_139.py   # rewrites the committed file
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import Record, labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_lv_hospitals.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_139.jsonl.gz"
SPLIT = "held_out_139"

LAYOUTS = ("marc_mrk", "mods_xml", "endnote_xml", "zotero_rdf")
PHONE = "tel"

# the list's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)

# invented topics of the leaflets and reports (no real publication is meant)
TOPICS = (
    "Informācija pacientiem", "Pacientu uzņemšanas kārtība", "Apmeklētāju ceļvedis",
    "Gada pārskats", "Ārstniecības pakalpojumu apraksts",
)  # fmt: skip


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, PHONE)


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def labelled(row: dict[str, Any], text: str) -> Record:
    """``text`` as a record with every copy of the row's phone field labelled (each copy
    stands apart: no digit next to it)."""
    return phone_copies(text, phone(row), PHONE, row["path"])


def _when(rng: random.Random) -> dt.datetime:
    """An invented moment of 2024 (Riga, UTC+2)."""
    start = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return start + dt.timedelta(seconds=rng.randint(0, 330 * 86400))


def _isbn(rng: random.Random) -> str:
    """An invented ISBN-13 of Latvia's range (``978-9934-...``), check digit right."""
    body = "9789934" + "".join(str(rng.randint(0, 9)) for _ in range(5))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _x(value: str) -> str:
    """``value`` as XML element text."""
    return escape(value)


def _name(row: dict[str, Any]) -> str:
    """The hospital's name, with its site where the row names one."""
    site = _f(row, "site_name")
    return f"{_f(row, 'hospital_name')}, {site}" if site else _f(row, "hospital_name")


def _street(row: dict[str, Any]) -> str:
    """The street and house number (``Vienības gatve 45``)."""
    return f"{_f(row, 'street')} {_f(row, 'house_number')}".strip()


def _address(row: dict[str, Any]) -> str:
    """The address in one line (``Vienības gatve 45, Rīga, LV-1004``)."""
    return ", ".join(p for p in (_street(row), _f(row, "city"), _f(row, "postcode")) if p)


def _beds(row: dict[str, Any]) -> str:
    """The bed count in words (``280 gultas``), "" where the row gives none."""
    return f"{_f(row, 'cap_beds')} gultas" if _f(row, "cap_beds") else ""


def marc_mrk(row: dict[str, Any], rng: random.Random) -> str:
    """A MARC 21 community information record (leader type ``q``) in MarcEdit's mnemonic form
    (``.mrk``): an invented control number and timestamp, ``=008`` of the entry date, ``=034``
    with the row's coordinates, ``=110`` the hospital, ``=270`` its address with the number in
    ``$k``, ``=500`` a note repeating it, ``=520`` the site and beds, ``=856`` a made-up page."""
    tel, when = phone(row), _when(rng)
    control = f"lvh{rng.randint(10000000, 99999999)}"
    lat, lon = _f(row, "lat"), _f(row, "lon")
    about = "; ".join(p for p in (_f(row, "site_name"), _beds(row)) if p)
    lines = [
        f"=LDR  00{rng.randint(400, 999)}nq  a2200{rng.randint(100, 299)}n  4500",
        f"=001  {control}",
        "=003  LV-RiLNB",
        f"=005  {when:%Y%m%d%H%M%S}.0",
        f"=008  {when:%y%m%d}n||||||||||||||||||||||||||||||||lav|d",
        f"=034  \\\\$aa$d{lon}$e{lon}$f{lat}$g{lat}",
        "=040  \\\\$aLV-RiLNB$blav$cLV-RiLNB",
        f"=110  2\\$a{_f(row, 'hospital_name')}",
        f"=270  \\\\$a{_street(row)}$b{_f(row, 'city')}$eLV$f{_f(row, 'postcode')}"
        f"$k{tel}$zReģistratūra",
        f"=500  \\\\$aZvanīt: {tel} (darba dienās).",
    ]
    if about:
        lines.append(f"=520  \\\\$a{about}.")
    lines += [
        f"=856  40$uhttps://katalogs.example.lv/kopiena/{control}$zKopienas informācija",
        "",
    ]
    return "\n".join(lines)


def mods_xml(row: dict[str, Any], rng: random.Random) -> str:
    """A MODS 3.7 record of an invented information leaflet of the hospital: ``titleInfo``,
    the hospital as ``corporate`` author and publisher, ``originInfo`` (city, invented year and
    edition), ``physicalDescription`` (invented pages), an ``abstract`` and a ``note`` of type
    ``contact`` naming the number, ``subject/cartographics/coordinates`` and an invented ISBN
    and record identifier."""
    name, tel, when = _f(row, "hospital_name"), phone(row), _when(rng)
    lat, lon = _f(row, "lat"), _f(row, "lon")
    topic = rng.choice(TOPICS)
    abstract = f"{_name(row)}, {_address(row)}. Uzziņas: {tel}."
    if _beds(row):
        abstract += f" {_beds(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mods xmlns="http://www.loc.gov/mods/v3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.7" '
        'xsi:schemaLocation="http://www.loc.gov/mods/v3 '
        'http://www.loc.gov/standards/mods/v3/mods-3-7.xsd">',
        '  <titleInfo lang="lav">',
        f"    <title>{_x(topic)}</title>",
        f"    <subTitle>{_x(name)}</subTitle>",
        "  </titleInfo>",
        '  <name type="corporate">',
        f"    <namePart>{_x(name)}</namePart>",
        '    <role><roleTerm type="text" authority="marcrelator">author</roleTerm></role>',
        "  </name>",
        "  <typeOfResource>text</typeOfResource>",
        '  <genre authority="marcgt">pamphlet</genre>',
        "  <originInfo>",
        f'    <place><placeTerm type="text">{_x(_f(row, "city"))}</placeTerm></place>',
        f"    <publisher>{_x(name)}</publisher>",
        f'    <dateIssued encoding="w3cdtf">{when.year}</dateIssued>',
        f"    <edition>{rng.randint(1, 5)}. izdevums</edition>",
        "  </originInfo>",
        '  <language><languageTerm type="code" authority="iso639-2b">lav</languageTerm></language>',
        f"  <physicalDescription><extent>{rng.choice((4, 8, 12, 16))} lpp.</extent>"
        "</physicalDescription>",
        f'  <abstract lang="lav">{_x(abstract)}</abstract>',
        f'  <note type="contact">Reģistratūra: {tel}</note>',
    ]
    if lat and lon:
        lines += [
            "  <subject>",
            "    <cartographics>",
            f"      <coordinates>{lat}, {lon}</coordinates>",
            "    </cartographics>",
            "  </subject>",
        ]
    lines += [
        f'  <identifier type="isbn">{_isbn(rng)}</identifier>',
        "  <recordInfo>",
        f"    <recordIdentifier>lvh-{rng.randint(100000, 999999)}</recordIdentifier>",
        f'    <recordCreationDate encoding="w3cdtf">{when:%Y-%m-%d}</recordCreationDate>',
        "  </recordInfo>",
        "</mods>",
        "",
    ]
    return "\n".join(lines)


def endnote_xml(row: dict[str, Any], rng: random.Random) -> str:
    """An EndNote XML export of one reference, an invented report about the hospital:
    ``rec-number``, ``ref-type`` ``Report`` (27), the hospital as ``tertiary-author``,
    ``auth-address`` with the address and number, the title, year, pages, place, an
    ``isbn`` and ``notes`` repeating the number, ``urls`` with a made-up page."""
    name, tel, when = _f(row, "hospital_name"), phone(row), _when(rng)
    number = rng.randint(1, 900)
    notes = f"Kontakti: {_x(tel)}."
    if _beds(row):
        notes += f" Stacionārs: {_beds(row)}."
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<xml>",
        "  <records>",
        "    <record>",
        '      <database name="Slimnicas.enl" path="Slimnicas.enl">Slimnicas.enl</database>',
        '      <source-app name="EndNote" version="21.2">EndNote</source-app>',
        f"      <rec-number>{number}</rec-number>",
        '      <ref-type name="Report">27</ref-type>',
        "      <contributors>",
        "        <tertiary-authors>",
        f"          <author>{_x(name)}</author>",
        "        </tertiary-authors>",
        "      </contributors>",
        f"      <auth-address>{_x(_name(row))}, {_x(_address(row))}; {_x(tel)}</auth-address>",
        "      <titles>",
        f"        <title>{_x(rng.choice(TOPICS))}: {_x(name)}</title>",
        "      </titles>",
        f"      <pages>{rng.randint(6, 60)}</pages>",
        "      <dates>",
        f"        <year>{when.year}</year>",
        f"        <pub-dates><date>{when:%d.%m.%Y}</date></pub-dates>",
        "      </dates>",
        f"      <pub-location>{_x(_f(row, 'city'))}</pub-location>",
        f"      <publisher>{_x(name)}</publisher>",
        f"      <isbn>{_isbn(rng)}</isbn>",
        f"      <notes>{notes}</notes>",
        "      <urls>",
        "        <related-urls>",
        f"          <url>https://slimnicas.example.lv/p/{number}</url>",
        "        </related-urls>",
        "      </urls>",
        "      <language>lav</language>",
        "    </record>",
        "  </records>",
        "</xml>",
        "",
    ]
    return "\n".join(lines)


def zotero_rdf(row: dict[str, Any], rng: random.Random) -> str:
    """A Zotero RDF export of one item, a web page about the hospital: ``bib:Document`` with
    ``z:itemType`` ``webpage``, the title, the hospital as ``foaf:Organization`` publisher with
    ``vcard:adr`` (street, locality, postcode) and ``vcard:phone``, ``dc:date`` and
    ``dcterms:dateSubmitted`` (invented), a ``dc:description`` repeating the number and the
    coordinates, ``z:libraryCatalog`` and a made-up ``dc:identifier`` URL."""
    name, tel, when = _f(row, "hospital_name"), phone(row), _when(rng)
    item = f"#item_{rng.randint(100, 9999)}"
    lat, lon = _f(row, "lat"), _f(row, "lon")
    about = f"{_name(row)}. Kontakti: {tel}."
    if lat and lon:
        about += f" Koordinātas: {lat}, {lon}."
    url = f"https://slimnicas.example.lv/{rng.randint(1000, 99999)}"
    lines = [
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:z="http://www.zotero.org/namespaces/export#" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:bib="http://purl.org/net/biblio#" '
        'xmlns:foaf="http://xmlns.com/foaf/0.1/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:vcard="http://nwalsh.com/rdf/vCard#">',
        f'    <bib:Document rdf:about="{url}">',
        "        <z:itemType>webpage</z:itemType>",
        "        <dc:publisher>",
        "            <foaf:Organization>",
        "                <vcard:adr>",
        "                    <vcard:Address>",
        f"                        <vcard:street-address>{_x(_street(row))}</vcard:street-address>",
        f"                        <vcard:locality>{_x(_f(row, 'city'))}</vcard:locality>",
        f"                        <vcard:postal-code>{_x(_f(row, 'postcode'))}</vcard:postal-code>",
        "                    </vcard:Address>",
        "                </vcard:adr>",
        f"                <vcard:phone>{_x(tel)}</vcard:phone>",
        f"                <foaf:name>{_x(name)}</foaf:name>",
        "            </foaf:Organization>",
        "        </dc:publisher>",
        f'        <dcterms:isPartOf rdf:resource="{item}"/>',
        f"        <dc:title>{_x(rng.choice(TOPICS))} — {_x(name)}</dc:title>",
        f"        <dc:date>{when:%Y-%m-%d}</dc:date>",
        f"        <dcterms:dateSubmitted>{when:%Y-%m-%d %H:%M:%S}</dcterms:dateSubmitted>",
        f"        <dc:description>{_x(about)}</dc:description>",
        "        <z:language>lv</z:language>",
        "        <z:libraryCatalog>slimnicas.example.lv</z:libraryCatalog>",
        "        <dc:identifier>",
        "            <dcterms:URI>",
        f"                <rdf:value>{url}</rdf:value>",
        "            </dcterms:URI>",
        "        </dc:identifier>",
        "    </bib:Document>",
        f'    <z:Collection rdf:about="{item}">',
        "        <dc:title>Latvijas slimnīcas</dc:title>",
        "    </z:Collection>",
        "</rdf:RDF>",
        "",
    ]
    return "\n".join(lines)


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "marc_mrk": marc_mrk,
    "mods_xml": mods_xml,
    "endnote_xml": endnote_xml,
    "zotero_rdf": zotero_rdf,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the list in its layout: each copy of its phone field labelled."""
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

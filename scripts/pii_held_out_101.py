"""held_out_101 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (Guyana) exactly as published, in layouts no earlier part has, beside the
row's own directory id, region and facility type.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of GB, JP, FR, KR, DE, AR, US, AU, IN, TW, SG, IE, CA, NZ, BR,
SI, EE, NL, DK, HR, ZA, GT, ES, AT, PH, NO, PE, PL, IT, MX, CZ, ID, PT, CL, HU, KE, BE, CO, MY,
RO and many more; here:

* the values are the phone fields of Guyanese hospitals, health centres and health posts in a
  public health-centre directory (``scripts/data/pii_gy_health_centres.json``, written by
  ``scripts/gy_health_centres_data.py``; source and licence in that file): seven-digit numbers
  as each entry gave them (``777-4000``, ``225-6114``), no country code, each copy labelled;
  the directory gives no fax numbers or e-mail addresses;
* the text around them is the same row's real fields: its directory id (``health-0001``),
  region number and name, facility type and place, with invented record numbers, DOIs, box
  numbers, versions and dates, unlabelled and scored;
* in layouts no earlier part has, from the scholarly and library formats, in English (Guyana's
  official language): an RIS reference (``TY  - ELEC``) whose note and abstract give the
  facility's ``Tel.``, a CSL-JSON item (``"type": "webpage"``) whose ``note`` gives it, a
  ``CITATION.cff`` file whose author is the facility as an entity with ``tel:``, and an EAD
  2002 finding aid of the facility's records whose repository address and administrative
  history give it.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_101.py   # rewrites the committed file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_gy_health_centres.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_101.jsonl.gz"
SPLIT = "held_out_101"

LAYOUTS = ("ris_reference", "csl_json", "citation_cff", "ead_finding_aid")
PHONE = "phone"
DIRECTORY = "Ministry of Health, Guyana: Find a Center"


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "contact")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The facility's name as a file or key name: lower-case ASCII words joined by ``-``."""
    words = re.findall(r"[a-z]+", _f(row, "name").lower())
    return "-".join(words[:5]) or "facility"


def _date(rng: random.Random) -> tuple[int, int, int]:
    """An invented access or release date."""
    return rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)


def _region(row: dict[str, Any]) -> str:
    """The region as Guyana names it: ``Region 1 (Barima-Waini)``."""
    return f"Region {_f(row, 'region')} ({_f(row, 'region_name')})"


def ris_reference(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's directory entry as a reference manager's RIS export: an electronic
    source (``TY  - ELEC``) with the facility as title, the directory as secondary title and
    publisher, the place, an invented access date and year, the entry's URL, the row's id as
    ``ID``, an invented accession number, a note giving the ``Tel.`` and an abstract repeating
    it."""
    year, month, day = _date(rng)
    lines = [
        "TY  - ELEC",
        f"ID  - {_f(row, 'id')}",
        f"TI  - {_f(row, 'name')}",
        f"T2  - {DIRECTORY}",
        "PB  - Ministry of Health",
        f"CY  - {_f(row, 'location')}, {_region(row)}, Guyana",
        f"PY  - {year}",
        f"Y2  - {year}/{month:02d}/{day:02d}",
        f"UR  - {_f(row, 'source')}",
        f"AN  - MOH-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
        f"KW  - {_f(row, 'facility_type')}",
        f"KW  - {_f(row, 'region_name')}",
        f"N1  - Tel. {phone(row)}; hours: {_f(row, 'hours')}",
        f"AB  - {_f(row, 'facility_type')} at {_f(row, 'address')}, {_region(row)}. "
        f"Call {phone(row)} before visiting.",
        "LA  - en",
        "ER  - ",
        "",
    ]
    return "\n".join(lines)


def csl_json(row: dict[str, Any], rng: random.Random) -> str:
    """The facility's directory entry as a CSL-JSON item (a citation processor's input): its
    id, type ``webpage``, title, container title, publisher and place, URL, an invented
    accessed and issued date as ``date-parts``, the region and type as keywords, a ``note``
    giving the ``Tel.`` and an invented ``citation-key``."""
    year, month, day = _date(rng)
    item = {
        "id": _f(row, "id"),
        "type": "webpage",
        "title": _f(row, "name"),
        "container-title": DIRECTORY,
        "publisher": "Ministry of Health",
        "publisher-place": f"{_f(row, 'location')}, Guyana",
        "URL": _f(row, "source"),
        "accessed": {"date-parts": [[year, month, day]]},
        "issued": {"date-parts": [[year - rng.randint(0, 2)]]},
        "keyword": f"{_f(row, 'facility_type')}, Region {_f(row, 'region')}, "
        f"{_f(row, 'region_name')}",
        "note": f"Tel. {phone(row)}",
        "citation-key": f"{_slug(row).replace('-', '')[:16]}{year}",
        "language": "en-GY",
    }
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def citation_cff(row: dict[str, Any], rng: random.Random) -> str:
    """A ``CITATION.cff`` (Citation File Format 1.2.0) of the facility's clinic-attendance
    dataset: its title, the facility as the author entity with ``city``, ``region``,
    ``country: GY`` and ``tel``, an invented version, release date and Zenodo DOI, the row's id
    as an ``other`` identifier and the facility type and region as keywords."""
    year, month, day = _date(rng)
    lines = [
        "# This CITATION.cff file was generated with cffinit.",
        "cff-version: 1.2.0",
        f"title: {_yaml(_f(row, 'name') + ': clinic attendance register extract')}",
        "message: If you use this dataset, please cite it as below.",
        "type: dataset",
        "authors:",
        f"  - name: {_yaml(_f(row, 'name'))}",
        f"    city: {_yaml(_f(row, 'location'))}",
        f"    region: {_yaml(_region(row))}",
        "    country: GY",
        f"    tel: {_yaml(phone(row))}",
        "identifiers:",
        "  - type: doi",
        f"    value: 10.5281/zenodo.{rng.randint(1000000, 9999999)}",
        "  - type: other",
        f"    value: {_f(row, 'id')}",
        f"    description: {_yaml('Identifier in ' + DIRECTORY)}",
        f"url: {_yaml(_f(row, 'source'))}",
        "keywords:",
        f"  - {_yaml(_f(row, 'facility_type'))}",
        f"  - {_yaml(_f(row, 'region_name'))}",
        "license: CC-BY-4.0",
        f'version: "{rng.randint(1, 3)}.{rng.randint(0, 9)}"',
        f"date-released: {_yaml(f'{year}-{month:02d}-{day:02d}')}",
        "",
    ]
    return "\n".join(lines)


def ead_finding_aid(row: dict[str, Any], rng: random.Random) -> str:
    """An EAD 2002 finding aid of the facility's records at the National Archives: the
    header (an invented ``eadid``, the title, an invented creation date), the ``archdesc``'s
    ``did`` (the row's id as ``unitid``, the title, invented dates and extent, the facility as
    the repository with its address lines and ``Tel.``), an administrative history naming its
    type, place and region and repeating the phone, and a ``dsc`` of two series in invented
    boxes."""
    year, month, day = _date(rng)
    first = rng.randint(1966, 1995)
    eadid = f"GY-NAG-{rng.randint(100, 999)}-{_slug(row)}"
    name, place, region = (escape(_f(row, k)) for k in ("name", "location", "region_name"))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ead xmlns="urn:isbn:1-931666-22-9" xmlns:xlink="http://www.w3.org/1999/xlink">',
        '  <eadheader langencoding="iso639-2b" countryencoding="iso3166-1">',
        f'    <eadid countrycode="GY">{escape(eadid)}</eadid>',
        "    <filedesc>",
        f"      <titlestmt><titleproper>Records of {name}</titleproper></titlestmt>",
        "    </filedesc>",
        "    <profiledesc>",
        f'      <creation>Encoded <date normal="{year}-{month:02d}-{day:02d}">'
        f"{day} {_MONTHS[month - 1]} {year}</date></creation>",
        '      <langusage><language langcode="eng">English</language></langusage>',
        "    </profiledesc>",
        "  </eadheader>",
        '  <archdesc level="fonds">',
        "    <did>",
        f'      <unitid countrycode="GY">{escape(_f(row, "id"))}</unitid>',
        f"      <unittitle>Records of {name}</unittitle>",
        f'      <unitdate normal="{first}/{year}">{first}-{year}</unitdate>',
        f"      <physdesc><extent>{rng.randint(2, 40)} boxes</extent></physdesc>",
        "      <repository>",
        f"        <corpname>{name}</corpname>",
        "        <address>",
        f"          <addressline>{escape(_f(row, 'address'))}</addressline>",
        f"          <addressline>Region {escape(_f(row, 'region'))}, {region}</addressline>",
        f"          <addressline>Tel. {escape(phone(row))}</addressline>",
        "        </address>",
        "      </repository>",
        "    </did>",
        "    <bioghist>",
        f"      <p>{escape(_f(row, 'facility_type'))} serving {place} and the surrounding "
        f"villages of {region}. Enquiries about access to these records: {escape(phone(row))}."
        "</p>",
        "    </bioghist>",
        "    <dsc>",
    ]
    box = rng.randint(1, 60)
    for series, title in enumerate(("Registers of attendance", "Correspondence"), 1):
        lines += [
            f'      <c01 level="series" id="ser{series}">',
            f"        <did><unittitle>{title}</unittitle>"
            f'<container type="box">{box + series}</container>'
            f"<unitdate>{first + series}-{year}</unitdate></did>",
            "      </c01>",
        ]
    lines += ["    </dsc>", "  </archdesc>", "</ead>", ""]
    return "\n".join(lines)


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "ris_reference": ris_reference,
    "csl_json": csl_json,
    "citation_cff": citation_cff,
    "ead_finding_aid": ead_finding_aid,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()

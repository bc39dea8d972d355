"""Extract the real list that ``pii_held_out_155.py`` writes its records around into
``scripts/data/pii_za_health_facilities.json``: the phone and fax fields of a register no
earlier part used (South Africa's public health facilities, clinics, community health centres
and hospitals, as the national Department of Health's 2011/2012 inspections against the
National Core Standards reported them; South Africa's earlier parts took the Department of
Basic Education's schools masterlist and National Treasury's list of municipalities), exactly
as published.

One table of one publisher, read from a git checkout at a named commit, values unchanged:

* ``hospitals-short.csv``: Code for South Africa's table of the 3,079 facilities of the
  department's facility feedback reports (PDFs read with ``pdftotext`` and parsed by the
  repository's ``CityPress - Hospitals/hospital_data.py``, for City Press's Hospital Finder):
  each facility's uid (``ec_frere_hospital_2013_03_26``), name, classification (``CLINIC``,
  ``CHC``, ``DISTRICT HOSPITAL``...), province, district and sub-district, coordinates, ``tel``
  and ``fax`` as the reports give them, urban or rural, ownership, postal area, postal and
  street address, and the inspection's scores (overall, vital, extreme, essential and
  developmental measures, seven domains, six priority areas) and service hours. The numbers
  come in many shapes: most as nine digits that lost their trunk ``0`` when a spreadsheet
  read them as numbers (``437092111``, for ``043 709 2111``), others with blanks or hyphens
  (``031 9078111``, ``016-930-3300``, ``041 405 2100``), some with more lines after a slash
  (``0516531881/2/3``, ``011-488-3792/4911``) or two numbers after a slash or comma
  (``0466452623/0866638934``, ``013 265 9647, 013 265 9659``).

The kept rows: every row whose ``tel`` is one number of seven to ten digits or several after
``/`` or ``,`` (each of seven to ten digits, or a shorter ending of the one before it), whose
``fax`` is empty, has no digit and no ``@`` (``NA``, ``No``: kept as published), or has the
same shape, and whose other kept columns hold no run of nine digits or more (a number in a
``postal_area``, ``049 8431 022``): 2,529 of 3,079; a seeded sample of 400 of them, in the
file's order. Each row kept as a mapping of the file's columns to the published strings, less
``manager`` (a person's name), ``cel`` (most are the facility manager's own mobile) and
``email`` (most name a person).

    python scripts/za_health_facilities_data.py ZA_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_za_health_facilities.json"
CAP = 400
PATH = "hospitals-short.csv"
DROPPED = ("manager", "cel", "email")
SOURCES = {
    "ZA": {
        "repository": "OpenUpSA/hospital-finder",
        "commit": "0baaa4674759a1bda04617d9bd2891946af454a0",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "South Africa's national Department of Health, its facility feedback "
        "reports of the 2011/2012 inspections of public health establishments against the "
        "National Core Standards (one PDF per facility, dated March 2013 in the uids), read "
        "into a table by Code for South Africa (now OpenUp) for City Press's Hospital Finder; "
        "the file added in c1c803e ('Hospital PDF converter', 2 October 2014), moved to the "
        "repository's root in 2330963 (5 December 2014), unchanged at the commit read",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the department's terms for its feedback reports were not found",
        "language": "en",
        "dropped": list(DROPPED),
        "roles": {"name": "name", "phone": ["tel", "fax"], "address": ["street_address"]},
    },
}  # fmt: skip

# a number as the reports write it: digits, single blanks or hyphens between them
_NUM = r"\d(?:\d|[ \-](?=\d))*"
_FIELD = re.compile(rf"{_NUM}(?: ?[/,] ?{_NUM})*")
_LONG = re.compile(r"\d(?:[ \-]?\d){8,}")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def clean_numbers(value: str) -> bool:
    """Whether ``value`` is one number of seven to ten digits, or several after ``/`` or
    ``,`` (each of seven to ten digits, or a shorter ending of the number before it)."""
    if not _FIELD.fullmatch(value):
        return False
    pieces = [_digits(p) for p in re.findall(_NUM, value)]
    return pieces[0] >= 7 and max(pieces) <= 10


def kept(row: dict[str, str]) -> bool:
    """A row whose ``tel`` holds clean numbers, whose ``fax`` is empty, a note with no digit
    and no ``@``, or clean numbers, and whose other kept columns hold no long number."""
    fax = row["fax"]
    if not clean_numbers(row["tel"]):
        return False
    if fax and not clean_numbers(fax) and (_digits(fax) or "@" in fax):
        return False
    others = (v for k, v in row.items() if k not in (*DROPPED, "tel", "fax"))
    return not any(_LONG.search(v) for v in others)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit it was read at."""
    meta = SOURCES["ZA"]
    raw = _git(gits["ZA"], "show", f"{meta['commit']}:{PATH}")
    table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
    found = [
        {
            "country": "ZA",
            "path": f"{PATH}#{i}",
            "fields": {k: v for k, v in row.items() if k not in DROPPED},
        }
        for i, row in enumerate(table)
        if kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "ZA", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real registers that ``pii_held_out_14.py`` writes its records around into
``scripts/data/pii_school_registers.json``: phone, fax and e-mail fields exactly as public
bodies of two countries no earlier part used (Singapore, Ireland) published them.

Two registers, each read from a git checkout at a named commit, values unchanged:

* ``SG``: the Ministry of Education's General Information of Schools (data.gov.sg), under the
  Singapore Open Data Licence, version 1.0, as the repository tungd/schools-in-singapore
  committed it (``general-information-of-schools.csv``; the repository names no licence of its
  own): eight-digit numbers, the only form Singapore's plan has (no area code, no trunk
  prefix): ``64661144``, ``6570 1588``, ``+65 63157600``, ``(65) 65717200``, two numbers in a
  field (``64683956 / 64665912``), words after a number (``65653692 (Secondary)``, ``66441593
  (from 2017)``); a second telephone and two fax columns, ``na`` where empty; e-mail addresses
  in capitals (``NJC@MOE.EDU.SG``); six-digit postal codes, bus service lists, zone and
  cluster codes.
* ``IE``: the Department of Education and Skills' list of primary schools (data.gov.ie, CC BY
  4.0), its Dublin schools as the repository glencollins18888/Ireland-property-web committed
  them in a GeoJSON feature collection (``js/dublinPrimarySchools.js``; the repository names no
  licence): the phone number a JSON integer, so its trunk ``0`` is lost, as in a spreadsheet
  that stored it as a number (``14541265`` for ``01 4541265``); roll numbers (``07546J``),
  e-mail addresses, pupil counts, coordinates.

Every row with a number of six digits or more in a phone column. Each row is kept as a mapping
of its register's column names to the published strings (the JSON integer as its digits;
Singapore's long free-text columns, vision, mission, ethos and programmes, left out), with the
names of the columns that play each role.

    python scripts/school_registers_data.py SG_GIT IE_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_school_registers.json"
SG_COLUMNS = (
    "school_name", "url_address", "address", "postal_code", "telephone_no", "telephone_no_2",
    "fax_no", "fax_no_2", "email_address", "mrt_desc", "bus_desc", "principal_name",
    "dgp_code", "zone_code", "cluster_code", "type_code", "nature_code", "session_code",
    "mainlevel_code",
)  # fmt: skip
SOURCES = {
    "SG": {
        "repository": "tungd/schools-in-singapore",
        "commit": "89c02f8377edb29c98eb38ff10894ccade753399",
        "path": "general-information-of-schools.csv",
        "publisher": "Ministry of Education, Singapore, General Information of Schools, on "
        "data.gov.sg",
        "licence": "Singapore Open Data Licence, version 1.0 (data.gov.sg/open-data-licence); "
        "the repository's copy names no licence of its own",
        "language": "en",
        "roles": {"name": "school_name", "street": "address", "postcode": "postal_code",
                  "phone": ["telephone_no", "telephone_no_2"], "fax": ["fax_no", "fax_no_2"],
                  "email": "email_address", "register": "dgp_code", "kind": "mainlevel_code",
                  "head": "principal_name", "transport": ["mrt_desc", "bus_desc"]},
    },
    "IE": {
        "repository": "glencollins18888/Ireland-property-web",
        "commit": "42a0a3c15c3528eea42e1c5958e6539c45dd1e14",
        "path": "js/dublinPrimarySchools.js",
        "publisher": "Department of Education and Skills, Ireland, list of primary schools "
        "(its Dublin schools), on data.gov.ie",
        "licence": "Creative Commons Attribution 4.0 (CC BY 4.0), the licence of data.gov.ie; "
        "the repository's copy names no licence of its own",
        "language": "en",
        "roles": {"name": "officialSchoolName", "street": "fullAddress", "postcode": None,
                  "phone": ["Phone Number"], "fax": [], "email": "emailAddress",
                  "register": "Roll No.", "kind": "Ethos/Religion Desc", "head": None,
                  "count": "totalPupils", "coordinates": "coordinates"},
    },
}  # fmt: skip


def _sg_rows(text: str) -> list[dict[str, str]]:
    return [{c: row[c] for c in SG_COLUMNS} for row in _csv_rows(text)]


def _ie_rows(text: str) -> list[dict[str, str]]:
    """The features of the JavaScript file's GeoJSON, each as its properties (numbers written
    as their digits, ``null`` as empty) and its coordinates."""
    collection = json.loads(text[text.index("{") :].rstrip().rstrip(";"))
    return [
        {
            **{k: "" if v is None else str(v) for k, v in feature["properties"].items()},
            "coordinates": ",".join(map(str, feature["geometry"]["coordinates"])),
        }
        for feature in collection["features"]
    ]


READERS = {"SG": _sg_rows, "IE": _ie_rows}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the registers, with the commit each was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        rows += [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(READERS[country](text))
            if _has_phone(row, meta["roles"]["phone"])
        ]
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

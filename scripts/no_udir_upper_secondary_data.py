"""Extract the real register that ``pii_held_out_271.py`` writes its records around into
``scripts/data/pii_no_udir_upper_secondary.json``: the phone and e-mail fields of a register no
earlier part used (Norway's upper secondary schools, from the national school register of
Utdanningsdirektoratet; Norway's earlier parts took helsenorge.no's places of specialist
treatment and Oslo kommune's kindergartens), exactly as published.

One data set, read from a git checkout at a named commit, values unchanged:

* ``Befolkning_0000_Norge_3035_Videregaendeskoler_PostGIS.sql``: Geonorge's "Videregående
  skoler" data set (the Norwegian Directorate for Education and Training's national school
  register, NSR, as Kartverket's Geonorge distributes it; extract of 5 December 2022) in its
  PostGIS dump format, the table ``videregaendeskole`` of 553 schools as one ``COPY ... FROM
  stdin`` block (tab-separated, ``\\N`` for NULL): each school's own number in
  ``kontaktinformasjon_kontaktinformasjon_telefonnummer`` (Norwegian numbers of eight digits
  with no ``+47`` and no spacing, ``32246100``; the column is an integer, so none has
  another shape) and its e-mail address (``assidenvgs@viken.no``, or a named contact's
  address at the school's owner), beside the owner's (a county or municipality, or a private
  foundation) name, organisation number, number and address: the owners' numbers are eight
  digits or four (``5557`` for Vestland fylkeskommune, ``2180`` for Oslo kommune: short
  numbers no person holds, kept as published); the schools' nine-digit organisation numbers,
  seven-digit NSR ids, four-digit postcodes and municipality numbers, pupil and staff counts,
  the point's EWKB hex in ETRS89-LAEA (EPSG:3035), UUIDs and timestamps.

The rows whose school number has eight digits (471 of 553: 78 have none, and four hold a
number of another length, ``2196``, ``9321``, ``3838150``, a nine-digit ``924422459`` that is an
organisation number's shape), 400 of them drawn with a fixed seed, kept in the file's order.
Each row is kept as a mapping of the table's column names to the published strings (``\\N``
kept as it is). The data set names no person but in some e-mail addresses, which are the
contact addresses the register gives for the schools.

    python scripts/no_udir_upper_secondary_data.py NO_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_no_udir_upper_secondary.json"
CAP = 400
PATH = "Befolkning_0000_Norge_3035_Videregaendeskoler_PostGIS.sql"
TABLE = "videregaendeskoler_16616d3cb76d4e398859925fe145b418.videregaendeskole"
PHONE = "kontaktinformasjon_kontaktinformasjon_telefonnummer"
SOURCES = {
    "NO": {
        "repository": "AdrianFolge/ProgrammingInGeomatics",
        "commit": "bfbc01d65dffde8c48d6bb93662a8ddc545011f6",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Utdanningsdirektoratet (Udir, the Norwegian Directorate for Education "
        "and Training), its national school register (Nasjonalt skoleregister, NSR), as "
        "Kartverket's Geonorge distributes it as the data set 'Videregående skoler' "
        "(namespace https://data.geonorge.no/sosi/befolkning/videregaende, extract of "
        "2022-12-05); the PostGIS download committed unchanged in bfbc01d ('frem til slider "
        "med avstandsfunksjonalitet', 17 December 2022) of a geomatics course project, and "
        "unchanged up to a8a669a",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the data set's terms on Geonorge (an open Norwegian government licence is "
        "likely) were not read here",
        "language": "nb",
        "roles": {
            "name": "skolenavn",
            "phone": [PHONE, "eier_skoleeier_telefonnummer"],
            "email": [
                "kontaktinformasjon_kontaktinformasjon_epostadresse",
                "eier_skoleeier_epostadresse",
            ],
            "address": ["besoksadresse_besoksadresse_adressenavn"],
        },
    },
}  # fmt: skip


def copy_rows(dump: str, table: str) -> list[dict[str, str]]:
    """The rows of ``table``'s ``COPY ... FROM stdin`` block of a pg_dump, each a mapping of
    the block's column names to its fields as written (tab-separated, ``\\N`` kept)."""
    head = re.search(rf"^COPY {re.escape(table)} \(([^)]*)\) FROM stdin;\n", dump, re.M)
    assert head, table
    columns = head.group(1).split(", ")
    body = dump[head.end() : dump.index("\n\\.\n", head.end())]
    rows = [line.split("\t") for line in body.split("\n")]
    assert all(len(fields) == len(columns) for fields in rows)
    return [dict(zip(columns, fields, strict=True)) for fields in rows]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the table, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": row}
            for i, row in enumerate(copy_rows(raw, TABLE))
            if re.fullmatch(r"\d{8}", row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_473.py`` writes its records around into
``scripts/data/pii_ke_kibera_schools.json``: the phone and e-mail fields of a register no
earlier part used (Kenya, whose earlier part took the Ministry of Health's Master Facility
List of health facilities; this one is another publisher and another kind of institution: Open
Schools Kenya, Map Kibera Trust's survey of the schools of Kibera and Mathare, Nairobi's
informal settlements, with the development partner Development Gateway), exactly as the
project's download gives them.

One file of the project's site ``devgateway/map-kibera-schools``, read from a git checkout at a
named commit, values unchanged:

* ``content/download/nairobi-combined-schools.csv`` (the site's "Download the Data" CSV, the
  same blob as ``data/nairobi-combined-schools.csv``): 415 schools and education centres of
  Kibera (356) and Mathare (59) as mapped in OpenStreetMap by Map Kibera's mappers ("Updated
  data from OSM", 13 October 2017), joined to the Kenya Open Data schools list where one
  matched, each with its OSM tags as ``osm:`` columns: ``osm:contact:phone`` (Kenyan numbers
  as the mappers typed them, mostly ten digits with the trunk ``0``, ``0722699646``; some
  spaced, ``0711 909137``, ``0725-003164``; 30 fields holding two or three numbers joined by
  ``/`` or ``,``, ``0723268266/ 0721596086``; a few of nine or eleven digits as typed,
  ``072329833``, ``07266045117``) and ``osm:contact:email`` (the school's or its head's
  mailbox, ``olympicprimary@yahoo.com``; nine of its 250 typed wrongly, ``angelsofhopek@yahoo,com``,
  ``godsmercyacademy2gmail.com``, or a web address), beside the school's name, postal address
  (``P O Box 56979 - 00200, Nairobi``), village, settlement, level, operator type, number of
  students, termly fee and opening hours, and its OSM id (``node/478551902``).

A school is kept where its phone field holds seven digits or more, the first of the schools
whose phone fields hold the same digits (the file repeats some schools, and schools of one
operator share a number), and none of whose numbers the earlier Kenyan part's data holds; all
the kept schools (no sample: fewer than ``CAP``), in the file's order. Each is kept as the
mapping of ``KEPT`` (the columns the part writes or checks) to the published strings; the
columns naming persons (``osm:_user``, the OSM mapper; ``osm:education:school_head``) and the
photographs' addresses are left out.

    python scripts/ke_kibera_schools_data.py KE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ke_kibera_schools.json"
CAP = 400
PATH = "content/download/nairobi-combined-schools.csv"
PHONE, EMAIL = "osm:contact:phone", "osm:contact:email"
# the earlier Kenyan part's data (no number of theirs is taken again)
EARLIER = ("pii_ke_facilities.json",)
# the columns kept: the school's identity, place, contacts and a few facts the layouts write
KEPT = (
    "osm:id", "osm:name", "osm:official_name", "kenyaopendata:official_name", PHONE, EMAIL,
    "osm:contact:address", "osm:location", "osm:place:village", "osm:is_in:ward",
    "osm:education:type", "osm:operator:type", "osm:education:students",
    "osm:education:fees", "osm:education:gender_type", "osm:education:curriculum",
    "osm:opening_hours", "WKT",
)  # fmt: skip
SOURCES = {
    "KE": {
        "repository": "devgateway/map-kibera-schools",
        "commit": "7a3c0f46d4b5b93ad08836eae0e1e1d495f4d351",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Open Schools Kenya (Map Kibera Trust with Development Gateway): the "
        "schools of Kibera and Mathare, Nairobi, as mapped in OpenStreetMap by Map Kibera and "
        "served as the site's CSV download (file last changed in fd5f39c, 'Updated data from "
        "OSM', 13 October 2017)",
        "licence": "ODbL 1.0 for the data, as the site's data page (content/datapage/"
        "overview.md) states ('Open Schools Kenya Data is free to use for any purpose, "
        "licensed ODbL ... credit OpenStreetMap and Map Kibera Trust'); BSD-style licence "
        "(LICENSE, 'Copyright (c) 2014, Feedback Labs') for the site's code",
        "language": "en",
        "roles": {"name": "osm:name", "phone": [PHONE], "email": EMAIL,
                  "address": ["osm:contact:address", "osm:place:village", "osm:location"],
                  "register": "osm:id"},
    },
}  # fmt: skip


def numbers_in(value: str) -> list[str]:
    """The digits of each number a phone field holds (runs of digits, spaces and hyphens,
    split at ``/`` and ``,``)."""
    return [d for d in (digits_of(p) for p in re.split(r"[/,]", value)) if d]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept schools of the download, with the commit they were read at."""
    meta = SOURCES["KE"]
    raw = _git(gits["KE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "254"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or any(d in earlier for d in numbers_in(row[PHONE])):
            continue
        seen.add(tel)
        fields = {k: row.get(k) or "" for k in KEPT}
        found.append({"country": "KE", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "KE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

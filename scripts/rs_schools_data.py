"""Extract the real register that ``pii_held_out_55.py`` writes its records around into
``scripts/data/pii_rs_schools.json``: the phone and e-mail fields of a country whose register
no earlier part used (Serbia), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``RS``: Serbia's primary schools as the Ministry of Education, Science and Technological
  Development published them on its open-data site (opendata.mpn.gov.rs, the CSV of primary
  schools, ``Основне школе``), downloaded on 14 November 2020 and committed as
  ``data/2020-11-14/osnovne.csv`` of the repository delta003/opendata_mpn: Serbian numbers as
  each school gave them, most with the area code in brackets and no space
  (``(011)8332022``, ``(0230)422130``), some without the area code (``8300124``, ``542058``),
  one with a hyphen (``017-877090``), two with an opening bracket that is never closed
  (``(023077054``); beside the school's ministry id (``ИД установе``), its company number
  (``Матични број``, ``7001185``), tax number (``ПИБ``, ``100141791``), postcode
  (``11427``), foundation date (``1962-12-18``), web address, school administration, district
  and municipality, and its counts of classes, pupils, teachers and staff.

Every row with a number of six digits or more in its ``Телефон`` column (1,196 of the file's
1,197), a seeded sample of ``CAP`` of them in the file's order. Each row is kept as a mapping of
the file's column names to the published strings (the file names no person: the names are the
schools', most of them after their namesakes, the addresses their premises), with one
exception: the ``Адреса електронске поште`` field is kept only where it is one well-formed
address whose local part is no person's name (``NAME_PARTS``: ``name.surname``,
``n.surname``; ``PERSONAL``: the sampled rows' addresses that name a person in one word, read
here) and is left out of the row otherwise (``NULL``, several addresses run together, a
person's name).

    python scripts/rs_schools_data.py RS_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_rs_schools.json"
CAP = 600
EMAIL = "Адреса електронске поште"
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a local part that is a person's name: two words of letters joined by ``.``, ``_`` or ``-``
# (``name.surname``, ``n.surname``)
NAME_PARTS = re.compile(r"[^\W\d_]+[._-][^\W\d_]+")
# addresses of the sampled rows whose local part names a person in one word (a name, a
# surname, both run together; each of them read here)
PERSONAL = frozenset({
    "aleksastep@mts.rs", "bksikirica@gmail.com", "maira76sk@yahoo.com", "popovicaca@aol.com",
    "visari_491@hotmail.com",
})  # fmt: skip
SOURCES = {
    "RS": {
        "repository": "delta003/opendata_mpn",
        "commit": "912418541f244bc03516d95ca074de88121c2fd8",
        "path": "data/2020-11-14/osnovne.csv",
        "encoding": "utf-8",
        "publisher": "the Ministry of Education, Science and Technological Development of the "
        "Republic of Serbia (Министарство просвете, науке и технолошког развоја), its open data "
        "on educational institutions (opendata.mpn.gov.rs, the CSV of primary schools), as the "
        "repository's README names it; downloaded on 14 November 2020 and committed in 9124185 "
        "('Add API, parsers, and output generator', 14 November 2020) to the repository "
        "delta003/opendata_mpn",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the terms of opendata.mpn.gov.rs were not read (data.gov.rs, Serbia's open "
        "data portal, publishes the authorities' data sets under its own licence for open "
        "data, which was not confirmed for this file)",
        "language": "sr",
        "roles": {"name": "Назив установе", "phone": ["Телефон"], "email": EMAIL,
                  "register": "ИД установе", "company": "Матични број", "tax": "ПИБ",
                  "postcode": "Поштански број", "address": "Адреса", "place": "Насеље",
                  "municipality": "Општина", "web": "Сајт", "founded": "Датум оснивања"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address whose local part is no person's name."""
    value = value.strip()
    if not ADDRESS.fullmatch(value) or value in PERSONAL:
        return False
    return not NAME_PARTS.fullmatch(value.split("@")[0])


def _rows(text: str) -> list[dict[str, str]]:
    """The file's rows: comma-separated, every field in double quotes."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = []
        for i, row in enumerate(_rows(raw.decode(meta["encoding"]))):
            if not _has_phone(row, meta["roles"]["phone"]):
                continue
            fields = {k: v for k, v in row.items() if k != EMAIL or _office_email(v)}
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

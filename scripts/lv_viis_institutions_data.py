"""Extract the real register that ``pii_held_out_54.py`` writes its records around into
``scripts/data/pii_lv_viis_institutions.json``: the phone and e-mail fields of a country whose
register no earlier part used (Latvia), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``LV``: Latvia's education institutions as the State Education Information System (VIIS,
  Valsts izglītības informācijas sistēma) exported them from its public search page
  (viis.lv/Pages/Institutions/Search.aspx, institutions not liquidated, every subordination),
  saved by Eurostat's GISCO team as the vertical-bar separated
  ``src/python-LV-import/samples/2020-all-no-capacity.txt`` of the repository
  eurostat/basic-services (11 December 2020): Latvian eight-digit numbers as each institution
  gave them (``67432343``, ``29408456``), one to five in one field after ``, ``, a space or two
  spaces, some with the country code (``+371 63122388``, ``+37167014800``), a few of seven
  digits; beside the institution's ten-digit registration number (``3380802199``), its type,
  its counts of branches and units, its address with postcode (``..., RĪGA, LV-1024``) and an
  e-mail field.

Every row with a number of six digits or more in its ``Tālrunis`` column (all 2,713 of the
file), a seeded sample of ``CAP`` of them in the file's order. Each row is kept as a mapping of
the file's column names to the published strings, with these exceptions: the head of the
institution (``Vadītājs``) and its founders (``Faktiskais dibinātājs``, ``Deklarētais
dibinātājs``, natural persons for some private institutions) are left out, as is the empty
column after the last ``|``; the ``E-pasts`` field is kept only where it is one well-formed
address whose local part is no person's name (``NAME_PARTS``: ``name.surname``, ``n.surname``,
``name_s``; ``PERSONAL``: the sampled rows' addresses that name a person in one word, read here)
and is left out of the row otherwise (two addresses or more, a person's name). Names are the
institutions', addresses their premises.

    python scripts/lv_viis_institutions_data.py LV_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_lv_viis_institutions.json"
CAP = 600
# the columns that name persons (the head, the founders) and the empty one after the last ``|``
DROPPED = frozenset({"Vadītājs", "Faktiskais dibinātājs", "Deklarētais dibinātājs", ""})
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a local part that is a person's name: two words of letters joined by ``.``, ``_`` or ``-``
# (``name.surname``, ``n.surname``, ``name_s``)
NAME_PARTS = re.compile(r"[^\W\d_]+[._-][^\W\d_]+")
# addresses of the sampled rows whose local part names a person in one word (a name, a
# surname, both run together; each of them read here)
PERSONAL = frozenset({
    "agruzinskis@inbox.lv", "alvars@apollo.lv", "arijastrupisa@inbox.lv", "bcrigele@gmail.com",
    "daubure@prosum.lv", "ebrauners@yahoo.co.uk", "elisa1858@inbox.lv", "grate@arcusedu.lv",
    "graudins@saldus.lv", "ievazunda@inbox.lv", "inga@jal.lv", "kristinestraume@inbox.lv",
    "krists@beg.lv", "lauma72@inbox.lv", "luize@aquafitness.lv", "nadinem@inbox.lv",
    "pagrabniece@apollo.lv", "Penilopa3@inbox.lv", "rajnishmishra@ovi.com",
    "renvor@inbox.lv", "rudne@inbox.lv", "sigitadrozdova@inbox.lv", "strante@gmail.com",
    "strautmane@navigator.lv", "tatjana@oratorica-int.com", "viktors@profitline.lv",
    "vitolds@nipa.eunet.lv", "vorobjovs@fortuna.lv", "riva-nata78@mail.ru",
})  # fmt: skip
SOURCES = {
    "LV": {
        "repository": "eurostat/basic-services",
        "commit": "fd24d1365c8544ee9f206208a115e8ad59f8820b",
        "path": "src/python-LV-import/samples/2020-all-no-capacity.txt",
        "encoding": "utf-8-sig",
        "publisher": "the Latvian State Education Information System (VIIS, Valsts izglītības "
        "informācijas sistēma), its public institution search "
        "(viis.lv/Pages/Institutions/Search.aspx) exported to a vertical-bar separated file "
        "(institutions not liquidated, every subordination) as the Eurostat GISCO import's "
        "README describes, committed by Uldis Polakovs in fd24d13 ('LV data import and "
        "geocoding by azure geocoder', 11 December 2020) to the repository eurostat/"
        "basic-services; the file starts with two byte-order marks",
        "licence": "not confirmed: the repository's LICENSE file is the European Union Public "
        "Licence v. 1.2 ('EUPL © the European Union 2007, 2016') and names no other terms for "
        "its data; the terms of viis.lv's export were not found",
        "language": "lv",
        "roles": {"name": "Nosaukums", "phone": ["Tālrunis"], "email": "E-pasts",
                  "register": "Reģistrācijas numurs", "address": "Adrese", "type": "Tips"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address whose local part is no person's name."""
    value = value.strip()
    if not ADDRESS.fullmatch(value) or value in PERSONAL:
        return False
    return not NAME_PARTS.fullmatch(value.split("@")[0])


def _rows(text: str) -> list[dict[str, str]]:
    """The export's rows: ``|``-separated, fields in double quotes (the second byte-order mark
    of the file's head is dropped with the first)."""
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter="|"))


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
            fields = {
                k: v
                for k, v in row.items()
                if k not in DROPPED and (k != "E-pasts" or _office_email(v))
            }
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

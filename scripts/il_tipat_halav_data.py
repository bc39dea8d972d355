"""Extract the real register that ``pii_held_out_44.py`` writes its records around into
``scripts/data/pii_il_tipat_halav.json``: the phone fields of a country whose register no
earlier part used (Israel), exactly as its public bodies published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``IL``: Israel's Tipat Halav (mother-and-child health) stations, the places of the 2013
  polio vaccination campaign, as the scraper segalle/milkscrapper took them from the Ministry
  of Health's list and the map site tipa.li (repository niryariv/yuvalim, a Public Knowledge
  Workshop project) wrote them to ``data/milk.csv`` with its ``make_csv.py``: Israeli numbers
  as each station gave them, mostly ``02-5871923``, some ``077-7911155`` or ``050-6622403``,
  two in one field after ``,`` (``04-6786829,04-6780616``), an extension after some
  (``08-9707512/266``), beside the station's name, city, district and subdistrict (in Hebrew),
  address, coordinates, its hours on each day of the week and its operator (the Ministry, a
  health fund or a municipality). The register has no e-mail column and no station id.

Every row with a number of six digits or more in its ``phone`` column (872 of the file's 918),
a seeded sample of ``CAP``, in the file's order. Each row is kept as a mapping of the file's
column names to the published strings; 917 of the rows carry one unnamed value more than the
header names (``false`` in each), kept under the key ``_18``. The register names no person (its
names are the stations', its addresses their premises, its operators public bodies and health
funds), so no column is left out.

    python scripts/il_tipat_halav_data.py IL_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_il_tipat_halav.json"
CAP = 440
EXTRA = "_18"
SOURCES = {
    "IL": {
        "repository": "niryariv/yuvalim",
        "commit": "06f01e9c2622a02f9db931b3c7ce5454925f1ad1",
        "path": "data/milk.csv",
        "encoding": "utf-8",
        "publisher": "Israel's Ministry of Health's list of Tipat Halav (mother-and-child "
        "health) stations, the places of the 2013 polio vaccination campaign, as the scraper "
        "segalle/milkscrapper took it (the repository's readme and data/get_milk_json.sh) and "
        "the repository's make_csv.py wrote it to CSV; committed as 'updated data file from "
        "erez and the csv from it - feeding the fusion table' (c642ecc, 31 August 2013), the "
        "blob unchanged at this commit (10 September 2013), the last before the file was "
        "removed; stations run by the Ministry, the health funds (Clalit, Maccabi, Meuhedet, "
        "Leumit) and the municipalities of Jerusalem and Tel Aviv-Yafo; the Ministry's page "
        "the scraper read is not named in this repository",
        "licence": "not confirmed: the repository's LICENSE (added in this commit) is a "
        "BSD-style licence, 'Copyright (c) 2013, Hasadna - Public Knowledge Workshop, Nir "
        "Yariv and others', and names no other terms for its data; the Ministry of Health's "
        "terms for the list were not found",
        "language": "he",
        "roles": {"name": "name", "phone": ["phone"], "email": None,
                  "register": None, "postcode": None, "city": "city"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        reader = csv.reader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        header = next(reader)
        found = []
        for i, values in enumerate(reader):
            fields = dict(zip(header, values, strict=False))
            if len(values) > len(header):
                fields[EXTRA] = ",".join(values[len(header) :])
            if _has_phone(fields, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

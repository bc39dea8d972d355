"""Extract the real register that ``pii_held_out_453.py`` writes its records around into
``scripts/data/pii_au_covid_clinics.json``: the phone fields of a list no earlier part used
(Australia, whose earlier parts took Western Australia's schools list, the NSW Department of
Education's public schools, the Australian Library Map's public libraries, the Victorian
Department of Education's school locations, a pharmacy finder, Queensland's TMR customer
service centres and Queensland's Justice of the Peace signing sites; this one is the
covid-19-au project's map of COVID-19 clinics and hospitals, another publisher and another
kind of place: fever clinics, respiratory assessment clinics, drive-through testing sites and
hospitals of 2020), exactly as the project's map data gives them.

One file of the covid-19-au project's site (covid-19-au/covid-19-au.github.io), read from a
git checkout at a named commit, values unchanged:

* ``src/data/mapdataHos.json``: 147 places, each with its ``state`` (``ACT``,
  ``Queensland``), street ``address``, ``hospitalPhone`` (``(02) 5124 9977``,
  ``1300 744 284``), ``name``, ``coor`` (latitude and longitude as strings) and
  ``hospitalType`` (``COVID19 Clinics``, ``Fever Clinics``, ``Drive-through Testing``, or
  empty).

A place is kept where its ``hospitalPhone`` holds a number of seven digits or more whose
digits no earlier Australian part's data holds and no place kept before it has (the first of
places that share a switchboard). Each is kept as the mapping of the file's fields to the
published strings (``coor`` joined as ``lat,lon``); no person is named.

    python scripts/au_covid_clinics_data.py AU_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_covid_clinics.json"
CAP = 300
PATH = "src/data/mapdataHos.json"
PHONE = "hospitalPhone"
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json", "pii_au_pharmacy_finder.json",
    "pii_au_qld_tmr_centres.json", "pii_au_qld_jp_sites.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "covid-19-au/covid-19-au.github.io",
        "commit": "d88a7a1607e9d6a4c2dc51c978a1372c918d409b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the covid-19-au project (covid-19-au.com), its map data of COVID-19 "
        "clinics, testing sites and hospitals across the states (file last changed in "
        "6bb3d3b, 1 May 2020)",
        "licence": "not confirmed (the repository has no licence file and the data's terms "
        "are not stated)",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address", "state"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept places of the map data, with the commit they were read at."""
    meta = SOURCES["AU"]
    raw = _git(gits["AU"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "61"), set()
    found = []
    for i, row in enumerate(json.loads(raw)):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = {k: (",".join(v) if isinstance(v, list) else v) for k, v in row.items()}
        found.append({"country": "AU", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real list that ``pii_held_out_333.py`` writes its records around into
``scripts/data/pii_fr_maiia_centres.json``: the phone fields of a list no earlier part used
(the COVID-19 vaccination centres and pharmacies that booked through Maiia, as the volunteer
project ViteMaDose scraped and published them; France's earlier parts took other registers),
exactly as the list gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data/output/maiia_centers.json`` of CovidTrackerFr/vitemadose: the centres ViteMaDose's
  scraper read from Maiia (Cegedim's booking platform) and wrote for its open data, 50
  vaccination centres (``"type": "vaccination-center"``: municipal and hospital centres,
  centres of the sapeurs-pompiers) and 157 pharmacies (``"drugstore"``), each with its
  ``phone_number`` as the scraper normalised it to E.164 (``+33470461110``: ``+33`` and the
  nine digits after the trunk ``0``, no separator; 33 empty, one ``+0000000``), beside the
  name, Maiia page, kind, vaccines, postcode and INSEE code, address, coordinates and opening
  hours by French day name (``"Lundi": "09:00-12:30 14:00-19:30"``).

Rows kept: those whose ``phone_number`` holds a number of six digits or more, not all zeros,
and whose name is not an individual practitioner's practice (four ``Cabinet ...`` rows, named
after a nurse or doctor, are left out: the part takes institutions' and businesses' numbers,
not a person's); of those, a seeded sample of ``CAP``, in the file's order. Each row is kept as
the mapping of the file's keys to its values as published (strings, numbers, the list of
vaccines and the mapping of opening hours).

    python scripts/fr_maiia_centres_data.py FR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_fr_maiia_centres.json"
CAP = 150
PATH = "data/output/maiia_centers.json"
SOURCES = {
    "FR": {
        "repository": "CovidTrackerFr/vitemadose",
        "commit": "d3ddf8c65723213bf60c340291c4b136803771e2",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "ViteMaDose (CovidTracker's volunteers), the list of COVID-19 "
        "vaccination centres and pharmacies booking through Maiia (Cegedim) that its scraper "
        "read from Maiia's public pages and published as open data; the file as last written "
        "in 8b24d7d (28 November 2021)",
        "licence": "not confirmed for the data: the repository's LICENSE is the GNU GPL v3 "
        "(its code); no separate terms for the scraped list were found",
        "language": "fr",
        "roles": {"name": "nom", "phone": ["phone_number"], "address": ["address"],
                  "postcode": "com_cp", "register": "gid", "kind": "type",
                  "coordinates": ["lat_coor1", "long_coor1"]},
    },
}  # fmt: skip


def _kept(entry: dict[str, Any]) -> bool:
    """A number in ``phone_number`` (six digits or more, not all zeros), and not the practice
    of one named practitioner."""
    digits = {c for c in entry["phone_number"] if c.isdigit()}
    return (
        _has_phone(entry, ["phone_number"])
        and digits != {"0"}
        and not entry["nom"].strip().startswith("Cabinet")
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        entries = json.loads(raw.decode(meta["encoding"]))
        found = [
            {"country": country, "path": f"{PATH}#{i}", "fields": entry}
            for i, entry in enumerate(entries)
            if _kept(entry)
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

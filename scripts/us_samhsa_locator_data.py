"""Extract the real lists that ``pii_held_out_279.py`` writes its records around into
``scripts/data/pii_us_samhsa_locator.json``: the phone fields of a register no earlier part used
(SAMHSA's Behavioral Health Treatment Services Locator, its substance use and mental health
treatment facilities of California and Nevada; the United States' earlier parts took other
registers), exactly as the locator gives them.

Two lists of one publisher, read from a git checkout at a named commit, values unchanged:

* ``js/Substance_abuse_facilities.js``: 1,027 substance use treatment facilities (990 in
  California, 32 in Nevada, 5 in Oregon), each with its ``Phone`` (``408-885-5400``: the area
  code, the exchange and the line joined by hyphens, no ``+1``; 102 with an extension after
  `` x``, ``323-769-7100 x1234``), beside its name (the locator's ``name1: name2``), state,
  city, street, ZIP code, latitude and longitude;
* ``js/mentalhealth.js``: 827 mental health treatment facilities in the same columns (the ZIP
  code's key ``ZipCode``), 64 with an extension.

Both are JavaScript files declaring one array of objects (``var Substance_abuse_facilities_arr=``,
``var mentalhealth=``) whose body is JSON, as the repository abdul8395/us_choro_map (a Leaflet
map of opioid mortality with the facilities as markers) keeps them; numbers (ZIP codes,
coordinates) are read as the text the file writes. A seeded 240 of each list's rows with a
number of six digits or more in ``Phone``, the rows whose name is a physician's practice
(``... MD``) left out, each in the file's order, the substance use list first; each row kept
as a mapping of all of its keys to the published strings (``Name`` is the facility's name).

    python scripts/us_samhsa_locator_data.py US_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_samhsa_locator.json"
CAP = 240
LISTS = (
    ("js/Substance_abuse_facilities.js", "var Substance_abuse_facilities_arr=", "substance"),
    ("js/mentalhealth.js", "var mentalhealth=", "mental"),
)
SOURCES = {
    "US": {
        "repository": "abdul8395/us_choro_map",
        "commit": "74af7d71870e48fb173776f2117628ec1376113a",
        "paths": [path for path, _, _ in LISTS],
        "encoding": "utf-8",
        "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA, US "
        "Department of Health and Human Services), the Behavioral Health Treatment Services "
        "Locator (findtreatment.samhsa.gov), its substance use and mental health treatment "
        "facilities near San Jose, Los Angeles, San Diego and Las Vegas, in the locator's "
        "download columns (name1: name2, street, city, state, zip, phone, latitude, longitude); "
        "copied into the repository in 59b044e ('Choropleth US Albers projection all_work', "
        "29 November 2021), unchanged at 74af7d7; the repository does not name the locator: "
        "the attribution is by the lists' columns and content",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "locator's data is a work of a United States government agency (SAMHSA), but "
        "SAMHSA's terms for it were not read here",
        "language": "en",
        "roles": {"name": "Name", "phone": ["Phone"], "address": ["Street", "City"]},
    },
}  # fmt: skip
PRACTICE = re.compile(r"\bMD\b")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the two lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path, prefix, kind in LISTS:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
            assert raw.startswith(prefix), raw[:40]
            table = json.loads(raw[len(prefix) :], parse_float=str, parse_int=str)
            found = [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"]) and not PRACTICE.search(row["Name"])
            ]
            rows += seeded_sample(found, f"{country}:{kind}", CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

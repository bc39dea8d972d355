"""Extract the real list that ``pii_held_out_308.py`` writes its records around into
``scripts/data/pii_us_congress_district_offices.json``: the phone and fax fields of a register
no earlier part used (the United States, whose earlier parts took CMS's hospitals, New York
City's high schools, Puerto Rico's voter centres, the Texas Education Agency's AskTED schools,
HIFLD's colleges, Cambridge's facilities, New York State's health facilities, the federal FOIA
offices, IMLS's museums, HUD's public housing agencies, the NPS's parks, Chicago's health
centers, SAMHSA's treatment locator, the AFDC's fuel stations, Open Brewery DB's breweries and
Starbucks' stores; this is another publisher and another kind of institution: the
@unitedstates project's list of the district and state offices of the members of the United
States Congress), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``legislators-district-offices.yaml``: for each current member (by bioguide id), the offices
  the member keeps in the home state or district (outside Washington), each with an ``id``
  (``A000055-cullman``), street ``address``, ``suite``, ``building``, ``city``, ``state``,
  ``zip``, ``latitude`` and ``longitude``, ``hours`` where given, its ``phone`` and, in some,
  a ``fax`` (North American numbers with no ``+1``, the area code, exchange and line joined by
  hyphens: ``256-734-6043``; a fax is often the member's Washington office's, ``202-225-5587``);
* ``legislators-current.yaml``, read only for the chamber (``rep``/``sen``), state and district
  of each member's current term, so an office can be named by the seat it serves; the members'
  names, parties, web pages and Washington offices are not kept (the offices are public offices:
  the list names no person in them).

Every office with a number of six digits or more in ``phone``, in the file's order (members by
bioguide id, their offices as listed), of which a sample seeded by the country is kept; each
office as a mapping of its keys to the published strings (the YAML read with every scalar a
string, so ``zip`` keeps its leading zero and the coordinates their digits), beside
``bioguide`` and the seat's ``type``, ``seat_state`` and ``district``.

    python scripts/us_congress_district_offices_data.py US_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_us_congress_district_offices.json"
CAP = 480
PATH = "legislators-district-offices.yaml"
MEMBERS = "legislators-current.yaml"
SOURCES = {
    "US": {
        "repository": "unitedstates/congress-legislators",
        "commit": "dfa9622263dd4c8d08636926e498f1845704d7eb",
        "paths": [PATH, MEMBERS],
        "encoding": "utf-8",
        "publisher": "the @unitedstates project (github.com/unitedstates, a public-domain "
        "collection of data about the United States Congress kept by volunteers and "
        "journalists, GovTrack.us among them), its list of the district and state offices of "
        "the current members of the House of Representatives and the Senate, gathered from "
        "the members' official web pages; read at the repository's head (merge of #1051, "
        "'historical-term-corrections', 15 June 2026)",
        "licence": "CC0 1.0 Universal (public domain dedication), as the repository's LICENSE "
        "file and README give it for the whole project, its data included",
        "language": "en",
        "roles": {"name": "id", "phone": ["phone", "fax"], "address": ["address", "city"]},
    },
}  # fmt: skip


def _load(git_dir: Path, commit: str, path: str) -> Any:
    """A YAML file of the repository at ``commit``, every scalar read as a string."""
    raw = _git(git_dir, "show", f"{commit}:{path}").decode("utf-8")
    return yaml.load(raw, Loader=yaml.BaseLoader)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        seats = {
            m["id"]["bioguide"]: m["terms"][-1] for m in _load(git_dir, meta["commit"], MEMBERS)
        }
        found, i = [], 0
        for member in _load(git_dir, meta["commit"], PATH):
            bioguide = member["id"]["bioguide"]
            term = seats[bioguide]
            for office in member["offices"]:
                fields = {
                    **office,
                    "bioguide": bioguide,
                    "type": term["type"],
                    "seat_state": term["state"],
                    "district": term.get("district", ""),
                }
                if _has_phone(fields, ["phone"]):
                    found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
                i += 1
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

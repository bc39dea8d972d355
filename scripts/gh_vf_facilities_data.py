"""Extract the real register that ``pii_held_out_59.py`` writes its records around into
``scripts/data/pii_gh_vf_facilities.json``: the phone fields of a country whose register no
earlier part used (Ghana), exactly as the dataset published them.

One dataset, read from a git checkout at a named commit, values unchanged:

* ``GH``: Ghanaian health facilities and health NGOs in the Virtue Foundation's Ghana dataset
  (``Virtue Foundation Ghana v0.3 - Sheet1.csv``, 987 rows, as the repository theov06/MedLinker
  committed it): each row one source page of a facility (its web site, its Facebook page, a
  business directory, ghanahospitals.org), the ``phone_numbers`` column a JSON array of the
  numbers found there, most in the international format without separators
  (``+233249354576``), some grouped (``+233 26 150 4690``, ``+233 24-333-981``), some national
  (``0302 228688``, ``0303-200048``, ``024-492-691-4``), one with a letter ``O`` for its trunk
  ``0`` (``O244541118``), one with the trunk after the calling code (``+233 (0) 207 977 941``),
  one a JSON array written into the array's string; beside the row's UUIDs
  (``unique_id``, ``content_table_id``), its running key (``pk_unique_id``), a MongoDB object
  id where it has one and the address, city and region.

Every row with a number of six digits or more in its ``phone_numbers`` field (677), a seeded
sample of ``CAP``, in the file's order. Each row is kept as a mapping of the CSV's column names to
the published strings (``null`` as written), without the columns of free text that describe the
facility (``procedure``, ``equipment``, ``capability``, ``description``,
``organizationDescription``, ``missionStatement``: some of them name its doctors and managers),
and with the ``email`` field only where it is one address whose local part is a role word
(``info@``, ``enquiries@``: ``ROLE``) on a domain of its own (many addresses of the dataset are
personal ones on free mail services).

    python scripts/gh_vf_facilities_data.py GH_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gh_vf_facilities.json"
CAP = 600
# the columns of free text about the facility, which name some of its doctors and managers
DROPPED = frozenset({
    "procedure", "equipment", "capability", "description", "organizationDescription",
    "missionStatement",
})  # fmt: skip
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# local parts that name an office's role, no person
ROLE = frozenset({"info", "enquiries", "contact", "hello", "frontdesk", "support", "hospital",
                  "clinic", "lab", "wellness"})  # fmt: skip
# free mail services: an address there is no institution's own
FREE_MAIL = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com",
                       "rocketmail.com", "yahoo.co.uk", "gamil.com", "web.de"})  # fmt: skip
SOURCES = {
    "GH": {
        "repository": "theov06/MedLinker",
        "commit": "d3fb19ee27c81cd2061f570647d346f0916f1230",
        "path": "Virtue Foundation Ghana v0.3 - Sheet1.csv",
        "encoding": "utf-8",
        "publisher": "the Virtue Foundation's Ghana dataset of health facilities and NGOs "
        "(v0.3, 'Sheet1'), compiled from web pages (facility web sites, Facebook pages, "
        "GhanaYello, GhanaBusinessWeb, ghanahospitals.org) by scraping and extraction with a "
        "language model, as the repository committed it in d3fb19e ('Complete MedLinker AI "
        "backend implementation', 7 February 2026) for a hackathon; no official register",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence (Copyright (c) "
        "2026 Theo Vo) for its code; no terms of the Virtue Foundation for the dataset were "
        "found",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone_numbers"], "email": "email",
                  "register": "unique_id", "city": "address_city",
                  "region": "address_stateOrRegion"},
    },
}  # fmt: skip


def _office_email(value: str) -> bool:
    """One well-formed address whose local part is a role word, on a domain of its own."""
    value = value.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local, domain = value.split("@")
    return local.lower() in ROLE and domain.lower() not in FREE_MAIL


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the dataset, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = []
        text = raw.decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(text, newline=""))):
            if not _has_phone(row, meta["roles"]["phone"]):
                continue
            fields = {
                k: v
                for k, v in row.items()
                if k not in DROPPED and (k != "email" or _office_email(v))
            }
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

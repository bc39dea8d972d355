"""Extract the real list that ``pii_held_out_301.py`` writes its records around into
``scripts/data/pii_gb_electoral_services.json``: the phone and e-mail fields of a register no
earlier part used (the contact details of the electoral services offices of Great Britain's
councils and Scotland's valuation joint boards as Democracy Club's polling station finder,
WhereDoIVote, holds them; the United Kingdom's earlier parts took NHS England's pharmacies and GP
practices, HM Courts & Tribunals Service's courts, the Care Quality Commission's care homes, Sport
England's Active Places, the Charity Commission's register, the RQIA's care services and the
Scottish Government's schools), exactly as the list gives them.

Three files of one repository, read from a git checkout at a named commit, values unchanged:

* ``polling_stations/apps/councils/data/england-wales.csv``: the electoral services team of each
  council of England and Wales (339 rows; ``gss`` the council's GSS code, ``E06000001``), its
  ``phone`` as the council gave it (``01429 523017``, ``0116 4542000``, ``023 9283 4074``, a
  second line or a shared ending after ``/`` or ``or``, ``01253 477490 / 477161``,
  ``01279 446042/3``, ``0161 770 4718 or 4712``, a note after it, ``01442 228000 and ask for
  Electoral Services``), its ``email`` (``elections@hartlepool.gov.uk``; one field holds a web
  address, not a mailbox), ``website``, ``postcode`` and ``address`` (lines parted by newlines,
  ``Electoral Registration Officer`` and the office's building and street);
* ``polling_stations/apps/councils/data/scotland-councils.csv``: the elections office of each of
  Scotland's 32 councils (phone, e-mail and web site; no address or postcode);
* ``polling_stations/apps/councils/data/scotland-vjbs.csv``: the electoral registration officer
  of each Scottish council's area, at its valuation joint board (32 rows, ``Central Scotland
  Valuation Joint Board``; boards serve several councils, so numbers repeat).

The repository's ``ni.csv`` is left out: its 11 rows are one office, the Electoral Office for
Northern Ireland's headquarters, with no council's name. Every row with a number of six digits or
more in ``phone``, in the files' order (403; no sampling); each row kept as a mapping of all of
its file's columns to the published strings, but the ``email`` column left out where the address
is a member of staff's own (``first.last@``: one row), so only the offices' role addresses stay
(the list names no other person).

    python scripts/gb_electoral_services_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_electoral_services.json"
CAP = 600
PATHS = (
    "polling_stations/apps/councils/data/england-wales.csv",
    "polling_stations/apps/councils/data/scotland-councils.csv",
    "polling_stations/apps/councils/data/scotland-vjbs.csv",
)
# the members of staff's own addresses in the list (``first.last@``)
PERSONAL = frozenset({"julie.williams@north-herts.gov.uk"})
SOURCES = {
    "GB": {
        "repository": "DemocracyClub/UK-Polling-Stations",
        "commit": "574797c117fa583832900ed88940f145bf1f00bc",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Democracy Club CIC, the contact details of the electoral services teams "
        "of Great Britain's councils and of Scotland's electoral registration officers "
        "(valuation joint boards) that its polling station finder WhereDoIVote serves (compiled "
        "with the Electoral Commission, whose postcode look-up API it ran); the files' last "
        "version, 'Updates for Buckinghamshire' (20 April 2020), before 4eb986c ('Remove old "
        "council contact details CSVs', 10 August 2020) took them out of the repository",
        "licence": "not confirmed: the repository's LICENSE.rst at this commit is a BSD "
        "3-clause licence (Copyright (c) 2015, Sym Roe) for its code (MIT, Democracy Club, at "
        "the head); no separate terms for the contact files were read",
        "language": "en",
        "roles": {"name": "name", "phone": ["phone"], "email": "email",
                  "address": ["address"], "postcode": "postcode", "register": "gss"},
    },
}  # fmt: skip


def keep(row: dict[str, str]) -> dict[str, str]:
    """All of a row's columns as published, the ``email`` left out if it is a person's."""
    return {k: v for k, v in row.items() if not (k == "email" and v in PERSONAL)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the three files, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": keep(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

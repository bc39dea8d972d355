"""Extract the real register that ``pii_held_out_406.py`` writes its records around into
``scripts/data/pii_au_qld_tmr_centres.json``: the phone and fax fields of a register no earlier
part used (Australia, whose earlier parts took Western Australia's schools list, the NSW
Department of Education's public schools, the Australian Library Map's public libraries,
Victoria's school locations and a sign-up list of community pharmacies; this one is the
Queensland Department of Transport and Main Roads' list of its transport and motoring customer
service centres, the counters where Queenslanders register vehicles and get driver licences:
TMR's own centres and the police stations, QGAP offices and courthouses that serve as its
agents, another kind of institution from another publisher, a state's open-data register),
exactly as the register gives them.

One CSV file read from a git checkout at a named commit, values unchanged:
``service-location-source-data/transport-and-motoring-customer-service-centres.csv`` of
Stephen-Gates/service-locations (downloaded from data.qld.gov.au's dataset "Transport and
motoring customer service centres" on 26 January 2018), 289 rows, each with its ``Phone``
(``(07) 4656 4833``: the area code in brackets, the eight-digit line in two groups of four,
now and then in one, ``(07) 49746000``; some ``1300`` and ``1800`` numbers, ``1300 696
272``; some with a second, six-digit number and its use after it, ``(07) 4902 1555 or 13 23 90
(for practical driving test bookings)``, one with two lines, ``(07) 4069 9119, 4090 6000``),
its ``Fax`` (the same shape, ``Nil`` or empty where there is none) and an ``Email`` column
the file leaves empty throughout, beside the centre's name, address, postcode, postal address,
coordinates, opening hours (``Mon am`` ... ``Sun pm``), services (a
Markdown list), wheelchair access, type (``Queensland Police Station``, ``QGAP (Other
Agency)``, ``Customer Centre``...), date of last update and page link.

A row is kept where it has a name, where its ``Phone`` holds a number of seven digits or more
(``numbers`` of ``pii_held_out_11``; ``13 74 68`` and ``13 23 90`` are six-digit service
numbers) on one line (one field breaks its two numbers over two lines, which the layouts would
have to rewrite; it is left out), and where no number of seven digits or more in it is one
that an earlier Australian part's data holds or that a row kept before it has (the first of
centres that share a number); every kept row, in the file's order (fewer than ``CAP``). Each
is kept as the mapping of the file's named columns to the published strings (the first column
has no name and no value in any row; it is left out). The register names no person: a centre
is a building, its name a town's (``Adavale Police Station``).

    python scripts/au_qld_tmr_centres_data.py AU_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_au_qld_tmr_centres.json"
CAP = 360
PATH = "service-location-source-data/transport-and-motoring-customer-service-centres.csv"
PHONE, FAX, NAME = "Phone", "Fax", "Title"
# the earlier Australian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_register_contacts.json", "pii_au_nsw_schools.json", "pii_au_public_libraries.json",
    "pii_au_vic_school_locations.json", "pii_au_pharmacy_finder.json",
)  # fmt: skip
SOURCES = {
    "AU": {
        "repository": "Stephen-Gates/service-locations",
        "commit": "27aa44fbf7f86d62801e07b52e829b5f8acaee4a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Queensland Department of Transport and Main Roads (TMR), its dataset "
        "'Transport and motoring customer service centres' on data.qld.gov.au (TMR's customer "
        "service centres and the police stations, QGAP offices and courthouses that act as its "
        "agents), as Stephen Gates' service-locations repository downloaded it on 26 January "
        "2018 for its study of Queensland's service-location data (source-data README)",
        "licence": "not confirmed: the repository states no licence (no LICENSE file) and the "
        "copy does not carry the dataset's terms (data.qld.gov.au publishes most datasets under "
        "CC BY 4.0, not checked for this one)",
        "language": "en",
        "roles": {"name": NAME, "phone": [PHONE], "fax": [FAX], "email": "Email",
                  "address": ["Address 1", "Address 2", "Suburb", "Postcode"]},
    },
}  # fmt: skip


def long_numbers(field: str) -> list[str]:
    """The digits of each number of seven digits or more in a phone field."""
    found = (digits_of(field[s:e]) for s, e in numbers(field))
    return [d for d in found if len(d) >= 7]


def kept_rows(
    git: Path, meta: dict[str, Any], path: str, earlier_files: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The rows of a service-locations CSV (``path`` at ``meta``'s commit) with a title and a
    phone field of one line whose numbers of seven digits or more neither ``earlier_files``
    nor a row kept before it holds; the Justice of the Peace sites' extract
    (``au_qld_jp_sites_data``) keeps its rows by the same rules."""
    raw = _git(git, "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, earlier_files, "61"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tels = long_numbers(row[PHONE])
        if not row[NAME].strip() or not tels or "\n" in row[PHONE]:
            continue
        if any(t in seen or t in earlier for t in tels):
            continue
        seen.update(tels)
        fields = {k: v for k, v in row.items() if k}
        found.append({"country": "AU", "path": f"{path}#{i}", "fields": fields})
    return found


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the register, with the commit it was read at."""
    found = kept_rows(gits["AU"], SOURCES["AU"], PATH, EARLIER)
    return {"sources": SOURCES, "rows": seeded_sample(found, "AU", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real list that ``pii_held_out_317.py`` writes its records around into
``scripts/data/pii_gb_nhs_hospitals.json``: the phone, fax and e-mail fields of a register no
earlier part used (the NHS website's list of hospitals in England; the United Kingdom's earlier
parts took other registers and publishers), exactly as the list gives them.

One list of one publisher, read from a git checkout at a named commit, values unchanged:

* ``MedHeadBackEnd/src/main/resources/hospital-england.csv``: the NHS website's
  ``Hospital.csv`` (nhs.uk's "other services" data sets: hospitals of the NHS and of the
  independent sector, with their ODS code, sector, parent organisation, address, postcode and
  coordinates), its columns separated by ``¬`` and its lines by CRLF, Windows-1252 text, as the
  NHS website publishes it; each hospital's ``Phone`` (British numbers as each hospital gave
  them: ``01932 414205``, ``0113 388 2000``, ``01763 255 700``, ``03000132000 (ext. 2)``,
  ``(01943) 465522``, ``+44 (0)20 7405 9200``; two with a trailing blank), ``Fax`` (267 of the
  921 rows with a phone, 178 of the 600 kept) and ``Email`` (358 of them, 225 of the kept)
  beside its name, address and web page.

The file was copied into the repository June-Ruth/OC-Architecte-Projet11 (a student's
proof of concept of an emergency-bed finder for England) as ``Hospital.csv`` and renamed in
8ebd332, unchanged. Every row with a number of six digits or more in ``Phone`` (921 of the
1,165), a seeded sample of 600 of them in the file's order; each row kept as a mapping of all
of its file's columns to the published strings (the list names no person:
``OrganisationName`` is the hospital's and ``ParentName`` its trust's or company's name).

    python scripts/gb_nhs_hospitals_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_gb_nhs_hospitals.json"
CAP = 600
PATH = "MedHeadBackEnd/src/main/resources/hospital-england.csv"
SOURCES = {
    "GB": {
        "repository": "June-Ruth/OC-Architecte-Projet11",
        "commit": "a87f3fd3ebef2b593dd79294b16cd9fb5572ac66",
        "paths": [PATH],
        "encoding": "cp1252",
        "delimiter": "\u00ac",
        "publisher": "the NHS website (nhs.uk, NHS England, formerly NHS Choices), its "
        "Hospital.csv of hospitals in England (NHS and independent sector) among the "
        "website's 'other services' data sets; copied into the repository as "
        "MedHeadBackEnd/src/main/resources/Hospital.csv in 8637c13 (22 December 2023) and "
        "renamed hospital-england.csv, unchanged, in 8ebd332 (6 February 2024)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms or source; the NHS website publishes its data sets under the Open Government "
        "Licence, not checked here for this copy",
        "language": "en",
        "roles": {
            "name": "OrganisationName",
            "phone": ["Phone"],
            "fax": ["Fax"],
            "email": "Email",
            "address": ["Address1", "Address2", "Address3", "City", "County", "Postcode"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found = []
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            text = io.StringIO(raw.decode(meta["encoding"]), newline="")
            table = csv.DictReader(text, delimiter=meta["delimiter"])
            found += [
                {"country": country, "path": f"{path}#{i}", "fields": dict(row)}
                for i, row in enumerate(table)
                if _has_phone(row, meta["roles"]["phone"])
            ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_410.py`` writes its records around into
``scripts/data/pii_ie_hiqa_nursing_homes.json``: the phone fields of a register no earlier part
used (Ireland, whose earlier parts took the Department of Education and Skills' Dublin primary
schools and Ireland's hospitals in Eurostat GISCO's healthcare-services dataset; this one is the
Health Information and Quality Authority's register of designated centres for older people,
the nursing homes and community nursing units its Chief Inspector registers), exactly as the
register gives them.

One file of the mgc-care-finder project (James Murrell), read from a git checkout at a named
commit, values unchanged:

* ``data/hiqa.csv``: 542 designated centres for older people as HIQA's register of them
  (www.hiqa.ie/areas-we-work/regulation/registers, "Find a centre") gave them, each with its
  ``Centre_Phone`` (Irish numbers with the trunk 0, the area code and the line in groups of
  digits: ``071 967 0111``, ``01 280 1345``, ``022 250 90``; a few fields hold two or three
  numbers or line endings, ``097 27 400 / 097 81 174``, ``090 663 7090/91``), beside the
  centre's id, name, address with its Eircode (``Carrick Road, Boyle, F52 AX24``), county,
  maximum occupancy, its registered provider's name, address and phone, the registration and
  expiry dates, the provider's CRO number, the registration number (``REG-0038082``), the
  conditions of registration and the centre's page on hiqa.ie; the file also names the person
  in charge and the provider's management contacts with their phones.

A centre is kept where its ``Centre_Phone`` is one number (digits, spaces and hyphens only) of
seven digits or more that no earlier Irish part's data holds and no centre kept before it has
(the first of centres that share a line); the kept centres are a seeded sample of ``CAP``, in
the file's order. Each is kept as the mapping of the columns ``KEPT`` names to the published
strings: the columns that name persons (``Person_in_Charge``, its phone,
``Management_Contacts``), the long conditions of registration and their notes are left out,
and so is the provider's phone, which the part does not write.

    python scripts/ie_hiqa_nursing_homes_data.py IE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_ie_hiqa_nursing_homes.json"
CAP = 400
PATH = "data/hiqa.csv"
PHONE = "Centre_Phone"
KEPT = (
    "Centre_ID", "Centre_Title", "Centre_Address", "County", "Maximum_Occupancy", PHONE,
    "Registration_Provider", "Registration_Provider_Address", "Registration_Date",
    "Registration_Expiry_Date", "CRO_Registration_Number", "Registration_Number", "URL",
)  # fmt: skip
# the earlier Irish parts' data (no number of theirs is taken again)
EARLIER = ("pii_school_registers.json", "pii_ie_hospitals.json")
SOURCES = {
    "IE": {
        "repository": "cs97jjm3/mgc-care-finder",
        "commit": "4765f76c6dabb715cb66957e24718e5d70ccee7e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Health Information and Quality Authority (HIQA), its register of "
        "designated centres for older people (www.hiqa.ie/areas-we-work/regulation/"
        "registers), as the mgc-care-finder project (James Murrell) bundled it as "
        "data/hiqa.csv (timestamps.json and README: the HIQA register CSV, refreshed "
        "quarterly)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2026 James "
        "Murrell'); terms for HIQA's register data themselves not confirmed",
        "language": "en",
        "roles": {"name": "Centre_Title", "phone": [PHONE], "address": ["Centre_Address",
                  "County"], "register": "Registration_Number"},
    },
}  # fmt: skip


def one_number(value: str) -> bool:
    """Whether a phone field is one number of seven digits or more (digits, spaces and hyphens
    only: no second number after ``/``, ``or`` or ``|``)."""
    return bool(re.fullmatch(r"\d[\d -]*\d", value)) and len(digits_of(value)) >= 7


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept centres of the register, with the commit they were read at."""
    meta = SOURCES["IE"]
    raw = _git(gits["IE"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "353"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if not one_number(row[PHONE]) or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        found.append({"country": "IE", "path": f"{PATH}#{i}", "fields": {k: row[k] for k in KEPT}})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IE", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

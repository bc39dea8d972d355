"""Extract the real register that ``pii_held_out_67.py`` writes its records around into
``scripts/data/pii_ae_sheryan.json``: the phone and e-mail fields of a country whose register no
earlier part used (the United Arab Emirates), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``AE``: the Dubai Health Authority's licensed health facilities (its Sheryan licensing
  system's facility details, as published on Dubai Pulse and committed as
  ``datasets/Sheryan_Facility_Detail.csv`` by the repository kirannarayanak/find-schools-in-dubai):
  pharmacies, clinics, polyclinics, opticians, nurseries' school clinics, with UAE numbers as
  each facility gave them in its ``telephone_1`` column: national (``042661090``,
  ``04-4471127``, ``04 388 1313``, mobiles ``0545567481``), international with and without the
  ``+`` (``+971 4 338 8904``, ``971-50-4331894``, ``00971526410764``, ``971-04-2884190`` with the
  trunk ``0`` kept), a few odd ones (``009-714-2255520``, ``971508748071+`` with the plus at the
  end) and some with two numbers (``042207003/042207063``); the columns ``telephone_2`` and
  ``fax`` are empty throughout.

Every row with a number of six digits or more in ``telephone_1`` or ``telephone_2``, less the
rows repeating an earlier one in every column, in the file's order; a seeded sample of 600. Each
row is kept as a mapping of the CSV's column names to the published strings, with the ``email``
field only where it is one address whose local part is a role word (``info@``, ``contact@``) on
a domain that is no free mail service (many of the register's addresses name a person or sit on
a free mail service); the register's names are the facilities' (some are named after their
doctor, as licensed), its addresses their premises.

    python scripts/ae_sheryan_data.py AE_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ae_sheryan.json"
CAP = 600
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# local parts that name an office's role, no person
ROLE = frozenset({"info", "enquiries", "enquiry", "contact", "hello", "frontdesk", "support",
                  "reception", "clinic", "pharmacy", "admin", "care", "customercare"})  # fmt: skip
# free mail services: an address there is no institution's own
FREE_MAIL = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com",
                       "live.com", "icloud.com", "yahoo.co.in", "rediffmail.com",
                       "emirates.net.ae", "eim.ae"})  # fmt: skip
SOURCES = {
    "AE": {
        "repository": "kirannarayanak/find-schools-in-dubai",
        "commit": "96afaa278a341839b96f105a66a422e08e54195c",
        "path": "datasets/Sheryan_Facility_Detail.csv",
        "encoding": "utf-8-sig",
        "publisher": "the Dubai Health Authority's register of licensed health facilities "
        "(Sheryan facility details, the Dubai Pulse open data set 'Sheryan Facility Detail'), "
        "as the repository committed it for a school-finder project (file added in a344f24, "
        "read at 96afaa2, 17 September 2025)",
        "licence": "not confirmed: the repository's LICENSE is the MIT licence for its code; "
        "the Dubai Pulse terms of the data set were not found in the repository",
        "language": "en",
        "roles": {"name": "f_name_english", "phone": ["telephone_1", "telephone_2"],
                  "fax": "fax", "email": "email", "register": "unique_id",
                  "lat": "x_coordinate", "lon": "y_coordinate", "area": "area_english"},
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
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found, seen = [], set()
        text = raw.decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(text, newline=""))):
            key = tuple(row.items())
            if not _has_phone(row, meta["roles"]["phone"]) or key in seen:
                continue
            seen.add(key)
            fields = {k: v for k, v in row.items() if k != "email" or _office_email(v)}
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

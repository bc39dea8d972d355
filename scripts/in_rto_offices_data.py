"""Extract the real register that ``pii_held_out_376.py`` writes its records around into
``scripts/data/pii_in_rto_offices.json``: the phone and e-mail fields of a register no earlier
part used (India, whose earlier parts took the National Health Portal's hospitals and blood
banks, the CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC, NHM
Madhya Pradesh's COVID facilities, JoSAA's institutes, Bhuvan's vaccination centres, a blood
centre directory and Bangalore's restaurants; this one is another publisher and another kind of
institution: the Regional and Assistant Regional Transport Offices (RTOs, ARTOs, DTOs) that
register vehicles and issue driving licences under the states' transport departments, one file
per RTO code, as the rto-codes project (Anoop Tatti) compiles them), exactly as the project
gives them.

The project's per-code JSON files, read from a git checkout at a named commit, values
unchanged:

* ``data/<state>/<code>.json`` (``data/karnataka/ka-13.json``): 229 offices, each with its
  ``code`` (``KA-13``), ``region``, ``city``, ``state``, ``stateCode``, ``district``,
  ``division``, an English ``description``, ``status``, ``established``, street ``address``,
  ``pinCode`` (``573201``), ``phone`` (an STD code and line, ``08172-240660``; several lines
  comma-separated, ``08392-240048, 244116, 240038``; a mobile, ``9431416779``; ``+91-172-
  2700341``; ``N/A`` where the project has none), ``email`` (the office's mailbox on
  ``nic.in`` or a state domain, ``rtohasn-ka@nic.in``, or ``N/A``) and ``jurisdictionAreas``
  (a list of towns); a few carry ``redirectTo``, ``isDistrictHeadquarter`` or ``note``.

An office is kept where its ``phone`` holds seven digits or more, whose digits (the whole
field's, and each comma-separated number's) no earlier Indian part's data holds and no office
kept before it has (the first of offices sharing a line), in the order of the repository's
tree; all kept offices are written (fewer than ``CAP``). Each is kept as the mapping of all of
its file's keys to the published values (strings, and the list of areas and booleans as
published; the files name no person: ``description`` is prose about the office).

    python scripts/in_rto_offices_data.py IN_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_in_rto_offices.json"
CAP = 300
FILES = re.compile(r"data/[a-z-]+/[a-z]{2}-\d+\.json")
PHONE, EMAIL = "phone", "email"
# the earlier Indian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_in_blood_banks.json", "pii_in_cbse_schools.json",
    "pii_in_telangana_covid_contacts.json", "pii_in_ifsc_branches.json",
    "pii_in_mp_covid_facilities.json", "pii_in_josaa_institutes.json",
    "pii_in_bhuvan_vaccination_centres.json", "pii_in_blood_centres.json",
    "pii_in_bangalore_restaurants.json",
)  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "anoopt/rto-codes",
        "commit": "a1ce7425d90be485d00b07981b3c36fa72658ad4",
        "paths": ["data/<state>/<code>.json"],
        "encoding": "utf-8",
        "publisher": "the rto-codes project (Anoop Tatti), its per-code register of India's "
        "Regional Transport Offices (RTOs, ARTOs, DTOs of the states' transport departments: "
        "code, region, district, address, PIN code, phone, e-mail, jurisdiction), complete "
        "for Karnataka and Goa and partly filled for other states (the commit's tree of 22 "
        "February 2026)",
        "licence": "MIT for the repository (its LICENSE, 'Copyright (c) 2026 Anoop Tatti'); "
        "terms for the offices' contact data themselves not confirmed",
        "language": "en",
        "roles": {"name": "region", "register": "code", "phone": [PHONE], "email": EMAIL,
                  "address": ["address", "pinCode", "district", "state"]},
    },
}  # fmt: skip


def numbers_of(value: str) -> list[str]:
    """The digits of each comma-separated number of a phone field (``08392-240048, 244116``
    gives both pieces' digits)."""
    return [d for d in (digits_of(p) for p in value.split(",")) if d]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept offices of the register, with the commit they were read at."""
    meta = SOURCES["IN"]
    tree = _git(gits["IN"], "ls-tree", "-r", "--name-only", meta["commit"], "data")
    paths = [p for p in tree.decode("utf-8").splitlines() if FILES.fullmatch(p)]
    earlier, seen = earlier_numbers(DATA, EARLIER, "91"), set()
    found = []
    for i, path in enumerate(paths):
        raw = _git(gits["IN"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        fields = json.loads(raw)
        tel = fields.get(PHONE) or ""
        digits = {digits_of(tel), *numbers_of(tel)}
        if len(digits_of(tel)) < 7 or digits & (seen | earlier):
            continue
        seen |= digits
        found.append({"country": "IN", "path": f"{path}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

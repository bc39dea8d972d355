"""Extract the real register that ``pii_held_out_500.py`` writes its records around into
``scripts/data/pii_il_mikvaot.json``: the phone fields of a register no earlier part used
(Israel, whose earlier parts took the Ministry of Health's Tipat Halav stations and the Bank of
Israel's list of bank branches; this one is the Ministry of Religious Services' register of
ritual baths, מקוואות טהרה, another publisher and another kind of place), exactly as the
register gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``mikvaot.json``: a JSON array of the 606 ritual baths of the Ministry of Religious Services'
  (המשרד לשירותי דת) open data set ``מקוואות טהרה`` on data.gov.il (CKAN resource
  ``e80a5e59-3b0f-4be9-983a-dc0971907626``; 606 records is the count other projects that page
  that resource report), each as an object of nine strings: ``mikveName`` (the bath's name, a
  letter of the town's baths, ``מקווה א``, a neighbourhood, ``רמת פנקס``, or a street, ``רח
  הבנים 43``), ``mikveCity``, ``mikveAddress``, ``activityHoursSummer``,
  ``activityHoursWinter`` and ``activityHoursShabat`` (free Hebrew text, ``משעה 21.00 עד השעה
  00.00``, ``20:00-22:00``, ``לפי קריאה``), ``accessability`` (``ללא``, ``חלקית``, ``מלאה``),
  ``responsibleWorker`` (the name of the bath's attendant) and ``mikvePhone``: an Israeli number
  as the register writes it, the prefix and the line joined by a hyphen, a mobile line of the
  attendant's mostly (``052-7147965``, 534 of 606), a landline otherwise (``08-6438422``), one
  number for several baths of one council (``058-5791162`` for four of Efrat's).

The file was copied into the repository Shaked1/tahara-calendar2 (a Next.js app of a family
purity calendar whose ``find-mikveh`` page lists the baths; the file was added in 7002076, 4
June 2026, and not changed after). A bath is kept where ``mikvePhone`` holds a number of seven
digits or more whose digits no earlier Israeli part's data holds and no bath kept before it has
(the first of the baths that share a number); the kept baths are a seeded sample of ``CAP``, in
the file's order. Each is kept as the mapping of its fields to the published strings, all but
``responsibleWorker``: the attendant is a person, whose name this part neither keeps nor writes.

    python scripts/il_mikvaot_data.py IL_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_il_mikvaot.json"
CAP = 300
PATH = "mikvaot.json"
PHONE = "mikvePhone"
PERSON = "responsibleWorker"  # the attendant's name: not kept
# the earlier Israeli parts' data (no number of theirs is taken again)
EARLIER = ("pii_il_tipat_halav.json", "pii_il_boi_bank_branches.json")
SOURCES = {
    "IL": {
        "repository": "Shaked1/tahara-calendar2",
        "commit": "70020766d2f7c379c6081de066aa0ef05d820fbb",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Ministry of Religious Services (המשרד לשירותי דת), its register of "
        "ritual baths 'מקוואות טהרה' on data.gov.il (CKAN resource "
        "e80a5e59-3b0f-4be9-983a-dc0971907626), as the repository Shaked1/tahara-calendar2 "
        "stored it (mikvaot.json, added in 7002076, 4 June 2026, unchanged after; the "
        "repository does not name its source: the names, addresses, hours and numbers agree "
        "with the copy that zvi293/Jewish-Calendar-Center-for-Dates-and-Times built from that "
        "resource, and its 606 records with the count nakashdin/Karov-app's importer of the "
        "resource reports)",
        "licence": "not confirmed: the repository has no LICENSE file and its README says the "
        "project is for private use only and not to be distributed without permission "
        "('פרויקט זה מיועד לשימוש פרטי בלבד. אין להפיץ ללא אישור.'), of the app; the "
        "register's terms on data.gov.il were not read here",
        "language": "he",
        "roles": {"name": "mikveName", "phone": [PHONE], "address": ["mikveAddress",
                  "mikveCity"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept baths of the register, with the commit they were read at."""
    meta = SOURCES["IL"]
    raw = _git(gits["IL"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "972"), set()
    found = []
    for i, bath in enumerate(json.loads(raw)):
        tel = digits_of(bath[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields = {k: v for k, v in bath.items() if k != PERSON}
        found.append({"country": "IL", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IL", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

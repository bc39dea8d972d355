"""Extract the real register that ``pii_held_out_399.py`` writes its records around into
``scripts/data/pii_gb_fud_foodbanks.json``: the telephone and e-mail of a list no earlier part
used (the United Kingdom, whose earlier parts took NHS England's pharmacies and GP practices in
the ODS files, HM Courts & Tribunals Service's court and tribunal finder, the CQC's Greater
Manchester care homes, Sport England's Active Places, the Charity Commission's register, the
RQIA's services, Scotland's schools, the Electoral Commission's electoral services offices,
the NHS's hospitals and Greggs's shops; this one is a list of the country's food banks, another
publisher and another kind of institution), exactly as the list writes them.

One file of the ``fud`` project (officialgupta/fud, a 2015 hackathon app that sends surplus
food to local food banks), read from a git checkout at a named commit, values unchanged:

* ``data/foodbanks.csv``: 961 food banks and food-aid projects of England, Wales and Scotland,
  five columns and no header row: the network (``Trussell Trust``, ``Independent``,
  ``Salvation Army``, ``FareShare``, ...), the region (``East Midlands``, ``EoE, East of
  England``, ...), the food bank's name (``Arnold foodbank``), a contact column (for the
  Trussell Trust's food banks the network's own directory entry, ``T: 07854690694 E:
  info@arnold.foodbank.org.uk W: http://arnold.foodbank.org.uk/  Daybrook Baptist Church
  Mansfield Road Nottingham NG5 6AA``; for others an address, a web page or nothing) and a
  fifth column, empty but on two rows. The file names no publisher and states no licence.

A food bank is kept where its contact column gives a telephone after ``T:`` or ``Tel:`` of
ten or eleven digits as written (``07854690694``, ``0115 9751825``, ``07542 118 878``; a
second number after ``or`` or ``M:`` is not taken) and an e-mail address after ``E:``
(``info@arnold.foodbank.org.uk``), where no earlier British part's data holds the telephone's
digits and no food bank kept before it has them (the first of the branches that share one
line); the kept food banks are a seeded sample of ``CAP``, in the file's order. Each is kept as
the mapping of the file's five columns (``network``, ``region``, ``name``, ``contact``,
``note``) to the published strings, with ``telephone`` and ``email``, the two values exactly
as they stand in ``contact``. The list is of organisations, but some contact columns name a
person (FareShare's depots' ``Contact:``, a coordinator's ``Mr ...``), kept as published: the
part writes no contact column, only the two values, the name, network, region and postcode.

    python scripts/gb_fud_foodbanks_data.py GB_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_gb_fud_foodbanks.json"
CAP = 300
PATH = "data/foodbanks.csv"
COLUMNS = ("network", "region", "name", "contact", "note")
# the telephone after "T:" or "Tel:", digits and single spaces, ending in a digit
TELEPHONE = re.compile(r"\b(?:T|Tel)\s*:\s*(\+?\d[\d ]*\d)")
# the e-mail address after "E:" or "Email:"
EMAIL = re.compile(
    r"\bE(?:mail)?\s*:\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
# the earlier British parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_gb_hmcts_courts.json", "pii_gb_gp_practices.json", "pii_gb_cqc_care_homes.json",
    "pii_gb_active_places.json", "pii_gb_trafford_charities.json", "pii_gb_rqia_services.json",
    "pii_gb_scottish_schools.json", "pii_gb_electoral_services.json",
    "pii_gb_nhs_hospitals.json", "pii_gb_greggs_shops.json",
)  # fmt: skip
SOURCES = {
    "GB": {
        "repository": "officialgupta/fud",
        "commit": "b397b390c5e932b0f4ee1034d47fd2a898e1304b",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "a list of the United Kingdom's food banks and food-aid projects by "
        "network and region, its Trussell Trust entries in the network's own directory's words "
        "(T:, E:, W:), as the fud project (officialgupta/fud, Say Hackathon, July 2015) "
        "committed it in b397b39 ('Foodbanks added to database', 27 July 2015); the list's "
        "compiler is not named",
        "licence": "not confirmed (the repository has no licence file and the list states no "
        "terms)",
        "language": "en",
        "roles": {"name": "name", "phone": ["telephone"], "email": "email",
                  "kind": "network", "region": "region"},
    },
}  # fmt: skip


def contact_values(contact: str) -> tuple[str, str] | None:
    """The telephone and e-mail address a contact column gives, as written, where it gives a
    telephone of ten or eleven digits and an address; else None."""
    tel, mail = TELEPHONE.search(contact), EMAIL.search(contact)
    if not tel or not mail or not 10 <= len(digits_of(tel.group(1))) <= 11:
        return None
    return tel.group(1), mail.group(1)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept food banks of the list, with the commit they were read at."""
    meta = SOURCES["GB"]
    raw = _git(gits["GB"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "44"), set()
    found = []
    for i, cells in enumerate(csv.reader(io.StringIO(raw, newline=""))):
        fields = dict(zip(COLUMNS, cells, strict=True))
        values = contact_values(fields["contact"])
        if values is None:
            continue
        tel = digits_of(values[0])
        if tel in seen or tel in earlier:
            continue
        seen.add(tel)
        fields["telephone"], fields["email"] = values
        found.append({"country": "GB", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "GB", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

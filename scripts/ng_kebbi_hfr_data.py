"""Extract the real register that ``pii_held_out_143.py`` writes its records around into
``scripts/data/pii_ng_kebbi_hfr.json``: the phone and e-mail fields of a register no earlier
part used (the Federal Ministry of Health's Health Facility Registry, Kebbi State; Nigeria's
earlier part took a volunteer team's facility list, mostly of Zamfara), exactly as the registry
shows them.

One file, read from a git checkout at a named commit, values unchanged:

* ``kebbi-hospitals.json``: the 948 operational facilities of Kebbi State as the registry's
  facility pages showed them (hfr.health.gov.ng, ``hospitals-search`` with ``state_id=121``),
  scraped by the repository's ``scraper.py`` into one JSON object per facility with the page's
  six panels (``Identifiers``, ``Location``, ``Contacts``, ``Status``, ``Services``,
  ``Personnel``), each a mapping of the page's labels to the shown strings (``Specific Clinical
  Services`` a list of strings). The ``Contacts`` panel gives ``Phone Number`` and ``Alternate
  Number`` as the registry's input mask writes Nigerian numbers (``0813-214-7242``: eleven
  digits with the trunk ``0``, grouped 4-3-4 by hyphens; a few in one run, ``07030999844``, or
  ten digits, ``0803606458``), and ``Email Address`` (the facility's mailbox, mostly
  ``...@gmail.com``, as typed: ``yar'alihealthpost@gmail.com``, ``...@gmai.com``).

Kept: the facilities with a number of six digits or more in ``Phone Number`` or ``Alternate
Number``, leaving out the 10 whose number fields hold an unfinished input mask
(``0815-684-238_``, ``08__-___-____``: the mask's ``_`` placeholders, no whole number) and the 2
whose number is also in ``held_out_46``'s list (``EXCLUDED``), a seeded sample of ``CAP`` of
them in the file's order; each row kept as a mapping of all of the page's labels (none repeated
across panels) to the shown values, no label left out (the registry names no person: ``Facility
Name`` is the facility's, the personnel panel gives counts).

    python scripts/ng_kebbi_hfr_data.py NG_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_ng_kebbi_hfr.json"
CAP = 200
PATH = "kebbi-hospitals.json"
PHONES = ["Phone Number", "Alternate Number"]
# numbers of Kebbi's general hospitals that the volunteer list of held_out_46
# (scripts/data/pii_ng_hospitals.json) also gives: their facilities are left out
EXCLUDED = ("0811-411-7534", "0706-465-8264")
SOURCES = {
    "NG": {
        "repository": "musafaila/map-data-scraper",
        "commit": "532b2eb1120d457acdb0219e1ec9eead6f202e6a",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Federal Ministry of Health's Nigeria Health Facility Registry (HFR, "
        "hfr.health.gov.ng), the facility pages of Kebbi State's operational facilities "
        "(hospitals-search, state_id=121, 949 entries per page), as the repository's scraper "
        "(scraper.py, parser.py: Selenium and BeautifulSoup, one panel per heading) saved them; "
        "the file added in 532b2eb ('updated the scraper to run with multiple computers', 11 "
        "October 2024)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the "
        "registry's terms of use were not read here",
        "language": "en",
        "roles": {
            "name": "Facility Name",
            "phone": PHONES,
            "email": "Email Address",
            "address": ["Physical Location", "Ward", "LGA", "State"],
        },
    },
}  # fmt: skip


def _masked(fields: dict[str, Any]) -> bool:
    """Whether a number field holds the input mask's ``_`` placeholder (no whole number)."""
    return any("_" in fields[column] for column in PHONES)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the register, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        found = []
        for i, facility in enumerate(json.loads(raw.decode(meta["encoding"]))):
            fields = {label: value for panel in facility.values() for label, value in panel.items()}
            if not _has_phone(fields, PHONES) or _masked(fields):
                continue
            if any(fields[column] in EXCLUDED for column in PHONES):
                continue
            found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

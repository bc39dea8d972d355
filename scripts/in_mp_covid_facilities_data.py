"""Extract the real list that ``pii_held_out_264.py`` writes its records around into
``scripts/data/pii_in_mp_covid_facilities.json``: the phone fields of a register no earlier part
used (India, whose earlier parts took the National Health Portal's hospitals and blood banks,
CBSE's schools, a crowdsourced Telangana list and RBI's bank branches; this one is another
publisher and another kind of institution: the National Health Mission Madhya Pradesh's list of
COVID-19 treatment facilities on its Sarthak bed-occupancy dashboard), exactly as the file gives
them.

One register, read from a git checkout at a named commit, values unchanged:

* ``resources/Madhya_Pradesh_hospital_information.js`` of pxthxk/COVIDBedsIndia: the volunteer
  site's copy of the facility bed-occupancy page of NHM Madhya Pradesh's Sarthak portal
  (``sarthak.nhmmp.gov.in/covid/facility-bed-occupancy-details``, the repository's README names
  it as the source of its Madhya Pradesh data), a JavaScript file of one assignment,
  ``madhya_pradesh_data=[...]``, whose right side is a JSON array of 860 facilities: district
  hospitals and dedicated COVID health centres, community health centres, COVID care centres
  in hostels and training centres, and private hospitals and nursing homes, each with its
  ``SNO``, ``DISTRICT``, ``HOSPITAL_NAME``, ``TYPE`` (``Government`` or ``Private``), up to three
  contact numbers ``CONTACT_1`` to ``CONTACT_3`` as the portal prints them (``Mob: 9425985071``:
  the label ``Mob:``, a blank and a ten-digit mobile number; the same number often in two or
  three of them; ``""`` where there is none), the isolation, oxygen and ICU beds (total and
  available, JSON numbers), ``LAST_UPDATED`` (``27-04-2021, 20:32:08``), ``PACKAGE`` (``View``
  for private hospitals, whose treatment package the portal links, ``--`` otherwise) and
  ``LOCATION`` (a Google Maps link with the coordinates, ``https://maps.google.com/?q=23.7103480,
  76.0101780``).

Every facility has a number; a seeded sample of 320 of them, in the file's order, each kept as
the mapping of all of its keys to the published values (strings and numbers as the file gives
them). The list names no person: ``HOSPITAL_NAME`` is the facility's name; the numbers are the
ones the state published for reaching the facility.

    python scripts/in_mp_covid_facilities_data.py IN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_in_mp_covid_facilities.json"
CAP = 320
PATH = "resources/Madhya_Pradesh_hospital_information.js"
ASSIGNMENT = "madhya_pradesh_data="
CONTACTS = ["CONTACT_1", "CONTACT_2", "CONTACT_3"]
SOURCES = {
    "IN": {
        "repository": "pxthxk/COVIDBedsIndia",
        "commit": "13a4e40fb671e38ac444e3cb2a4f09a6806c750e",
        "paths": [PATH],
        "publisher": "National Health Mission Madhya Pradesh (Department of Public Health and "
        "Family Welfare, Government of Madhya Pradesh), the COVID-19 facility bed-occupancy "
        "details of its Sarthak portal (sarthak.nhmmp.gov.in/covid/facility-bed-occupancy-"
        "details), as the volunteer site covidbedsindia.in copied them ('Update MP data', 28 "
        "April 2021; the file was removed from the repository in f55b8db the same day)",
        "licence": "not confirmed: the repository's LICENSE is MIT (Copyright 2021 pxthxk) for "
        "its code, its README offers the aggregated data for non-commercial use; NHM Madhya "
        "Pradesh's own terms for the portal's list were not read",
        "language": "en",
        "roles": {"name": "HOSPITAL_NAME", "phone": CONTACTS, "address": ["DISTRICT"]},
    },
}  # fmt: skip


def facilities(source: str) -> list[dict[str, Any]]:
    """The facilities of the file: the JSON array right of its one assignment."""
    assert source.startswith(ASSIGNMENT), source[:40]
    return json.loads(source[len(ASSIGNMENT) :])


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode("utf-8")
    found = [
        {"country": "IN", "path": f"{PATH}#{i}", "fields": row}
        for i, row in enumerate(facilities(raw))
        if _has_phone(row, CONTACTS)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_509.py`` writes its records around into
``scripts/data/pii_in_rajasthan_covid_hospitals.json``: the phone fields of a register no earlier
part used (India, whose earlier parts took the National Health Portal's Hospital and Blood Bank
Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by IFSC, NHM
Madhya Pradesh's COVID-19 facilities, JoSAA's institutes, Bhuvan's vaccination centres,
Bangalore's restaurants, the blood centres' list, the RTO offices, Bangalore's police stations,
Tamil Nadu's Uzhavar Sandhais and Punjab's urban local bodies; this one is another publisher, a
state government: the Government of Rajasthan's list of the hospitals that took COVID-19
patients, with each hospital's helpline and its district's control room, as its portal
covidinfo.rajasthan.gov.in published them in the spring of 2021), exactly as the portal gives
them.

One file of the volunteer project COVIDBedsIndia (pxthxk), read from a git checkout at a named
commit, values unchanged:

* ``resources/Rajasthan_info.js``: 415 hospitals as covidbedsindia.in copied them from
  covidinfo.rajasthan.gov.in (the source the repository's README names for Rajasthan, provider
  'Government'), a JavaScript assignment ``rajasthan_data=[...]`` of JSON objects, each with its
  ``HOSPITAL_HELPLINE_NO`` (a JSON string or, for 251 of them, a JSON number: ``01477223137``,
  ``0141-2246161``, ``9982023749``; some with two or three numbers, ``9928100292, 9928100262``;
  ``NA`` or a note where there is none) and ``DISTRICT_CONTROL_ROOM`` (the district's control
  room, shared by the district's hospitals: ``01472-240088``), beside the hospital's name,
  district, bed counts (general, oxygen, ICU, ventilator: total, occupied, available), a UID,
  a Google Maps place link and coordinates.

A hospital is kept where its ``HOSPITAL_HELPLINE_NO`` holds a number of seven digits or more,
where no number of its helpline or control room is in an earlier Indian part's data, and where
no hospital kept before it has the same helpline (the first of hospitals that share one); the
kept hospitals are a seeded sample of ``CAP``, in the file's order. Each is kept as the mapping
of all of the object's fields to the published values (the list names no person).

    python scripts/in_rajasthan_covid_hospitals_data.py IN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_in_rajasthan_covid_hospitals.json"
CAP = 300
PATH = "resources/Rajasthan_info.js"
PHONE, CONTROL = "HOSPITAL_HELPLINE_NO", "DISTRICT_CONTROL_ROOM"
# the earlier Indian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_in_blood_banks.json", "pii_in_cbse_schools.json",
    "pii_in_telangana_covid_contacts.json", "pii_in_ifsc_branches.json",
    "pii_in_mp_covid_facilities.json", "pii_in_josaa_institutes.json",
    "pii_in_bhuvan_vaccination_centres.json", "pii_in_bangalore_restaurants.json",
    "pii_in_blood_centres.json", "pii_in_rto_offices.json",
    "pii_in_bangalore_police_stations.json", "pii_in_tn_uzhavar_sandhai.json",
    "pii_in_punjab_ulbs.json",
)  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "pxthxk/COVIDBedsIndia",
        "commit": "a91051fda89a01b3bd37b3ac72a04ed7224c11b7",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Government of Rajasthan, its list of the hospitals treating COVID-19 "
        "patients with their helplines and the districts' control rooms on its portal "
        "covidinfo.rajasthan.gov.in, as the volunteer site covidbedsindia.in copied it "
        "(commit 'Update AP, Haryana, Pune, Rajasthan data', 1 May 2021; the file removed in "
        "71ea280, 5 May 2021)",
        "licence": "MIT for the repository (its LICENSE file, 'Copyright (c) 2021 pxthxk'; its "
        "README offers the aggregated data 'for non-commercial usage'); terms of the state "
        "government's data themselves not confirmed",
        "language": "en",
        "roles": {"name": "HOSPITAL_NAME", "phone": [PHONE, CONTROL], "fax": [], "email": "",
                  "address": ["DISTRICT"]},
    },
}  # fmt: skip


def numbers_in(value: Any) -> list[str]:
    """The digits of each number of seven digits or more in a published value (a JSON number
    is its digits)."""
    from pii_held_out_11 import numbers

    text = str(value) if value is not None else ""
    return [d for s, e in numbers(text) if len(d := digits_of(text[s:e])) >= 7]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept hospitals of the list, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    assert raw.startswith("rajasthan_data=[")
    earlier = earlier_numbers(DATA, EARLIER, "91")
    held = "|".join(sorted(earlier))
    seen: set[tuple[str, ...]] = set()
    found = []
    for i, hospital in enumerate(json.loads(raw.split("=", 1)[1])):
        tel = numbers_in(hospital.get(PHONE))
        if not tel or tuple(tel) in seen:
            continue
        if any(d in held for d in tel + numbers_in(hospital.get(CONTROL))):
            continue
        seen.add(tuple(tel))
        found.append({"country": "IN", "path": f"{PATH}#{i}", "fields": dict(hospital)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

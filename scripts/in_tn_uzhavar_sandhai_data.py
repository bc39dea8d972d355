"""Extract the real register that ``pii_held_out_431.py`` writes its records around into
``scripts/data/pii_in_tn_uzhavar_sandhai.json``: the contact-number fields of a register no
earlier part used (India, whose earlier parts took the National Health Portal's Hospital and
Blood Bank Directories, CBSE's schools, covid19india.org's Telangana list, RBI's bank branches by
IFSC, NHM Madhya Pradesh's COVID-19 facilities, JoSAA's institutes, NRSC Bhuvan's vaccination
centres, Zomato's Bengaluru restaurants, e-RaktKosh's blood centres, the Regional Transport
Offices and the Bangalore City Police's stations; this one is another publisher and another kind
of institution: Tamil Nadu's Uzhavar Sandhais, the farmers' markets the state's Department of
Agricultural Marketing and Agri Business runs in its districts), exactly as the list gives them.

One file of the tnsocial/sandhai web app (an Angular app listing the markets by district, 2018),
read from a git checkout at a named commit, values unchanged:

* ``src/app/service/sandhai.service.ts``: the ``sandhaiDistrictList`` array literal (JSON in a
  TypeScript class), 30 district entries holding 179 markets, each with its ``name``, its
  ``fullPostalAddr`` (``address1``, ``address2``, ``city`` and ``pincode``, some keys absent,
  some pincodes partial as published, ``41``, ``641 023``) and its ``contact`` (the officer's
  ``name`` and ``designation``, ``AO``, ``DAO``, ``AAO``, and the market's ``contactNumber``:
  mostly ten-digit mobiles, ``9486123022``, some STD landlines, ``0452 2526844``,
  ``04633-280622``, one with its trunk 0 dropped, ``4329-294202``, one mobile a digit short,
  ``763908700``, five fields holding two numbers, ``8610867826, 9894419405``). The district
  names are the list's own (a second ``Dharmapuri`` entry holds Coimbatore's markets, kept as
  published).

A market is kept where its ``contactNumber`` holds a number of seven digits or more and none of
its numbers' digits is held by an earlier Indian part's data; markets that share an officer's
number are kept each (they are distinct markets; 126 distinct fields among 179). Each is kept
as the mapping of its district's name (``district``), its ``name``, the four address keys it
has and the officer's ``designation`` and ``contactNumber``, strings as published; the officer's
name is left out (a person's).

    python scripts/in_tn_uzhavar_sandhai_data.py IN_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pii_held_out_14 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_in_tn_uzhavar_sandhai.json"
CAP = 400
PATH = "src/app/service/sandhai.service.ts"
PHONE = "contactNumber"
ADDRESS = ("address1", "address2", "city", "pincode")
# the earlier Indian parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_in_blood_banks.json", "pii_in_cbse_schools.json",
    "pii_in_telangana_covid_contacts.json", "pii_in_ifsc_branches.json",
    "pii_in_mp_covid_facilities.json", "pii_in_josaa_institutes.json",
    "pii_in_bhuvan_vaccination_centres.json", "pii_in_bangalore_restaurants.json",
    "pii_in_blood_centres.json", "pii_in_rto_offices.json",
    "pii_in_bangalore_police_stations.json",
)  # fmt: skip
SOURCES = {
    "IN": {
        "repository": "tnsocial/sandhai",
        "commit": "0ca9e0a2cc3bb5f1394c2e2bdd21cf462907a734",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Tamil Nadu's Uzhavar Sandhais (farmers' markets of the Department of "
        "Agricultural Marketing and Agri Business), their addresses and officers' contact "
        "numbers as the tnsocial/sandhai web app lists them by district (list last changed in "
        "36c42c1, 8 April 2018, 'sandhai list updated 3')",
        "licence": "not confirmed: the repository states no licence (no LICENSE file, the README "
        "is Angular CLI's), and the terms of the department's list are not stated",
        "language": "en",
        "roles": {"name": "name", "phone": [PHONE], "fax": [], "email": None,
                  "address": ["address1", "address2", "city", "pincode"]},
    },
}  # fmt: skip


def markets(text: str) -> list[tuple[str, dict[str, Any]]]:
    """(district, market) of the file's ``sandhaiDistrictList`` array, in its order."""
    start = text.index("sandhaiDistrictList")
    body = text[text.index("[", start) : text.rindex("]") + 1]
    return [(d["name"], m) for d in json.loads(body) for m in d["sandhais"]]


def fields_of(district: str, market: dict[str, Any]) -> dict[str, str]:
    """The kept fields of a market: district, name, the address keys it has, the officer's
    designation and the contact number (the officer's name left out)."""
    out = {"district": district, "name": market["name"]}
    out.update({k: market["fullPostalAddr"][k] for k in ADDRESS if k in market["fullPostalAddr"]})
    contact = market["contact"]
    out.update({k: contact[k] for k in ("designation", PHONE) if k in contact})
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept markets of the list, with the commit they were read at."""
    meta = SOURCES["IN"]
    raw = _git(gits["IN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier = earlier_numbers(DATA, EARLIER, "91")
    found = []
    for i, (district, market) in enumerate(markets(raw)):
        fields = fields_of(district, market)
        value = fields.get(PHONE, "")
        each = [digits_of(value[s:e]) for s, e in numbers(value)]
        if not any(len(d) >= 7 for d in each) or any(d in earlier for d in each):
            continue
        found.append({"country": "IN", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "IN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

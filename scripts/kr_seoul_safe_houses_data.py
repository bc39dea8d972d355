"""Extract the real register that ``pii_held_out_405.py`` writes its records around into
``scripts/data/pii_kr_seoul_safe_houses.json``: the phone fields of a register no earlier part
used (South Korea, whose earlier parts took the Public Data Portal's standard data of public
libraries, tourist sites, museums, public health institutions, recreational forests, urban
parks, universities and colleges, dementia centres, traditional markets, free meal centres,
animal hospitals, cultural festivals, parking lots, rental-car businesses, campsites,
performance events and tourist information centres, the National Police Agency's police boxes,
the National Health Insurance Service's branches, the National Fire Agency's safety centres,
Seoul Metro's stations and the Seoul Metropolitan Government's hospital licences; this one is
another kind of place: the convenience stores that Seoul's district offices designate as
women's safe houses, 여성안심지킴이집, where a woman walking home at night can take refuge and
the store calls the police), exactly as the list gives them.

One JavaScript module of a student project's web app (여성·아동 안심거리 길라잡이, the
201호 team's map of safe houses and safe routes), read from a git checkout at a named commit,
values unchanged:

* ``client/src/components/Menu/safehouse/safehouse_data.js``: ``export const safehouse_data``,
  an array of 505 object literals, one per safe house of 18 of Seoul's 25 districts, each with
  ``name`` (the store's chain and branch, ``세븐일레븐 신사시장점``, ``GS25 고덕``, ``CU
  강일5단지점``), ``city_county`` (the district, ``관악구``), ``road_address`` and
  ``number_address`` (the road-name and the lot-number address) and ``tel_number`` (the store's
  line, hyphenated: ``02-830-6586``, ``02-3426-5090``, six internet lines such as
  ``070-7559-9279``, one nationwide number of eight digits, ``1577-9621``). Every value is a
  single-quoted string with no quote or backslash inside, so one regular expression reads the
  literals.

A row is kept where its ``tel_number`` holds one number of seven digits or more that a person
could hold (``make_pii_eval.personal_phone``: all of them do) whose digits no earlier Korean
part's data holds (``EARLIER``; none does) and no row kept before it has (the first of the
stores sharing a number: 476 distinct numbers); the kept rows are a seeded sample of ``CAP``,
in the file's order. Each is kept as the mapping of the literal's five keys to the published
strings (the list names no person: the names are the stores').

    python scripts/kr_seoul_safe_houses_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from make_pii_eval import personal_phone
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_seoul_safe_houses.json"
CAP = 400
PATH = "client/src/components/Menu/safehouse/safehouse_data.js"
PHONE = "tel_number"
KEYS = ("name", "city_county", "road_address", "number_address", PHONE)
# one object literal of the array: the five keys in order, each a single-quoted string
LITERAL = re.compile(r"\{\s*" + r",\s*".join(rf"{k}: '([^'\\]*)'" for k in KEYS) + r"\s*\}")
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_national_phones.json", "pii_kr_tourist_sites.json", "pii_kr_museums.json",
    "pii_kr_police_boxes.json", "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json", "pii_kr_performance_events.json",
    "pii_kr_tourist_info_centres.json", "pii_kr_seoul_metro_stations.json",
    "pii_kr_nfa_safety_centres.json", "pii_kr_seoul_hospitals.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "zzambbang/safe-road-1",
        "commit": "6d0cf91d0b59d13d2613251a34935516b0a9240c",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Seoul's district offices (구청), their lists of the women's safe houses "
        "they designate (여성안심지킴이집: convenience stores that take in a woman in danger "
        "and call the police), as the 201호 team's web app 여성·아동 안심거리 길라잡이 "
        "(201safe.netlify.app) copied them into a JavaScript module of 505 stores of 18 "
        "districts (module last changed in 4be433a, 1 September 2021; read at the newest "
        "commit, 6d0cf91, 19 November 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the terms of the districts' lists were not seen here",
        "language": "ko",
        "roles": {"name": "name", "phone": [PHONE], "district": "city_county",
                  "address": ["road_address", "number_address"]},
    },
}  # fmt: skip


def literals(text: str) -> list[dict[str, str]]:
    """The module's object literals, each as the mapping of its five keys to its strings."""
    return [dict(zip(KEYS, m.groups(), strict=True)) for m in LITERAL.finditer(text)]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stores of the module (a seeded sample of the first store of each distinct
    number that no earlier part holds), with the commit it was read at."""
    meta = SOURCES["KR"]
    raw = _git(gits["KR"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    rows = literals(raw)
    assert len(rows) == raw.count(f"{PHONE}:"), "every literal read"
    earlier, seen = earlier_numbers(DATA, EARLIER, "82"), set()
    found = []
    for i, row in enumerate(rows):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or not personal_phone(row[PHONE], "KR"):
            continue
        seen.add(tel)
        found.append({"country": "KR", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "KR", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

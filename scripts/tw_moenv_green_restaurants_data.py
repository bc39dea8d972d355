"""Extract the real register that ``pii_held_out_508.py`` writes its records around into
``scripts/data/pii_tw_moenv_green_restaurants.json``: the phone field of a register no earlier
part used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools,
preschools and universities, Hsinchu City's medical institutions, the National Police Agency's
stations, Taipei's elder-care providers, hotels and parking lots, Chunghwa Post's post offices,
the Financial Supervisory Commission's financial institutions, the Tourism Bureau's
restaurants, the Taiwan Stock Exchange's securities branches, the cram schools, the infant
child-care centres, the national civil associations, MOS Burger's stores, the veterinary
practices, the DGPA's code list of agencies, Kaohsiung's temples, the household registration
offices and Yilan County's homestays; this one is a publisher none of them used, the Ministry
of Environment (環境部, the former Environmental Protection Administration): its nationwide
list of certified green restaurants, 環保餐廳, as its 環境即時通 app maps them), exactly as the
ministry gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``docs/環保餐廳環境即時通地圖資料.json``: the ministry's green restaurants as copied into the
  repository JohnnyHuang0515/TravelAI (the travel-planner project whose copy of Yilan's
  homestay register ``held_out_434`` took; this is another file of it, of another publisher):
  4,380 restaurants of all 22 counties and cities, each an object of eight string keys: the
  list's id (``restid``, ``2``), the restaurant's name, address, ``phone`` (a fixed line with
  its area code, ``03-3650329``, most with a ``#`` after it, empty or with an extension:
  ``03-3650329#``, ``02-2345678#123``; 427 only ``-`` or ``-#``), ``mobile`` (empty in 3,193,
  else a ten-digit mobile), ``latitude``, ``longitude`` and ``city`` (``桃園市``).

A restaurant is kept where its ``phone`` is one fixed line in the shape of ``SHAPE`` (an area
code, a hyphen and the line, nothing after it: no ``#``, no extension, so the part labels each
copy of the field whole), its ``mobile`` is empty (a restaurant's mobile is mostly its owner's
own, and the layouts write the published object whole), and the line's digits no earlier
Taiwanese part's data holds and no restaurant kept before it has (the first of the restaurants
one line answers for); the kept restaurants are a seeded sample of ``CAP``, in the file's
order. Each is kept as the mapping of all eight keys to the published strings (the list names
restaurants, no person).

    python scripts/tw_moenv_green_restaurants_data.py TW_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_moenv_green_restaurants.json"
CAP = 400
PATH = "docs/環保餐廳環境即時通地圖資料.json"
PHONE = "phone"
# one fixed line: an area code (02 to 089), a hyphen and the line of six to eight digits
SHAPE = re.compile(r"0[2-8]\d{0,2}-\d{6,8}")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
    "pii_tw_mos_burger_stores.json", "pii_tw_aphia_vet_hospitals.json",
    "pii_tw_moe_universities.json", "pii_tw_dgpa_agencies.json",
    "pii_tw_kaohsiung_temples.json", "pii_tw_ris_household_offices.json",
    "pii_tw_taipei_parking_lots.json", "pii_tw_yilan_homestays.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "JohnnyHuang0515/TravelAI",
        "commit": "9830068ea42f908bfeea61aee25dae0398a69596",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Environment (環境部, formerly the Environmental Protection "
        "Administration), its list of certified green restaurants (環保餐廳) as mapped in its "
        "環境即時通 app (id, name, address, telephone, mobile, coordinates, county or city), "
        "copied into the repository's docs folder in 313056c ('Initial commit: TravelAI "
        "project with backend and frontend', 30 September 2025), unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file and does not say where "
        "or under which terms it took the ministry's list",
        "language": "zh-Hant",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address"],
                  "register": "restid"},
    },
}  # fmt: skip


def is_kept_phone(value: str) -> bool:
    """Whether a telephone is one fixed line the part takes: ``SHAPE``, nothing after it."""
    return bool(SHAPE.fullmatch(value)) and len(digits_of(value)) >= 7


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept restaurants of the list, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, shop in enumerate(json.loads(raw)):
        tel = shop.get(PHONE) or ""
        if not is_kept_phone(tel) or shop.get("mobile"):
            continue
        digits = digits_of(tel)
        if digits in earlier or digits in seen:
            continue
        seen.add(digits)
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(shop)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

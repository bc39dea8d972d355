"""Extract the real register that ``pii_held_out_434.py`` writes its records around into
``scripts/data/pii_tw_yilan_homestays.json``: the phone field of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools,
preschools and universities, Hsinchu City's medical institutions, the National Police Agency's
stations, Taipei's elder-care providers, hotels and parking lots, Chunghwa Post's post offices,
the Financial Supervisory Commission's financial institutions, the Tourism Bureau's
restaurants, the Taiwan Stock Exchange's securities branches, the cram schools, the infant
child-care centres, the national civil associations, MOS Burger's stores, the veterinary
practices, the DGPA's code list of agencies, Kaohsiung's temples and the household
registration offices; this one is a county's register of another kind of place: Yilan
County's licensed homestays, 宜蘭縣民宿名冊, the 民宿 that hold a county homestay licence),
exactly as the county gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``docs/宜蘭縣民宿名冊.json``: Yilan County Government's register of licensed homestays as
  copied into the repository JohnnyHuang0515/TravelAI (a travel-planner project that imports
  it): 2,106 homestays, each an object of eight keys: the licence's approval date
  (``登記證核准日期``, ``2002/10/24``), licence number (``民宿登記證核准編號``, ``001``,
  ``3148``), status (``營業現狀``, all ``合法/營業``), Chinese and English names (``中文名稱``,
  ``英文名稱``), ``電話或手機`` (a Yilan fixed line, ``03-9222000``; most a mobile,
  ``0938-199320``; 37 a fixed line and a mobile joined by ``、``; one empty) and the Chinese
  and English addresses (``營業地址`` with the postcode before it, ``264宜蘭縣員山鄉...``;
  ``英文地址``).

A homestay is kept where its ``電話或手機`` is one fixed line in the shape of ``SHAPE`` (an
area code and the line: no mobile, since a homestay's mobile is mostly its keeper's own, and
no second number: the part labels each copy of the field whole), whose digits no earlier
Taiwanese part's data holds and no homestay kept before it has (the first of the homestays one
line answers for); the kept homestays are a seeded sample of ``CAP``, in the file's order. Each
is kept as the mapping of all eight keys to the published strings (the register's names are
the homestays' trade names; it names no keeper).

    python scripts/tw_yilan_homestays_data.py TW_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_yilan_homestays.json"
CAP = 400
PATH = "docs/宜蘭縣民宿名冊.json"
PHONE = "電話或手機"
# one fixed line: an area code (02 to 08) and the line, hyphenated after the area code or not
SHAPE = re.compile(r"0[2-8]-?\d{3,4}-?\d{4}")
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
    "pii_tw_taipei_parking_lots.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "JohnnyHuang0515/TravelAI",
        "commit": "9830068ea42f908bfeea61aee25dae0398a69596",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Yilan County Government (宜蘭縣政府), its register of licensed "
        "homestays (宜蘭縣民宿名冊: licence number and date, status, names, telephone, "
        "addresses) as copied into the repository's docs folder in 313056c ('Initial commit: "
        "TravelAI project with backend and frontend', 30 September 2025), unchanged since",
        "licence": "not confirmed: the repository has no LICENSE file and does not say where "
        "or under which terms it took the county's register",
        "language": "zh-Hant",
        "roles": {"name": "中文名稱", "phone": [PHONE], "address": ["營業地址"],
                  "register": "民宿登記證核准編號"},
    },
}  # fmt: skip


def is_kept_phone(value: str) -> bool:
    """Whether a telephone is one fixed line the part takes: ``SHAPE``, no mobile."""
    return bool(SHAPE.fullmatch(value))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept homestays of the register, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, stay in enumerate(json.loads(raw)):
        tel = stay.get(PHONE) or ""
        if not is_kept_phone(tel):
            continue
        digits = digits_of(tel)
        if digits in earlier or digits in seen:
            continue
        seen.add(digits)
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(stay)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real list that ``pii_held_out_339.py`` writes its records around into
``scripts/data/pii_tw_mos_burger_stores.json``: the phone fields of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's, the
Ministry of Education's, the National Police Agency's, Chunghwa Post's and other public lists;
this one is a business's directory: MOS Burger Taiwan's store locator, 摩斯漢堡 門市資訊, the
chain's 270 restaurants), exactly as the chain gives them.

One JavaScript file read from a git checkout at a named commit, values unchanged: the store
locator's data as a web prototype of a MOS Burger member page copied it (``let storeInfo = ``
and a JSON array of the counties and cities, each with its districts, each with its stores).
Each store has its code (``B049``), name (``誠品站前店(東三門)``), coordinates (``25.0463740``),
three-digit postcode, county or city, district, street address, ``tel`` and three flags (drive
through, delivery, payment), the flags as JSON booleans, every other value a string.

The ``tel`` fields are Taiwanese numbers as the chain writes them: the area code with its trunk
0 in brackets, one blank (or two) and the line with a hyphen (``(02) 2311-4676``, ``(04)
2535-6488``, ``(037) 350-612``, ``(02)  2351-4560``). Every store is kept whose field is one
number in that shape and none of the earlier Taiwanese parts' data files holds: 268 of 270 (left
out: ``(02) 23952298*8140``, whose extension follows an asterisk, and ``(04) 2535-648`` with a
zero-width space before its last digit). Each kept store is a mapping of all of its fields to the
published values, in the file's order (the list names no person and has no e-mail field).

    python scripts/tw_mos_burger_stores_data.py TW_GIT
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_mos_burger_stores.json"
PATH = "mos/js/storeInfo.js"
PREFIX = "let storeInfo = "
PHONE = "tel"
# one number as the chain writes it: the area code in brackets, one or two blanks, the line
SHAPE = re.compile(r"\(0[2-8]\d?\) {1,2}\d{3,4}-\d{3,4}")
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "harvey0623/side_project",
        "commit": "10a0225565c510ca7a177806bc0f6009f08ead5f",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "MOS Burger Taiwan (摩斯漢堡, An-Shin Food Services Co., Ltd., "
        "安心食品服務股份有限公司), its store locator's list of the chain's restaurants in "
        "Taiwan (門市資訊: code, name, coordinates, postcode, county or city, district, "
        "address, telephone, drive-through, delivery and payment flags), as a web prototype of "
        "a MOS Burger member page copied it into the repository in 10a0225 ('add mos', 27 "
        "April 2020; the file was removed again in 915662d, 24 June 2020)",
        "licence": "not confirmed: the repository has no LICENSE file and no README, and names "
        "no terms; the chain's own terms for its store locator were not read here",
        "language": "zh-TW",
        "roles": {"name": "title", "phone": [PHONE], "address": ["city", "area", "addr"],
                  "postcode": "zipCode", "code": "id", "coordinates": ["lat", "lng"]},
    },
}  # fmt: skip


def stores(text: str) -> list[dict[str, Any]]:
    """Every store of the file, in its order (counties, districts, stores)."""
    assert text.startswith(PREFIX), text[:40]
    return [
        store
        for county in json.loads(text[len(PREFIX) :])
        for district in county["store_area_info_list"]
        for store in district["store_info_list"]
    ]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept stores of the file, with the commit it was read at."""
    meta = SOURCES["TW"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    rows = []
    for i, store in enumerate(stores(raw)):
        tel = store[PHONE]
        if not SHAPE.fullmatch(tel) or digits_of(tel) in seen or digits_of(tel) in earlier:
            continue
        seen.add(digits_of(tel))
        rows.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(store)})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

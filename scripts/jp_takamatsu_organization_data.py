"""Extract the real list that ``pii_held_out_411.py`` writes its records around into
``scripts/data/pii_jp_takamatsu_organization.json``: the phone fields of a register of a kind no
earlier part used (Takamatsu City's directory of its own organisation, Kagawa: the bureaus,
departments, divisions, offices and outposts of the city government with their direct lines;
the city's hospitals and care homes, its lodging and bath licences and its schools went into
earlier parts, and the other Japanese parts took other registers, among them the main offices
of all municipalities), exactly as the city gives them.

One list of one publisher, the city's open-data organisation list (高松市組織一覧, data set
0083), read from a git checkout at a named commit, values unchanged:

* ``data/takamatsu_city_organization_list/0083_202504.xlsx``: the organisation as of April
  2025, 392 units, one a row, each with the five levels of its place in the organisation
  (``局`` bureau, ``部`` department, ``課`` division, ``室・出先`` office or outpost, ``係``
  the mayor's and other offices of one holder), its full name ``所属名称``
  (``政策局政策課地域活力推進室``), its ``電話番号`` (``087-839-2143``: the area code ``087``, the
  exchange and the line joined by hyphens; 310 units give one, 82 none: the bureaus and
  departments, the offices of the mayor, deputy mayor and the like and some divisions and
  offices) and its kind ``機構分類名称``
  (局, 部, 課, 室・出先, 市長, 副市長). The workbook is the city's newest version that gives the
  numbers (the April 2026 one gives none); read with the standard library
  (``jp_takamatsu_schools_data.sheet_rows``).

A unit is kept where its ``電話番号`` holds a number of seven digits or more whose digits no
earlier Japanese part's data holds (that leaves out 115 units, the city's schools,
kindergartens, libraries, school-lunch kitchens, clinics and hospitals, whose numbers earlier
parts took) and no unit kept before it has (the first of the units that share a line; 9 left
out), in the file's order (186 units, no sampling). Each is kept as the mapping of all of the
workbook's columns to the published strings (the list names no person: the holders' offices
are named by their title).

    python scripts/jp_takamatsu_organization_data.py JP_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jp_takamatsu_schools_data import sheet_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_takamatsu_organization.json"
CAP = 500
PATH = "data/takamatsu_city_organization_list/0083_202504.xlsx"
PHONE = "電話番号"
# the earlier Japanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_national_phones.json", "pii_jp_care_facilities.json", "pii_jp_chiba_nurseries.json",
    "pii_jp_group_homes.json", "pii_jp_hachioji_childcare.json",
    "pii_jp_hokkaido_hospitals.json", "pii_jp_hydrogen_stations.json",
    "pii_jp_iizuka_facilities.json", "pii_jp_kawasaki_nurseries.json",
    "pii_jp_koriyama_nurseries.json", "pii_jp_kumamoto_lists.json",
    "pii_jp_mext_universities.json", "pii_jp_mhlw_ec_pharmacies.json",
    "pii_jp_mhlw_online_care.json", "pii_jp_michi_no_eki.json", "pii_jp_municipal_offices.json",
    "pii_jp_namegata_lists.json", "pii_jp_nii_ill_libraries.json",
    "pii_jp_regular_patrol_care.json", "pii_jp_sapporo_nurseries.json",
    "pii_jp_takamatsu_lodging.json", "pii_jp_takamatsu_schools.json",
    "pii_jp_tokyo_nurseries.json", "pii_jp_tokyo_public_facilities.json",
    "pii_jp_toyama_nurseries.json", "pii_jp_yaizu_coupon_shops.json", "pii_jp_yuzawa_lists.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "takamatsu-city/opendata",
        "commit": "6fc71c75406e9f2687e84076558cb497c2ce0570",
        "paths": [PATH],
        "publisher": "Takamatsu City (高松市, Kagawa Prefecture), its open-data list of the city "
        "government's organisation (高松市組織一覧, data set 0083, as of April 2025: bureaus, "
        "departments, divisions, offices and outposts with their direct lines), published in the "
        "city's own GitHub repository for its open data (opendata.takamatsu-fact.com); the "
        "workbook last changed in bea8ecd ('高松市組織一覧を修正', 21 April 2025)",
        "licence": "CC BY 4.0 (© 高松市 Takamatsu City), the repository's LICENSE (the older CSV "
        "copies of the list in old_data/ name CC BY 3.0); the site's terms of use "
        "(opendata.takamatsu-fact.com/about/) were not read here",
        "language": "ja",
        "roles": {"name": "所属名称", "phone": [PHONE], "kind": "機構分類名称"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept units of the organisation list, with the commit it was read at."""
    meta = SOURCES["JP"]
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}")
    earlier, seen = earlier_numbers(DATA, EARLIER, "81"), set()
    found = []
    for i, row in enumerate(sheet_rows(raw)):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in earlier or tel in seen:
            continue
        seen.add(tel)
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

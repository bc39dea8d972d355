"""Extract the real list that ``pii_held_out_428.py`` writes its records around into
``scripts/data/pii_jp_takamatsu_bag_dealers.json``: the phone fields of a register of a kind no
earlier part used (Takamatsu City's dealers of its designated refuse-collection bags, Kagawa:
the shops licensed to sell the city's 指定収集袋; the city's hospitals, care homes, lodging and
bath licences, schools and own organisation went into earlier parts, other Japanese parts took
other registers, no part a list of shops of this kind), exactly as the city gives them.

One list, the city's open-data location list 指定収集袋取扱店一覧 (data set 0098),
``data/list_of_designated_collection_bag_dealers/data.xlsx``, read from a git checkout at a
named commit, values unchanged: 524 dealers (supermarkets, convenience stores, drugstores, DIY
centres, rice, liquor and hardware shops, co-operatives), each with ``property`` (its number in
the list), ``latitude``, ``longitude``, ``name``, ``address`` and ``telephoneNumber``; 519 give
a number, 511 of them in one shape (``087-851-2366``: the area code, the exchange and the line
joined by hyphens), beside two with a U+2010 hyphen before the line (``087-814‐4444``), three
NaviDial numbers (``0570-025-311``), one of the neighbouring area (``0877-59-4001``), one of
Fukuyama's (``084-982-9744``) and one misprinted with a four-digit exchange
(``087-7843-1001``); five give ``-``. An Office Open XML workbook of one sheet, read with the
reader of ``jp_takamatsu_schools_data.py``.

Every row whose ``telephoneNumber`` holds a number of seven digits or more that no earlier
Japanese part's data holds (one dealer's number is in an earlier part's data: left out), a
seeded sample of 400 of the 518, in the list's order; each kept as the mapping of all of its
columns to the published strings (the list names shops and companies, no person: ``name`` is the
shop's or company's trading name).

    python scripts/jp_takamatsu_bag_dealers_data.py JP_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jp_takamatsu_schools_data import sheet_rows
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_takamatsu_bag_dealers.json"
CAP = 400
PATH = "data/list_of_designated_collection_bag_dealers/data.xlsx"
PHONE = "telephoneNumber"
# the earlier Japanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_jp_care_facilities.json", "pii_jp_chiba_nurseries.json", "pii_jp_group_homes.json",
    "pii_jp_hachioji_childcare.json", "pii_jp_hokkaido_hospitals.json",
    "pii_jp_hydrogen_stations.json", "pii_jp_iizuka_facilities.json",
    "pii_jp_kawasaki_nurseries.json", "pii_jp_koriyama_nurseries.json",
    "pii_jp_kumamoto_lists.json", "pii_jp_mext_universities.json",
    "pii_jp_mhlw_ec_pharmacies.json", "pii_jp_mhlw_online_care.json",
    "pii_jp_michi_no_eki.json", "pii_jp_municipal_offices.json", "pii_jp_namegata_lists.json",
    "pii_jp_nii_ill_libraries.json", "pii_jp_regular_patrol_care.json",
    "pii_jp_sapporo_nurseries.json", "pii_jp_takamatsu_lodging.json",
    "pii_jp_takamatsu_organization.json", "pii_jp_takamatsu_schools.json",
    "pii_jp_tokyo_nurseries.json", "pii_jp_tokyo_public_facilities.json",
    "pii_jp_toyama_nurseries.json", "pii_jp_yaizu_coupon_shops.json",
    "pii_jp_yuzawa_lists.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "takamatsu-city/opendata",
        "commit": "6fc71c75406e9f2687e84076558cb497c2ce0570",
        "paths": [PATH],
        "publisher": "Takamatsu City (高松市, Kagawa Prefecture), its open-data location list "
        "of the dealers of the city's designated refuse-collection bags (指定収集袋取扱店一覧, "
        "data set 0098), published in the city's own GitHub repository for its open data "
        "(opendata.takamatsu-fact.com); the list last replaced in 3bcb788 ('Add files via "
        "upload', 11 March 2026, after b56052c '取扱店の更新' the same day)",
        "licence": "CC BY 4.0 (© 高松市 Takamatsu City), the repository's LICENSE; the site's "
        "terms of use (opendata.takamatsu-fact.com/about/) were not read here",
        "language": "ja",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address"],
                  "coordinates": ["latitude", "longitude"], "register": "property"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["JP"]
    earlier = earlier_numbers(DATA, EARLIER, "81")
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}")
    found = []
    for i, row in enumerate(sheet_rows(raw)):
        digits = digits_of(row.get(PHONE) or "")
        if len(digits) < 7 or digits in earlier:
            continue
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": row})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_446.py`` writes its records around into
``scripts/data/pii_jp_nara_nurseries.json``: the phone fields of a register no earlier part
used (Japan, whose earlier parts took Takamatsu's, Toyama's, Iizuka's, Yaizu's, Sapporo's,
Yuzawa's, Kumamoto's, Koriyama's, Chiba's, Kawasaki's, Hachioji's and Namegata's city lists, the
Hokkaido, Tokyo, Kyoto and Osaka governments' lists, the roadside stations, the municipal
offices, the health and education ministries' lists, NII's libraries and Toyota's hydrogen
stations; this one is another publisher: Nara City's (奈良市, Nara Prefecture) list of its
nurseries, certified centres for early childhood education and care, kindergartens and
unlicensed nurseries, 保育所等一覧), exactly as the city's file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``data_org/hoikusyotouitiran.csv`` (Shift_JIS, CP932): the city's list as Code for Nara's
  nursery map ("papamama", 奈良市版保育園マップ) committed it (updated in 27016d7, 22 June
  2019): 149 rows, each with its kind (認可保育所, 認定こども園 in an education and a care part,
  幼稚園, 認可外保育施設, 地域型保育事業, 病児保育施設), name, starting age, capacity, opening
  and closing times, services (``○``/``×``), a link to the city's vacancy list, address,
  ``電話番号``, operator (``施設設置者``), coordinates, web page and a note; Japanese numbers
  with the area code, exchange and line joined by hyphens (``0742-22-7018``).

A facility is kept where its ``電話番号`` holds a number of seven digits or more whose digits
no earlier Japanese part's data holds and no facility kept before it has (a certified centre's
care part, ``(保育部分)``, shares its education part's line and is left out; one unlicensed
nursery's note says its number is another nursery's, which comes first), and where its operator
is not a private person (eight unlicensed and sick-child nurseries run by a person named in
``施設設置者`` are left out, so no private person's line is taken; the kept operators are the
city, the state's national universities, school and social-welfare corporations, companies and
associations, or none given). The kept rows, all of them, are in the file's order, each the
mapping of all of the file's columns to the strings it holds (the kept rows name no person:
the names are the facilities' and the operators' corporations).

    python scripts/jp_nara_nurseries_data.py JP_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_jp_nara_nurseries.json"
CAP = 400
PATH = "data_org/hoikusyotouitiran.csv"
PHONE, OPERATOR = "電話番号", "施設設置者"
# an operator that is a public body, a corporation or an association (else a private person)
BODY = re.compile(r"法人|会社|学園|協会|組合|大学|財団|^奈良市$|^国$")
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
    "pii_jp_takamatsu_bag_dealers.json", "pii_jp_takamatsu_lodging.json",
    "pii_jp_takamatsu_organization.json", "pii_jp_takamatsu_schools.json",
    "pii_jp_tokyo_nurseries.json", "pii_jp_tokyo_public_facilities.json",
    "pii_jp_toyama_nurseries.json", "pii_jp_yaizu_coupon_shops.json",
    "pii_jp_yuzawa_lists.json",
)  # fmt: skip
SOURCES = {
    "JP": {
        "repository": "code4nara/papamama",
        "commit": "27016d7307f430efd1f67a478f5195756ee08e41",
        "paths": [PATH],
        "encoding": "cp932",
        "publisher": "Nara City (奈良市, Nara Prefecture), its list of nurseries, certified "
        "centres, kindergartens and unlicensed nurseries (保育所等一覧, the city's nursery data "
        "with its vacancy list at www.naracity-kosodate.jp) as Code for Nara's nursery map "
        "(奈良市版保育園マップ, 'papamama') committed it (file last changed in 27016d7, 22 June "
        "2019, 'update date 2019')",
        "licence": "not confirmed: the repository's MIT licence ('Copyright (c) 2014 Code for "
        "Sapporo') covers its code; the city's terms for the data were not read here",
        "language": "ja",
        "roles": {"name": "施設名称", "phone": [PHONE], "address": ["住所"],
                  "register": "施設種別"},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """Whether the row's operator is not a private person (a public body, a corporation, an
    association, or none given)."""
    operator = row[OPERATOR].strip()
    return not operator or bool(BODY.search(operator))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept facilities of the list, with the commit they were read at."""
    meta = SOURCES["JP"]
    raw = _git(gits["JP"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "81"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = digits_of(row[PHONE])
        if len(tel) < 7 or tel in seen or tel in earlier or not kept(row):
            continue
        seen.add(tel)
        found.append({"country": "JP", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "JP", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real list that ``pii_held_out_347.py`` writes its records around into
``scripts/data/pii_tw_aphia_vet_hospitals.json``: the phone fields of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's, the
Ministry of Education's, the National Police Agency's, the Ministry of the Interior's, Chunghwa
Post's, MOS Burger's and other lists; this one is another publisher and another kind of
institution: the veterinary hospitals and clinics, 動物醫院 and 動物診所, that the counties and
cities license, as the Ministry of Agriculture's Animal and Plant Health Inspection Agency,
農業部動植物防疫檢疫署, lists them in its open query of veterinary practices,
``ahis9.aphia.gov.tw/Veter/OD/HLIndex.aspx``), exactly as the agency gives them.

One CSV file read from a git checkout at a named commit, values unchanged: the query's result
as a data-engineering course's project scraped it (2,073 practices, one per row, seven columns,
each value led by its label as the page prints it: ``開業執照：北市獸業字第527號``,
``發照日期：2017-07-10``, ``負責獸醫師(佐)：...``, ``聯絡電話：02-25091101``,
``地\xa0\xa0\xa0\xa0\xa0址：臺北市中山區...``, ``營業項目：動物診療``).

The ``tel`` fields are Taiwanese numbers as the practices registered them. Kept: every practice
whose ``tel`` (after its label) is one fixed line in the shapes the register mostly uses, each
number by its first row, none that the earlier Taiwanese parts' data files hold: the area code
with its trunk 0 before a hyphen (``02-25091101``, ``04-22351677``, ``037-469694``,
``02-2796-8241``), in one run with the line (``052858609``, ``0229846306``), in ASCII brackets
(``(037)609020``; none of the three in the sample) or left out (``25778182``, ``3017158``,
``2609-0119``). Left out: empty fields and ``無``, mobile numbers (``09...``: a number the
practice's veterinarian may hold as a person), fields of two numbers, extensions (``#``, ``＃``,
``分機``, ``-3`` after the line), a box-drawing dash, a doubled hyphen or a blank inside the
number, numbers in Chinese numerals. A seeded sample of at most 480 of them, in the file's
order; each kept row a mapping of the file's columns to the published strings (UTF-8, no
byte-order mark), less ``vet`` (the responsible veterinarian, a person's name), which is not
copied.

    python scripts/tw_aphia_vet_hospitals_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_aphia_vet_hospitals.json"
PATH = "data/raw/hospital/hospital_data.csv"
CAP = 480
PHONE = "tel"
LABEL = "聯絡電話："
PERSON = "vet"
# one fixed line as the practices write it: area code and hyphen, one run, brackets, no area code
SHAPE = re.compile(
    r"0[2-8]\d{0,2}-\d{6,8}|0[2-8]-\d{4}-\d{4}|0[2-8]\d{7,8}"
    r"|\(0[2-8]\d{0,2}\)\d{3,4}-?\d{3,4}|[2-8]\d{6,7}|[2-8]\d{3}-\d{4}"
)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
    "pii_tw_mos_burger_stores.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "refinism-B/TJR103-Group-1-Project",
        "commit": "7859ab8b5c2b5b55a000cbae3bb49d099d9ef4f7",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Animal and Plant Health Inspection Agency of Taiwan's Ministry of "
        "Agriculture (農業部動植物防疫檢疫署), its open query of the veterinary hospitals and "
        "clinics the counties and cities license (https://ahis9.aphia.gov.tw/Veter/OD/"
        "HLIndex.aspx: name, licence number, licence date, responsible veterinarian, "
        "telephone, address, services), as the course project 'TJR103 第一組專題：寵物資訊站' "
        "scraped it with its code/2_arthur/src/E_pet_hospital.py (its README names the agency's "
        "page as the source of its 寵物醫院 data); the file as added in 7859ab8 ('<modify> - "
        "修改檔案路徑', 3 November 2025) and removed again in 6ae9d6f (17 November 2025)",
        "licence": "not confirmed: the repository has no LICENSE file; its README's MIT badge "
        "is for the project and names no terms for the scraped data; the agency's terms for its "
        "query page were not read here",
        "language": "zh-TW",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address"],
                  "register": "license", "date": "license_date", "kind": "service"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept practices of the file, with the commit it was read at."""
    meta = SOURCES["TW"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        assert row[PHONE].startswith(LABEL), row[PHONE]
        tel = row[PHONE][len(LABEL) :]
        digits = digits_of(tel)
        if not SHAPE.fullmatch(tel) or digits in seen or digits in earlier:
            continue
        seen.add(digits)
        fields = {key: value for key, value in row.items() if key != PERSON}
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": fields})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

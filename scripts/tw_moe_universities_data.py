"""Extract the real list that ``pii_held_out_355.py`` writes its records around into
``scripts/data/pii_tw_moe_universities.json``: the phone fields of a register no earlier part
used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools and
preschools, Hsinchu City's medical institutions, the National Police Agency's stations,
Taipei's Department of Social Welfare's elder-care providers, Taipei's hotels, Chunghwa Post's
post offices, the Financial Supervisory Commission's financial institutions, the Tourism
Bureau's restaurants, the Taiwan Stock Exchange's securities branches, the cram-school
information system's cram schools, the Social and Family Affairs Administration's infant
child-care centres, the Ministry of the Interior's national civil associations, MOS Burger
Taiwan's stores and the Animal and Plant Health Inspection Agency's veterinary practices; this
one is another kind of institution: the universities, colleges and junior colleges of the
Ministry of Education's directory of higher education institutions, 大專校院名錄), exactly as
the ministry gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``u1_new.csv``: the ministry's Department of Statistics' 103學年度大專校院名錄 (the 2014-15
  school year), a title line, an empty line, then the header ``代碼,學校名稱,縣市名稱,地址,
  電話,網址,體系別`` and one row per institution: the four-digit school code (``0001``), the
  name (``國立政治大學``), the county with the list's code in brackets (``[38]臺北市``), the
  address led by its three-digit postcode in brackets (``[116]臺北市文山區指南路二段64號``),
  the telephone (the area code in brackets and the subscriber's digits with no separator,
  ``(02)29393091``, ``(049)2563489``), the web site and the system (``[1]一般``, ``[2]技職``,
  ``[3]師範``).

A row is kept where its ``電話`` is one number in that shape, ``(0`` and one to three more
digits ``)`` and six to eight digits, nothing else (left out: the fields with an extension
after ``#``, ``(049)2910960#2996``, and those with a blank or an ideographic space inside or
around the number, ``"(02) 24980707 "``), whose digits none of the earlier Taiwanese parts'
data files holds and no row kept before it has. Every kept row (fewer than the cap of other
parts, so no sample), in the file's order, as the mapping of all seven columns to the published
strings (the list names no person).

    python scripts/tw_moe_universities_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_moe_universities.json"
PATH = "u1_new.csv"
PHONE = "電話"
SHAPE = re.compile(r"\(0\d{1,3}\)\d{6,8}")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_ece_preschools.json",
    "pii_tw_taipei_hotels.json", "pii_tw_chunghwa_post_offices.json",
    "pii_tw_fsc_financial_institutions.json", "pii_tw_tourism_restaurants.json",
    "pii_tw_twse_securities_branches.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json", "pii_tw_moi_civil_associations.json",
    "pii_tw_mos_burger_stores.json", "pii_tw_aphia_vet_hospitals.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "BeautyInfo/beautyUniversity",
        "commit": "f0eaa49c18fdf874a31d24a129795e01a6259a50",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Ministry of Education, Department of Statistics (教育部統計處), its "
        "directory of higher education institutions (大專校院名錄) of the 103 school year, the "
        "file the ministry publishes as u1_new.csv (stats.moe.gov.tw/files/school/); copied "
        "into the repository in f0eaa49 ('add colleges data', 29 November 2015; removed in "
        "cc3863d, 6 December 2015)",
        "licence": "not confirmed: the repository's MIT licence (its License file, 'Copyright "
        "(c) 2016 Turtle') is for its code and names no terms for the list; the ministry's "
        "terms for the file were not read here",
        "language": "zh-Hant",
        "roles": {"name": "學校名稱", "phone": [PHONE], "address": ["地址"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    lines = raw.splitlines(keepends=True)
    assert lines[2].startswith("代碼,"), lines[:3]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    rows = []
    for i, row in enumerate(csv.DictReader(io.StringIO("".join(lines[2:]), newline=""))):
        tel = row[PHONE]
        if not SHAPE.fullmatch(tel) or digits_of(tel) in earlier or digits_of(tel) in seen:
            continue
        seen.add(digits_of(tel))
        rows.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

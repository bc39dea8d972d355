"""Extract the real list that ``pii_held_out_315.py`` writes its records around into
``scripts/data/pii_tw_cram_schools.json``: the phone fields of a register no earlier part used
(Taiwan, whose earlier parts took the National Health Insurance Administration's mask-stock list
and home-care institutions, the Ministry of Education's elementary schools and its preschools,
Hsinchu City's medical institutions, the National Police Agency's stations, Taipei's Department
of Social Welfare's elder-care providers, Taipei's hotels, Chunghwa Post's post offices, the
Financial Supervisory Commission's financial institutions, the Tourism Bureau's restaurants and
the Taiwan Stock Exchange's securities branches; this one is another list and another kind of
institution: the registered short-term cram schools, 短期補習班, of the national cram-school
information system, 全國補習及進修教育資訊網 (``bsb.kh.edu.tw``, run by Kaohsiung City's Bureau
of Education for the Ministry of Education, where every county's and city's education
department registers its cram schools), exactly as the system gives them.

One CSV file per county or city (``data/raw/南投縣.csv`` and 21 others), read from a git
checkout at a named commit, values unchanged: the files the repository kiang/bsb.kh.edu.tw
writes from the system's lists, one row per cram school with its code (``代號``, fourteen
digits), name (``補習班``), address (``班址``, with or without the county), ``電話``, registration
document number (``立案文號``) and date (``立案日期``). Kept: the rows whose ``電話`` is one fixed
line in the shapes the local governments write (``SHAPE``: the area code in ASCII brackets or
before a hyphen, the line in one run or in two groups, or the line alone with no area code),
each number by its first row, none of the earlier Taiwanese parts' data files; left out are
empty fields, mobiles (``09``, ``(09)``: numbers a cram school's owner may hold as a person),
fields of two or more numbers, extensions, full-width brackets and blanks inside the field. A
seeded sample of ``CAP``, in the files' order. Each row as a mapping of all six columns to the
published strings (the list names no person; some schools' trading names carry a teacher's
name, as they are registered).

    python scripts/tw_cram_schools_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_cram_schools.json"
CAP = 500
PHONE = "電話"
# the counties' and cities' files, in the order of the commit's tree
PATHS = tuple(
    f"data/raw/{county}.csv"
    for county in (
        "南投縣", "嘉義市", "嘉義縣", "基隆市", "宜蘭縣", "屏東縣", "彰化縣", "新北市",
        "新竹市", "新竹縣", "桃園市", "澎湖縣", "臺中市", "臺北市", "臺南市", "臺東縣",
        "花蓮縣", "苗栗縣", "連江縣", "金門縣", "雲林縣", "高雄市",
    )
)  # fmt: skip
# one fixed line as the local governments write it: the area code (trunk 0, not the mobiles'
# 09) in ASCII brackets, or before a hyphen, or in one run with the line; the line in one run
# or in two groups; or a line with no area code (seven or eight digits, in one run or two
# groups)
_AREA = r"0[2-8]\d{0,2}"
_LINE = r"(?:\d{6,8}|\d{3,4}-\d{3,4})"
SHAPE = re.compile(
    rf"\({_AREA}\)-?{_LINE}|{_AREA}-{_LINE}|0[2-8]\d{{7,8}}|[1-9]\d{{6,7}}|[1-9]\d{{2,3}}-\d{{4}}"
)
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "kiang/bsb.kh.edu.tw",
        "commit": "d946f06f541b2068861cd6766e9b2218db8fe290",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "the national cram-school information system (全國補習及進修教育資訊網, "
        "bsb.kh.edu.tw, run by Kaohsiung City Government's Bureau of Education for the "
        "Ministry of Education; each county's and city's education department registers its "
        "short-term cram schools, 短期補習班, there): each school's code, name, address, "
        "telephone, registration document number and date; one CSV per county or city as the "
        "repository's daily job wrote them, at d946f06 ('auto update @ 2026-08-23 04:20:37', "
        "23 August 2026)",
        "licence": "not confirmed: the repository's MIT licence (LICENSE, README) is its "
        "author's for the project and names no terms for the system's data; the terms of "
        "bsb.kh.edu.tw were not read here",
        "language": "zh-TW",
        "roles": {"name": "補習班", "phone": [PHONE], "address": ["班址"],
                  "code": "代號", "registration": ["立案文號", "立案日期"]},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the files, with the commit they were read at."""
    meta = SOURCES["TW"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for path in PATHS:
        raw = _git(gits["TW"], "show", f"{meta['commit']}:{path}").decode(meta["encoding"])
        for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
            tel = row[PHONE]
            if not SHAPE.fullmatch(tel) or digits_of(tel) in seen or digits_of(tel) in earlier:
                continue
            seen.add(digits_of(tel))
            found.append({"country": "TW", "path": f"{path}#{i}", "fields": dict(row)})
    kept = set(map(id, random.Random("register:TW").sample(found, min(CAP, len(found)))))
    return {"sources": SOURCES, "rows": [row for row in found if id(row) in kept]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real list that ``pii_held_out_323.py`` writes its records around into
``scripts/data/pii_tw_sfaa_childcare_centres.json``: the phone fields of a register no earlier
part used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools and
preschools, Hsinchu City's medical institutions, the National Police Agency's stations, Taipei's
Department of Social Welfare's elder-care providers, Taipei's hotels, Chunghwa Post's post
offices, the Financial Supervisory Commission's financial institutions, the Tourism Bureau's
restaurants, the Taiwan Stock Exchange's securities branches and the national cram-school
information system's cram schools; this one is another publisher and another kind of
institution: the infant child-care centres, 托嬰中心, of the Social and Family Affairs
Administration's child-care matching platform, 兒童托育媒合平台, ``ncwisweb.sfaa.gov.tw``, where
every county's and city's social-affairs department registers its centres), exactly as the
platform gives them.

One GeoJSON file (``docs/babycare.json``), read from a git checkout at a named commit, values
unchanged: the file the repository kiang/ncwisweb.sfaa.gov.tw writes from the platform's
lists, one feature per centre with its code (``id``, ``CW`` and eight digits), name, county and
district (``city``), address (most led by a postcode), ``phone``, licensed capacity, children
enrolled (``status``) and whether the platform lists it as open (``is_active``). Kept: the
open centres whose ``phone`` is one fixed line in the shapes the local governments write
(``SHAPE``: the area code in ASCII brackets or before a hyphen, the line in one run or in two
groups, or the line alone with no area code), each number by its first row, none of the earlier
Taiwanese parts' data files; left out are empty fields, mobiles (``09``, ``(09)``: numbers a
centre's director may hold as a person), fields of two or more numbers, extensions, full-width
brackets and blanks inside the field. A seeded sample of ``CAP``, in the file's order. Each row
as a mapping of the feature's eight properties to the published values (strings, the two
counts as integers, ``is_active`` a boolean; the list names no person).

    python scripts/tw_sfaa_childcare_centres_data.py TW_GIT
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_sfaa_childcare_centres.json"
CAP = 500
PHONE = "phone"
PATH = "docs/babycare.json"
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
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "kiang/ncwisweb.sfaa.gov.tw",
        "commit": "c51a1dfa8b3426326dde6fa0b4c7095fbec6a928",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the child-care matching platform (兒童托育媒合平台, ncwisweb.sfaa.gov.tw) of "
        "the Ministry of Health and Welfare's Social and Family Affairs Administration "
        "(衛生福利部社會及家庭署), where each county's and city's social-affairs department "
        "registers its infant child-care centres, 托嬰中心: each centre's code, name, county "
        "and district, address, telephone, capacity, enrolment and whether it is open; one "
        "GeoJSON file as the repository's daily job wrote it, at c51a1df ('auto update @ "
        "2026-08-23 00:00:01', 23 August 2026)",
        "licence": "not confirmed: the repository's README says the platform's data is "
        "'compatible with CC-BY license' with attribution to "
        "https://ncwisweb.sfaa.gov.tw/home/childcare-center, and its MIT licence (LICENSE) is "
        "its author's for the code; the platform's own terms were not read here",
        "language": "zh-TW",
        "roles": {"name": "name", "phone": [PHONE], "address": ["address"], "code": "id",
                  "district": "city"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    meta = SOURCES["TW"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = []
    for i, feature in enumerate(json.loads(raw)["features"]):
        fields = feature["properties"]
        tel = fields[PHONE]
        if fields["is_active"] is not True or not isinstance(tel, str):
            continue
        if not SHAPE.fullmatch(tel) or digits_of(tel) in seen or digits_of(tel) in earlier:
            continue
        seen.add(digits_of(tel))
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(fields)})
    kept = set(map(id, random.Random("register:TW").sample(found, min(CAP, len(found)))))
    return {"sources": SOURCES, "rows": [row for row in found if id(row) in kept]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_363.py`` writes its records around into
``scripts/data/pii_tw_dgpa_agencies.json``: the phone and fax fields of a register no earlier
part used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools,
preschools and universities, Hsinchu City's medical institutions, the National Police Agency's
stations, Taipei's elder-care providers and hotels, Chunghwa Post's post offices, the Financial
Supervisory Commission's financial institutions, the Tourism Bureau's restaurants, the Taiwan
Stock Exchange's securities branches, cram schools, infant child-care centres, national civil
associations, MOS Burger's stores and veterinary practices; this one is another publisher and
other kinds of institution: the Directorate-General of Personnel Administration's code list of
the central and local government agencies, 行政院所屬中央及地方機關代碼, its township and
district offices, household registration, land and tax offices, health stations, libraries,
markets, cleaning squads, councils, courts, research stations and state enterprises' branches),
exactly as the list gives them.

One file of the g0v community's ``addressbook-data-converter``, read from a git checkout at a
named commit, values unchanged:

* ``rawdata/organization/source-twgovdata-7307.csv``: the DGPA's ``orglist.CSV`` as data.gov.tw
  served it (data set 7307, ``svrorg.dgpa.gov.tw/cpacode/file/orglist.CSV``, UTF-8 with a
  byte-order mark), 20,566 agencies, living and abolished (``裁撤註記`` ``是``), each with its
  ten-character agency code (``機關代碼``, ``376475400A``), name, postcode, address, telephone
  (``機關電話``) and fax (``傳真``) as the list writes them: the area code and the line joined by
  a hyphen, often with an empty extension after a second hyphen (``04-8884166``,
  ``04-22522966-``, ``-(03)4933654-``), the supervising agency's code and name, the dates it
  took effect and was abolished (ROC calendar, ``0991225``), its level and its successor's and
  predecessor's codes and names.

An agency is kept where the list neither marks it abolished nor gives it a date of abolition
(``機關裁撤日期``), where its name is not a school's (earlier Taiwanese parts took the
ministry's schools, preschools and universities: names with ``學校``, ``小學``, ``中學``,
``大學``, ``學院``, ``專科``, ``幼兒園``, ``托兒所`` or ``補習`` are left out), where its
``機關電話`` is one number in the list's common shapes (``SHAPE``: an area code and a line of
five to eight digits, hyphenated or the code in brackets, an empty extension's hyphen before or
after it allowed; numbers with an extension, a range, a blank or no area code are left out),
whose digits, and the fax's, no earlier Taiwanese part's data holds, and whose telephone no
agency kept before it has (the first of agencies that share a switchboard); the kept agencies
are a seeded sample of ``CAP``, in the file's order. Each is kept as the mapping of all of the
file's columns to the published strings (the list names no person).

    python scripts/tw_dgpa_agencies_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_dgpa_agencies.json"
CAP = 400
PATH = "rawdata/organization/source-twgovdata-7307.csv"
PHONE, FAX = "機關電話", "傳真"
# one number: an area code and a line, an empty extension's hyphen before or after it allowed
SHAPE = re.compile(r"-?(?:0\d{1,3}-\d{5,8}|\(0\d{1,3}\)\d{5,8}|0\d-\d{4}-\d{4})-?")
SCHOOL = re.compile(r"學校|小學|中學|大學|學院|專科|幼兒園|托兒所|補習")
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
    "pii_tw_moe_universities.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "g0v/addressbook-data-converter",
        "commit": "a056289ee8a43a552c8cc3c7ec9ef5c64b2dcbf5",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Directorate-General of Personnel Administration, Executive Yuan "
        "(行政院人事行政總處), its code list of the central and local government agencies "
        "(行政院所屬中央及地方機關代碼, orglist.CSV, data.gov.tw data set 7307) as the g0v "
        "community's addressbook-data-converter fetched it (file added in 8b83d13, 'refactory.', "
        "17 April 2014, unchanged since; the repository's data-index.json names the source)",
        "licence": "not confirmed: the repository has no licence file; the terms data.gov.tw "
        "gave the list in 2014 were not read here",
        "language": "zh-Hant",
        "roles": {"name": "機關名稱", "phone": [PHONE], "fax": [FAX],
                  "address": ["郵遞區號", "機關地址"]},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """Whether the list keeps the agency alive (no abolition mark, no abolition date), it is not
    a school and its telephone is one number of ``SHAPE``."""
    if row["裁撤註記"] == "是" or row["機關裁撤日期"] or SCHOOL.search(row["機關名稱"]):
        return False
    return SHAPE.fullmatch(row[PHONE]) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept agencies of the list, with the commit it was read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel, fax = digits_of(row[PHONE]), digits_of(row[FAX])
        if not kept(row) or tel in seen or tel in earlier or fax in earlier:
            continue
        seen.add(tel)
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

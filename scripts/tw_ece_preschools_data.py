"""Extract the real list that ``pii_held_out_307.py`` writes its records around into
``scripts/data/pii_tw_ece_preschools.json``: the phone fields of a register no earlier part used
(Taiwan, whose earlier parts took the National Health Insurance Administration's mask-stock list
and home-care institutions, the Ministry of Education's elementary schools, Hsinchu City's
medical institutions, the National Police Agency's stations, Taipei's Department of Social
Welfare's elder-care providers, Taipei's hotels, Chunghwa Post's post offices, the Financial
Supervisory Commission's financial institutions, the Tourism Bureau's restaurants and the Taiwan
Stock Exchange's securities branches; this one is another list and another kind of institution:
the preschools, 幼兒園, of the Ministry of Education's National Early Childhood Educare
information system, 全國教保資訊網, as its public query of the local governments' penalties on
preschools, 違規裁處查詢, lists them), exactly as the system gives them.

One CSV file per county or city (``data/臺北市.csv`` and 19 others), read from a git checkout at a
named commit, values unchanged: the files the repository kiang/ap.ece's ``php/01_fetch.php``
writes from the system's pages (``ap.ece.moe.edu.tw/webecems/dtl/punish_view.aspx``), one row
per penalty, each with the preschool's name, county, district, kind (私立, 公立, 非營利), address
led by its three-digit postcode in brackets (``[202]義一路130號2樓``), ``電話`` (the area code in
brackets and the line in one run: ``(02)24254518``, ``(037)864283``), approved places, status and
the penalty's date, document number, rule, content and legal basis. Kept: the rows of preschools
in operation (``營運狀態`` ``正常``) whose ``電話`` is one number in the system's shape (left
out: the 30 fields with an extension after ``#``), each number by its first row, none of the
earlier Taiwanese parts' data files (a public preschool attached to a school may share the
school's switchboard); a seeded sample of ``CAP``, in the files' order. Each row as a mapping of
its file's columns to the published strings, less ``負責人/行為人`` (the responsible person's or
offender's name, a person's), which is not copied.

    python scripts/tw_ece_preschools_data.py TW_GIT
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
OUT = DATA / "pii_tw_ece_preschools.json"
CAP = 480
PHONE = "電話"
PERSON = "負責人/行為人"
# the counties' and cities' files, in the order of the commit's tree
PATHS = (
    "data/南投縣.csv", "data/嘉義市.csv", "data/嘉義縣.csv", "data/基隆市.csv",
    "data/宜蘭縣.csv", "data/屏東縣.csv", "data/彰化縣.csv", "data/新北市.csv",
    "data/新竹市.csv", "data/新竹縣.csv", "data/桃園市.csv", "data/臺中市.csv",
    "data/臺北市.csv", "data/臺南市.csv", "data/臺東縣.csv", "data/花蓮縣.csv",
    "data/苗栗縣.csv", "data/金門縣.csv", "data/雲林縣.csv", "data/高雄市.csv",
)  # fmt: skip
# one Taiwanese number as the system writes it: the area code with its trunk 0 in brackets, the
# line in one run (or, once, in two groups of four)
SHAPE = re.compile(r"\(0\d{1,3}\)(?:\d{6,8}|\d{4}-\d{4})")
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "kiang/ap.ece",
        "commit": "663f374bf04fbde79ba3cbc6e17258ab31597925",
        "paths": list(PATHS),
        "encoding": "utf-8",
        "publisher": "Ministry of Education (教育部), its National Early Childhood Educare "
        "information system (全國教保資訊網, ap.ece.moe.edu.tw/webecems), the public query of "
        "the local governments' penalties on preschools (punish_view.aspx): each preschool's "
        "name, county, district, kind, address, telephone, approved places and status beside "
        "each penalty; one CSV per county or city as the repository's php/01_fetch.php wrote "
        "them, the files as last changed in 663f374 ('auto update @ 2021-05-03 17:19:03', "
        "3 May 2021)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; its "
        "package.json names the MIT licence for its code and no terms for the data; the "
        "ministry's terms for the system's pages were not read here",
        "language": "zh-TW",
        "roles": {"name": "學校", "phone": [PHONE], "address": ["縣市", "鄉鎮市區", "住址"],
                  "kind": "公私立", "count": "核定人數", "status": "營運狀態"},
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
            if row["營運狀態"] != "正常" or not SHAPE.fullmatch(tel):
                continue
            if digits_of(tel) in seen or digits_of(tel) in earlier:
                continue
            seen.add(digits_of(tel))
            fields = {k: v for k, v in row.items() if k != PERSON}
            found.append({"country": "TW", "path": f"{path}#{i}", "fields": fields})
    kept = set(map(id, random.Random("register:TW").sample(found, min(CAP, len(found)))))
    return {"sources": SOURCES, "rows": [row for row in found if id(row) in kept]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

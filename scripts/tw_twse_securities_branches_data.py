"""Extract the real list that ``pii_held_out_299.py`` writes its records around into
``scripts/data/pii_tw_twse_securities_branches.json``: the phone fields of a register no earlier
part used (Taiwan, whose earlier parts took the National Health Insurance Administration's
lists, the Ministry of Education's elementary schools, Hsinchu City's medical institutions, the
National Police Agency's stations, Taipei's Department of Social Welfare's elder-care providers,
Taipei's hotels, Chunghwa Post's post offices, the Financial Supervisory Commission's financial
institutions and the Tourism Bureau's restaurants; this one is another publisher and another
list: the Taiwan Stock Exchange's list of securities brokers, their head offices and branches,
證券商基本資料, as its broker service page exports it), exactly as the exchange gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``broker_list.csv``: the exchange's export (``www.twse.com.tw/rwd/zh/brokerService/
  outPutExcel``) as the repository's crawler wrote it with pandas, UTF-8 CSV with the header
  ``證券商代號,證券商名稱,開業日,地址,電話``: the broker's code (``1020``, ``102A``, ``585s``),
  its name (a head office's short name, a branch's as ``統一-台中``), the day it opened in the
  Republic of China calendar (``100/12/02``, ``51/02/09``), the address and the telephone.

Kept are the rows whose ``電話`` is one Taiwanese number in the list's shapes: the area code with
its trunk 0 before a hyphen or in brackets and the line in one run or two groups
(``02-27528000``, ``03-347-3456``, ``038-330723``, ``(02)87525959``, ``(03)657-2758``), the same in
one run (``033475188``, ``0225165988``), at least nine digits in all, or an eight-digit line with
no area code, in one run or two groups of four (``77531899``, ``8726-9000``); left out are a
number with an odd separator (``02─87971188``, a box-drawing dash), one whose trunk 0 is missing
(``2-86685858``) and one a digit short (``05-228-991``); of a number that several rows share (a
head office and its international securities branch), only the first row; and any number of the
earlier Taiwanese parts' data (the financial institutions' list holds some of the same firms'
offices). A seeded sample of 480 of them, in the file's order; each row kept as a mapping of all
five columns to the published strings (the list names no person).

    python scripts/tw_twse_securities_branches_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_tw_twse_securities_branches.json"
CAP = 480
PATH = "broker_list.csv"
PHONE = "電話"
# one Taiwanese number as the list writes it: the area code with its trunk 0 before a hyphen or
# in brackets, the line in one run or two groups, or all in one run; or a local line of eight
# digits with no area code
SHAPE = re.compile(
    r"(?:0\d{1,3}-|\(0\d{1,3}\))(?:\d{6,8}|\d{2,5}-\d{3,5})|0\d{8,9}|\d{8}|\d{4}-\d{4}"
)
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "a86681718/StockAnalysis",
        "commit": "9cded174328aed25f19b63bc0eb0bf475f1b24d2",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Taiwan Stock Exchange (臺灣證券交易所), its list of securities brokers, "
        "their head offices and branches (證券商基本資料: code, name, opening day, address, "
        "telephone), the export www.twse.com.tw/rwd/zh/brokerService/outPutExcel as the "
        "repository's crawler pyfiles/Crawler_BrokerList.py saved it with pandas; the file as "
        "added in 9cded17 ('new start from 20250330', 30 March 2025) and removed in 3b0f749 "
        "(9 April 2025), a Taiwanese stock-market crawler and analysis project",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; the exchange's terms for the export were not read here",
        "language": "zh-TW",
        "roles": {"name": "證券商名稱", "phone": [PHONE], "address": ["地址"],
                  "codes": ["證券商代號"], "opened": "開業日"},
    },
}  # fmt: skip


def _kept(tel: str) -> bool:
    """Whether ``tel`` is one number in the list's shapes (a trunk number of nine digits or
    more, or a local line of eight)."""
    if not SHAPE.fullmatch(tel):
        return False
    digits = digits_of(tel)
    return len(digits) >= 9 if digits.startswith("0") else len(digits) == 8


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = row[PHONE]
        if not _kept(tel) or digits_of(tel) in seen or digits_of(tel) in earlier:
            continue
        seen.add(digits_of(tel))
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": dict(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

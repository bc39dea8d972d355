"""Extract the real list that ``pii_held_out_331.py`` writes its records around into
``scripts/data/pii_tw_moi_civil_associations.json``: the phone fields of a register no earlier
part used (Taiwan, whose earlier parts took the National Health Insurance Administration's
mask-stock list and home-care institutions, the Ministry of Education's elementary schools and
preschools, Hsinchu City's medical institutions, the National Police Agency's stations, Taipei's
Department of Social Welfare's elder-care providers, Taipei's hotels, Chunghwa Post's post
offices, the Financial Supervisory Commission's financial institutions, the Tourism Bureau's
restaurants, the Taiwan Stock Exchange's securities branches, the national cram-school
information system's cram schools and the Social and Family Affairs Administration's infant
child-care centres; this one is another publisher and another kind of institution: the national
civil associations, 全國性人民團體, social and occupational associations, 社會團體 and 職業團體,
as the Ministry of the Interior's civil-associations information system, ``group.moi.gov.tw``,
lists them), exactly as the system gives them.

One CSV file (``list.csv``), read from a git checkout at a named commit, values unchanged: the
file the repository kiang/group.moi.gov.tw wrote from the system's search pages (its
``parse.php``), one row per association with its name (``團體名稱``), kind (``團體類型``),
founding date in the Republic of China calendar (``成立日期``, ``093/11/27``), chairperson
(``理事長``), status (``社團狀態``: 已立案, registered, or 解散, dissolved), office telephone
(``會址電話``), approval number (``核准立案字號``, mostly ten digits, ``0930047574``) and office
address (``會址``, most led by a postcode). Kept: the registered associations whose ``會址電話``
is one fixed line in the shapes the associations write (``SHAPE``: the area code before a hyphen
or in ASCII brackets, the line in one run or in two groups, the whole in one run, or the line
alone with no area code), each number by its first row, none of the earlier Taiwanese parts'
data files; left out are dissolved associations, empty fields, mobiles (``09...``: numbers an
association's officer may hold as a person), free-phone numbers (``080...``), fields of two or
more numbers, extensions (``#``, ``轉``, ``*``, ``-`` after the line) and other punctuation. A
seeded sample of ``CAP``, in the file's order. Each row as a mapping of the file's columns to
the published strings, less ``理事長`` (the chairperson, a private person, is not carried).

    python scripts/tw_moi_civil_associations_data.py TW_GIT
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
OUT = DATA / "pii_tw_moi_civil_associations.json"
CAP = 480
PHONE = "會址電話"
PATH = "list.csv"
STATUS = "社團狀態"
DROPPED = ("理事長",)
# one fixed line as the associations write it: the area code (trunk 0, not the mobiles' 09 nor
# the free-phone 080) before a hyphen or in ASCII brackets, or in one run with the line; the
# line in one run or in two groups; or a line with no area code (seven or eight digits, in one
# run or two groups)
_AREA = r"0(?!9|80)[2-8]\d{0,2}"
_LINE = r"(?:\d{6,8}|\d{3,4}-\d{3,4})"
SHAPE = re.compile(
    rf"\({_AREA}\)-?{_LINE}|{_AREA}-{_LINE}|0(?!80)[2-8]\d{{7,8}}|[1-9]\d{{6,7}}"
    rf"|[1-9]\d{{2,3}}-\d{{4}}"
)
# the earlier Taiwanese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_asia_registers.json", "pii_tw_moe_elementary.json", "pii_tw_hsinchu_clinics.json",
    "pii_tw_nhi_home_care.json", "pii_tw_npa_police_stations.json",
    "pii_tw_taipei_social_welfare.json", "pii_tw_taipei_hotels.json",
    "pii_tw_chunghwa_post_offices.json", "pii_tw_fsc_financial_institutions.json",
    "pii_tw_tourism_restaurants.json", "pii_tw_twse_securities_branches.json",
    "pii_tw_ece_preschools.json", "pii_tw_cram_schools.json",
    "pii_tw_sfaa_childcare_centres.json",
)  # fmt: skip
SOURCES = {
    "TW": {
        "repository": "kiang/group.moi.gov.tw",
        "commit": "890a2721de75aa30323aa084492780c1ae59a908",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "the Ministry of the Interior's civil-associations information system "
        "(內政部 人民團體全國資訊網, group.moi.gov.tw, its search of the national social and "
        "occupational associations, 全國性社會團體 and 職業團體, that the Ministry approves "
        "and registers): each association's name, kind, founding date, chairperson, status, "
        "office telephone, approval number and office address; one CSV file as the "
        "repository's parse.php wrote it from the system's search pages, at 890a272 ('first "
        "commit', 27 July 2017)",
        "licence": "not confirmed: the repository has no LICENSE file and no README, and "
        "names no terms; the Ministry's own terms for its search pages were not read here",
        "language": "zh-TW",
        "roles": {"name": "團體名稱", "phone": [PHONE], "address": ["會址"],
                  "code": "核准立案字號", "kind": "團體類型", "date": "成立日期"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    meta = SOURCES["TW"]
    earlier, seen = earlier_numbers(DATA, EARLIER, "886"), set()
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        tel = row[PHONE]
        if row[STATUS] != "已立案" or not SHAPE.fullmatch(tel):
            continue
        if digits_of(tel) in seen or digits_of(tel) in earlier:
            continue
        seen.add(digits_of(tel))
        fields = {k: v for k, v in row.items() if k not in DROPPED}
        found.append({"country": "TW", "path": f"{PATH}#{i}", "fields": fields})
    kept = set(map(id, random.Random("register:TW").sample(found, min(CAP, len(found)))))
    return {"sources": SOURCES, "rows": [row for row in found if id(row) in kept]}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

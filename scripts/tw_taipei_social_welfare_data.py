"""Extract the real lists that ``pii_held_out_240.py`` writes its records around into
``scripts/data/pii_tw_taipei_social_welfare.json``: the phone fields of a register no earlier
part used (Taipei City's Department of Social Welfare, its lists of elder-care providers;
Taiwan's earlier parts took other publishers' registers), exactly as the department gives them.

Three lists of one publisher (臺北市政府社會局), read from a git checkout at a named commit,
values unchanged:

* ``114年度臺北市社區照顧關懷據點㇐覽表``: the 114 (2025) list of community care points (社區照顧
  關懷據點), run by community associations, temples, churches and foundations, each with its
  ``聯絡電話`` (``02-28369493``, mobiles ``0912-345678``, extensions after ``#``, ``分機`` or
  ``轉``, two numbers after a blank), beside its district, village (里), name, kind and address;
  a seeded sample of ``CARE_POINTS`` of the 498 kept;
* ``臺北市老人福利機構名冊1140201``: the register of elderly welfare institutions of 1 February
  114 (2025), public, publicly run by contract and private care homes (長期照顧中心), each with
  its ``電話`` (``02-28122366``; a few with a second number or a range ending ``~9``), beside
  the ownership, name, district, address, residents and approved beds; all that are kept;
* ``114年度臺北市居家服務機構一覽表``: the 114 list of home-care service agencies (居家服務機構),
  each with its ``電話`` (``02-2309-8728``, ``(02)8786-1127``, some without the area code,
  ``2230-3056``), beside its name, registered address, registration date, licence number
  (``北市社老字第10760155941號``), evaluation result and service areas; all that are kept.

The files are UTF-8 CSV as the repository wenlab501/long-term-care-web-wenlab501 (a web map of
Taipei's long-term care resources) committed them, each with the repository's geocoded
``lat``/``lon`` columns added. Kept: every row whose phone field holds a number of six digits
or more and can be labelled number by number as written; left out are the 6 whose field cannot
(two numbers glued together, ``02-2598230102-25982401``; a range whose end runs into the next
number, ``02-23046715~602-23046602``; two with numbers joined by a slash; two mobiles that lost
their trunk ``0``, ``918124780``) and the 2 care points whose number is an elementary school's
switchboard that an earlier part's data holds (``USED``). Each row is kept as a mapping of its
file's columns to the published strings, less the home-care list's ``機構負責人`` (a
person's name) and ``傳真`` (some of its numbers are the responsible person's own, marked
``(負責人)``); the other columns name no person (``據點名稱`` and ``機構名稱`` are the
providers' names).

    python scripts/tw_taipei_social_welfare_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_14 import numbers
from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_taipei_social_welfare.json"
CARE_POINTS = 337  # a seeded sample of the care points; all rows of the other two lists
# two care points meet at elementary schools and give the school's switchboard with an
# extension: numbers ``held_out_131``'s data (the Ministry of Education's directory) holds
USED = ("02-22301232", "02-28229651")
DIR = "public/data/csv/"
CARE = DIR + "台北市政府社會局/114年度臺北市社區照顧關懷據點㇐覽表_coord.csv"
ELDERLY = DIR + "台北市政府社會局/臺北市老人福利機構名冊1140201_coord.csv"
HOME = DIR + "114年度臺北市居家服務機構一覽表_coord.csv"
PHONES = {CARE: "聯絡電話", ELDERLY: "電話", HOME: "電話"}
DROPPED = {HOME: ("機構負責人", "傳真")}
SOURCES = {
    "TW": {
        "repository": "wenlab501/long-term-care-web-wenlab501",
        "commit": "00b6c05facc3d3394b4d2da2a1901b705507fdea",
        "paths": [CARE, ELDERLY, HOME],
        "encoding": "utf-8",
        "publisher": "Taipei City Government, Department of Social Welfare (臺北市政府社會局): "
        "its 114 (2025) list of community care points (社區照顧關懷據點), its register of "
        "elderly welfare institutions of 1 February 114 (老人福利機構名冊1140201) and its 114 "
        "list of home-care service agencies (居家服務機構一覽表), as the department publishes "
        "them (data.taipei and its web site); copied with geocoded lat/lon columns into the "
        "repository (a web map of Taipei's long-term care resources by a university "
        "geography lab), the first two in 31c26fd (23 June 2025), the third in c4724d2 (16 "
        "September 2025); its README files the first two under '台北市政府社會局資料' and does not "
        "name the pages it took the lists from (the third's licence numbers, 北市社老字, are "
        "the department's)",
        "licence": "not confirmed: the repository has no LICENSE file; its README's MIT "
        "licence covers the project and names no terms for the lists, which it files under "
        "'台北市政府社會局資料' and beside links to data.taipei and data.gov.tw; Taipei City's "
        "open data is commonly offered under the Open Government Data License, version 1.0 "
        "(政府資料開放授權條款), not read here",
        "language": "zh-Hant",
        "roles": {
            "name": {CARE: "據點名稱", ELDERLY: "機構名稱", HOME: "單位名稱"},
            "phone": PHONES,
            "address": {CARE: "據點地址", ELDERLY: "地址", HOME: "立案地址"},
        },
    },
}  # fmt: skip


def labellable(field: str) -> bool:
    """Whether each number of ``field`` can be labelled on its own as written: 7 to 11 digits,
    no slash inside, not the tail of a range (``~``) or an extension (``#``), and a leading
    ``0`` or ``(`` where it has ten digits or more (a mobile written without its trunk ``0``,
    ``918124780``, is no number of the plan as written)."""
    found = numbers(field.strip())
    if not found:
        return False
    for s, e in found:
        value = field.strip()[s:e]
        digits = sum(c.isdigit() for c in value)
        before = field.strip()[s - 1 : s]
        if not 7 <= digits <= 11 or "/" in value or before in ("~", "#"):
            return False
        if digits >= 9 and not re.match(r"\(?0", value):
            return False
    return True


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the three lists, with the commit they were read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            found = []
            for i, row in enumerate(table):
                phone = PHONES[path]
                if not _has_phone(row, [phone]) or not labellable(row[phone]):
                    continue
                if any(row[phone].startswith(number) for number in USED):
                    continue
                fields = {k: v for k, v in row.items() if k not in DROPPED.get(path, ())}
                found.append({"country": country, "path": f"{path}#{i}", "fields": fields})
            rows += (
                seeded_sample(found, f"{country}:{path}", CARE_POINTS) if path == CARE else found
            )
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

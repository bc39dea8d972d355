"""Extract the real list that ``pii_held_out_266.py`` writes its records around into
``scripts/data/pii_tw_chunghwa_post_offices.json``: the phone and fax fields of a register no
earlier part used (Taiwan, whose earlier parts took the National Health Insurance
Administration's lists, the Ministry of Education's elementary schools, Hsinchu City's medical
institutions, the National Police Agency's stations, Taipei's Department of Social Welfare's
elder-care providers and Taipei's hotels; this one is another publisher and another kind of
institution: Chunghwa Post's list of its post offices, 中華郵政全國營業據點), exactly as the
post gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``中華郵政全國營業據點.csv`` (UTF-8 with a byte-order mark, data.gov.tw dataset 5950): one row
  a post office, 1,296 of them, each with three numbers, ``郵務電話`` (the postal counter),
  ``儲匯電話`` (the savings and remittance counter; the same number as the postal one in 1,084
  rows) and ``郵務傳真`` (the fax), as the post writes them: the area code in brackets, the
  line after it with a hyphen before its last four digits (``(02)2361-5752``,
  ``(06)226-7962``, ``(049)252-2517``, Kinmen's ``(082)32-5823``), Matsu's and Wuqiu's with no
  hyphen (``(0836)22050``, ``(0826)66038``); beside them the six-digit postcode
  (``六碼郵遞區號``, ``100003``), the computer and postal office numbers (``電腦局號``,
  ``000100-6``; ``郵務局號``, ``100000``), the name and computer name, county, district,
  address, coordinates, the services and hours of each weekday and the remark on the hours
  (HTML ``<br>`` line breaks, kept), and the three-digit postcode.

Every row whose three fields are each one number in those shapes is kept (1,278 of 1,296):
left out are the 17 rows whose ``郵務電話`` or ``儲匯電話`` carries an extension after a third
hyphen (``(02)2790-1070-13``, ``(07)746-2446-605、606``), which cannot be told from the line
as written, and the one whose fax lost its opening bracket (``03)365-4644``); a seeded sample
of 300 of them, in the file's order; each row kept as a mapping of all of its columns to the
published strings (the byte-order mark dropped from the first header; the list names no
person).

    python scripts/tw_chunghwa_post_offices_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_chunghwa_post_offices.json"
CAP = 300
PATH = "中華郵政全國營業據點.csv"
PHONES = ("郵務電話", "儲匯電話", "郵務傳真")
# one number as the post writes it: the area code in brackets, then the line
SHAPE = re.compile(r"\(0\d{1,3}\)(?:\d{2,4}-\d{4}|\d{5})")
SOURCES = {
    "TW": {
        "repository": "nczz/taiwan-banks-list",
        "commit": "cb098b37429045617c97b72563e75d5e1a617353",
        "paths": [PATH],
        "encoding": "utf-8-sig",
        "publisher": "Chunghwa Post Co., Ltd. (中華郵政股份有限公司, the state-owned postal "
        "service of Taiwan), its list of post offices (中華郵政全國營業據點, data.gov.tw dataset "
        "5950: names, office numbers, postal and savings telephone numbers, fax, address, "
        "coordinates and opening hours), as the repository last changed the file in 22d0430 "
        "('更新輸出資料', 17 December 2023); its README names data.gov.tw/dataset/5950 among "
        "its references",
        "licence": "not confirmed: the repository's README names the MIT licence for the "
        "project and no terms for the list; data.gov.tw publishes its data sets under the Open "
        "Government Data License, version 1.0 (政府資料開放授權條款－第1版), not read here for "
        "this dataset",
        "language": "zh-TW",
        "roles": {"name": "局名", "phone": ["郵務電話", "儲匯電話"], "fax": ["郵務傳真"],
                  "address": ["縣市", "鄉鎮市區", "地址"], "postcode": "六碼郵遞區號"},
    },
}  # fmt: skip


def kept(fields: dict[str, str]) -> bool:
    """Whether each of the row's three number fields is one number in the post's shapes."""
    return all(SHAPE.fullmatch(fields[column]) for column in PHONES)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit they were read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    table = csv.DictReader(io.StringIO(raw, newline=""))
    found = [
        {"country": "TW", "path": f"{PATH}#{i}", "fields": dict(row)}
        for i, row in enumerate(table)
        if kept(row)
    ]
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

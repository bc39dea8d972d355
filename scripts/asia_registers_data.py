"""Extract the real registers that ``pii_held_out_13.py`` writes its records around into
``scripts/data/pii_asia_registers.json``: phone fields exactly as public bodies of two
countries no earlier part used (India, Taiwan) published them.

Two registers, each read from a git checkout at a named commit, values unchanged:

* ``IN``: the Hospital Directory of India's National Health Portal (Centre for Health
  Informatics, Ministry of Health and Family Welfare), published on the Open Government Data
  Platform India (data.gov.in) under the Government Open Data License - India (GODL), as the
  repository nikhil-dhumal/EquiHealth committed it (``data/hospital_directory.csv``; the
  repository's MIT licence covers its code and names no licence for this file): STD code and
  local number apart, padded with runs of spaces (``08554    274194``), local numbers with no
  STD code (``2360660``, ``277444``), several numbers in a field (``040 30418888, 040
  66668888``, ``0866  2477067 , 2484448``, ``229940/200345``), mobiles (``9441074096``);
  coordinates, PIN codes, serial numbers.
* ``TW``: the National Health Insurance Administration's list of contracted pharmacies and
  clinics with their mask stock (健保特約機構口罩剩餘數量明細清單, data.gov.tw dataset 116285),
  published under the Open Government Data License, version 1.0 (政府資料開放授權條款－第1版,
  compatible with CC BY 4.0), as the repository e87042170/mask-map committed its download of
  2020-03-03 11:23 (``maskdata.csv``; the repository's GPL-3.0 covers its code): the area code in
  brackets and the number unbroken (``(02)27653147``, ``(083)623995``); ten-digit institution
  codes, addresses with full-width house numbers, stock counts, the source's time stamp.

``CAP`` rows with a number of six digits or more per register, a seeded sample. Each row is
kept as a mapping of its register's column names to the published strings (unnamed empty
columns left out), with the names of the columns that play each role.

    python scripts/asia_registers_data.py IN_GIT TW_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _csv_rows, _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_asia_registers.json"
CAP = 400  # rows with a phone per country at most, a seeded sample
SOURCES = {
    "IN": {
        "repository": "nikhil-dhumal/EquiHealth",
        "commit": "f1b88de6401fd992fccce60ff05733436d2932f5",
        "path": "data/hospital_directory.csv",
        "publisher": "National Health Portal of India (Centre for Health Informatics, "
        "Ministry of Health and Family Welfare), Hospital Directory, on data.gov.in",
        "licence": "Government Open Data License - India (GODL), the licence of "
        "data.gov.in; the repository's copy names no licence of its own for the file",
        "language": "en",
        "roles": {"name": "Hospital_Name", "street": "Address_First_Line",
                  "area": ["District", "State"], "postcode": "Pincode",
                  "phone": "Telephone", "register": "Sr_No"},
    },
    "TW": {
        "repository": "e87042170/mask-map",
        "commit": "3ef11f7620791cf4fee25598bf14cab0e6a99b4f",
        "path": "maskdata.csv",
        "publisher": "National Health Insurance Administration, Ministry of Health and "
        "Welfare (衛生福利部中央健康保險署), 健保特約機構口罩剩餘數量明細清單, data.gov.tw "
        "dataset 116285, as downloaded 2020-03-03 11:23",
        "licence": "Open Government Data License, version 1.0 (政府資料開放授權條款－第1版, "
        "data.gov.tw/license; compatible with CC BY 4.0); the repository's GPL-3.0 covers "
        "its code",
        "language": "zh",
        "roles": {"name": "醫事機構名稱", "street": "醫事機構地址", "area": [],
                  "postcode": None, "phone": "醫事機構電話", "register": "醫事機構代碼"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the registers, with the commit each was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        text = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}").decode("utf-8-sig")
        found = [
            {
                "country": country,
                "path": f"{meta['path']}#{i}",
                "fields": {k: v for k, v in row.items() if k},
            }
            for i, row in enumerate(_csv_rows(text))
            if _has_phone(row, [meta["roles"]["phone"]])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

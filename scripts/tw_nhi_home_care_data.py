"""Extract the real list that ``pii_held_out_180.py`` writes its records around into
``scripts/data/pii_tw_nhi_home_care.json``: the phone fields of a register no earlier part used
(the National Health Insurance Administration's list of the medical institutions of its
Integrated Home-Based Medical Care plan, Taiwan; Taiwan's earlier parts took the same
administration's mask-stock list of pharmacies and health centres, the Ministry of Education's
elementary schools and Hsinchu City's medical institutions), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``A21030000I-D2000H-001.csv``: the institutions taking part in the National Health
  Insurance's Integrated Home-Based Medical Care plan (全民健康保險居家醫療照護整合計畫), one row
  per institution and care team (整合團隊): the institution's ten-digit code (``醫事機構代碼``,
  ``3501106479``), name, whether it leads the team (``主責機構註記``, ``V`` or empty), address,
  phone (``醫事機構電話``: the area code in brackets and the subscriber's digits, most with no
  separator, ``(02)25553000``, ``(037)261920``, ``(049)2231150``; a few with a hyphen,
  ``(02)2503-1076``, or a space, ``(08) 7221152``, one area code without its trunk 0,
  ``(4)8781819``), the effective dates (``20160301``, ``29101231``), and the team's code
  (``HM01090001``) and name.

The file is UTF-8 with a byte-order mark, as the administration publishes it (its file name is
the data set's identifier on the administration's open-data site, ``A21030000I`` the
administration's agency code), copied into the repository kileyou123-maker/health-dashboard
(a Taiwanese health data dashboard). Kept: each institution once, by its first row in the
file (an institution in several teams is listed once per team), with a number of six digits or
more in ``醫事機構電話``, less the kinds of institution and the city that Taiwan's earlier parts
took: health centres (``衛生所``, ``健康服務中心``), pharmacies (``藥局``) and the institutions of
Hsinchu City (``新竹市``); then a seeded sample of 500, in the file's order. Each row is kept as a
mapping of all nine columns to the published strings (the list names no person: the name is
the institution's, some clinics bearing their doctors' surnames as their trading names do).

    python scripts/tw_nhi_home_care_data.py TW_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_nhi_home_care.json"
CAP = 500
PATHS = ("A21030000I-D2000H-001.csv",)
# the kinds of institution and the city that Taiwan's earlier parts took
TAKEN_KINDS = ("衛生所", "健康服務中心", "藥局")
TAKEN_CITY = "新竹市"
SOURCES = {
    "TW": {
        "repository": "kileyou123-maker/health-dashboard",
        "commit": "c275d1ddc3b620681e4015ad12a64419d94419ea",
        "paths": list(PATHS),
        "encoding": "utf-8-sig",
        "publisher": "National Health Insurance Administration, Ministry of Health and "
        "Welfare (衛生福利部中央健康保險署, agency code A21030000I), its list of the medical "
        "institutions and care teams of the National Health Insurance's Integrated "
        "Home-Based Medical Care plan (全民健康保險居家醫療照護整合計畫), data set "
        "A21030000I-D2000H-001 of its open-data site; copied into the repository in 1d5203e "
        "('Add files via upload', 22 October 2025), a Taiwanese health data dashboard whose "
        "scripts read the administration's open-data site",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms or source; the administration's open data is commonly offered under the Open "
        "Government Data License, version 1.0 (政府資料開放授權條款), not read here",
        "language": "zh-Hant",
        "roles": {"name": "醫事機構名稱", "phone": ["醫事機構電話"], "address": ["醫事機構地址"]},
    },
}  # fmt: skip


def taken(row: dict[str, str]) -> bool:
    """Whether the row is of a kind of institution or the city an earlier part took."""
    name, address = row["醫事機構名稱"], row["醫事機構地址"]
    return any(kind in name for kind in TAKEN_KINDS) or address.startswith(TAKEN_CITY)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the list, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        found, seen = [], set()
        for path in meta["paths"]:
            raw = _git(git_dir, "show", f"{meta['commit']}:{path}")
            table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
            for i, row in enumerate(table):
                code = row["醫事機構代碼"]
                if code in seen:
                    continue
                seen.add(code)
                if _has_phone(row, meta["roles"]["phone"]) and not taken(row):
                    found.append({"country": country, "path": f"{path}#{i}", "fields": dict(row)})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_121.py`` writes its records around into
``scripts/data/pii_kr_tourist_sites.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of tourist sites, whose managing bodies the local
governments are; Korea's earlier part took its public libraries), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국관광지정보표준데이터.csv`` (the "national tourist site information standard data"
  of the Public Data Portal, data.go.kr) as a student project committed it (repository
  ji893/location-based-travel-chatbot, CP949): one row per designated tourist site, its name,
  kind (``관광지``), road and lot-number addresses, latitude and longitude, facility columns,
  an introduction, and the managing body's phone (``관리기관전화번호``) and name
  (``관리기관명``) beside the providing local government (``제공기관명``). South Korean numbers
  as the file writes them: area code, exchange and line joined by hyphens (``061-363-7278``,
  ``02-879-5605``, ``02-2600-6456``, ``031-8075-4642``, ``070-4100-1100``), national
  representative numbers of eight digits (``1588-4888``) and one ``0507`` number grouped 4-4-3
  (``0507-1330-366``).

Every row has a number of six digits or more in ``관리기관전화번호``; a seeded sample of 600 of
the 847 is kept, in the file's order. Each row is kept as a mapping of the kept column names to
the published strings. The file's columns without a name (all empty in its rows) are left out,
and so is the long ``관광지소개`` text.

    python scripts/kr_tourist_sites_data.py KR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_tourist_sites.json"
CAP = 600
KEPT = (
    "관광지명", "관광지구분", "소재지도로명주소", "소재지지번주소", "위도", "경도",
    "공공편익시설정보", "숙박시설정보", "운동및오락시설정보", "휴양및문화시설정보",
    "접객시설정보", "지원시설정보", "관리기관전화번호", "관리기관명", "제공기관명",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "ji893/location-based-travel-chatbot",
        "commit": "3409e61900191bcab8f9d11ed363a2ca9b835eb5",
        "path": "전국관광지정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of tourist sites (전국관광지정보표준데이터), each row provided by a "
        "local government (제공기관명); committed by a student project in 3409e61 ('Add files "
        "via upload', 11 June 2025)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not read "
        "here",
        "language": "ko",
        "roles": {"name": "관광지명", "phone": ["관리기관전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"],
                  "coordinates": ["위도", "경도"], "operator": "관리기관명",
                  "provider": "제공기관명"},
        "kept_columns": list(KEPT),
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = list(csv.reader(io.StringIO(raw.decode(meta["encoding"]), newline="")))
        header, body = table[0], table[1:]
        index = {name: header.index(name) for name in KEPT}
        found = []
        for i, cells in enumerate(body):
            row = {name: cells[index[name]] for name in KEPT}
            if _has_phone(row, meta["roles"]["phone"]):
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

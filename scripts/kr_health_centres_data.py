"""Extract the real register that ``pii_held_out_228.py`` writes its records around into
``scripts/data/pii_kr_health_centres.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of public health institutions, 전국보건기관표준데이터:
the public health centres of the local governments and their branches and rural posts; Korea's
earlier parts took the Public Data Portal's standard data of public libraries, tourist sites
and museums, the National Police Agency's police boxes and the National Health Insurance
Service's branch offices), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``data/health_orgs_raw.csv`` (CP949), the Public Data Portal's 전국보건기관표준데이터
  (data.go.kr, data set 15107750) as a project committed it (repository KoJiHyeok/pest-sns,
  whose ``build_offices.py`` reads it to find each district's health centre): one row per
  public health institution, 3,598 in all, its province (``시도``), district (``시군구``),
  kind (``기관유형``: 보건진료소 1,902, 일반보건지소 1,319, 보건소 244, 건강생활지원센터 96,
  통합보건지소 22, 보건의료원 15), the health centre it belongs to (``상위 보건기관명``), its
  name (``보건기관명``, 17 with a trailing blank), street address, administrative dong,
  island flag (``도서지역 여부``) and representative number (``대표 전화번호``). South Korean
  numbers as the file writes them: area code, exchange and line joined by hyphens
  (``02-2148-3514``, ``061-390-8371``, ``031-8024-8625``), two with a doubled hyphen
  (``061-390--7905``, ``031-672--8900``); no mobile numbers, no e-mail column.

Every row has a number of six digits or more in ``대표 전화번호``; a seeded sample of 600 of
the 3,598 is kept, in the file's order. Each row is kept as a mapping of all of the file's
columns to the published strings (the register names no person: ``보건기관명`` and ``상위
보건기관명`` are the institutions' names).

    python scripts/kr_health_centres_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_health_centres.json"
CAP = 600
SOURCES = {
    "KR": {
        "repository": "KoJiHyeok/pest-sns",
        "commit": "f234107e3c5f60a7270fc5f56e9ccd4a4649b1dc",
        "path": "data/health_orgs_raw.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of public health institutions (전국보건기관표준데이터, data set "
        "15107750), whose rows the local governments provide: their public health centres "
        "(보건소, 보건의료원), branches (보건지소), rural health posts (보건진료소) and "
        "health-living support centres (건강생활지원센터); committed by a pest-report demo "
        "project in f234107 (1 July 2026), whose build_offices.py names the data set as its "
        "source; unchanged to the newest commit, e88aeaf",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not read "
        "here",
        "language": "ko",
        "roles": {"name": "보건기관명", "phone": ["대표 전화번호"], "address": ["주소"],
                  "kind": "기관유형", "parent": "상위 보건기관명",
                  "region": ["시도", "시군구", "읍면동명"], "island": "도서지역 여부"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_282.py`` writes its records around into
``scripts/data/pii_kr_traditional_markets.json``: the phone fields of a register no earlier
part used (South Korea's national standard data of traditional markets, 전국전통시장표준데이터,
whose rows the Small Enterprise and Market Service, 소상공인시장진흥공단, provides; Korea's
earlier parts took the Public Data Portal's standard data of public libraries, tourist sites,
museums, public health institutions, recreational forests, urban parks, universities and
dementia centres, the National Police Agency's police boxes and the National Health Insurance
Service's branch offices), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``data/전국전통시장표준데이터.csv`` (CP949), the Public Data Portal's
  전국전통시장표준데이터 (data.go.kr) as a project committed it (repository
  hwruchan/Traditional-Market-Infrastructure-Review-Analysis, a student analysis of the
  markets' facilities and their map reviews): one row per traditional market, 1,388 in all, its
  name, kind (``시장유형``: 상설장, 상설장+5일장, 5일장), road and lot-number addresses, opening
  cycle (``시장개설주기``: 매일, 2일+7일 ...), coordinates, number of shops, goods
  (``취급품목``, joined by ``+``), gift certificates, web page, public toilet and car park
  (``Y``/``N``), year of opening, the market's telephone (``전화번호``), reference date
  (2024-11-04) and the providing body's code and name (``B553077``, 소상공인시장진흥공단).
  South Korean numbers as the file writes them, area code, exchange and line joined by hyphens
  (``033-648-4477``, ``02-3679-1400``, ``070-7376-2804``, one grouped 3-4-4 as published,
  ``033-6629-2920``); 841 rows hold one, 828 distinct numbers; no fax or e-mail column.

Of the rows whose ``전화번호`` holds a number of six digits or more, the first row in the
file's order of each distinct number; of those, a seeded sample of 400
(``register_contacts_data.seeded_sample``), in the file's order; each row kept as a mapping of
all of the file's columns to the published strings (the register names no person: ``시장명`` is
a market's name, the number its merchants' association's or office's).

    python scripts/kr_traditional_markets_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_traditional_markets.json"
CAP = 400
SOURCES = {
    "KR": {
        "repository": "hwruchan/Traditional-Market-Infrastructure-Review-Analysis",
        "commit": "8be12391793e6d3dc7d3c94b2a3b525c7df9b0d7",
        "path": "data/전국전통시장표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of traditional markets (전국전통시장표준데이터), whose rows the Small "
        "Enterprise and Market Service (소상공인시장진흥공단, provider code B553077) provides: "
        "each traditional market with its telephone; reference date 2024-11-04; committed by a "
        "student analysis project in 8be1239 ('전통시장 분석', 21 January 2026)",
        "licence": "not confirmed: the repository has no LICENSE file (its README shows an MIT "
        "badge that links to none); data.go.kr's standard data sets are commonly offered under "
        "KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "시장명", "phone": ["전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "시장유형",
                  "goods": "취급품목", "provider": "제공기관명"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first row of each distinct phone
    field), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, distinct="전화번호")


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

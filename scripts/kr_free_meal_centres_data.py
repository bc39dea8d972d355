"""Extract the real register that ``pii_held_out_290.py`` writes its records around into
``scripts/data/pii_kr_free_meal_centres.json``: the phone fields of a register no earlier part
used (South Korea's national standard data of free meal centres, 전국무료급식소표준데이터, whose
rows the local governments provide; Korea's earlier parts took the Public Data Portal's
standard data of public libraries, tourist sites, museums, public health institutions,
recreational forests, urban parks, universities, dementia centres and traditional markets, the
National Police Agency's police boxes and the National Health Insurance Service's branch
offices), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국무료급식소표준데이터.csv`` (CP949), the Public Data Portal's
  전국무료급식소표준데이터 (data.go.kr) as a project committed it (repository
  potoblue/Project01, a student analysis of older people's services in Seoul): one row per
  free meal centre (경로식당, 무료급식소, 노인복지관, 지역아동센터 ...), 1,254 in all, its name,
  road and lot-number addresses, operating body (``운영기관명``), telephone (``전화번호``),
  place, the people it feeds (``급식대상``: 결식노인, 결식아동, 노숙인 ...), meal times and days,
  start and end of operation, coordinates, reference date and the providing body's code and
  name (a province, city, county or district, or the Korean Red Cross). South Korean numbers
  as the file writes them, area code, exchange and line joined by hyphens (``061-240-3563``,
  ``02-895-5973``, ``070-7750-5831``), three Seoul numbers without their area code
  (``2634-1760``); 1,167 rows hold one; no fax or e-mail column, no mobile number.

Of the rows whose ``전화번호`` holds a number of six digits or more, less those whose operating
body is ``개인`` (a private person: the number may be a person's), the first row in the file's
order of each distinct number; of those, a seeded sample of 500
(``register_contacts_data.seeded_sample``), in the file's order; each row kept as a mapping of
all of the file's columns to the published strings (the register names no person: the names
are the centres', their operating bodies' and the providing governments').

    python scripts/kr_free_meal_centres_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import _has_phone, extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_free_meal_centres.json"
CAP = 500
SOURCES = {
    "KR": {
        "repository": "potoblue/Project01",
        "commit": "e97898b8a64cbc852b509f36f0e2f5f62127686d",
        "path": "전국무료급식소표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of free meal centres (전국무료급식소표준데이터), whose rows the local "
        "governments (and the Korean Red Cross, 대한적십자사) provide: each free meal centre "
        "with its operating body's telephone; reference dates 2022 to 2025; committed by a "
        "student analysis project in e97898b ('파일 추가', 25 November 2025), unchanged in the "
        "newest commit e06f842",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not "
        "read here",
        "language": "ko",
        "roles": {"name": "시설명", "phone": ["전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "operator": "운영기관명",
                  "target": "급식대상", "provider": "제공기관명"},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> bool:
    """A row with a phone that no private person operates."""
    return _has_phone(row, ["전화번호"]) and not row["운영기관명"].strip().startswith("개인")


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first row of each distinct phone
    field, less the rows a private person operates), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, kept=_kept, distinct="전화번호")


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

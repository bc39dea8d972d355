"""Extract the real register that ``pii_held_out_272.py`` writes its records around into
``scripts/data/pii_kr_universities.json``: the phone and fax fields of a register no earlier
part used (South Korea's national standard data of universities and colleges,
전국대학및전문대학정보표준데이터, provided by the Korean Council for University Education; Korea's
earlier parts took the Public Data Portal's standard data of public libraries, tourist sites,
museums, public health institutions, recreational forests and urban parks, the National Police
Agency's police boxes and the National Health Insurance Service's branch offices), exactly as
the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국대학및전문대학정보표준데이터.csv`` (CP949), the Public Data Portal's
  전국대학및전문대학정보표준데이터 (data.go.kr) as a project committed it (repository
  junho-kim79/ipsspass, an admissions helper page): one row per university, college or
  graduate school, 1,961 in all (1,520 graduate schools, 261 universities, 180 junior
  colleges), its name and English name, main or branch campus (``본분교구분명``: 본교,
  제2캠퍼...), kind (``대학구분명``, ``학교구분명``: 특수대학원, 대학교, 전문대학원, 일반대학원,
  전문대학, 기능대학, 사이버대학(대학) and others), founding type (국립, 공립, 사립), the
  province's code and name, road and lot-number addresses, road and lot postcodes, web page,
  the representative telephone (``대표전화번호``) and fax (``대표팩스번호``), date of founding,
  reference year (2024), reference date (2025-01-08) and the providing body's code and name
  (``B340014``, 한국대학교육협의회). South Korean numbers as the file writes them, area code,
  exchange and line joined by hyphens (``02-910-4246``, ``042-520-5524``, ``031-8005-2232``),
  ``070`` and ``0504`` numbers among the faxes (``070-4850-8309``, ``0504-462-3452``), 36
  national representative numbers of eight digits among the telephones (``1577-0020``); every
  row has both, some a fax equal to its telephone; no e-mail column.

A seeded sample of 400 rows (``register_contacts_data.seeded_sample``), in the file's order;
each row kept as a mapping of all of the file's columns to the published strings (the register
names no person: ``학교명`` is an institution's name).

    python scripts/kr_universities_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_universities.json"
CAP = 400
SOURCES = {
    "KR": {
        "repository": "junho-kim79/ipsspass",
        "commit": "b32326f85fe6ba311383c1954937443f3a13c0fd",
        "path": "전국대학및전문대학정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of universities and colleges (전국대학및전문대학정보표준데이터), whose "
        "rows the Korean Council for University Education (한국대학교육협의회, provider code "
        "B340014) provides: each university, college and graduate school with its "
        "representative telephone and fax; reference date 2025-01-08; committed by an "
        "admissions helper project in b32326f ('Add files via upload', 8 March 2026)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "학교명", "phone": ["대표전화번호", "대표팩스번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "학교구분명",
                  "provider": "제공기관명"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_274.py`` writes its records around into
``scripts/data/pii_kr_dementia_centres.json``: the phone fields of a register no earlier part
used (South Korea's national standard data of dementia centres, 전국치매센터표준데이터, whose
rows the local governments provide; Korea's earlier parts took the Public Data Portal's
standard data of public libraries, tourist sites, museums, public health institutions,
recreational forests, urban parks and universities, the National Police Agency's police boxes
and the National Health Insurance Service's branch offices), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``data/전국치매센터표준데이터.csv`` (UTF-8), the Public Data Portal's
  전국치매센터표준데이터 (data.go.kr) as a project committed it (repository kkonji/optimizer, a
  Streamlit page of services for older people): one row per dementia centre, 309 in all (298
  치매안심센터, the districts' dementia relief centres, 8 광역치매센터, the provinces' centres,
  2 치매상담전화센터), its province and district, name, kind, road and lot-number addresses,
  coordinates, the operating body (``운영기관명``: a public health centre, a county office or
  a university hospital) and its telephone (``운영기관전화번호``), an introduction of its main
  programmes (``주요치매관리프로그램소개``), the managing body's telephone
  (``관리기관전화번호``) and name (``관리기관명``) and the providing body's name
  (``제공기관명``). South Korean numbers as the file writes them, area code, exchange and line
  joined by hyphens (``063-540-4978``, ``02-2680-6546``, ``031-5189-4361``), three of eight
  digits (a Seoul number without its area code, ``3272-1578``, and a national representative
  number, ``1666-1234``); the managing body's number empty in 26 rows and equal to the
  operating body's in 120; no fax or e-mail column. One row is broken as published (every
  column holds the same address) and has no number: it is left out.

Every row with a number of six digits or more in either phone column, 308, in the file's order
(``register_contacts_data.extract_csv_files``); each row kept as a mapping of all of the file's
columns to the published strings (the register names no person: the bodies are public health
centres, local governments and hospitals; one operating body is written ``직영``, directly run,
and one operating and one managing body ``x``).

    python scripts/kr_dementia_centres_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_dementia_centres.json"
CAP = 600
SOURCES = {
    "KR": {
        "repository": "kkonji/optimizer",
        "commit": "16b1e5af6dfd4c48995c848fee352470c6366412",
        "path": "data/전국치매센터표준데이터.csv",
        "encoding": "utf-8",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of dementia centres (전국치매센터표준데이터), whose rows the local "
        "governments provide (제공기관명: the province, city, county or district): each "
        "dementia relief centre (치매안심센터), provincial dementia centre (광역치매센터) and "
        "dementia counselling centre with its operating and managing bodies' telephones; "
        "committed by a project of services for older people in 16b1e5a ('221104', 4 November "
        "2022) and removed in the next commit, e1affcb",
        "licence": "not confirmed: the repository has no LICENSE file and no README naming "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not "
        "read here",
        "language": "ko",
        "roles": {"name": "치매센터명", "phone": ["운영기관전화번호", "관리기관전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "치매센터유형",
                  "provider": "제공기관명"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (every row with a number), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_322.py`` writes its records around into
``scripts/data/pii_kr_rental_cars.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of car rental businesses, 전국렌터카업체정보표준데이터, as
the Public Data Portal publishes it; Korea's earlier parts took its standard data of public
libraries, tourist sites, museums, public health institutions, recreational forests, urban
parks, universities, dementia centres, traditional markets, free meal centres, cultural
festivals and parking lots, the National Police Agency's police boxes, the National Health
Insurance Service's branch offices and LOCALDATA's animal hospitals), exactly as the file gives
them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``data/전국렌터카업체정보표준데이터.csv`` (CP949), the nationwide standard data set of
  car rental businesses as a project committed it (repository
  yooobwoood/Streamlit_Rentcar_Analysis_FAQ, a student team's analysis of the rental car
  market): one row per registered car rental business or branch a province, city, county or
  district reports, 2,304 in all (main offices ``주사업장`` and branches ``영업소``), its name,
  road and lot-number addresses, coordinates, garage addresses and capacity, fleet counts by
  kind, fees, weekday, weekend and holiday hours, closing days, web page, the representative's
  name (``대표자명``, a person: left out here), its telephone (``전화번호``), reference date and the
  providing body's code and name. South Korean numbers as the providing offices typed them:
  area code, exchange and line joined by hyphens (``042-484-3110``, ``02-2059-0204``,
  ``031-8079-8089``, ``070`` internet numbers, ``080`` free-call numbers), nationwide numbers of
  eight digits (``1588-1826``), and some that this extract leaves out: 94 placeholders
  beginning ``000`` (``000-0000-0004``), 23 ``0507`` relay numbers cut to eleven digits, 31
  nationwide numbers written after an area code (``02-1566-4109``), five all-zero lines after an
  area code (``055-0000-0000``) and one number that lost its trunk prefix (``2140-5039``); the
  file holds no mobile number.

Of the rows with a name and an address whose ``전화번호`` is one number of a kept shape
(``SHAPE``), not a relay number, a placeholder or a nationwide number after an area code
(``ODD``), the first row in the file's order of each distinct number (1,507 of 2,150 kept
rows); of those, a seeded sample of 400 (``register_contacts_data.seeded_sample``), in the
file's order; each row kept as a mapping of
the file's columns to the published strings, less ``대표자명`` (the register names no other
person: the names are the businesses' trade names and the providing governments').

    python scripts/kr_rental_cars_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_rental_cars.json"
CAP = 400
PHONE = "전화번호"
# the representative's name: a person, left out of every kept row
PERSON = "대표자명"
# one number as the providing offices write it: area code (or 070, 080), exchange and line
# joined by hyphens, or a nationwide number of eight digits (15xx to 18xx) in two groups
SHAPE = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}")
# an area code before a nationwide number, a mobile number, a relay (safe) number, a placeholder
ODD = re.compile(r"0\d{1,2}-1[5-8]\d\d-\d{4}|01[016-9]-.*|050\d?-.*|00\d?-.*|.*-0000-0000")
SOURCES = {
    "KR": {
        "repository": "yooobwoood/Streamlit_Rentcar_Analysis_FAQ",
        "commit": "831301555f52c94876c0a7940f3fa6423a156b44",
        "path": "data/전국렌터카업체정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (공공데이터포털, "
        "data.go.kr), its national standard data of car rental businesses "
        "(전국렌터카업체정보표준데이터, data set 15025689), each row provided by a province, city, "
        "county or district (제공기관코드, 제공기관명) with the business's telephone; reference "
        "dates 2020 to 2024; committed by a student team's rental car market analysis in "
        "8313015 ('project complete', 20 September 2024), unchanged in the newest commit 7af6ede",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not "
        "read here",
        "language": "ko",
        "roles": {"name": "업체명", "phone": [PHONE],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "사업장구분",
                  "provider": "제공기관명"},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """A business with a name, an address and one number of a kept shape."""
    value = row[PHONE]
    return (
        bool(row["업체명"].strip())
        and bool(row["소재지도로명주소"].strip() or row["소재지지번주소"].strip())
        and SHAPE.fullmatch(value) is not None
        and ODD.fullmatch(value) is None
    )


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's columns less the representative's name."""
    return {column: value for column, value in row.items() if column != PERSON}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first business of each distinct
    telephone of a kept shape), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, keep=keep, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

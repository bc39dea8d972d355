"""Extract the real register that ``pii_held_out_314.py`` writes its records around into
``scripts/data/pii_kr_parking_lots.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of parking lots, 전국주차장정보표준데이터, as the Public Data
Portal publishes it; Korea's earlier parts took its standard data of public libraries, tourist
sites, museums, public health institutions, recreational forests, urban parks, universities,
dementia centres, traditional markets, free meal centres and cultural festivals, the National
Police Agency's police boxes, the National Health Insurance Service's branch offices and
LOCALDATA's animal hospitals), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국주차장정보표준데이터.csv`` (CP949), the nationwide standard data set of parking
  lots as a project committed it (repository kangel123/Java_Intensification, a student's Java
  exercises): one row per parking lot a city, county or district reports, 14,895 in all
  (13,836 public, ``공영``; 1,059 private, ``민영``), its management number, name, kind
  (``노상`` on-street, ``노외`` off-street, ``부설`` attached), road and lot-number addresses,
  spaces, grade, rotation scheme, days and hours of operation, fees, payment, notes, the
  managing body (``관리기관명``: a city hall, a district office's department, a facilities
  corporation) and its telephone (``전화번호``), coordinates, reference date and the providing
  body's code and name. South Korean numbers as the providing offices typed them: area code,
  exchange and line joined by hyphens (``042-606-6865``, ``02-3677-2897``,
  ``031-8024-4993``), nationwide numbers of eight digits (``1577-6446``), and some that this
  extract leaves out: Daejeon's call centre written after its area code (``042-120``, a
  five-digit service number), nationwide numbers written after an area code
  (``053-1577-6446``), a three-digit one and 2,372 empty fields.

Of the public lots (``공영``: a private lot's managing body may be a person) with a name and an
address whose ``전화번호`` is one number of a kept shape (``SHAPE``), not an area code before a
nationwide number, not a mobile number and not a placeholder, the first row in the file's order
of each distinct number; of those, a seeded sample of 400
(``register_contacts_data.seeded_sample``), in the file's order; each row kept as a mapping of
all of the file's columns to the published strings (the register names no person: the names are
the lots', their managing bodies' and the providing governments').

    python scripts/kr_parking_lots_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_parking_lots.json"
CAP = 400
PHONE = "전화번호"
# one number as the providing offices write it: area code, exchange and line joined by
# hyphens, or a nationwide number of eight digits (15xx to 18xx) in two groups
SHAPE = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}")
# an area code before a nationwide number (``053-1577-6446``), a mobile number, a placeholder
ODD = re.compile(r"0\d{1,2}-1[5-8]\d\d-\d{4}|01[016-9]-.*|.*-123-4567|0+-0+-0+")
SOURCES = {
    "KR": {
        "repository": "kangel123/Java_Intensification",
        "commit": "bbfc66556d0b6d5f3d52919ca8b55dbce6bdf9d3",
        "path": "전국주차장정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (공공데이터포털, "
        "data.go.kr), its national standard data of parking lots (전국주차장정보표준데이터, data "
        "set 15012896), each row provided by a city, county or district (제공기관코드, "
        "제공기관명) with the lot's managing body and its telephone; reference dates 2016 to "
        "2023; committed by a student's Java exercises in bbfc665 ('CREATE', 21 April 2023) "
        "and deleted from the tree in c54a47b",
        "licence": "not confirmed: the repository has no LICENSE file and no README; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "주차장명", "phone": [PHONE],
                  "address": ["소재지도로명주소", "소재지지번주소"], "body": "관리기관명",
                  "register": "주차장관리번호", "provider": "제공기관명"},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """A public lot with a name, an address and one number of a kept shape."""
    value = row[PHONE]
    return (
        row["주차장구분"] == "공영"
        and bool(row["주차장명"].strip())
        and bool(row["소재지도로명주소"].strip() or row["소재지지번주소"].strip())
        and SHAPE.fullmatch(value) is not None
        and ODD.fullmatch(value) is None
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first public lot of each distinct
    telephone of a kept shape), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

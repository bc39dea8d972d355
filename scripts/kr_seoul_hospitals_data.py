"""Extract the real register that ``pii_held_out_370.py`` writes its records around into
``scripts/data/pii_kr_seoul_hospitals.json``: the phone fields of a register no earlier part
used (the Seoul Metropolitan Government's licensing data of hospitals, 서울시 병원 인허가
정보; Korea's earlier parts took the Public Data Portal's standard data of public libraries,
tourist sites, museums, public health institutions, recreational forests, urban parks,
universities, dementia centres, traditional markets, free meal centres, cultural festivals,
parking lots, car rental businesses, campsites, performances and events and tourist
information centres, the National Police Agency's police boxes, the National Health Insurance
Service's branch offices, LOCALDATA's animal hospitals, Seoul Metro's stations and the National
Fire Agency's 119 safety centres), exactly as the file gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``서울시 병원 인허가 정보_202509.csv`` (CP949, comma separated), 899 hospitals licensed by
Seoul's district offices (LOCALDATA's licensing columns: the district office's code
``개방자치단체코드``, the management number ``관리번호`` (``PHMA...``), licence date, business
status, the telephone ``전화번호``, floor area, postcodes, lot-number and road addresses, the
hospital's name ``사업장명``, update stamps, its kind ``업태구분명`` (병원, 종합병원, 요양병원,
한방병원, 치과병원, 정신병원) and projected coordinates). The telephone as the
district offices typed it: area code, exchange and line joined by hyphens (``02-6204-1004``,
``02-526-0821``), or without the area code (``6388-8114``, ``753-1922``), or digits run
together (``28320151``, ``262075678``), a blank or a bracket after the area code
(``02 3666 1114``, ``02)6676-6000``); some hold a range (``02-988-9456~7``) or a fragment
(``-7110``), which are no number of the kept shape.

Of the rows open for business (``영업상태명`` ``영업/정상``) with a name whose ``전화번호`` is one
number of the kept shape (``kept_number``: digits, hyphens, blanks and a bracket only, seven to
eleven digits, one number as ``pii_held_out_11.numbers`` reads it, no mobile ``01`` prefix),
leaving out every number that an earlier Korean part's data holds (``EARLIER``, by its
digits), the first row in the file's order of each distinct number, a seeded sample of
``CAP``, in the file's order; each row kept as a mapping of all of the file's columns to the
published strings (the register names no person: the names are the hospitals').

    python scripts/kr_seoul_hospitals_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import digits_of, earlier_numbers, extract_csv_files, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_seoul_hospitals.json"
CAP = 400
PHONE = "전화번호"
OPEN = "영업/정상"
# the characters a kept telephone is written with: digits, hyphens, blanks, a closing bracket
CHARS = re.compile(r"[\d\- )]+")
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_kr_tourist_sites.json", "pii_kr_museums.json", "pii_kr_police_boxes.json",
    "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json", "pii_kr_performance_events.json",
    "pii_kr_tourist_info_centres.json", "pii_kr_seoul_metro_stations.json",
    "pii_kr_nfa_safety_centres.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "bumjinDev/wherehouse_SpringBoot",
        "commit": "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa",
        "path": "AnalysisStaticData/src/main/resources/data/서울시 병원 인허가 정보_202509.csv",
        "encoding": "cp949",
        "publisher": "the Seoul Metropolitan Government, its licensing data of hospitals "
        "(서울시 병원 인허가 정보, September 2025: LOCALDATA's columns, each row licensed by one "
        "of Seoul's district offices), copied into the repository (a housing-recommendation "
        "project's static analysis data) in its history; the file is in the tree of 5e7ac81 "
        "('read.me 수정', 23 September 2025) and no longer in the newest commit's tree",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the terms of Seoul Open Data Plaza's catalogue entry were not "
        "seen here",
        "language": "ko",
        "roles": {"name": "사업장명", "kind": "업태구분명", "code": "관리번호", "phone": [PHONE],
                  "address": ["도로명주소", "지번주소"], "postcode": "도로명우편번호",
                  "status": "영업상태명", "coordinates": ["좌표정보(X)", "좌표정보(Y)"]},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of the kept shape: digits, hyphens, blanks and a closing bracket only, seven
    to eleven digits, read as one number, no mobile prefix."""
    digits = digits_of(value)
    return (
        value == value.strip()
        and CHARS.fullmatch(value) is not None
        and 7 <= len(digits) <= 11
        and not digits.startswith("01")
        and numbers(value) == [(0, len(value))]
    )


def open_licences(
    gits: dict[str, Path], sources: dict[str, Any], cap: int, earlier: tuple[str, ...]
) -> dict[str, Any]:
    """The kept rows of a LOCALDATA licensing file (a seeded sample of ``cap`` of the first
    open, named business of each distinct telephone of the kept shape that no data of
    ``earlier`` holds), with the commit it was read at."""
    skip = earlier_numbers(DATA, earlier)

    def kept(row: dict[str, str]) -> bool:
        return (
            row["영업상태명"] == OPEN
            and bool(row["사업장명"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
        )

    return extract_csv_files(gits, sources, cap, kept=kept, distinct=PHONE)


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (``open_licences``: open hospitals), with the commit it was
    read at."""
    return open_licences(gits, SOURCES, CAP, EARLIER)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

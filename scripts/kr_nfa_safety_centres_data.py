"""Extract the real register that ``pii_held_out_362.py`` writes its records around into
``scripts/data/pii_kr_nfa_safety_centres.json``: the phone and fax fields of a register no earlier
part used (the National Fire Agency's list of the country's 119 safety centres,
소방청_119안전센터 현황; Korea's earlier parts took the Public Data Portal's standard data of
public libraries, tourist sites, museums, public health institutions, recreational forests,
urban parks, universities, dementia centres, traditional markets, free meal centres, cultural
festivals, parking lots, car rental businesses, campsites, performances and events and tourist
information centres, the National Police Agency's police boxes, the National Health Insurance
Service's branch offices, LOCALDATA's animal hospitals and Seoul Metro's stations), exactly as
the file gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``소방청_119안전센터 현황_20250701.csv`` (CP949, comma separated), the 1,144 119 safety centres
(119안전센터, the fire and rescue stations under the country's fire stations) of the 19
provincial fire headquarters, each with its serial number (``순번``), headquarters
(``시도본부``, ``서울특별시``, ``경기북부``, ``창원시``), fire station (``소방서명``,
``강남소방서``), centre (``119안전센터명``, ``개포119안전센터``), address (``주소``), telephone
(``전화번호``) and fax (``팩스번호``). Both numbers as the agency writes them: the area code,
exchange and line joined by hyphens (``02-6981-7593``, ``031-8053-6551``, ``055-379-9469``); a
fax may be empty, joined by a space after the area code (``063 290-5528``), or another shape.

Of the rows whose ``전화번호`` is one number of the kept shape (``SHAPE``; one row's
``055-379-461`` is not) and none of whose two numbers an earlier Korean part's data holds
(``EARLIER``, by its digits), the first row in the file's order of each distinct telephone; a
seeded sample of ``CAP`` of them, in the file's order; each row kept as a mapping of all of the
file's columns to the published strings (the register names no person: the names are the
centres' and stations').

    python scripts/kr_nfa_safety_centres_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import digits_of, earlier_numbers, extract_csv_files, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_nfa_safety_centres.json"
CAP = 400
PHONE = "전화번호"
FAX = "팩스번호"
# one number as the agency writes it: an area code, exchange and line joined by hyphens
SHAPE = re.compile(r"0(?:2|[3-6][1-5])-\d{3,4}-\d{4}")
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_national_phones.json", "pii_kr_tourist_sites.json", "pii_kr_museums.json",
    "pii_kr_police_boxes.json", "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json", "pii_kr_performance_events.json",
    "pii_kr_tourist_info_centres.json", "pii_kr_seoul_metro_stations.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "umyunsang/KOSMOS",
        "commit": "f77638bc34288d125f83fd129467c48ef21ed08a",
        "path": "research/data/nfa119/소방청_119안전센터 현황_20250701.csv",
        "encoding": "cp949",
        "publisher": "National Fire Agency (소방청), its list of the country's 119 safety "
        "centres (소방청_119안전센터 현황, reference date 1 July 2025, the Public Data Portal "
        "data.go.kr's file data 15065056), copied into the repository (a citizen-services "
        "agent project's research material) by f77638b ('chore(data): add NFA 119 API "
        "reference materials for spec 029', 18 April 2026), unchanged in its newest tree",
        "licence": "not confirmed: the repository's LICENSE is Apache-2.0 for its code; its "
        "research/data/nfa119/README.md names KOGL Type 1 (공공누리 제1유형, attribution) for "
        "the file, as data.go.kr lists it; the catalogue entry itself not read here",
        "language": "ko",
        "roles": {"name": "119안전센터명", "station": "소방서명", "headquarters": "시도본부",
                  "phone": [PHONE], "fax": [FAX], "address": ["주소"], "serial": "순번"},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of the kept shape."""
    return SHAPE.fullmatch(value) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (the first centre of each distinct telephone of the kept
    shape, neither of whose numbers an earlier part holds), with the commit it was read at."""
    skip = earlier_numbers(DATA, EARLIER)

    def kept(row: dict[str, str]) -> bool:
        return (
            bool(row["119안전센터명"].strip())
            and bool(row["주소"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
            and digits_of(row[FAX]) not in skip
        )

    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

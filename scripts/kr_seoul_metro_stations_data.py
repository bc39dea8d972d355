"""Extract the real register that ``pii_held_out_354.py`` writes its records around into
``scripts/data/pii_kr_seoul_metro_stations.json``: the phone fields of a register no earlier
part used (Seoul Metro's list of its stations' addresses and telephone numbers,
서울교통공사_역주소 및 전화번호; Korea's earlier parts took the Public Data Portal's standard
data of public libraries, tourist sites, museums, public health institutions, recreational
forests, urban parks, universities, dementia centres, traditional markets, free meal centres,
cultural festivals, parking lots, car rental businesses, campsites, performances and events and
tourist information centres, the National Police Agency's police boxes, the National Health
Insurance Service's branch offices and LOCALDATA's animal hospitals), exactly as the file gives
them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``서울교통공사_역주소 및 전화번호_20250318.csv`` (UTF-8 with a byte-order mark, comma
separated), the 289 stations that Seoul Metro (서울교통공사) runs on lines 1 to 9, each with its
serial number (``연번``), station number (``역번호``, ``150``, ``2511``), line (``호선``), name
(``역명``, ``서울``, ``굽은다리(강동구민회관앞)``), the station office's telephone
(``역전화번호``) and road and lot-number addresses (``도로명주소``, ``지번주소``). The telephone
as the operator writes it: Seoul's area code, exchange and line joined by hyphens
(``02-6110-1331``, ``02-6311-5101``, ``02-2656-0930``); a transfer station's lines may share
one number (eight numbers stand on two rows each).

Of the rows with a name and a road address whose ``역전화번호`` is one number of the kept shape
(``SHAPE``), leaving out every number that an earlier Korean part's data holds (``EARLIER``, by
its digits: none does), the first row in the file's order of each distinct number, all of them
(fewer than ``CAP``), in the file's order; each row kept as a mapping of all of the file's
columns to the published strings (the register names no person: the names are the stations').

    python scripts/kr_seoul_metro_stations_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import digits_of, earlier_numbers, extract_csv_files, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_seoul_metro_stations.json"
CAP = 400
PHONE = "역전화번호"
# one number as the operator writes it: an area code, exchange and line joined by hyphens
SHAPE = re.compile(r"0(?:2|[3-6][1-5])-\d{3,4}-\d{4}")
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_kr_tourist_sites.json", "pii_kr_museums.json", "pii_kr_police_boxes.json",
    "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json", "pii_kr_performance_events.json",
    "pii_kr_tourist_info_centres.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "bumjinDev/wherehouse_SpringBoot",
        "commit": "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa",
        "path": "AnalysisStaticData/src/main/resources/data/"
        "서울교통공사_역주소 및 전화번호_20250318.csv",
        "encoding": "utf-8-sig",
        "publisher": "Seoul Metro (서울교통공사), its list of the addresses and telephone "
        "numbers of its stations (서울교통공사_역주소 및 전화번호, reference date 18 March "
        "2025, as the Public Data Portal data.go.kr names its file data 15044231), copied into "
        "the repository (a housing-recommendation project's static analysis data) in its "
        "history; the file is in the tree of 5e7ac81 ('read.me 수정', 23 September 2025) and "
        "no longer in the newest commit's tree",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; data.go.kr's catalogue entry of the file data (15044231) names "
        "이용허락범위 제한 없음 (no restriction on use), read here only as a search excerpt",
        "language": "ko",
        "roles": {"name": "역명", "line": "호선", "code": "역번호", "phone": [PHONE],
                  "address": ["도로명주소", "지번주소"], "serial": "연번"},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of the kept shape."""
    return SHAPE.fullmatch(value) is not None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (the first station of each distinct telephone of the kept
    shape that no earlier part holds), with the commit it was read at."""
    skip = earlier_numbers(DATA, EARLIER)

    def kept(row: dict[str, str]) -> bool:
        return (
            bool(row["역명"].strip())
            and bool(row["도로명주소"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
        )

    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_346.py`` writes its records around into
``scripts/data/pii_kr_tourist_info_centres.json``: the phone fields of a register no earlier
part used (South Korea's national standard data of tourist information centres,
전국관광안내소표준데이터, as the Public Data Portal publishes it; Korea's earlier parts took its
standard data of public libraries, tourist sites, museums, public health institutions,
recreational forests, urban parks, universities, dementia centres, traditional markets, free
meal centres, cultural festivals, parking lots, car rental businesses, campsites and
performances and events, the National Police Agency's police boxes, the National Health
Insurance Service's branch offices and LOCALDATA's animal hospitals), exactly as the file gives
them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``crawler/전국관광안내소표준데이터.csv`` (CP949), the nationwide standard data set of
  tourist information centres as a project committed it (repository kanggo-sw/Karnival, a
  student team's analysis of Gangwon festivals and regional infrastructure): one row per
  information centre that a province, city, county or public tourism body reports, 675 in all,
  its name, location, province and district, introduction, extra services, closing days,
  summer and winter opening and closing times, average staff, whether it guides in English,
  Japanese and Chinese, the other languages, the centre's telephone (``안내소전화번호``), road
  and lot-number addresses, operating body, web page, coordinates, reference date and the
  providing body's code and name. South Korean numbers as the providing offices typed them:
  area code, exchange and line joined by hyphens (``054-730-6651``, ``02-898-9053``,
  ``02-3789-7961``, ``070`` internet numbers, ``070-4288-3362``), nationwide numbers of eight
  digits (``1899-3650``), and placeholders this extract leaves out (``000-000-0000``,
  ``031-000-0000``); the file holds no mobile number, no fax and no e-mail column.

Of the rows with a name and an address whose ``안내소전화번호`` is one number of a kept shape
(``SHAPE``, not a placeholder: ``ODD``), leaving out every number that an earlier Korean part's
data holds (``EARLIER``, by its digits), the first row in the file's order of each distinct
number; of those, a seeded sample of ``CAP`` (``register_contacts_data.seeded_sample``), in the
file's order; each row kept as a mapping of all of the file's columns to the published strings
(the register names no person: the names are the centres', the operating bodies' and the
providing governments').

    python scripts/kr_tourist_info_centres_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import digits_of, earlier_numbers, extract_csv_files, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_tourist_info_centres.json"
CAP = 400
PHONE = "안내소전화번호"
# one number as the providing offices write it: area code (or 070), exchange and line joined by
# hyphens, or a nationwide number of eight digits (15xx to 18xx) in two groups
SHAPE = re.compile(r"0(?:2|[3-6][1-5]|70)-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}")
# a placeholder: an exchange beginning with 0 or a line of zeros
ODD = re.compile(r"0\d{1,2}-0\d{2,3}-\d{4}|.*-0000")
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_kr_tourist_sites.json", "pii_kr_museums.json", "pii_kr_police_boxes.json",
    "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json", "pii_kr_performance_events.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "kanggo-sw/Karnival",
        "commit": "46471a287b963d7a0f6ac934179944ddae32c6c9",
        "path": "crawler/전국관광안내소표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (공공데이터포털, "
        "data.go.kr), its national standard data of tourist information centres "
        "(전국관광안내소표준데이터), each row provided by a province, city, county or public "
        "tourism body (제공기관코드, 제공기관명) with the centre's telephone; reference dates "
        "2018 to 2021; the file as added in 46471a2 ('Add files', 10 February 2021) for a "
        "student team's analysis of Gangwon festivals and regional infrastructure, unchanged "
        "in the newest commit a45c7d9",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; data.go.kr's standard data sets are commonly offered under KOGL "
        "type 1, not read here",
        "language": "ko",
        "roles": {"name": "관광안내소명", "phone": [PHONE], "location": "안내소위치명",
                  "address": ["소재지도로명주소", "소재지지번주소"], "operator": "운영기관명",
                  "provider": "제공기관명"},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of a kept shape, not a placeholder."""
    return SHAPE.fullmatch(value) is not None and ODD.fullmatch(value) is None


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first centre of each distinct
    telephone of a kept shape that no earlier part holds), with the commit it was read at."""
    skip = earlier_numbers(DATA, EARLIER)

    def kept(row: dict[str, str]) -> bool:
        return (
            bool(row["관광안내소명"].strip())
            and bool(row["소재지도로명주소"].strip() or row["소재지지번주소"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
        )

    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

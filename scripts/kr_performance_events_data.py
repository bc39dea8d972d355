"""Extract the real register that ``pii_held_out_338.py`` writes its records around into
``scripts/data/pii_kr_performance_events.json``: the phone fields of a register no earlier part
used (South Korea's national standard data of performances and events, 전국공연행사정보표준데이터,
as the Public Data Portal publishes it; Korea's earlier parts took its standard data of public
libraries, tourist sites, museums, public health institutions, recreational forests, urban
parks, universities, dementia centres, traditional markets, free meal centres, cultural
festivals, parking lots, car rental businesses and campsites, the National Police Agency's
police boxes, the National Health Insurance Service's branch offices and LOCALDATA's animal
hospitals), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국공연행사정보표준데이터.csv`` (CP949), the nationwide standard data set of
  performances and cultural events as a project committed it (repository
  sukyung23-create/culture-hunter, a student's culture-event finder): one row per performance
  or event that a province, city, county, district, education office or cultural body reports,
  9,087 in all, its title, venue, content, dates and times, fees, organising and hosting
  bodies (``주관기관명``, ``주최기관명``), the contact telephone (``전화번호``), sponsor, seats,
  admission fee and age, discounts, notes, web page, booking page, parking, road and
  lot-number addresses, coordinates, reference date and the providing body's code and name.
  South Korean numbers as the providing offices typed them: area code, exchange and line
  joined by hyphens (``061-981-6923``, ``02-2629-2250``, ``031-8045-3369``, ``070`` internet
  numbers), nationwide numbers of eight digits (``1544-1555``), and some that this extract
  leaves out: 1,539 empty fields, two ``050`` relay numbers (``050-6756-8675``), one ``0507``
  number cut to eleven digits (``0507-1354-214``) and one with a tilde after it
  (``031-560-1471~``); the file holds no mobile number.

Of the rows with a title, a venue and an address whose ``전화번호`` is one number of a kept
shape (``SHAPE``), leaving out every number that an earlier Korean part's data holds
(``EARLIER``, by its digits) and every number of a row whose organising or hosting body reads as
a person's name (``PERSON``: a surname and one or two syllables, not ending as a body's name
does; such a row's number may be a private line), the first row in the file's order of each
distinct number; of those, a seeded sample of ``CAP`` (``register_contacts_data.seeded_sample``),
in the file's order; each row kept as a mapping of all of the file's columns to the published
strings.

    python scripts/kr_performance_events_data.py KR_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import (
    _git,
    digits_of,
    earlier_numbers,
    extract_csv_files,
    write_extract,
)

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_performance_events.json"
CAP = 480
PHONE = "전화번호"
ORGANISERS = ("주관기관명", "주최기관명")
# one number as the providing offices write it: area code (or 070), exchange and line joined by
# hyphens, or a nationwide number of eight digits (15xx to 18xx) in two groups
SHAPE = re.compile(r"0(?:2|[3-6][1-5]|70)-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}")
# a placeholder: an exchange beginning with 0 or a line of zeros
ODD = re.compile(r"0\d{1,2}-0\d{2,3}-\d{4}|.*-0000")
# a person's name as an organiser: a common surname and one or two syllables, not ending as a
# body's name does (시, 군, 구, 도, 청, 회, 단, 원, 사, 관, 극, 방, 협, 학, 당, 터, 소)
PERSON = re.compile(
    r"[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방"
    r"공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈"
    r"동온호범좌][가-힣]{1,2}"
)
BODY_END = "시군구도청회단원사관극방협학당터소"
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (
    "pii_kr_tourist_sites.json", "pii_kr_museums.json", "pii_kr_police_boxes.json",
    "pii_kr_nhis_branches.json", "pii_kr_health_centres.json",
    "pii_kr_recreational_forests.json", "pii_kr_city_parks.json", "pii_kr_universities.json",
    "pii_kr_dementia_centres.json", "pii_kr_traditional_markets.json",
    "pii_kr_free_meal_centres.json", "pii_kr_animal_hospitals.json",
    "pii_kr_cultural_festivals.json", "pii_kr_parking_lots.json", "pii_kr_rental_cars.json",
    "pii_kr_campsites.json",
)  # fmt: skip
SOURCES = {
    "KR": {
        "repository": "sukyung23-create/culture-hunter",
        "commit": "a0a8c3edb086b1e5b59b31a0fa183a190f9409dd",
        "path": "전국공연행사정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (공공데이터포털, "
        "data.go.kr), its national standard data of performances and events "
        "(전국공연행사정보표준데이터), each row provided by a province, city, county, district, "
        "education office or cultural body (제공기관코드, 제공기관명) with the event's contact "
        "telephone; reference dates 2017 to 2026; the file as added in a0a8c3e ('Initial "
        "commit: 2026 문화공연 사냥꾼 배포 패키지 완비', 16 July 2026) for a student's "
        "culture-event finder, unchanged in the newest commit 9b3554e",
        "licence": "not confirmed: the repository has no LICENSE file and no README; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "행사명", "phone": [PHONE], "venue": "장소",
                  "address": ["소재지도로명주소", "소재지지번주소"],
                  "organiser": list(ORGANISERS), "provider": "제공기관명"},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of a kept shape, not a placeholder."""
    return SHAPE.fullmatch(value) is not None and ODD.fullmatch(value) is None


def person_like(value: str) -> bool:
    """Whether one of an organiser field's bodies (joined by ``+``) reads as a person's name."""
    return any(
        PERSON.fullmatch(part.strip()) is not None and part.strip()[-1] not in BODY_END
        for part in value.split("+")
    )


def _rows(git_dir: Path) -> list[dict[str, str]]:
    meta = SOURCES["KR"]
    raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
    return list(csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline="")))


def left_out(git_dir: Path) -> set[str]:
    """The digits of the numbers this extract leaves out: an earlier Korean part's, and every
    number of a row whose organising or hosting body reads as a person's name."""
    out = earlier_numbers(DATA, EARLIER)
    for row in _rows(git_dir):
        if row[PHONE] and any(person_like(row[key]) for key in ORGANISERS):
            out.add(digits_of(row[PHONE]))
    return out


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first event of each distinct
    telephone of a kept shape that no earlier part holds), with the commit it was read at."""
    skip = left_out(gits["KR"])

    def kept(row: dict[str, str]) -> bool:
        return (
            bool(row["행사명"].strip())
            and bool(row["장소"].strip())
            and bool(row["소재지도로명주소"].strip() or row["소재지지번주소"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
        )

    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

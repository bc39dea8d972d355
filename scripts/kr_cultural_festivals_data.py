"""Extract the real register that ``pii_held_out_306.py`` writes its records around into
``scripts/data/pii_kr_cultural_festivals.json``: the phone fields of a register no earlier part
used (South Korea's national standard data of cultural festivals, 전국문화축제표준데이터, whose
rows the Korea Tourism Organization and the local governments provide; Korea's earlier parts
took the Public Data Portal's standard data of public libraries, tourist sites, museums, public
health institutions, recreational forests, urban parks, universities, dementia centres,
traditional markets and free meal centres, the National Police Agency's police boxes, the
National Health Insurance Service's branch offices and LOCALDATA's animal hospitals), exactly
as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국문화축제표준데이터.csv`` (CP949), the Public Data Portal's
  전국문화축제표준데이터 (data.go.kr) as a project committed it (repository
  sukyung23-create/culture-hunter, a student finder of cultural events): one row per
  festival, 1,300 in all, its name, place, first and last day, content, organizing
  (``주관기관명``), hosting (``주최기관명``) and supporting bodies, telephone (``전화번호``),
  homepage, road and lot-number addresses, coordinates, reference date and the providing
  body's code and name (the Korea Tourism Organization, 한국관광공사, or a province, city,
  county or district). South Korean numbers as the file writes them, area code, exchange and
  line joined by hyphens (``054-480-2652``, ``02-3425-5240``, ``031-5191-3647``,
  ``070-7733-0390``), three nationwide numbers of eight digits (``1566-0155``); 1,208 rows
  hold one; no fax or e-mail column.

Of the rows whose ``전화번호`` is one number in those shapes (``SHAPE``) with a South Korean
area code, a nationwide ``15``-``18`` prefix or ``070`` (``PREFIX``; mobile numbers, which
may be a person's, a placeholder ``000-0000-0000``, an ``067`` number no area has and one
``0507`` number in another grouping left out), the first row in the file's order of each
distinct number; of those, a seeded sample of 500 (``register_contacts_data.seeded_sample``),
in the file's order; each row kept as a mapping of all of the file's columns to the published
strings (the register names no person: the names are the festivals', their bodies' and the
providing governments').

    python scripts/kr_cultural_festivals_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_cultural_festivals.json"
CAP = 500
SHAPE = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}|1\d{3}-\d{4}")
PREFIX = re.compile(r"02-|0(3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)-|1[5-8]\d\d-")
SOURCES = {
    "KR": {
        "repository": "sukyung23-create/culture-hunter",
        "commit": "a0a8c3edb086b1e5b59b31a0fa183a190f9409dd",
        "path": "전국문화축제표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of cultural festivals (전국문화축제표준데이터), whose rows the Korea "
        "Tourism Organization (한국관광공사, B551011) and the local governments provide: each "
        "festival with its hosting or organizing body's telephone; reference dates 2018 to "
        "2026; committed by a student project in a0a8c3e ('Initial commit', 16 July 2026), "
        "unchanged in the newest commit 9b3554e",
        "licence": "not confirmed: the repository has no LICENSE file and no README naming "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not "
        "read here",
        "language": "ko",
        "roles": {"name": "축제명", "phone": ["전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "place": "개최장소",
                  "host": "주최기관명", "organizer": "주관기관명", "provider": "제공기관명"},
    },
}  # fmt: skip


def kept(value: str) -> bool:
    """Whether a published ``전화번호`` is one number this part labels: a whole field in
    ``SHAPE`` with a ``PREFIX`` (no mobile number, no placeholder)."""
    return bool(SHAPE.fullmatch(value) and PREFIX.match(value))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first row of each distinct kept phone
    field), with the commit it was read at."""
    return extract_csv_files(
        gits, SOURCES, CAP, kept=lambda row: kept(row["전화번호"]), distinct="전화번호"
    )


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

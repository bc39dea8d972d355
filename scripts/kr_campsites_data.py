"""Extract the real register that ``pii_held_out_330.py`` writes its records around into
``scripts/data/pii_kr_campsites.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of campsites, 전국야영(캠핑)장표준데이터, as the Public Data
Portal publishes it; Korea's earlier parts took its standard data of public libraries, tourist
sites, museums, public health institutions, recreational forests, urban parks, universities,
dementia centres, traditional markets, free meal centres, cultural festivals, parking lots and
car rental businesses, the National Police Agency's police boxes, the National Health Insurance
Service's branch offices and LOCALDATA's animal hospitals), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국야영(캠핑)장표준데이터.csv`` (CP949), the nationwide standard data set of
  registered campsites as a project committed it (repository SonHyeok/camping-data, a
  student's analysis of camping sites): one row per campsite (야영장업, registered under the
  Tourism Promotion Act) a province, city or county reports, 2,261 in all (``야영장``,
  ``자동차야영장``, ``일반야영장``), its name, kind, coordinates, road and lot-number addresses,
  the campsite's telephone (``야영장전화번호``), sites, areas, daily capacity, facilities, hours,
  fees, the managing body's telephone and name (``관리기관전화번호``, ``관리기관명``: the city or
  county office that registered it), reference date and the providing body's code and name.
  South Korean numbers as the providing offices typed them: area code, exchange and line joined
  by hyphens (``041-672-3043``, ``02-304-3213``, ``031-8036-6891``, ``070`` internet numbers),
  nationwide numbers of eight digits (``1899-5852``), and some that this extract leaves out as
  a campsite number: 1,003 placeholders where the offices blanked a number (``000-0000-0000``,
  ``00-000-0000``, ``041-000-0000``, ``031-833-0000``), two nationwide numbers written after an
  area code (``02-1544-4783``), 35 empty fields and one number written ``023-392-4801``; the
  file holds no mobile number (they stand blanked as ``000-0000-0000``).

Of the rows with a name and an address whose ``야영장전화번호`` is one number of a kept shape
(``SHAPE``), not a placeholder (``ODD``), the first row in the file's order of each distinct
campsite number (964 of 1,220 kept rows); of those, a seeded sample of 400
(``register_contacts_data.seeded_sample``), in the file's order; each row kept as a mapping of
all of the file's columns to the published strings (the register names no person: the names are
the campsites', the managing offices' and the providing governments'). The managing body's
number is kept as published in every row; the part writes it only where it is of a kept shape
(``manager_phone`` in the part).

    python scripts/kr_campsites_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_campsites.json"
CAP = 400
PHONE = "야영장전화번호"
MANAGER_PHONE = "관리기관전화번호"
# one number as the providing offices write it: area code (or 070), exchange and line joined by
# hyphens, or a nationwide number of eight digits (15xx to 18xx) in two groups
SHAPE = re.compile(r"0(?:2|[3-6][1-5]|70)-\d{3,4}-\d{4}|1[5-8]\d\d-\d{4}")
# a placeholder, an exchange beginning with 0 (``041-000-0000``) or a line of zeros
# (``031-833-0000``), or a nationwide number written after an area code (``02-1544-4783``)
ODD = re.compile(r"0\d{1,2}-0\d{2,3}-\d{4}|.*-0000|0\d{1,2}-1[5-8]\d\d-\d{4}")
SOURCES = {
    "KR": {
        "repository": "SonHyeok/camping-data",
        "commit": "1fbe7a80ba4f5860b6633678c7cb4a98a787cae8",
        "path": "전국야영(캠핑)장표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (공공데이터포털, "
        "data.go.kr), its national standard data of campsites (전국야영(캠핑)장표준데이터), "
        "each row provided by a province, city or county (제공기관코드, 제공기관명) with the "
        "campsite's telephone and its managing office's; reference dates 2017 to 2020; the "
        "file as added in 1fbe7a8 ('Add files via upload', 26 August 2021) for a student's "
        "camping-site analysis, renamed 'camp site.csv' and rewritten in UTF-8 in 7b088ef",
        "licence": "not confirmed: the repository has no LICENSE file and its README is empty; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "야영(캠핑)장명", "phone": [PHONE, MANAGER_PHONE],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "야영(캠핑)장구분",
                  "manager": "관리기관명", "provider": "제공기관명"},
    },
}  # fmt: skip


def kept_number(value: str) -> bool:
    """One number of a kept shape, not a placeholder."""
    return SHAPE.fullmatch(value) is not None and ODD.fullmatch(value) is None


def kept(row: dict[str, str]) -> bool:
    """A campsite with a name, an address and one number of a kept shape."""
    return (
        bool(row["야영(캠핑)장명"].strip())
        and bool(row["소재지도로명주소"].strip() or row["소재지지번주소"].strip())
        and kept_number(row[PHONE])
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first campsite of each distinct
    telephone of a kept shape), with the commit it was read at."""
    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

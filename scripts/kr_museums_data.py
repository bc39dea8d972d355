"""Extract the real register that ``pii_held_out_146.py`` writes its records around into
``scripts/data/pii_kr_museums.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of museums and art galleries, 전국박물관미술관정보표준데이터,
provided by the Ministry of Culture, Sports and Tourism and by local governments; Korea's earlier
parts took the standard data of public libraries and of tourist sites, other kinds of
institution), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``gallery_data/전국박물관미술관정보표준데이터.csv`` as a student project committed it
  (repository Queentart/project3_test_add_llm, CP949): one row per museum or art gallery as a
  providing body lists it (``제공기관명``: ``문화체육관광부`` for 1,211 of the 2,232 rows, a
  province, city or district for the others), its name, kind (``국립``, ``공립``, ``사립``,
  ``대학``), road and lot-number addresses, latitude and longitude, the operating body's phone
  (``운영기관전화번호``) and name, web page, facilities, weekday and holiday opening and closing
  times, closing days, adult, youth and child fees and fee notes, the managing body's phone
  (``관리기관전화번호``) and name, the reference date and the providing body's code
  (``6300000``, seven digits) and name. South Korean numbers as the file writes them: area code,
  exchange and line joined by hyphens (``042-930-7332``, ``02-2286-3410``, ``031-8008-4605``,
  ``070-8872-6718``), national representative numbers of eight digits (``1577-7766``),
  ``0507`` numbers cut to eleven digits (``0507-1406-112``), one with a ``+`` after it
  (``055-880-2835+``), one with a mistyped area code (``206-240-3223``), and placeholders of
  zeros (``000-0000-0000``) where the body gave none.

The rows whose operating body's phone holds a number of six digits or more that is not all zeros
are kept (2,219 of the 2,232), a museum listed twice under the same name and operating phone (by
the ministry and by its local government) once, by its first row (462 repeats dropped): a seeded
sample of 400 of the 1,757 is kept, in the file's order. Each row is kept as a mapping of the
file's column names to the published strings, less the long free-text columns
(``박물관미술관소개``, ``교통안내정보``) and less the operating or managing body's name where it
begins with ``개인`` (a private person, most often named: ``개인(국중효)``).

    python scripts/kr_museums_data.py KR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_museums.json"
CAP = 400
OPERATOR_PHONE, MANAGER_PHONE = "운영기관전화번호", "관리기관전화번호"
LEFT_OUT = ("박물관미술관소개", "교통안내정보")  # long free text
BODIES = ("운영기관명", "관리기관명")  # left out where they name a private person
SOURCES = {
    "KR": {
        "repository": "Queentart/project3_test_add_llm",
        "commit": "f95ce6d1fa3330b7dcebb72abe7643237408e81a",
        "path": "gallery_data/전국박물관미술관정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr, data set "
        "15017323), its national standard data set of museums and art galleries "
        "(전국박물관미술관정보표준데이터), each row provided by the Ministry of Culture, Sports "
        "and Tourism (문화체육관광부) or a local government (제공기관명, 제공기관코드); "
        "committed by a student project (a Django gallery app) in f95ce6d ('refinement "
        "complete', 31 May 2025)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "시설명", "phone": [OPERATOR_PHONE, MANAGER_PHONE],
                  "address": ["소재지도로명주소", "소재지지번주소"],
                  "coordinates": ["위도", "경도"], "operator": "운영기관명",
                  "manager": "관리기관명", "provider": "제공기관명",
                  "provider_code": "제공기관코드"},
        "left_out": {"columns": list(LEFT_OUT),
                     "values": "운영기관명 and 관리기관명 where they begin with 개인"},
    },
}  # fmt: skip


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row's fields less the long free text and the bodies that name a private person."""
    return {
        name: value
        for name, value in row.items()
        if name not in LEFT_OUT and not (name in BODIES and value.startswith("개인"))
    }


def _number(value: str) -> bool:
    """A phone field with a number of six digits or more, not all zeros."""
    digits = {c for c in value if c.isdigit()}
    return _has_phone({"phone": value}, ["phone"]) and digits != {"0"}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found, seen = [], set()
        for i, row in enumerate(table):
            key = (row["시설명"], row[OPERATOR_PHONE])
            if not _number(row[OPERATOR_PHONE]) or key in seen:
                continue
            seen.add(key)
            found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

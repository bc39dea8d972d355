"""Extract the real register that ``pii_held_out_260.py`` writes its records around into
``scripts/data/pii_kr_city_parks.json``: the phone fields of a register no earlier part used
(South Korea's national standard data of urban parks, 전국도시공원정보표준데이터: the parks of
the cities and counties and the bodies that manage them; Korea's earlier parts took the Public
Data Portal's standard data of public libraries, tourist sites, museums, public health
institutions and recreational forests, the National Police Agency's police boxes and the
National Health Insurance Service's branch offices), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``전국도시공원정보표준데이터.csv`` (CP949), the Public Data Portal's
  전국도시공원정보표준데이터 (data.go.kr) as a project committed it (repository
  kkwakkwake/ParkNearMyHouse, a notebook that finds the parks nearest a home): one row per
  urban park, 18,481 in all, its management number (``관리번호``, ``29140-00053``: the
  district's five-digit code and a serial), name, kind (``공원구분``: 근린공원, 어린이공원,
  소공원, 체육공원, 문화공원, 역사공원, 수변공원, 묘지공원 and others), road and lot-number
  addresses, coordinates, area in square metres, facility columns, date of designation,
  managing body (``관리기관명``: a city, county or district office, often with its department,
  ``고흥군(건설과)``, or a public corporation, ``부산시설공단``), the managing body's number
  (``전화번호``), reference date, and the providing body's name and seven-digit code. South
  Korean numbers as the file writes them: area code, exchange and line joined by hyphens
  (``062-360-7697``, ``02-2124-2800``, ``031-8075-4642``), one national representative number
  of eight digits (``1670-8114``); no mobile numbers, no fax or e-mail column.

The managing bodies' numbers repeat over the parks they manage (16,575 rows with a number,
528 distinct numbers), so the first row in the file's order that carries each distinct number
is kept, 528 rows, in the file's order. Each row is kept as a mapping of all of the file's
columns to the published strings (the register names no person: ``관리기관명`` is an office's
or corporation's name).

    python scripts/kr_city_parks_data.py KR_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_city_parks.json"
CAP = 600
SOURCES = {
    "KR": {
        "repository": "kkwakkwake/ParkNearMyHouse",
        "commit": "f3f43474f025993260ff5735cb2e9b508ac928c0",
        "path": "전국도시공원정보표준데이터.csv",
        "encoding": "cp949",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its national "
        "standard data set of urban parks (전국도시공원정보표준데이터), whose rows the local "
        "governments and their public corporations provide: each park with its managing body "
        "and that body's telephone number; committed by a park-finder notebook project in "
        "f3f4347 ('Add files via upload', 10 May 2022); removed from the tree by the newest "
        "commit, ea8b0e7",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.go.kr's standard data sets are commonly offered under KOGL type 1, not read "
        "here",
        "language": "ko",
        "roles": {"name": "공원명", "phone": ["전화번호"],
                  "address": ["소재지도로명주소", "소재지지번주소"], "kind": "공원구분",
                  "manager": "관리기관명", "id": "관리번호", "provider": "제공기관명"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (the first row of each distinct phone field), with the commit
    it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found, seen = [], set()
        for i, row in enumerate(table):
            value = row["전화번호"]
            if _has_phone(row, meta["roles"]["phone"]) and value not in seen:
                seen.add(value)
                found.append({"country": country, "path": f"{meta['path']}#{i}", "fields": row})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_251.py`` writes its records around into
``scripts/data/pii_kr_recreational_forests.json``: the phone fields of a register no earlier
part used (South Korea's national standard data of recreational forests, 전국휴양림표준데이터,
each row provided by a local government or public body; Korea's earlier parts took the standard
data of public libraries, tourist sites, museums and public health institutions, the National
Police Agency's police boxes and the National Health Insurance Service's branches, other kinds
of institution), exactly as the file gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``app/src/main/assets/hueyanglim_data.json`` as an Android app committed it
  (repository kimpgithub/foresting, UTF-8 JSON in the Public Data Portal's ``fields`` /
  ``records`` shape): one row per recreational forest (``휴양림명``) as a providing body lists it
  (``제공기관명``, ``제공기관코드``: a province, city or county, or a public corporation), its
  province, kind (``국유림``, ``공유림``, ``사유림``), area, capacity, entrance fee, whether one
  may stay, main facilities, road address, managing body (``관리기관명``), phone
  (``휴양림전화번호``), web page, latitude and longitude and reference date. South Korean numbers
  as the file writes them: area code, exchange and line joined by hyphens (``055-639-8115``,
  ``02-2680-2377``, ``031-8078-8061``), six ``070`` numbers (``070-8994-0717``) and one
  ``0507`` number cut to eleven digits (``0507-1401-583``).

Every row with a number of six digits or more in ``휴양림전화번호`` is kept (196 of the 197; one
has none), in the file's order, a forest listed twice kept twice as published. Each row is
kept as a mapping of the register's seventeen column names to the published strings, less the
``이미지URL`` the app's author added to five rows and less the managing body's name where it
names a private person (``개인(...)``, ``사유휴양림(대표 : ...)`` and one bare name).

    python scripts/kr_recreational_forests_data.py KR_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_recreational_forests.json"
CAP = 600
PHONE = "휴양림전화번호"
ADDED = ("이미지URL",)  # the app's own column, no part of the register
MANAGER = "관리기관명"
PERSONS = ("김봉일",)  # a managing body's name that is a person's name alone
SOURCES = {
    "KR": {
        "repository": "kimpgithub/foresting",
        "commit": "5191eb65d2a6381e33b5fef7acc32449605cb69b",
        "path": "app/src/main/assets/hueyanglim_data.json",
        "encoding": "utf-8",
        "publisher": "the Public Data Portal of the Republic of Korea (data.go.kr), its "
        "national standard data set of recreational forests (전국휴양림표준데이터), each row "
        "provided by a local government or public corporation (제공기관명, 제공기관코드), "
        "reference dates of 2021 to 2024; committed by an Android app of forest walks "
        "(last changed in 1cf4f15, '0816 수정', 16 August 2024)",
        "licence": "not confirmed: the repository has no LICENSE file and no README; "
        "data.go.kr's standard data sets are commonly offered under KOGL type 1, not read here",
        "language": "ko",
        "roles": {"name": "휴양림명", "phone": [PHONE], "address": ["소재지도로명주소"],
                  "coordinates": ["위도", "경도"], "manager": MANAGER,
                  "provider": "제공기관명", "provider_code": "제공기관코드"},
        "left_out": {"columns": list(ADDED),
                     "values": "관리기관명 where it begins with 개인, names a 대표, or is a "
                     "person's name alone"},
    },
}  # fmt: skip


def _person(value: str) -> bool:
    """A managing body's name that names a private person."""
    return value.startswith("개인") or "대표" in value or value in PERSONS


def _kept(row: dict[str, str]) -> dict[str, str]:
    """The row's register fields less the app's column and a person's name."""
    return {
        name: value
        for name, value in row.items()
        if name not in ADDED and not (name == MANAGER and _person(value))
    }


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        records = json.loads(raw.decode(meta["encoding"]))["records"]
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": _kept(row)}
            for i, row in enumerate(records)
            if _has_phone(row, [PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

"""Extract the real register that ``pii_held_out_298.py`` writes its records around into
``scripts/data/pii_kr_animal_hospitals.json``: the phone fields of a register no earlier part
used (South Korea's local-government licensing data of animal hospitals, 동물병원, as the
Ministry of the Interior and Safety's LOCALDATA service, 지방행정인허가데이터개방, publishes it;
Korea's earlier parts took the Public Data Portal's standard data of public libraries, tourist
sites, museums, public health institutions, recreational forests, urban parks, universities,
dementia centres, traditional markets and free meal centres, the National Police Agency's
police boxes and the National Health Insurance Service's branch offices), exactly as the file
gives them.

One file, read from a git checkout at a named commit, values unchanged:

* ``KR``: ``animal_hospital.csv`` (CP949), the nationwide LOCALDATA file of the licensing
  service ``동물병원`` (``개방서비스아이디`` ``02_03_01_P``) as a project committed it
  (repository devhump/MungJipsa, a student web service for dog owners): one row per licence
  a city, county or district granted, 9,546 in all (5,030 open, ``영업/정상``; the others
  closed, cancelled or suspended), its licensing body's code, management number, licence
  date, business state, telephone (``소재지전화``), floor area, lot-number and road addresses
  with their postcodes, the hospital's name (``사업장명``), last change, update kind and date,
  and its coordinates in the service's plane projection (``좌표정보(x)``, ``좌표정보(y)``).
  South Korean numbers as the licensing offices typed them: area code, exchange and line
  joined by hyphens (``055-521-0438``, ``02-2281-8122``), many without their area code
  (``335-1023``), some in one run (``0322017575``), some with the area code closed by a
  parenthesis (``051)271-8889``), and many others (several numbers, ranges, mobile numbers)
  that this extract leaves out.

Of the open rows (``영업/정상``) whose ``소재지전화`` is one number in one of those four
shapes (``SHAPE``), not a mobile number (``010``, ``011``, ``016`` to ``019``: it may be a
veterinarian's own), with a name and an address, the first row in the file's order of each
distinct number; of those, a seeded sample of 400 (``register_contacts_data.seeded_sample``),
in the file's order; each row kept as a mapping of all of the file's named columns to the
published strings (the empty name of the column that each line's trailing comma makes is left
out; the register names no person: ``사업장명`` is the hospital's trade name).

    python scripts/kr_animal_hospitals_data.py KR_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_animal_hospitals.json"
CAP = 400
PHONE = "소재지전화"
# one number as the licensing offices write it: with its area code and hyphens, without its
# area code, in one run from the trunk 0, or with the area code closed by a parenthesis
SHAPE = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}|\d{3,4}-\d{4}|0\d{8,10}|0\d{1,2}\) ?\d{3,4}-\d{4}")
MOBILE = re.compile(r"01[016-9]")
SOURCES = {
    "KR": {
        "repository": "devhump/MungJipsa",
        "commit": "40d88977f119075d537cf1c8a19b5491f0b024dd",
        "path": "animal_hospital.csv",
        "encoding": "cp949",
        "publisher": "the Ministry of the Interior and Safety of the Republic of Korea "
        "(행정안전부), its LOCALDATA service of local-government licensing data "
        "(지방행정인허가데이터개방, localdata.go.kr), the licensing service 동물병원 "
        "(02_03_01_P): each animal hospital a city, county or district licensed, with the "
        "telephone the licensing office recorded; data updated to 2022; committed by a student "
        "web service in 9ecb41b ('feat:공원/동물병원 csv'), unchanged in the newest commit "
        "40d8897 (14 December 2022)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; LOCALDATA's open data are commonly offered for free use under KOGL type 1, not "
        "read here",
        "language": "ko",
        "roles": {"name": "사업장명", "phone": [PHONE],
                  "address": ["도로명전체주소", "소재지전체주소"], "state": "영업상태명",
                  "register": "관리번호", "licensing_body": "개방자치단체코드"},
    },
}  # fmt: skip


def kept(row: dict[str, str]) -> bool:
    """An open hospital with a name, an address and one fixed-line number of a kept shape."""
    value = row[PHONE]
    return (
        row["영업상태명"] == "영업/정상"
        and bool(row["사업장명"].strip())
        and bool(row["도로명전체주소"].strip() or row["소재지전체주소"].strip())
        and SHAPE.fullmatch(value) is not None
        and MOBILE.match(value) is None
    )


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (a seeded sample of the first open row of each distinct
    telephone of a kept shape), with the commit it was read at."""
    return extract_csv_files(
        gits,
        SOURCES,
        CAP,
        keep=lambda row: {k: v for k, v in row.items() if k},
        kept=kept,
        distinct=PHONE,
    )


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

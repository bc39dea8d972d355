"""Extract the real register that ``pii_held_out_463.py`` writes its records around into
``scripts/data/pii_kr_seoul_cinemas.json``: the phone fields of a register no earlier part used
(the Seoul Metropolitan Government's licensing data of cinemas, 서울시 영화상영관 인허가 정보:
licensed film screens, a kind of place no Korean part took; Korea's earlier parts took the
Public Data Portal's standard data of many kinds of institution, the National Police Agency's
police boxes, the NHIS's branches, LOCALDATA's animal hospitals, Seoul Metro's stations, the
NFA's 119 safety centres and Seoul's hospital licences, women's safe houses, large stores and
entertainment bars), exactly as the file gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``서울시 영화상영관 인허가 정보_20250827.csv`` (UTF-8 with a byte-order mark, comma separated),
916 screens licensed by Seoul's district offices, one row a screen (``메가박스중앙(주) 상봉지점
7관``) (LOCALDATA's licensing columns: the district office's code ``개방자치단체코드``, the
management number ``관리번호`` (``CDFF4220002009000007``), licence date, business status, the
telephone ``전화번호``, postcodes, lot-number and road addresses, the screen's name
``사업장명``, update stamps and projected coordinates). The telephone as the district offices
typed it: area code, exchange and line joined by hyphens (``02-3147-3891``), a national
number of eight digits (``1544-1122``), without the area code (``766-3211``) or a bracket after
it (``02)2670-8240``); the screens of one cinema share its number.

Of the rows with a name whose ``전화번호`` is one number of the kept shape
(``kr_seoul_hospitals_data.kept_number``: digits, hyphens, blanks and a bracket only, seven to
eleven digits, one number as ``pii_held_out_11.numbers`` reads it, no mobile ``01`` prefix),
of every business status (``영업상태명``: open ``영업/정상``, closed ``폐업`` and the few
cancelled ``취소/말소/만료/정지/중지``; the open screens alone hold 88 distinct numbers, too few
for a part, and a closed cinema's number is as published as an open one's), leaving out every
number that an earlier Korean part's data holds (``EARLIER``, by its digits), the first row in
the file's order of each distinct number (one screen of each cinema), all of them (fewer than
``CAP``), in the file's order; each row kept as a mapping of all of the file's columns to the
published strings (the names are the cinemas' and their screens').

    python scripts/kr_seoul_cinemas_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kr_seoul_entertainment_bars_data import EARLIER as BARS_EARLIER
from kr_seoul_hospitals_data import kept_number
from register_contacts_data import digits_of, earlier_numbers, extract_csv_files, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_seoul_cinemas.json"
CAP = 400
PHONE = "전화번호"
OPEN = "영업/정상"  # the open status, one of those kept
# the earlier Korean parts' data, whose numbers this part does not repeat
EARLIER = (*BARS_EARLIER, "pii_kr_seoul_entertainment_bars.json")
SOURCES = {
    "KR": {
        "repository": "bumjinDev/wherehouse_SpringBoot",
        "commit": "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa",
        "path": "AnalysisStaticData/src/main/resources/data/"
        "서울시 영화상영관 인허가 정보_20250827.csv",
        "encoding": "utf-8-sig",
        "publisher": "the Seoul Metropolitan Government, its licensing data of cinemas "
        "(서울시 영화상영관 인허가 정보, 27 August 2025: LOCALDATA's columns, one row a screen, "
        "each licensed by one of Seoul's district offices), copied into the repository (a "
        "housing-recommendation project's static analysis data) in its history; the file is in "
        "the tree of 5e7ac81 ('read.me 수정', 23 September 2025) and no longer in the newest "
        "commit's tree",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the terms of Seoul Open Data Plaza's catalogue entry were not "
        "seen here",
        "language": "ko",
        "roles": {"name": "사업장명", "kind": "업태구분명", "code": "관리번호", "phone": [PHONE],
                  "address": ["도로명주소", "지번주소"], "postcode": "도로명우편번호",
                  "status": "영업상태명", "coordinates": ["좌표정보(X)", "좌표정보(Y)"]},
    },
}  # fmt: skip
__all__ = ["CAP", "DATA", "EARLIER", "OPEN", "OUT", "PHONE", "SOURCES", "digits_of",
           "earlier_numbers", "extract", "kept_number"]  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the file (the first named screen of each distinct telephone of the kept
    shape that no earlier part holds, of every business status), with the commit it was read
    at."""
    skip = earlier_numbers(DATA, EARLIER)

    def kept(row: dict[str, str]) -> bool:
        return (
            bool(row["사업장명"].strip())
            and kept_number(row[PHONE])
            and digits_of(row[PHONE]) not in skip
        )

    return extract_csv_files(gits, SOURCES, CAP, kept=kept, distinct=PHONE)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

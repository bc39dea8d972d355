"""Extract the real register that ``pii_held_out_507.py`` writes its records around into
``scripts/data/pii_kr_seoul_danran_bars.json``: the phone fields of a register no earlier part
used (the Seoul Metropolitan Government's licensing data of 단란주점, 서울시 단란주점영업
인허가 정보: licensed karaoke bars where guests may sing, a licence category of its own under
the Food Sanitation Act that no Korean part took; Korea's earlier parts took the Public Data
Portal's standard data of many kinds of institution, the National Police Agency's police
boxes, the NHIS's branches, LOCALDATA's animal hospitals, Seoul Metro's stations, the NFA's
119 safety centres and Seoul's licences of hospitals, women's safe houses, large stores,
entertainment bars (유흥주점) and cinemas), exactly as the file gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``서울시 단란주점영업 인허가 정보_20250825.csv`` (UTF-8 with a byte-order mark, comma
separated), 11,602 karaoke bars licensed by Seoul's district offices (LOCALDATA's licensing
columns: the district office's code ``개방자치단체코드``, the management number ``관리번호``,
licence date, business status, the telephone ``전화번호``, postcodes, lot-number and road
addresses, the bar's name ``사업장명``, update stamps, ``업태구분명`` and projected
coordinates). The telephone as the district offices typed it.

Of the rows open for business (``영업상태명`` ``영업/정상``) with a name whose ``전화번호`` is one
number of the kept shape (``kr_seoul_hospitals_data.kept_number``: digits, hyphens, blanks and
a bracket only, seven to eleven digits, one number as ``pii_held_out_11.numbers`` reads it, no
mobile ``01`` prefix), leaving out every number that an earlier Korean part's data holds
(``EARLIER``, by its digits), the first row in the file's order of each distinct number, a
seeded sample of ``CAP``, in the file's order; each row kept as a mapping of all of the file's
columns to the published strings (the names are the businesses').

    python scripts/kr_seoul_danran_bars_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kr_seoul_cinemas_data import EARLIER as CINEMAS_EARLIER
from kr_seoul_hospitals_data import kept_number, open_licences
from register_contacts_data import digits_of, earlier_numbers, write_extract

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_kr_seoul_danran_bars.json"
CAP = 400
PHONE = "전화번호"
OPEN = "영업/정상"
# the earlier Korean parts' data, whose numbers this part does not repeat (the national
# phones' file holds held_out_11's Korean rows beside other countries')
EARLIER = (*CINEMAS_EARLIER, "pii_kr_seoul_cinemas.json", "pii_national_phones.json")
SOURCES = {
    "KR": {
        "repository": "bumjinDev/wherehouse_SpringBoot",
        "commit": "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa",
        "path": "AnalysisStaticData/src/main/resources/data/"
        "서울시 단란주점영업 인허가 정보_20250825.csv",
        "encoding": "utf-8-sig",
        "publisher": "the Seoul Metropolitan Government, its licensing data of karaoke bars "
        "(서울시 단란주점영업 인허가 정보, 25 August 2025: LOCALDATA's columns, each row "
        "licensed by one of Seoul's district offices), copied into the repository (a "
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
    """The kept rows of the file (``kr_seoul_hospitals_data.open_licences``: open karaoke
    bars), with the commit it was read at."""
    return open_licences(gits, SOURCES, CAP, EARLIER)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

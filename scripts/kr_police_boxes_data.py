"""Extract the real register that ``pii_held_out_193.py`` writes its records around into
``scripts/data/pii_kr_police_boxes.json``: the phone fields of a register no earlier part used
(the Korean National Police Agency's list of the addresses of its police boxes nationwide,
경찰청_전국 지구대 파출소 주소 현황; South Korea's earlier parts took the Public Data Portal's
standard data of public libraries, tourist sites and museums), exactly as the agency gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:
``경찰청_전국 지구대 파출소 주소 현황_20250604.csv`` (UTF-8 with a byte-order mark, comma
separated), 2,045 police boxes (지구대 630, 파출소 1,415) of the 18 provincial police agencies,
each with its serial number (``연번``), provincial agency (``시도청``, ``서울청``), police
station (``경찰서``, ``서울중부``), office name (``관서명``, ``을지``), kind (``구분``), phone
(``전화번호``) and street address (``주소``). The phone as the agency writes it: area code,
exchange and line joined by hyphens (``02-2279-1908``, ``031-299-5100``), ten in 3-3-4 with a
blank on each side of each hyphen (``031 - 299 - 1118``), two that lost their trunk ``0`` as
one run (``638553591``), some with a doubled hyphen (``053-960--3304``), an extra digit
(``02-944-4122-7``, ``02-2093-05670``) or one hyphen (``054-8221211``): one number a field.

A seeded sample of 500 of the 2,045 rows (all hold a number of six digits or more), in the
file's order; each row kept as a mapping of all of the file's columns to the published strings
(the register names no person: ``관서명`` is the office's name).

    python scripts/kr_police_boxes_data.py KR_GIT
"""

from __future__ import annotations

from pathlib import Path

from register_contacts_data import extract_csv_files, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_kr_police_boxes.json"
CAP = 500
SOURCES = {
    "KR": {
        "repository": "bumjinDev/wherehouse_SpringBoot",
        "commit": "5e7ac81dfbc4ea87ab9524b96e24a0457df299aa",
        "path": "AnalysisStaticData/src/main/resources/data/"
        "경찰청_전국 지구대 파출소 주소 현황_20250604.csv",
        "encoding": "utf-8-sig",
        "publisher": "Korean National Police Agency (경찰청), its list of the addresses of "
        "the police boxes nationwide (경찰청_전국 지구대 파출소 주소 현황, reference date "
        "4 June 2025, as the Public Data Portal data.go.kr names its file data), copied into "
        "the repository (a housing-recommendation project's static analysis data) in its "
        "history; the file is in the tree of 5e7ac81 ('read.me 수정', 23 September 2025) and "
        "no longer in the newest commit's tree",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the agency's terms on data.go.kr were not read here",
        "language": "ko",
        "roles": {"name": "관서명", "kind": "구분", "station": "경찰서",
                  "agency": "시도청", "phone": ["전화번호"], "address": ["주소"],
                  "serial": "연번"},
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict:
    """A seeded sample of the register's rows, with the commit they were read at."""
    return extract_csv_files(gits, SOURCES, CAP)


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

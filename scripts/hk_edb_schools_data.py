"""Extract the real register that ``pii_held_out_158.py`` writes its records around into
``scripts/data/pii_hk_edb_schools.json``: the phone and fax fields of a register no earlier
part used (the Education Bureau's School Location and Information of Hong Kong, its
kindergartens, primary, secondary, special and international schools; Hong Kong's earlier part
took HK01's map of veterinary clinics), exactly as the bureau gives them.

One file of one publisher, read from a git checkout at a named commit, values unchanged:

* ``SCH_LOC_EDB.json``: the bureau's data set as DATA.GOV.HK serves it in JSON, a spreadsheet
  export whose objects key each cell by its column letter (``A`` to ``AG``) and whose first
  object is the header row (``SCHOOL NO.``, ``ENGLISH NAME``, ``中文名稱``, ``TELEPHONE``,
  ``聯絡電話``, ``FAX NUMBER``, ``傳真號碼``...), each English column beside its Chinese twin;
  3,634 schools (a school with morning and afternoon sessions is one row a session, each with
  its own twelve-digit school number), each with its ``TELEPHONE`` (Hong Kong's eight digits in
  one run, ``23821035``, some in two groups of four, ``2602 5353``, two numbers joined by a
  comma, ``27788235,27788290``, or ``N.A.`` or nothing) and its ``FAX NUMBER`` in the same
  shapes (``NIL`` for two), beside its category, names, addresses, coordinates (longitude and
  latitude, and HK1980 Grid easting and northing), students' gender, session, district, finance
  type, level, web site and religion, each in English and Chinese.

The file was copied into the repository JasonHung1103/school-test-1 (a school-finder page) in
its first commit. Each object is kept as a mapping of the header row's column names to the
published strings (the register names no person: ``ENGLISH NAME`` and ``中文名稱`` are the
school's); a seeded sample of 400 of the 3,446 rows with a number of six digits or more in
``TELEPHONE``, in the file's order.

    python scripts/hk_edb_schools_data.py HK_GIT
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_hk_edb_schools.json"
CAP = 400
PATH = "SCH_LOC_EDB.json"
SOURCES = {
    "HK": {
        "repository": "JasonHung1103/school-test-1",
        "commit": "135dd54b75dd9989139fa375f16cdccd43cc576e",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Education Bureau of the Hong Kong SAR Government (教育局), its data set "
        "School Location and Information (學校位置及資料) as DATA.GOV.HK serves it in JSON; "
        "copied into the repository in a9de5d9 ('Add files via upload', 1 April 2022), which "
        "names no source; the file is the bureau's by its name (SCH_LOC_EDB) and columns",
        "licence": "not confirmed: the repository has no LICENSE file and no README; the terms "
        "of use of DATA.GOV.HK for the bureau's data set were not read here",
        "language": "en, zh-Hant",
        "roles": {
            "name": "ENGLISH NAME",
            "phone": ["TELEPHONE", "FAX NUMBER"],
            "address": ["ENGLISH ADDRESS", "中文地址"],
        },
    },
}  # fmt: skip


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{PATH}")
        header, *objects = json.loads(raw.decode(meta["encoding"]))
        found = []
        for i, obj in enumerate(objects, 1):
            fields = {header[key]: value for key, value in obj.items()}
            if _has_phone(fields, ["TELEPHONE"]):
                found.append({"country": country, "path": f"{PATH}#{i}", "fields": fields})
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

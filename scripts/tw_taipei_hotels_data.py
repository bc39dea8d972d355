"""Extract the real list that ``pii_held_out_257.py`` writes its records around into
``scripts/data/pii_tw_taipei_hotels.json``: the phone fields of a register no earlier part used
(Taipei's hotels, the accommodation list of the Taipei Travel Net; Taiwan's earlier parts took
the National Health Insurance Administration's lists, the Ministry of Education's elementary
schools, Hsinchu City's medical institutions, the National Police Agency's stations and Taipei's
Department of Social Welfare's elder-care providers), exactly as the list gives them.

One list, read from a git checkout at a named commit, values unchanged:

* ``week3/hotels.csv``: the hotels, hostels and hot-spring inns of the Taipei City Government's
  Department of Information and Tourism (臺北市政府觀光傳播局) accommodation list, 臺北市臺北旅遊網
  住宿資料 (data.taipei), its Chinese and English records joined by ``_id`` and written one line
  a hotel by a student of the WeHelp bootcamp (task 1 of week 3, ``week3/task1.py``, reads the
  course's copies ``hotels-ch`` and ``hotels-en`` of the list): the Chinese name (旅宿名稱), the
  English name (``hotel name``), the Chinese address (地址, ``臺北市中山區...``), the English
  address, the telephone (電話或手機號碼: ``02-23886813``, a few mobiles ``0970-939898``) and
  the room count (房間數), joined by commas with no quoting, as the task wrote them.

The line's fields are told apart by their shapes: the name is the first field, the telephone
and room count the last two; the Chinese address opens with ``臺北市`` and runs to the last
field before the telephone with an ideograph in it, the English name stands before it and the
English address after it (both may hold commas, as the addresses do). Every line (each has a
number of six digits or more in its telephone), a seeded sample of ``CAP``, each kept as a
mapping of the list's six column names to the published strings (the list names no person).

    python scripts/tw_taipei_hotels_data.py TW_GIT
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_tw_taipei_hotels.json"
CAP = 440
PATH = "week3/hotels.csv"
COLUMNS = ("旅宿名稱", "hotel name", "地址", "address", "電話或手機號碼", "房間數")
IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
SOURCES = {
    "TW": {
        "repository": "AllenSu-yu/WeHelp_Stage1",
        "commit": "74bc0fdb643ea706d0e56ea5b4fc627babc805b9",
        "paths": [PATH],
        "encoding": "utf-8",
        "publisher": "Taipei City Government, Department of Information and Tourism "
        "(臺北市政府觀光傳播局), its accommodation list of the Taipei Travel Net "
        "(臺北市臺北旅遊網住宿資料, data.taipei: 旅館類別, 旅宿名稱, 地址, 電話或手機號碼, 傳真, "
        "房間數, and an English list), as the WeHelp bootcamp's course copies hotels-ch and "
        "hotels-en serve it; joined and written one line a hotel by week3/task1.py of the "
        "repository (the file last changed in 6185eb0, 'week3_修正', 1 November 2025)",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms; data.taipei publishes its data sets under the Open Government Data License, "
        "version 1.0 (政府資料開放授權條款－第1版), not read here for this list",
        "language": "zh-TW",
        "roles": {"name": "旅宿名稱", "name_en": "hotel name", "address": ["地址"],
                  "address_en": "address", "phone": ["電話或手機號碼"], "count": "房間數"},
    },
}  # fmt: skip


def split_line(line: str) -> dict[str, str]:
    """One line of the file as its six columns (see the module's description)."""
    f = line.split(",")
    at = [i for i in range(1, len(f) - 2) if f[i].startswith("臺北市")]
    assert len(at) == 1, line
    i = at[0]
    j = max(k for k in range(i, len(f) - 2) if IDEOGRAPH.search(f[k]))
    values = (
        f[0], ",".join(f[1:i]), ",".join(f[i : j + 1]), ",".join(f[j + 1 : -2]), f[-2], f[-1]
    )  # fmt: skip
    assert ",".join(values) == line, line
    return dict(zip(COLUMNS, values, strict=True))


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept lines of the list, with the commit they were read at."""
    meta = SOURCES["TW"]
    raw = _git(gits["TW"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    found = [
        {"country": "TW", "path": f"{PATH}#{i}", "fields": split_line(line)}
        for i, line in enumerate(raw.split("\n"))
        if line
    ]
    found = [r for r in found if _has_phone(r["fields"], meta["roles"]["phone"])]
    return {"sources": SOURCES, "rows": seeded_sample(found, "TW", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

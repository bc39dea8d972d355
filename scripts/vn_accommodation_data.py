"""Extract the real register that ``pii_held_out_51.py`` writes its records around into
``scripts/data/pii_vn_accommodation.json``: the phone, fax and e-mail fields of a country whose
register no earlier part used (Vietnam), exactly as the register published them.

One register, read from a git checkout at a named commit, values unchanged:

* ``VN``: Vietnamese accommodation establishments (hotels, resorts, guest houses, homestays)
  as the table ``data/Lưu trú.csv`` of the repository Ti4nL4/Vietnamese-Travel-Chatbot holds
  them, a chatbot's copy of the tourism database its ``data_vietnamtourism.xlsx`` is named
  after: Vietnamese numbers as each establishment gave them, most with the area code apart
  (``0258 3849 999``, ``028 3520 3040``), mobile numbers in threes and twos
  (``091 507 56 58``), several in one field after ``,`` or ``/``, the area code written twice
  (``0236 0236 3627 927``), a tab or a no-break space inside a few; a fax and an e-mail
  address beside some; the row's room count and price range.

Every row of the table with a number of six digits or more in its ``Điện thoại`` field, a
seeded sample of ``CAP`` of them in the table's order. Each row is kept as a mapping of the
table's columns to the published strings; the register names no person (its names are the
establishments', its addresses their premises), so no column is left out.

    python scripts/vn_accommodation_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_accommodation.json"
CAP = 600
SOURCES = {
    "VN": {
        "repository": "Ti4nL4/Vietnamese-Travel-Chatbot",
        "commit": "dbe5877670515832eb9d745915fc53f7c6cd06fe",
        "path": "data/Lưu trú.csv",
        "encoding": "utf-8",
        "publisher": "the Vietnamese-Travel-Chatbot project's table of accommodation "
        "establishments ('Lưu trú') as committed in dbe5877 ('Clean version - removed large "
        "files', 24 April 2025); the repository's data_vietnamtourism.xlsx names "
        "vietnamtourism, most likely the database of the Vietnam National Authority of "
        "Tourism (csdl.vietnamtourism.gov.vn), which the repository does not name or confirm",
        "licence": "not confirmed: the repository has no LICENSE file and its READMEs name no "
        "terms; the terms of the tourism database it was taken from were not found",
        "language": "vi",
        "roles": {"name": "Tên cơ sở", "phone": ["Điện thoại"], "fax": ["Fax"],
                  "email": "Email", "address": "Địa chỉ", "rooms": "Số phòng",
                  "price": "Giá", "website": "Website"},
    },
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    """The table's rows as mappings of its header's columns to the published strings."""
    return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""))]


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": row}
            for i, row in enumerate(_rows(raw.decode(meta["encoding"])), 1)
            if _has_phone(row, meta["roles"]["phone"])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

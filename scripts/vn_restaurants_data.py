"""Extract the real register that ``pii_held_out_247.py`` writes its records around into
``scripts/data/pii_vn_restaurants.json``: the phone and e-mail fields of a register no earlier
part used (Vietnam's restaurants serving tourists, nhà hàng, in the tourism database; Vietnam's
earlier parts took the same database's accommodation establishments and licensed travel
businesses, Vietnam Post's post offices and VNPT's transaction points), exactly as published.

One table, read from a git checkout at a named commit, values unchanged:

* ``data/Nhà hàng.csv``: 2,593 restaurants (and a few shopping centres and food courts the
  table files beside them), each with its name (``Tên cơ sở``), address with the province
  appended, ``Điện thoại``, ``Email``, ``Website`` and ``Fax``; the numbers as each
  restaurant gave them, most with the province's area code written before them even where the
  number is a mobile one or already carries it (``0290 3818 181``, ``028 0909 004 133``,
  ``0209 096 558 35 55``), a few with two numbers after ``-`` (``0204 01657976789 -
  0913963125``) or dotted (``0271 0886. 57.93.93 - 0989. 525. 036``).

The rows kept are those whose ``Điện thoại`` holds a number of six digits or more (1,960 of the
2,593) and that ``vn_travel_businesses_data.clean_phone`` keeps: numbers and separators only
(no letter, label, name or invisible direction mark: 19 such as ``0257 3 797999 hoặc
0916124235``, ``0218 0896 629 688\\u202c`` or ``0293 3583 838/ 094 441 18 79`` are left out),
1,941 rows, of which ``CAP``, a seeded sample, in the file's order. Each row is kept as a
mapping of the file's columns to the published strings, less its ``Fax`` (28 rows have one)
and less its ``Email`` where the field is not one address whose local part names the office,
the trade or the restaurant (``OFFICE_WORDS``: ``info@vinhhungrestaurant.com``,
``nhahangtuhao@gmail.com``); most of the others are a person's own mailbox
(``thuhang.240@gmail.com``). No other column names a person.

    python scripts/vn_restaurants_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from register_contacts_data import _git, _has_phone, seeded_sample, write_extract
from vn_travel_businesses_data import ADDRESS, clean_phone

OUT = Path(__file__).resolve().parent / "data" / "pii_vn_restaurants.json"
CAP = 400
PATH = "data/Nhà hàng.csv"
PHONE, EMAIL, FAX = "Điện thoại", "Email", "Fax"
SOURCES = {
    "VN": {
        "repository": "Ti4nL4/Vietnamese-Travel-Chatbot",
        "commit": "dbe5877670515832eb9d745915fc53f7c6cd06fe",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the tourism database's table of restaurants (nhà hàng, cơ sở dịch vụ ăn "
        "uống phục vụ khách du lịch) of Vietnam's tourism authorities, most likely the Vietnam "
        "National Authority of Tourism's (Tổng cục Du lịch) public database of tourism "
        "establishments, which the repository's data_vietnamtourism.xlsx is named after; "
        "copied into a travel chatbot's repository in dbe5877 ('Clean version - removed large "
        "files', 24 April 2025), beside the same database's tables of accommodation "
        "establishments (held_out_51) and licensed travel businesses (held_out_224), which "
        "are other lists of other kinds of business; the repository does not name the "
        "database's address",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the tourism authority's database lists the restaurants to anyone",
        "language": "vi",
        "roles": {"name": "Tên cơ sở", "address": "Địa chỉ", "phone": [PHONE],
                  "web": "Website", "email": EMAIL},
    },
}  # fmt: skip

# words that name an office, the trade or a restaurant in an e-mail address's local part
OFFICE_WORDS = (
    "info", "sales", "sale", "booking", "contact", "lienhe", "cskh", "hotline", "office",
    "admin", "ketoan", "reservation", "restaurant", "nhahang", "amthuc", "seafood", "haisan",
    "bbq", "food", "kitchen", "bistro", "cafe", "coffee", "quan", "lau", "com", "pho", "bia",
    "garden", "resort", "hotel", "khachsan", "dine", "event", "marketing", "service",
    "congty", "group", "hello", "support",
)  # fmt: skip


def office_email(field: str) -> bool:
    """One e-mail address whose local part names an office, the trade or the restaurant
    (``OFFICE_WORDS``)."""
    value = field.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local = re.sub(r"[^a-z]", "", value.split("@")[0].lower())
    return any(word in local for word in OFFICE_WORDS)


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's fields as published, less its ``Fax`` and an ``Email`` that names no office."""
    return {k: v for k, v in row.items() if k != FAX and (k != EMAIL or office_email(v))}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    rows = []
    for country, git_dir in gits.items():
        meta = SOURCES[country]
        raw = _git(git_dir, "show", f"{meta['commit']}:{meta['path']}")
        table = csv.DictReader(io.StringIO(raw.decode(meta["encoding"]), newline=""))
        found = [
            {"country": country, "path": f"{meta['path']}#{i}", "fields": keep(row)}
            for i, row in enumerate(table)
            if _has_phone(row, meta["roles"]["phone"]) and clean_phone(row[PHONE])
        ]
        rows += seeded_sample(found, country, CAP)
    return {"sources": SOURCES, "rows": rows}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()

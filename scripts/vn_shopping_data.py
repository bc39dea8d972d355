"""Extract the real register that ``pii_held_out_360.py`` writes its records around into
``scripts/data/pii_vn_shopping.json``: the phone and e-mail fields of a register no earlier part
used (Vietnam's shopping establishments serving tourists, cơ sở mua sắm, in the tourism
database; Vietnam's earlier parts took the same database's accommodation establishments,
licensed travel businesses and restaurants, Vietnam Post's post offices, VNPT's transaction
points and the Trang Vàng directory's businesses), exactly as published.

One table, read from a git checkout at a named commit, values unchanged:

* ``data/Mua sắm.csv``: 702 shops, markets, shopping centres, souvenir and craft shops, pearl
  farms and showrooms, each with its name (``Tên cơ sở``), address with the province appended,
  ``Điện thoại``, ``Email``, ``Website`` and ``Fax``; the numbers as each shop gave them, most
  with the province's area code written before them (``0203 3511 519``), some with the area
  code written before a mobile number or a number that already carries it.

The rows kept are those whose ``Điện thoại`` holds a number of seven digits or more that
``vn_travel_businesses_data.clean_phone`` keeps (numbers and separators only), none of whose
numbers (nor the whole field's digits) an earlier Vietnamese part's data holds, and whose
number no row kept before it has (the first of shops that share a line: two pearl farms of one
company), of which ``CAP``, a seeded sample, in the file's order. Each row is kept as a mapping
of the file's columns to the published strings, less its ``Fax``, less its ``Email`` where
the field is not one address whose local part names an office, the trade or the shop
(``OFFICE_WORDS``: ``info@...``, ``sales@...``, ``cskh@...``; most of the others are a
person's own mailbox) and less its ``Website`` where that is no web address (a nine-digit
number, five e-mail addresses in the file); a row whose name or address holds an e-mail
address (one address begins with the shopping centre's mailbox) is left out. No other column
names a person.

    python scripts/vn_shopping_data.py VN_GIT
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from pii_held_out_11 import numbers
from register_contacts_data import _git, digits_of, earlier_numbers, seeded_sample, write_extract
from vn_travel_businesses_data import ADDRESS, clean_phone

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "pii_vn_shopping.json"
CAP = 300
PATH = "data/Mua sắm.csv"
PHONE, EMAIL, FAX, WEB_COLUMN = "Điện thoại", "Email", "Fax", "Website"
WEB = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:/[^\s@]*)?")
# the earlier Vietnamese parts' data (no number of theirs is taken again)
EARLIER = (
    "pii_vn_accommodation.json", "pii_vn_post_offices.json", "pii_vn_restaurants.json",
    "pii_vn_trangvang_businesses.json", "pii_vn_travel_businesses.json",
    "pii_vn_vnpt_transaction_points.json",
)  # fmt: skip
SOURCES = {
    "VN": {
        "repository": "Ti4nL4/Vietnamese-Travel-Chatbot",
        "commit": "dbe5877670515832eb9d745915fc53f7c6cd06fe",
        "path": PATH,
        "encoding": "utf-8",
        "publisher": "the tourism database's table of shopping establishments (cơ sở mua sắm "
        "đạt tiêu chuẩn phục vụ khách du lịch) of Vietnam's tourism authorities, most likely "
        "the Vietnam National Authority of Tourism's (Tổng cục Du lịch) public database of "
        "tourism establishments, which the repository's data_vietnamtourism.xlsx is named "
        "after; copied into a travel chatbot's repository in dbe5877 ('Clean version - removed "
        "large files', 24 April 2025), beside the same database's tables of accommodation "
        "establishments (held_out_51), licensed travel businesses (held_out_224) and "
        "restaurants (held_out_247), which are other lists of other kinds of business; the "
        "repository does not name the database's address",
        "licence": "not confirmed: the repository has no LICENSE file and its README names no "
        "terms for its data; the tourism authority's database lists the shops to anyone",
        "language": "vi",
        "roles": {"name": "Tên cơ sở", "address": "Địa chỉ", "phone": [PHONE],
                  "web": "Website", "email": EMAIL},
    },
}  # fmt: skip

# words that name an office, the trade or a shop in an e-mail address's local part
OFFICE_WORDS = (
    "info", "sales", "sale", "contact", "lienhe", "cskh", "hotline", "office", "admin",
    "ketoan", "shop", "store", "mart", "market", "cho", "sieuthi", "thuongmai", "trade",
    "plaza", "center", "centre", "mall", "pearl", "silk", "lua", "craft", "souvenir",
    "luuniem", "gom", "dutyfree", "showroom", "hello", "support", "marketing", "service",
    "congty", "group", "company", "booking", "vincom", "coop", "lotte", "aeon", "big",
)  # fmt: skip


def office_email(field: str) -> bool:
    """One e-mail address whose local part names an office, the trade or the shop
    (``OFFICE_WORDS``)."""
    value = field.strip()
    if not ADDRESS.fullmatch(value):
        return False
    local = re.sub(r"[^a-z]", "", value.split("@")[0].lower())
    return any(word in local for word in OFFICE_WORDS)


def web_address(field: str) -> bool:
    """A ``Website`` field that is one web address (not a number, ``944328989``, nor an e-mail
    address, which five rows put there)."""
    return bool(WEB.fullmatch(field.strip()))


def keep(row: dict[str, str]) -> dict[str, str]:
    """The row's fields as published, less its ``Fax``, an ``Email`` that names no office and a
    ``Website`` that is no web address."""
    return {
        k: v
        for k, v in row.items()
        if k != FAX and (k != EMAIL or office_email(v)) and (k != WEB_COLUMN or web_address(v))
    }


def identities(field: str) -> set[str]:
    """The digits of each number of a phone field and of the whole field."""
    return {digits_of(field[s:e]) for s, e in numbers(field)} | {digits_of(field)}


def extract(gits: dict[str, Path]) -> dict[str, Any]:
    """The kept rows of the register, with the commit it was read at."""
    meta = SOURCES["VN"]
    raw = _git(gits["VN"], "show", f"{meta['commit']}:{PATH}").decode(meta["encoding"])
    earlier, seen = earlier_numbers(DATA, EARLIER, "84"), set()
    found = []
    for i, row in enumerate(csv.DictReader(io.StringIO(raw, newline=""))):
        field = row[PHONE]
        if len(digits_of(field)) < 7 or not clean_phone(field):
            continue
        if "@" in row["Tên cơ sở"] + row["Địa chỉ"]:
            continue
        ids = identities(field)
        if ids & earlier or ids & seen:
            continue
        seen |= ids
        found.append({"country": "VN", "path": f"{PATH}#{i}", "fields": keep(row)})
    return {"sources": SOURCES, "rows": seeded_sample(found, "VN", CAP)}


def main() -> None:
    write_extract(__doc__.splitlines()[0], SOURCES, extract, OUT)


if __name__ == "__main__":
    main()
